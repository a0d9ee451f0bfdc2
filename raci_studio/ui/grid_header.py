"""Sorting the grid from its column headers, and the headers' right-click menu.

A click on a header sorts the activities within each phase by that column; a second click
reverses the order and a third goes back to the plan's order. On a role's header a double
click edits the role, so a single click there sorts only once the double click can no
longer come.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QWidget

from raci_studio.ui.grid_columns import ColumnKind
from raci_studio.ui.grid_model import RaciTableModel
from raci_studio.ui.grid_rows import GridSort
from raci_studio.ui.i18n import translate


class HeaderSorting(QObject):
    """Drive the model's sort from clicks on the headers of the grid and its frozen column."""

    def __init__(self, model: RaciTableModel, headers: list[QHeaderView], parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._headers = headers
        #: Actions the header menu lists after the sort entries (the column switches).
        self.menu_actions: list[QAction] = []
        self._pending: int | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(QApplication.doubleClickInterval())
        self._timer.timeout.connect(self._sort_pending)
        for header in headers:
            header.setSectionsClickable(True)
            header.setSortIndicatorShown(True)
            header.sectionClicked.connect(self._clicked)
            header.sectionDoubleClicked.connect(self._double_clicked)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(lambda pos, h=header: self._show_menu(h, pos))
        for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved):
            signal.connect(self.show_indicator)
        self.show_indicator()

    def _clicked(self, column: int) -> None:
        self.show_indicator()  # Qt flips the indicator itself; ours follows the model
        if self._model.columns.kind(column) is ColumnKind.ROLE:
            self._pending = column
            self._timer.start()
        else:
            self.cycle(column)

    def _double_clicked(self, _column: int) -> None:
        self._timer.stop()
        self._pending = None

    def _sort_pending(self) -> None:
        if self._pending is not None:
            self.cycle(self._pending)
        self._pending = None

    def cycle(self, column: int) -> None:
        """Sort by ``column`` ascending, then descending, then back to the plan's order."""
        key = self._model.columns.sort_key_at(column)
        if key is None:
            return
        current = self._model.grid_sort
        if current is None or current.key != key:
            self.sort_by(key, descending=False)
        elif not current.descending:
            self.sort_by(key, descending=True)
        else:
            self.plan_order()

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Sort activities within their phases by ``key``."""
        self._model.set_sort(GridSort(key, descending))
        self.show_indicator()

    def plan_order(self) -> None:
        """Show activities in the plan's order again."""
        self._model.set_sort(None)
        self.show_indicator()

    def show_indicator(self, *_args) -> None:
        """Put the sort arrow on the sorted column's header (none in plan order)."""
        sort = self._model.grid_sort
        column = None if sort is None else self._model.columns.column_for_sort_key(sort.key)
        order = (
            Qt.SortOrder.DescendingOrder
            if sort is not None and sort.descending
            else Qt.SortOrder.AscendingOrder
        )
        for header in self._headers:
            header.blockSignals(True)
            header.setSortIndicator(-1 if column is None else column, order)
            header.blockSignals(False)

    def _show_menu(self, header: QHeaderView, pos: QPoint) -> None:
        menu = self.build_menu(header.logicalIndexAt(pos), header)
        menu.popup(header.viewport().mapToGlobal(pos))

    def build_menu(self, column: int, parent: QWidget) -> QMenu:
        """The header's menu for ``column``: sort entries, then the column switches."""
        menu = QMenu(parent)
        key = self._model.columns.sort_key_at(column) if column >= 0 else None
        if key is not None:
            up = menu.addAction(translate("Grid", "Sort Ascending"))
            up.triggered.connect(lambda: self.sort_by(key, False))
            down = menu.addAction(translate("Grid", "Sort Descending"))
            down.triggered.connect(lambda: self.sort_by(key, True))
        plan = menu.addAction(translate("Grid", "Plan Order"))
        plan.setEnabled(self._model.grid_sort is not None)
        plan.triggered.connect(self.plan_order)
        if self.menu_actions:
            menu.addSeparator()
            menu.addActions(self.menu_actions)
        return menu
