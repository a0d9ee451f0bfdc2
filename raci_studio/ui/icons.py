"""Toolbar icons people recognise, drawn as vectors in the palette's text colour.

The platform's standard pixmaps have no curved undo arrows, no "export" and nothing for a
person, so these few are drawn here. Each icon paints itself when shown, in the colours of the
palette in force then, so it stays readable in the light and the dark appearance alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

Drawing = Callable[[QPainter, QColor, QColor], None]
#: Colour of the "add" badge (a green plus), the same as the RACI "consulted" accent.
ADD = QColor("#009E73")


class _PaintedIcon(QIconEngine):
    """An icon engine that draws on a 24 × 24 canvas, scaled to any size."""

    def __init__(self, draw: Drawing) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        ink = palette.color(group, QPalette.ColorRole.ButtonText)
        accent = ADD if mode != QIcon.Mode.Disabled else ink
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        side = min(rect.width(), rect.height())
        painter.translate((rect.width() - side) / 2, (rect.height() - side) / 2)
        painter.scale(side / 24, side / 24)
        self._draw(painter, ink, accent)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaintedIcon(self._draw)


def _pen(colour: QColor, width: float = 2.0) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _curved_arrow(painter: QPainter, ink: QColor, mirrored: bool) -> None:
    """A hook-shaped arrow: back (undo) or, mirrored, forward (redo)."""
    if mirrored:
        painter.translate(24, 0)
        painter.scale(-1, 1)
    path = QPainterPath(QPointF(19, 18))
    path.cubicTo(QPointF(19, 11), QPointF(15, 8), QPointF(9, 8))
    path.lineTo(QPointF(5, 8))
    painter.setPen(_pen(ink, 2.2))
    painter.drawPath(path)
    head = QPainterPath(QPointF(9, 3.5))
    head.lineTo(QPointF(4.5, 8))
    head.lineTo(QPointF(9, 12.5))
    painter.drawPath(head)


def _plus(painter: QPainter, accent: QColor, centre: QPointF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    painter.drawEllipse(centre, 5.2, 5.2)
    painter.setPen(_pen(QColor("white"), 1.8))
    painter.drawLine(QPointF(centre.x() - 2.6, centre.y()), QPointF(centre.x() + 2.6, centre.y()))
    painter.drawLine(QPointF(centre.x(), centre.y() - 2.6), QPointF(centre.x(), centre.y() + 2.6))


def _undo(painter: QPainter, ink: QColor, _accent: QColor) -> None:
    _curved_arrow(painter, ink, mirrored=False)


def _redo(painter: QPainter, ink: QColor, _accent: QColor) -> None:
    _curved_arrow(painter, ink, mirrored=True)


def _export(painter: QPainter, ink: QColor, _accent: QColor) -> None:
    """A tray with an arrow leaving it: the file goes out, unlike Save's disk."""
    painter.setPen(_pen(ink, 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    tray = QPainterPath(QPointF(4, 13))
    tray.lineTo(QPointF(4, 20))
    tray.lineTo(QPointF(20, 20))
    tray.lineTo(QPointF(20, 13))
    painter.drawPath(tray)
    painter.drawLine(QPointF(12, 15), QPointF(12, 3.5))
    arrow = QPainterPath(QPointF(7.5, 8))
    arrow.lineTo(QPointF(12, 3.5))
    arrow.lineTo(QPointF(16.5, 8))
    painter.drawPath(arrow)


def _add_activity(painter: QPainter, ink: QColor, accent: QColor) -> None:
    """Rows of a table with a plus: one more row."""
    painter.setPen(_pen(ink, 2.0))
    for y in (5.0, 10.0, 15.0):
        painter.drawLine(QPointF(3, y), QPointF(15 if y > 12 else 20, y))
    _plus(painter, accent, QPointF(17.5, 17.5))


def _add_role(painter: QPainter, ink: QColor, accent: QColor) -> None:
    """A person with a plus: one more role."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawEllipse(QPointF(9.5, 7), 3.8, 3.8)
    body = QPainterPath()
    body.addRoundedRect(QRectF(2.5, 12.5, 14, 9), 4.5, 4.5)
    painter.drawPath(body)
    _plus(painter, accent, QPointF(18, 17.5))


_DRAWINGS: dict[str, Drawing] = {
    "undo": _undo,
    "redo": _redo,
    "export": _export,
    "add-activity": _add_activity,
    "add-role": _add_role,
}


def toolbar_icon(name: str) -> QIcon | None:
    """Return the drawn icon of a toolbar command, or None when it uses a standard one."""
    draw = _DRAWINGS.get(name)
    return QIcon(_PaintedIcon(draw)) if draw is not None else None
