"""The bar above the RACI grid that filters its rows: text, phase, letters, status, due date.

Filtering is a view state: it hides activity rows (the phase header rows stay for the rows
that show) and is never saved in the project. When anything is filtered the bar says how
many activities show and offers one click to show them all again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from raci_studio.core.model import Project, WorkStatus
from raci_studio.ui.grid_fields import status_icon, status_text
from raci_studio.ui.grid_rows import NO_STATUS, STATUS_ORDER, DueFilter, GridFilter
from raci_studio.ui.i18n import translate


def _letter_filters() -> list[tuple[str, str]]:
    return [
        (translate("Grid", "holds any letter"), "RACIS"),  # i18n: not shown
        (translate("Grid", "is R or A"), "RA"),  # i18n: not shown
        (translate("Grid", "is R"), "R"),
        (translate("Grid", "is A"), "A"),
        (translate("Grid", "is C"), "C"),
        (translate("Grid", "is I"), "I"),
    ]


def _due_filters() -> list[tuple[str, DueFilter]]:
    return [
        (translate("Grid", "Any due date"), DueFilter.ANY),
        (translate("Grid", "Overdue"), DueFilter.OVERDUE),
        (translate("Grid", "Due within a week"), DueFilter.WEEK),
        (translate("Grid", "Due before…"), DueFilter.BEFORE),
        (translate("Grid", "No due date"), DueFilter.NONE),
    ]


class FilterBar(QWidget):
    """The filter fields, left to right in reading (and focus) order.

    Signals
    -------
    changed()
        The user changed what the filter keeps.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self._typing = QTimer(self, singleShot=True, interval=120)
        self._typing.timeout.connect(self.changed)
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(translate("Grid", "Filter activities…"))
        self.find_box.setToolTip(
            translate("Grid", "Activities whose name or deliverable holds this text")
        )
        self.find_box.setAccessibleName(translate("Grid", "Filter activities by text"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(200)
        self.find_box.textChanged.connect(lambda _: self._typing.start())
        self.phase_box = self._combo(translate("Grid", "Phase"))
        self.role_box = self._combo(translate("Grid", "Role"))
        self.letter_box = self._combo(translate("Grid", "Letters the role holds"))
        for label, letters in _letter_filters():
            self.letter_box.addItem(label, letters)
        self.letter_box.setCurrentIndex(1)
        self.status_op = self._combo(translate("Grid", "Status is or is not"))
        self.status_op.addItem(translate("Grid", "is"), False)
        self.status_op.addItem(translate("Grid", "is not"), True)
        self.status_box = self._combo(translate("Grid", "Status"))
        self.status_box.addItem(translate("Grid", "any status"), None)
        for status in sorted(WorkStatus, key=STATUS_ORDER.__getitem__):
            self.status_box.addItem(status_icon(status), status_text(status), status.value)
        self.status_box.addItem(status_text(None), NO_STATUS)
        self.due_box = self._combo(translate("Grid", "Due date"))
        for label, choice in _due_filters():
            self.due_box.addItem(label, choice)
        self.due_date = QDateEdit(self)
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")  # i18n: not shown
        self.due_date.setAccessibleName(translate("Grid", "Due before this date"))
        self.due_date.setDate(QDate.currentDate().addDays(14))
        self.due_date.dateChanged.connect(lambda _: self.changed.emit())
        self.due_date.hide()
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("QLabel { font-weight: 600; }")  # i18n: not shown
        self.clear_button = QToolButton(self)
        self.clear_button.setText(translate("Grid", "Clear Filter"))
        self.clear_button.setToolTip(translate("Grid", "Show every activity again"))
        self.clear_button.setAccessibleName(translate("Grid", "Clear the filter"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.find_box, 3)
        row.addWidget(QLabel(translate("Grid", "Phase:"), self))
        row.addWidget(self.phase_box, 1)
        row.addWidget(QLabel(translate("Grid", "Rows where"), self))
        row.addWidget(self.role_box, 1)
        row.addWidget(self.letter_box)
        row.addWidget(QLabel(translate("Grid", "Status"), self))
        row.addWidget(self.status_op)
        row.addWidget(self.status_box, 1)
        row.addWidget(self.due_box)
        row.addWidget(self.due_date)
        row.addWidget(self.count_label)
        row.addWidget(self.clear_button)
        self.status_op.setEnabled(False)
        self.show_count(0, 0, active=False)
        boxes = (self.phase_box, self.role_box, self.letter_box, self.status_op)
        for box in (*boxes, self.status_box, self.due_box):
            box.currentIndexChanged.connect(self._choice_changed)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _choice_changed(self, _index: int) -> None:
        self.status_op.setEnabled(self.status_box.currentData() is not None)
        self.due_date.setVisible(self.due_box.currentData() is DueFilter.BEFORE)
        self.changed.emit()

    def fill_choices(self, project: Project) -> None:
        """List the project's phases and roles, keeping the current choices where they remain."""
        for box, items, everyone in (
            (
                self.phase_box,
                [(p.name, p.id) for p in project.phases],
                translate("Grid", "All phases"),
            ),
            (self.role_box, [(r.name, r.id) for r in project.roles], translate("Grid", "any role")),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for name, ident in items:
                box.addItem(name, ident)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def grid_filter(self, collapsed: set[str]) -> GridFilter:
        """The filter the fields describe (``collapsed`` phases stay as they are)."""
        phase = self.phase_box.currentData()
        status = self.status_box.currentData()
        chosen = self.due_date.date()
        return GridFilter(
            text=self.find_box.text().strip(),
            phases=frozenset({phase}) if phase else frozenset(),
            role=self.role_box.currentData(),
            letters=self.letter_box.currentData() or "",
            collapsed=collapsed,
            statuses=frozenset({status}) if status else frozenset(),
            status_negated=bool(status and self.status_op.currentData()),
            due=self.due_box.currentData() or DueFilter.ANY,
            due_before=dt.date(chosen.year(), chosen.month(), chosen.day()),
        )

    def clear(self) -> None:
        """Show every activity: empty the text, and every choice back to "any"."""
        widgets = (self.find_box, self.phase_box, self.role_box, self.status_box, self.due_box)
        for widget in (*widgets, self.status_op):
            widget.blockSignals(True)
        self.find_box.clear()
        for box in (self.phase_box, self.role_box, self.status_box, self.due_box, self.status_op):
            box.setCurrentIndex(0)
        for widget in (*widgets, self.status_op):
            widget.blockSignals(False)
        self._typing.stop()
        self._choice_changed(0)

    def show_count(self, shown: int, total: int, active: bool) -> None:
        """Say how many activities the filter shows, with the clear button, when it hides any."""
        self.count_label.setVisible(active)
        self.clear_button.setVisible(active)
        if active:
            self.count_label.setText(
                translate("Grid", "{shown} of %n activities", None, total).format(shown=shown)
            )
