"""The RACI rules: letters per activity, roles that hold nothing, phases without work.

The assignment rules make one pass over the activities and count letters with string methods,
so a 2,000 × 60 grid checks in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from raci_studio.core.findings import Finding, Rule, Severity, finding
from raci_studio.core.messages import Count
from raci_studio.core.model import Activity, Project
from raci_studio.core.scheme import SCHEMES, Scheme

#: A role is overloaded when it is Accountable for more than this share of the activities…
ACCOUNTABLE_OVERLOAD_SHARE = 0.4
#: …and for more than this many activities (so small projects with one owner are fine).
ACCOUNTABLE_OVERLOAD_MIN = 5
#: An activity that consults more roles than this has "too many cooks".
TOO_MANY_CONSULTED = 5

# -- helpers for messages -------------------------------------------------------------------


def name_list(names: Iterable[str]) -> str:
    """Join names with commas: "Data Scientist, ML Engineer"."""
    return ", ".join(names)


# -- assignment rules -----------------------------------------------------------------------


@dataclass
class _ActivitySummary:
    """What the assignment rules need from one activity, kept while it does not change."""

    findings: list[Finding]
    accountable: str | None
    roles: frozenset[str]
    phase: str
    suspicious: bool


class AssignmentCache:
    """Per-activity results of the assignment rules, for the live check while editing.

    The live check tells the cache which activities changed (:meth:`forget`) or that
    roles, phases or the scheme changed (:meth:`clear`); unchanged activities are not
    read again. Without a cache every check reads every activity.
    """

    def __init__(self) -> None:
        self.summaries: dict[str, _ActivitySummary] = {}

    def clear(self) -> None:
        self.summaries.clear()

    def forget(self, activity_ids: Iterable[str]) -> None:
        for ident in activity_ids:
            self.summaries.pop(ident, None)


def check_assignments(project: Project, cache: AssignmentCache | None = None) -> list[Finding]:
    """Check every activity's letters in one pass, then the roles and phases they use."""
    scheme = SCHEMES.get(project.scheme, SCHEMES["RACI"])
    allowed = frozenset(scheme.codes)
    role_names = {r.id: r.name for r in project.roles}
    role_index = {r.id: i for i, r in enumerate(project.roles)}
    phase_ids = {p.id for p in project.phases}
    findings: list[Finding] = []
    used_roles: set[str] = set()
    used_phases: set[str] = set()
    accountable_for: dict[str, int] = {}
    suspicious: list[Activity] = []
    summaries = cache.summaries if cache is not None else {}
    if len(summaries) > 2 * len(project.activities) + 64:
        summaries.clear()  # drop the summaries of activities removed long ago
    for activity in project.activities:
        summary = summaries.get(activity.id)
        if summary is None:
            summary = _summarise(activity, allowed, phase_ids, role_names, role_index)
            if cache is not None:
                summaries[activity.id] = summary
        used_roles.update(summary.roles)
        used_phases.add(summary.phase)
        if summary.accountable is not None:
            role = summary.accountable
            accountable_for[role] = accountable_for.get(role, 0) + 1
        if summary.suspicious:
            suspicious.append(activity)
        findings.extend(summary.findings)
    for activity in suspicious:
        findings.extend(_cell_findings(activity, scheme, role_names))
    for activity in _activities_with_unknown_roles(project, used_roles - role_names.keys()):
        findings.extend(_unknown_role_findings(activity, role_names))
    findings.extend(_role_findings(project, used_roles, accountable_for, suspicious))
    findings.extend(
        finding("empty-phase", Severity.WARNING, "phase", (phase.id,), phase=phase.name)
        for phase in project.phases
        if phase.id not in used_phases
    )
    return findings


def _summarise(
    activity: Activity,
    allowed: frozenset[str],
    phase_ids: set[str],
    role_names: dict[str, str],
    role_index: dict[str, int],
) -> _ActivitySummary:
    raci = activity.raci
    joined = "".join(raci.values())
    accountable = [role for role, letters in raci.items() if "A" in letters]
    return _ActivitySummary(
        findings=_activity_findings(
            activity, joined, accountable, phase_ids, role_names, role_index
        ),
        accountable=accountable[0] if len(accountable) == 1 else None,
        roles=frozenset(raci),
        phase=activity.phase,
        suspicious=not allowed.issuperset(joined) or "" in raci.values(),
    )


def _activity_findings(
    activity: Activity,
    joined: str,
    accountable: list[str],
    phase_ids: set[str],
    role_names: dict[str, str],
    role_index: dict[str, int],
) -> list[Finding]:
    """The findings about one activity alone (its own letters, name and phase)."""
    findings: list[Finding] = []
    if len(accountable) != 1:
        findings.append(_accountable_finding(activity, accountable, role_names, role_index))
    if "R" not in joined:
        findings.append(
            finding(
                "missing-responsible",
                Severity.ERROR,
                "activity",
                (activity.id,),
                activity=activity.name,
            )
        )
    if joined.count("C") > TOO_MANY_CONSULTED:
        findings.append(_consulted_finding(activity, role_names, role_index))
    if activity.phase not in phase_ids:
        findings.append(
            finding(
                "unknown-phase",
                Severity.WARNING,
                "activity",
                (activity.id,),
                activity=activity.name,
                phase=activity.phase,
            )
        )
    return findings


def _accountable_finding(
    activity: Activity,
    accountable: list[str],
    role_names: dict[str, str],
    role_index: dict[str, int],
) -> Finding:
    if not accountable:
        return finding(
            "missing-accountable",
            Severity.ERROR,
            "activity",
            (activity.id,),
            activity=activity.name,
        )
    ordered = _in_role_order(accountable, role_index)
    names = name_list(role_names.get(r, r) for r in ordered)
    return finding(
        "multiple-accountable",
        Severity.ERROR,
        "activity",
        (activity.id, *ordered),
        activity=activity.name,
        count=Count(len(ordered)),
        roles=names,
    )


def _consulted_finding(
    activity: Activity, role_names: dict[str, str], role_index: dict[str, int]
) -> Finding:
    consulted = _in_role_order([r for r, x in activity.raci.items() if "C" in x], role_index)
    names = name_list(role_names.get(r, r) for r in consulted)
    return finding(
        "too-many-consulted",
        Severity.WARNING,
        "activity",
        (activity.id, *consulted),
        activity=activity.name,
        count=Count(len(consulted)),
        roles=names,
        limit=TOO_MANY_CONSULTED,
    )


def _in_role_order(role_ids: list[str], role_index: dict[str, int]) -> list[str]:
    """Return ``role_ids`` in the project's role order, unknown roles last."""
    known = sorted((r for r in role_ids if r in role_index), key=role_index.__getitem__)
    return known + [r for r in role_ids if r not in role_index]


def _cell_findings(
    activity: Activity, scheme: Scheme, role_names: dict[str, str]
) -> Iterable[Finding]:
    for role, letters in activity.raci.items():
        unknown = [c for c in dict.fromkeys(letters) if scheme.letter(c) is None]
        if not unknown:
            continue
        yield finding(
            "letter-not-in-scheme.many" if len(unknown) > 1 else "letter-not-in-scheme",
            Severity.ERROR,
            "cell",
            (activity.id, role),
            activity=activity.name,
            role=role_names.get(role, role),
            letters="/".join(unknown),
            scheme=scheme.name,
            allowed=", ".join(scheme.codes),
        )


def _activities_with_unknown_roles(project: Project, unknown: set[str]) -> list[Activity]:
    if not unknown:
        return []
    return [a for a in project.activities if not unknown.isdisjoint(a.raci)]


def _unknown_role_findings(activity: Activity, role_names: dict[str, str]) -> Iterable[Finding]:
    for role in activity.raci:
        if role not in role_names:
            yield finding(
                "unknown-role",
                Severity.ERROR,
                "cell",
                (activity.id, role),
                activity=activity.name,
                role=role,
            )


def _role_findings(
    project: Project,
    used_roles: set[str],
    accountable_for: dict[str, int],
    suspicious: list[Activity],
) -> Iterable[Finding]:
    total = len(project.activities)
    if not total:
        return  # a project without activities yet: every role would be "idle"
    # A cell cleared to "" during editing does not make its role busy.
    empty = {r for a in suspicious for r, x in a.raci.items() if not x}
    if empty:
        used_roles = {r for a in project.activities for r, x in a.raci.items() if x}
    for role in project.roles:
        count = accountable_for.get(role.id, 0)
        if role.id not in used_roles:
            yield finding("idle-role", Severity.WARNING, "role", (role.id,), role=role.name)
        elif count > ACCOUNTABLE_OVERLOAD_MIN and count > ACCOUNTABLE_OVERLOAD_SHARE * total:
            yield finding(
                "accountable-overload",
                Severity.WARNING,
                "role",
                (role.id,),
                role=role.name,
                count=count,
                total=total,
                share=count / total,
            )


RULES: tuple[Rule, ...] = (check_assignments,)
