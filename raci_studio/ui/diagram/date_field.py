"""A date picker that can also say "not set": a calendar popup, typed dates, Delete clears.

A ``QDateEdit`` always holds a date; "not set" is its minimum date shown with a special text.
Opening the calendar on an empty field shows today's month without setting anything, and the
first key typed starts from today, so that nobody ever sees 1900. The field tells what the
person chose through :attr:`DateField.picked` once: a pick in the calendar, Enter, leaving the
field after typing, Delete or the clear button. Setting a value from the document
(:meth:`DateField.set_value`) says nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from raci_studio.ui.i18n import translate

#: The date that stands for "not set" (never a real plan's date).
UNSET = QDate(1900, 1, 1)
DISPLAY_FORMAT = "yyyy-MM-dd"  # i18n: not shown
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def to_qdate(value: dt.date | None) -> QDate:
    """Return ``value`` as a QDate (the "not set" date for None)."""
    return UNSET if value is None else QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date | None:
    """Return ``value`` as a date (None for the "not set" date)."""
    if value == UNSET or not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


class _DateEdit(QDateEdit):
    """The editor itself: starts from today when typed into while empty; Delete empties it."""

    cleared = Signal()
    committed = Signal()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field, as in every form; a QDateEdit would walk its sections, and
        # showing "Not set" it keeps the focus for good
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in CLEAR_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cleared.emit()
            return
        if key in COMMIT_KEYS:
            self.committed.emit()
            event.accept()
            return
        if self.date() == UNSET and (
            event.text().isdigit() or key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.setDate(QDate.currentDate())
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date or "not set", edited with a calendar popup, typing, Delete or a clear button.

    Signals
    -------
    picked(object)
        The person chose a date (``datetime.date``) or cleared it (None).
    """

    picked = Signal(object)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DISPLAY_FORMAT)
        self.edit.setMinimumDate(UNSET)
        self.edit.setSpecialValueText(translate("Diagram", "Not set"))
        self.edit.setDate(UNSET)
        self.edit.setAccessibleName(what)
        self.edit.setToolTip(
            translate("Diagram", "Pick a date from the calendar or type it; Delete clears it.")
        )
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")  # i18n: not shown
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete does it from the keys
        self.clear_button.setAccessibleName(translate("Diagram", "Clear {what}").format(what=what))
        self.clear_button.setToolTip(translate("Diagram", "Clear {what}").format(what=what))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.cleared.connect(self.clear)
        self.edit.committed.connect(self._commit)
        self.edit.editingFinished.connect(self._commit)
        calendar = self.edit.calendarWidget()
        calendar.clicked.connect(self._calendar_picked)
        calendar.activated.connect(self._calendar_picked)
        popup = calendar.window()
        popup.installEventFilter(self)
        self._sync_clear_button()

    def value(self) -> dt.date | None:
        """Return the date the document holds for this field (None: not set)."""
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` from the document, without telling anyone."""
        self._value = value
        self.edit.blockSignals(True)
        self.edit.setDate(to_qdate(value))
        self.edit.blockSignals(False)
        self._sync_clear_button()

    def clear(self) -> None:
        """Empty the field (one change, when it held a date)."""
        self.edit.blockSignals(True)
        self.edit.setDate(UNSET)
        self.edit.blockSignals(False)
        self._sync_clear_button()
        if self._value is not None:
            self._value = None
            self.picked.emit(None)

    def choose(self, value: dt.date | None) -> None:
        """Set the field as if the person had picked ``value`` (tells :attr:`picked`)."""
        self.edit.blockSignals(True)
        self.edit.setDate(to_qdate(value))
        self.edit.blockSignals(False)
        self._commit()

    def _commit(self) -> None:
        chosen = to_date(self.edit.date())
        self._sync_clear_button()
        if chosen != self._value:
            self._value = chosen
            self.picked.emit(chosen)

    def _calendar_picked(self, day: QDate) -> None:
        self.edit.blockSignals(True)
        self.edit.setDate(day)
        self.edit.blockSignals(False)
        self._commit()

    def _sync_clear_button(self) -> None:
        self.clear_button.setEnabled(self.isEnabled() and self.edit.date() != UNSET)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._sync_clear_button()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # an empty field opens its calendar on today's month, still without a date
        if event.type() == QEvent.Type.Show and self.edit.date() == UNSET:
            calendar = self.edit.calendarWidget()
            today = QDate.currentDate()
            # quietly: the popup would take a selection as the person's pick
            calendar.blockSignals(True)
            calendar.setSelectedDate(today)
            calendar.blockSignals(False)
            calendar.setCurrentPage(today.year(), today.month())
        return False
