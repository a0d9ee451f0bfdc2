"""The RACI grid as a Qt table model over the document (no copy of the project data).

Rows are phase header rows, each followed by its activities, and a workload row at the end.
Column 0 is the activity name, then the tracking fields the user shows, one column per role,
and a summary column (see :mod:`raci_studio.ui.grid_columns`). Which rows show, in what order,
and the workload counts, are worked out in :mod:`raci_studio.ui.grid_rows`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from raci_studio.core.actions import raci as actions
from raci_studio.core.changes import Change
from raci_studio.core.findings import Finding
from raci_studio.core.model import Activity
from raci_studio.core.scheme import display_letters
from raci_studio.core.spoken import cell_sentence, problem_words, workload_sentence
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.grid_columns import ColumnKind, GridColumns
from raci_studio.ui.grid_drag import RowDragging, RowReshaping
from raci_studio.ui.grid_fields import field_data, field_edit, field_header
from raci_studio.ui.grid_rows import (
    NAME_COLUMN,
    GridFilter,
    GridSort,
    Row,
    RowKind,
    count_letters,
    layout_rows,
    role_heat,
    workload_text,
)
from raci_studio.ui.i18n import translate


class RaciTableModel(RowDragging, RowReshaping):
    """Rows of phases and activities × columns of roles, editing through the document."""

    LettersRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    IdRole = Qt.ItemDataRole.UserRole + 3
    RoleIdRole = Qt.ItemDataRole.UserRole + 4
    SeverityRole = Qt.ItemDataRole.UserRole + 5
    HeatRole = Qt.ItemDataRole.UserRole + 6
    CollapsedRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.filter = GridFilter()
        #: How activities are ordered within their phase (None: the plan's order).
        self.grid_sort: GridSort | None = None
        self._rows: list[Row] = []
        self._row_of: dict[Row, int] = {}
        self._roles: list[str] = []
        self._columns = GridColumns()
        self._first_role = self._columns.first_role  # read for every painted cell
        self._activity: dict[str, Activity] = {}
        self._workload: dict[str, dict[str, int]] | None = None
        self._row_severity: dict[str, str] = {}
        self._cell_severity: dict[tuple[str, str], str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        #: Findings about an activity (role None) or a cell, for what screen readers say.
        self.problems: Callable[[str, str | None], list[Finding]] = lambda _a, _r: []
        self._rebuild()
        adapter.changed.connect(self._on_changed)

    # -- structure --------------------------------------------------------------------------

    @property
    def columns(self) -> GridColumns:
        """Which column shows what (see :mod:`raci_studio.ui.grid_columns`)."""
        return self._columns

    @columns.setter
    def columns(self, columns: GridColumns) -> None:
        self._columns = columns
        self._first_role = columns.first_role

    def _rebuild(self) -> None:
        project = self._adapter.project
        self._activity = {a.id: a for a in project.activities}
        self._roles = [r.id for r in project.roles]
        self.columns = GridColumns(tuple(self._roles), self.columns.fields)
        self._rows = self._layout()
        self._row_of = {row: i for i, row in enumerate(self._rows)}
        self._workload = None

    def _on_changed(self, change: Change) -> None:
        if change.everything:
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
            return
        if change.reshaped("activities", "phases", "roles") or change.concerns("project"):
            self._restructure()
        elif change.cells and (self.filter.role or self._sorted_by_role()):
            self._restructure()  # a letter change can move a row in or out, or along
        elif change.ids("activities") and (self.filter.active or self.grid_sort is not None):
            self._restructure()  # a new status, date or name can move a row in or out, or along
        if change.cells:
            self._workload = None
            self._cells_changed(change.cells)
        touched = change.ids("activities") | change.ids("phases")
        for ident in touched:
            for kind in (RowKind.ACTIVITY, RowKind.PHASE):
                row = self._row_of.get((kind, ident))
                if row is not None:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, self.columnCount() - 1)
                    )
        if change.ids("roles") and not change.reshaped("roles") and self._roles:
            first = self.columns.first_role
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, first, first + len(self._roles) - 1
            )

    def _layout(self) -> list[Row]:
        codes = self._adapter.document.scheme.codes
        return layout_rows(self._adapter.project, self.filter, self.grid_sort, codes)

    def _sorted_by_role(self) -> bool:
        return self.grid_sort is not None and self.grid_sort.key.startswith("role:")

    def _restructure(self) -> None:
        """Follow an insert, removal or reorder with the narrowest signals Qt allows."""
        old_rows, old_roles = self._rows, self._roles
        project = self._adapter.project
        new_roles = [r.id for r in project.roles]
        self._activity = {a.id: a for a in project.activities}
        new_rows = self._layout()
        self._workload = None
        if new_roles != old_roles:
            self.beginResetModel()
            self._rows, self._roles = new_rows, new_roles
            self.columns = GridColumns(tuple(new_roles), self.columns.fields)
            self._row_of = {row: i for i, row in enumerate(new_rows)}
            self.endResetModel()
            return
        if set(new_rows) == set(old_rows):
            self._relayout(new_rows)
        elif not self._insert_or_remove(old_rows, new_rows):
            self.beginResetModel()
            self._rows = new_rows
            self._row_of = {row: i for i, row in enumerate(new_rows)}
            self.endResetModel()
        self._emit_all_data()

    def _cells_changed(self, cells: frozenset[tuple[str, str]]) -> None:
        first = self.columns.first_role
        col_of = {r: first + i for i, r in enumerate(self._roles)}
        found_rows = (self._row_of.get((RowKind.ACTIVITY, a)) for a, _ in cells)
        found_cols = (col_of.get(r) for _, r in cells)
        rows = [r for r in found_rows if r is not None]
        cols = [c for c in found_cols if c is not None]
        if rows and cols:
            # One rectangle (plus summary column and workload row) repaints a whole paste.
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), min(cols)), self.index(max(rows), last))
        workload = len(self._rows) - 1
        self.dataChanged.emit(self.index(workload, 0), self.index(workload, self.columnCount() - 1))

    def _emit_all_data(self) -> None:
        if self._rows:
            bottom = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), bottom)

    def set_filter(self, grid_filter: GridFilter) -> None:
        """Show only the activities ``grid_filter`` keeps (a view state, not an edit)."""
        self.filter = grid_filter
        self._restructure()

    def set_sort(self, grid_sort: GridSort | None) -> None:
        """Order activities within their phases (None: the plan's order); not an edit."""
        if grid_sort == self.grid_sort:
            return
        self.grid_sort = grid_sort
        self._restructure()

    def shown_fields(self) -> tuple[str, ...]:
        """The tracking fields shown as columns, left to right."""
        return self.columns.fields

    def toggle_collapsed(self, phase_id: str) -> None:
        collapsed = self.filter.collapsed
        collapsed.symmetric_difference_update({phase_id})
        self._restructure()

    def set_findings(self, rows: dict[str, str], cells: dict[tuple[str, str], str]) -> None:
        """Mark rows and cells that break a rule (worst severity per row and per cell)."""
        if rows == self._row_severity and cells == self._cell_severity:
            return
        old_rows, old_cells = self._row_severity, self._cell_severity
        self._row_severity, self._cell_severity = rows, cells
        changed = {k for k in rows.keys() | old_rows.keys() if rows.get(k) != old_rows.get(k)}
        changed |= {
            a
            for (a, r) in cells.keys() | old_cells.keys()
            if cells.get((a, r)) != old_cells.get((a, r))
        }
        if len(changed) > 200:
            self._emit_all_data()
            return
        last = self.columnCount() - 1
        for key in changed:  # repaint only the rows whose marks changed
            kind, ident = (
                (RowKind.PHASE, key[6:]) if key.startswith("phase:") else (RowKind.ACTIVITY, key)
            )
            row = self._row_of.get((kind, ident))
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # -- lookups the views use -------------------------------------------------------------

    def row_info(self, row: int) -> Row:
        return self._rows[row]

    def row_for(self, kind: RowKind, ident: str) -> int | None:
        return self._row_of.get((kind, ident))

    def role_at(self, column: int) -> str | None:
        """The role shown in ``column``, or None for other columns."""
        return self.columns.role_at(column)

    def column_for(self, role_id: str) -> int | None:
        """The column of a role, or None."""
        return self.columns.column_for_role(role_id)

    def field_at(self, column: int) -> str | None:
        """The tracking field shown in ``column``, or None for other columns."""
        return self.columns.field_at(column)

    def activity(self, activity_id: str) -> Activity:
        """The activity of an activity row's id."""
        return self._activity[activity_id]

    def scheme_codes(self) -> str:
        return self._adapter.document.scheme.codes

    def letter_names(self) -> dict[str, str]:
        """Each letter's name in the project's scheme ("R" → "Responsible")."""
        return {letter.code: letter.name for letter in self._adapter.document.scheme.letters}

    @property
    def summary_column(self) -> int:
        return self._first_role + len(self._roles)

    def cell_at(self, index: QModelIndex) -> tuple[str, str] | None:
        """Return (activity id, role id) for a letter cell, else None."""
        if not index.isValid():
            return None
        kind, ident = self._rows[index.row()]
        role = self.role_at(index.column())
        if kind is RowKind.ACTIVITY and role is not None:
            return ident, role
        return None

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        # the sum itself, not GridColumns.count: Qt asks for every painted cell
        return 0 if parent.isValid() else self._first_role + len(self._roles) + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        kind, ident = self._rows[index.row()]
        column = index.column()
        if kind is RowKind.ACTIVITY:
            offset = column - self._first_role
            if 0 <= offset < len(self._roles):
                role_id = self._roles[offset]
                if role == self.LettersRole or role == Qt.ItemDataRole.DisplayRole:
                    letters = self._activity[ident].raci.get(role_id, "")
                    return letters if role == self.LettersRole else display_letters(letters)
                if role == self.SeverityRole:
                    return self._cell_severity.get((ident, role_id))
                if role == Qt.ItemDataRole.EditRole:
                    return self._activity[ident].raci.get(role_id, "")
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self._spoken_cell(ident, role_id)
                return None
            if NAME_COLUMN < column < self._first_role:  # a tracking field
                field = self._columns.fields[column - NAME_COLUMN - 1]
                if role == self.KindRole:
                    return RowKind.ACTIVITY
                if role == self.IdRole:
                    return ident
                return field_data(self._activity[ident], field, role, dt.date.today())
            return self._activity_data(ident, column, role)
        if kind is RowKind.PHASE:
            return self._phase_data(ident, column, role)
        return self._workload_data(column, role)

    def _spoken_cell(self, activity_id: str, role_id: str) -> str:
        activity = self._activity[activity_id]
        role = next((r.name for r in self._adapter.project.roles if r.id == role_id), role_id)
        problems = problem_words(self.problems(activity_id, role_id))
        letters = activity.raci.get(role_id, "")
        return cell_sentence(activity.name, role, letters, self._adapter.document.scheme, problems)

    def _activity_data(self, ident: str, column: int, role: int):
        activity = self._activity[ident]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == NAME_COLUMN:
            problems = problem_words(self.problems(ident, None))
            if not problems:
                return activity.name
            return translate("Grid", "{activity}; breaks: {problems}").format(
                activity=activity.name, problems=problems
            )
        if column == NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return activity.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return activity.description or activity.name
        elif role == Qt.ItemDataRole.DisplayRole:
            joined = "".join(activity.raci.values())
            return "  ".join(f"{c} {joined.count(c)}" for c in self.scheme_codes())
        if role == self.SeverityRole:
            return self._row_severity.get(ident)
        if role == self.KindRole:
            return RowKind.ACTIVITY
        if role == self.IdRole:
            return ident
        return None

    def _phase_data(self, ident: str, column: int, role: int):
        if role == self.KindRole:
            return RowKind.PHASE
        if role == self.IdRole:
            return ident
        if role == self.CollapsedRole:
            return ident in self.filter.collapsed
        if column != NAME_COLUMN:
            return None
        phase = next((p for p in self._adapter.project.phases if p.id == ident), None)
        if phase is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return phase.name
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == self.SeverityRole:
            return self._row_severity.get(f"phase:{ident}")
        return None

    def _workload_data(self, column: int, role: int):
        if role == self.KindRole:
            return RowKind.WORKLOAD
        if column == NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Grid", "Workload")
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        role_id = self.role_at(column)
        if role_id is None:
            return None
        counts = self.workload()[role_id]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = next((r.name for r in self._adapter.project.roles if r.id == role_id), role_id)
            return workload_sentence(name, counts, self._adapter.document.scheme)
        if role == Qt.ItemDataRole.DisplayRole:
            return workload_text(counts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(f"{n} × {c}" for c, n in counts.items())
        if role == self.HeatRole:
            return self._heat(role_id)
        if role == Qt.ItemDataRole.BackgroundRole:
            heat = self._heat(role_id)
            return QBrush(QColor.fromHsvF(0.08, 0.15 + 0.6 * heat, 1.0))
        return None

    def workload(self) -> dict[str, dict[str, int]]:
        """Per role, how many cells hold each letter (computed once per change)."""
        if self._workload is None:
            self._workload = count_letters(
                self._adapter.project, self._roles, self._adapter.document.scheme.codes
            )
        return self._workload

    def _heat(self, role_id: str) -> float:
        return role_heat(self.workload(), role_id)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind = self.columns.kind(section)
        if kind is ColumnKind.NAME:
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Grid", "Click to sort; right-click to show or hide columns")
            return translate("Grid", "Activity") if role == Qt.ItemDataRole.DisplayRole else None
        if kind is ColumnKind.SUMMARY:
            return translate("Grid", "Summary") if role == Qt.ItemDataRole.DisplayRole else None
        if kind is ColumnKind.FIELD:
            field = self.columns.field_at(section)
            if field is not None and role == Qt.ItemDataRole.DisplayRole:
                return field_header(field)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Grid", "Click to sort; right-click to show or hide columns")
            return None
        role_id = self.role_at(section)
        if role_id is None:
            return None
        roles = self._adapter.project.roles
        info = roles[section - self.columns.first_role]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.short or info.name
        if role == Qt.ItemDataRole.ToolTipRole:
            people = f"\n{', '.join(info.people)}" if info.people else ""
            return f"{info.name}{people}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if info.people:
                return translate("Grid", "Role {name} ({people})").format(
                    name=info.name, people=", ".join(info.people)
                )
            return translate("Grid", "Role {name}").format(name=info.name)
        if role == self.RoleIdRole:
            return role_id
        return None

    _SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    _EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
    _DRAGGABLE = _EDITABLE | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
    _DROP_TARGET = _EDITABLE | Qt.ItemFlag.ItemIsDropEnabled

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind = self._rows[index.row()][0]
        column = index.column()
        if kind is RowKind.ACTIVITY and column == NAME_COLUMN:
            return self._DRAGGABLE
        if kind is RowKind.ACTIVITY and column < self._first_role + len(self._roles):
            return self._EDITABLE
        if kind is RowKind.PHASE and column == NAME_COLUMN:
            return self._DROP_TARGET
        return self._SELECTABLE

    def paint_info(self, row: int, column: int) -> tuple[RowKind, str | None, str | None]:
        """What the delegate paints, in one call: (row kind, letters or None, severity)."""
        kind, ident = self._rows[row]
        offset = column - self._first_role
        if kind is RowKind.ACTIVITY and 0 <= offset < len(self._roles):
            role = self._roles[offset]
            letters = self._activity[ident].raci.get(role, "")
            return kind, letters, self._cell_severity.get((ident, role))
        if kind is RowKind.PHASE:
            return kind, None, self._row_severity.get(f"phase:{ident}")
        if kind is RowKind.ACTIVITY:
            return kind, None, self._row_severity.get(ident)
        return kind, None, None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        kind, ident = self._rows[index.row()]
        field = self.columns.field_at(index.column())
        if field is not None:
            return kind is RowKind.ACTIVITY and self.set_field([ident], field, value)
        if index.column() == NAME_COLUMN:
            name = str(value).strip()
            if not name:
                return False
            if name == self.data(index, Qt.ItemDataRole.EditRole):
                return True  # an editor closing on an unchanged name is not an edit
            collection = "activities" if kind is RowKind.ACTIVITY else "phases"
            return (
                self._adapter.run(lambda p: actions.rename(p, collection, ident, name)) is not None
            )
        cell = self.cell_at(index)
        if cell is None:
            return False
        scheme = self._adapter.document.scheme
        try:
            if scheme.parse(str(value)) == self.data(index, self.LettersRole):
                return True  # an editor closing on unchanged letters is not an edit
        except ValueError:
            pass  # the adapter says why when it builds the edit below
        edit = self._adapter.run(lambda p: actions.set_letters(p, [cell], scheme.parse(str(value))))
        return edit is not None

    def set_field(self, activity_ids: Sequence[str], field: str, value: object) -> bool:
        """Set a tracking field of activities as one undo step; False when nothing changed."""
        ids = list(activity_ids)
        return self._adapter.run(lambda p: field_edit(p, ids, field, value)) is not None
