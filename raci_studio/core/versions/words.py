"""Say where a place in a project is, and what a value is, in words a program manager reads.

``Activity "Train model": Data Engineer``, ``Metric "PR-AUC": target``, ``Scoping: problem
statement``: names come from the project trees given to :class:`Namer`, so a place is named as
the newest version calls it, and an id is shown only when no version has a name for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from raci_studio.core.versions.tree import (
    CELLS,
    MEASUREMENTS,
    MISSING,
    Tree,
    TreePath,
    keyed,
    keyed_list,
)

#: What one item of each collection is called, by the field that holds the collection.
NOUNS: dict[str, str] = {
    "roles": "Role",
    "phases": "Phase",
    "gates": "Gate",
    "flows": "Flow",
    "activities": "Activity",
    "metrics": "Metric",
    "conflicts": "Conflict",
    "criteria": "criterion",
    "data_requirements": "Data requirement",
    "risks": "Risk",
    "assumptions": "Assumption",
    "constraints": "Constraint",
    "go_no_go": "Go/no-go criterion",
    "decision_log": "Decision",
    MEASUREMENTS: "measurement",
}
#: The heading each top-level field is grouped under.
AREAS: dict[str, str] = {
    "roles": "Roles",
    "phases": "Phases",
    "gates": "Gates",
    "flows": "Flows",
    "activities": "Activities",
    "metrics": "Metrics",
    "scoping": "Scoping",
    "layout": "Diagram",
    "conflicts": "Conflicts",
}
#: Fields whose values are words from a fixed list (shown without quotes, "_" as spaces).
CHOICE_FIELDS = frozenset(
    {"status", "kind", "category", "direction", "likelihood", "impact", "scheme", "op"}
)
_FIELD_WORDS = {"short": "short label", "raci": "assignments", "go_no_go": "go/no-go criteria"}
_TITLE_FIELDS = ("name", "text", "dataset", "decision", "description", "where")
_LONGEST = 60


def area_of(path: TreePath) -> str:
    """Return the heading a change at ``path`` is grouped under."""
    return AREAS.get(path[0], "Project") if path else "Project"


def field_words(name: str) -> str:
    """Return a field name as words: ``quality_concerns`` -> ``quality concerns``."""
    return _FIELD_WORDS.get(name, name.replace("_", " "))


def short_text(text: str, limit: int = _LONGEST) -> str:
    """Return ``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def value_words(value: Any, field: str = "") -> str:
    """Return a value as a program manager reads it ("—" for nothing)."""
    if value is MISSING or value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, str):
        if field in CHOICE_FIELDS:
            return value.replace("_", " ")
        return f'"{short_text(value)}"'
    if isinstance(value, list):
        if len(value) == 2 and all(isinstance(v, int | float) for v in value):
            return f"({value_words(value[0])}, {value_words(value[1])})"
        return ", ".join(value_words(v) for v in value) or "—"
    if isinstance(value, dict):
        title = title_of(value)
        return f'"{title}"' if title else "an item"
    return str(value)


def place_value_words(path: Sequence[str], value: Any) -> str:
    """Return the value held at ``path`` in words (a cell's letters as they are: R, RA)."""
    if len(path) >= 2 and path[-2] == CELLS and isinstance(value, str):
        return value or "—"
    return value_words(value, path[-1] if path else "")


def title_of(item: Tree) -> str:
    """Return the text an item is known by: its name, text, data set, … or its id."""
    for name in _TITLE_FIELDS:
        value = item.get(name)
        if isinstance(value, str) and value.strip():
            return short_text(value)
    return str(item.get("id", ""))


class Namer:
    """Name places of a project, looking names up in one or more versions of it."""

    def __init__(self, trees: Sequence[Tree]) -> None:
        self._trees = [t for t in trees if isinstance(t, dict)]
        self._titles: dict[tuple[str, str], str] = {}
        self._lists: dict[tuple[int, TreePath], dict[str, Any]] = {}
        for tree in reversed(self._trees):  # the first tree given wins
            for field in ("roles", "phases", "gates", "flows", "activities", "metrics"):
                for item in tree.get(field) or []:
                    if isinstance(item, dict) and "id" in item:
                        self._titles[(field, item["id"])] = title_of(item)

    def title(self, field: str, ident: str) -> str:
        """Return the name of item ``ident`` of the top-level collection ``field``."""
        return self._titles.get((field, ident), ident)

    def node(self, ident: str) -> str:
        """Return the name of a phase or gate."""
        return self._titles.get(("phases", ident)) or self._titles.get(("gates", ident), ident)

    def item(self, path: TreePath) -> Any:
        """Return the item at ``path`` in the first version that has it, or MISSING."""
        for k, tree in enumerate(self._trees):
            found = self._resolve(k, tree, path)
            if found is not MISSING:
                return found
        return MISSING

    def _resolve(self, k: int, tree: Tree, path: TreePath) -> Any:
        """Return the value at ``path`` in version ``k``, or MISSING (lists indexed once)."""
        node: Any = tree
        for depth, step in enumerate(path):
            if not isinstance(node, dict) or step not in node:
                return MISSING
            node = node[step]
            if isinstance(node, list) and keyed_list(node, step, ()):
                key = (k, path[: depth + 1])
                index = self._lists.get(key)
                if index is None:
                    index = self._lists[key] = keyed(node, step)
                node = index
        return node

    def item_words(self, collection: str, key: str, path: TreePath) -> str:
        """Return ``Activity "Train model"`` for the item ``key`` of ``collection``."""
        noun = NOUNS.get(collection, field_words(collection))
        if collection == MEASUREMENTS:
            return f"{noun} of {key}"
        item = self.item(path)
        if collection == "flows" and isinstance(item, dict):
            title = item.get("label") or (
                f"{self.node(str(item.get('source')))} → {self.node(str(item.get('target')))}"
            )
        elif isinstance(item, dict):
            title = title_of(item)
        else:
            title = key
        return f'{noun} "{title}"'

    def where(self, path: TreePath) -> str:
        """Return the place ``path`` names, in words."""
        if not path:
            return "Project"
        if len(path) == 1:
            return f"Project {field_words(path[0])}" if path[0] not in AREAS else AREAS[path[0]]
        parts: list[str] = []
        i = 0
        if path[0] == "scoping":
            i = 1
            if len(path) > 2 and path[1] == "model_card":
                parts.append("Model card")
                i = 2
            elif path[1] not in NOUNS:
                parts.append("Scoping")
        elif path[0] == "layout":
            return f'Diagram: position of "{self.node(path[1])}"'
        while i < len(path):
            step = path[i]
            if step in NOUNS and i + 1 < len(path):
                parts.append(self.item_words(step, path[i + 1], path[: i + 2]))
                i += 2
            elif step == CELLS and i + 1 < len(path):
                parts.append(self.title("roles", path[i + 1]))
                i += 2
            else:
                parts.append(field_words(step))
                i += 1
        head, *rest = parts or ["Project"]
        return head + (": " + ", ".join(rest) if rest else "")
