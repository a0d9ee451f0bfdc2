"""Text fields that commit one undo step per edit, and follow the document without jumps.

A field remembers the text the document holds. Typing changes only the widget; the edit is
committed when editing finishes (Enter or focus out for a line, focus out for a paragraph),
and only when the text differs. When the document changes underneath (an undo), the field
shows the new text, keeping the cursor where it was, unless the user is typing in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class CommitLineEdit(QLineEdit):
    """A one-line field that emits ``committed(text)`` when editing finishes with a change."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document_text = ""
        self.editingFinished.connect(self.commit)

    @property
    def document_text(self) -> str:
        return self._document_text

    def is_dirty(self) -> bool:
        """Return True when the user typed something not yet committed."""
        return self.text() != self._document_text

    def commit(self) -> None:
        if self.is_dirty():
            self.committed.emit(self.text())

    def show_document_text(self, text: str) -> None:
        """Show what the document holds now, keeping the cursor and the user's typing."""
        dirty = self.is_dirty()
        self._document_text = text
        if self.text() == text or (dirty and self.hasFocus()):
            return
        position = self.cursorPosition()
        self.setText(text)
        self.setCursorPosition(min(position, len(text)))


class CommitTextEdit(QPlainTextEdit):
    """A paragraph field that emits ``committed(text)`` on focus out when the text changed.

    Ctrl+Enter commits too, without leaving the field. The field grows with its text between
    ``min_lines`` and ``max_lines``, so a form of such fields reads like a document.
    """

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, min_lines: int = 2, max_lines: int = 14):
        super().__init__(parent)
        self._document_text = ""
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    @property
    def document_text(self) -> str:
        return self._document_text

    def is_dirty(self) -> bool:
        return self.toPlainText() != self._document_text

    def commit(self) -> None:
        if self.is_dirty():
            self.committed.emit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A context menu takes focus for a moment; the edit is not finished then.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)

    def show_document_text(self, text: str) -> None:
        """Show what the document holds now, keeping the cursor and the user's typing."""
        dirty = self.is_dirty()
        self._document_text = text
        if self.toPlainText() == text or (dirty and self.hasFocus()):
            return
        cursor = self.textCursor()
        position, anchor = cursor.position(), cursor.anchor()
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(anchor, len(text)))
        cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    def _fit_height(self) -> None:
        lines = self.document().size().height()  # in lines for a plain text layout
        shown = max(self._min_lines, min(self._max_lines, int(lines) + 1))
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        self.setFixedHeight(int(shown * metrics.lineSpacing() + frame + 8))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()
