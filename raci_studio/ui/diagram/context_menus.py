"""The diagram's context menus: for a node, a flow, a multiple selection or the canvas."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from raci_studio.core.model import FlowKind, GateKind, PhaseStatus
from raci_studio.ui.diagram.flows import FlowItem
from raci_studio.ui.diagram.items import GateItem, NodeItem, PhaseItem
from raci_studio.ui.diagram.style import status_word
from raci_studio.ui.diagram.toolbar import align_words
from raci_studio.ui.diagram.words import gate_kind_words
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.diagram.panel import DiagramPanel


def build_context_menu(panel: DiagramPanel, item, at: tuple[float, float]) -> QMenu:
    """Return the menu for ``item`` (a node, a flow, or None for the canvas at ``at``)."""
    menu = QMenu(panel)
    selected = panel.scene.selected_nodes()
    if isinstance(item, FlowItem):
        _flow_menu(panel, menu, item)
    elif isinstance(item, NodeItem) and len(selected) <= 1:
        _node_menu(panel, menu, item)
    elif len(selected) > 1:
        for mode, word in align_words().items():
            text = translate("Diagram", "Align {side}").format(side=word)
            menu.addAction(text, partial(panel.align, mode))
        menu.addAction(
            translate("Diagram", "Distribute Horizontally"), lambda: panel.distribute("horizontal")
        )
        menu.addAction(
            translate("Diagram", "Distribute Vertically"), lambda: panel.distribute("vertical")
        )
        menu.addSeparator()
        menu.addAction(translate("Diagram", "Delete"), panel.delete_selected)
    else:
        menu.addAction(translate("Diagram", "Add Phase Here"), lambda: panel.add_phase(at=at))
        here = translate("Diagram", "Add Gate Here")
        menu.addMenu(panel.gate_menu(lambda k: panel.add_gate(k, at=at), here))
        menu.addSeparator()
        menu.addAction(translate("Diagram", "Auto-layout"), panel.auto_layout)
        menu.addAction(translate("Diagram", "Fit to Window"), panel.fit)
        menu.addAction(translate("Diagram", "Select All"), panel.selectAll)
    return menu


def _node_menu(panel: DiagramPanel, menu: QMenu, item: NodeItem) -> None:
    node = item.node_id
    menu.addAction(translate("Diagram", "Rename"), lambda: panel.start_rename(node))
    if isinstance(item, PhaseItem):
        status = menu.addMenu(translate("Diagram", "Status"))
        for value in PhaseStatus:
            action = status.addAction(status_word(value.value))
            action.setCheckable(True)
            action.setChecked(item.status == value.value)
            action.triggered.connect(lambda _c=False, v=value: panel.set_status(node, v))
        after = translate("Diagram", "Add Gate After")
        menu.addMenu(panel.gate_menu(lambda k: panel.add_gate(k), after))
    elif isinstance(item, GateItem):
        kinds = menu.addMenu(translate("Diagram", "Kind"))
        for kind in GateKind:
            action = kinds.addAction(gate_kind_words()[kind])
            action.setCheckable(True)
            action.setChecked(item.kind == kind.value)
            action.triggered.connect(lambda _c=False, k=kind: panel.set_gate_kind(node, k))
    menu.addSeparator()
    menu.addAction(translate("Diagram", "Delete"), panel.delete_selected)


def _flow_menu(panel: DiagramPanel, menu: QMenu, item: FlowItem) -> None:
    flow = item.flow_id
    for kind, word in (
        (FlowKind.FORWARD, translate("Diagram", "Forward Flow")),
        (FlowKind.FEEDBACK, translate("Diagram", "Feedback Loop")),
    ):
        action = menu.addAction(word)
        action.setCheckable(True)
        action.setChecked(item.kind == kind.value)
        action.triggered.connect(lambda _c=False, k=kind: panel.set_flow_kind(flow, k))
    menu.addAction(translate("Diagram", "Edit Label…"), lambda: panel.edit_flow_label(flow))
    menu.addSeparator()
    menu.addAction(translate("Diagram", "Delete"), panel.delete_selected)
