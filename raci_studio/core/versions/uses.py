"""Keep the merged project valid: what one side deleted and the other side uses stays.

Our side removes a role while their side assigns it in a new cell; each change alone is
fine, together the cell would point at nothing. Rather than drop their cell (an edit lost) or
refuse the file, the merge keeps the role and lists a conflict saying who deleted it and that
it is still used; a person decides. A node one side moved in the diagram while the other
deleted it is kept the same way; positions of nodes that are gone are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from raci_studio.core.model import ConflictKind
from raci_studio.core.versions.tree import MISSING, Tree

if TYPE_CHECKING:
    from raci_studio.core.versions.merge import RawConflict

#: Fields that name a role (a data set's owner, a criterion's checker, a decision's maker,
#: a gate's decider, the two sides of a handoff).
ROLE_FIELDS = ("owner", "checked_by", "by", "decided_by", "from_role", "to_role")
_NODES = ("phases", "gates")


def _uses(tree: Tree) -> Iterator[tuple[tuple[str, ...], str]]:
    """Yield (collections the id may be in, id) for every reference in a project tree."""
    for name in ("activities", "flows", "gates", "metrics"):
        for item in tree.get(name, []):
            yield from item_uses(name, item)
    for name, items in tree.get("scoping", {}).items():
        if isinstance(items, list):
            for item in items:
                yield from item_uses(name, item)


def item_uses(collection: str, item: Any) -> Iterator[tuple[tuple[str, ...], str]]:
    """Yield the references one item of ``collection`` holds (its criteria's too)."""
    if not isinstance(item, dict):
        return
    for key, value in item.items():
        if key == "raci" and isinstance(value, dict):
            yield from ((("roles",), role) for role in value)
        elif not isinstance(value, str):
            if key == "criteria" and isinstance(value, list):
                for criterion in value:
                    yield from item_uses("criteria", criterion)
        elif key in ROLE_FIELDS:
            yield ("roles",), value
        elif key in ("metric", "proxies"):
            yield ("metrics",), value
        elif key in ("phase", "after"):
            yield ("phases",), value
        elif key == "activity":
            yield ("activities",), value
        elif key in ("source", "target") and collection == "flows":
            yield _NODES, value


def keep_used_items(
    merged: Tree, base: Tree, ours: Tree, theirs: Tree, pending: list[RawConflict]
) -> list[RawConflict]:
    """Put back into ``merged`` every deleted item it still uses; return the conflicts.

    The items of ``pending`` conflicts count as uses on both sides, whichever side the merged
    project holds: choosing the other side later must find what it points at.
    """
    from raci_studio.core.versions.merge import RawConflict

    conflicts: list[RawConflict] = []
    versions = {"ours": ours, "theirs": theirs, "base": base}
    while True:
        present = {
            name: {item["id"] for item in merged.get(name, [])}
            for name in ("roles", "metrics", "activities", *_NODES)
        }
        moved = [
            (_NODES, node)
            for node, pos in merged.get("layout", {}).items()
            if base.get("layout", {}).get(node) != pos  # a node moved is a node changed
        ]
        held = [
            use
            for c in pending
            if len(c.path) >= 2
            for value in (c.ours, c.theirs)
            for use in item_uses(c.path[-2], value)
        ]
        wanted = [
            (names, ident)
            for names, ident in [*_uses(merged), *moved, *held]
            if not any(ident in present[n] for n in names)
        ]
        restored = False
        for names, ident in dict.fromkeys(wanted):
            if any(ident in present[n] for n in names):
                continue
            found = _find(versions, names, ident)
            if found is None:
                continue  # no version has it: validation will say so
            name, side = found
            _restore(merged, name, ident, versions[side])
            present[name].add(ident)
            restored = True
            values = [_item(v, name, ident) for v in (base, ours, theirs)]
            deleted_by, other = ("Our", "their") if values[1] is MISSING else ("Their", "our")
            conflicts.append(
                RawConflict(
                    ConflictKind.DELETED,
                    (name, ident),
                    values[0],
                    values[1],
                    values[2],
                    note=f"{deleted_by} side deleted it; {other} side still uses it, so it is "
                    "kept until you decide.",
                )
            )
        if not restored:
            break
    nodes = {item["id"] for n in _NODES for item in merged.get(n, [])}
    layout = merged.get("layout", {})
    if not nodes.issuperset(layout):
        merged["layout"] = {node: pos for node, pos in layout.items() if node in nodes}
    return conflicts


def _item(tree: Tree, name: str, ident: str) -> Any:
    return next((item for item in tree.get(name, []) if item["id"] == ident), MISSING)


def _find(versions: dict[str, Tree], names: tuple[str, ...], ident: str) -> tuple[str, str] | None:
    for side, tree in versions.items():
        for name in names:
            if _item(tree, name, ident) is not MISSING:
                return name, side
    return None


def _restore(merged: Tree, name: str, ident: str, source: Tree) -> None:
    """Insert the item ``ident`` of ``source`` into ``merged`` after the item it follows there."""
    items = merged[name] = list(merged.get(name, []))  # it may be a side's own list
    order = [item["id"] for item in source.get(name, [])]
    k = order.index(ident)
    placed = {item["id"]: i for i, item in enumerate(items)}
    anchor = next((placed[order[j]] for j in range(k - 1, -1, -1) if order[j] in placed), -1)
    items.insert(anchor + 1, _item(source, name, ident))
