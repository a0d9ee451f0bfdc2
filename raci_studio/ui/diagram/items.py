"""Graphics items of the lifecycle diagram: phase cards and gate diamonds (flows: :mod:`.flows`).

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
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from raci_studio.core.lifecycle import (
    GATE_CAPTION_H,
    GATE_LABEL_W,
    GATE_NAME_H,
    GATE_SIZE,
    PHASE_H,
    PHASE_W,
)
from raci_studio.ui.diagram.style import (
    Style,
    Text,
    draw_centred,
    draw_text,
    esc,
    fit_labels,
    is_raster,
    letters_only,
    status_word,
    wrap,
)
from raci_studio.ui.diagram.words import gate_kind_words, gate_state_words
from raci_studio.ui.i18n import translate

HANDLE_RADIUS = 7.0
#: Where a card's status line starts, after its status dot.
STATUS_INDENT = 13.0
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


def item_style(item: QGraphicsItem) -> Style:
    """Return the style of the scheme the item's scene draws in (light outside a scene)."""
    return Style.get(getattr(item.scene(), "scheme", "light"))


class Ctx(NamedTuple):
    """How an item is being drawn: on a raster device, at what scale, selected or not."""

    raster: bool
    lod: float
    selected: bool


def paint_ctx(painter: QPainter, option: QStyleOptionGraphicsItem) -> Ctx:
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
        ctx = paint_ctx(painter, option)
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
        style = item_style(self)
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
            painter.setPen(style.overrun if self.overrun else style.muted)
            left, top = dx - PHASE_W / 2 + PAD, dy - PHASE_H / 2
            draw_text(painter, ctx.raster, left + STATUS_INDENT, top + 53, self._status_text(style))
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
        words = status_word(self.status)
        width = PHASE_W - 2 * PAD - STATUS_INDENT
        count = self.count
        if self.overrun:
            # "d" for days: the card has room for a few characters only
            full = translate("Diagram", "{status} · %n activities · +{days} d late", None, count)
            short = translate("Diagram", "{status} · +{days} d late")
            lines = [t.format(status=words, days=self.overrun) for t in (full, short)]
        else:
            lines = [translate("Diagram", "{status} · %n activities", None, count)]
            lines = [lines[0].format(status=words)]
        # the lateness matters more than the count: drop the count before cutting anything
        fits = [t for t in lines if style.small_metrics.horizontalAdvance(t) <= width]
        line = (
            fits[0]
            if fits
            else style.small_metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
        )
        return style.text(line, style.small_font)

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
        nobody = translate("Diagram", "nobody")
        count, overrun = self.count, self.overrun
        lines = [
            f"<b>{esc(self.name)}</b>",  # i18n: not shown
            translate("Diagram", "{status}, %n activities", None, count).format(
                status=status_word(self.status)
            ),
            translate("Diagram", "Accountable: {roles}").format(
                roles=esc(", ".join(self.accountable) or nobody)
            ),
            translate("Diagram", "Responsible: {roles}").format(
                roles=esc(", ".join(self.responsible) or nobody)
            ),
        ]
        if overrun:
            lines.append(translate("Diagram", "Ran %n days past its planned end", None, overrun))
        return "<br>".join(lines)  # i18n: not shown


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
        style = item_style(self)
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
            word = style.text(gate_state_words().get(self.state, self.state), style.small_font)
            draw_centred(painter, ctx.raster, word, dx, dy + self._H + 5 + 15 * len(name))

    def _texts(self, style: Style) -> tuple[Text | None, list[Text]]:
        if self._text is None:
            kind = gate_kind_words().get(self.kind, self.kind)
            # the kind goes above the diamond unless the name already says it
            caption = None
            if letters_only(kind) != letters_only(self.name):
                caption = style.text(kind.upper(), style.caption_font)
            lines = wrap(self.name, style.gate_name_metrics, GATE_LABEL_W - 4, 2)
            self._text = (caption, [style.text(line, style.gate_name_font) for line in lines])
        return self._text

    def tooltip_text(self) -> str:
        kind = gate_kind_words().get(self.kind, self.kind)
        state = gate_state_words().get(self.state, self.state)
        items = "".join(f"<li>{esc(c)}</li>" for c in self.criteria)
        if not items:
            items = "<li>" + translate("Diagram", "no criteria") + "</li>"  # i18n: not shown
        head = translate("Diagram", "<b>{name}</b> ({kind}): {state}").format(
            name=esc(self.name), kind=kind, state=state
        )
        return f"{head}<ul>{items}</ul>"
