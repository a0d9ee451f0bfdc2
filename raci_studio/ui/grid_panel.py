"""The RACI tab: a filter bar above the grid, and the grid's own commands."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from raci_studio.core.actions import raci as actions
from raci_studio.core.changes import Change
from raci_studio.core.findings import Finding
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import FindingsModel
from raci_studio.ui.grid_model import RaciTableModel
from raci_studio.ui.grid_rows import GridFilter, RowKind
from raci_studio.ui.grid_view import RaciGridView
from raci_studio.ui.selection import Picked, Selection
from raci_studio.ui.view import EditCommand

LETTER_FILTERS = [
    ("holds any letter", "RACIS"),
    ("is R or A", "RA"),
    ("is R", "R"),
    ("is A", "A"),
    ("is C", "C"),
    ("is I", "I"),
]


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
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._selection = selection
        self._findings = findings
        self.model = RaciTableModel(adapter, self)
        self.view = RaciGridView(adapter, self.model, self)
        self._zoom = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._make_filter_bar())
        layout.addWidget(self.view)
        self.view.message.connect(self.message)
        self.view.paste_report.connect(self.paste_report)
        findings.updated.connect(self._apply_findings)
        adapter.changed.connect(self._on_changed)
        selection.changed.connect(self._follow_selection)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.horizontalHeader().sectionDoubleClicked.connect(self._header_double_clicked)
        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self._apply_filter)
        self._fill_filter_choices()
        self._apply_findings()

    def _make_filter_bar(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 4, 6, 4)
        self.find_box = QLineEdit(bar)
        self.find_box.setPlaceholderText("Filter activities…")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(lambda _: self._filter_timer.start())
        self.phase_box = QComboBox(bar)
        self.role_box = QComboBox(bar)
        self.letter_box = QComboBox(bar)
        for label, letters in LETTER_FILTERS:
            self.letter_box.addItem(label, letters)
        self.letter_box.setCurrentIndex(1)
        for box in (self.phase_box, self.role_box, self.letter_box):
            box.currentIndexChanged.connect(self._apply_filter)
        row.addWidget(self.find_box, 2)
        row.addWidget(QLabel("Phase:", bar))
        row.addWidget(self.phase_box, 1)
        row.addWidget(QLabel("Show rows where", bar))
        row.addWidget(self.role_box, 1)
        row.addWidget(self.letter_box)
        return bar

    def _fill_filter_choices(self) -> None:
        project = self._adapter.project
        for box, items, everyone in (
            (self.phase_box, [(p.name, p.id) for p in project.phases], "All phases"),
            (self.role_box, [(r.name, r.id) for r in project.roles], "any role"),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for name, ident in items:
                box.addItem(name, ident)
            found = box.findData(current)
            box.setCurrentIndex(max(0, found))
            box.blockSignals(False)

    def _apply_filter(self) -> None:
        phase = self.phase_box.currentData()
        self.model.set_filter(
            GridFilter(
                text=self.find_box.text().strip(),
                phases=frozenset({phase}) if phase else frozenset(),
                role=self.role_box.currentData(),
                letters=self.letter_box.currentData() or "",
                collapsed=self.model.filter.collapsed,
            )
        )

    def _on_changed(self, change: Change) -> None:
        if change.concerns("phases", "roles"):
            self._fill_filter_choices()

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
            self.message.emit("Add a phase first: every activity belongs to a phase.")
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
        """Nothing to add to the View menu."""
        return []

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
