"""Flow arrows of the lifecycle diagram: solid orthogonal forward flows, dashed feedback loops.

Like the nodes (:mod:`.items`), a flow only draws the route the scene hands it, in layers.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from raci_studio.core.lifecycle_routes import Route
from raci_studio.ui.diagram.items import USER_TYPE, Ctx, item_style, paint_ctx, set_layer_font
from raci_studio.ui.diagram.style import Style, draw_centred


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
        ctx = paint_ctx(painter, option)
        for layer in self.LAYERS if self.label else self.LAYERS[:2]:
            set_layer_font(painter, layer)
            self.draw(painter, layer, 0.0, 0.0, ctx)

    def draw(self, painter: QPainter, layer: str, dx: float, dy: float, ctx: Ctx) -> None:
        """Draw one layer of the flow (flows sit at the scene's origin: no offset)."""
        if self.route is None:
            return
        style = item_style(self)
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
