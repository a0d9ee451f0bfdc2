"""Graphics items of the lifecycle diagram: phase cards, gate diamonds and flow arrows.

Items only draw what the scene hands them (names, derived roles, routes); they never read or
change the project. Pens, brushes, fonts and the card and diamond outlines are built once
(:class:`Style`); text lines and paths are computed lazily and cached until the content
changes, so that ``paint`` only draws.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from raci_studio.core import palette
from raci_studio.core.lifecycle import (
    GATE_CAPTION_H,
    GATE_KIND_LABELS,
    GATE_LABEL_W,
    GATE_NAME_H,
    GATE_SIZE,
    GATE_STATE_LABELS,
    PHASE_H,
    PHASE_W,
)
from raci_studio.core.lifecycle_routes import Route

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
#: state -> (strong colour, fill, glyph)
GATE_LOOK = {
    "pass": ("#1E8449", "#D5F5E3", "✓"),
    "fail": ("#C0392B", "#FADBD8", "✕"),
    "not_yet": ("#7F8C8D", "#F2F3F4", "?"),
}
HANDLE_RADIUS = 7.0
PAD = 12.0
#: Top of the Accountable and Responsible chip rows inside a phase card.
CHIP_ROWS = (PHASE_H - 56, PHASE_H - 32)


def _font(pixels: int, bold: bool = False, spacing: float = 0.0) -> QFont:
    font = QFont()
    font.setFamilies(["Inter", "Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans"])
    font.setPixelSize(pixels)
    font.setBold(bold)
    if spacing:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return font


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
        self.status = {k: QBrush(QColor(v)) for k, v in palette.PHASE_STATUS_COLOURS.items()}
        self.name_font = _font(14, bold=True)
        self.small_font = _font(11)
        self.chip_font = _font(11, bold=True)
        self.caption_font = _font(9, bold=True, spacing=0.6)
        self.gate_name_font = _font(12, bold=True)
        self.glyph_font = _font(24, bold=True)
        self.label_font = _font(11)
        self.name_metrics = QFontMetricsF(self.name_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.chip_metrics = QFontMetricsF(self.chip_font)
        self.caption_metrics = QFontMetricsF(self.caption_font)
        self.gate_name_metrics = QFontMetricsF(self.gate_name_font)
        self.label_metrics = QFontMetricsF(self.label_font)
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


def _dashed(colour: QColor) -> QPen:
    pen = QPen(colour, 1.8, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
    pen.setDashPattern([5.0, 3.5])
    return pen


class NodeItem(QGraphicsItem):
    """Base of phase and gate items: id, selection look, link highlight, edge handle."""

    KIND = "node"

    def __init__(self, node_id: str, interactive: bool = True) -> None:
        super().__init__()
        self.node_id = node_id
        self.name = ""
        self.model_pos = QPointF()
        self.linked = False
        self.focused = False
        self._hover = False
        self._interactive = interactive
        if interactive:
            self.setFlags(
                QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            )
            self.setAcceptHoverEvents(True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)

    def handle_pos(self) -> QPointF:
        """Return where the connect handle sits (the middle of the right edge)."""
        return QPointF(PHASE_W / 2, 0)

    def on_handle(self, local: QPointF) -> bool:
        """Return True when ``local`` is on the connect handle."""
        d = local - self.handle_pos()
        return d.x() * d.x() + d.y() * d.y() <= (HANDLE_RADIUS + 4) ** 2

    def set_linked(self, linked: bool) -> None:
        if linked != self.linked:
            self.linked = linked
            self.update()

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def _outline_pen(self, option: QStyleOptionGraphicsItem, style: Style) -> QPen:
        if self.focused:
            return style.focus
        if option.state & QStyle.StateFlag.State_Selected:
            return style.selected
        if self.linked:
            return style.linked
        return style.border

    def _draw_handle(self, painter: QPainter, style: Style) -> None:
        if self._interactive and (self._hover or self.isSelected()):
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(style.handle)
            painter.drawEllipse(self.handle_pos(), HANDLE_RADIUS, HANDLE_RADIUS)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def hoverMoveEvent(self, event) -> None:
        on = self.on_handle(event.pos())
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.PointingHandCursor)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            scene = self.scene()
            if scene is not None and hasattr(scene, "snap_point"):
                return scene.snap_point(value)
        elif change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None and hasattr(scene, "node_moved"):
                scene.node_moved(self)
        return super().itemChange(change, value)

    def tooltip_text(self) -> str:  # pragma: no cover - overridden
        return self.name


class PhaseItem(NodeItem):
    """A phase card: name, status, activity count and the A / R role chips."""

    KIND = "phase"
    Type = QGraphicsItem.UserType + 1
    _BOUNDS = QRectF(-PHASE_W / 2 - 4, -PHASE_H / 2 - 4, PHASE_W + 8 + HANDLE_RADIUS, PHASE_H + 12)

    def __init__(self, node_id: str, interactive: bool = True) -> None:
        super().__init__(node_id, interactive)
        self.status = "not_started"
        self.count = 0
        self.accountable: list[str] = []
        self.responsible: list[str] = []
        self._lines: list[str] | None = None
        self._chips: list[tuple[QRectF, str, str]] | None = None

    def type(self) -> int:
        return self.Type

    def set_content(
        self, name: str, status: str, count: int, accountable: list[str], responsible: list[str]
    ) -> bool:
        """Show new content; return True when anything changed."""
        new = (name, status, count, accountable, responsible)
        if new == (self.name, self.status, self.count, self.accountable, self.responsible):
            return False
        self.name, self.status, self.count = name, status, count
        self.accountable, self.responsible = accountable, responsible
        self._lines = self._chips = None
        self.update()
        return True

    def boundingRect(self) -> QRectF:
        return self._BOUNDS

    def shape(self) -> QPainterPath:
        return Style.get().card_path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        style = Style.get()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(Qt.PenStyle.NoPen)
        if lod > 0.4:
            painter.fillPath(style.shadow_path, style.shadow)
        painter.setPen(self._outline_pen(option, style))
        painter.setBrush(style.card)
        painter.drawPath(style.card_path)
        painter.fillPath(style.band_path, style.status.get(self.status, style.status["done"]))
        if lod < 0.25:
            return
        left, top = -PHASE_W / 2 + PAD, -PHASE_H / 2
        painter.setFont(style.name_font)
        painter.setPen(style.ink)
        ascent = style.name_metrics.ascent()
        for i, line in enumerate(self._name_lines(style)):
            painter.drawText(QPointF(left, top + 14 + ascent + i * 18), line)
        y = top + 54
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.status.get(self.status, style.status["done"]))
        painter.drawEllipse(QPointF(left + 4, y + 6), 4, 4)
        painter.setFont(style.small_font)
        painter.setPen(style.muted)
        words = STATUS_WORDS.get(self.status, self.status)
        noun = "activity" if self.count == 1 else "activities"
        text = f"{words} · {self.count} {noun}"
        painter.drawText(QPointF(left + 13, y + style.small_metrics.ascent()), text)
        self._draw_chips(painter, style)
        self._draw_handle(painter, style)

    def _name_lines(self, style: Style) -> list[str]:
        if self._lines is None:
            self._lines = wrap(self.name, style.name_metrics, PHASE_W - 2 * PAD, 2)
        return self._lines

    def _chip_layout(self, style: Style) -> list[tuple[QRectF, str, str]]:
        """Lay out one row of chips per letter: the badge, then the roles, most often first."""
        if self._chips is not None:
            return self._chips
        chips: list[tuple[QRectF, str, str]] = []
        right = PHASE_W / 2 - PAD
        for row, (letter, roles) in enumerate((("A", self.accountable), ("R", self.responsible))):
            x = -PHASE_W / 2 + PAD
            y = -PHASE_H / 2 + CHIP_ROWS[row]
            chips.append((QRectF(x, y, 18, 20), letter, letter))
            x += 22
            if not roles:
                chips.append((QRectF(x, y, 60, 20), "", "nobody"))
                continue
            for i, label in enumerate(roles):
                width = style.chip_metrics.horizontalAdvance(label) + 10
                reserve = 28 if i < len(roles) - 1 else 0
                if x + width > right - reserve:
                    chips.append((QRectF(x, y, 28, 20), "", f"+{len(roles) - i}"))
                    break
                chips.append((QRectF(x, y, width, 20), letter.lower(), label))
                x += width + 4
        self._chips = chips
        return chips

    def _draw_chips(self, painter: QPainter, style: Style) -> None:
        painter.setFont(style.chip_font)
        ascent = style.chip_metrics.ascent()
        for rect, kind, label in self._chip_layout(style):
            baseline = QPointF(rect.left() + 5, rect.top() + 4.5 + ascent)
            if not kind:
                painter.setFont(style.small_font)
                painter.setPen(style.muted)
                painter.drawText(QPointF(rect.left() + 2, baseline.y()), label)
                painter.setFont(style.chip_font)
                continue
            strong, fill, ink = style.letter[kind.upper()]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(strong if kind.isupper() else fill)
            painter.drawRoundedRect(rect, 5, 5)
            painter.setPen(style.white if kind.isupper() else ink)
            if kind.isupper():
                painter.drawText(rect, _CENTRE, label)
            else:
                painter.drawText(baseline, label)

    def tooltip_text(self) -> str:
        a = ", ".join(self.accountable) or "nobody"
        r = ", ".join(self.responsible) or "nobody"
        return (
            f"<b>{_esc(self.name)}</b><br>{STATUS_WORDS.get(self.status, self.status)}, "
            f"{self.count} activities<br>Accountable: {_esc(a)}<br>Responsible: {_esc(r)}"
        )


class GateItem(NodeItem):
    """A decision gate: a diamond with its kind above, its name and state below."""

    KIND = "gate"
    Type = QGraphicsItem.UserType + 2
    _H = GATE_SIZE / 2
    _BOUNDS = QRectF(
        -GATE_LABEL_W / 2,
        -_H - GATE_CAPTION_H - 2,
        GATE_LABEL_W,
        GATE_SIZE + GATE_CAPTION_H + GATE_NAME_H + 4,
    )

    def __init__(self, node_id: str, interactive: bool = True) -> None:
        super().__init__(node_id, interactive)
        self.kind = "go_no_go"
        self.state = "not_yet"
        self.criteria: list[str] = []
        self._text: tuple[str, list[str]] | None = None

    def type(self) -> int:
        return self.Type

    def handle_pos(self) -> QPointF:
        return QPointF(self._H, 0)

    def set_content(self, name: str, kind: str, state: str, criteria: list[str]) -> bool:
        """Show new content; return True when anything changed."""
        if (name, kind, state, criteria) == (self.name, self.kind, self.state, self.criteria):
            return False
        self.name, self.kind, self.state, self.criteria = name, kind, state, criteria
        self._text = None
        self.update()
        return True

    def boundingRect(self) -> QRectF:
        return self._BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addPolygon(Style.get().diamond)
        path.addRect(QRectF(-GATE_LABEL_W / 2, self._H, GATE_LABEL_W, GATE_NAME_H))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        style = Style.get()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        pen, brush, ink, glyph = style.gate.get(self.state, style.gate["not_yet"])
        outline = self._outline_pen(option, style)
        painter.setPen(pen if outline is style.border else outline)
        painter.setBrush(brush)
        painter.drawPolygon(style.diamond)
        if lod < 0.25:
            return
        painter.setFont(style.glyph_font)
        painter.setPen(ink)
        painter.drawText(QRectF(-self._H, -self._H, GATE_SIZE, GATE_SIZE), _CENTRE, glyph)
        caption, name = self._texts(style)
        painter.setFont(style.caption_font)
        painter.setPen(style.muted)
        top = -self._H - GATE_CAPTION_H
        painter.drawText(QRectF(-GATE_LABEL_W / 2, top, GATE_LABEL_W, 16), _CENTRE, caption)
        painter.setFont(style.gate_name_font)
        painter.setPen(style.ink)
        y = self._H + 4
        for line in name:
            painter.drawText(QRectF(-GATE_LABEL_W / 2, y, GATE_LABEL_W, 16), _CENTRE, line)
            y += 15
        painter.setFont(style.small_font)
        painter.setPen(ink)
        word = GATE_STATE_LABELS.get(self.state, self.state)
        painter.drawText(QRectF(-GATE_LABEL_W / 2, y + 1, GATE_LABEL_W, 15), _CENTRE, word)
        self._draw_handle(painter, style)

    def _texts(self, style: Style) -> tuple[str, list[str]]:
        if self._text is None:
            caption = GATE_KIND_LABELS.get(self.kind, self.kind)
            # the kind goes above the diamond unless the name already says it
            caption = "" if _letters(caption) == _letters(self.name) else caption.upper()
            elide = Qt.TextElideMode.ElideRight
            self._text = (
                style.caption_metrics.elidedText(caption, elide, GATE_LABEL_W),
                wrap(self.name, style.gate_name_metrics, GATE_LABEL_W - 4, 2),
            )
        return self._text

    def tooltip_text(self) -> str:
        kind = GATE_KIND_LABELS.get(self.kind, self.kind)
        state = GATE_STATE_LABELS.get(self.state, self.state)
        items = "".join(f"<li>{_esc(c)}</li>" for c in self.criteria) or "<li>no criteria</li>"
        return f"<b>{_esc(self.name)}</b> ({kind}): {state}<ul>{items}</ul>"


_CENTRE = Qt.AlignmentFlag.AlignCenter


class FlowItem(QGraphicsItem):
    """An arrow between two nodes: solid and orthogonal forward, dashed and curved feedback."""

    Type = QGraphicsItem.UserType + 3
    ARROW = 10.0

    def __init__(self, flow_id: str, interactive: bool = True) -> None:
        super().__init__()
        self.flow_id = flow_id
        self.source = ""
        self.target = ""
        self.kind = "forward"
        self.label = ""
        self.route: Route | None = None
        self._path: QPainterPath | None = None
        self._shape: QPainterPath | None = None
        self._bounds: QRectF | None = None
        self._label_rect: QRectF | None = None
        if interactive:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1)

    def type(self) -> int:
        return self.Type

    def set_content(self, source: str, target: str, kind: str, label: str) -> bool:
        """Show new ends, kind or label; return True when anything changed."""
        if (source, target, kind, label) == (self.source, self.target, self.kind, self.label):
            return False
        self.source, self.target, self.kind, self.label = source, target, kind, label
        self._invalidate()
        return True

    def set_route(self, route: Route | None) -> None:
        """Follow a new route (the path is rebuilt on the next paint)."""
        if route == self.route:
            return
        self.route = route
        self._invalidate()

    def _invalidate(self) -> None:
        self.prepareGeometryChange()
        self._path = self._shape = self._bounds = self._label_rect = None
        self.update()

    def path(self) -> QPainterPath:
        """Return the line of the flow (without its arrowhead)."""
        if self._path is None:
            self._path = _route_path(self.route) if self.route else QPainterPath()
        return self._path

    def _label_box(self) -> QRectF | None:
        if not self.label or self.route is None:
            return None
        if self._label_rect is None:
            metrics = Style.get().label_metrics
            width = metrics.horizontalAdvance(self.label) + 8
            x, y = self.route.label
            below = self.route.curved or self.route.points[1][1] > self.route.points[0][1]
            top = y + 3 if below else y - 19
            self._label_rect = QRectF(x - width / 2, top, width, 16)
        return self._label_rect

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            rect = self.path().boundingRect().adjusted(-8, -8, 8, 8)
            label = self._label_box()
            self._bounds = rect.united(label) if label is not None else rect
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self.path())
            label = self._label_box()
            if label is not None:
                self._shape.addRect(label)
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.route is None:
            return
        style = Style.get()
        kind = "feedback" if self.kind == "feedback" else "forward"
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = style.flow_selected if selected else style.flow[kind]
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.brush() if selected else style.arrow[kind])
        painter.drawPolygon(_arrowhead(self.route, self.ARROW))
        label = self._label_box()
        if label is not None:
            painter.setBrush(style.label_back)
            painter.drawRoundedRect(label, 4, 4)
            painter.setFont(style.label_font)
            painter.setPen(QPen(pen.color()))
            painter.drawText(label, _CENTRE, self.label)


def _route_path(route: Route) -> QPainterPath:
    """Return a path through the route's corners, rounded (wide corners for loops)."""
    points = [QPointF(x, y) for x, y in route.points]
    path = QPainterPath(points[0])
    radius = 26.0 if route.curved else 6.0
    for i in range(1, len(points) - 1):
        before, corner, after = points[i - 1], points[i], points[i + 1]
        r = min(radius, _length(corner - before) / 2, _length(after - corner) / 2)
        path.lineTo(corner + _unit(before - corner) * r)
        path.quadTo(corner, corner + _unit(after - corner) * r)
    # stop short of the tip so the line does not poke through the arrowhead
    end, prev = points[-1], points[-2]
    path.lineTo(end - _unit(end - prev) * (FlowItem.ARROW - 2))
    return path


def _arrowhead(route: Route, size: float) -> QPolygonF:
    tip = QPointF(*route.points[-1])
    dx, dy = route.end_direction
    back = tip - QPointF(dx, dy) * size
    side = QPointF(-dy, dx) * (size * 0.45)
    return QPolygonF([tip, back + side, back - side])


def _length(p: QPointF) -> float:
    return (p.x() * p.x() + p.y() * p.y()) ** 0.5


def _unit(p: QPointF) -> QPointF:
    length = _length(p) or 1.0
    return QPointF(p.x() / length, p.y() / length)


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width``, eliding the last one."""
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


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
