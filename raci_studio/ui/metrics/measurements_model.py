"""The measurements of one metric as an editable table (date, value, note, source)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt

from raci_studio.core.actions import metrics as ma
from raci_studio.core.changes import Change
from raci_studio.core.model import Measurement, Metric
from raci_studio.core.numbers import format_value, parse_date, parse_number
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.metrics.metrics_model import number_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("date", "value", "note", "source")


def column_headers() -> dict[str, str]:
    """Return each column's header in the user's language."""
    return {
        "date": translate("Metrics", "Date"),
        "value": translate("Metrics", "Value"),
        "note": translate("Metrics", "Note"),
        "source": translate("Metrics", "Source"),
    }


class MeasurementsModel(QAbstractTableModel):
    """Rows are the measurements of the shown metric, in the order the project lists them."""

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.metric_id: str | None = None
        self._count = 0
        adapter.changed.connect(self._on_changed)

    def show_metric(self, metric_id: str | None) -> None:
        """Show the measurements of ``metric_id`` (None: an empty table)."""
        if metric_id == self.metric_id:
            return
        self.beginResetModel()
        self.metric_id = metric_id
        self._count = len(self._rows())
        self.endResetModel()

    def metric(self) -> Metric | None:
        for metric in self._adapter.project.metrics:
            if metric.id == self.metric_id:
                return metric
        return None

    def _rows(self) -> list[Measurement]:
        metric = self.metric()
        return [] if metric is None else metric.measurements

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_headers()[COLUMNS[section]]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self._rows()
        if not index.isValid() or index.row() >= len(rows):
            return None
        m = rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "date":
                return m.date.isoformat()
            if key == "value":
                return format_value(m.value)
            return " ".join(getattr(m, key).split())
        if role == Qt.ItemDataRole.EditRole:
            if key == "date":
                return QDate(m.date.year, m.date.month, m.date.day)
            if key == "value":
                return number_text(m.value)
            return getattr(m, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "note" and m.note:
            return m.note
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        metric = self.metric()
        if role != Qt.ItemDataRole.EditRole or metric is None or not index.isValid():
            return False
        key, row = COLUMNS[index.column()], index.row()
        edit = self._adapter.run(
            lambda p: ma.edit_measurement(p, metric.id, row, {key: _parse(key, value)})
        )
        return edit is not None

    def _on_changed(self, change: Change) -> None:
        if not change.everything and self.metric_id not in change.ids("metrics"):
            return
        count = len(self._rows())
        if change.everything or count != self._count or self.metric() is None:
            self.beginResetModel()
            if self.metric() is None:
                self.metric_id = None
            self._count = len(self._rows())
            self.endResetModel()
        elif count:
            # Same number of rows (a value edited, a date moved): repaint, keep the cursor.
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))


def _parse(key: str, value: Any) -> Any:
    if key == "date":
        if isinstance(value, QDate):
            return dt.date(value.year(), value.month(), value.day())
        return parse_date(str(value))
    if key == "value":
        return parse_number(str(value))
    return " ".join(str(value).split()) if key == "source" else str(value)
