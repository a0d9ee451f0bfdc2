"""The activities with their due date, status and deliverable: sortable, filterable, editable.

A table beside the phase and gate dates: click a header to sort, type in the filter box or
pick a status to narrow the rows, right-click a header to show or hide a column. Every edit
is one undo step built by :mod:`raci_studio.core.actions.schedule`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions import schedule as sa
from raci_studio.core.changes import Change
from raci_studio.core.model import WorkStatus
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.schedule_tables import KindRole, ScheduleDelegate, ValueRole

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 3
#: The fields shown, one per column.
FIELDS = ("name", "phase", "accountable", "due", "status", "deliverable")


def column_titles() -> tuple[str, ...]:
    """Return the column headers in the user's language, in :data:`FIELDS` order."""
    return (
        translate("Retrospective", "Activity"),
        translate("Retrospective", "Phase"),
        translate("Retrospective", "Accountable"),
        translate("Retrospective", "Due"),
        translate("Retrospective", "Status"),
        translate("Retrospective", "Deliverable"),
    )


EDITABLE = {"due", "status", "deliverable"}
WIDTHS = (280, 150, 150, 96, 96, 200)
#: The status filter's choice that keeps every row (a marker, never shown).
ANY_STATUS = "*"


class ActivityTrackingModel(QAbstractTableModel):
    """One row per activity: its phase, Accountable role, due date, status and deliverable."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        adapter.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.concerns("activities", "phases", "roles", "cells"):
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._adapter.project.activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if FIELDS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        project = self._adapter.project
        activity = project.activities[index.row()]
        field = FIELDS[index.column()]
        if field == "phase":
            value: Any = next((p.name for p in project.phases if p.id == activity.phase), "")
        elif field == "accountable":
            roles = {r.id: r.name for r in project.roles}
            value = ", ".join(roles.get(r, r) for r, x in activity.raci.items() if "A" in x)
        else:
            value = getattr(activity, field)
        if role == KindRole:
            return {"due": "date", "status": "status"}.get(field, "text")
        if role == ValueRole:
            return value
        if role == SortRole:
            if field == "status":
                order = list(WorkStatus)
                return order.index(value) if value is not None else -1
            return value.isoformat() if isinstance(value, dt.date) else str(value or "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field == "status":
                return sa.STATUS_WORDS[value] if value else ""
            if isinstance(value, dt.date):
                return value.isoformat()
            return value or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        ident = self._adapter.project.activities[index.row()].id
        field = FIELDS[index.column()]
        if field == "due":
            build = lambda p: sa.set_activity_due(p, [ident], value)  # noqa: E731
        elif field == "status":
            build = lambda p: sa.set_activity_status(p, [ident], value)  # noqa: E731
        elif field == "deliverable":
            build = lambda p: sa.set_deliverable(p, [ident], str(value or ""))  # noqa: E731
        else:
            return False
        return self._adapter.run(build) is not None


class TrackingDelegate(ScheduleDelegate):
    """Dates as calendars, the status as a list, the deliverable as text."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        if index.data(KindRole) == "status":
            box = QComboBox(parent)
            box.addItem(translate("Retrospective", "Not set"), None)
            for status, words in sa.STATUS_WORDS.items():
                box.addItem(words.capitalize(), status)
            return box
        if index.data(KindRole) == "text":
            return QLineEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(ValueRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)


class TrackingFilter(QSortFilterProxyModel):
    """Keep rows whose text contains the filter words and whose status matches the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = ""
        self.status: WorkStatus | str | None = ANY_STATUS
        self.setSortRole(SortRole)

    def set_filter(self, words: str, status: WorkStatus | str | None) -> None:
        """Filter by ``words`` and ``status`` (:data:`ANY_STATUS` keeps every status)."""
        if not hasattr(self, "endFilterChange"):  # Qt before 6.10
            self.words, self.status = words, status
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.words, self.status = words, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if self.status != ANY_STATUS:
            status = model.index(row, 4, parent).data(ValueRole)
            if status != self.status:
                return False
        if not self.words:
            return True
        text = " ".join(
            str(model.index(row, c, parent).data() or "") for c in range(model.columnCount())
        ).casefold()
        return all(word in text for word in self.words.casefold().split())


class TrackingPanel(QWidget):
    """The tracking table with its filter box and status choice."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Retrospective", "Filter activities…"))
        self.search.setAccessibleName(translate("Retrospective", "Filter activities"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setAccessibleName(translate("Retrospective", "Show activities by status"))
        self.status.addItem(translate("Retrospective", "Any status"), ANY_STATUS)
        self.status.addItem(translate("Retrospective", "Not set"), None)
        for status, words in sa.STATUS_WORDS.items():
            self.status.addItem(words.capitalize(), status)
        row.addWidget(self.search, 1)
        row.addWidget(self.status)
        layout.addLayout(row)
        self.model = ActivityTrackingModel(adapter, self)
        self.proxy = TrackingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(TrackingDelegate(adapter, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # project order until a click
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        self.table.setAccessibleName(translate("Retrospective", "Activity tracking"))
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.table)
        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)

    def _filter(self) -> None:
        self.proxy.set_filter(self.search.text().strip(), self.status.currentData())

    def _columns_menu(self, at: QPoint) -> None:
        menu = self.columns_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(at))

    def columns_menu(self) -> QMenu:
        """Return a menu of the columns, each checked when shown; choosing one toggles it."""
        menu = QMenu(self)
        for column, title in enumerate(column_titles()):
            if column == 0:
                continue  # the activity's name always stays
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        return menu
