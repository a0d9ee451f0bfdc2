"""The document: one open project, the single place where edits are applied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from raci_studio.core.changes import Change
from raci_studio.core.edits import Edit
from raci_studio.core.model import Project
from raci_studio.core.scheme import Scheme, scheme_for

Listener = Callable[[Change], None]


class Document:
    """Hold a project, apply edits to it and tell listeners what changed.

    Attributes
    ----------
    project
        The project being edited. Views read it; only :meth:`apply` and :meth:`replace`
        change it.
    path
        The file the project was loaded from or last saved to, if any.
    """

    def __init__(self, project: Project, path: Path | None = None) -> None:
        self.project = project
        self.path = path
        self._listeners: list[Listener] = []

    @property
    def scheme(self) -> Scheme:
        return scheme_for(self.project.scheme)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit``, notify listeners, and return the edit that undoes it."""
        inverse, change = edit.apply(self.project)
        self._notify(change)
        return inverse

    def replace(self, project: Project, path: Path | None = None) -> None:
        """Swap in another project (a file was opened or reloaded)."""
        self.project = project
        self.path = path
        self._notify(Change.all())

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
