"""The diagram's context menus: for a node, a flow, a multiple selection or the canvas."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from raci_studio.core.lifecycle import ALIGN_MODES, GATE_KIND_LABELS
from raci_studio.core.model import FlowKind, GateKind, PhaseStatus
from raci_studio.ui.diagram.flows import FlowItem
from raci_studio.ui.diagram.items import GateItem, NodeItem, PhaseItem
from raci_studio.ui.diagram.style import STATUS_WORDS

if TYPE_CHECKING:
    from raci_studio.ui.diagram.panel import DiagramPanel

ALIGN_WORDS = dict(
    zip(ALIGN_MODES, ("Left", "Centre", "Right", "Top", "Middle", "Bottom"), strict=True)
)


def build_context_menu(panel: DiagramPanel, item, at: tuple[float, float]) -> QMenu:
    """Return the menu for ``item`` (a node, a flow, or None for the canvas at ``at``)."""
    menu = QMenu(panel)
    selected = panel.scene.selected_nodes()
    if isinstance(item, FlowItem):
        _flow_menu(panel, menu, item)
    elif isinstance(item, NodeItem) and len(selected) <= 1:
        _node_menu(panel, menu, item)
    elif len(selected) > 1:
        for mode, word in ALIGN_WORDS.items():
            menu.addAction(f"Align {word}", partial(panel.align, mode))
        menu.addAction("Distribute Horizontally", lambda: panel.distribute("horizontal"))
        menu.addAction("Distribute Vertically", lambda: panel.distribute("vertical"))
        menu.addSeparator()
        menu.addAction("Delete", panel.delete_selected)
    else:
        menu.addAction("Add Phase Here", lambda: panel.add_phase(at=at))
        menu.addMenu(panel.gate_menu(lambda k: panel.add_gate(k, at=at), "Add Gate Here"))
        menu.addSeparator()
        menu.addAction("Auto-layout", panel.auto_layout)
        menu.addAction("Fit to Window", panel.fit)
        menu.addAction("Select All", panel.selectAll)
    return menu


def _node_menu(panel: DiagramPanel, menu: QMenu, item: NodeItem) -> None:
    node = item.node_id
    menu.addAction("Rename", lambda: panel.start_rename(node))
    if isinstance(item, PhaseItem):
        status = menu.addMenu("Status")
        for value in PhaseStatus:
            action = status.addAction(STATUS_WORDS[value.value])
            action.setCheckable(True)
            action.setChecked(item.status == value.value)
            action.triggered.connect(lambda _c=False, v=value: panel.set_status(node, v))
        menu.addMenu(panel.gate_menu(lambda k: panel.add_gate(k), "Add Gate After"))
    elif isinstance(item, GateItem):
        kinds = menu.addMenu("Kind")
        for kind in GateKind:
            action = kinds.addAction(GATE_KIND_LABELS[kind])
            action.setCheckable(True)
            action.setChecked(item.kind == kind.value)
            action.triggered.connect(lambda _c=False, k=kind: panel.set_gate_kind(node, k))
    menu.addSeparator()
    menu.addAction("Delete", panel.delete_selected)


def _flow_menu(panel: DiagramPanel, menu: QMenu, item: FlowItem) -> None:
    flow = item.flow_id
    for kind, word in (
        (FlowKind.FORWARD, "Forward Flow"),
        (FlowKind.FEEDBACK, "Feedback Loop"),
    ):
        action = menu.addAction(word)
        action.setCheckable(True)
        action.setChecked(item.kind == kind.value)
        action.triggered.connect(lambda _c=False, k=kind: panel.set_flow_kind(flow, k))
    menu.addAction("Edit Label…", lambda: panel.edit_flow_label(flow))
    menu.addSeparator()
    menu.addAction("Delete", panel.delete_selected)
