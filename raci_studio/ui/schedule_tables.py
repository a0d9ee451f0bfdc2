"""Tables of phase and gate dates: every cell a date picker, every change one undo step.

The phases table edits planned and actual starts and ends (and shows the overrun); the gates
table edits the planned date and the decision (date, outcome, deciding role). Both read the
project through the adapter and push core edits built by :mod:`raci_studio.core.actions.schedule`;
they refresh when a change names phases, gates or roles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPalette
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
from raci_studio.core.model import Gate, GateOutcome, Phase
from raci_studio.core.rca import overrun_days
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
#: What a cell holds, for the delegate: a date, an outcome or a role.
KindRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2
NO_DATE = "—"
#: The widest date a cell shows, for sizing its column.
WIDEST_DATE = "2000-12-31"
#: Room around a cell's text: the item's margins and a little air.
CELL_PADDING = 18

#: The phases table's fields, in column order.
PHASE_FIELDS = ("name", "planned_start", "planned_end", "actual_start", "actual_end", "overrun")
#: The gates table's fields, in column order.
GATE_FIELDS = ("name", "planned_date", "decided_on", "outcome", "decided_by")


def phase_headers() -> tuple[str, ...]:
    """Return the phases table's column headers in the user's language (``PHASE_FIELDS``)."""
    return (
        translate("Schedule", "Phase"),
        translate("Schedule", "Planned start"),
        translate("Schedule", "Planned end"),
        translate("Schedule", "Actual start"),
        translate("Schedule", "Actual end"),
        translate("Schedule", "Overrun"),
    )


def outcome_words() -> dict[GateOutcome, str]:
    """Return each gate outcome in the user's language, as a cell shows it."""
    return {
        GateOutcome.PASSED: translate("Schedule", "passed"),
        GateOutcome.FAILED: translate("Schedule", "failed"),
        GateOutcome.DEFERRED: translate("Schedule", "deferred"),
        GateOutcome.SKIPPED: translate("Schedule", "skipped"),
    }


def gate_headers() -> tuple[str, ...]:
    """Return the gates table's column headers in the user's language (``GATE_FIELDS``)."""
    return (
        translate("Schedule", "Gate"),
        translate("Schedule", "Planned date"),
        translate("Schedule", "Decided on"),
        translate("Schedule", "Outcome"),
        translate("Schedule", "Decided by"),
    )


def _shown(value: dt.date | None) -> str:
    return value.isoformat() if value else NO_DATE


def _follow(
    model: QAbstractTableModel,
    before: list[str],
    now: list[str],
    touched: frozenset[str] | None,
) -> list[str]:
    """Repaint ``model`` for a change: the ``touched`` rows (None: all) when the rows stayed,
    a reset when they did not.

    Keeping the rows keeps the table's current cell, so the keyboard stays where it was
    after a date is picked or an undo.
    """
    if now != before:
        model.beginResetModel()
        model.endResetModel()
        return now
    last = model.columnCount() - 1
    rows = range(len(now)) if touched is None else [i for i, k in enumerate(now) if k in touched]
    if touched is None and now:
        model.dataChanged.emit(model.index(0, 0), model.index(len(now) - 1, last))
    else:
        for row in rows:
            model.dataChanged.emit(model.index(row, 0), model.index(row, last))
    return now


class _DatesModel(QAbstractTableModel):
    """Rows of phases or gates by id, following the document; the subclass says which list."""

    def __init__(
        self, adapter: DocumentAdapter, headers: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._headers = headers
        self._ids = self._current_ids()
        adapter.changed.connect(self._changed)

    def _items(self) -> Sequence[Phase | Gate]:
        raise NotImplementedError

    def _changed(self, change: Change) -> None:
        raise NotImplementedError

    def _current_ids(self) -> list[str]:
        return [item.id for item in self._items()]

    def row_id(self, row: int) -> str:
        """Return the id of the phase or gate shown in ``row``."""
        return self._items()[row].id

    def row_of(self, item_id: str) -> int | None:
        """Return the row that shows ``item_id`` (None when there is none)."""
        return self._ids.index(item_id) if item_id in self._ids else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class PhaseDatesModel(_DatesModel):
    """The phases of the project with their planned and actual dates."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(adapter, phase_headers(), parent)

    def _items(self) -> Sequence[Phase]:
        return self._adapter.project.phases

    def samples(self, column: int) -> list[str]:
        """Return the widest texts ``column`` can show (for sizing it without reading rows)."""
        field = PHASE_FIELDS[column]
        if field == "overrun":
            return [translate("Schedule", "+%n days", None, 999)]
        return [WIDEST_DATE, NO_DATE] if field in sa.PHASE_DATE_FIELDS else []

    def _changed(self, change: Change) -> None:
        if change.concerns("phases"):
            whole = change.everything or change.reshaped("phases")
            touched = None if whole else change.ids("phases")
            self._ids = _follow(self, self._ids, self._current_ids(), touched)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = PHASE_FIELDS[index.column()]
        return base | Qt.ItemFlag.ItemIsEditable if field in sa.PHASE_DATE_FIELDS else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        phase = self._adapter.project.phases[index.row()]
        field = PHASE_FIELDS[index.column()]
        if field == "overrun":
            late = overrun_days(phase, dt.date.today() if phase.actual_end is None else None)
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Schedule", "+%n days", None, late) if late else ""
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
        field = PHASE_FIELDS[index.column()]
        return (
            self._adapter.run(lambda p: sa.set_phase_dates(p, phase.id, {field: value})) is not None
        )


class GateDatesModel(_DatesModel):
    """The gates of the project with their planned date and decision."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(adapter, gate_headers(), parent)

    def _items(self) -> Sequence[Gate]:
        return self._adapter.project.gates

    def samples(self, column: int) -> list[str]:
        """Return the widest texts ``column`` can show (for sizing it without reading rows)."""
        field = GATE_FIELDS[column]
        if field == "outcome":
            return [*outcome_words().values(), NO_DATE]
        if field == "decided_by":
            return [r.name for r in self._adapter.project.roles] + [NO_DATE]
        return [WIDEST_DATE, NO_DATE] if field != "name" else []

    def _changed(self, change: Change) -> None:
        if change.concerns("gates", "roles"):
            # A renamed role shows in every row that it decided.
            whole = change.everything or change.reshaped("gates") or change.concerns("roles")
            touched = None if whole else change.ids("gates")
            self._ids = _follow(self, self._ids, self._current_ids(), touched)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == 0 else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        gate = self._adapter.project.gates[index.row()]
        field = GATE_FIELDS[index.column()]
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
            return outcome_words()[GateOutcome(value)] if value else NO_DATE
        if field == "decided_by":
            roles = {r.id: r.name for r in self._adapter.project.roles}
            return roles.get(value, NO_DATE) if value else NO_DATE
        return _shown(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        gate = self._adapter.project.gates[index.row()]
        field = GATE_FIELDS[index.column()]
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


DatesModel = PhaseDatesModel | GateDatesModel


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
            box.addItem(translate("Schedule", "Not decided"), None)
            for outcome, words in outcome_words().items():
                box.addItem(words.capitalize(), outcome)
            return box
        if kind == "role":
            box = QComboBox(parent)
            box.addItem(translate("Schedule", "Nobody recorded"), None)
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
        self, model: DatesModel, adapter: DocumentAdapter, parent: QWidget | None = None
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
        # Widths come from what a column can hold, not from reading every cell again after
        # each change (Qt's ResizeToContents), which made one date edit cost a full pass.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self._dates = model
        model.modelReset.connect(self.fit_columns)
        model.dataChanged.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size every column but the name to the widest text it can show, header included."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        for column in range(1, self._dates.columnCount()):
            texts = self._dates.samples(column)
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            width = max(widest + CELL_PADDING, header.sectionSizeHint(column))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()  # zoomed: the same texts take more room

    def _clears(self, event: QKeyEvent) -> bool:
        """True when ``event`` is Delete or Backspace on an editable cell not being edited."""
        index = self.currentIndex()
        return bool(
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and index.isValid()
            and index.flags() & Qt.ItemFlag.ItemIsEditable
            and self.state() != QAbstractItemView.State.EditingState
        )

    def event(self, event: QEvent) -> bool:
        # Delete clears the cell here, before the window's Edit ▸ Delete shortcut takes it.
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and self._clears(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clears(event):
            self.clear_current()
            return
        super().keyPressEvent(event)

    def clear_current(self) -> bool:
        """Clear the current cell's date or decision (one undo step); False when nothing was."""
        index = self.currentIndex()
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        return bool(self.model().setData(index, None))


class ScheduleDialog(QDialog):
    """Project ▸ Phase and Gate Dates…: the two date tables in a window of their own.

    It stays open beside the Lifecycle or Scoping tab; every change is one undo step of the
    window's history, as in the Retrospective tab.
    """

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Schedule", "Phase and Gate Dates"))
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        self.phases = ScheduleTable(PhaseDatesModel(adapter, self), adapter, tabs)
        self.gates = ScheduleTable(GateDatesModel(adapter, self), adapter, tabs)
        tabs.addTab(self.phases, translate("Schedule", "Phase dates"))
        tabs.addTab(self.gates, translate("Schedule", "Gate decisions"))
        layout.addWidget(tabs, 1)
        hint = QLabel(
            translate(
                "Schedule",
                "Double-click a date to pick it from a calendar; Delete clears it. "
                "Edit ▸ Undo takes a change back.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # grey in light and dark
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
