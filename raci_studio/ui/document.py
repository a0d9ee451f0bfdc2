"""The Qt face of the document: edits become undo commands, changes become a signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from raci_studio.core.changes import Change
from raci_studio.core.document import Document
from raci_studio.core.edits import Edit, EditError
from raci_studio.core.model import Phase, Project
from raci_studio.ui.i18n import translate


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
    """Own the document, its undo stack and its saved state; every view edits through it.

    Views build edits with :meth:`run` (or :meth:`push` for an edit already built); the window
    shows projects with :meth:`show` and :meth:`close` and records saves with
    :meth:`mark_saved`.

    Signals
    -------
    changed(Change)
        After every applied edit, undo or redo, and when a project is shown.
    refused(str)
        An edit was refused; the message says why in plain words.
    shown()
        Another project was put in place (opened, created, imported, restored, reloaded).
    closed()
        The project was closed; an empty stand-in holds its place.
    """

    changed = Signal(object)
    refused = Signal(str)
    shown = Signal()
    closed = Signal()

    def __init__(
        self,
        project: Project | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = Document(project or blank_project(), path)
        self.undo_stack = QUndoStack(self)
        self.document.subscribe(self.changed.emit)

    @property
    def project(self) -> Project:
        """The project as it is now."""
        return self.document.project

    @property
    def path(self) -> Path | None:
        """The file the project belongs to (None until it is first saved)."""
        return self.document.path

    # -- editing -------------------------------------------------------------------------------

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

    def run(self, build: Callable[[Project], Edit | None]) -> Edit | None:
        """Build an edit from the current project and push it as one undo step.

        A refusal, while building or applying, is told to the user through ``refused``.
        Returns the edit that was applied (its ``created`` names what it added), or None when
        nothing was done.
        """
        try:
            edit = build(self.project)
        except (EditError, ValueError) as exc:
            self.refused.emit(str(exc))
            return None
        if edit is None or not self.push(edit):
            return None
        return edit

    # -- which project, and whether it is saved ---------------------------------------------

    def show(self, project: Project, path: Path | None = None, *, saved: bool = True) -> None:
        """Put ``project`` in front: the undo history starts afresh.

        ``saved`` False marks work that no file holds yet (a new, imported or restored
        project), so closing asks to save it.
        """
        self._replace(project, path, saved)
        self.shown.emit()

    def close(self) -> None:
        """Close the project: an empty stand-in takes its place, with no history."""
        self._replace(blank_project(), None, True)
        self.closed.emit()

    def _replace(self, project: Project, path: Path | None, saved: bool) -> None:
        self.undo_stack.clear()
        self.document.replace(project, path)
        self.undo_stack.setClean()
        if not saved:
            self.undo_stack.resetClean()

    def mark_saved(self, path: Path | None = None) -> None:
        """Record that the project as it is now is on disk (at ``path`` when it moved)."""
        if path is not None:
            self.document.path = path
        self.undo_stack.setClean()

    def mark_unsaved(self) -> None:
        """Record that the file no longer matches the project (it was deleted or replaced)."""
        self.undo_stack.resetClean()

    @property
    def is_saved(self) -> bool:
        """True when the file holds exactly the project as it is now."""
        return self.undo_stack.isClean()

    def notify_all(self) -> None:
        """Ask every view to refresh everything."""
        self.changed.emit(Change.all())


def blank_project() -> Project:
    """The stand-in shown while no project is open."""
    return Project(
        name=translate("Document", "Untitled"),
        phases=[Phase(id="phase-1", name=translate("Document", "Phase 1"))],
    )
