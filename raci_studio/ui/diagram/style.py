"""The diagram's look: colours, pens, brushes, fonts, shared outlines and laid-out text.

Everything here is built once (:meth:`Style.get`) and shared by every item. Text is laid out
once per string and font (:meth:`Style.text`) and drawn as a ``QStaticText`` on screen, as
plain text in SVG and PDF, where a static text would be laid out again on every draw.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)

from raci_studio.core import palette
from raci_studio.core.lifecycle import GATE_SIZE, PHASE_H, PHASE_W

ACCENT = "#1F6FEB"
LINKED = "#E67E22"
INK = "#1C2833"
MUTED = "#5D6D7E"
FORWARD = "#566573"
FEEDBACK = "#8E44AD"
STATUS_WORDS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "blocked": "Blocked",
}
#: gate state -> (strong colour, fill, glyph)
GATE_LOOK = {
    "pass": ("#1E8449", "#D5F5E3", "✓"),
    "fail": ("#C0392B", "#FADBD8", "✕"),
    "not_yet": ("#7F8C8D", "#F2F3F4", "?"),
}
FONT_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans"]


def font(pixels: int, bold: bool = False, spacing: float = 0.0) -> QFont:
    """Return the diagram's font at a pixel size (pixels scale with the drawing)."""
    result = QFont()
    result.setFamilies(FONT_FAMILIES)
    result.setPixelSize(pixels)
    result.setBold(bold)
    if spacing:
        result.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return result


class Text(NamedTuple):
    """A piece of text laid out once: its static layout, the string, width and ascent."""

    static: QStaticText
    text: str
    width: float
    ascent: float


class Style:
    """Pens, brushes, fonts and outlines shared by every item (built on first use)."""

    _shared: Style | None = None

    @classmethod
    def get(cls) -> Style:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def __init__(self) -> None:
        self.card = QBrush(QColor("white"))
        self.shadow = QBrush(QColor(20, 30, 50, 28))
        self.border = QPen(QColor("#BFC7D1"), 1.2)
        self.selected = QPen(QColor(ACCENT), 2.6)
        self.linked = QPen(QColor(LINKED), 3.2)
        self.focus = QPen(QColor(ACCENT), 4.0)
        self.ink = QPen(QColor(INK))
        self.muted = QPen(QColor(MUTED))
        self.white = QPen(QColor("white"))
        self.handle = QBrush(QColor(ACCENT))
        self.handle_pen = QPen(QColor("white"), 2)
        self.status = {k: QBrush(QColor(v)) for k, v in palette.PHASE_STATUS_COLOURS.items()}
        self.name_font = font(14, bold=True)
        self.small_font = font(11)
        self.chip_font = font(11, bold=True)
        self.caption_font = font(9, bold=True, spacing=0.6)
        self.gate_name_font = font(12, bold=True)
        self.glyph_font = font(24, bold=True)
        self.label_font = font(11)
        self.name_metrics = QFontMetricsF(self.name_font)
        self.gate_name_metrics = QFontMetricsF(self.gate_name_font)
        self.letter = {
            letter: (QBrush(QColor(strong)), QBrush(QColor(fill)), QPen(QColor(ink)))
            for letter, (strong, fill, ink) in palette.LETTER_COLOURS.items()
        }
        self.gate = {
            state: (QPen(QColor(strong), 2.0), QBrush(QColor(fill)), QPen(QColor(strong)), glyph)
            for state, (strong, fill, glyph) in GATE_LOOK.items()
        }
        self.flow = {
            "forward": QPen(QColor(FORWARD), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap),
            "feedback": _dashed(QColor(FEEDBACK)),
        }
        self.flow_selected = QPen(QColor(ACCENT), 3.0)
        self.flow_text = {"forward": QPen(QColor(FORWARD)), "feedback": QPen(QColor(FEEDBACK))}
        self.arrow = {"forward": QBrush(QColor(FORWARD)), "feedback": QBrush(QColor(FEEDBACK))}
        self.label_back = QBrush(QColor(255, 255, 255, 225))
        rect = QRectF(-PHASE_W / 2, -PHASE_H / 2, PHASE_W, PHASE_H)
        self.card_path = QPainterPath()
        self.card_path.addRoundedRect(rect, 10, 10)
        self.shadow_path = self.card_path.translated(0, 3)
        band = QPainterPath()
        band.addRect(QRectF(rect.left(), rect.top(), rect.width(), 6))
        self.band_path = self.card_path.intersected(band)
        h = GATE_SIZE / 2
        self.diamond = QPolygonF([QPointF(0, -h), QPointF(h, 0), QPointF(0, h), QPointF(-h, 0)])
        self.diamond_path = QPainterPath()
        self.diamond_path.addPolygon(self.diamond)
        self.diamond_path.closeSubpath()
        self._texts: dict[tuple[str, int], Text] = {}
        self._ascents: dict[int, float] = {}

    def width(self, text: str, font: QFont) -> float:
        """Return the width of ``text`` in ``font`` (laid out once)."""
        return self.text(text, font).width

    def text(self, text: str, font: QFont) -> Text:
        """Return ``text`` laid out once in ``font`` (shared by every item that draws it)."""
        key = (text, id(font))
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) > 20_000:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            ascent = self._ascents.get(id(font))
            if ascent is None:
                ascent = self._ascents[id(font)] = QFontMetricsF(font).ascent()
            found = Text(static, text, static.size().width(), ascent)
            self._texts[key] = found
        return found


def _dashed(colour: QColor) -> QPen:
    pen = QPen(colour, 1.8, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
    pen.setDashPattern([5.0, 3.5])
    return pen


def is_raster(painter: QPainter) -> bool:
    """Return True when the painter draws pixels (screen, image), not vectors (SVG, PDF)."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Raster


def draw_text(painter: QPainter, raster: bool, x: float, top: float, text: Text) -> None:
    """Draw laid-out text with its top-left corner at (x, top)."""
    if raster:
        painter.drawStaticText(QPointF(x, top), text.static)
    else:
        painter.drawText(QPointF(x, top + text.ascent), text.text)


def draw_centred(painter: QPainter, raster: bool, text: Text, x: float, top: float) -> None:
    """Draw laid-out text centred on x, its top at ``top``."""
    draw_text(painter, raster, x - text.width / 2, top, text)


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width``, eliding the last one."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
        current = word
    if current:
        lines.append(current)
    elide = Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, elide, width) for line in lines[:max_lines]]


def fit_labels(labels: list[str], style: Style, fnt: QFont, width: float) -> str:
    """Join role labels with dots, as many as fit in ``width``, then "+n" for the rest."""
    if not labels:
        return "nobody"
    for shown in range(len(labels), 0, -1):
        text = " · ".join(labels[:shown])
        if shown < len(labels):
            text += f"  +{len(labels) - shown}"
        if style.width(text, fnt) <= width or shown == 1:
            return text
    return labels[0]


def letters_only(text: str) -> str:
    """Return the letters and digits of ``text``, lower-cased (to compare names loosely)."""
    return "".join(c for c in text.lower() if c.isalnum())


def esc(text: str) -> str:
    """Escape text for a rich-text tooltip."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
