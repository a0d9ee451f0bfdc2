"""The diagram scene: mirrors the project's phases, gates and flows, never owns them.

The scene keeps one item per node and per flow (dicts by id). :meth:`DiagramScene.rebuild`
makes every item from a project; :meth:`DiagramScene.apply_change` updates only what a
:class:`~raci_studio.core.changes.Change` names. While the user drags nodes, only the flows
attached to them are re-routed; the drop is reported with :attr:`DiagramScene.nodes_dropped`
and the panel turns it into one edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneHelpEvent, QToolTip

from raci_studio.core import lifecycle as lc
from raci_studio.core.changes import Change, Topic
from raci_studio.core.lifecycle_routes import Obstacles, route_flows
from raci_studio.core.model import Project
from raci_studio.core.palette import Scheme
from raci_studio.core.rca import overrun_days
from raci_studio.ui.diagram.flows import FlowItem
from raci_studio.ui.diagram.interactions import ConnectInteraction
from raci_studio.ui.diagram.items import GateItem, NodeItem, PhaseItem
from raci_studio.ui.diagram.style import Style, font
from raci_studio.ui.i18n import translate

_CARD_TOPICS: tuple[Topic, ...] = ("activities", "cells", "roles", "phases")


class DiagramScene(QGraphicsScene):
    """A scene of phase, gate and flow items for one project.

    Signals
    -------
    nodes_dropped(dict)
        The user dropped dragged nodes: node id -> (x, y).
    connect_requested(str, str)
        The user dragged from a node's handle onto another node: source, target.
    """

    nodes_dropped = Signal(dict)
    connect_requested = Signal(str, str)

    def __init__(self, parent=None, interactive: bool = True) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.nodes: dict[str, NodeItem] = {}
        self.flows: dict[str, FlowItem] = {}
        self.kinds: dict[str, lc.NodeKind] = {}
        self.snapping = True
        self.connect_mode = False
        self._project: Project | None = None
        self._dragging = False
        self._interaction: ConnectInteraction | None = None
        #: Width over height of the area the auto-layout is laid out for.
        self.aspect = lc.DEFAULT_ASPECT
        #: The colour scheme the items draw in (exports keep the default, light).
        self.scheme: Scheme = "light"
        self.setBackgroundBrush(Style.get().canvas)

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw the canvas and every item in the light or dark colours from now on."""
        if scheme == self.scheme:
            return
        self.scheme = scheme
        self.setBackgroundBrush(Style.get(scheme).canvas)
        self.update()

    # -- building ------------------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self._project

    def rebuild(self, project: Project) -> None:
        """Drop every item and make them again from ``project``."""
        self._project = project
        self.clearSelection()
        for item in (*self.nodes.values(), *self.flows.values()):
            self.removeItem(item)
        self.nodes.clear()
        self.flows.clear()
        self.kinds = lc.node_kinds(project)
        positions = lc.resolve_positions(project, aspect=self.aspect)
        # Items get their content and route before they join the scene, so that the scene
        # indexes each of them once.
        fresh: list[QGraphicsItem] = [self._new_node(node, positions[node]) for node in self.kinds]
        self._refresh_nodes(self.kinds)
        routes = route_flows(project.flows, self.kinds, positions)
        for flow in project.flows:
            item = self._new_flow(flow.id)
            item.set_content(flow.source, flow.target, flow.kind.value, flow.label)
            item.set_route(routes.get(flow.id))
            fresh.append(item)
        for item in fresh:
            self.addItem(item)
        self._fit_scene_rect()

    def _new_node(self, node: str, pos: lc.Point) -> NodeItem:
        cls = PhaseItem if self.kinds[node] == "phase" else GateItem
        item = cls(node, self.interactive)
        self._place(item, pos)
        self.nodes[node] = item
        return item

    def _new_flow(self, flow_id: str) -> FlowItem:
        item = FlowItem(flow_id, self.interactive)
        self.flows[flow_id] = item
        return item

    def _place(self, item: NodeItem, pos: lc.Point) -> None:
        item.model_pos = QPointF(*pos)
        item.setPos(item.model_pos)

    # -- following the document ----------------------------------------------------------------

    def apply_change(self, project: Project, change: Change) -> None:
        """Update the items ``change`` concerns (everything when a file was opened)."""
        if change.everything or project is not self._project:
            self.rebuild(project)
            return
        structural = change.reshaped("phases", "gates", "flows")
        if structural:
            self._sync_items(project)
        if change.concerns(*_CARD_TOPICS):
            self._refresh_nodes(n for n in self.kinds if self.kinds[n] == "phase")
        if change.concerns("gates", "metrics"):
            self._refresh_nodes(n for n in self.kinds if self.kinds[n] == "gate")
        if change.concerns("flows"):
            self._refresh_flows(change.ids("flows") if not structural else self.flows)
        # without a saved layout, a new gate, a renamed kind of flow or a reordered phase can
        # move nodes of the auto-layout
        if change.layout or change.concerns("phases", "gates", "flows"):
            self._apply_positions(project)
            self.reroute()
            self._fit_scene_rect()

    def _sync_items(self, project: Project) -> None:
        kinds = lc.node_kinds(project)
        for node in [n for n in self.nodes if kinds.get(n) != self.kinds.get(n)]:
            self.removeItem(self.nodes.pop(node))
        self.kinds = kinds
        positions = lc.resolve_positions(project, aspect=self.aspect)
        for node in kinds:
            if node not in self.nodes:
                self.addItem(self._new_node(node, positions[node]))
        flow_ids = {f.id for f in project.flows}
        for flow_id in [f for f in self.flows if f not in flow_ids]:
            self.removeItem(self.flows.pop(flow_id))
        for flow_id in flow_ids - set(self.flows):
            self.addItem(self._new_flow(flow_id))

    def _apply_positions(self, project: Project) -> None:
        positions = lc.resolve_positions(project, aspect=self.aspect)
        for node, item in self.nodes.items():
            pos = QPointF(*positions[node])
            if item.model_pos != pos or item.pos() != pos:
                self._place(item, positions[node])

    def set_aspect(self, aspect: float) -> bool:
        """Lay the auto-layout out for an area this wide over high; True when nodes moved.

        A project with saved positions keeps them: only the auto-layout follows the area.
        """
        self.aspect = aspect
        project = self._project
        if project is None or project.layout:
            return False
        positions = lc.resolve_positions(project, aspect=aspect)
        if positions == self.shown_positions():
            return False
        self._apply_positions(project)
        self.reroute()
        self._fit_scene_rect()
        return True

    def _refresh_nodes(self, node_ids: Iterable[str]) -> None:
        project = self._project
        if project is None:
            return
        wanted = set(node_ids)
        if any(self.kinds.get(n) == "phase" for n in wanted):
            infos = lc.phase_infos(project)
            today = dt.date.today()
            for phase in project.phases:
                item = self.nodes.get(phase.id)
                if phase.id in wanted and isinstance(item, PhaseItem):
                    info = infos[phase.id]
                    item.set_content(
                        phase.name,
                        phase.status.value,
                        info.activity_count,
                        lc.role_labels(project, info.accountable),
                        lc.role_labels(project, info.responsible),
                        overrun_days(phase, today),
                    )
        if any(self.kinds.get(n) == "gate" for n in wanted):
            states = lc.gate_states(project)
            for gate in project.gates:
                item = self.nodes.get(gate.id)
                if gate.id in wanted and isinstance(item, GateItem):
                    criteria = [c.text for c in gate.criteria]
                    item.set_content(gate.name, gate.kind.value, states[gate.id].value, criteria)

    def _refresh_flows(self, flow_ids: Iterable[str]) -> None:
        if self._project is None:
            return
        wanted = set(flow_ids)
        for flow in self._project.flows:
            item = self.flows.get(flow.id)
            if item is not None and flow.id in wanted:
                item.set_content(flow.source, flow.target, flow.kind.value, flow.label)

    # -- geometry ------------------------------------------------------------------------------

    def shown_positions(self) -> dict[str, lc.Point]:
        """Return where every node is drawn now (node id -> centre)."""
        return {node: (item.pos().x(), item.pos().y()) for node, item in self.nodes.items()}

    def reroute(self, node_ids: Iterable[str] | None = None) -> None:
        """Route the flows again: all of them, or those attached to ``node_ids``."""
        if self._project is None:
            return
        flows = self._project.flows
        if node_ids is not None:
            moving = set(node_ids)
            flows = [f for f in flows if f.source in moving or f.target in moving]
        positions = self.shown_positions()
        routes = route_flows(flows, self.kinds, positions, Obstacles(self.kinds, positions))
        for flow in flows:
            item = self.flows.get(flow.id)
            if item is not None:
                item.set_route(routes.get(flow.id))

    def diagram_rect(self) -> QRectF:
        """Return the box around every node and flow."""
        box = lc.bounds(self.kinds, self.shown_positions())
        rect = QRectF() if box is None else QRectF(box.left, box.top, box.width, box.height)
        for item in self.flows.values():
            if item.route is not None:
                rect = rect.united(item.boundingRect())
        return rect

    def _fit_scene_rect(self) -> None:
        rect = self.diagram_rect()
        if self.interactive:
            rect = rect.adjusted(-400, -300, 400, 300)
        self.setSceneRect(rect)

    def _follow_drag(self) -> None:
        """Snap the dragged nodes to the grid and re-route only their flows."""
        moving = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        for item in moving:
            if self.snapping:
                x, y = lc.snap((item.pos().x(), item.pos().y()))
                if (x, y) != (item.pos().x(), item.pos().y()):
                    item.setPos(x, y)
        self.reroute(item.node_id for item in moving)

    # -- selection and highlights --------------------------------------------------------------

    def selected_nodes(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_flows(self) -> list[str]:
        return [i.flow_id for i in self.selectedItems() if isinstance(i, FlowItem)]

    def select_only(self, node_ids: Iterable[str]) -> None:
        self.clearSelection()
        for node in node_ids:
            item = self.nodes.get(node)
            if item is not None:
                item.setSelected(True)

    def set_linked(self, node_ids: Iterable[str]) -> None:
        """Mark the nodes linked to what another view selected (e.g. an activity's phase)."""
        linked = set(node_ids)
        for node, item in self.nodes.items():
            item.set_linked(node in linked)

    def set_focus(self, node_id: str | None, also: Iterable[str] = (), dim: float = 0.22) -> None:
        """Highlight one node, keep ``also`` plain and dim the rest (None: show all plainly)."""
        shown = {node_id, *also}
        for node, item in self.nodes.items():
            item.set_focused(node == node_id)
            item.setOpacity(1.0 if node_id is None or node in shown else dim)
        for flow in self.flows.values():
            touches = node_id in (flow.source, flow.target)
            flow.setOpacity(1.0 if node_id is None or touches else dim)

    # -- mouse ---------------------------------------------------------------------------------

    def node_at(self, pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude:
                return item
        return None

    def mousePressEvent(self, event) -> None:
        if self.interactive and event.button() == Qt.MouseButton.LeftButton:
            node = self.node_at(event.scenePos())
            on_handle = node is not None and node.on_handle(node.mapFromScene(event.scenePos()))
            if node is not None and (on_handle or self.connect_mode):
                self._interaction = ConnectInteraction(self, node, event.scenePos())
                event.accept()
                return
            self._dragging = node is not None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._interaction is not None:
            self._interaction.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            self._follow_drag()

    def mouseReleaseEvent(self, event) -> None:
        if self._interaction is not None:
            interaction, self._interaction = self._interaction, None
            ends = interaction.finish(event.scenePos())
            if ends is not None:
                self.connect_requested.emit(*ends)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            moved = {
                node: (item.pos().x(), item.pos().y())
                for node, item in self.nodes.items()
                if item.pos() != item.model_pos
            }
            if moved:
                self.nodes_dropped.emit(moved)

    def cancel_interaction(self) -> bool:
        """Cancel a connection being drawn; return True when there was one."""
        if self._interaction is None:
            return False
        self._interaction.cancel()
        self._interaction = None
        return True

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, NodeItem):
                QToolTip.showText(event.screenPos(), item.tooltip_text())
                return
        QToolTip.hideText()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.interactive and not self.nodes:
            painter.setPen(Style.get(self.scheme).hint)
            painter.setFont(font(15))
            hint = translate("Diagram", "Double-click to add a phase, or use Add Phase above.")
            painter.drawText(QRectF(-300, -20, 600, 40), Qt.AlignmentFlag.AlignCenter, hint)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        if self.interactive and painter.worldTransform().m11() >= 0.45:
            painter.fillRect(rect, _grid_brush(self.scheme))


def _grid_brush(scheme: Scheme) -> QBrush:
    """Return the dotted grid of the editor: one dot every two grid steps (built once)."""
    brush = _GRID_BRUSHES.get(scheme)
    if brush is None:
        step = int(lc.GRID) * 2
        tile = QPixmap(step, step)
        tile.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tile)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(Style.get(scheme).colours.grid_dot))
        painter.drawRect(0, 0, 2, 2)
        painter.end()
        brush = _GRID_BRUSHES[scheme] = QBrush(tile)
    return brush


_GRID_BRUSHES: dict[Scheme, QBrush] = {}


def item_kind(item: QGraphicsItem) -> str:
    """Return "phase", "gate", "flow" or "" for a scene item."""
    if isinstance(item, NodeItem):
        return item.KIND
    return "flow" if isinstance(item, FlowItem) else ""
