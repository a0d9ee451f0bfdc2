"""The diagram's look: colours, pens, brushes, fonts, shared outlines and laid-out text.

Everything here is built once per colour scheme (:meth:`Style.get`) and shared by every item
of a scene drawn in that scheme; exports always draw in the light one. Text is laid out
once per string and font (:meth:`Style.text`) and drawn as a ``QStaticText`` on screen, as
plain text in SVG and PDF, where a static text would be laid out again on every draw.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

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
from raci_studio.core.palette import Scheme
from raci_studio.ui.i18n import translate

ACCENT = "#1F6FEB"
#: The accent on a dark canvas (a selection or focus ring must stand out from dark cards).
ACCENT_DARK = "#58A6FF"
LINKED = "#E67E22"
INK = "#1C2833"
MUTED = "#5D6D7E"
FORWARD = "#566573"
FEEDBACK = "#8E44AD"


def status_words() -> dict[str, str]:
    """Return each phase status (its value) in the user's words, in the order of the legend."""
    return {
        "not_started": translate("Diagram", "Not started"),
        "in_progress": translate("Diagram", "In progress"),
        "done": translate("Diagram", "Done"),
        "blocked": translate("Diagram", "Blocked"),
    }


def status_word(status: str) -> str:
    """Return a phase status in the user's words (the status itself when unknown)."""
    return status_words().get(status, status)


#: gate state -> (strong colour, fill, glyph)
GATE_LOOK = {
    "pass": ("#1E8449", "#D5F5E3", "✓"),
    "fail": ("#C0392B", "#FADBD8", "✕"),
    "not_yet": ("#7F8C8D", "#F2F3F4", "?"),
}
#: The gates on a dark canvas: a bright outline and word over a deep fill.
GATE_LOOK_DARK = {
    "pass": ("#58D68D", "#143D26", "✓"),
    "fail": ("#F1948A", "#4A1C18", "✕"),
    "not_yet": ("#AAB7B8", "#2E3236", "?"),
}


class Colours(NamedTuple):
    """The plain colours of one scheme: canvas, cards, text and lines."""

    canvas: str
    card: str
    border: str
    shadow: tuple[int, int, int, int]
    ink: str
    muted: str
    on_badge: str
    forward: str
    feedback: str
    label_back: tuple[int, int, int, int]
    grid_dot: str
    overrun: str
    hint: str


COLOURS: dict[Scheme, Colours] = {
    "light": Colours(
        palette.BACKGROUND["light"],
        "#FFFFFF",
        "#BFC7D1",
        (20, 30, 50, 28),
        INK,
        MUTED,
        "#FFFFFF",
        FORWARD,
        FEEDBACK,
        (255, 255, 255, 225),
        "#CCD3DC",
        "#B9770E",
        "#7F8C8D",
    ),
    "dark": Colours(
        palette.BACKGROUND["dark"],
        "#2B2D31",
        "#4E545C",
        (0, 0, 0, 90),
        palette.TEXT["dark"],
        "#AEB6BF",
        palette.BACKGROUND["dark"],
        "#A6B0BA",
        "#C39BD3",
        (30, 31, 34, 230),
        "#3A3F46",
        "#F5B041",
        "#98A2AD",
    ),
}
FONT_FAMILIES = [  # i18n: not shown
    "Inter",
    "Segoe UI",
    "Helvetica Neue",
    "Noto Sans",
    "DejaVu Sans",
]


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
    """Pens, brushes, fonts and outlines of one colour scheme (built on first use)."""

    _shared: ClassVar[dict[Scheme, Style]] = {}

    @classmethod
    def get(cls, scheme: Scheme = "light") -> Style:
        """Return the shared style of ``scheme`` (light: what every export draws in)."""
        found = cls._shared.get(scheme)
        if found is None:
            found = cls._shared[scheme] = cls(scheme)
        return found

    def __init__(self, scheme: Scheme = "light") -> None:
        self.scheme: Scheme = scheme
        c = self.colours = COLOURS[scheme]
        self.canvas = QColor(c.canvas)
        self.card = QBrush(QColor(c.card))
        self.shadow = QBrush(QColor(*c.shadow))
        self.border = QPen(QColor(c.border), 1.2)
        self.selected = QPen(QColor(ACCENT if scheme == "light" else ACCENT_DARK), 2.6)
        self.linked = QPen(QColor(LINKED), 3.2)
        self.focus = QPen(QColor(ACCENT if scheme == "light" else ACCENT_DARK), 4.0)
        self.ink = QPen(QColor(c.ink))
        self.muted = QPen(QColor(c.muted))
        self.white = QPen(QColor(c.on_badge))
        self.overrun = QPen(QColor(c.overrun))
        self.hint = QColor(c.hint)
        self.handle = QBrush(QColor(ACCENT))
        self.handle_pen = QPen(QColor(c.card), 2)
        self.status = {k: QBrush(QColor(v)) for k, v in palette.PHASE_STATUS_COLOURS.items()}
        self.name_font = font(14, bold=True)
        self.small_font = font(11)
        self.chip_font = font(11, bold=True)
        self.caption_font = font(9, bold=True, spacing=0.6)
        self.gate_name_font = font(12, bold=True)
        self.glyph_font = font(24, bold=True)
        self.label_font = font(11)
        self.name_metrics = QFontMetricsF(self.name_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.gate_name_metrics = QFontMetricsF(self.gate_name_font)
        self.letter = {
            letter: (QBrush(QColor(strong)), QBrush(QColor(fill)), QPen(QColor(ink)))
            for letter, (strong, fill, ink) in palette.letter_colours(scheme).items()
        }
        gates = GATE_LOOK if scheme == "light" else GATE_LOOK_DARK
        self.gate = {
            state: (QPen(QColor(strong), 2.0), QBrush(QColor(fill)), QPen(QColor(strong)), glyph)
            for state, (strong, fill, glyph) in gates.items()
        }
        forward, feedback = QColor(c.forward), QColor(c.feedback)
        self.flow = {
            "forward": QPen(forward, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap),
            "feedback": _dashed(feedback),
        }
        self.flow_selected = QPen(self.selected.color(), 3.0)
        self.flow_text = {"forward": QPen(forward), "feedback": QPen(feedback)}
        self.arrow = {"forward": QBrush(forward), "feedback": QBrush(feedback)}
        self.label_back = QBrush(QColor(*c.label_back))
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
