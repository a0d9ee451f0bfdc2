"""Lint rule about merges: a project with open conflicts is not finished.

A three-way merge keeps what it could not decide in the project's ``conflicts`` list; the file
still loads, so that a person can resolve them in the app, but ``raci-studio check`` fails
until they have, and a conflicted file cannot pass CI unnoticed.
"""

from __future__ import annotations

from raci_studio.core.findings import Finding, Rule, Severity, finding
from raci_studio.core.model import Project


def check_conflicts(project: Project) -> list[Finding]:
    """Report each open merge conflict as an error naming the place and why."""
    return [
        finding(
            f"merge-conflict.{c.kind.value}", Severity.ERROR, "conflict", (c.id,), place=c.where
        )
        for c in project.conflicts
        if c.resolved is None
    ]


RULES: tuple[Rule, ...] = (check_conflicts,)
