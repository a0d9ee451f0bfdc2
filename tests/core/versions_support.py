"""Helpers for the versions tests: projects edited at random, and facts to compare."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from raci_studio.core.actions import raci as raci_actions
from raci_studio.core.edits import Edit, EditError, RemoveItem, UpdateFields
from raci_studio.core.model import Project
from raci_studio.core.versions.tree import CELLS, as_tree, walk
from tests.core.test_undo_property import TEXT, draw_edit

NAMES = st.sampled_from(["Train model", "Evaluate", "Ship it", "Legal review", "Data audit"])


def draw_field_edit(data: st.DataObject, p: Project) -> Edit | None:
    """Pick an edit of one field: renames, descriptions, targets, removed measurements."""
    kind = data.draw(st.integers(0, 5), label="field kind")
    if kind == 0 and p.activities:
        activity = data.draw(st.sampled_from(p.activities))
        return raci_actions.rename(p, "activities", activity.id, data.draw(NAMES))
    if kind == 1 and p.roles:
        role = data.draw(st.sampled_from(p.roles))
        return raci_actions.rename(p, "roles", role.id, data.draw(NAMES))
    if kind == 2 and p.activities:
        activity = data.draw(st.sampled_from(p.activities))
        return UpdateFields(("activities", activity.id), {"description": data.draw(TEXT)})
    if kind == 3 and p.metrics:
        metric = data.draw(st.sampled_from(p.metrics))
        target = data.draw(st.sampled_from([None, 0.5, 0.8, 0.9]))
        return UpdateFields(("metrics", metric.id), {"target": target})
    if kind == 4 and p.metrics and p.metrics[0].measurements:
        return RemoveItem(("metrics", p.metrics[0].id, "measurements"), 0)
    if kind == 5:
        return UpdateFields((), {"name": data.draw(NAMES)})
    return None


Fact = tuple[str, ...]


def edited(data: st.DataObject, base: Project, label: str, most: int = 8) -> Project:
    """Return a copy of ``base`` with up to ``most`` random user actions applied."""
    project = base.model_copy(deep=True)
    for _ in range(data.draw(st.integers(0, most), label=f"{label} steps")):
        pick = draw_field_edit if data.draw(st.booleans(), label="field edit") else draw_edit
        try:  # an action may refuse (a blank name), as it would in the app
            edit = pick(data, project)
            if edit is not None:
                edit.apply(project)
        except EditError:
            continue
    return project


def facts(project: Project, *, conflicts: bool = False) -> dict[Fact, Any]:
    """Return every fact of a project by place; a cell's letters are one fact each."""
    result: dict[Fact, Any] = {}
    for path, value in walk(as_tree(project)):
        if path and path[0] == "conflicts" and not conflicts:
            continue
        if len(path) >= 2 and path[-2] == CELLS:
            for letter in value:
                result[(*path, letter)] = True
        else:
            result[path] = value
    return result


def covered(path: Fact, conflict_paths: list[Fact]) -> bool:
    """True when a conflict names ``path``, a place inside it, or the place holding it."""
    for c in conflict_paths:
        n = min(len(c), len(path))
        if path[:n] == c[:n]:
            return True
        if path[0] == "layout" and c[0] in ("phases", "gates") and c[1:2] == path[1:2]:
            return True  # a node kept by a conflict keeps its diagram position
    return False
