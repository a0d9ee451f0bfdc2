"""The RACI grid view: a table with a frozen activity column, keyboard editing, copy and paste."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from raci_studio.core.actions import raci as actions
from raci_studio.core.actions import schedule
from raci_studio.core.edits import Edit
from raci_studio.core.palette import Scheme
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.grid_clipboard import copy_block, paste_block
from raci_studio.ui.grid_delegate import GridDelegate
from raci_studio.ui.grid_header import HeaderSorting
from raci_studio.ui.grid_model import RaciTableModel
from raci_studio.ui.grid_rows import NAME_COLUMN, RowKind
from raci_studio.ui.i18n import translate

ROW_HEIGHT = 26
NAME_WIDTH = 360
#: The name column grows into spare width up to this (names rarely need more).
MAX_NAME_WIDTH = 720
SUMMARY_WIDTH = 150
#: Widths of the tracking columns: a date, a status with its badge, a short deliverable.
FIELD_WIDTHS = {"due": 96, "status": 118, "deliverable": 200}
# The frozen column's right edge; a style sheet, so the palette is given anew on a scheme change.
_FROZEN_STYLE: dict[Scheme, str] = {
    "light": "QTableView { border: none; border-right: 1px solid #9AA5B1; }",  # i18n: not shown
    "dark": "QTableView { border: none; border-right: 1px solid #5A6470; }",  # i18n: not shown
}


class RaciGridView(QTableView):
    """The grid: type R/A/C/I to toggle letters in the selection, Delete to clear.

    Signals
    -------
    message(str)
        Something to tell the user in the status bar (a refused letter, a paste report).
    paste_report(str, list)
        A paste left cells out: a summary and one line per cell that was not understood.
    """

    message = Signal(str)
    paste_report = Signal(str, list)

    def __init__(self, adapter: DocumentAdapter, model: RaciTableModel, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._name_width_chosen = False
        self._fitting_name = False
        self._grid_model = model
        self.setModel(model)
        self.setItemDelegate(GridDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._frozen = self._make_frozen_column()
        #: Actions of the right-click menu (None = separator); the window fills this in.
        self.context_actions: list = []
        self._frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._frozen.customContextMenuRequested.connect(
            lambda pos: self._show_menu(self._frozen.viewport().mapToGlobal(pos))
        )
        model.modelReset.connect(self._columns_changed)
        model.columnsInserted.connect(self._columns_changed)
        model.columnsRemoved.connect(self._columns_changed)
        #: Sorting by a click on a column header, and the headers' menu.
        self.sorting = HeaderSorting(
            model, [self.horizontalHeader(), self._frozen.horizontalHeader()], self
        )
        self._tall_row = -1
        for changed in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            changed.connect(self._size_workload_row)
        self._columns_changed()
        self._size_workload_row()

    def set_scheme(self, scheme: Scheme) -> None:
        """Repaint in the light or dark colours (a style sheet keeps the palette it was given)."""
        delegate = self.itemDelegate()
        if isinstance(delegate, GridDelegate):
            delegate.set_scheme(scheme)
        self._frozen.setStyleSheet(_FROZEN_STYLE[scheme])
        self.viewport().update()
        self._frozen.viewport().update()

    def model(self) -> RaciTableModel:
        """The grid's model, with its own methods (Qt would only promise an item model)."""
        return self._grid_model

    # -- the frozen activity column (the Qt "frozen column" technique) -------------------------

    def _make_frozen_column(self) -> QTableView:
        frozen = QTableView(self)
        frozen.setModel(self.model())
        frozen.setItemDelegate(self.itemDelegate())
        frozen.setSelectionModel(self.selectionModel())
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().hide()
        frozen.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frozen.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        frozen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        frozen.setDragEnabled(True)  # drag activity names to reorder them or change phase
        frozen.setAcceptDrops(True)
        frozen.setDropIndicatorShown(True)
        frozen.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        frozen.setDefaultDropAction(Qt.DropAction.MoveAction)
        frozen.setStyleSheet(_FROZEN_STYLE["light"])
        frozen.setWordWrap(False)
        self.viewport().stackUnder(frozen)
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        frozen.clicked.connect(self._frozen_clicked)
        frozen.show()
        return frozen

    def _columns_changed(self, *args) -> None:
        model = self.model()
        count = model.columnCount()
        for column in range(count):
            self._frozen.setColumnHidden(column, column != NAME_COLUMN)
        metrics = QFontMetrics(self.horizontalHeader().font())
        for column in range(1, count - 1):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            # Wide enough for the header (and its sort arrow) and two chips; never measure rows.
            field = model.field_at(column)
            least = FIELD_WIDTHS[field] if field else 58
            self.setColumnWidth(column, max(least, metrics.horizontalAdvance(text) + 30))
        self.setColumnWidth(count - 1, SUMMARY_WIDTH)
        self._fit_name_column()

    def _size_workload_row(self, *args) -> None:
        """Give the workload row (the last) two lines, so each role's counts show whole.

        The row that was last before keeps no extra height (Qt keeps a row's height by its
        number, not by what the row shows).
        """
        last = self.model().rowCount() - 1
        normal = self.verticalHeader().defaultSectionSize()
        for view in (self, self._frozen):
            if 0 <= self._tall_row < self.model().rowCount() and self._tall_row != last:
                view.setRowHeight(self._tall_row, normal)
        self._tall_row = last
        if last >= 0:
            height = max(normal, 2 * QFontMetrics(self.font()).lineSpacing() + 8)
            self.setRowHeight(last, height)
            self._frozen.setRowHeight(last, height)

    def _fit_name_column(self) -> None:
        """Give the activity names the width the window has to spare (unless the user chose)."""
        if self._name_width_chosen:
            return
        others = sum(self.columnWidth(c) for c in range(1, self.model().columnCount()))
        spare = self.viewport().width() - others - 2
        width = max(NAME_WIDTH, min(MAX_NAME_WIDTH, spare))
        self._fitting_name = True
        self.setColumnWidth(NAME_COLUMN, width)
        self._frozen.setColumnWidth(NAME_COLUMN, width)
        self._fitting_name = False
        self._update_frozen_geometry()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == NAME_COLUMN:
            if not self._fitting_name:
                self._name_width_chosen = True  # dragged by the user: keep it
            self._frozen.setColumnWidth(NAME_COLUMN, new)
            self._update_frozen_geometry()

    def _update_frozen_geometry(self) -> None:
        frame = self.frameWidth()
        self._frozen.setGeometry(
            frame,
            frame,
            self.columnWidth(NAME_COLUMN),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_name_column()

    def moveCursor(self, action, modifiers):
        current = super().moveCursor(action, modifiers)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() > 0
            and self.visualRect(current).topLeft().x() < self._frozen.columnWidth(0)
        ):
            bar = self.horizontalScrollBar()
            target = self.columnViewportPosition(current.column()) - self._frozen.columnWidth(0)
            bar.setValue(bar.value() + target)
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() > NAME_COLUMN:
            super().scrollTo(index, hint)
            return
        # The name column is always visible: scroll vertically only.
        keep = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(keep)

    def _frozen_clicked(self, index: QModelIndex) -> None:
        model = self.model()
        if model.data(index, RaciTableModel.KindRole) == RowKind.PHASE:
            rect = self._frozen.visualRect(index)
            pos = self._frozen.viewport().mapFromGlobal(self.cursor().pos())
            if pos.x() - rect.x() < 22:
                model.toggle_collapsed(model.data(index, RaciTableModel.IdRole))

    def contextMenuEvent(self, event) -> None:
        self._show_menu(event.globalPos())

    def _show_menu(self, where) -> None:
        if not self.context_actions:
            return
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(where)

    def rename_current(self) -> None:
        """Edit the name of the current activity or phase in place."""
        index = self.currentIndex()
        if not index.isValid():
            return
        name = self.model().index(index.row(), NAME_COLUMN)
        self._frozen.setFocus()
        self._frozen.setCurrentIndex(name)
        self._frozen.edit(name)

    # -- selection helpers ---------------------------------------------------------------------

    def selected_fields(self) -> list[tuple[str, str]]:
        """The (activity id, field) of selected tracking cells (or the current one)."""
        model = self.model()
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        found = []
        for index in indexes:
            field = model.field_at(index.column()) if index.isValid() else None
            if field is not None:
                kind, ident = model.row_info(index.row())
                if kind is RowKind.ACTIVITY:
                    found.append((ident, field))
        return found

    def selected_cells(self) -> list[tuple[str, str]]:
        model = self.model()
        cells = (model.cell_at(i) for i in self.selectionModel().selectedIndexes())
        found = [c for c in cells if c is not None]
        if not found:
            current = model.cell_at(self.currentIndex())
            found = [current] if current else []
        return found

    def selected_activities(self) -> list[str]:
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        infos = (model.row_info(r) for r in rows)
        return [ident for kind, ident in infos if kind is RowKind.ACTIVITY]

    def current_phase(self) -> str | None:
        """The phase of the current row (a phase row or an activity row)."""
        index = self.currentIndex()
        project = self._adapter.project
        if index.isValid():
            kind, ident = self.model().row_info(index.row())
            if kind is RowKind.PHASE:
                return ident
            if kind is RowKind.ACTIVITY:
                return next(a.phase for a in project.activities if a.id == ident)
        return project.phases[0].id if project.phases else None

    def select_activity(self, activity_id: str, role_id: str | None = None) -> None:
        model = self.model()
        row = model.row_for(RowKind.ACTIVITY, activity_id)
        if row is None:
            activity = next(
                (a for a in self._adapter.project.activities if a.id == activity_id), None
            )
            if activity is None:
                return
            model.filter.collapsed.discard(activity.phase)
            model.set_filter(model.filter)
            row = model.row_for(RowKind.ACTIVITY, activity_id)
            if row is None:
                self.message.emit(translate("Grid", "That activity is hidden by the filter."))
                return
        column = model.column_for(role_id) if role_id else NAME_COLUMN
        index = model.index(row, column or NAME_COLUMN)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.setFocus()

    def select_rows(self, activity_ids: list[str]) -> None:
        """Select whole rows of the given activities (e.g. a phase picked in the diagram)."""
        model = self.model()
        selection = QItemSelection()
        last = model.columnCount() - 1
        for ident in activity_ids:
            row = model.row_for(RowKind.ACTIVITY, ident)
            if row is not None:
                selection.select(model.index(row, 0), model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.scrollTo(selection.indexes()[0])

    # -- editing ---------------------------------------------------------------------------------

    def _push(self, edit: Edit | None) -> None:
        self._adapter.push(edit)

    def event(self, event) -> bool:
        # F2 edits what has the focus: the letter picker on a role cell, the name on the name
        # cell; the window's Rename (also F2) must not take the key from the grid.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_F2
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        text = event.text().upper()
        codes = self.model().scheme_codes()
        plain = not mods & ~Qt.KeyboardModifier.KeypadModifier
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
        elif plain and event.text().strip() and self._on_field():
            self._edit_typing(event)
        elif plain and len(text) == 1 and text.isalpha():
            if self.currentIndex().column() == NAME_COLUMN:
                self.rename_current()
            elif text in codes:
                self.toggle_letter(text)
            else:
                self.message.emit(
                    translate("Grid", '"{letter}" is not a {scheme} letter.').format(
                        letter=text, scheme=self._adapter.project.scheme
                    )
                )
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_selection_letters()
        elif key == Qt.Key.Key_F2 and self.currentIndex().column() == NAME_COLUMN:
            self.rename_current()
        elif mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_current(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def toggle_letter(self, letter: str) -> None:
        cells = self.selected_cells()
        if cells:
            self._push(actions.toggle_letter(self._adapter.project, cells, letter))

    def _edit_typing(self, event) -> None:
        """Open the current tracking cell's editor with the typed key (as spreadsheets do)."""
        triggers = self.editTriggers()
        self.setEditTriggers(triggers | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.AnyKeyPressed, event)
        self.setEditTriggers(triggers)

    def _on_field(self) -> bool:
        index = self.currentIndex()
        return (
            index.isValid()
            and self.model().field_at(index.column()) is not None
            and self.model().row_info(index.row())[0] is RowKind.ACTIVITY
        )

    def clear_selection_letters(self) -> None:
        """Clear the letters and tracking fields of the selected cells, as one step."""
        cells = self.selected_cells()
        fields = self.selected_fields()
        if not cells and not fields:
            return
        project = self._adapter.project
        self._push(
            schedule.together(
                [
                    actions.clear_cells(project, cells) if cells else None,
                    schedule.clear_tracking(project, fields) if fields else None,
                ],
                translate("Grid", "Clear cells"),
            )
        )

    def step_current(self, delta: int) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        kind, ident = self.model().row_info(index.row())
        if kind is RowKind.ACTIVITY and self.model().grid_sort is not None:
            # the plan's order would change where nobody sees it
            self.message.emit(
                translate("Grid", "The rows are sorted: choose Plan Order to move activities.")
            )
        elif kind is RowKind.ACTIVITY:
            edit = actions.step_activity(self._adapter.project, ident, delta)
            if self._adapter.push(edit):
                self.select_activity(ident, self.model().role_at(index.column()))

    def copy(self) -> None:
        """Copy the selected block as tab-separated text (what spreadsheets paste)."""
        copy_block(self)

    def cut(self) -> None:
        self.copy()
        self.clear_selection_letters()

    def paste(self, text: str | None = None) -> None:
        """Fill the grid from tab-separated text, starting at the current cell."""
        paste_block(self, self._adapter, text)
