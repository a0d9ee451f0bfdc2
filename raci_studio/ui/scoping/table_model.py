"""Table models over the MRD's lists: data requirements, risks, assumptions, constraints, the
go/no-go checklist and the decision log.

A model reads the rows from the document on every call and never keeps a copy; ``setData``
builds an edit with :mod:`raci_studio.core.actions.scoping` and pushes it, and the cell
repaints when the document says it changed (:meth:`ScopingTableModel.refresh`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal, get_args

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from raci_studio.core.actions import scoping as sa
from raci_studio.core.criteria import op_sign
from raci_studio.core.edits import Edit
from raci_studio.core.go_no_go import CriterionView, go_no_go_summary
from raci_studio.core.metrics import GateState
from raci_studio.core.model import ConstraintKind, Level
from raci_studio.core.numbers import format_value
from raci_studio.core.palette import HEAT_COLOURS, VERDICT_STYLE
from raci_studio.core.scoping import risk_heat, risk_score
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.scoping.delegates import CHOICES_ROLE, KIND_ROLE

Index = QModelIndex | QPersistentModelIndex


def level_words() -> dict[Level, str]:
    """Return each likelihood or impact level in the user's language."""
    return {
        Level.LOW: translate("Scoping", "Low"),
        Level.MEDIUM: translate("Scoping", "Medium"),
        Level.HIGH: translate("Scoping", "High"),
    }


def kind_words() -> dict[ConstraintKind, str]:
    """Return each kind of constraint in the user's language."""
    return {
        ConstraintKind.LATENCY: translate("Scoping", "Latency"),
        ConstraintKind.COST: translate("Scoping", "Cost"),
        ConstraintKind.FAIRNESS: translate("Scoping", "Fairness"),
        ConstraintKind.LEGAL: translate("Scoping", "Legal"),
        ConstraintKind.OTHER: translate("Scoping", "Other"),
    }


OPS = (">=", "<=", ">", "<")

#: How a cell shows and which editor the delegate opens for it.
ColumnKind = Literal[
    "text",
    "multiline",
    "role",
    "level",
    "constraint",
    "date",
    "metric",
    "op",
    "number",
    "kpi",
    "label",
    "score",
    "verdict",
    "check",
]
COLUMN_KINDS = frozenset(get_args(ColumnKind))


@dataclass(frozen=True)
class Column:
    """One column of an MRD table.

    ``kind`` picks how the cell shows and which editor the delegate opens: ``text``,
    ``multiline``, ``role``, ``level``, ``constraint``, ``date``, ``metric``, ``op``,
    ``number``, ``kpi``, ``label``, ``score`` (read-only), ``verdict``
    (read-only) or ``check``. A kind outside that list fails when the column is declared.
    """

    field: str
    header: str
    kind: ColumnKind = "text"
    stretch: bool = False
    width: int = 0

    def __post_init__(self) -> None:
        if self.kind not in COLUMN_KINDS:
            raise ValueError(f"'{self.kind}' is not a kind of MRD column")

    @property
    def editable(self) -> bool:
        return self.kind not in ("score", "verdict")


def section_columns() -> dict[str, tuple[Column, ...]]:
    """Return each MRD table's columns, headers in the user's language."""
    owner = translate("Scoping", "Owner")
    decided_by = translate("Scoping", "Decided by")
    return {
        "data_requirements": (
            Column("dataset", translate("Scoping", "Data set"), stretch=True),
            Column("source", translate("Scoping", "Source"), stretch=True),
            Column("owner", owner, "role", width=140),
            Column("availability", translate("Scoping", "Availability"), stretch=True),
            Column("sensitivity", translate("Scoping", "Sensitivity / PII"), stretch=True),
            Column(
                "quality_concerns",
                translate("Scoping", "Quality concerns"),
                "multiline",
                stretch=True,
            ),
        ),
        "risks": (
            Column("description", translate("Scoping", "Risk"), "multiline", stretch=True),
            Column("likelihood", translate("Scoping", "Likelihood"), "level", width=90),
            Column("impact", translate("Scoping", "Impact"), "level", width=90),
            Column("", translate("Scoping", "Score"), "score", width=80),
            Column("mitigation", translate("Scoping", "Mitigation"), "multiline", stretch=True),
            Column("owner", owner, "role", width=140),
        ),
        "assumptions": (
            Column("text", translate("Scoping", "Assumption"), "multiline", stretch=True),
        ),
        "constraints": (
            Column("kind", translate("Scoping", "Kind"), "constraint", width=100),
            Column("text", translate("Scoping", "Constraint"), "multiline", stretch=True),
        ),
        "go_no_go": (
            Column("checked", translate("Scoping", "Done"), "check", width=52),
            Column("text", translate("Scoping", "Criterion"), "multiline", stretch=True),
            Column("metric", decided_by, "metric", width=190),
            Column("op", translate("Scoping", "Op"), "op", width=46),
            Column("value", translate("Scoping", "Value"), "number", width=80),
            Column("checked_by", translate("Scoping", "Checked by"), "role", width=140),
            Column("checked_on", translate("Scoping", "On"), "date", width=96),
            Column("", translate("Scoping", "State"), "verdict", stretch=True),
        ),
        "decision_log": (
            Column("date", translate("Scoping", "Date"), "date", width=96),
            Column("decision", translate("Scoping", "Decision"), "multiline", stretch=True),
            Column("by", decided_by, "role", width=150),
            Column("rationale", translate("Scoping", "Rationale"), "multiline", stretch=True),
        ),
    }


class ColumnsModel(QAbstractTableModel):
    """A flat table whose columns are :class:`Column` descriptions; subclasses give the rows."""

    columns: tuple[Column, ...]

    def _row_count(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


class ScopingTableModel(ColumnsModel):
    """Rows of one MRD table (``section``: a key of :func:`section_columns`)."""

    ChoicesRole = CHOICES_ROLE  # [(label, value)] for a picker
    KindRole = KIND_ROLE  # the column kind, for the delegate

    def __init__(self, adapter: DocumentAdapter, section: str, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.section = section
        self.columns = section_columns()[section]
        self._levels = level_words()
        self._kinds = kind_words()
        self._ids = self._current_ids()
        self._verdicts: dict[str, CriterionView] = {}
        if section == "go_no_go":
            self._evaluate()

    # -- reading ---------------------------------------------------------------------------

    def rows(self) -> list[Any]:
        return sa.rows(self._adapter.project, self.section)

    def _current_ids(self) -> list[str]:
        return [r.id for r in self.rows()]

    def row_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, row_id: str) -> int | None:
        return self._ids.index(row_id) if row_id in self._ids else None

    def _evaluate(self) -> None:
        summary = go_no_go_summary(self._adapter.project)
        self._verdicts = {v.criterion.id: v for v in summary.items}

    def refresh(self) -> None:
        """Follow the document: reset when rows came or went, else repaint every cell."""
        if self.section == "go_no_go":
            self._evaluate()
        ids = self._current_ids()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            last = self.index(len(ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _row_count(self) -> int:
        return len(self._ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        item = self._item(index.row())
        if column.kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable if item.metric is None else base
        if self.section == "go_no_go" and not self._criterion_field_applies(item, column):
            return base
        return base | Qt.ItemFlag.ItemIsEditable if column.editable else base

    @staticmethod
    def _criterion_field_applies(item: Any, column: Column) -> bool:
        if column.field in ("op", "value"):
            return item.metric is not None
        if column.field in ("checked_by", "checked_on"):
            return item.metric is None
        return True

    def _item(self, row: int) -> Any:
        return sa.row(self._adapter.project, self.section, self._ids[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        item = self._item(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "check":
            if item.metric is not None:
                return None
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colour(item, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("score", "op", "check"):
            return Qt.AlignmentFlag.AlignCenter
        if role == self.ChoicesRole:
            return self._choices(column)
        if role == self.KindRole:
            return column.kind
        return None

    def _display(self, item: Any, column: Column) -> str | None:
        kind = column.kind
        if kind == "score":
            level = self._levels[risk_heat(item)].lower()
            return translate("Scoping", "{score} · {level}").format(
                score=risk_score(item), level=level
            )
        if kind == "verdict":
            view = self._verdicts.get(item.id)
            if view is None:
                return ""
            return view.brief
        if kind == "check":
            return None if item.metric is None else "auto"
        value = getattr(item, column.field)
        if value is None or value == "":
            return self._placeholder(item, column)
        if kind == "role":
            return self._role_name(value)
        if kind == "level":
            return self._levels[Level(value)]
        if kind == "constraint":
            return self._kinds[ConstraintKind(value)]
        if kind == "date":
            return value.isoformat()
        if kind == "metric":
            return self._metric_name(value)
        if kind == "op":
            return op_sign(value)
        if kind == "number":
            return format_value(float(value), self._unit(item))
        return str(value)

    def _placeholder(self, item: Any, column: Column) -> str:
        if column.kind == "metric":
            return translate("Scoping", "Manual check")
        if self.section == "go_no_go" and item.metric is not None:
            if column.field == "op":
                view = self._verdicts.get(item.id)
                return op_sign(view.result.op) if view and view.result.op else ""
            if column.field == "value":
                view = self._verdicts.get(item.id)
                if view and view.result.expected is not None:
                    return f"({format_value(float(view.result.expected))})"
        return ""

    def _edit_value(self, item: Any, column: Column) -> Any:
        if column.kind in ("score", "verdict", "check"):
            return None
        value = getattr(item, column.field)
        if column.kind == "date":
            return QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        if column.kind in ("level", "constraint"):
            return value.value if value is not None else None
        if column.kind == "number":
            return "" if value is None else format_value(float(value)).replace(",", "")
        return value if value is not None else ""

    def _tooltip(self, item: Any, column: Column) -> str | None:
        if column.kind == "verdict":
            view = self._verdicts.get(item.id)
            return view.words if view else None
        if column.kind == "score":
            return translate(
                "Scoping", "Likelihood × impact (1 to 9): 1–2 low, 3–4 medium, 6–9 high."
            )
        if column.kind == "check":
            if item.metric is not None:
                return translate("Scoping", "Evaluated from its metric: no check mark needed.")
            return translate(
                "Scoping", "Tick when a person has checked this criterion (dated today)."
            )
        text = self._display(item, column)
        return text if text and len(text) > 30 else None

    def _colour(self, item: Any, column: Column, role: int) -> QBrush | None:
        background = role == Qt.ItemDataRole.BackgroundRole
        if column.kind == "score":
            fill, ink = HEAT_COLOURS[risk_heat(item)]
            return QBrush(QColor(fill if background else ink))
        if background:
            return None
        if column.kind == "verdict":
            view = self._verdicts.get(item.id)
            return QBrush(QColor(VERDICT_STYLE[view.verdict][0])) if view else None
        if column.kind in ("metric", "op", "number") and getattr(item, column.field) is None:
            return QBrush(QColor("#7F8C8D"))  # a default shown in grey, not a value
        return None

    def verdict(self, row: int) -> GateState | None:
        view = self._verdicts.get(self._ids[row])
        return view.verdict if view else None

    def _unit(self, item: Any) -> str:
        metric_id = getattr(item, "metric", None)
        found = next((m for m in self._adapter.project.metrics if m.id == metric_id), None)
        return found.unit if found else ""

    def _role_name(self, role_id: str) -> str:
        return next((r.name for r in self._adapter.project.roles if r.id == role_id), role_id)

    def _metric_name(self, metric_id: str) -> str:
        found = next((m.name for m in self._adapter.project.metrics if m.id == metric_id), None)
        if found is None:
            return translate("Scoping", "Metric: {id} (missing)").format(id=metric_id)
        return translate("Scoping", "Metric: {name}").format(name=found)

    def _choices(self, column: Column) -> list[tuple[str, Any]] | None:
        project = self._adapter.project
        if column.kind == "role":
            return [("—", None)] + [(r.name, r.id) for r in project.roles]
        if column.kind == "level":
            return [(w, level.value) for level, w in self._levels.items()]
        if column.kind == "constraint":
            return [(w, kind.value) for kind, w in self._kinds.items()]
        if column.kind == "metric":
            bound = translate("Scoping", "Metric: {name}")
            manual = [(translate("Scoping", "Manual check"), None)]
            return manual + [(bound.format(name=m.name), m.id) for m in project.metrics]
        if column.kind == "op":
            return [(translate("Scoping", "(default)"), None)] + [(op_sign(op), op) for op in OPS]
        return None

    # -- editing ---------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        row_id = self._ids[index.row()]
        return self._adapter.run(lambda _p: self._edit_for(row_id, column, value, role)) is not None

    def _edit_for(self, row_id: str, column: Column, value: Any, role: int) -> Edit | None:
        project = self._adapter.project
        if column.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return None
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return sa.check_criterion(project, row_id, checked)
        if role != Qt.ItemDataRole.EditRole or not column.editable:
            return None
        if column.kind == "metric":
            if value is None:
                return sa.make_manual(project, row_id)
            item = sa.row(project, "go_no_go", row_id)
            return sa.bind_criterion(project, row_id, value, item.op, item.value)
        return sa.edit_row(project, self.section, row_id, {column.field: _coerce(column, value)})


def _coerce(column: Column, value: Any) -> Any:
    """Turn what an editor gives into the value the model field takes."""
    if column.kind == "date":
        if isinstance(value, QDate):
            return dt.date(value.year(), value.month(), value.day())
        return value
    if column.kind == "number":
        text = str(value).strip().replace(",", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            said = translate("Scoping", "“{value}” is not a number")
            raise ValueError(said.format(value=value)) from None
    if column.kind == "role" and value == "":
        return None
    return value
