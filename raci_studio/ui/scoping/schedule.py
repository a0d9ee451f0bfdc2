"""The Scoping tab's Schedule section: the phase and gate date tables, edited in place.

The tables are the ones of the Dates window and the Retrospective tab
(:mod:`raci_studio.ui.schedule_tables`): a calendar picker in every date cell, each change one
undo step. Here they grow to their rows so the form scrolls as one page, and they follow the
window's selection: a phase or gate picked in another view is the row selected here, and a row
picked here is the phase or gate the other views show.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from raci_studio.core.findings import Subject
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.schedule_tables import GateDatesModel, PhaseDatesModel, ScheduleTable
from raci_studio.ui.scoping.widgets import bold
from raci_studio.ui.selection import Picked, Selection

DatesModel = PhaseDatesModel | GateDatesModel


class FitScheduleTable(ScheduleTable):
    """A schedule table as tall as its rows: the form scrolls, never the table."""

    def __init__(self, model: DatesModel, adapter: DocumentAdapter, parent: QWidget) -> None:
        super().__init__(model, adapter, parent)
        self.dates = model
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().setMinimumSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.setTabKeyNavigation(False)  # as the form's other tables: Tab moves on
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length()
        bar = self.horizontalScrollBar()
        if bar.isVisible():
            height += bar.sizeHint().height()
        hint.setHeight(height + 2 * self.frameWidth())
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # let the form scroll: the table shows all its rows


class ScheduleSection(QWidget):
    """The phases with their planned and actual dates, then the gates with their decisions.

    Signals
    -------
    open_requested(str, str)
        A phase or gate name was double-clicked (or Enter pressed on it): ``(kind, id)``.
    """

    open_requested = Signal(str, str)

    def __init__(
        self, adapter: DocumentAdapter, selection: Selection, source: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._selection = selection
        self._source = source
        self._following = False
        self._last: tuple[Subject, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.phases = FitScheduleTable(PhaseDatesModel(adapter, self), adapter, self)
        self.phases.setAccessibleName(translate("Scoping", "Phase dates"))
        self.phases_empty = QLabel(
            translate("Scoping", "No phases yet: add them in the Lifecycle tab."), self
        )
        self.gates = FitScheduleTable(GateDatesModel(adapter, self), adapter, self)
        self.gates.setAccessibleName(translate("Scoping", "Gate decisions"))
        self.gates_empty = QLabel(
            translate("Scoping", "No gates yet: add them in the Lifecycle tab."), self
        )
        phases_title = bold(QLabel(translate("Scoping", "Phases"), self))
        gates_title = bold(QLabel(translate("Scoping", "Gates"), self))
        for title, table, empty, kind in (
            (phases_title, self.phases, self.phases_empty, "phase"),
            (gates_title, self.gates, self.gates_empty, "gate"),
        ):
            title.setBuddy(table)
            layout.addWidget(title)
            layout.addWidget(table)
            layout.addWidget(empty)
            empty.setStyleSheet("color: #5D6D7E;")
            table.dates.modelReset.connect(self._show_empty)
            table.selectionModel().currentRowChanged.connect(
                lambda current, _previous, t=table, k=kind: self._picked(t, k, current)
            )
            for signal in (table.doubleClicked, table.activated):
                signal.connect(lambda index, t=table, k=kind: self._open(t, k, index))
        self._show_empty()

    def tables(self) -> tuple[FitScheduleTable, FitScheduleTable]:
        """Return the phases table and the gates table."""
        return self.phases, self.gates

    def _show_empty(self) -> None:
        for table, empty in ((self.phases, self.phases_empty), (self.gates, self.gates_empty)):
            rows = table.dates.rowCount()
            table.setVisible(rows > 0)
            empty.setVisible(rows == 0)

    # -- selection ---------------------------------------------------------------------------

    def _picked(
        self, table: FitScheduleTable, kind: Subject, current: QModelIndex | QPersistentModelIndex
    ) -> None:
        if self._following or not current.isValid():
            return
        self._last = (kind, table.dates.row_id(current.row()))
        self._selection.pick(kind, [self._last[1]], self._source)

    def _open(
        self, table: FitScheduleTable, kind: str, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.isValid() and index.column() == 0:  # the name: every other cell is edited
            self.open_requested.emit(kind, table.dates.row_id(index.row()))

    def follow(self, picked: Picked) -> None:
        """Select the rows of a phase or gate another view picked (the tab stays where it is)."""
        if picked.source == self._source or picked.kind not in ("phase", "gate"):
            return
        table = self.phases if picked.kind == "phase" else self.gates
        rows = [r for r in map(table.dates.row_of, picked.ids) if r is not None]
        if not rows:
            return
        self._following = True
        try:
            model = table.selectionModel()
            column = max(0, table.currentIndex().column())
            model.setCurrentIndex(
                table.dates.index(rows[0], column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        finally:
            self._following = False

    def current(self) -> tuple[Subject, str] | None:
        """Return the phase or gate last picked in a table (the first phase before that)."""
        if self._last is not None:
            kind, ident = self._last
            table = self.gates if kind == "gate" else self.phases
            if table.dates.row_of(ident) is not None:
                return self._last
        if self.phases.dates.rowCount():
            return "phase", self.phases.dates.row_id(0)
        return None

    def clear_focused(self) -> bool:
        """Clear the date or decision in the focused table's current cell (Edit ▸ Delete)."""
        return any(table.clear_current() for table in self.tables() if table.hasFocus())

    def refit(self) -> None:
        """Fit both tables to their rows again (after a zoom changed the font)."""
        for table in self.tables():
            table.resizeRowsToContents()
            QTimer.singleShot(0, table.updateGeometry)
