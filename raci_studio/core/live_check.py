"""The live check: the RACI rules re-run after every edit, re-reading only what changed."""

from __future__ import annotations

from raci_studio.core.changes import Change
from raci_studio.core.findings import Finding
from raci_studio.core.model import Project
from raci_studio.core.rules import AssignmentCache, check_project


class LiveCheck:
    """Follow a document's changes and give the same findings as a full check, faster.

    Call :meth:`note` with every :class:`Change` the document announces, and :meth:`run`
    when the findings are wanted (several notes may come between two runs).
    """

    def __init__(self) -> None:
        self._cache = AssignmentCache()

    def note(self, change: Change) -> None:
        """Forget what ``change`` may have made stale."""
        if change.everything or change.concerns("roles", "phases", "project"):
            self._cache.clear()  # role names, phases and the scheme appear in every message
            return
        self._cache.forget(activity for activity, _role in change.cells)
        self._cache.forget(change.ids("activities"))

    def run(self, project: Project) -> list[Finding]:
        return check_project(project, cache=self._cache)
