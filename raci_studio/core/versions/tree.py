"""A project as a plain JSON tree, and how the versions code reads it.

Diff and merge work on ``project.model_dump(mode="json")``: dicts for objects and maps, lists
for collections. Lists of objects with an ``id`` are collections matched by id; lists of
measurements are matched by their (date, source) key; every other value is compared whole.
Working on the tree rather than on the model keeps the code blind to which fields exist, so a
field added to the model is diffed and merged without a change here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from raci_studio.core.model import Project

Tree = dict[str, Any]
Step = str
TreePath = tuple[Step, ...]


class _Missing:
    """The value of something that does not exist on one side (deleted, or never added)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()

#: Collections whose items hold measurements rather than ids.
MEASUREMENTS = "measurements"
#: Maps whose keys are role ids and whose values are letters merged as sets.
CELLS = "raci"


def as_tree(project: Project) -> Tree:
    """Return ``project`` as a JSON tree (every field, defaults included)."""
    return project.model_dump(mode="json")


def from_tree(tree: Tree) -> Project:
    """Return the project a JSON tree describes (raises pydantic's ValidationError)."""
    return Project.model_validate(tree)


def measurement_key(measurement: Tree, seen: dict[str, int] | None = None) -> str:
    """Return the key a measurement is matched by: its date and source (and a repeat count).

    Two measurements of one metric with the same date and source are told apart by the order
    they come in (``#2``, ``#3`` …); ``seen`` counts the keys already handed out.
    """
    key = str(measurement.get("date"))
    source = measurement.get("source") or ""
    if source:
        key = f"{key} {source}"
    if seen is not None:
        n = seen.get(key, 0) + 1
        seen[key] = n
        if n > 1:
            key = f"{key} #{n}"
    return key


def is_keyed(items: list[Any], field: str) -> bool:
    """Return True when ``items`` (the list under ``field``) is matched item by item."""
    if field == MEASUREMENTS:
        return True
    # The items of one list are of one model, so the first tells for all of them.
    return bool(items) and isinstance(items[0], dict) and isinstance(items[0].get("id"), str)


def keyed(items: list[Any], field: str) -> dict[str, Any]:
    """Return the items of a matched list by key, in list order."""
    if field == MEASUREMENTS:
        seen: dict[str, int] = {}
        return {measurement_key(m, seen): m for m in items}
    return {item["id"]: item for item in items}


def keyed_list(value: Any, field: str, others: Iterable[Any]) -> bool:
    """Return True when the list ``value`` under ``field`` is matched by key.

    An empty list takes its kind from the other versions of the same place.
    """
    if field == MEASUREMENTS:
        return True
    candidates = [v for v in (value, *others) if isinstance(v, list) and v]
    return bool(candidates) and all(is_keyed(v, field) for v in candidates)


def walk(tree: Any, path: TreePath = ()) -> Iterator[tuple[TreePath, Any]]:
    """Yield (path, value) for every leaf of ``tree``, in file order.

    Lists matched by key contribute one step per item (its id or measurement key); other
    lists are leaves; empty lists and objects hold no fact and yield nothing.
    """
    if isinstance(tree, dict):
        if not tree and path:
            return
        for name, value in tree.items():
            yield from walk(value, (*path, str(name)))
    elif isinstance(tree, list) and not tree:
        return  # an empty list holds no fact
    elif isinstance(tree, list) and path and is_keyed(tree, path[-1]):
        for key, item in keyed(tree, path[-1]).items():
            yield from walk(item, (*path, key))
    else:
        yield path, tree
