"""Status marks: a coloured disc with a glyph, always shown beside the status word."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from raci_studio.core.chart_data import STATUS_COLOURS, STATUS_GLYPHS
from raci_studio.core.metrics import MetricStatus


@cache
def status_icon(status: MetricStatus, size: int = 14) -> QIcon:
    """Return a round mark in the status colour with its glyph (✓ ! ✗ –) written on it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATUS_COLOURS[status]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size - 1, size - 1)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(size - 4)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, STATUS_GLYPHS[status])
    painter.end()
    return QIcon(pixmap)
