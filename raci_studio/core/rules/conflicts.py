"""Lint rule about merges: a project with open conflicts is not finished.

A three-way merge keeps what it could not decide in the project's ``conflicts`` list; the file
still loads, so that a person can resolve them in the app, but ``raci-studio check`` fails
until they have, and a conflicted file cannot pass CI unnoticed.
"""

from __future__ import annotations

from raci_studio.core.findings import Finding, Rule, Severity
from raci_studio.core.model import ConflictKind, Project

_WHY = {
    ConflictKind.EDITED: "both sides changed it differently",
    ConflictKind.DELETED: "one side deleted it while the other changed or used it",
    ConflictKind.ADDED: "both sides added it with different content",
}


def check_conflicts(project: Project) -> list[Finding]:
    """Report each open merge conflict as an error naming the place and why."""
    return [
        Finding(
            "merge-conflict",
            Severity.ERROR,
            f"Merge conflict at {c.where}: {_WHY[c.kind]}; open the project in RACI Studio "
            "and pick ours, theirs or the base value in the Conflicts panel.",
            (c.id,),
            "conflict",
        )
        for c in project.conflicts
        if c.resolved is None
    ]


RULES: tuple[Rule, ...] = (check_conflicts,)
