"""Resolve merge conflicts: put the chosen value in place and mark the conflict, one step.

A conflict names its place by a path of field names and ids (see
:class:`~raci_studio.core.model.Conflict`). Resolving it makes the project hold the chosen
side's value there — or nothing, when that side deleted the item — and marks the conflict
resolved; both happen in one :class:`Batch`, so one undo puts the conflict back. Saving then
leaves resolved conflicts out of the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from raci_studio.core.actions import raci as raci_actions
from raci_studio.core.edits import (
    Batch,
    Edit,
    EditError,
    InsertItem,
    Path,
    RemoveItem,
    SetCells,
    SetLayout,
    UpdateFields,
    find,
    resolve,
)
from raci_studio.core.model import (
    Activity,
    Conflict,
    Constraint,
    Criterion,
    DataRequirement,
    Decision,
    Flow,
    Gate,
    Measurement,
    Metric,
    Note,
    Phase,
    Project,
    Risk,
    Role,
)
from raci_studio.core.scheme import scheme_for
from raci_studio.core.versions.tree import MEASUREMENTS, measurement_key
from raci_studio.core.versions.words import value_words

Choice = Literal["base", "ours", "theirs", "edited"]

#: The model of one item of each collection a conflict may name.
ITEM_MODELS: dict[str, type[BaseModel]] = {
    "roles": Role,
    "phases": Phase,
    "gates": Gate,
    "flows": Flow,
    "activities": Activity,
    "metrics": Metric,
    "criteria": Criterion,
    "data_requirements": DataRequirement,
    "risks": Risk,
    "assumptions": Note,
    "constraints": Constraint,
    "go_no_go": Criterion,
    "decision_log": Decision,
    MEASUREMENTS: Measurement,
}
_MISSING = object()


def open_conflicts(project: Project) -> list[Conflict]:
    """Return the conflicts still to resolve, in file order."""
    return [c for c in project.conflicts if c.resolved is None]


def chosen_value(conflict: Conflict, choice: Choice) -> Any:
    """Return the value ``choice`` stands for, or None when that side has none."""
    if choice == "edited" or choice in conflict.absent:
        return None
    return getattr(conflict, choice)


def resolve_conflict(
    project: Project, conflict_id: str, choice: Choice, value: Any = _MISSING
) -> Edit:
    """Return the edit that resolves a conflict with ``choice`` (or with ``value`` when edited).

    Raises EditError when the conflict is already resolved or its place no longer exists.
    """
    conflict = find(project.conflicts, conflict_id, "conflict")
    if conflict.resolved is not None:
        raise EditError(f"the conflict at {conflict.where} is already resolved")
    if choice == "edited":
        if value is _MISSING:
            raise EditError("an edited resolution needs a value")
        absent = False
    else:
        absent = choice in conflict.absent
        value = getattr(conflict, choice)
    place = _place_edits(project, list(conflict.path), value, absent)
    mark = UpdateFields(("conflicts", conflict_id), {"resolved": choice})
    words = (
        "your value"
        if choice == "edited"
        else f"{choice} ({value_words(value) if not absent else 'deleted'})"
    )
    return Batch((*place, mark), f"Resolve conflict at {conflict.where}: {words}")


def _place_edits(project: Project, path: list[str], value: Any, absent: bool) -> list[Edit]:
    """Return the edits that make ``path`` hold ``value`` (or not exist when ``absent``)."""
    if path[0] == "layout" and len(path) == 2:
        pos = None if absent or value is None else (float(value[0]), float(value[1]))
        return [SetLayout(((path[1], pos),))]
    if len(path) == 4 and path[0] == "activities" and path[2] == "raci":
        try:  # a typed value is read as people write cells: "A/R", "r, a", "-"
            letters = "" if absent or not value else scheme_for(project.scheme).parse(str(value))
        except ValueError as exc:
            raise EditError(str(exc)) from None
        return [SetCells(((path[1], path[3], letters),))]
    if len(path) >= 2 and path[-2] in ITEM_MODELS:
        return _item_edits(project, path, value, absent)
    target = _edit_path(project, path[:-1])
    return [UpdateFields(target, {path[-1]: value})]


def _edit_path(project: Project, path: Sequence[str]) -> Path:
    """Turn a conflict path into an edit path (measurements are found by their key)."""
    result: list[str | int] = []
    for k, step in enumerate(path):
        if k and path[k - 1] == MEASUREMENTS:
            result.append(_measurement_index(resolve(project, tuple(result)), step))
        else:
            result.append(step)
    return tuple(result)


def _measurement_index(items: list[Measurement], key: str) -> int:
    seen: dict[str, int] = {}
    for i, m in enumerate(items):
        if measurement_key(m.model_dump(mode="json"), seen) == key:
            return i
    raise EditError(f"no measurement of {key} any more")


def _item_edits(project: Project, path: list[str], value: Any, absent: bool) -> list[Edit]:
    collection, key = path[:-1], path[-1]
    items = resolve(project, _edit_path(project, collection))
    name = collection[-1]
    if name == MEASUREMENTS:
        index: int | None = _index_or_none(items, key)
    else:
        index = next((i for i, item in enumerate(items) if item.id == key), None)
    target = _edit_path(project, collection)
    if absent:
        return [] if index is None else [_removal(project, target, name, key, index)]
    item = _item(project, name, value)
    if index is None:
        return [InsertItem(target, _insert_at(items, name, item), item)]
    fields = {f: getattr(item, f) for f in type(item).model_fields if f != "id"}
    return [UpdateFields((*target, key if name != MEASUREMENTS else index), fields)]


def _index_or_none(items: list[Measurement], key: str) -> int | None:
    try:
        return _measurement_index(items, key)
    except EditError:
        return None


def _removal(project: Project, target: Path, name: str, key: str, index: int) -> Edit:
    """Remove an item as the app would, with what depends on it (cells, links, bindings)."""
    if target == ("roles",):
        return raci_actions.remove_role(project, key)
    if target == ("phases",):
        return raci_actions.remove_phase(project, key)
    if target == ("gates",):
        return raci_actions.remove_gate(project, key)
    if target == ("metrics",):
        return raci_actions.remove_metric(project, key)
    return RemoveItem(target, key if name != MEASUREMENTS else index)


def _item(project: Project, name: str, value: Any) -> BaseModel:
    """Build the item a conflict holds, dropping cells of roles that no longer exist."""
    if name == "activities" and isinstance(value, dict):
        roles = {r.id for r in project.roles}
        value = {**value, "raci": {r: v for r, v in value.get("raci", {}).items() if r in roles}}
        if value.get("phase") not in {p.id for p in project.phases}:
            raise EditError(f'the activity\'s phase "{value.get("phase")}" no longer exists')
    try:
        return ITEM_MODELS[name].model_validate(value)
    except ValidationError as exc:
        raise EditError(f"the value cannot be used: {exc.errors()[0]['msg']}") from None


def _insert_at(items: list[Any], name: str, item: BaseModel) -> int:
    """Put a measurement back in date order; any other item at the end of its list."""
    if name == MEASUREMENTS and isinstance(item, Measurement):
        return next((i for i, m in enumerate(items) if m.date > item.date), len(items))
    return len(items)
