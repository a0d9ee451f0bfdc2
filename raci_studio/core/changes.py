"""Change records: what an edit touched, so each view updates only what moved."""

from __future__ import annotations

from dataclasses import dataclass

#: The top-level parts of a project an edit can touch.
TOPICS = (
    "project",
    "roles",
    "phases",
    "gates",
    "flows",
    "activities",
    "metrics",
    "scoping",
    "retrospective",
    "layout",
    "cells",
)


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

    def ids(self, topic: str) -> frozenset[str]:
        """Ids touched in ``topic``."""
        return frozenset(ident for t, ident in self.touched if t == topic)

    def concerns(self, *topics: str) -> bool:
        return self.everything or not self.topics.isdisjoint(topics)

    @property
    def is_layout_only(self) -> bool:
        return not self.everything and self.topics <= {"layout"}

    @classmethod
    def all(cls) -> Change:
        return cls(everything=True)
