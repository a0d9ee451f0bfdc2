"""Tables of phase and gate dates: every cell a date picker, every change one undo step.

The phases table edits planned and actual starts and ends (and shows the overrun); the gates
table edits the planned date and the decision (date, outcome, deciding role). Both read the
project through the adapter and push core edits built by :mod:`raci_studio.core.actions.schedule`;
they refresh when a change names phases, gates or roles.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions import schedule as sa
from raci_studio.core.changes import Change
from raci_studio.core.model import GateOutcome
from raci_studio.core.rca import overrun_days
from raci_studio.ui.document import DocumentAdapter

Index = QModelIndex | QPersistentModelIndex
#: What a cell holds, for the delegate: a date, an outcome or a role.
KindRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2
NO_DATE = "—"

PHASE_COLUMNS = (
    ("name", "Phase"),
    ("planned_start", "Planned start"),
    ("planned_end", "Planned end"),
    ("actual_start", "Actual start"),
    ("actual_end", "Actual end"),
    ("overrun", "Overrun"),
)
GATE_COLUMNS = (
    ("name", "Gate"),
    ("planned_date", "Planned date"),
    ("decided_on", "Decided on"),
    ("outcome", "Outcome"),
    ("decided_by", "Decided by"),
)


def _shown(value: dt.date | None) -> str:
    return value.isoformat() if value else NO_DATE


class PhaseDatesModel(QAbstractTableModel):
    """The phases of the project with their planned and actual dates."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        adapter.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.concerns("phases"):
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._adapter.project.phases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PHASE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return PHASE_COLUMNS[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = PHASE_COLUMNS[index.column()][0]
        return base | Qt.ItemFlag.ItemIsEditable if field in sa.PHASE_DATE_FIELDS else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        phase = self._adapter.project.phases[index.row()]
        field = PHASE_COLUMNS[index.column()][0]
        if field == "overrun":
            late = overrun_days(phase, dt.date.today() if phase.actual_end is None else None)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"+{late} days" if late else ""
            if role == Qt.ItemDataRole.ForegroundRole and late:
                from PySide6.QtGui import QColor

                return QColor("#B9770E")
            return None
        if field == "name":
            return phase.name if role == Qt.ItemDataRole.DisplayRole else None
        value = getattr(phase, field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _shown(value)
        if role == KindRole:
            return "date"
        if role == ValueRole:
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        phase = self._adapter.project.phases[index.row()]
        field = PHASE_COLUMNS[index.column()][0]
        return (
            self._adapter.run(lambda p: sa.set_phase_dates(p, phase.id, {field: value})) is not None
        )


class GateDatesModel(QAbstractTableModel):
    """The gates of the project with their planned date and decision."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        adapter.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.concerns("gates", "roles"):
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._adapter.project.gates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GATE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return GATE_COLUMNS[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == 0 else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        gate = self._adapter.project.gates[index.row()]
        field = GATE_COLUMNS[index.column()][0]
        value = getattr(gate, field)
        if field == "name":
            return value if role == Qt.ItemDataRole.DisplayRole else None
        if role == KindRole:
            return {"outcome": "outcome", "decided_by": "role"}.get(field, "date")
        if role == ValueRole:
            return value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if field == "outcome":
            return sa.OUTCOME_WORDS[value] if value else NO_DATE
        if field == "decided_by":
            roles = {r.id: r.name for r in self._adapter.project.roles}
            return roles.get(value, NO_DATE) if value else NO_DATE
        return _shown(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        gate = self._adapter.project.gates[index.row()]
        field = GATE_COLUMNS[index.column()][0]
        if field == "planned_date":
            build = lambda p: sa.set_gate_planned_date(p, gate.id, value)  # noqa: E731
        elif field in ("outcome", "decided_on") and value is None:
            build = lambda p: sa.decide_gate(p, gate.id, None)  # noqa: E731
        else:
            decision = {"outcome": gate.outcome, "decided_on": gate.decided_on,
                        "decided_by": gate.decided_by, field: value}  # fmt: skip
            if decision["outcome"] is None and value is not None:
                decision["outcome"] = GateOutcome.PASSED  # a date or role first: say passed
            if decision["outcome"] is not None and decision["decided_on"] is None:
                decision["decided_on"] = dt.date.today()
            build = lambda p: sa.decide_gate(  # noqa: E731
                p, gate.id, decision["outcome"], decision["decided_on"], decision["decided_by"]
            )
        return self._adapter.run(build) is not None


class ScheduleDelegate(QStyledItemDelegate):
    """Date cells get a calendar picker; outcome and role cells a list to choose from.

    In a date picker, Delete or Backspace clears the date.
    """

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(KindRole)
        if kind == "outcome":
            box = QComboBox(parent)
            box.addItem("Not decided", None)
            for outcome, words in sa.OUTCOME_WORDS.items():
                box.addItem(words.capitalize(), outcome)
            return box
        if kind == "role":
            box = QComboBox(parent)
            box.addItem("Nobody recorded", None)
            for r in self._adapter.project.roles:
                box.addItem(r.name, r.id)
            return box
        editor = _ClearableDate(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(ValueRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(0, found))
        elif isinstance(editor, QDateEdit):
            day = value if isinstance(value, dt.date) else dt.date.today()
            editor.setDate(QDate(day.year, day.month, day.day))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, _ClearableDate):
            if editor.cleared:
                model.setData(index, None)
            else:
                d = editor.date()
                model.setData(index, dt.date(d.year(), d.month(), d.day()))


class _ClearableDate(QDateEdit):
    """A date picker that Delete or Backspace empties (the cell's date is removed)."""

    cleared = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.cleared = True
            self.clearFocus()  # commits: the delegate reads ``cleared``
            return
        super().keyPressEvent(event)


class ScheduleTable(QTableView):
    """A compact table over a dates model, with the schedule delegate; Delete clears a date."""

    def __init__(
        self, model: QAbstractTableModel, adapter: DocumentAdapter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ScheduleDelegate(adapter, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and index.isValid()
            and index.flags() & Qt.ItemFlag.ItemIsEditable
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.model().setData(index, None)
            return
        super().keyPressEvent(event)


class ScheduleDialog(QDialog):
    """Project ▸ Phase and Gate Dates…: the two date tables in a window of their own.

    It stays open beside the Lifecycle or Scoping tab; every change is one undo step of the
    window's history, as in the Retrospective tab.
    """

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Phase and Gate Dates")
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        self.phases = ScheduleTable(PhaseDatesModel(adapter, self), adapter, tabs)
        self.gates = ScheduleTable(GateDatesModel(adapter, self), adapter, tabs)
        tabs.addTab(self.phases, "Phase dates")
        tabs.addTab(self.gates, "Gate decisions")
        layout.addWidget(tabs, 1)
        hint = QLabel(
            "Double-click a date to pick it from a calendar; Delete clears it. "
            "Edit ▸ Undo takes a change back.",
            self,
        )
        hint.setStyleSheet("color: #52606D;")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, 380)


def show_schedule(window: QWidget, adapter: DocumentAdapter) -> ScheduleDialog:
    """Show the dates window of ``window`` (one per window, raised when already open)."""
    dialog = window.findChild(ScheduleDialog)
    if dialog is None:
        dialog = ScheduleDialog(adapter, window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
