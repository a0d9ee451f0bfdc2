"""Painting and editing of grid cells: letter chips, phase bands, the letter picker."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPixmap, QPolygon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from raci_studio.core import palette
from raci_studio.core.palette import Scheme
from raci_studio.ui.grid_editors import DueEditor, StatusEditor
from raci_studio.ui.grid_model import RaciTableModel
from raci_studio.ui.grid_rows import NAME_COLUMN, RowKind
from raci_studio.ui.i18n import translate

CHIP_W, CHIP_H, CHIP_GAP = 20, 18, 3


class _Paints:
    """Pens, brushes and fonts built once (painting runs for every visible cell)."""

    def __init__(self, scheme: Scheme = "light") -> None:
        self.chip_font = QFont()
        self.chip_font.setBold(True)
        self.chip_font.setPointSizeF(8.5)
        codes = palette.LETTER_COLOURS
        self.fill = {c: QBrush(QColor(palette.fill(c, scheme))) for c in codes}
        self.border = {c: QPen(QColor(palette.strong(c, scheme)), 1.2) for c in codes}
        self.ink = {c: QPen(QColor(palette.ink(c, scheme))) for c in codes}
        self.severity = {
            k: QColor(palette.text_colour(v, k, scheme))
            for k, v in palette.SEVERITY_COLOURS.items()
        }
        dark = scheme == "dark"
        self.phase_band = QBrush(QColor("#2C3440" if dark else "#E8EDF3"))
        self.phase_text = QColor("#E8EAED" if dark else "#1F2D3D")
        self.phase_line = QPen(QColor("#46505E" if dark else "#B8C4D2"))
        self.grid_line = QPen(QColor("#3A3F46" if dark else "#D0D5DB"))


class GridDelegate(QStyledItemDelegate):
    """Draw letter cells as coloured chips with the letter written; edit with a picker."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._p: _Paints | None = None
        self._chips: dict[tuple[str, float], QPixmap] = {}
        self.scheme: Scheme = "light"

    def set_scheme(self, scheme: Scheme) -> None:
        """Paint in the light or dark colours from now on (chips are drawn anew)."""
        self.scheme = scheme
        self._p = None
        self._chips.clear()

    def _paints(self) -> _Paints:
        if self._p is None:
            self._p = _Paints(self.scheme)
        return self._p

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        model = index.model()
        kind, letters, severity = model.paint_info(index.row(), index.column())
        if kind is RowKind.PHASE:
            self._paint_phase(painter, option, index)
            return
        if letters is None:
            super().paint(painter, option, index)
            if severity:
                self._paint_row_mark(painter, option, index, severity)
            return
        p = self._paints()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.brush(QPalette.ColorRole.Highlight))
        if letters:
            self._paint_chips(painter, option.rect, letters, p)
        if severity:
            self._paint_corner(painter, option.rect, p.severity[severity])

    def _paint_chips(self, painter: QPainter, rect: QRect, letters: str, p: _Paints) -> None:
        width = len(letters) * CHIP_W + (len(letters) - 1) * CHIP_GAP
        x = rect.x() + (rect.width() - width) // 2
        y = rect.y() + (rect.height() - CHIP_H) // 2
        ratio = painter.device().devicePixelRatioF()
        for c in letters:
            painter.drawPixmap(x, y, self._chip(c, ratio, p))
            x += CHIP_W + CHIP_GAP

    def _chip(self, letter: str, ratio: float, p: _Paints) -> QPixmap:
        """A letter chip drawn once per letter and screen scale, then reused for every cell."""
        key = (letter, ratio)
        chip = self._chips.get(key)
        if chip is None:
            chip = QPixmap(round(CHIP_W * ratio), round(CHIP_H * ratio))
            chip.setDevicePixelRatio(ratio)
            chip.fill(Qt.GlobalColor.transparent)
            painter = QPainter(chip)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setFont(p.chip_font)
            box = QRectF(0.5, 0.5, CHIP_W - 1, CHIP_H - 1)
            painter.setBrush(p.fill.get(letter, p.phase_band))
            painter.setPen(p.border.get(letter, p.phase_line))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(p.ink.get(letter, p.phase_line))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)
            painter.end()
            self._chips[key] = chip
        return chip

    def _paint_corner(self, painter: QPainter, rect: QRect, colour: QColor) -> None:
        r = rect.topRight()
        triangle = QPolygon([r, r + _pt(-8, 0), r + _pt(0, 8)])
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(triangle)
        painter.restore()

    def _paint_row_mark(self, painter: QPainter, option, index, severity: str) -> None:
        """A coloured bar at the left of a row's name when the row breaks a rule."""
        column = index.column()
        if column not in (NAME_COLUMN, index.model().summary_column):
            return
        colour = self._paints().severity[severity]
        rect = option.rect
        if column == NAME_COLUMN:
            painter.fillRect(QRect(rect.x(), rect.y() + 2, 4, rect.height() - 4), colour)
        else:
            self._paint_corner(painter, rect, colour)

    def _paint_phase(self, painter: QPainter, option, index) -> None:
        p = self._paints()
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.brush(QPalette.ColorRole.Highlight))
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.fillRect(rect, p.phase_band)
            painter.setPen(p.phase_text)
        if index.column() == NAME_COLUMN:
            collapsed = index.model().data(index, RaciTableModel.CollapsedRole)
            arrow = "▸" if collapsed else "▾"
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            text_rect = rect.adjusted(6, 0, -4, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, arrow)
            painter.drawText(
                text_rect.adjusted(16, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter,
                index.model().data(index, Qt.ItemDataRole.DisplayRole) or "",
            )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(64, 26)

    # -- editing ---------------------------------------------------------------------------

    def createEditor(self, parent, option, index):
        if index.column() == NAME_COLUMN:
            return super().createEditor(parent, option, index)
        field = index.model().field_at(index.column())
        if field == "due":
            due = DueEditor(parent)
            due.committed.connect(self._commit_and_close)
            return due
        if field == "status":
            status = StatusEditor(parent)
            status.activated.connect(lambda _: self._commit_and_close(status))
            return status
        if field == "deliverable":
            text = QLineEdit(parent)
            text.setMaxLength(200)
            return text
        codes = index.model().scheme_codes()
        picker = LetterPicker(codes, parent, index.model().letter_names())
        picker.committed.connect(self._commit_and_close)
        return picker

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, LetterPicker):
            editor.set_letters(index.data(RaciTableModel.LettersRole) or "")
        elif isinstance(editor, DueEditor | StatusEditor):
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)
            if isinstance(editor, QLineEdit):
                editor.selectAll()  # typing replaces the name ("New activity" especially)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, LetterPicker):
            model.setData(index, editor.letters(), Qt.ItemDataRole.EditRole)
            return
        field = model.field_at(index.column())
        if field is None:
            super().setModelData(editor, model, index)
            return
        value = editor.value() if isinstance(editor, DueEditor | StatusEditor) else editor.text()
        if value == index.data(Qt.ItemDataRole.EditRole):
            return  # an editor closing on the value it showed is not an edit
        model.set_field(self._rows_edited(index), field, value)

    def _rows_edited(self, index) -> list[str]:
        """The activities an edit applies to: the selected ones when the edited row is one."""
        ident = index.data(RaciTableModel.IdRole)
        view = self.parent()
        selected = getattr(view, "selected_activities", None)
        chosen = selected() if callable(selected) else []
        return chosen if ident in chosen else [ident]

    def updateEditorGeometry(self, editor, option, index) -> None:
        if isinstance(editor, DueEditor):
            width = max(option.rect.width(), editor.sizeHint().width())
            editor.setGeometry(QRect(option.rect.topLeft(), QSize(width, option.rect.height())))
        elif isinstance(editor, LetterPicker):
            editor.setGeometry(picker_rect(option.rect, editor.sizeHint(), editor.parentWidget()))
        else:
            super().updateEditorGeometry(editor, option, index)


def picker_rect(cell: QRect, size: QSize, area: QWidget | None) -> QRect:
    """Return where the letter picker goes: under its cell, like a drop-down, so the cells
    beside it stay readable; above the cell when there is no room below."""
    rect = QRect(cell.bottomLeft() + QPoint(0, 1), size)
    if area is not None:
        bounds = area.rect()
        if rect.bottom() > bounds.bottom() and cell.top() - size.height() >= bounds.top():
            rect.moveBottom(cell.top() - 1)
        if rect.right() > bounds.right():
            rect.moveRight(max(cell.right(), bounds.right()))
    return rect


def _pt(x: int, y: int) -> QPoint:
    return QPoint(x, y)


class LetterPicker(QWidget):
    """Toggle buttons, one per letter; typing a letter toggles it, Enter commits."""

    committed = Signal(QWidget)

    def __init__(self, codes: str, parent=None, names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setAccessibleName(translate("Grid", "Letters"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(1)
        self._buttons: dict[str, QToolButton] = {}
        for code in codes:
            button = QToolButton(self)
            button.setText(code)
            button.setCheckable(True)
            named = translate("Grid", "{name} ({letter})").format(
                name=(names or {}).get(code, code), letter=code
            )
            button.setToolTip(named)
            button.setAccessibleName(named)
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {palette.fill(code)};"
                f" color: {palette.ink(code)}; border: 1px solid {palette.strong(code)};"
                " font-weight: bold; }"
            )
            layout.addWidget(button)
            self._buttons[code] = button
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_letters(self, letters: str) -> None:
        for code, button in self._buttons.items():
            button.setChecked(code in letters)

    def letters(self) -> str:
        return "".join(code for code, b in self._buttons.items() if b.isChecked())

    def keyPressEvent(self, event) -> None:
        text = event.text().upper()
        if text in self._buttons:
            self._buttons[text].toggle()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit(self)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_letters("")
            return
        super().keyPressEvent(event)
