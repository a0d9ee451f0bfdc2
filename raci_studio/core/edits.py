"""Edit operations: every change a user can make to a project, each with an exact inverse.

An edit is an immutable description of the *new* state. ``edit.apply(project)`` changes the
project in place and returns ``(inverse, change)``: the edit that puts everything back, and a
:class:`~raci_studio.core.changes.Change` naming what was touched so views update only that.

Objects are addressed by a *path* from the project: attribute names for fields, ids (str) or
indexes (int) inside lists, e.g. ``("roles", "data-scientist")``, ``("scoping", "risks")``,
``("metrics", "accuracy", "measurements", 3)``. The five generic edits (:class:`UpdateFields`,
:class:`InsertItem`, :class:`RemoveItem`, :class:`MoveItem`, :class:`SetCells`) plus
:class:`SetLayout` and :class:`Batch` cover the whole model; :mod:`raci_studio.core.actions.raci`
builds them, with readable labels, from what the user asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from raci_studio.core.changes import Change
from raci_studio.core.model import Project

T = TypeVar("T")
Path = tuple[str | int, ...]
Key = str | int


class EditError(ValueError):
    """An edit that cannot be applied: unknown target, invalid value, duplicate id."""


class Edit:
    """Base of all edits; subclasses are frozen dataclasses."""

    label: str

    def apply(self, project: Project) -> tuple[Edit, Change]:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def created(self) -> str | None:
        """Id of the object this edit adds, if it adds one (so a view can select it)."""
        return None


def find(items: Iterable[T], ident: str, what: str) -> T:
    """Return the item whose id is ``ident``; raise EditError naming ``what`` when none is."""
    for item in items:
        if getattr(item, "id", None) == ident:
            return item
    raise EditError(f"no {what} '{ident}'")


def resolve(project: Project, path: Path) -> Any:
    """Return the object or list at ``path``; raise :class:`EditError` when there is none."""
    node: Any = project
    for segment in path:
        node = _step(node, segment, path)
    return node


def _step(node: Any, segment: str | int, path: Path) -> Any:
    if isinstance(node, list):
        return node[_index_of(node, segment, path)]
    fields = type(node).model_fields if isinstance(node, BaseModel) else {}
    if isinstance(segment, str) and segment in fields:
        return getattr(node, segment)
    raise EditError(f"nothing at {_show(path)}")


def _index_of(items: list[Any], key: Key, path: Path) -> int:
    if isinstance(key, int):
        if 0 <= key < len(items):
            return key
        raise EditError(f"no item {key} at {_show(path)}")
    for i, item in enumerate(items):
        if getattr(item, "id", None) == key:
            return i
    raise EditError(f"no item '{key}' at {_show(path)}")


def _show(path: Path) -> str:
    return "/".join(str(p) for p in path) or "project"


def _topic(path: Path) -> str:
    return str(path[0]) if path else "project"


def _touched(path: Path, item: Any = None) -> frozenset[tuple[str, str]]:
    """Name what an edit at ``path`` touched: the top-level object (topic, id)."""
    topic = _topic(path)
    if len(path) >= 2 and isinstance(path[1], str):
        return frozenset({(topic, path[1])})
    ident = getattr(item, "id", None)
    return frozenset({(topic, ident if isinstance(ident, str) else "")})


@dataclass(frozen=True)
class UpdateFields(Edit):
    """Set fields of the object at ``target`` (validated as the object's model would)."""

    target: Path
    fields: Mapping[str, Any]
    label: str = "Edit"

    def apply(self, project: Project) -> tuple[Edit, Change]:
        obj = resolve(project, self.target)
        if not isinstance(obj, BaseModel):
            raise EditError(f"{_show(self.target)} has no fields")
        unknown = set(self.fields) - set(type(obj).model_fields)
        if unknown:
            raise EditError(f"{_show(self.target)} has no field {', '.join(sorted(unknown))}")
        if "id" in self.fields:
            raise EditError("ids never change; rename the name instead")
        old = {name: getattr(obj, name) for name in self.fields}
        _validate_update(obj, self.fields, self.target)
        for name, value in self.fields.items():
            setattr(obj, name, _validated_value(obj, name, value))
        inverse = UpdateFields(self.target, old, self.label)
        return inverse, Change(touched=_touched(self.target, obj), fields=frozenset(self.fields))


def _validate_update(obj: BaseModel, fields: Mapping[str, Any], path: Path) -> None:
    data = {name: getattr(obj, name) for name in type(obj).model_fields}
    data.update(fields)
    try:
        type(obj).model_validate(data)
    except ValidationError as exc:
        raise EditError(first_error(exc, path)) from None


def _validated_value(obj: BaseModel, name: str, value: Any) -> Any:
    """Coerce ``value`` as the model field would (e.g. "done" -> PhaseStatus.DONE)."""
    data = {n: getattr(obj, n) for n in type(obj).model_fields}
    data[name] = value
    return getattr(type(obj).model_validate(data), name)


def first_error(exc: ValidationError, path: Path) -> str:
    """Say where and what the first validation error is, e.g. ``roles/x/name: too long``."""
    err = exc.errors()[0]
    where = "/".join(str(p) for p in (*path, *err["loc"]))
    return f"{where}: {err['msg']}"


def _structural(collection: Path, item: Any) -> Change:
    return Change(touched=_touched(collection, item), restructured=frozenset({_topic(collection)}))


@dataclass(frozen=True)
class InsertItem(Edit):
    """Insert ``item`` into the list at ``collection`` at ``index`` (clamped to the list)."""

    collection: Path
    index: int
    item: Any
    label: str = "Add"

    def apply(self, project: Project) -> tuple[Edit, Change]:
        items = resolve(project, self.collection)
        if not isinstance(items, list):
            raise EditError(f"{_show(self.collection)} is not a list")
        ident = getattr(self.item, "id", None)
        if ident is not None and any(getattr(x, "id", None) == ident for x in items):
            raise EditError(f"'{ident}' already exists in {_show(self.collection)}")
        index = max(0, min(self.index, len(items)))
        items.insert(index, self.item)
        key: Key = ident if isinstance(ident, str) else index
        inverse = RemoveItem(self.collection, key, self.label)
        return inverse, _structural(self.collection, self.item)

    @property
    def created(self) -> str | None:
        """Id of the inserted item (None for items without one, such as measurements)."""
        ident = getattr(self.item, "id", None)
        return ident if isinstance(ident, str) else None


@dataclass(frozen=True)
class RemoveItem(Edit):
    """Remove the item with id (or at index) ``key`` from the list at ``collection``."""

    collection: Path
    key: Key
    label: str = "Remove"

    def apply(self, project: Project) -> tuple[Edit, Change]:
        items = resolve(project, self.collection)
        index = _index_of(items, self.key, self.collection)
        item = items.pop(index)
        inverse = InsertItem(self.collection, index, item, self.label)
        return inverse, _structural(self.collection, item)


@dataclass(frozen=True)
class MoveItem(Edit):
    """Move the item ``key`` of the list at ``collection`` to position ``index``."""

    collection: Path
    key: Key
    index: int
    label: str = "Move"

    def apply(self, project: Project) -> tuple[Edit, Change]:
        items = resolve(project, self.collection)
        old = _index_of(items, self.key, self.collection)
        item = items.pop(old)
        new = max(0, min(self.index, len(items)))
        items.insert(new, item)
        ident = getattr(item, "id", None)
        key: Key = ident if isinstance(ident, str) else new
        inverse = MoveItem(self.collection, key, old, self.label)
        return inverse, _structural(self.collection, item)


@dataclass(frozen=True)
class Reorder(Edit):
    """Put the id'd items of the list at ``collection`` in the order ``ids`` (all of them)."""

    collection: Path
    ids: tuple[str, ...]
    label: str = "Reorder"

    def apply(self, project: Project) -> tuple[Edit, Change]:
        items = resolve(project, self.collection)
        by_id = {item.id: item for item in items}
        if len(self.ids) != len(items) or set(self.ids) != set(by_id):
            raise EditError(f"the new order of {_show(self.collection)} must name every item once")
        old = tuple(item.id for item in items)
        items[:] = [by_id[ident] for ident in self.ids]
        topic = _topic(self.collection)
        change = Change(
            touched=frozenset((topic, i) for i in self.ids), restructured=frozenset({topic})
        )
        return Reorder(self.collection, old, self.label), change


Cell = tuple[str, str, str]  # (activity id, role id, letters; "" clears the cell)


@dataclass(frozen=True)
class SetCells(Edit):
    """Set the letters of RACI cells; letters must already be normalised to the scheme."""

    cells: tuple[Cell, ...]
    label: str = "Set cells"

    def apply(self, project: Project) -> tuple[Edit, Change]:
        by_id = {a.id: a for a in project.activities}
        role_ids = {r.id for r in project.roles}
        old: list[Cell] = []
        touched: set[tuple[str, str]] = set()
        for activity_id, role_id, letters in self.cells:
            activity = by_id.get(activity_id)
            if activity is None:
                raise EditError(f"no activity '{activity_id}'")
            if role_id not in role_ids:
                raise EditError(f"no role '{role_id}'")
            if letters and (not letters.isascii() or not letters.isupper() or len(letters) > 8):
                raise EditError(f"'{letters}' is not a set of letters")
            old.append((activity_id, role_id, activity.raci.get(role_id, "")))
            _set_letters(activity.raci, role_id, letters)
            touched.add((activity_id, role_id))
        inverse = SetCells(tuple(reversed(old)), self.label)
        return inverse, Change(cells=frozenset(touched))


def _set_letters(raci: dict[str, str], role_id: str, letters: str) -> None:
    """Set one assignment, keeping keys sorted by role id (the canonical order)."""
    if not letters:
        raci.pop(role_id, None)
        return
    if role_id in raci:
        raci[role_id] = letters
        return
    raci[role_id] = letters
    if len(raci) > 1 and role_id < max(raci):
        items = sorted(raci.items())
        raci.clear()
        raci.update(items)


@dataclass(frozen=True)
class SetLayout(Edit):
    """Place diagram nodes: node id -> (x, y), or None to forget a node's position."""

    positions: tuple[tuple[str, tuple[float, float] | None], ...]
    label: str = "Move nodes"

    def apply(self, project: Project) -> tuple[Edit, Change]:
        layout = project.layout
        old = tuple((node, layout.get(node)) for node, _ in self.positions)
        added = False
        for node, pos in self.positions:
            if pos is None:
                layout.pop(node, None)
            else:
                added = added or node not in layout
                layout[node] = (float(pos[0]), float(pos[1]))
        if added:  # keep node ids sorted, the canonical order of the file
            ordered = sorted(layout.items())
            layout.clear()
            layout.update(ordered)
        inverse = SetLayout(tuple(reversed(old)), self.label)
        return inverse, Change(layout=frozenset(node for node, _ in self.positions))


@dataclass(frozen=True)
class Batch(Edit):
    """Several edits applied in order as one step; its inverse undoes them in reverse.

    ``new_id`` names the object the batch adds, when an action builds one around an insert.
    """

    edits: tuple[Edit, ...]
    label: str = "Edit"
    new_id: str | None = None

    @property
    def created(self) -> str | None:
        """Id of the object this batch adds, as the action that built it said."""
        return self.new_id

    def apply(self, project: Project) -> tuple[Edit, Change]:
        inverses: list[Edit] = []
        change = Change()
        try:
            for edit in self.edits:
                inverse, part = edit.apply(project)
                inverses.append(inverse)
                change = change | part
        except Exception:
            for inverse in reversed(inverses):  # leave the project as it was
                inverse.apply(project)
            raise
        return Batch(tuple(reversed(inverses)), self.label), change
