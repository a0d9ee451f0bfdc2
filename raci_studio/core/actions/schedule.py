"""Dates, gate decisions and activity tracking: each change one undo step with a readable label.

Every builder returns None when nothing would change, so that closing a date picker without
picking adds no empty step to the history. Dates are checked for order (an end never before
its start), with the refusal said in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from raci_studio.core.edits import Batch, Edit, EditError, UpdateFields, find
from raci_studio.core.model import Activity, Gate, GateOutcome, Phase, Project, WorkStatus

#: Phase date fields -> words for labels and messages.
PHASE_DATE_FIELDS: dict[str, str] = {
    "planned_start": "planned start",
    "planned_end": "planned end",
    "actual_start": "actual start",
    "actual_end": "actual end",
}

#: Gate outcome -> words.
OUTCOME_WORDS: dict[GateOutcome, str] = {
    GateOutcome.PASSED: "passed",
    GateOutcome.FAILED: "failed",
    GateOutcome.DEFERRED: "deferred",
    GateOutcome.SKIPPED: "skipped",
}

#: Activity status -> words.
STATUS_WORDS: dict[WorkStatus, str] = {
    WorkStatus.NOT_STARTED: "not started",
    WorkStatus.IN_PROGRESS: "in progress",
    WorkStatus.DONE: "done",
    WorkStatus.BLOCKED: "blocked",
}


def set_phase_dates(
    project: Project, phase_id: str, dates: Mapping[str, dt.date | None]
) -> Edit | None:
    """Set some of a phase's planned and actual dates (None clears one).

    Raises
    ------
    EditError
        For a field that is not a phase date, or an end before its start.
    """
    phase: Phase = find(project.phases, phase_id, "phase")
    unknown = set(dates) - set(PHASE_DATE_FIELDS)
    if unknown:
        raise EditError(f"a phase has no date '{sorted(unknown)[0]}'")
    changed = {k: v for k, v in dates.items() if getattr(phase, k) != v}
    if not changed:
        return None
    after = {k: changed.get(k, getattr(phase, k)) for k in PHASE_DATE_FIELDS}
    for kind in ("planned", "actual"):
        start, end = after[f"{kind}_start"], after[f"{kind}_end"]
        if start is not None and end is not None and end < start:
            raise EditError(
                f'the {kind} end of "{phase.name}" ({end.isoformat()}) would come before '
                f"its {kind} start ({start.isoformat()})"
            )
    if len(changed) == 1:
        field = next(iter(changed))
        label = f"Set {PHASE_DATE_FIELDS[field]} of '{phase.name}'"
    else:
        label = f"Set dates of '{phase.name}'"
    return UpdateFields(("phases", phase_id), changed, label)


def set_gate_planned_date(project: Project, gate_id: str, date: dt.date | None) -> Edit | None:
    """Set or clear the date a gate's decision is planned for."""
    gate: Gate = find(project.gates, gate_id, "gate")
    if gate.planned_date == date:
        return None
    return UpdateFields(
        ("gates", gate_id), {"planned_date": date}, f"Set planned date of '{gate.name}'"
    )


def decide_gate(
    project: Project,
    gate_id: str,
    outcome: GateOutcome | str | None,
    on: dt.date | None = None,
    by: str | None = None,
) -> Edit | None:
    """Record a gate's decision: its outcome, the date and the deciding role (None: undecided)."""
    gate: Gate = find(project.gates, gate_id, "gate")
    if by is not None:
        find(project.roles, by, "role")
    verdict = None if outcome is None else _outcome(outcome)
    fields: dict[str, Any] = {"outcome": verdict, "decided_on": on, "decided_by": by}
    if verdict is None:
        fields = {"outcome": None, "decided_on": None, "decided_by": None}
    if all(getattr(gate, k) == v for k, v in fields.items()):
        return None
    if verdict is None:
        label = f"Clear the decision of '{gate.name}'"
    else:
        label = f"Record '{gate.name}' as {OUTCOME_WORDS[verdict]}"
    return UpdateFields(("gates", gate_id), fields, label)


def _outcome(value: GateOutcome | str) -> GateOutcome:
    try:
        return GateOutcome(value)
    except ValueError:
        known = ", ".join(o.value for o in GateOutcome)
        raise EditError(f"'{value}' is not a gate outcome (use {known})") from None


def set_activity_due(
    project: Project, activity_ids: Sequence[str], due: dt.date | None
) -> Edit | None:
    """Set or clear the due date of one or more activities, as one step."""
    return _set_on_activities(project, activity_ids, "due", due, "due date")


def set_activity_status(
    project: Project, activity_ids: Sequence[str], status: WorkStatus | str | None
) -> Edit | None:
    """Set or clear the status of one or more activities, as one step."""
    value = None
    if status is not None:
        try:
            value = WorkStatus(status)
        except ValueError:
            known = ", ".join(s.value for s in WorkStatus)
            raise EditError(f"'{status}' is not an activity status (use {known})") from None
    return _set_on_activities(project, activity_ids, "status", value, "status")


def set_deliverable(project: Project, activity_ids: Sequence[str], text: str) -> Edit | None:
    """Set the deliverable of one or more activities (blank clears it)."""
    text = " ".join(text.split())
    if len(text) > 200:
        raise EditError("a deliverable is at most 200 characters; put details in the description")
    return _set_on_activities(project, activity_ids, "deliverable", text, "deliverable")


def _set_on_activities(
    project: Project, activity_ids: Sequence[str], field: str, value: Any, words: str
) -> Edit | None:
    activities: list[Activity] = [find(project.activities, i, "activity") for i in activity_ids]
    edits = [
        UpdateFields(("activities", a.id), {field: value})
        for a in activities
        if getattr(a, field) != value
    ]
    if not edits:
        return None
    verb = "Clear" if value in (None, "") else "Set"
    if len(activities) == 1:
        return UpdateFields(
            ("activities", activities[0].id),
            {field: value},
            f"{verb} {words} of '{activities[0].name}'",
        )
    return Batch(tuple(edits), f"{verb} {words} of {len(edits)} activities")
