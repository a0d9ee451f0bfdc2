"""Findings and the rule registry shared by every lint rule module.

A *rule* is a plain function ``rule(project) -> Iterable[Finding]``. The built-in rules are
listed module by module in :mod:`raci_studio.core.rules`, which registers them and runs every
registered rule in :func:`~raci_studio.core.rules.check_project`; :func:`register_rule` adds
rules from elsewhere (a test, an organisation's own checks).

Built-in rules make their findings with :func:`finding`, which takes the words from the one
catalogue of messages (:mod:`raci_studio.core.messages`) and keeps the values that fill them,
so that the window can show the sentence translated while the CLI prints the English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, get_args

from raci_studio.core.messages import MessageValue, code_of, render
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
    message_id : str
        The catalogue entry of ``message`` (``code`` or ``code.shape``), "" for a finding
        written without the catalogue (a rule registered from elsewhere).
    args : tuple of (str, value) pairs
        The values that fill the template's placeholders, by name.
    """

    code: str
    severity: Severity
    message: str
    ids: tuple[str, ...] = ()
    subject: Subject = "project"
    message_id: str = ""
    args: tuple[tuple[str, MessageValue], ...] = ()

    def arguments(self) -> dict[str, MessageValue]:
        """Return the values of the message's placeholders, by name."""
        return dict(self.args)

    def __post_init__(self) -> None:
        if self.subject not in SUBJECTS:  # a typo would otherwise never be shown anywhere
            raise ValueError(f"'{self.subject}' is not a finding subject")


def finding(
    message_id: str,
    severity: Severity,
    subject: Subject,
    ids: tuple[str, ...],
    /,
    **args: MessageValue,
) -> Finding:
    """Return a finding whose message is the catalogue's ``message_id`` filled with ``args``.

    The public code is the message id up to its first dot. Raises
    :class:`~raci_studio.core.messages.MessageError` when the catalogue lacks the id or
    ``args`` are not exactly its placeholders.
    """
    message = render(message_id, args)
    return Finding(
        code_of(message_id), severity, message, ids, subject, message_id, tuple(args.items())
    )


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
