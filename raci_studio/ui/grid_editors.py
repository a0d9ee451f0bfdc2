"""In-place editors of the grid's tracking columns: a date picker that clears, a status list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QToolButton, QWidget

from raci_studio.core.model import WorkStatus
from raci_studio.ui.grid_fields import status_icon, status_text
from raci_studio.ui.grid_rows import STATUS_ORDER
from raci_studio.ui.i18n import translate


class DueEditor(QWidget):
    """A calendar date picker with a button (and Delete) that removes the due date.

    Signals
    -------
    committed(QWidget)
        The user chose: the delegate writes the value and closes the editor.
    """

    committed = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.cleared = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.picker = QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")  # i18n: not shown
        self.picker.setAccessibleName(translate("Grid", "Due date"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(translate("Grid", "Remove the due date (Delete)"))
        self.clear_button.setAccessibleName(translate("Grid", "Remove the due date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.picker)
        self.picker.installEventFilter(self)
        # a day picked in the calendar is the answer: no extra Enter or click elsewhere
        self.picker.calendarWidget().clicked.connect(lambda _day: self.committed.emit(self))

    def set_value(self, value: dt.date | None) -> None:
        """Start from ``value`` (today when there is none)."""
        day = value or dt.date.today()
        self.picker.setDate(QDate(day.year, day.month, day.day))
        self.cleared = False

    def value(self) -> dt.date | None:
        """The chosen date, or None when the user removed it."""
        if self.cleared:
            return None
        chosen = self.picker.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def clear(self) -> None:
        """Remove the due date and close the editor."""
        self.cleared = True
        self.committed.emit(self)

    def eventFilter(self, watched, event) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            # as in the schedule tables: Delete empties the date, digits and arrows change it
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.committed.emit(self)
                return True
        return super().eventFilter(watched, event)


class StatusEditor(QComboBox):
    """The statuses an activity can have, with their badges, and "Not set".

    It opens with its list shown, so that one click or arrow keys and Enter choose; the
    delegate commits on ``activated``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Grid", "Status"))
        self.addItem(status_text(None), None)
        for status in sorted(WorkStatus, key=STATUS_ORDER.__getitem__):
            self.addItem(status_icon(status), status_text(status), status.value)
        self._opened = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            QTimer.singleShot(0, self, self.showPopup)

    def set_value(self, value: WorkStatus | None) -> None:
        """Show ``value`` as the current choice."""
        found = self.findData(None if value is None else WorkStatus(value).value)
        self.setCurrentIndex(max(0, found))

    def value(self) -> WorkStatus | None:
        """The chosen status, or None for "Not set"."""
        data = self.currentData()
        return WorkStatus(data) if data else None
