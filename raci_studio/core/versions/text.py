"""A project as stable text, one fact a line, for ``git diff`` to read as a change list.

``activities[train-model].raci[data-engineer] = "R"``: every line names its place by ids, so a
change shows as the lines of the facts that changed, whatever moved around them. Empty values
are left out; strings are JSON-quoted so a line never breaks.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from raci_studio.core.model import Project
from raci_studio.core.versions.tree import Tree, as_tree, is_keyed, keyed


def project_text(project: Project) -> str:
    """Return the project as sorted-by-place text lines, each ``place = value``."""
    return "".join(f"{place} = {value}\n" for place, value in facts(as_tree(project)))


def facts(tree: Tree) -> Iterator[tuple[str, str]]:
    """Yield (place, value as JSON) for every non-empty leaf of a project tree, in file order."""
    yield from _facts(tree, "")


def _facts(value: Any, place: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for name, item in value.items():
            if name == "id" and place.endswith("]"):
                continue  # the id is already in the place
            yield from _field(item, f"{place}.{name}" if place else str(name), str(name))
    elif value not in (None, "", [], {}):
        yield place, json.dumps(value, ensure_ascii=False)


def _field(value: Any, place: str, name: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, list) and value and is_keyed(value, name):
        for key, item in keyed(value, name).items():
            yield from _facts(item, f"{place}[{key}]")
    elif isinstance(value, dict) and name in ("raci", "layout"):
        for key, item in value.items():
            yield f"{place}[{key}]", json.dumps(item, ensure_ascii=False)
    else:
        yield from _facts(value, place)
