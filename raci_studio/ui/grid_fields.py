"""What the grid's tracking columns show: due date, status and deliverable of an activity.

The words, colours and badges of one field cell, for each Qt item role the model is asked for,
and the header words of each field column.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from raci_studio.core.actions import schedule
from raci_studio.core.edits import Edit
from raci_studio.core.model import Activity, Project, WorkStatus
from raci_studio.ui.badge import badge_icon
from raci_studio.ui.grid_rows import NO_STATUS, is_overdue
from raci_studio.ui.i18n import translate

# A disc and a glyph per status, so the state is never told by colour alone.
_STATUS_BADGES: dict[WorkStatus, tuple[str, str]] = {
    WorkStatus.NOT_STARTED: ("#8A94A0", "○"),
    WorkStatus.IN_PROGRESS: ("#2F6FB5", "▸"),
    WorkStatus.BLOCKED: ("#C0392B", "!"),
    WorkStatus.DONE: ("#2E8B57", "✓"),
}
_OVERDUE_INK = QColor("#C0392B")


def field_header(field: str) -> str:
    """Return the translated header of a field column."""
    headers = {
        "due": translate("Grid", "Due"),
        "status": translate("Grid", "Status"),
        "deliverable": translate("Grid", "Deliverable"),
    }
    return headers[field]


def field_menu_text(field: str) -> str:
    """Return the translated words of a field column's show/hide switch."""
    texts = {
        "due": translate("Grid", "&Due Date Column"),
        "status": translate("Grid", "&Status Column"),
        "deliverable": translate("Grid", "De&liverable Column"),
    }
    return texts[field]


def status_text(status: WorkStatus | str | None) -> str:
    """Return the translated words for a status (None: not set)."""
    if status is None or status == NO_STATUS:
        return translate("Grid", "Not set")
    words = {
        WorkStatus.NOT_STARTED: translate("Grid", "Not started"),
        WorkStatus.IN_PROGRESS: translate("Grid", "In progress"),
        WorkStatus.BLOCKED: translate("Grid", "Blocked"),
        WorkStatus.DONE: translate("Grid", "Done"),
    }
    return words[WorkStatus(status)]


def status_icon(status: WorkStatus) -> QIcon:
    """Return the badge drawn beside a status."""
    colour, glyph = _STATUS_BADGES[status]
    return badge_icon(colour, glyph)


def field_value(activity: Activity, field: str) -> object:
    """Return the activity's value of a tracking field (what an editor starts from)."""
    return getattr(activity, field)


def field_data(activity: Activity, field: str, role: int, today: dt.date) -> object:
    """Return what a field cell shows for a Qt item role (None for roles it leaves alone)."""
    if role == Qt.ItemDataRole.EditRole:
        return field_value(activity, field)
    if field == "due":
        return _due_data(activity, role, today)
    if field == "status":
        return _status_data(activity, role)
    if role == Qt.ItemDataRole.DisplayRole:
        return activity.deliverable
    if role == Qt.ItemDataRole.ToolTipRole:
        return activity.deliverable or None
    if role == Qt.ItemDataRole.AccessibleTextRole:
        if not activity.deliverable:
            return translate("Grid", "{activity}: no deliverable").format(activity=activity.name)
        return translate("Grid", "{activity}: deliverable {text}").format(
            activity=activity.name, text=activity.deliverable
        )
    return None


def _due_data(activity: Activity, role: int, today: dt.date) -> object:
    due = activity.due
    overdue = is_overdue(activity, today)
    if role == Qt.ItemDataRole.DisplayRole:
        return due.isoformat() if due else ""
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(_OVERDUE_INK) if overdue else None
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(Qt.AlignmentFlag.AlignCenter)
    if role == Qt.ItemDataRole.ToolTipRole and due is not None:
        if overdue:
            days = (today - due).days
            return translate("Grid", "Overdue by %n days", None, days)
        return None
    if role == Qt.ItemDataRole.AccessibleTextRole:
        if due is None:
            return translate("Grid", "{activity}: no due date").format(activity=activity.name)
        if overdue:
            text = translate("Grid", "{activity}: due {date}, overdue")
        else:
            text = translate("Grid", "{activity}: due {date}")
        return text.format(activity=activity.name, date=due.isoformat())
    return None


def _status_data(activity: Activity, role: int) -> object:
    status = activity.status
    if role == Qt.ItemDataRole.DisplayRole:
        return status_text(status) if status is not None else ""
    if role == Qt.ItemDataRole.DecorationRole:
        return status_icon(status) if status is not None else None
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return translate("Grid", "{activity}: status {status}").format(
            activity=activity.name, status=status_text(status)
        )
    return None


def field_edit(project: Project, ids: list[str], field: str, value: object) -> Edit | None:
    """Build the edit that sets a tracking field (due, status, deliverable) of activities."""
    if field == "due":
        if value is not None and not isinstance(value, dt.date):
            raise ValueError(translate("Grid", "A due date must be a date."))
        return schedule.set_activity_due(project, ids, value)
    if field == "status":
        return schedule.set_activity_status(project, ids, value or None)  # type: ignore[arg-type]
    return schedule.set_deliverable(project, ids, str(value or ""))
