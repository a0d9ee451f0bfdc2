"""The selected metric's measurements: a title, a form to add one, the table, and Delete.

The pane only lays the widgets out and says what they show; the Metrics panel connects them to
its actions, so that every change is still one undo step pushed by the panel.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.model import Metric
from raci_studio.ui.i18n import translate
from raci_studio.ui.metrics.measurements_model import MeasurementsModel


class MeasurementsPane(QWidget):
    """Show the measurements of one metric, with a two-row form above them to add one."""

    def __init__(self, model: MeasurementsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(translate("Metrics", "Measurements"), self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        # a long metric name wraps instead of pushing the chart aside
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(1)
        column.addWidget(self.title)
        column.addLayout(self._make_form())
        self.view = self._make_table(model)
        column.addWidget(self.view, 1)
        column.addLayout(self._make_footer())

    def _make_form(self) -> QVBoxLayout:
        """Date and value on one row, the note and Add below: each field keeps room to read."""
        self.date_box = QDateEdit(QDate.currentDate(), self)
        self.date_box.setCalendarPopup(True)
        self.date_box.setDisplayFormat("yyyy-MM-dd")
        self.date_box.setAccessibleName(translate("Metrics", "Date of the new measurement"))
        self.value_box = QLineEdit(self)
        self.value_box.setPlaceholderText(translate("Metrics", "value"))
        self.value_box.setAccessibleName(translate("Metrics", "Value of the new measurement"))
        self.note_box = QLineEdit(self)
        self.note_box.setPlaceholderText(translate("Metrics", "note (optional)"))
        self.note_box.setAccessibleName(translate("Metrics", "Note on the new measurement"))
        self.add_button = QPushButton(translate("Metrics", "Add"), self)
        self.add_button.setToolTip(
            translate("Metrics", "Add this measurement to the selected metric")
        )
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.date_box)
        first.addWidget(self.value_box, 1)
        second.addWidget(self.note_box, 1)
        second.addWidget(self.add_button)
        form = QVBoxLayout()
        form.addLayout(first)
        form.addLayout(second)
        return form

    def _make_table(self, model: MeasurementsModel) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(translate("Metrics", "Measurements"))
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.verticalHeader().setDefaultSectionSize(22)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((96, 80, 150)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        return view

    def _make_footer(self) -> QHBoxLayout:
        self.remove_button = QPushButton(translate("Metrics", "Delete Selected"), self)
        self.remove_button.setToolTip(translate("Metrics", "Delete the selected measurements"))
        hint = QLabel(
            translate("Metrics", "Paste rows (date, value, note) from a spreadsheet with Ctrl+V."),
            self,
        )
        hint.setStyleSheet("color: #6B7785;")
        hint.setWordWrap(True)  # a narrow pane wraps the hint rather than widening the pane
        footer = QHBoxLayout()
        footer.addWidget(hint, 1)
        footer.addWidget(self.remove_button)
        return footer

    def tab_stops(self) -> list[QWidget]:
        """Return the pane's widgets that take the focus, in reading order."""
        return [
            self.date_box, self.value_box, self.note_box, self.add_button, self.view,
            self.remove_button,
        ]  # fmt: skip

    def form_date(self) -> dt.date:
        """Return the date typed in the form."""
        day = self.date_box.date()
        return dt.date(day.year(), day.month(), day.day())

    def show_metric(self, metric: Metric | None) -> None:
        """Title the pane with the metric's name, unit and number of measurements."""
        if metric is None:
            self.title.setText(translate("Metrics", "Measurements (add a metric first)"))
            self.title.setToolTip("")
            return
        count = len(metric.measurements)
        if metric.unit:
            title = translate("Metrics", "%n measurements of {name} ({unit})", None, count)
        else:
            title = translate("Metrics", "%n measurements of {name}", None, count)
        self.title.setText(title.format(name=metric.name, unit=metric.unit))
        self.title.setToolTip(self.title.text())
