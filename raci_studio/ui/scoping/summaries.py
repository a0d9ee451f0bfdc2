"""Summaries the MRD shows from the rest of the project: success metrics and the team.

The success metrics pair each business KPI with the model metrics that proxy it; baseline,
target and threshold are edited in place, and a model metric's KPI is picked from a list.
The team table lists, per phase, the Accountable and Responsible roles of the RACI grid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from raci_studio.core.actions import scoping as sa
from raci_studio.core.metrics import latest
from raci_studio.core.model import Metric, MetricCategory
from raci_studio.core.numbers import format_value, parse_number
from raci_studio.core.palette import METRIC_STATES
from raci_studio.core.scoping import (
    metric_state,
    other_metrics,
    role_names,
    success_pairs,
    team_summary,
)
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.scoping.delegates import CHOICES_ROLE, KIND_ROLE
from raci_studio.ui.scoping.sections import metric_state_words
from raci_studio.ui.scoping.table_model import Column, ColumnsModel

Index = QModelIndex | QPersistentModelIndex


def metric_columns() -> tuple[Column, ...]:
    """Return the success metrics table's columns, headers in the user's language."""
    return (
        Column("name", translate("Scoping", "Metric"), "label", stretch=True),
        Column("proxies", translate("Scoping", "Kind / proxies"), "kpi", width=230),
        Column("baseline", translate("Scoping", "Baseline"), "number", width=95),
        Column("target", translate("Scoping", "Target"), "number", width=95),
        Column("threshold", translate("Scoping", "Threshold"), "number", width=95),
        Column("", translate("Scoping", "Latest"), "label", width=180),
        Column("", translate("Scoping", "Status"), "label", width=140),
    )


def _kind_words(category: MetricCategory) -> str:
    """Return what kind of metric ``category`` is, in the user's language."""
    if category == MetricCategory.OPERATIONAL:
        return translate("Scoping", "Operational (latency, cost)")
    if category == MetricCategory.RESPONSIBLE:
        return translate("Scoping", "Responsible AI (fairness)")
    return str(category)


@dataclass(frozen=True)
class MetricLine:
    metric_id: str
    indent: bool


class SuccessMetricsModel(ColumnsModel):
    """Each business KPI followed by its proxy model metrics, then the other metrics."""

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.columns = metric_columns()
        self._lines = self._build()

    def _build(self) -> list[MetricLine]:
        project = self._adapter.project
        lines: list[MetricLine] = []
        for pair in success_pairs(project):
            if pair.kpi is not None:
                lines.append(MetricLine(pair.kpi.id, False))
            lines.extend(MetricLine(m.id, pair.kpi is not None) for m in pair.proxies)
        lines.extend(MetricLine(m.id, False) for m in other_metrics(project))
        return lines

    def refresh(self) -> None:
        lines = self._build()
        if lines != self._lines:
            self.beginResetModel()
            self._lines = lines
            self.endResetModel()
        elif lines:
            last = self.index(len(lines) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def metric_id(self, row: int) -> str:
        return self._lines[row].metric_id

    def _metric(self, row: int) -> Metric:
        ident = self._lines[row].metric_id
        return next(m for m in self._adapter.project.metrics if m.id == ident)

    def _row_count(self) -> int:
        return len(self._lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.kind == "number":
            return base | Qt.ItemFlag.ItemIsEditable
        if column.kind == "kpi" and self._metric(index.row()).category == MetricCategory.MODEL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        metric = self._metric(index.row())
        c = index.column()
        column = self.columns[c]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(metric, c, self._lines[index.row()].indent)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "number":
                value = getattr(metric, column.field)
                return "" if value is None else format_value(float(value)).replace(",", "")
            return metric.proxies if column.kind == "kpi" else None
        if role == Qt.ItemDataRole.ForegroundRole and c == 6:
            return QBrush(QColor(METRIC_STATES[metric_state(metric)][0]))
        kpi = metric.category == MetricCategory.BUSINESS_KPI
        if role == Qt.ItemDataRole.FontRole and c == 0 and kpi:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and c == 0:
            return translate("Scoping", "Double-click to open this metric in the Metrics view.")
        if role == KIND_ROLE:
            return column.kind
        if role == CHOICES_ROLE and column.kind == "kpi":
            kpis = [m for m in self._adapter.project.metrics if m.category == "business_kpi"]
            proxy = translate("Scoping", "Proxy for {kpi}")
            unlinked = translate("Scoping", "Model metric, not linked to a KPI")
            return [(unlinked, None)] + [(proxy.format(kpi=k.name), k.id) for k in kpis]
        return None

    def _display(self, metric: Metric, column: int, indent: bool) -> str:
        if column == 0:
            return ("↳ " if indent else "") + metric.name
        if column == 1:
            return self._kind(metric)
        if column in (2, 3, 4):
            value = getattr(metric, self.columns[column].field)
            return "—" if value is None else format_value(float(value), metric.unit)
        if column == 5:
            last = latest(metric)
            if last is None:
                return "—"
            return f"{format_value(last.value, metric.unit)} ({last.date.isoformat()})"
        return metric_state_words()[metric_state(metric)]

    def _kind(self, metric: Metric) -> str:
        if metric.category == MetricCategory.BUSINESS_KPI:
            return translate("Scoping", "Business KPI")
        if metric.category == MetricCategory.MODEL:
            kpi = next((m for m in self._adapter.project.metrics if m.id == metric.proxies), None)
            if kpi is None:
                return translate("Scoping", "Model metric, not linked to a KPI")
            return translate("Scoping", "Proxy for {kpi}").format(kpi=kpi.name)
        return _kind_words(MetricCategory(metric.category))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        ident = self._lines[index.row()].metric_id
        if column.kind == "kpi":
            edit = self._adapter.run(lambda p: sa.link_proxy(p, ident, value))
        else:
            edit = self._adapter.run(
                lambda p: sa.set_metric_value(p, ident, column.field, _number(value))
            )
        return edit is not None


def _number(value: Any) -> float | None:
    """Read a typed bound: empty clears it, anything else must be a finite number."""
    text = str(value).strip()
    return parse_number(text) if text else None


def team_columns() -> tuple[Column, ...]:
    """Return the team table's columns, headers in the user's language."""
    return (
        Column("", translate("Scoping", "Phase"), "label", width=220),
        Column("", translate("Scoping", "Accountable (A)"), "label", stretch=True),
        Column("", translate("Scoping", "Responsible (R)"), "label", stretch=True),
        Column("", translate("Scoping", "Activities"), "label", width=80),
    )


class TeamModel(ColumnsModel):
    """Per phase, the roles that are Accountable and Responsible for its activities."""

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.columns = team_columns()
        self._nobody = translate("Scoping", "— nobody —")
        self._rows = self._build()

    def _build(self) -> list[tuple[str, tuple[str, ...]]]:
        project = self._adapter.project
        return [
            (
                t.phase_id,
                (
                    t.phase_name,
                    ", ".join(role_names(project, t.accountable)) or self._nobody,
                    ", ".join(role_names(project, t.responsible)) or self._nobody,
                    str(t.activities),
                ),
            )
            for t in team_summary(project)
        ]

    def refresh(self) -> None:
        rows = self._build()
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def phase_id(self, row: int) -> str:
        return self._rows[row][0]

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ForegroundRole and text == self._nobody:
            return QBrush(QColor("#C0392B"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "Scoping", "Double-click to show this phase's activities in the RACI grid."
            )
        return None
