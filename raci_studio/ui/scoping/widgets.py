"""Building blocks of the scoping form: tables that fit their rows, a table with row buttons,
section headings and the completeness meter."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions import scoping as sa
from raci_studio.core.scoping import Completeness
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.scoping.delegates import ScopingDelegate
from raci_studio.ui.scoping.sections import completeness_titles
from raci_studio.ui.scoping.table_model import Column, ScopingTableModel


class FitTableView(QTableView):
    """A table as tall as its rows, so the form scrolls as one page instead of each table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        # Arrow keys move between cells; Tab moves on through the form (while a cell is being
        # edited, Tab still goes to the next cell, as in a spreadsheet).
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit_timer.start())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        assert model is not None, "the table always shows a model"
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_: self.fit_rows())
        self.fit_rows()

    def fit_rows(self) -> None:
        """Grow rows to their wrapped text and the table to its rows."""
        self.resizeRowsToContents()
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_timer.start()  # stretched columns changed: text wraps anew

    def sizeHint(self):
        hint = super().sizeHint()
        height = self.horizontalHeader().height() + self.verticalHeader().length()
        hint.setHeight(height + 2 * self.frameWidth() + (0 if self.model().rowCount() else 28))
        return hint

    def minimumSizeHint(self):
        return self.sizeHint()

    def wheelEvent(self, event) -> None:
        event.ignore()  # let the form scroll: the table shows all its rows


def configure_columns(view: QTableView, columns: tuple[Column, ...]) -> None:
    """Size columns: fixed widths for pickers, the rest share the room left."""
    header = view.horizontalHeader()
    for i, column in enumerate(columns):
        if column.stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(i, column.width or 120)


class RowsEditor(QWidget):
    """One MRD table with buttons to add, remove and move its rows (each one undo step)."""

    def __init__(
        self,
        adapter: DocumentAdapter,
        section: str,
        add_label: str,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.section = section
        self.model = ScopingTableModel(adapter, section, self)
        self.view = FitTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ScopingDelegate(self.view))
        configure_columns(self.view, self.model.columns)
        self.view.setAccessibleName(title or section)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.add_button = self._button(
            add_label, self.add_row, translate("Scoping", "Add a row (Insert)")
        )
        self.remove_button = self._button(
            translate("Scoping", "Remove"),
            self.remove_selected,
            translate("Scoping", "Remove the selected rows (Delete)"),
        )
        self.up_button = self._button(
            translate("Scoping", "Move up"),
            lambda: self.move_selected(-1),
            translate("Scoping", "Move the selected row up"),
        )
        self.down_button = self._button(
            translate("Scoping", "Move down"),
            lambda: self.move_selected(1),
            translate("Scoping", "Move the selected row down"),
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.model.modelReset.connect(self._enable_buttons)
        self._enable_buttons()

    def _button(self, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _enable_buttons(self, *_: object) -> None:
        rows = self.selected_rows()
        self.remove_button.setEnabled(bool(rows))
        self.up_button.setEnabled(len(rows) == 1 and rows[0] > 0)
        self.down_button.setEnabled(len(rows) == 1 and rows[0] < self.model.rowCount() - 1)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def selected_ids(self) -> list[str]:
        return [self.model.row_id(r) for r in self.selected_rows()]

    def add_row(self) -> None:
        """Add a row after the current one (at the end without one) and start typing its name."""
        rows = self.selected_rows()
        index = rows[-1] + 1 if rows else None
        edit = self._adapter.run(lambda p: sa.add_row(p, self.section, index=index))
        if edit is not None and edit.created is not None:
            self.select(edit.created, edit_title=True)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            first = self.selected_rows()[0]
            self._adapter.run(lambda p: sa.remove_rows(p, self.section, ids))
            if self.model.rowCount():
                self.select(self.model.row_id(min(first, self.model.rowCount() - 1)))

    def move_selected(self, delta: int) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = self.model.row_of(ids[0])
        assert row is not None
        moved = self._adapter.run(lambda p: sa.move_row(p, self.section, ids[0], row + delta))
        if moved is not None:
            self.select(ids[0])

    def select(self, row_id: str, edit_title: bool = False) -> None:
        row = self.model.row_of(row_id)
        if row is None:
            return
        title = sa.section(self.section).title_field
        column = next((i for i, c in enumerate(self.model.columns) if c.field == title), 0)
        index = self.model.index(row, column)
        self.view.setFocus()
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if edit_title:
            self.view.edit(index)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.view.hasFocus():
            self.remove_selected()
            return
        if event.key() == Qt.Key.Key_Insert:
            self.add_row()
            return
        super().keyPressEvent(event)


def bold(label: QLabel) -> QLabel:
    """Return ``label`` in bold (a sub-heading inside a section)."""
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def heading(text: str, hint: str, parent: QWidget) -> QWidget:
    """Return a section heading with a one-line hint under it."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 14, 0, 2)
    layout.setSpacing(0)
    title = QLabel(text, box)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    if hint:
        note = QLabel(hint, box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5D6D7E;")
        layout.addWidget(note)
    return box


class CompletenessMeter(QWidget):
    """The share of mandatory sections filled, and a link to each section still missing.

    Signals
    -------
    section_clicked(str)
        A section's link was clicked; the key is one of ``SECTION_TITLES``.
    """

    section_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(True)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        # Tab reaches each missing section's link and Enter follows it, as a click does.
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.setAccessibleName(translate("Scoping", "Mandatory sections"))
        self.label.linkActivated.connect(self.section_clicked)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)

    def show_completeness(self, result: Completeness) -> None:
        self.bar.setValue(result.percent)
        self.bar.setFormat(
            translate("Scoping", "{percent}% · {filled} of {total}").format(
                percent=result.percent, filled=result.filled, total=len(result.sections)
            )
        )
        chip = (  # i18n: not shown (markup around core's section titles)
            '<a href="{key}" style="color:{colour}; text-decoration:none">{mark} {title}</a>'
        )
        chips = []
        titles = completeness_titles()
        for s in result.sections:
            mark, colour = ("✓", "#1E8449") if s.filled else ("○", "#B9770E")
            chips.append(
                chip.format(
                    key=s.key, colour=colour, mark=mark, title=escape(titles.get(s.key, s.title))
                )
            )
        self.label.setText("&nbsp;&nbsp; ".join(chips))
        tips = [f"{titles.get(s.key, s.title)}: {s.missing}" for s in result.missing]
        filled = translate("Scoping", "Every mandatory section is filled.")
        self.setToolTip("\n".join(tips) if tips else filled)
        self.bar.setAccessibleName(
            translate("Scoping", "Scoping {percent}% complete").format(percent=result.percent)
        )
