"""Gestures of the diagram editor: the view (zoom, pan, rubber band, keys), drawing a
connection from a node's edge handle, and the in-place name editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGraphicsPathItem, QGraphicsView, QLineEdit, QWidget

from raci_studio.ui.diagram.items import NodeItem
from raci_studio.ui.diagram.style import ACCENT

if TYPE_CHECKING:
    from raci_studio.ui.diagram.scene import DiagramScene

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
ZOOM_STEP = 1.2


class ConnectInteraction:
    """Draw a flow from a node's handle to wherever the mouse goes; report the two ends."""

    def __init__(self, scene: DiagramScene, source: NodeItem, pos: QPointF) -> None:
        self.scene = scene
        self.source = source
        self.target: NodeItem | None = None
        self.line = QGraphicsPathItem()
        pen = QPen(QColor(ACCENT), 2.0, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(10)
        scene.addItem(self.line)
        self.move(pos)

    def move(self, pos: QPointF) -> None:
        """Follow the mouse and mark the node under it as the drop target."""
        start = self.source.mapToScene(self.source.handle_pos())
        path = QPainterPath(start)
        path.lineTo(pos)
        self.line.setPath(path)
        target = self.scene.node_at(pos, exclude=self.source)
        if target is not self.target:
            if self.target is not None:
                self.target.set_focused(False)
            self.target = target
            if target is not None:
                target.set_focused(True)

    def finish(self, pos: QPointF) -> tuple[str, str] | None:
        """End the gesture; return (source, target) ids when it ended on another node."""
        self.move(pos)
        target = self.target
        self.cancel()
        return None if target is None else (self.source.node_id, target.node_id)

    def cancel(self) -> None:
        if self.target is not None:
            self.target.set_focused(False)
            self.target = None
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class DiagramView(QGraphicsView):
    """The editor's view: Ctrl+wheel zoom, middle-button or space-drag pan, rubber band.

    Signals
    -------
    delete_requested()
        Delete or Backspace was pressed.
    rename_requested(str)
        F2 was pressed ("" : the selected node) or a node was double-clicked (its id).
    add_requested(QPointF)
        The empty canvas was double-clicked at this scene position.
    context_requested(QPointF, object)
        A context menu is wanted at this global position, over this item (or None).
    zoom_changed(float)
        The scale changed.
    """

    delete_requested = Signal()
    rename_requested = Signal(str)
    add_requested = Signal(QPointF)
    context_requested = Signal(object, object)
    zoom_changed = Signal(float)

    _OVERRIDE = (Qt.Key.Key_F2, Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._diagram = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self._space = False

    # -- zoom ----------------------------------------------------------------------------------

    def zoom_level(self) -> float:
        return self.transform().m11()

    def set_zoom(self, level: float) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, level))
        factor = level / self.zoom_level()
        if abs(factor - 1) > 1e-6:
            self.scale(factor, factor)
            self.zoom_changed.emit(level)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom_level() * factor)

    def fit(self, rect: QRectF | None = None, max_zoom: float = 1.25) -> None:
        """Show the whole diagram (or ``rect``), never enlarged past ``max_zoom``."""
        rect = rect or self._diagram.diagram_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom_level() > max_zoom:
            self.set_zoom(max_zoom)
            self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom_level())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- keys ----------------------------------------------------------------------------------

    def event(self, event) -> bool:
        # Keys the window also binds (F2 renames in the grid, Del deletes) act on the diagram
        # while it has focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() in self._OVERRIDE
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setInteractive(False)
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif key == Qt.Key.Key_F2:
            self.rename_requested.emit("")
        elif key == Qt.Key.Key_Escape:
            if not self._diagram.cancel_interaction():
                self._diagram.clearSelection()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in self._diagram.nodes.values():
                item.setSelected(True)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            return
        super().keyReleaseEvent(event)

    # -- mouse ---------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.pan(delta.x(), delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan(self, dx: float, dy: float) -> None:
        """Move the visible area by (dx, dy) pixels, as a hand dragging the canvas."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - round(dx))
        v.setValue(v.value() - round(dy))

    def mouseDoubleClickEvent(self, event) -> None:
        item = self._node_at(event.position())
        if item is not None:
            self.rename_requested.emit(item.node_id)
        elif self.itemAt(event.position().toPoint()) is None:
            self.add_requested.emit(self.mapToScene(event.position().toPoint()))
        event.accept()

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        if item is not None and not item.isSelected():
            self.scene().clearSelection()
            item.setSelected(True)
        self.context_requested.emit(event.globalPos(), item)
        event.accept()

    def _node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, NodeItem):
                return item
        return None


class InlineEditor(QLineEdit):
    """A line edit laid over a node to rename it in place: Enter keeps, Esc cancels.

    Signals
    -------
    done(str, str)
        Node id and the new name, once, when editing ends with a change.
    """

    done = Signal(str, str)

    def __init__(self, view: DiagramView, node: NodeItem) -> None:
        super().__init__(node.name, view.viewport())
        self.node_id = node.node_id
        self._original = node.name
        self._closed = False
        rect = view.mapFromScene(node.sceneBoundingRect()).boundingRect()
        height = max(26, round(24 * min(1.6, view.zoom_level())))
        width = max(160, rect.width() - 16)
        self.setGeometry(
            rect.center().x() - width // 2, rect.center().y() - height // 2, width, height
        )
        font = self.font()
        font.setPixelSize(max(12, round(14 * min(1.6, view.zoom_level()))))
        self.setFont(font)
        self.selectAll()
        self.editingFinished.connect(self._finish)
        self.show()
        self.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # a line edit passes Enter on; on the diagram it would open the node again
            event.accept()

    def cancel(self) -> None:
        """Close without renaming."""
        self.setText(self._original)
        self._finish()

    def _finish(self) -> None:
        if self._closed:
            return
        self._closed = True
        text = self.text().strip()
        if text and text != self._original:
            self.done.emit(self.node_id, text)
        self.hide()
        self.deleteLater()
        viewport = self.parentWidget()
        view = viewport.parentWidget() if viewport is not None else None
        if view is not None:
            view.setFocus()
