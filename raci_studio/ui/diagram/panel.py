"""The Lifecycle tab: a toolbar over the diagram editor, following the document.

Every edit goes through the document adapter as one undo step built by
:mod:`raci_studio.core.actions.lifecycle`; the scene is updated from the ``changed`` signal
only. While the tab is hidden, changes only mark the scene stale: it is rebuilt when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core import lifecycle as lc
from raci_studio.core.actions import lifecycle as la
from raci_studio.core.changes import Change
from raci_studio.core.model import GateKind
from raci_studio.core.palette import Scheme
from raci_studio.ui.diagram.context_menus import build_context_menu
from raci_studio.ui.diagram.export_dialog import ask_export
from raci_studio.ui.diagram.inspector import PANE_WIDTH, NodeInspector
from raci_studio.ui.diagram.interactions import ZOOM_STEP, DiagramView, InlineEditor
from raci_studio.ui.diagram.keyboard import KeyboardNavigator, follow_tab_bar
from raci_studio.ui.diagram.scene import DiagramScene
from raci_studio.ui.diagram.toolbar import (
    build_actions,
    build_toolbar,
    gate_menu,
    toolbar_buttons,
)
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.selection import Picked, Selection
from raci_studio.ui.view import EditCommand
from raci_studio.ui.window_layout import remember_splitter

SOURCE = "diagram"
#: Whether the properties pane is shown, kept between sessions.
PANE_SETTING = "lifecycle/properties-shown"  # i18n: not shown


class DiagramPanel(QWidget):
    """The lifecycle diagram editor: toolbar, view, editing commands and window actions.

    Signals
    -------
    message(str)
        Something to tell the user in the status bar.
    """

    message = Signal(str)

    def __init__(self, adapter: DocumentAdapter, selection: Selection, findings=None, parent=None):
        super().__init__(parent)
        from raci_studio.ui.diagram.formats import register_qt_formats

        register_qt_formats()  # File > Export offers the diagram formats too
        self._adapter = adapter
        self._selection = selection
        self.scene = DiagramScene(self)
        self.view = DiagramView(self.scene, self)
        self._stale = True
        self._refit = True
        self._following = False
        # the auto-layout follows the view's shape, once a resize has settled
        self._resize_timer = QTimer(self, singleShot=True, interval=120)
        self._resize_timer.timeout.connect(self._follow_view_size)
        self._linked: tuple[str, ...] = ()
        self.presentation: QWidget | None = None
        self.editor: InlineEditor | None = None
        self._tab_order_set = False
        self.inspector = NodeInspector(adapter, self)
        self.present_action: QAction
        self.layout_action: QAction
        self.focus_action: QAction
        self.inspector_action: QAction
        build_actions(self)
        self.inspector_action.toggled.connect(self._show_inspector)
        self.connect_action: QAction
        self.zoom_label: QLabel
        self.toolbar = build_toolbar(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.inspector)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, PANE_WIDTH])
        self.splitter.splitterMoved.connect(lambda *_: self._resize_timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        # the keys act on the diagram as soon as its tab is shown
        self.setFocusProxy(self.view)
        adapter.changed.connect(self._on_changed)
        selection.changed.connect(self._follow_selection)
        self.scene.selectionChanged.connect(self._scene_selection_changed)
        self.scene.nodes_dropped.connect(self._nodes_dropped)
        self.scene.connect_requested.connect(self.connect_nodes)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.rename_requested.connect(self.start_rename)
        self.view.add_requested.connect(lambda pos: self.add_phase(at=(pos.x(), pos.y())))
        self.view.context_requested.connect(self._context_menu)
        self.view.zoom_changed.connect(self._show_zoom)
        self.keys = KeyboardNavigator(self.view, self.scene)
        self.keys.open_requested.connect(self.start_rename)
        self.keys.nudge_requested.connect(self.nudge)
        self.keys.connect_requested.connect(self.connect_nodes)
        self.keys.add_requested.connect(lambda: self.add_phase())
        self.scheme: Scheme = "light"

    # -- building ------------------------------------------------------------------------------

    def gate_menu(self, slot: Callable[[GateKind], object], title: str = "") -> QMenu:
        """Return a menu of the kinds of gate, each calling ``slot`` with its kind."""
        return gate_menu(self, slot, title)

    def window_actions(self) -> list[QAction]:
        """Return the actions the window adds to its View menu (the same objects each call)."""
        return [self.present_action, self.layout_action, self.inspector_action, self.focus_action]

    # -- following the document ----------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.everything:
            self._refit = True
        if self._stale or not self.isVisible():
            self._stale = True
            return
        self.scene.apply_change(self._adapter.project, change)
        if change.everything:
            self._apply_linked()
            self.fit()
        self.keys.refresh()

    def view_aspect(self) -> float:
        """Return the width over height of the diagram's view (the auto-layout's area)."""
        size = self.view.viewport().size()
        if size.width() < 50 or size.height() < 50:
            return lc.DEFAULT_ASPECT
        return size.width() / size.height()

    def _follow_view_size(self) -> None:
        """Re-wrap the auto-layout when the view changed shape, and fit it again."""
        if self.isVisible() and self.scene.set_aspect(self.view_aspect()):
            self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scene.aspect = self.view_aspect()
        if self._stale:
            self._stale = False
            self.scene.rebuild(self._adapter.project)
            self._apply_linked()
            self.keys.refresh()
        if self._refit:
            self._refit = False
            QTimer.singleShot(0, self, self.fit)
        if not self._tab_order_set:
            self._tab_order_set = self._set_tab_order()

    # -- focus and the properties pane ---------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        """Return the tab's widgets in the order Tab visits them: toolbar, canvas, pane."""
        return [*toolbar_buttons(self.toolbar), self.view, *self.inspector.focus_chain()]

    def _set_tab_order(self) -> bool:
        """Put the tab's widgets, in reading order, right after the window's tab bar."""
        return follow_tab_bar(self, self.focus_chain())

    def focus_next_area(self) -> None:
        """Focus the canvas; from the canvas, the properties pane (when it is shown)."""
        if self.view.hasFocus() and self.inspector.isVisible():
            self.inspector.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def remember_layout(self, settings: QSettings) -> None:
        """Show the properties pane as wide, or hidden, as the user last left it."""
        remember_splitter(self.splitter, settings, "lifecycle")
        shown = settings.value(PANE_SETTING, True, type=bool)
        self.inspector_action.setChecked(bool(shown))
        self.inspector_action.toggled.connect(lambda on: settings.setValue(PANE_SETTING, on))

    def _show_inspector(self, shown: bool) -> None:
        focused = QApplication.focusWidget()
        if not shown and focused is not None and self.inspector.isAncestorOf(focused):
            self.view.setFocus()
        self.inspector.setVisible(shown)
        self._resize_timer.start()

    # -- the window's selection ----------------------------------------------------------------

    def _scene_selection_changed(self) -> None:
        nodes = self.scene.selected_nodes()
        self.inspector.show_nodes(nodes)
        if self._following:
            return
        phases = [n for n in nodes if self.scene.kinds.get(n) == "phase"]
        if phases:
            self._linked = ()
            self.scene.set_linked(())
            self._selection.pick("phase", phases, SOURCE)
        elif nodes:
            self._selection.pick("gate", nodes, SOURCE)

    def _follow_selection(self, picked: Picked) -> None:
        if picked.source == SOURCE:
            return
        project = self._adapter.project
        if picked.kind == "activity":
            wanted = set(picked.ids)
            ids = tuple(dict.fromkeys(a.phase for a in project.activities if a.id in wanted))
        elif picked.kind in ("phase", "gate"):
            ids = picked.ids
        else:
            ids = ()
        self._linked = ids
        if not self._stale:
            self._apply_linked()

    def _apply_linked(self) -> None:
        self.scene.set_linked(self._linked)
        item = self.scene.nodes.get(self._linked[0]) if self._linked else None
        if item is not None and self.isVisible():
            self.view.ensureVisible(item, 40, 40)

    def linked_nodes(self) -> list[str]:
        """Return the nodes highlighted because of another view's selection."""
        return [n for n, item in self.scene.nodes.items() if item.linked]

    # -- commands ------------------------------------------------------------------------------

    def _selected_phase(self) -> str | None:
        nodes = self.scene.selected_nodes()
        return next((n for n in nodes if self.scene.kinds.get(n) == "phase"), None)

    def add_phase(self, at: tuple[float, float] | None = None, name: str = "") -> None:
        """Add a phase (after the selected one, or at ``at``) and start naming it in place."""
        name = name or translate("Diagram", "New phase")
        project = self._adapter.project
        selected = self._selected_phase()
        index = None
        if selected is not None and at is None:
            index = next(i for i, p in enumerate(project.phases) if p.id == selected) + 1
        edit = self._adapter.run(lambda p: la.add_phase(p, name, index, at, selected))
        if edit is not None and edit.created is not None:
            self.scene.select_only([edit.created])
            self.start_rename(edit.created)

    def add_gate(
        self, kind: GateKind | str = GateKind.GO_NO_GO, at: tuple[float, float] | None = None
    ) -> None:
        """Add a gate of ``kind`` after the selected phase (or at ``at``)."""
        after = self._selected_phase()
        self._adapter.run(lambda p: la.add_gate(p, kind, after=after, at=at))

    def connect_nodes(self, source: str, target: str) -> None:
        """Add a flow from ``source`` to ``target``."""
        self._adapter.run(lambda p: la.add_flow(p, source, target))

    def set_connect_mode(self, on: bool) -> None:
        """Turn the connect gesture on (a drag from a node draws a flow) or off."""
        self.scene.connect_mode = on
        self.view.setDragMode(
            DiagramView.DragMode.NoDrag if on else DiagramView.DragMode.RubberBandDrag
        )

    def auto_layout(self) -> None:
        """Put every node where the auto-layout places it (one undo step)."""
        aspect = self.view_aspect()
        self._adapter.run(lambda p: la.auto_layout_edit(p, aspect))

    def align(self, mode: str) -> None:
        shown = self.scene.shown_positions()
        self._adapter.run(lambda p: la.align_nodes(p, self.scene.selected_nodes(), mode, shown))

    def distribute(self, axis: str) -> None:
        shown = self.scene.shown_positions()
        self._adapter.run(
            lambda p: la.distribute_nodes(p, self.scene.selected_nodes(), axis, shown)
        )

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selected nodes by (dx, dy) as one undo step (Ctrl+arrow keys)."""
        shown = self.scene.shown_positions()
        nodes = [n for n in self.scene.selected_nodes() if n in shown]
        if nodes:
            self._nodes_dropped({n: (shown[n][0] + dx, shown[n][1] + dy) for n in nodes})

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw the canvas, its nodes and the presentation in light or dark colours."""
        self.scheme = scheme
        self.scene.set_scheme(scheme)
        self.inspector.set_scheme(scheme)

    def _nodes_dropped(self, moves: dict) -> None:
        shown = self.scene.shown_positions()
        if self._adapter.run(lambda p: la.move_nodes(p, moves, shown)) is None:
            # put the dragged items back where the project still has them
            self.scene.apply_change(self._adapter.project, Change(layout=frozenset(moves)))

    def delete_selected(self) -> None:
        """Delete the selected nodes and flows; ask where a phase's activities go."""
        nodes, flows = self.scene.selected_nodes(), self.scene.selected_flows()
        if not nodes and not flows:
            return
        project = self._adapter.project
        moves: dict[str, str | None] = {}
        for node in nodes:
            owned = sum(1 for a in project.activities if a.phase == node)
            if not owned:
                continue
            phase = next(p for p in project.phases if p.id == node)
            others = [p for p in project.phases if p.id not in nodes]
            choices = [
                translate("Diagram", "Move them to {phase}").format(phase=p.name) for p in others
            ]
            choices.append(translate("Diagram", "Delete them with the phase"))
            question = translate(
                "Diagram", "What should happen to the %n activities of “{phase}”?", None, owned
            ).format(phase=phase.name)
            choice, ok = QInputDialog.getItem(
                self,
                translate("Diagram", "Delete Phase"),
                question,
                choices,
                0,
                False,
            )
            if not ok:
                return
            index = choices.index(choice)
            moves[node] = others[index].id if index < len(others) else None
        self._adapter.run(lambda p: la.delete_selection(p, nodes, flows, moves))

    def start_rename(self, node_id: str = "") -> None:
        """Rename a node in place (the selected one when ``node_id`` is empty)."""
        node_id = node_id or next(iter(self.scene.selected_nodes()), "")
        item = self.scene.nodes.get(node_id)
        if item is None:
            return
        if self.editor is not None:
            self.editor.close()
        self.view.ensureVisible(item, 20, 20)
        self.editor = InlineEditor(self.view, item)
        self.editor.done.connect(self.rename)
        self.editor.destroyed.connect(lambda *_: setattr(self, "editor", None))

    def rename_current(self) -> None:
        """Rename the selected node in place (what F2 does)."""
        self.start_rename("")

    def rename(self, node_id: str, name: str) -> None:
        self._adapter.run(lambda p: la.rename_node(p, node_id, name))

    def set_status(self, phase_id: str, status: str) -> None:
        self._adapter.run(lambda p: la.set_phase_status(p, phase_id, status))

    def set_flow_kind(self, flow_id: str, kind: str) -> None:
        self._adapter.run(lambda p: la.set_flow_kind(p, flow_id, kind))

    def edit_flow_label(self, flow_id: str) -> None:
        flow = next((f for f in self._adapter.project.flows if f.id == flow_id), None)
        if flow is None:
            return
        text, ok = QInputDialog.getText(
            self,
            translate("Diagram", "Flow Label"),
            translate("Diagram", "Text along the flow:"),
            text=flow.label,
        )
        if ok:
            self._adapter.run(lambda p: la.set_flow_label(p, flow_id, text))

    def selectAll(self) -> None:
        for item in self.scene.nodes.values():
            item.setSelected(True)

    # -- view ----------------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Nothing to do: an in-place rename commits when its editor closes."""

    def edit_commands(self) -> dict[EditCommand, Callable[[], object]]:
        """What the Edit menu's commands do here."""
        return {
            "delete": self.delete_selected,
            "select-all": self.selectAll,
            "rename": self.rename_current,
        }

    def zoom(self, step: int) -> None:
        """Zoom in (+1), out (-1) or back to actual size (0)."""
        if step == 0:
            self.view.set_zoom(1.0)
        else:
            self.view.zoom_by(ZOOM_STEP if step > 0 else 1 / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole diagram."""
        self.view.fit()

    def _show_zoom(self, level: float) -> None:
        self.zoom_label.setText(f"{round(level * 100)}%")

    # -- context menu --------------------------------------------------------------------------

    def _context_menu(self, global_pos, item) -> None:
        scene_pos = self.view.mapToScene(self.view.mapFromGlobal(global_pos))
        self.context_menu(item, (scene_pos.x(), scene_pos.y())).exec(global_pos)

    def context_menu(self, item, at: tuple[float, float]) -> QMenu:
        """Return the menu for ``item`` (a node, a flow, or None for the canvas at ``at``)."""
        return build_context_menu(self, item, at)

    def set_gate_kind(self, gate_id: str, kind: GateKind) -> None:
        self._adapter.run(lambda p: la.set_gate_kind(p, gate_id, kind))

    # -- export and presentation ---------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ask for a file (and a PNG scale or PDF paper) and write the diagram."""
        base = self._adapter.path.parent if self._adapter.path else Path.home()
        chosen = ask_export(self, self._adapter.project, base)
        if chosen is not None:
            self.export_to(*chosen)

    def export_to(self, path: Path, scale: float = 2.0, paper: str = "a4") -> bool:
        """Write the diagram to ``path``; say so in the status bar, or why not."""
        from raci_studio.ui.diagram.export import export_diagram

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_diagram(self._adapter.project, path, scale, paper)
        except (OSError, ValueError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(
                self,
                translate("Diagram", "Export failed"),
                translate("Diagram", "Could not export {path}: {reason}").format(
                    path=path, reason=exc
                ),
            )
            return False
        QApplication.restoreOverrideCursor()
        window = self.window()
        if isinstance(window, QMainWindow):
            message = translate("Diagram", "Exported {name}").format(name=path.name)
            window.statusBar().showMessage(message, 5000)
        return True

    def present(self) -> None:
        """Show the lifecycle full screen, one phase at a time (Esc leaves)."""
        from raci_studio.ui.diagram.presentation import PresentationWindow

        if self.presentation is not None:
            self.presentation.close()
        self.presentation = PresentationWindow(self._adapter.project, scheme=self.scheme)
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.showFullScreen()
        self.presentation.activateWindow()

    def _presentation_closed(self) -> None:
        self.presentation = None
