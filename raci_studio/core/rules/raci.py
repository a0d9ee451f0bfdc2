"""The RACI rules: letters per activity, roles that hold nothing, phases without work.

The assignment rules make one pass over the activities and count letters with string methods,
so a 2,000 × 60 grid checks in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from raci_studio.core.findings import Finding, Rule, Severity
from raci_studio.core.model import Activity, Project
from raci_studio.core.scheme import SCHEMES, Scheme

#: A role is overloaded when it is Accountable for more than this share of the activities…
ACCOUNTABLE_OVERLOAD_SHARE = 0.4
#: …and for more than this many activities (so small projects with one owner are fine).
ACCOUNTABLE_OVERLOAD_MIN = 5
#: An activity that consults more roles than this has "too many cooks".
TOO_MANY_CONSULTED = 5

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# -- helpers for messages -------------------------------------------------------------------


def count_words(n: int) -> str:
    """Return ``n`` in words up to ten ("two"), in digits above."""
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


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
        Finding(
            "empty-phase",
            Severity.WARNING,
            f'Phase "{phase.name}" has no activities; add the work it holds or remove it.',
            (phase.id,),
            "phase",
        )
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
            Finding(
                "missing-responsible",
                Severity.ERROR,
                f'"{activity.name}" has no Responsible role; at least one role must do the work.',
                (activity.id,),
                "activity",
            )
        )
    if joined.count("C") > TOO_MANY_CONSULTED:
        findings.append(_consulted_finding(activity, role_names, role_index))
    if activity.phase not in phase_ids:
        findings.append(
            Finding(
                "unknown-phase",
                Severity.WARNING,
                f'"{activity.name}" belongs to a phase that does not exist '
                f'("{activity.phase}"); move it to one of the project\'s phases.',
                (activity.id,),
                "activity",
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
        return Finding(
            "missing-accountable",
            Severity.ERROR,
            f'"{activity.name}" has no Accountable role; there must be exactly one.',
            (activity.id,),
            "activity",
        )
    ordered = _in_role_order(accountable, role_index)
    names = name_list(role_names.get(r, r) for r in ordered)
    return Finding(
        "multiple-accountable",
        Severity.ERROR,
        f'"{activity.name}" has {count_words(len(ordered))} Accountable roles ({names}); '
        "there must be exactly one.",
        (activity.id, *ordered),
        "activity",
    )


def _consulted_finding(
    activity: Activity, role_names: dict[str, str], role_index: dict[str, int]
) -> Finding:
    consulted = _in_role_order([r for r, x in activity.raci.items() if "C" in x], role_index)
    names = name_list(role_names.get(r, r) for r in consulted)
    return Finding(
        "too-many-consulted",
        Severity.WARNING,
        f'"{activity.name}" consults {count_words(len(consulted))} roles ({names}); too many '
        "cooks: keep Consulted to the few whose input changes the outcome (at most "
        f"{TOO_MANY_CONSULTED}) and Inform the rest.",
        (activity.id, *consulted),
        "activity",
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
        plural = len(unknown) > 1
        yield Finding(
            "letter-not-in-scheme",
            Severity.ERROR,
            f'"{activity.name}": {role_names.get(role, role)} holds {"/".join(unknown)}, '
            f"which {'are not' if plural else 'is not a'} {scheme.name} "
            f"letter{'s' if plural else ''} (use {', '.join(scheme.codes)}).",
            (activity.id, role),
            "cell",
        )


def _activities_with_unknown_roles(project: Project, unknown: set[str]) -> list[Activity]:
    if not unknown:
        return []
    return [a for a in project.activities if not unknown.isdisjoint(a.raci)]


def _unknown_role_findings(activity: Activity, role_names: dict[str, str]) -> Iterable[Finding]:
    for role in activity.raci:
        if role not in role_names:
            yield Finding(
                "unknown-role",
                Severity.ERROR,
                f'"{activity.name}" gives letters to a role that does not exist ("{role}"); '
                "add the role or clear the cell.",
                (activity.id, role),
                "cell",
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
            yield Finding(
                "idle-role",
                Severity.WARNING,
                f'"{role.name}" holds no letter on any activity; give it work or remove it.',
                (role.id,),
                "role",
            )
        elif count > ACCOUNTABLE_OVERLOAD_MIN and count > ACCOUNTABLE_OVERLOAD_SHARE * total:
            yield Finding(
                "accountable-overload",
                Severity.WARNING,
                f'"{role.name}" is Accountable for {count} of {total} activities '
                f"({count / total:.0%}); one owner for so much becomes a bottleneck: share "
                "ownership with the roles doing the work.",
                (role.id,),
                "role",
            )


RULES: tuple[Rule, ...] = (check_assignments,)
