"""The RACI tab: a filter bar above the grid, and the grid's own commands.

The tracking columns (due date, status, deliverable) are shown or hidden from the View menu
or the column headers' menu; the choice is the user's, remembered in the settings, not the
project's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from raci_studio.core.actions import raci as actions
from raci_studio.core.actions.schedule import TRACKING_FIELDS
from raci_studio.core.changes import Change
from raci_studio.core.findings import Finding
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import FindingsModel
from raci_studio.ui.grid_fields import field_menu_text
from raci_studio.ui.grid_filter_bar import FilterBar
from raci_studio.ui.grid_model import RaciTableModel
from raci_studio.ui.grid_rows import RowKind
from raci_studio.ui.grid_view import RaciGridView
from raci_studio.ui.i18n import translate
from raci_studio.ui.selection import Picked, Selection
from raci_studio.ui.view import EditCommand

#: The settings key of the tracking columns the user shows.
COLUMNS_KEY = "grid/columns"  # i18n: not shown


class GridPanel(QWidget):
    """Filter bar + RACI grid, following the document and the window's selection."""

    message = Signal(str)
    paste_report = Signal(str, list)
    #: A role's column header was double-clicked: edit that role (the current column).
    role_edit_requested = Signal()

    def __init__(
        self,
        adapter: DocumentAdapter,
        findings: FindingsModel,
        selection: Selection,
        parent=None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._selection = selection
        self._findings = findings
        self._settings = settings or QSettings("RACI Studio", "RACI Studio")  # i18n: not shown
        self.model = RaciTableModel(adapter, self)
        self.filter_bar = FilterBar(self)
        self.view = RaciGridView(adapter, self.model, self)
        self._zoom = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)
        self.setTabOrder(self.filter_bar.clear_button, self.view)
        self.column_actions = self._make_column_actions()
        self.view.sorting.menu_actions = list(self.column_actions.values())
        self.model.set_shown_fields(self._remembered_fields())
        self.find_box = self.filter_bar.find_box
        self.view.message.connect(self.message)
        self.view.paste_report.connect(self.paste_report)
        findings.updated.connect(self._apply_findings)
        adapter.changed.connect(self._on_changed)
        selection.changed.connect(self._follow_selection)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.horizontalHeader().sectionDoubleClicked.connect(self._header_double_clicked)
        self.filter_bar.changed.connect(self._apply_filter)
        self.model.modelReset.connect(self._show_count)
        self.model.layoutChanged.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.model.rowsRemoved.connect(self._show_count)
        self.filter_bar.fill_choices(adapter.project)
        self._apply_findings()
        self._show_count()

    # -- the tracking columns ---------------------------------------------------------------

    def _make_column_actions(self) -> dict[str, QAction]:
        actions_by_field = {}
        for field in TRACKING_FIELDS:
            action = QAction(field_menu_text(field), self)
            action.setCheckable(True)
            action.setToolTip(translate("Grid", "Show or hide this column of the RACI grid"))
            action.toggled.connect(self._columns_toggled)
            actions_by_field[field] = action
        return actions_by_field

    def _remembered_fields(self) -> list[str]:
        value = self._settings.value(COLUMNS_KEY, [])
        # an ini file gives a one-item list back as a plain string
        stored = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        fields = [f for f in stored if f in TRACKING_FIELDS]
        for field, action in self.column_actions.items():
            action.blockSignals(True)
            action.setChecked(field in fields)
            action.blockSignals(False)
        return fields

    def _columns_toggled(self, _checked: bool) -> None:
        shown = [f for f, action in self.column_actions.items() if action.isChecked()]
        self.model.set_shown_fields(shown)
        self._settings.setValue(COLUMNS_KEY, shown)

    def show_columns(self, fields: list[str]) -> None:
        """Show exactly these tracking columns (and remember the choice)."""
        for field, action in self.column_actions.items():
            action.setChecked(field in fields)

    def _show_count(self, *_args) -> None:
        grid_filter = self.model.filter
        activities = self._adapter.project.activities
        if not grid_filter.active:
            self.filter_bar.show_count(len(activities), len(activities), active=False)
            return
        shown = sum(1 for a in activities if grid_filter.keeps(a))
        self.filter_bar.show_count(shown, len(activities), active=True)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_bar.grid_filter(self.model.filter.collapsed))
        self._show_count()

    def clear_filter(self) -> None:
        """Show every activity again."""
        self.filter_bar.clear()

    def _on_changed(self, change: Change) -> None:
        if change.concerns("phases", "roles"):
            self.filter_bar.fill_choices(self._adapter.project)
        if self.model.filter.active:
            self._show_count()

    def _apply_findings(self) -> None:
        self.model.problems = self._findings.problems_at
        self.model.set_findings(*self._findings.marks())

    # -- the window's selection ----------------------------------------------------------------

    def _follow_selection(self, picked: Picked) -> None:
        if picked.source == "grid":
            return
        project = self._adapter.project
        if picked.kind == "phase":
            members = [a.id for a in project.activities if a.phase in picked.ids]
            self.view.select_rows(members)
        elif picked.kind == "activity" and picked.ids:
            self.view.select_rows(list(picked.ids))

    def _header_double_clicked(self, column: int) -> None:
        if self.model.role_at(column) is None:
            return
        row = max(0, self.view.currentIndex().row())
        self.view.setCurrentIndex(self.model.index(row, column))
        self.role_edit_requested.emit()

    def _current_row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        kind, ident = self.model.row_info(current.row())
        if kind is RowKind.ACTIVITY:
            self._selection.pick("activity", [ident], "grid")
        elif kind is RowKind.PHASE:
            self._selection.pick("phase", [ident], "grid")

    def show_finding(self, finding: Finding) -> None:
        """Select what a finding names: a cell, a row, a role column or a phase."""
        if not finding.ids:
            return
        if finding.subject == "cell":
            self.view.select_activity(
                finding.ids[0], finding.ids[1] if len(finding.ids) > 1 else None
            )
        elif finding.subject == "activity":
            self.view.select_activity(finding.ids[0])
        elif finding.subject == "role":
            column = self.model.column_for(finding.ids[0])
            if column is not None:
                self.view.selectColumn(column)
        elif finding.subject == "phase":
            row = self.model.row_for(RowKind.PHASE, finding.ids[0])
            if row is not None:
                self.view.selectRow(row)

    # -- commands the window's menus call ----------------------------------------------------------

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def add_activity(self) -> None:
        project = self._adapter.project
        phase = self.view.current_phase()
        if phase is None:
            self.message.emit(
                translate("Grid", "Add a phase first: every activity belongs to a phase.")
            )
            return
        index = None
        current = self.view.currentIndex()
        if current.isValid() and self.model.row_info(current.row())[0] is RowKind.ACTIVITY:
            ident = self.model.row_info(current.row())[1]
            index = next(i for i, a in enumerate(project.activities) if a.id == ident) + 1
        edit = self._adapter.run(lambda p: actions.add_activity(p, "New activity", phase, index))
        if edit is not None and edit.created is not None:
            self.view.select_activity(edit.created)
            self.view.rename_current()

    def delete_selected(self) -> None:
        """Delete clears letters in cells; on whole activity rows it deletes the activities."""
        indexes = self.view.selectionModel().selectedIndexes()
        name_only = indexes and all(i.column() == 0 for i in indexes)
        activities = self.view.selected_activities()
        if name_only and activities:
            self._adapter.run(lambda p: actions.remove_activities(p, activities))
        else:
            self.view.clear_selection_letters()

    def delete_activities(self) -> None:
        activities = self.view.selected_activities()
        if activities:
            self._adapter.run(lambda p: actions.remove_activities(p, activities))

    def zoom(self, step: int) -> None:
        """Make the grid's text larger (+1), smaller (-1) or back to normal (0)."""
        self._zoom = 0 if step == 0 else max(-3, min(6, self._zoom + step))
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() + self._zoom))
        for view in (self.view, self.view._frozen):
            view.setFont(font)
            view.verticalHeader().setDefaultSectionSize(26 + 3 * self._zoom)

    # -- the View protocol ---------------------------------------------------------------------

    def window_actions(self) -> list[QAction]:
        """The View menu's switches of the tracking columns."""
        return list(self.column_actions.values())

    def commit_pending(self) -> None:
        """Nothing to do: a grid cell's editor commits when it closes."""

    def edit_commands(self) -> dict[EditCommand, Callable[[], object]]:
        """What the Edit menu's commands do here."""
        return {
            "cut": self.view.cut,
            "copy": self.view.copy,
            "paste": self.view.paste,
            "delete": self.delete_selected,
            "select-all": self.view.selectAll,
            "find": self.focus_find,
            "rename": self.view.rename_current,
        }


def current_role_of(panel: GridPanel) -> str | None:
    """The role of the current column, if the current cell is in a role column."""
    return panel.model.role_at(panel.view.currentIndex().column())
