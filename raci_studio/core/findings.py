"""Findings and the rule registry shared by every lint rule module.

A *rule* is a plain function ``rule(project) -> Iterable[Finding]``. The built-in rules are
listed module by module in :mod:`raci_studio.core.rules`, which registers them and runs every
registered rule in :func:`~raci_studio.core.rules.check_project`; :func:`register_rule` adds
rules from elsewhere (a test, an organisation's own checks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, get_args

from raci_studio.core.model import Project

#: What a finding or a selection names, singular (``ids[0]`` is one of these). Change
#: records speak of topics, the plural collections: see ``core.changes.Topic``.
Subject = Literal[
    "project", "conflict", "activity", "cell", "role", "phase", "gate", "metric", "scoping"
]
SUBJECTS: frozenset[str] = frozenset(get_args(Subject))


class Severity(StrEnum):
    """How serious a finding is; errors make ``raci-studio check`` fail."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One problem found in a project.

    Attributes
    ----------
    code : str
        Stable kebab-case identifier, e.g. ``missing-accountable``.
    severity : Severity
    message : str
        A sentence a program manager understands, naming things by their names.
    ids : tuple of str
        The ids involved; ``ids[0]`` is the object named by ``subject``.
    subject : Subject
        What ``ids[0]`` is: ``activity``, ``cell`` (ids = (activity id, role id)), ``role``,
        ``phase``, ``gate``, ``metric``, ``scoping`` (ids = (table, row id)), ``conflict``
        or ``project`` (then ``ids`` may be empty).
    """

    code: str
    severity: Severity
    message: str
    ids: tuple[str, ...] = ()
    subject: Subject = "project"

    def __post_init__(self) -> None:
        if self.subject not in SUBJECTS:  # a typo would otherwise never be shown anywhere
            raise ValueError(f"'{self.subject}' is not a finding subject")


Rule = Callable[[Project], Iterable[Finding]]

#: Every registered rule, in registration order (also the order of ties in the report).
RULES: list[Rule] = []


def register_rule(rule: Rule) -> Rule:
    """Add ``rule`` to the rules every check runs (usable as a decorator); idempotent."""
    if rule not in RULES:
        RULES.append(rule)
    return rule


def unregister_rule(rule: Rule) -> None:
    """Remove ``rule`` from the registry if it is there."""
    if rule in RULES:
        RULES.remove(rule)
