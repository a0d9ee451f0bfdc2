"""The diagram without a mouse: a focus ring that walks the nodes, and what keys do to it.

Tab / Shift+Tab and the arrow keys move the focus between phases and gates in reading order
(rows top to bottom, each left to right); Tab past the last node leaves the diagram, so
nothing traps the focus. The focused node is selected, so that every command on the
selection (F2, Delete, the context menu key) acts on it. Graphics items have no accessible
interface of their own: the view speaks for the focused node through its accessible name
and description.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from raci_studio.core.lifecycle import GRID, PHASE_H
from raci_studio.ui.diagram.interactions import DiagramView
from raci_studio.ui.diagram.items import GateItem, NodeItem, PhaseItem
from raci_studio.ui.diagram.scene import DiagramScene
from raci_studio.ui.diagram.style import status_word
from raci_studio.ui.diagram.words import gate_kind_words, gate_state_words
from raci_studio.ui.i18n import translate

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
#: The key that connects the focused node to the next one in reading order.
CONNECT_KEY = Qt.Key.Key_C
#: Ctrl+arrow: how far the selected nodes move (one grid step).
NUDGES: dict[int, tuple[float, float]] = {
    Qt.Key.Key_Left: (-GRID, 0.0),
    Qt.Key.Key_Right: (GRID, 0.0),
    Qt.Key.Key_Up: (0.0, -GRID),
    Qt.Key.Key_Down: (0.0, GRID),
}
STEPS: dict[int, int] = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def canvas_name() -> str:
    """Return the canvas's accessible name while no node has the focus."""
    return translate("Diagram", "Lifecycle diagram")


def canvas_help() -> str:
    """Return the keys the canvas takes, as its accessible description says them."""
    return translate(
        "Diagram",
        "Tab or arrow keys: next or previous phase or gate. Enter or F2: rename. "
        "Ctrl+arrow keys: move. C: connect to the next node. Insert: add a phase. "
        "Delete: delete. F6: to the properties of the selected node and back.",
    )


def spoken(item: NodeItem) -> str:
    """Return what a screen reader says for a node: name, kind, status and owners."""
    if isinstance(item, PhaseItem):
        nobody = translate("Diagram", "nobody")
        values = {
            "name": item.name,
            "status": status_word(item.status),
            "days": item.overrun,
            "accountable": ", ".join(item.accountable) or nobody,
            "responsible": ", ".join(item.responsible) or nobody,
        }
        count = item.count
        if item.overrun:
            text = translate(
                "Diagram",
                "{name}, phase, {status}, {days} days past its planned end; %n activities; "
                "Accountable: {accountable}; Responsible: {responsible}",
                None,
                count,
            )
        else:
            text = translate(
                "Diagram",
                "{name}, phase, {status}; %n activities; "
                "Accountable: {accountable}; Responsible: {responsible}",
                None,
                count,
            )
        return text.format(**values)
    if isinstance(item, GateItem):
        kind = gate_kind_words().get(item.kind, item.kind)
        state = gate_state_words().get(item.state, item.state)
        criteria = len(item.criteria)
        text = translate("Diagram", "{name}, {kind} gate, {state}; criteria: %n", None, criteria)
        return text.format(name=item.name, kind=kind, state=state)
    return item.name


def follow_tab_bar(tab: QWidget, chain: list[QWidget]) -> bool:
    """Put ``chain`` in the focus order right after the tab bar of the tabs holding ``tab``.

    A tab built after the rest of the window is last in Qt's chain (creation order), where Tab
    would reach it only after the widgets below the tabs. False while ``tab`` is in no tabs.
    """
    tabs = tab.parentWidget()
    while tabs is not None and not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    if tabs is None:
        return False
    for before, after in zip([tabs.tabBar(), *chain], chain, strict=False):
        QWidget.setTabOrder(before, after)
    return True


class KeyboardNavigator(QObject):
    """Keeps the focused node of a diagram view and turns keys into requests.

    Signals
    -------
    open_requested(str)
        Enter on a node (what a double-click does).
    nudge_requested(float, float)
        Ctrl+arrow: move the selected nodes by (dx, dy).
    connect_requested(str, str)
        The connect key: a flow from the focused node to the next one.
    add_requested()
        Insert: add a phase after the focused one.
    """

    open_requested = Signal(str)
    nudge_requested = Signal(float, float)
    connect_requested = Signal(str, str)
    add_requested = Signal()

    def __init__(self, view: DiagramView, scene: DiagramScene) -> None:
        super().__init__(view)
        self._view = view
        self._scene = scene
        self.current: str | None = None
        view.setAccessibleName(canvas_name())
        view.setAccessibleDescription(canvas_help())
        view.installEventFilter(self)
        scene.selectionChanged.connect(self._follow_selection)

    # -- order and focus -----------------------------------------------------------------------

    def reading_order(self) -> list[str]:
        """Return the node ids in reading order: rows top to bottom, each left to right."""
        items = sorted(self._scene.nodes.values(), key=lambda i: (i.y(), i.x()))
        rows: list[list[NodeItem]] = []
        for item in items:
            if rows and item.y() - rows[-1][0].y() < PHASE_H / 2:
                rows[-1].append(item)
            else:
                rows.append([item])
        return [i.node_id for row in rows for i in sorted(row, key=lambda i: i.x())]

    def focus_node(self, node_id: str | None) -> None:
        """Put the focus ring on a node (None: on none), select it and show it."""
        if node_id is not None and node_id not in self._scene.nodes:
            node_id = None
        self.current = node_id
        self._show_ring()
        if node_id is None:
            self.refresh()
            return
        item = self._scene.nodes[node_id]
        if self._scene.selected_nodes() != [node_id]:
            self._scene.select_only([node_id])
        self._view.ensureVisible(item, 40, 40)
        self.refresh()

    def step(self, delta: int) -> bool:
        """Move the focus ``delta`` nodes on; False when that leaves the ends."""
        order = self.reading_order()
        if not order:
            return False
        if self.current not in order:
            self.focus_node(order[0] if delta > 0 else order[-1])
            return True
        index = order.index(self.current) + delta
        if not 0 <= index < len(order):
            return False
        self.focus_node(order[index])
        return True

    def refresh(self) -> None:
        """Say the focused node again (its name, status or owners may have changed)."""
        item = self._scene.nodes.get(self.current or "")
        if item is None:
            self.current = None
            self._view.setAccessibleName(canvas_name())
            self._view.setAccessibleDescription(canvas_help())
            return
        order = self.reading_order()
        where = translate("Diagram", "{diagram}, node {number} of {count}. {keys}").format(
            diagram=canvas_name(),
            number=order.index(item.node_id) + 1,
            count=len(order),
            keys=canvas_help(),
        )
        self._view.setAccessibleName(spoken(item))
        self._view.setAccessibleDescription(where)

    def _show_ring(self) -> None:
        shown = self.current if self._view.hasFocus() else None
        for node, item in self._scene.nodes.items():
            item.set_focused(node == shown)

    def _follow_selection(self) -> None:
        if not shiboken6.isValid(self._scene):
            return  # a scene being destroyed still reports its items leaving the selection
        selected = self._scene.selected_nodes()
        if len(selected) == 1 and selected[0] != self.current:
            self.current = selected[0]
            self._show_ring()
            self.refresh()

    # -- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._focus_changed(event)
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # the window binds some of these keys elsewhere; on the diagram they act here
            if self._handles(event):
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _focus_changed(self, event: QEvent) -> None:
        reason = getattr(event, "reason", lambda: None)()
        if event.type() == QEvent.Type.FocusIn and self.current is None:
            order = self.reading_order()
            if order and reason == Qt.FocusReason.TabFocusReason:
                self.focus_node(order[0])
                return
            if order and reason == Qt.FocusReason.BacktabFocusReason:
                self.focus_node(order[-1])
                return
        # hasFocus() is already up to date when the filter sees the event
        self._show_ring()

    def _handles(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if mods == CTRL and key in NUDGES:
            return bool(self._scene.selected_nodes())
        if mods in (NONE, Qt.KeyboardModifier.KeypadModifier):
            return key in ENTER_KEYS or key in (CONNECT_KEY, Qt.Key.Key_Insert)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & ~(
            Qt.KeyboardModifier.ShiftModifier
        ):
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if self.step(-1 if backwards else 1):
                return True
            # past either end: let the focus leave the diagram
            self.current = None
            self._show_ring()
            self.refresh()
            return False
        if mods == CTRL and key in NUDGES:
            if self._scene.selected_nodes():
                self.nudge_requested.emit(*NUDGES[key])
            return True
        if mods not in (NONE, Qt.KeyboardModifier.KeypadModifier):
            return False
        if key in STEPS:
            self.step(STEPS[key])
            return True
        if key == Qt.Key.Key_Home or key == Qt.Key.Key_End:
            order = self.reading_order()
            if order:
                self.focus_node(order[0] if key == Qt.Key.Key_Home else order[-1])
            return True
        if key in ENTER_KEYS and self.current is not None:
            self.open_requested.emit(self.current)
            return True
        if key == CONNECT_KEY and self.current is not None:
            order = self.reading_order()
            index = order.index(self.current) + 1
            if index < len(order):
                self.connect_requested.emit(self.current, order[index])
            return True
        if key == Qt.Key.Key_Insert:
            self.add_requested.emit()
            return True
        if key == Qt.Key.Key_Escape:
            self.current = None
            self._show_ring()
            self.refresh()
        return False
