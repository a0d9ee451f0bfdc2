"""Change records: what an edit touched, so each view updates only what moved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

#: A top-level part of a project an edit can touch: the project file's plural collection
#: names, plus "project" (its own fields), "cells" (RACI letters) and "layout" (positions).
#: (What a finding or a selection names is a *subject*, singular: see ``core.findings``.)
Topic = Literal[
    "project",
    "roles",
    "phases",
    "gates",
    "flows",
    "activities",
    "metrics",
    "scoping",
    "retrospective",
    "conflicts",
    "layout",
    "cells",
]
TOPICS: tuple[Topic, ...] = get_args(Topic)
_KNOWN = frozenset(TOPICS)


def _known(topics: tuple[str, ...]) -> None:
    """Refuse a topic that does not exist, so a typo fails loudly instead of never matching."""
    for topic in topics:
        if topic not in _KNOWN:
            raise ValueError(f"'{topic}' is not a change topic (one of {', '.join(TOPICS)})")


@dataclass(frozen=True)
class Change:
    """What one edit (or a batch of them) changed.

    Attributes
    ----------
    cells
        ``(activity id, role id)`` of RACI cells whose letters changed.
    touched
        ``(topic, id)`` of objects whose content changed; topic is a top-level collection
        (``"roles"``, ``"metrics"``, ``"scoping"``, …) or ``"project"``.
    restructured
        Topics in which items were inserted, removed or reordered.
    fields
        Names of the fields that were set (helps a view skip what it does not show).
    layout
        Ids of diagram nodes whose position changed.
    everything
        The whole project was replaced (a file was opened): rebuild every view.
    """

    cells: frozenset[tuple[str, str]] = frozenset()
    touched: frozenset[tuple[str, str]] = frozenset()
    restructured: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    layout: frozenset[str] = frozenset()
    everything: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(
            cells=self.cells | other.cells,
            touched=self.touched | other.touched,
            restructured=self.restructured | other.restructured,
            fields=self.fields | other.fields,
            layout=self.layout | other.layout,
            everything=self.everything or other.everything,
        )

    @property
    def topics(self) -> frozenset[str]:
        """Every top-level part this change concerns."""
        if self.everything:
            return frozenset(TOPICS)
        found = {topic for topic, _ in self.touched} | set(self.restructured)
        if self.cells:
            found.add("cells")
        if self.layout:
            found.add("layout")
        return frozenset(found)

    def ids(self, topic: Topic) -> frozenset[str]:
        """Ids touched in ``topic``."""
        _known((topic,))
        return frozenset(ident for t, ident in self.touched if t == topic)

    def concerns(self, *topics: Topic) -> bool:
        """True when this change touched any of ``topics`` (or replaced everything)."""
        _known(topics)
        return self.everything or not self.topics.isdisjoint(topics)

    def reshaped(self, *topics: Topic) -> bool:
        """True when items were inserted, removed or reordered in any of ``topics``."""
        _known(topics)
        return not self.restructured.isdisjoint(topics)

    @property
    def is_layout_only(self) -> bool:
        """True when only diagram positions moved."""
        return not self.everything and self.topics <= {"layout"}

    @classmethod
    def all(cls) -> Change:
        """The change of a project replaced whole (a file opened): every view rebuilds."""
        return cls(everything=True)
