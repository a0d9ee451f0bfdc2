"""Graphics items of the lifecycle diagram: phase cards, gate diamonds and flow arrows.

Items only draw what the scene hands them (names, derived roles, routes); they never read or
change the project. Pens, fonts and outlines are shared (:mod:`.style`); text lines, chip
rows and paths are computed lazily and cached until the content changes.

Each item draws in *layers* (:meth:`draw`). On screen, ``paint`` draws an item's layers in
turn; exports draw one layer across every item before the next (see
:func:`raci_studio.ui.diagram.export.paint_items`), so that SVG and PDF output changes
colour and font a few dozen times instead of a dozen times per node.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

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
from raci_studio.ui.diagram.style import (
    STATUS_WORDS,
    Style,
    Text,
    draw_centred,
    draw_text,
    esc,
    fit_labels,
    is_raster,
    letters_only,
    wrap,
)

HANDLE_RADIUS = 7.0
PAD = 12.0
#: Top of the Accountable and Responsible chip rows inside a phase card.
CHIP_ROWS = {"A": PHASE_H - 56, "R": PHASE_H - 32}


#: The font each text layer is written in; whoever draws a layer sets its font first, once
#: for all the items it draws (setting a font always starts a new group in SVG and PDF).
LAYER_FONTS = {
    "name": "name_font",
    "status": "small_font",
    "badge-text": "chip_font",
    "pill-text-A": "chip_font",
    "pill-text-R": "chip_font",
    "glyph": "glyph_font",
    "caption": "caption_font",
    "gate-name": "gate_name_font",
    "gate-state": "small_font",
    "label-text": "label_font",
}


def set_layer_font(painter: QPainter, layer: str) -> None:
    """Set the font of a text layer (nothing for the other layers)."""
    name = LAYER_FONTS.get(layer)
    if name is not None:
        painter.setFont(getattr(Style.get(), name))


#: First item type free for applications. The PySide6 stubs omit QGraphicsItem.UserType,
#: which exists at run time; reading it here keeps the value Qt's own.
USER_TYPE: int = QGraphicsItem.UserType  # type: ignore[attr-defined]

#: The status line of a phase that ran past its planned end.
OVERRUN_INK = QColor("#B9770E")


class Ctx(NamedTuple):
    """How an item is being drawn: on a raster device, at what scale, selected or not."""

    raster: bool
    lod: float
    selected: bool


def _ctx(painter: QPainter, option: QStyleOptionGraphicsItem) -> Ctx:
    lod = option.levelOfDetailFromTransform(painter.worldTransform())
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    return Ctx(is_raster(painter), lod, selected)


def _moved(path: QPainterPath, dx: float, dy: float) -> QPainterPath:
    return path if not (dx or dy) else path.translated(dx, dy)


class NodeItem(QGraphicsItem):
    """Base of phase and gate items: id, selection look, link highlight, edge handle."""

    KIND = "node"
    LAYERS: tuple[str, ...] = ()

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
            )
            self.setAcceptHoverEvents(True)
        self.setZValue(2)

    #: The layers drawn when zoomed far out (outlines only) and half out (no small type).
    SKETCH: tuple[str, ...] = ()
    OUTLINE: tuple[str, ...] = ()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        ctx = _ctx(painter, option)
        layers = self.LAYERS if ctx.lod >= 0.5 else self.OUTLINE if ctx.lod < 0.25 else self.SKETCH
        for layer in layers:
            set_layer_font(painter, layer)
            self.draw(painter, layer, 0.0, 0.0, ctx)

    def draw(self, painter: QPainter, layer: str, dx: float, dy: float, ctx: Ctx) -> None:
        """Draw one layer of the item, offset by (dx, dy)."""

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

    def _outline(self, ctx: Ctx, style: Style, plain: QPen) -> QPen:
        if self.focused:
            return style.focus
        if ctx.selected:
            return style.selected
        if self.linked:
            return style.linked
        return plain

    def _draw_handle(self, painter: QPainter, style: Style, dx: float, dy: float) -> None:
        if self._interactive and (self._hover or self.isSelected()):
            painter.setPen(style.handle_pen)
            painter.setBrush(style.handle)
            centre = self.handle_pos() + QPointF(dx, dy)
            painter.drawEllipse(centre, HANDLE_RADIUS, HANDLE_RADIUS)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def hoverMoveEvent(self, event) -> None:
        on = self.on_handle(event.pos())
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.PointingHandCursor)

    def tooltip_text(self) -> str:  # pragma: no cover - overridden
        return self.name


class PhaseItem(NodeItem):
    """A phase card: name, status, activity count and the A / R role rows."""

    KIND = "phase"
    Type = USER_TYPE + 1
    LAYERS = (
        "card",
        "band",
        "badge-A",
        "pill-A",
        "badge-R",
        "pill-R",
        "name",
        "status",
        "badge-text",
        "pill-text-A",
        "pill-text-R",
        "handle",
    )
    SKETCH = ("card", "band", "name", "handle")
    OUTLINE = ("card", "band", "handle")
    _BOUNDS = QRectF(-PHASE_W / 2 - 4, -PHASE_H / 2 - 4, PHASE_W + 8 + HANDLE_RADIUS, PHASE_H + 12)

    def __init__(self, node_id: str, interactive: bool = True) -> None:
        super().__init__(node_id, interactive)
        self.status = "not_started"
        self.count = 0
        self.overrun = 0
        self.accountable: list[str] = []
        self.responsible: list[str] = []
        self._lines: list[Text] | None = None
        self._rows: dict[str, tuple[QRectF, QRectF, Text]] | None = None

    def type(self) -> int:
        return self.Type

    def set_content(
        self,
        name: str,
        status: str,
        count: int,
        accountable: list[str],
        responsible: list[str],
        overrun: int = 0,
    ) -> bool:
        """Show new content (``overrun``: days past the planned end); True when it changed."""
        new = (name, status, count, accountable, responsible, overrun)
        old = (self.name, self.status, self.count, self.accountable, self.responsible)
        if new == (*old, self.overrun):
            return False
        self.name, self.status, self.count, self.overrun = name, status, count, overrun
        self.accountable, self.responsible = accountable, responsible
        self._lines = self._rows = None
        self.update()
        return True

    def boundingRect(self) -> QRectF:
        return self._BOUNDS

    def shape(self) -> QPainterPath:
        return Style.get().card_path

    def draw(self, painter: QPainter, layer: str, dx: float, dy: float, ctx: Ctx) -> None:
        style = Style.get()
        left, top = dx - PHASE_W / 2 + PAD, dy - PHASE_H / 2
        detailed = ctx.lod >= 0.5
        if layer == "card":
            if ctx.raster and ctx.lod > 0.4:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.shadow)
                painter.drawPath(_moved(style.shadow_path, dx, dy))
            painter.setPen(self._outline(ctx, style, style.border))
            painter.setBrush(style.card)
            painter.drawPath(_moved(style.card_path, dx, dy))
        elif layer == "band":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.status.get(self.status, style.status["done"]))
            painter.drawPath(_moved(style.band_path, dx, dy))
            if detailed:
                painter.drawEllipse(QPointF(left + 4, top + 60), 4, 4)
        elif layer == "name":
            if ctx.lod >= 0.25:
                painter.setPen(style.ink)
                for i, line in enumerate(self._name_lines(style)):
                    draw_text(painter, ctx.raster, left, top + 13 + i * 18, line)
        elif layer == "handle":
            self._draw_handle(painter, style, dx, dy)
        elif detailed:
            self._draw_detail(painter, layer, dx, dy, ctx, style)

    def _draw_detail(
        self, painter: QPainter, layer: str, dx: float, dy: float, ctx: Ctx, style: Style
    ) -> None:
        rows = self._row_layout(style)
        if layer == "status":
            painter.setPen(OVERRUN_INK if self.overrun else style.muted)
            left, top = dx - PHASE_W / 2 + PAD, dy - PHASE_H / 2
            draw_text(painter, ctx.raster, left + 13, top + 53, self._status_text(style))
        elif layer in ("badge-A", "pill-A", "badge-R", "pill-R"):
            badge, pill, _text = rows[layer[-1]]
            strong, fill, _ink = style.letter[layer[-1]]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(strong if layer[0] == "b" else fill)
            painter.drawRoundedRect((badge if layer[0] == "b" else pill).translated(dx, dy), 5, 5)
        elif layer == "badge-text":
            painter.setPen(style.white)
            for letter, (badge, _pill, _text) in rows.items():
                text = style.text(letter, style.chip_font)
                draw_centred(
                    painter, ctx.raster, text, badge.center().x() + dx, badge.top() + dy + 3
                )
        elif layer in ("pill-text-A", "pill-text-R"):
            _badge, pill, text = rows[layer[-1]]
            painter.setPen(style.letter[layer[-1]][2])
            draw_text(painter, ctx.raster, pill.left() + dx + 6, pill.top() + dy + 3, text)

    def _status_text(self, style: Style) -> Text:
        words = STATUS_WORDS.get(self.status, self.status)
        noun = "activity" if self.count == 1 else "activities"
        late = f" · +{self.overrun} d late" if self.overrun else ""
        return style.text(f"{words} · {self.count} {noun}{late}", style.small_font)

    def _name_lines(self, style: Style) -> list[Text]:
        if self._lines is None:
            lines = wrap(self.name, style.name_metrics, PHASE_W - 2 * PAD, 2)
            self._lines = [style.text(line, style.name_font) for line in lines]
        return self._lines

    def _row_layout(self, style: Style) -> dict[str, tuple[QRectF, QRectF, Text]]:
        """Lay out one row per letter: a badge, then a pill naming the roles, most often first."""
        if self._rows is None:
            self._rows = {}
            for letter, roles in (("A", self.accountable), ("R", self.responsible)):
                x, y = -PHASE_W / 2 + PAD, -PHASE_H / 2 + CHIP_ROWS[letter]
                label = fit_labels(roles, style, style.chip_font, PHASE_W - 2 * PAD - 34)
                text = style.text(label, style.chip_font)
                pill = QRectF(x + 21, y, text.width + 12, 20)
                self._rows[letter] = (QRectF(x, y, 18, 20), pill, text)
        return self._rows

    def tooltip_text(self) -> str:
        a = ", ".join(self.accountable) or "nobody"
        r = ", ".join(self.responsible) or "nobody"
        return (
            f"<b>{esc(self.name)}</b><br>{STATUS_WORDS.get(self.status, self.status)}, "
            f"{self.count} activities<br>Accountable: {esc(a)}<br>Responsible: {esc(r)}"
            + (f"<br>Ran {self.overrun} days past its planned end" if self.overrun else "")
        )


class GateItem(NodeItem):
    """A decision gate: a diamond with its kind above, its name and state below."""

    KIND = "gate"
    Type = USER_TYPE + 2
    LAYERS = ("diamond", "glyph", "caption", "gate-name", "gate-state", "handle")
    SKETCH = ("diamond", "glyph", "gate-name", "handle")
    OUTLINE = ("diamond", "handle")
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
        self._text: tuple[Text | None, list[Text]] | None = None

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
        return Style.get().diamond_path

    def draw(self, painter: QPainter, layer: str, dx: float, dy: float, ctx: Ctx) -> None:
        style = Style.get()
        pen, brush, ink, glyph = style.gate.get(self.state, style.gate["not_yet"])
        if layer == "diamond":
            painter.setPen(self._outline(ctx, style, pen))
            painter.setBrush(brush)
            painter.drawPolygon(style.diamond.translated(dx, dy) if dx or dy else style.diamond)
            return
        if layer == "handle":
            self._draw_handle(painter, style, dx, dy)
            return
        if ctx.lod < 0.25:
            return
        caption, name = self._texts(style)
        if layer == "glyph":
            painter.setPen(ink)
            draw_centred(painter, ctx.raster, style.text(glyph, style.glyph_font), dx, dy - 15)
        elif layer == "caption" and caption is not None:
            painter.setPen(style.muted)
            draw_centred(painter, ctx.raster, caption, dx, dy - self._H - 17)
        elif layer == "gate-name":
            painter.setPen(style.ink)
            for i, line in enumerate(name):
                draw_centred(painter, ctx.raster, line, dx, dy + self._H + 4 + 15 * i)
        elif layer == "gate-state":
            painter.setPen(ink)
            word = style.text(GATE_STATE_LABELS.get(self.state, self.state), style.small_font)
            draw_centred(painter, ctx.raster, word, dx, dy + self._H + 5 + 15 * len(name))

    def _texts(self, style: Style) -> tuple[Text | None, list[Text]]:
        if self._text is None:
            kind = GATE_KIND_LABELS.get(self.kind, self.kind)
            # the kind goes above the diamond unless the name already says it
            caption = None
            if letters_only(kind) != letters_only(self.name):
                caption = style.text(kind.upper(), style.caption_font)
            lines = wrap(self.name, style.gate_name_metrics, GATE_LABEL_W - 4, 2)
            self._text = (caption, [style.text(line, style.gate_name_font) for line in lines])
        return self._text

    def tooltip_text(self) -> str:
        kind = GATE_KIND_LABELS.get(self.kind, self.kind)
        state = GATE_STATE_LABELS.get(self.state, self.state)
        items = "".join(f"<li>{esc(c)}</li>" for c in self.criteria) or "<li>no criteria</li>"
        return f"<b>{esc(self.name)}</b> ({kind}): {state}<ul>{items}</ul>"


class FlowItem(QGraphicsItem):
    """An arrow between two nodes: solid and orthogonal forward, dashed and curved feedback."""

    Type = USER_TYPE + 3
    LAYERS = ("line", "arrow", "label-back", "label-text")
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
        if self.scene() is not None:
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
            width = Style.get().width(self.label, Style.get().label_font) + 8
            x, y = self.route.label
            below = self.route.curved or self.route.points[1][1] > self.route.points[0][1]
            top = y + 3 if below else y - 19
            self._label_rect = QRectF(x - width / 2, top, width, 16)
        return self._label_rect

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            # from the corner points: the rounded path never leaves their box
            points = self.route.points if self.route else ((0.0, 0.0),)
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            rect = QRectF(min(xs) - 8, min(ys) - 8, max(xs) - min(xs) + 16, max(ys) - min(ys) + 16)
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
        ctx = _ctx(painter, option)
        for layer in self.LAYERS if self.label else self.LAYERS[:2]:
            set_layer_font(painter, layer)
            self.draw(painter, layer, 0.0, 0.0, ctx)

    def draw(self, painter: QPainter, layer: str, dx: float, dy: float, ctx: Ctx) -> None:
        """Draw one layer of the flow (flows sit at the scene's origin: no offset)."""
        if self.route is None:
            return
        style = Style.get()
        kind = "feedback" if self.kind == "feedback" else "forward"
        if layer == "line":
            painter.setPen(style.flow_selected if ctx.selected else style.flow[kind])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.path())
        elif layer == "arrow":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.flow_selected.brush() if ctx.selected else style.arrow[kind])
            painter.drawPolygon(_arrowhead(self.route, self.ARROW))
        elif (label := self._label_box()) is not None:
            if layer == "label-back":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.label_back)
                painter.drawRoundedRect(label, 4, 4)
            elif layer == "label-text":
                painter.setPen(style.flow_selected if ctx.selected else style.flow_text[kind])
                text = style.text(self.label, style.label_font)
                draw_centred(painter, ctx.raster, text, label.center().x(), label.top() + 1)


def _route_path(route: Route) -> QPainterPath:
    """Return a path through the route's corners, rounded (wide corners for loops)."""
    pts = route.points
    path = QPainterPath(QPointF(*pts[0]))
    radius = 26.0 if route.curved else 6.0
    for i in range(1, len(pts) - 1):
        (bx, by), (cx, cy), (ax, ay) = pts[i - 1], pts[i], pts[i + 1]
        ux, uy, before = _direction(cx, cy, bx, by)
        vx, vy, after = _direction(cx, cy, ax, ay)
        r = min(radius, before / 2, after / 2)
        path.lineTo(cx + ux * r, cy + uy * r)
        path.quadTo(cx, cy, cx + vx * r, cy + vy * r)
    # stop short of the tip so that the line does not poke through the arrowhead
    (px, py), (ex, ey) = pts[-2], pts[-1]
    ux, uy, _length = _direction(ex, ey, px, py)
    path.lineTo(ex + ux * (FlowItem.ARROW - 2), ey + uy * (FlowItem.ARROW - 2))
    return path


def _direction(x1: float, y1: float, x2: float, y2: float) -> tuple[float, float, float]:
    """Return the unit vector from (x1, y1) towards (x2, y2) and the distance."""
    dx, dy = x2 - x1, y2 - y1
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    return dx / length, dy / length, length


def _arrowhead(route: Route, size: float) -> QPolygonF:
    tip = QPointF(*route.points[-1])
    dx, dy = route.end_direction
    back = tip - QPointF(dx, dy) * size
    side = QPointF(-dy, dx) * (size * 0.45)
    return QPolygonF([tip, back + side, back - side])
