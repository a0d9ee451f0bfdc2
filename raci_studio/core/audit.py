"""The portfolio audit: past projects side by side, and what separates success from failure.

One row per project (KPI target against achieved, gates, RACI hygiene, overloaded roles, MRD
completeness, drift incidents, decisions, planned against actual duration), the findings and
gaps that occur only in the failed projects (or only in the successful ones), and the people
named in roles across projects with their Responsible and Accountable load summed.

A project *succeeded* when every business KPI with a target met it at its latest measurement,
*failed* when one missed; both only once the project is over (every phase done, or stopped at a
failed gate). A project still running, or one
whose KPIs were never measured, is *in progress* and left out of the comparison.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from raci_studio.core.findings import Severity
from raci_studio.core.model import GateOutcome, PhaseStatus, Project
from raci_studio.core.rca import AREAS, KpiOutcome, analyse
from raci_studio.core.rules import check_project
from raci_studio.core.rules.raci import ACCOUNTABLE_OVERLOAD_MIN, ACCOUNTABLE_OVERLOAD_SHARE
from raci_studio.core.scoping import SECTION_TITLES, completeness

SUCCEEDED, FAILED, IN_PROGRESS = "succeeded", "failed", "in progress"


@dataclass(frozen=True)
class ProjectAudit:
    """The audit row of one project; ``signals`` are the finding codes and MRD gaps it shows."""

    label: str
    name: str
    outcome: str
    kpis: tuple[KpiOutcome, ...]
    gates_passed: int
    gates_failed: int
    gates_undecided: int
    raci_hygiene: float  # share of activities with exactly one A and at least one R
    overloaded_roles: tuple[str, ...]
    mrd_percent: int
    drift_incidents: int
    decisions: int
    planned_days: int | None
    actual_days: int | None
    signals: frozenset[str]


@dataclass(frozen=True)
class Separator:
    """A signal and how many failed and successful projects show it."""

    code: str
    words: str
    failed: int
    succeeded: int


@dataclass(frozen=True)
class PersonLoad:
    """A person named in roles of several projects, with their R and A summed."""

    name: str
    responsible: int
    accountable: int
    by_project: dict[str, int] = field(default_factory=dict)  # label -> R + A
    overloaded: bool = False

    @property
    def load(self) -> int:
        """Return R + A over every project."""
        return self.responsible + self.accountable


@dataclass(frozen=True)
class PortfolioAudit:
    """The whole audit."""

    projects: tuple[ProjectAudit, ...]
    only_in_failed: tuple[Separator, ...]
    only_in_successful: tuple[Separator, ...]
    people: tuple[PersonLoad, ...]

    def count(self, outcome: str) -> int:
        """Return how many projects had ``outcome``."""
        return sum(1 for p in self.projects if p.outcome == outcome)


#: Words for the signals that are not finding codes of the rules or the analysis.
SIGNAL_WORDS: dict[str, str] = {
    "kpi-missed": "a business KPI missed its target",
    "proxy-misaligned": "a model metric looked healthy while the KPI missed",
    "phase-overrun": "a phase overran its plan",
    "project-late": "the project finished late",
    "gate-skipped": "a gate was skipped",
    "gate-passed-unmet": "a gate passed with unmet criteria",
    "gate-overridden": "work went on after a failed gate",
    "loop-never-taken": "a feedback loop was never taken",
    "drift-response": "a metric drifted beyond its threshold",
    "not-one-accountable": "activities without exactly one Accountable role",
    "accountable-changed": "an Accountable role changed mid-project",
    "role-overloaded": "a role was Accountable for too much",
    "role-never-consulted": "a role was never Responsible, Accountable or Consulted",
    "no-dates": "no planned or actual dates",
    "no-decision-log": "no decision log",
    "gate-failing": "a gate's criteria fail",
    "scoping-go-no-go-failing": "the MRD's go/no-go criteria fail",
    "accountable-overload": "one role Accountable for a large share of the work",
    "too-many-consulted": "activities with too many Consulted roles",
    "idle-role": "a role with no letter anywhere",
    "accuracy-only": "no operational or responsible-AI metric",
    "kpi-without-proxy": "a business KPI with no model metric linked to it",
    "metric-without-target": "a metric without a target",
    "metric-breached": "a metric worse than its threshold",
    "metric-drift": "a metric drifting at the end",
    "missing-accountable": "an activity without an Accountable role",
    "missing-responsible": "an activity without a Responsible role",
    "multiple-accountable": "an activity with several Accountable roles",
}


def signal_words(code: str) -> str:
    """Return a signal in words: a known phrase, an MRD gap, or the finding code itself."""
    if code in SIGNAL_WORDS:
        return SIGNAL_WORDS[code]
    if code.startswith("mrd:"):
        title = SECTION_TITLES.get(code[4:], code[4:].replace("-", " "))
        return f"MRD section not filled: {title}"
    return f"finding: {code}"


def audit_project(project: Project, label: str, today: dt.date | None = None) -> ProjectAudit:
    """Return the audit row of one project."""
    analysis = analyse(project, today)
    kpis = analysis.kpis
    measured = [k for k in kpis if k.shortfall is not None]
    finished = _finished(project)
    outcome = IN_PROGRESS
    if finished and measured:
        outcome = SUCCEEDED if all(k.met for k in measured) else FAILED
    outcomes = Counter(g.outcome for g in project.gates)
    activities = project.activities
    tidy = sum(
        1
        for a in activities
        if sum("A" in x for x in a.raci.values()) == 1 and any("R" in x for x in a.raci.values())
    )
    signals = {f.code for f in analysis.findings}
    signals |= {
        f.code for f in check_project(project) if f.severity in (Severity.ERROR, Severity.WARNING)
    }
    signals |= {f"mrd:{s.key}" for s in completeness(project).missing}
    planned, actual = _durations(project)
    if planned is None and actual is None:
        signals.add("no-dates")
    if not project.scoping.decision_log:
        signals.add("no-decision-log")
    return ProjectAudit(
        label=label,
        name=project.name,
        outcome=outcome,
        kpis=kpis,
        gates_passed=outcomes[GateOutcome.PASSED],
        gates_failed=outcomes[GateOutcome.FAILED],
        gates_undecided=len(project.gates)
        - outcomes[GateOutcome.PASSED]
        - outcomes[GateOutcome.FAILED],
        raci_hygiene=tidy / len(activities) if activities else 0.0,
        overloaded_roles=tuple(_overloaded(project)),
        mrd_percent=completeness(project).percent,
        drift_incidents=sum(1 for f in analysis.findings if f.code == "drift-response"),
        decisions=len(project.scoping.decision_log),
        planned_days=planned,
        actual_days=actual,
        signals=frozenset(signals),
    )


def _finished(project: Project) -> bool:
    """Tell whether a project is over: every phase done, or stopped at a failed gate."""
    statuses = {p.status for p in project.phases}
    if not statuses:
        return False
    if statuses == {PhaseStatus.DONE}:
        return True
    stopped = any(g.outcome == GateOutcome.FAILED for g in project.gates)
    return stopped and statuses <= {PhaseStatus.DONE, PhaseStatus.NOT_STARTED}


def _durations(project: Project) -> tuple[int | None, int | None]:
    """Return (planned, actual) days from the first start to the last end, None if unknown."""

    def span(starts: Iterable[dt.date | None], ends: Iterable[dt.date | None]) -> int | None:
        first = min((d for d in starts if d), default=None)
        last = max((d for d in ends if d), default=None)
        return None if first is None or last is None else (last - first).days

    phases = project.phases
    return (
        span((p.planned_start for p in phases), (p.planned_end for p in phases)),
        span((p.actual_start for p in phases), (p.actual_end for p in phases)),
    )


def _overloaded(project: Project) -> Iterable[str]:
    total = len(project.activities)
    counts = Counter(r for a in project.activities for r, x in a.raci.items() if "A" in x)
    for role in project.roles:
        count = counts[role.id]
        if count > ACCOUNTABLE_OVERLOAD_MIN and count > ACCOUNTABLE_OVERLOAD_SHARE * total:
            yield role.name


def separators(rows: Sequence[ProjectAudit]) -> tuple[list[Separator], list[Separator]]:
    """Return the signals only failed projects show, and those only successful ones show."""
    failed = Counter(code for row in rows if row.outcome == FAILED for code in row.signals)
    good = Counter(code for row in rows if row.outcome == SUCCEEDED for code in row.signals)
    order = {code: i for i, code in enumerate(SIGNAL_WORDS)}

    def key(item: Separator) -> tuple[int, int, str]:
        return (-(item.failed + item.succeeded), order.get(item.code, len(order)), item.code)

    only_failed = [Separator(c, signal_words(c), n, 0) for c, n in failed.items() if c not in good]
    only_good = [Separator(c, signal_words(c), 0, n) for c, n in good.items() if c not in failed]
    return sorted(only_failed, key=key), sorted(only_good, key=key)


def people_load(projects: Sequence[tuple[str, Project]]) -> list[PersonLoad]:
    """Sum each named person's R and A over the roles they hold in every project.

    A person is *overloaded* when they hold R or A in two or more projects and their summed
    load is more than twice the median load of the people named.
    """
    responsible: Counter[str] = Counter()
    accountable: Counter[str] = Counter()
    by_project: dict[str, dict[str, int]] = {}
    shown: dict[str, str] = {}
    for label, project in projects:
        letters = Counter(
            (role_id, letter)
            for a in project.activities
            for role_id, x in a.raci.items()
            for letter in "RA"
            if letter in x
        )
        for role in project.roles:
            r, a = letters[(role.id, "R")], letters[(role.id, "A")]
            for person in role.people:
                key = " ".join(person.split()).casefold()
                if not key:
                    continue
                shown.setdefault(key, " ".join(person.split()))
                responsible[key] += r
                accountable[key] += a
                per = by_project.setdefault(key, {})
                per[label] = per.get(label, 0) + r + a
    loads = [responsible[k] + accountable[k] for k in shown]
    median = statistics.median(loads) if loads else 0
    result = [
        PersonLoad(
            shown[k],
            responsible[k],
            accountable[k],
            by_project[k],
            sum(1 for v in by_project[k].values() if v) >= 2
            and responsible[k] + accountable[k] > 2 * median,
        )
        for k in shown
    ]
    return sorted(result, key=lambda p: (-p.load, p.name.casefold()))


def audit_portfolio(
    projects: Sequence[tuple[str, Project]], today: dt.date | None = None
) -> PortfolioAudit:
    """Audit ``projects`` (label, project): rows, separators and people across projects."""
    rows = [audit_project(project, label, today) for label, project in projects]
    only_failed, only_good = separators(rows)
    return PortfolioAudit(
        tuple(rows), tuple(only_failed), tuple(only_good), tuple(people_load(projects))
    )


__all__ = [
    "AREAS",
    "FAILED",
    "IN_PROGRESS",
    "SUCCEEDED",
    "PersonLoad",
    "PortfolioAudit",
    "ProjectAudit",
    "Separator",
    "audit_portfolio",
    "audit_project",
    "people_load",
    "separators",
    "signal_words",
]
