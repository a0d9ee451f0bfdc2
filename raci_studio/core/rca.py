"""Root-cause analysis of a finished (or failing) project, computed from its plan and history.

Each finding says, in words, where the lifecycle or the roles let the project down, with the
ids it points at: the business KPI's shortfall, a model metric that looked healthy while the
KPI missed (proxy misalignment), phases that overran, gates skipped or passed with unmet
criteria, feedback loops never taken, drift and how long until a decision followed, and
role confusion. :func:`revised_checklist` turns the findings and the PM's lessons into
go/no-go criteria a template can carry.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from raci_studio.core.handoffs import Handoff, describe, handoffs
from raci_studio.core.metrics import (
    CriterionState,
    current_value,
    degradation,
    explain_criterion,
    is_better_or_equal,
)
from raci_studio.core.model import (
    Criterion,
    FlowKind,
    Gate,
    GateOutcome,
    Metric,
    MetricCategory,
    Phase,
    Project,
)
from raci_studio.core.numbers import format_value
from raci_studio.core.rules.raci import ACCOUNTABLE_OVERLOAD_MIN, ACCOUNTABLE_OVERLOAD_SHARE

#: Finding areas in the order a report shows them -> heading.
AREAS: dict[str, str] = {
    "kpi": "Business outcome",
    "proxy": "Proxy misalignment",
    "schedule": "Schedule",
    "gates": "Gates",
    "feedback": "Feedback loops",
    "drift": "Drift and response",
    "roles": "Role confusion",
}


@dataclass(frozen=True)
class KpiOutcome:
    """A business KPI's target against what was achieved.

    Attributes
    ----------
    shortfall : float or None
        The share of the planned improvement (target − baseline) not achieved, 0–1+; without
        a baseline, the relative gap to the target. 0 when met; None without data.
    """

    metric: Metric
    achieved: float | None
    achieved_on: dt.date | None
    met: bool
    shortfall: float | None


@dataclass(frozen=True)
class RcaFinding:
    """One computed finding of the root-cause analysis."""

    area: str
    code: str
    text: str
    ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    """A go/no-go criterion of the revised checklist and where it came from."""

    text: str
    source: str  # "lesson" (the PM's) or a finding code


@dataclass(frozen=True)
class RootCauseAnalysis:
    """Everything the retrospective report shows that can be computed."""

    kpis: tuple[KpiOutcome, ...]
    findings: tuple[RcaFinding, ...]
    handoffs: tuple[Handoff, ...]

    def by_area(self) -> dict[str, list[RcaFinding]]:
        """Return the findings grouped by area, in :data:`AREAS` order, empty areas left out."""
        grouped: dict[str, list[RcaFinding]] = {}
        for area in AREAS:
            found = [f for f in self.findings if f.area == area]
            if found:
                grouped[area] = found
        return grouped


def analyse(
    project: Project, today: dt.date | None = None, history: Sequence[Handoff] = ()
) -> RootCauseAnalysis:
    """Compute the root-cause analysis of ``project`` (``today`` judges open phases).

    ``history`` holds the handoffs found in the file's committed versions
    (:func:`~raci_studio.core.handoffs.history_handoffs`); an Accountable role one of them
    changed counts as role confusion like one the decision log records.
    """
    today = today or dt.date.today()
    kpis = tuple(kpi_outcomes(project))
    findings = [
        *_kpi_findings(kpis),
        *proxy_misalignment(project, kpis),
        *schedule_findings(project, today),
        *gate_findings(project),
        *feedback_findings(project),
        *drift_findings(project),
        *role_findings(project, history),
    ]
    return RootCauseAnalysis(kpis, tuple(findings), tuple(handoffs(project, history)))


def _shown(metric: Metric, value: float | None) -> str:
    if value is None:
        return "—"
    text = format_value(value)
    if metric.unit and metric.unit != "%":
        return f"{text} {metric.unit}"
    return f"{text}{metric.unit}"


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


# -- the business outcome ------------------------------------------------------------------


def kpi_outcomes(project: Project) -> list[KpiOutcome]:
    """Return each business KPI that has a target, with its latest value and shortfall."""
    result = []
    for metric in project.metrics:
        if metric.category != MetricCategory.BUSINESS_KPI or metric.target is None:
            continue
        latest = max(metric.measurements, key=lambda m: m.date, default=None)
        achieved = None if latest is None else latest.value
        met = achieved is not None and is_better_or_equal(metric, achieved, metric.target)
        result.append(
            KpiOutcome(
                metric,
                achieved,
                None if latest is None else latest.date,
                met,
                None if achieved is None else shortfall(metric, achieved),
            )
        )
    return result


def shortfall(metric: Metric, achieved: float) -> float:
    """Return the share of the planned improvement not achieved (0 when the target is met)."""
    assert metric.target is not None
    if is_better_or_equal(metric, achieved, metric.target):
        return 0.0
    if metric.baseline is not None and metric.baseline != metric.target:
        planned = metric.target - metric.baseline
        return 1 - (achieved - metric.baseline) / planned
    if metric.target == 0:
        return 1.0
    return abs(metric.target - achieved) / abs(metric.target)


def _kpi_findings(kpis: Iterable[KpiOutcome]) -> Iterable[RcaFinding]:
    for kpi in kpis:
        m = kpi.metric
        if kpi.shortfall is None:
            yield RcaFinding(
                "kpi",
                "kpi-not-measured",
                f'"{m.name}" has a target but was never measured.',
                (m.id,),
            )
        elif not kpi.met:
            base = "" if m.baseline is None else f" from a baseline of {_shown(m, m.baseline)}"
            yield RcaFinding(
                "kpi",
                "kpi-missed",
                f'"{m.name}" missed its target by {kpi.shortfall:.0%}: it reached '
                f"{_shown(m, kpi.achieved)} against a target of {_shown(m, m.target)}{base}.",
                (m.id,),
            )


def proxy_misalignment(project: Project, kpis: Iterable[KpiOutcome]) -> Iterable[RcaFinding]:
    """Find model metrics that met their target or stayed within their threshold while the
    business KPI they stand in for missed its target."""
    for kpi in kpis:
        if kpi.met or kpi.shortfall is None:
            continue
        for proxy in project.metrics:
            if proxy.proxies != kpi.metric.id or proxy.category != MetricCategory.MODEL:
                continue
            value = current_value(proxy)
            if value is None:
                continue
            if proxy.target is not None and is_better_or_equal(proxy, value, proxy.target):
                how = (
                    f"met its target ({_shown(proxy, value)} against {_shown(proxy, proxy.target)})"
                )
            elif proxy.threshold is not None and is_better_or_equal(proxy, value, proxy.threshold):
                how = (
                    f"stayed within its threshold of {_shown(proxy, proxy.threshold)} "
                    f"(latest {_shown(proxy, value)})"
                )
            else:
                continue
            yield RcaFinding(
                "proxy",
                "proxy-misaligned",
                f'"{proxy.name}" {how} while "{kpi.metric.name}" missed its target by '
                f"{kpi.shortfall:.0%}: the model metric did not tell how the business was doing.",
                (proxy.id, kpi.metric.id),
            )


# -- schedule -------------------------------------------------------------------------------


def overrun_days(phase: Phase, today: dt.date | None = None) -> int:
    """Return how many days ``phase`` ran past its planned end (0 when on time or unknown).

    A phase still running counts up to ``today``; without ``today`` only a recorded actual
    end counts.
    """
    if phase.planned_end is None:
        return 0
    end = phase.actual_end
    if end is None and phase.actual_start is not None and today is not None:
        end = today
    if end is None:
        return 0
    return max(0, (end - phase.planned_end).days)


def schedule_findings(project: Project, today: dt.date) -> Iterable[RcaFinding]:
    """Find phases that overran their plan, and by how much."""
    for phase in project.phases:
        late = overrun_days(phase, today if phase.actual_end is None else None)
        if not late:
            continue
        text = f'"{phase.name}" ran {_days(late)} past its planned end'
        if phase.planned_start is not None and phase.planned_end is not None:
            planned = max(1, (phase.planned_end - phase.planned_start).days)
            text += f" ({late / planned:.0%} of its planned {_days(planned)})"
        if phase.actual_end is None:
            text += " and is still open"
        yield RcaFinding("schedule", "phase-overrun", text + ".", (phase.id,))
    planned_end = max((p.planned_end for p in project.phases if p.planned_end), default=None)
    actual_end = max((p.actual_end for p in project.phases if p.actual_end), default=None)
    if planned_end and actual_end and actual_end > planned_end:
        late = (actual_end - planned_end).days
        yield RcaFinding(
            "schedule", "project-late", f"The project finished {_days(late)} after its plan."
        )


# -- gates ----------------------------------------------------------------------------------


def _metrics_as_of(project: Project, day: dt.date) -> dict[str, Metric]:
    """Return the metrics with only the measurements taken on or before ``day``."""
    return {
        m.id: m.model_copy(update={"measurements": [x for x in m.measurements if x.date <= day]})
        for m in project.metrics
    }


def unmet_at_decision(project: Project, gate: Gate) -> list[Criterion]:
    """Return the criteria of ``gate`` that were not met on the day it was decided."""
    if gate.decided_on is None:
        return []
    metrics = _metrics_as_of(project, gate.decided_on)
    unmet = []
    for criterion in gate.criteria:
        if criterion.metric is None:
            late = criterion.checked_on is not None and criterion.checked_on > gate.decided_on
            if not criterion.checked or late:
                unmet.append(criterion)
        elif explain_criterion(project, criterion, metrics).state != CriterionState.PASSED:
            unmet.append(criterion)
    return unmet


def phase_after(project: Project, gate: Gate) -> Phase | None:
    """Return the phase the gate lets work into: its forward flow's target, else the next phase."""
    phases = {p.id: p for p in project.phases}
    for flow in project.flows:
        if flow.source == gate.id and flow.kind == FlowKind.FORWARD and flow.target in phases:
            return phases[flow.target]
    order = [p.id for p in project.phases]
    if gate.after in order and order.index(gate.after) + 1 < len(order):
        return phases[order[order.index(gate.after) + 1]]
    return None


def gate_findings(project: Project) -> Iterable[RcaFinding]:
    """Find gates skipped, passed with unmet criteria, or overridden by going on regardless."""
    for gate in project.gates:
        after = phase_after(project, gate)
        started = None if after is None else after.actual_start
        if gate.outcome == GateOutcome.SKIPPED or (gate.outcome is None and started):
            where = f' before "{after.name}" started' if after is not None and started else ""
            yield RcaFinding(
                "gates", "gate-skipped", f'"{gate.name}" was never decided{where}.', (gate.id,)
            )
        elif gate.outcome == GateOutcome.PASSED:
            unmet = unmet_at_decision(project, gate)
            if unmet:
                listed = "; ".join(f'"{c.text}"' for c in unmet[:4])
                more = f" and {len(unmet) - 4} more" if len(unmet) > 4 else ""
                yield RcaFinding(
                    "gates",
                    "gate-passed-unmet",
                    f'"{gate.name}" passed on {gate.decided_on} with '
                    f"{len(unmet)} {'criterion' if len(unmet) == 1 else 'criteria'} unmet: "
                    f"{listed}{more}.",
                    (gate.id, *(c.id for c in unmet)),
                )
        elif (
            gate.outcome == GateOutcome.FAILED
            and after
            and started
            and gate.decided_on
            and started >= gate.decided_on
        ):
            yield RcaFinding(
                "gates",
                "gate-overridden",
                f'"{gate.name}" failed on {gate.decided_on}, yet "{after.name}" started '
                f"on {started}.",
                (gate.id,),
            )


# -- feedback loops and drift -----------------------------------------------------------------


def feedback_findings(project: Project) -> Iterable[RcaFinding]:
    """Find feedback loops no decision ever sent work back along."""
    taken = Counter(d.flow for d in project.scoping.decision_log if d.flow)
    names = {p.id: p.name for p in project.phases} | {g.id: g.name for g in project.gates}
    for flow in project.flows:
        if flow.kind != FlowKind.FEEDBACK:
            continue
        if not taken[flow.id]:
            label = f" ({flow.label})" if flow.label else ""
            yield RcaFinding(
                "feedback",
                "loop-never-taken",
                f'The feedback loop from "{names.get(flow.source, flow.source)}" back to '
                f'"{names.get(flow.target, flow.target)}"{label} was never taken.',
                (flow.id,),
            )


def decision_dates(project: Project) -> list[tuple[dt.date, str]]:
    """Return every decision with its date: the log's entries and the gates' decisions."""
    found = [(d.date, d.decision) for d in project.scoping.decision_log]
    found += [
        (g.decided_on, f"{g.name}: {g.outcome.value}")
        for g in project.gates
        if g.decided_on is not None and g.outcome is not None
    ]
    return sorted(found, key=lambda item: item[0])


def drift_findings(project: Project) -> Iterable[RcaFinding]:
    """Find each stretch of drift and how long it took until a decision followed.

    A metric that was beyond its threshold from its first measurement has not drifted: it
    never got within it, which the KPI and gate findings already say.
    """
    decisions = decision_dates(project)
    for metric in project.metrics:
        found = degradation(metric)
        for warning in found.warnings:
            if warning.start == found.dates[0]:
                continue  # never within its threshold yet: not reached, not drifted
            span = f"from {warning.start}" + ("" if warning.ongoing else f" to {warning.end}")
            text = f'"{metric.name}" drifted beyond its threshold {span}'
            after = [(day, what) for day, what in decisions if day >= warning.start]
            if after:
                day, what = after[0]
                text += (
                    f"; the first decision followed {_days((day - warning.start).days)} later "
                    f'({day}: "{_short(what)}")'
                )
            else:
                text += "; no decision followed"
            yield RcaFinding("drift", "drift-response", text + ".", (metric.id,))


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


# -- roles ----------------------------------------------------------------------------------


def role_findings(project: Project, history: Sequence[Handoff] = ()) -> Iterable[RcaFinding]:
    """Find role confusion: not exactly one A, A changed mid-project, overload, idle roles.

    An A changed mid-project is one the decision log records or one of the ``history``
    handoffs (found in the file's committed versions) that the log does not.
    """
    activities = project.activities
    wrong = [a for a in activities if sum("A" in x for x in a.raci.values()) != 1]
    if wrong:
        names = ", ".join(f'"{a.name}"' for a in wrong[:3])
        more = f" and {len(wrong) - 3} more" if len(wrong) > 3 else ""
        yield RcaFinding(
            "roles",
            "not-one-accountable",
            f"{len(wrong)} of {len(activities)} activities had no or several Accountable roles: "
            f"{names}{more}.",
            tuple(a.id for a in wrong),
        )
    changed = [h for h in handoffs(project, history) if h.kind != "phase" and h.letter == "A"]
    for handoff in changed:
        when = f" on {handoff.date}" if handoff.date else ""
        yield RcaFinding(
            "roles",
            "accountable-changed",
            f"The Accountable role changed mid-project{when}: {describe(project, handoff)}.",
            tuple(i for i in (handoff.activity, handoff.from_role, handoff.to_role) if i),
        )
    total = len(activities)
    accountable = Counter(r for a in activities for r, x in a.raci.items() if "A" in x)
    letters: Mapping[str, str] = {
        role.id: "".join(a.raci.get(role.id, "") for a in activities) for role in project.roles
    }
    for role in project.roles:
        count = accountable[role.id]
        if (
            total
            and count > ACCOUNTABLE_OVERLOAD_MIN
            and count > ACCOUNTABLE_OVERLOAD_SHARE * total
        ):
            yield RcaFinding(
                "roles",
                "role-overloaded",
                f'"{role.name}" was Accountable for {count} of {total} activities '
                f"({count / total:.0%}).",
                (role.id,),
            )
        held = letters[role.id]
        if total and not (set(held) - {"I"}):
            what = "only kept informed" if held else "given no part"
            yield RcaFinding(
                "roles",
                "role-never-consulted",
                f'"{role.name}" was {what}: never Responsible, Accountable or Consulted.',
                (role.id,),
            )
