"""The Qt face of the document: edits become undo commands, changes become a signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from raci_studio.core.changes import Change
from raci_studio.core.document import Document
from raci_studio.core.edits import Edit, EditError
from raci_studio.core.model import Project


class EditCommand(QUndoCommand):
    """One core edit on the undo stack: redo applies it, undo applies its inverse."""

    def __init__(self, adapter: DocumentAdapter, edit: Edit) -> None:
        super().__init__(edit.label)
        self._adapter = adapter
        self._forward: Edit = edit
        self._backward: Edit | None = None
        self.error: str | None = None

    def redo(self) -> None:
        try:
            self._backward = self._adapter.document.apply(self._forward)
        except (EditError, ValueError) as exc:
            # A refused edit never enters the stack: Qt drops obsolete commands on push.
            self.error = str(exc)
            self.setObsolete(True)

    def undo(self) -> None:
        if self._backward is not None:
            self._forward = self._adapter.document.apply(self._backward)


class DocumentAdapter(QObject):
    """Own the document and its undo stack; every view edits through :meth:`push`.

    Signals
    -------
    changed(Change)
        After every applied edit, undo or redo, and when a project is opened.
    refused(str)
        An edit was refused; the message says why in plain words.
    """

    changed = Signal(object)
    refused = Signal(str)

    def __init__(self, project: Project, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.document = Document(project, path)
        self.undo_stack = QUndoStack(self)
        self.document.subscribe(self.changed.emit)

    @property
    def project(self) -> Project:
        return self.document.project

    @property
    def path(self) -> Path | None:
        return self.document.path

    def push(self, edit: Edit | None) -> bool:
        """Apply ``edit`` as one undo step; return False (and emit refused) if it failed."""
        if edit is None:
            return False
        command = EditCommand(self, edit)
        self.undo_stack.push(command)
        if command.error is not None:
            self.refused.emit(command.error)
            return False
        return True

    def replace(self, project: Project, path: Path | None) -> None:
        """Show another project: the undo history starts afresh and the state is clean."""
        self.undo_stack.clear()
        self.document.replace(project, path)
        self.undo_stack.setClean()

    def set_path(self, path: Path) -> None:
        self.document.path = path

    def notify_all(self) -> None:
        """Ask every view to refresh everything."""
        self.changed.emit(Change.all())
