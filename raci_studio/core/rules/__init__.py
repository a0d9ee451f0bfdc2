"""The lint: rules that run live in the app and in ``raci-studio check``.

Every rule module of this package is named in :data:`RULE_MODULES`, and each module lists its
rules in its own ``RULES`` tuple: a reader sees every rule that runs here, and a module left
out of the list fails a test instead of silently doing nothing. Add a rule to the ``RULES`` of
the module it belongs to; add a module by copying :mod:`raci_studio.core.rules.metrics` and
naming it below.

:func:`check_project` runs every registered rule and returns the findings errors first, then
warnings, then infos, each group in the order of the project file: project-wide findings,
roles, phases, gates, activities (and their cells), metrics.
"""

from __future__ import annotations

from collections.abc import Sequence

from raci_studio.core.findings import (
    RULES,
    Finding,
    Rule,
    Severity,
    register_rule,
    unregister_rule,
)
from raci_studio.core.messages import count_words
from raci_studio.core.model import Project
from raci_studio.core.rules import conflicts, evidence, metrics, raci, scoping
from raci_studio.core.rules.raci import (
    ACCOUNTABLE_OVERLOAD_MIN,
    ACCOUNTABLE_OVERLOAD_SHARE,
    TOO_MANY_CONSULTED,
    AssignmentCache,
    check_assignments,
    name_list,
)

__all__ = [
    "ACCOUNTABLE_OVERLOAD_MIN",
    "ACCOUNTABLE_OVERLOAD_SHARE",
    "RULES",
    "RULE_MODULES",
    "TOO_MANY_CONSULTED",
    "AssignmentCache",
    "Finding",
    "Rule",
    "Severity",
    "check_project",
    "count_words",
    "name_list",
    "register_rule",
    "unregister_rule",
]

#: The built-in rule modules, in the order their rules run.
RULE_MODULES = (conflicts, raci, metrics, scoping, evidence)

for _module in RULE_MODULES:
    for _rule in _module.RULES:
        register_rule(_rule)

#: Order of subjects inside one severity; subjects not listed come last, in rule order.
SUBJECT_ORDER: dict[str, int] = {
    "conflict": -1,
    "project": 0,
    "role": 1,
    "phase": 2,
    "gate": 3,
    "activity": 4,
    "cell": 4,
    "metric": 5,
}
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def check_project(
    project: Project,
    rules: Sequence[Rule] | None = None,
    *,
    cache: AssignmentCache | None = None,
) -> list[Finding]:
    """Run the rules on ``project`` and return the findings in a stable order.

    Parameters
    ----------
    project : Project
    rules : sequence of rules, optional
        The rules to run; by default every registered rule.
    cache : AssignmentCache, optional
        Results of an earlier check to reuse for activities that did not change
        (see :class:`raci_studio.core.live_check.LiveCheck`).

    Returns
    -------
    list of Finding
        Errors first, then warnings, then infos; within each, by position in the project.
    """
    findings: list[Finding] = []
    for rule in RULES if rules is None else rules:
        if rule is check_assignments and cache is not None:
            findings.extend(check_assignments(project, cache))
        else:
            findings.extend(rule(project))
    if len(findings) < 2:
        return findings
    position = _positions(project)
    last = len(SUBJECT_ORDER)

    def key(f: Finding) -> tuple[int, int, int, int]:
        rank = SUBJECT_ORDER.get(f.subject, last)
        index = position.get((rank, f.ids[0]), 0) if f.ids else 0
        role = position.get((1, f.ids[1]), 0) if f.subject == "cell" and len(f.ids) > 1 else 0
        return _SEVERITY_ORDER.get(f.severity, 3), rank, index, role

    return sorted(findings, key=key)


def _positions(project: Project) -> dict[tuple[int, str], int]:
    """Map (subject rank, id) to the object's index in its collection."""
    position: dict[tuple[int, str], int] = {}
    for rank, ids in (
        (1, [r.id for r in project.roles]),
        (2, [p.id for p in project.phases]),
        (3, [g.id for g in project.gates]),
        (4, [a.id for a in project.activities]),
        (5, [m.id for m in project.metrics]),
    ):
        for i, ident in enumerate(ids):
            position.setdefault((rank, ident), i)
    return position
