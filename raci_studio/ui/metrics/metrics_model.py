"""The metrics table: one row per metric, every edit pushed as an undoable core edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from raci_studio.core.actions import metrics as ma
from raci_studio.core.changes import Change
from raci_studio.core.metrics import CriterionState, MetricSummary, explain_criterion, summarise
from raci_studio.core.model import Direction, Metric, MetricCategory
from raci_studio.core.numbers import format_value, parse_number
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.metrics.status import status_icon
from raci_studio.ui.metrics.words import (
    category_labels,
    criterion_marks,
    direction_labels,
    status_words,
    trend_words,
)

Index = QModelIndex | QPersistentModelIndex

#: The columns' keys (a field or a computed value); computed columns are read-only.
COLUMNS: tuple[str, ...] = (
    "status", "name", "category", "unit", "direction", "baseline", "target", "threshold",
    "latest", "proxies", "gates", "description",
)  # fmt: skip
FIELD_COLUMN = {key: i for i, key in enumerate(COLUMNS)}
EDITABLE = set(ma.METRIC_FIELDS)


def column_headers() -> dict[str, str]:
    """Return each column's header in the user's language."""
    return {
        "status": translate("Metrics", "Status"),
        "name": translate("Metrics", "Name"),
        "category": translate("Metrics", "Category"),
        "unit": translate("Metrics", "Unit"),
        "direction": translate("Metrics", "Direction"),
        "baseline": translate("Metrics", "Baseline"),
        "target": translate("Metrics", "Target"),
        "threshold": translate("Metrics", "Threshold"),
        "latest": translate("Metrics", "Latest"),
        "proxies": translate("Metrics", "Stands in for KPI"),
        "gates": translate("Metrics", "Gates"),
        "description": translate("Metrics", "Description"),
    }


def number_text(value: float | None) -> str:
    """Return a number as typed in a cell: no separators, no trailing ".0"."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


class MetricsTableModel(QAbstractTableModel):
    """The project's metrics as rows; reads through the adapter and never holds a copy.

    Summaries (status, trend, drift) are computed per row on demand and cached until the
    row's metric changes.
    """

    ChoicesRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._summaries: dict[str, MetricSummary] = {}
        self._notes: dict[str, list[str]] = {}
        self._ids = self._current_ids()
        adapter.changed.connect(self._on_changed)

    def _current_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self._adapter.project.metrics)

    # -- reading ------------------------------------------------------------------------------

    def metric(self, row: int) -> Metric:
        return self._adapter.project.metrics[row]

    def row_of(self, metric_id: str) -> int | None:
        for i, metric in enumerate(self._adapter.project.metrics):
            if metric.id == metric_id:
                return i
        return None

    def summary(self, metric: Metric) -> MetricSummary:
        found = self._summaries.get(metric.id)
        if found is None or found.metric is not metric:
            found = self._summaries[metric.id] = summarise(metric)
        return found

    def set_notes(self, notes: dict[str, list[str]]) -> None:
        """Show these findings (metric id -> messages) in the status tooltips."""
        self._notes = notes
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._adapter.project.metrics)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_headers()[COLUMNS[section]]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        metric = self.metric(index.row())
        key = COLUMNS[index.column()]
        if role == self.IdRole:
            return metric.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(metric, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(metric, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            return status_icon(self.summary(metric).status)
        if role == self.StatusRole:
            return self.summary(metric).status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(metric, key)
        if role == self.ChoicesRole:
            return self._choices(metric, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ma.NUMBER_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, metric: Metric, key: str) -> str:
        if key == "status":
            return status_words()[self.summary(metric).status]
        if key == "category":
            return category_labels()[metric.category]
        if key == "direction":
            return direction_labels()[metric.direction]
        if key in ma.NUMBER_FIELDS:
            value = getattr(metric, key)
            return "" if value is None else format_value(value)
        if key == "latest":
            latest = self.summary(metric).latest
            if latest is None:
                return "—"
            return f"{format_value(latest.value, metric.unit)} ({latest.date.isoformat()})"
        if key == "proxies":
            return self._metric_name(metric.proxies) if metric.proxies else ""
        if key == "gates":
            return self._gates_text(metric)
        if key == "description":
            return " ".join(metric.description.split())[:200]
        return str(getattr(metric, key))

    def _edit_value(self, metric: Metric, key: str) -> Any:
        if key in ma.NUMBER_FIELDS:
            return number_text(getattr(metric, key))
        if key in ("category", "direction"):
            return getattr(metric, key).value
        if key == "proxies":
            return metric.proxies or ""
        if key in EDITABLE:
            return getattr(metric, key)
        return None

    def _choices(self, metric: Metric, key: str) -> list[tuple[str, str]] | None:
        if key == "category":
            return [(label, c.value) for c, label in category_labels().items()]
        if key == "direction":
            return [(label, d.value) for d, label in direction_labels().items()]
        if key == "proxies":
            kpis = [
                (m.name, m.id)
                for m in self._adapter.project.metrics
                if m.category == MetricCategory.BUSINESS_KPI and m.id != metric.id
            ]
            return [(translate("Metrics", "(none)"), ""), *kpis]
        return None

    def _metric_name(self, metric_id: str) -> str:
        for metric in self._adapter.project.metrics:
            if metric.id == metric_id:
                return metric.name
        return metric_id

    def _bound(self, metric: Metric) -> list[tuple[str, str, CriterionState]]:
        project = self._adapter.project
        out = []
        for gate in project.gates:
            for criterion in gate.criteria:
                if criterion.metric == metric.id:
                    state = explain_criterion(project, criterion).state
                    out.append((gate.name, criterion.text, state))
        return out

    def _gates_text(self, metric: Metric) -> str:
        marks = criterion_marks()
        parts = [
            translate("Metrics", "{gate}: {state}").format(gate=gate, state=marks[state])
            for gate, _, state in self._bound(metric)
        ]
        return "; ".join(parts)

    def _tooltip(self, metric: Metric, key: str) -> str | None:
        if key == "status":
            return self._status_tooltip(metric)
        if key == "gates":
            marks = criterion_marks()
            lines = [
                translate("Metrics", "{gate} — {criterion}: {state}").format(
                    gate=gate, criterion=text, state=marks[state]
                )
                for gate, text, state in self._bound(metric)
            ]
            return "\n".join(lines) or translate(
                "Metrics", "No gate criterion is bound to this metric."
            )
        if key == "description" and metric.description:
            return metric.description
        if key in ("category", "direction"):
            return self._display(metric, key)  # in full where a narrow column cuts it
        if key == "proxies":
            return translate("Metrics", "The business KPI this model metric stands in for.")
        return None

    def _status_tooltip(self, metric: Metric) -> str:
        summary = self.summary(metric)
        word = status_words()[summary.status]
        if metric.direction == Direction.LOWER:
            lines = [translate("Metrics", "{status} (lower is better)").format(status=word)]
        else:
            lines = [translate("Metrics", "{status} (higher is better)").format(status=word)]
        if summary.latest is not None:
            lines.append(
                translate("Metrics", "Latest: {value} on {date}").format(
                    value=format_value(summary.latest.value, metric.unit),
                    date=summary.latest.date.isoformat(),
                )
            )
        unset = translate("Metrics", "not set")
        target, threshold = metric.target, metric.threshold
        lines.append(
            translate("Metrics", "Target: {value}").format(
                value=unset if target is None else format_value(target)
            )
        )
        lines.append(
            translate("Metrics", "Threshold: {value}").format(
                value=unset if threshold is None else format_value(threshold)
            )
        )
        if summary.trend is not None:
            trend = trend_words()[summary.trend.direction]
            lines.append(translate("Metrics", "Trend: {trend}").format(trend=trend))
        warnings = summary.degradation.warnings
        if warnings and warnings[-1].ongoing:
            since = warnings[-1].start.isoformat()
            lines.append(translate("Metrics", "Drifting since {date}").format(date=since))
        lines += self._notes.get(metric.id, [])
        return "\n".join(lines)

    # -- editing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = COLUMNS[index.column()]
        if key not in EDITABLE:
            return False
        metric_id = self.metric(index.row()).id
        edit = self._adapter.run(
            lambda p: ma.edit_metric(p, metric_id, {key: self._parse(key, value)})
        )
        return edit is not None

    def _parse(self, key: str, value: Any) -> Any:
        if key in ma.NUMBER_FIELDS:
            text = str(value or "").strip()
            if not text:
                return None
            try:
                return parse_number(text)
            except ValueError as exc:
                column = column_headers()[key]
                raise ValueError(
                    translate("Metrics", "{column}: {problem}").format(column=column, problem=exc)
                ) from None
        if key == "proxies":
            return str(value) or None
        if key == "category":
            return MetricCategory(str(value))
        if key == "direction":
            return Direction(str(value))
        return str(value)

    # -- following the document ---------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        ids = self._current_ids()
        if change.everything or ids != self._ids:
            # Metrics were added, removed or reordered (inserting a measurement also counts as
            # restructuring "metrics", which is why the ids are compared).
            self.beginResetModel()
            self._ids = ids
            self._summaries.clear()
            self.endResetModel()
            return
        last = len(COLUMNS) - 1
        if change.concerns("metrics"):
            for metric_id in change.ids("metrics"):
                self._summaries.pop(metric_id, None)
                row = self.row_of(metric_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            if "name" in change.fields or "category" in change.fields:
                self._refresh_column("proxies")
            self._refresh_column("gates")  # bound criteria read the latest values
        elif change.concerns("gates") and self.rowCount():
            self._refresh_column("gates")

    def _refresh_column(self, key: str) -> None:
        column = FIELD_COLUMN[key]
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
