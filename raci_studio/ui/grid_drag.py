"""Moving grid rows and columns: dragging activities, the signals for moved rows and columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt

from raci_studio.core.actions import raci as actions
from raci_studio.core.model import Activity
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.grid_columns import GridColumns
from raci_studio.ui.grid_rows import GridSort, Row, RowKind


class RowDragging:
    """The drag-and-drop half of the grid model: activity ids out, one move edit in."""

    MIME = "application/x-raci-studio-activities"
    _rows: list[Row]
    _activity: dict[str, Activity]
    _adapter: DocumentAdapter
    grid_sort: GridSort | None

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        ids = [self._rows[r][1] for r in rows if self._rows[r][0] is RowKind.ACTIVITY]
        data = QMimeData()
        data.setData(self.MIME, QByteArray("\n".join(ids).encode("utf-8")))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Move the dragged activities before the row dropped on (one undo step)."""
        if not data.hasFormat(self.MIME):
            return False
        ids = [i for i in bytes(data.data(self.MIME).data()).decode("utf-8").split("\n") if i]
        target = parent.row() if parent.isValid() else row
        if not ids or target < 0:
            return False
        kind, ident = self._rows[min(target, len(self._rows) - 1)]
        project = self._adapter.project
        if kind is RowKind.PHASE:
            phase, before = (
                ident,
                next(
                    (a.id for a in project.activities if a.phase == ident and a.id not in ids), None
                ),
            )
        elif kind is RowKind.ACTIVITY:
            # sorted rows show no plan order to drop into: the activities join the phase's end
            phase = self._activity[ident].phase
            before = ident if self.grid_sort is None else None
        else:  # below the last phase: the end of the last phase
            phase, before = project.phases[-1].id, None
        self._adapter.run(lambda p: actions.place_activities(p, ids, phase, before))
        return False  # the document moved the rows; the view must not remove them itself


class RowReshaping(QAbstractTableModel):
    """Tell views about moved, inserted or removed rows, and shown or hidden columns, with the
    narrowest signals Qt has."""

    _rows: list[Row]
    _row_of: dict[Row, int]
    columns: GridColumns
    grid_sort: GridSort | None

    def set_sort(self, grid_sort: GridSort | None) -> None:
        raise NotImplementedError

    def set_shown_fields(self, fields: Sequence[str]) -> None:
        """Show these tracking fields as columns (inserting or removing only what changes)."""
        for field in self.columns.with_fields(fields).fields:
            if field not in self.columns.fields:
                after = self.columns.with_fields((*self.columns.fields, field))
                column = after.column_for_field(field)
                assert column is not None
                self.beginInsertColumns(QModelIndex(), column, column)
                self.columns = after
                self.endInsertColumns()
        for field in self.columns.fields:
            if field not in fields:
                column = self.columns.column_for_field(field)
                assert column is not None
                self.beginRemoveColumns(QModelIndex(), column, column)
                self.columns = self.columns.with_fields(
                    [f for f in self.columns.fields if f != field]
                )
                self.endRemoveColumns()
        if (
            self.grid_sort is not None
            and self.columns.column_for_sort_key(self.grid_sort.key) is None
        ):
            self.set_sort(None)  # a hidden column no longer orders the rows

    def _relayout(self, new_rows: list[Row]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = new_rows
        self._row_of = {row: i for i, row in enumerate(new_rows)}
        persistent = self.persistentIndexList()
        moved = [
            self.index(self._row_of[old[p.row()]], p.column()) if p.row() < len(old) else p
            for p in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _insert_or_remove(self, old: list[Row], new: list[Row]) -> bool:
        """Signal one contiguous insertion or removal; False when the change is not one."""
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        tail = 0
        while tail < min(len(old), len(new)) - start and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        if len(new) > len(old) and start + tail == len(old):
            self.beginInsertRows(QModelIndex(), start, len(new) - tail - 1)
            self._rows = new
            self._row_of = {row: i for i, row in enumerate(new)}
            self.endInsertRows()
            return True
        if len(new) < len(old) and start + tail == len(new):
            self.beginRemoveRows(QModelIndex(), start, len(old) - tail - 1)
            self._rows = new
            self._row_of = {row: i for i, row in enumerate(new)}
            self.endRemoveRows()
            return True
        return False
