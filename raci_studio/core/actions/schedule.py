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


#: Words a pasted status may be written in (any case), besides the file's own values.
_STATUS_SPELLINGS: dict[str, WorkStatus] = {
    **{words: status for status, words in STATUS_WORDS.items()},
    **{status.value: status for status in WorkStatus},
    "not-started": WorkStatus.NOT_STARTED,
    "in-progress": WorkStatus.IN_PROGRESS,
    "todo": WorkStatus.NOT_STARTED,
    "to do": WorkStatus.NOT_STARTED,
    "open": WorkStatus.NOT_STARTED,
    "ongoing": WorkStatus.IN_PROGRESS,
    "started": WorkStatus.IN_PROGRESS,
    "complete": WorkStatus.DONE,
    "completed": WorkStatus.DONE,
    "finished": WorkStatus.DONE,
}

#: The activity fields tracked beside the RACI letters.
TRACKING_FIELDS: tuple[str, ...] = ("due", "status", "deliverable")


def parse_tracking(field: str, text: str) -> Any:
    """Read a tracking field's value from text (a pasted cell); blank means "clear it".

    Raises
    ------
    EditError
        When the text is not a date (YYYY-MM-DD) or a known status, saying what it is.
    """
    text = text.strip()
    if field == "deliverable":
        return " ".join(text.split())
    if not text:
        return None
    if field == "due":
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            raise EditError(f"'{text}' is not a date (write it as YYYY-MM-DD)") from None
    if field == "status":
        status = _STATUS_SPELLINGS.get(" ".join(text.casefold().split()))
        if status is None:
            known = ", ".join(STATUS_WORDS.values())
            raise EditError(f"'{text}' is not a status (use {known})")
        return status
    raise EditError(f"an activity has no tracking field '{field}'")


def fill_tracking(
    project: Project, values: Sequence[tuple[str, str, Any]], label: str = ""
) -> Edit | None:
    """Set tracking fields of activities to values, each (activity id, field, value), as one step.

    Values are as :func:`parse_tracking` returns them; None (or "") clears a field.
    """
    fields: dict[str, dict[str, Any]] = {}
    for activity_id, field, value in values:
        if field not in TRACKING_FIELDS:
            raise EditError(f"an activity has no tracking field '{field}'")
        if field == "deliverable":
            value = " ".join(str(value or "").split())
            if len(value) > 200:
                raise EditError(
                    "a deliverable is at most 200 characters; put details in the description"
                )
        elif field == "status" and value is not None:
            value = WorkStatus(value)
        fields.setdefault(activity_id, {})[field] = value
    edits: list[Edit] = []
    for activity_id, changes in fields.items():
        activity: Activity = find(project.activities, activity_id, "activity")
        changed = {k: v for k, v in changes.items() if getattr(activity, k) != v}
        if changed:
            edits.append(UpdateFields(("activities", activity_id), changed))
    if not edits:
        return None
    return Batch(tuple(edits), label or f"Set tracking of {len(edits)} activities")


def clear_tracking(project: Project, cells: Sequence[tuple[str, str]]) -> Edit | None:
    """Clear tracking fields, each (activity id, field), as one step."""
    return fill_tracking(project, [(a, f, None) for a, f in cells], "Clear tracking fields")


def together(edits: Sequence[Edit | None], label: str) -> Edit | None:
    """Join the edits that do something into one step (None when none does)."""
    real = [e for e in edits if e is not None]
    if len(real) <= 1:
        return real[0] if real else None
    return Batch(tuple(real), label)
