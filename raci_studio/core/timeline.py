"""What a timeline draws: phases as planned and actual bars, and the events as markers.

Pure data for the retrospective chart, the timeline view and the reports alike: each phase
with its planned and actual span (and whether it overran), gate decisions, decision-log
entries, handoffs and activity due dates as dated markers, and the date range that holds
them all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from raci_studio.core.handoffs import Handoff, describe, handoffs
from raci_studio.core.model import GateOutcome, Phase, Project
from raci_studio.core.rca import overrun_days

Span = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class PhaseBar:
    """One row of the timeline: a phase's planned and actual spans.

    An actual span still open ends at ``today``; ``open`` says so.
    """

    phase_id: str
    name: str
    planned: Span | None
    actual: Span | None
    overrun_days: int
    open: bool


@dataclass(frozen=True)
class Marker:
    """A dated event: ``kind`` is ``gate``, ``decision``, ``handoff``, ``history`` or ``due``.

    ``history`` is a handoff found in the file's git history (``ident`` is the commit hash).

    ``row`` is the phase id the marker sits on (None: the events lane); ``outcome`` is the
    gate outcome for a gate marker.
    """

    date: dt.date
    kind: str
    label: str
    row: str | None = None
    outcome: GateOutcome | None = None
    ident: str = ""


@dataclass(frozen=True)
class Timeline:
    """The bars and markers of one project, and the span that holds them."""

    bars: tuple[PhaseBar, ...]
    markers: tuple[Marker, ...]
    start: dt.date | None
    end: dt.date | None

    @property
    def empty(self) -> bool:
        """Return True when the project has no dates to draw."""
        return self.start is None


def _span(start: dt.date | None, end: dt.date | None) -> Span | None:
    if start is None or end is None:
        return None
    return (start, max(start, end))


def phase_bar(phase: Phase, today: dt.date) -> PhaseBar:
    """Return the bar of one phase (an actual span without end runs to ``today`` if begun)."""
    still_open = phase.actual_start is not None and phase.actual_end is None
    actual_end = phase.actual_end or (today if still_open else None)
    return PhaseBar(
        phase.id,
        phase.name,
        _span(phase.planned_start, phase.planned_end),
        _span(phase.actual_start, actual_end),
        overrun_days(phase, today if still_open else None),
        still_open,
    )


def build_timeline(
    project: Project, today: dt.date | None = None, history: Sequence[Handoff] = ()
) -> Timeline:
    """Return the timeline of ``project``: bars per phase and every dated event.

    ``history`` adds the handoffs found in the file's committed versions as markers.
    """
    today = today or dt.date.today()
    bars = tuple(phase_bar(p, today) for p in project.phases)
    markers: list[Marker] = []
    for gate in project.gates:
        if gate.decided_on is not None:
            word = gate.outcome.value if gate.outcome else "decided"
            markers.append(
                Marker(gate.decided_on, "gate", f"{gate.name}: {word}", None, gate.outcome, gate.id)
            )
        elif gate.planned_date is not None:
            markers.append(
                Marker(gate.planned_date, "gate", f"{gate.name} (planned)", None, None, gate.id)
            )
    for decision in project.scoping.decision_log:
        markers.append(
            Marker(decision.date, "decision", decision.decision, None, None, decision.id)
        )
    markers.extend(_handoff_markers(project, handoffs(project, history)))
    for activity in project.activities:
        if activity.due is not None:
            markers.append(
                Marker(activity.due, "due", activity.name, activity.phase, None, activity.id)
            )
    markers.sort(key=lambda m: (m.date, m.kind))
    dates = [d for bar in bars for span in (bar.planned, bar.actual) if span for d in span]
    dates += [m.date for m in markers]
    return Timeline(bars, tuple(markers), min(dates, default=None), max(dates, default=None))


def _handoff_markers(project: Project, found: list[Handoff]) -> list[Marker]:
    return [
        Marker(
            h.date,
            "history" if h.kind == "history" else "handoff",
            describe(project, h),
            h.to_phase,
            None,
            h.decision or h.commit or "",
        )
        for h in found
        if h.date is not None
    ]
