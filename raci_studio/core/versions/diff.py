"""The semantic diff: what changed between two versions of a project, in words.

One line a fact, grouped by area: ``Activity "Train model": Data Engineer C → R``,
``Role added: "Legal/Privacy"``, ``Phase "Evaluation" renamed from "Validation"``,
``3 measurements added to "Churn rate"``. Items are matched by id, so a rename is a rename
and not a deletion and an addition.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from raci_studio.core.model import Project
from raci_studio.core.versions.tree import (
    CELLS,
    MEASUREMENTS,
    MISSING,
    Tree,
    TreePath,
    as_tree,
    keyed,
    keyed_list,
)
from raci_studio.core.versions.words import (
    AREAS,
    NOUNS,
    Namer,
    area_of,
    short_text,
    value_words,
)

#: Areas in the order the diff lists them.
AREA_ORDER = ("Project", *AREAS.values())
#: Above this many moved items of one collection, the diff says "reordered" once.
_MOVES_LISTED = 10


@dataclass(frozen=True)
class DiffLine:
    """One fact that changed: its area, the sentence, and where and what it was and is."""

    area: str
    text: str
    path: TreePath
    old: Any = None
    new: Any = None

    def as_json(self) -> dict[str, Any]:
        """Return the line as a JSON object (absent values are null)."""
        return {
            "area": self.area,
            "text": self.text,
            "path": list(self.path),
            "old": None if self.old is MISSING else self.old,
            "new": None if self.new is MISSING else self.new,
        }


def diff_projects(old: Project, new: Project) -> list[DiffLine]:
    """Return what changed from ``old`` to ``new``, grouped by area, in file order."""
    return diff_trees(as_tree(old), as_tree(new))


def diff_trees(old: Tree, new: Tree) -> list[DiffLine]:
    """Return what changed between two project trees, grouped by area."""
    if old == new:
        return []
    lines = list(_Differ(Namer([new, old])).walk((), old, new))
    rank = {area: i for i, area in enumerate(AREA_ORDER)}
    return sorted(lines, key=lambda line: rank.get(line.area, len(rank)))


def diff_text(lines: list[DiffLine]) -> str:
    """Return the diff as text: each area as a heading, its facts indented below."""
    out: list[str] = []
    area = None
    for line in lines:
        if line.area != area:
            area = line.area
            out.append(area)
        out.append(f"  {line.text}")
    return "".join(f"{x}\n" for x in out)


class _Differ:
    def __init__(self, namer: Namer) -> None:
        self.namer = namer

    def walk(self, path: TreePath, a: Any, b: Any) -> Iterator[DiffLine]:
        if a == b:
            return
        if isinstance(a, dict) and isinstance(b, dict) and not _is_leaf_map(path):
            for key in {**a, **b}:
                yield from self.walk((*path, key), a.get(key, MISSING), b.get(key, MISSING))
        elif isinstance(a, list) and isinstance(b, list) and path and keyed_list(a, path[-1], (b,)):
            yield from self._collection(path, a, b)
        else:
            yield self._leaf(path, a, b)

    def _collection(self, path: TreePath, a: list[Any], b: list[Any]) -> Iterator[DiffLine]:
        name = path[-1]
        ak, bk = keyed(a, name), keyed(b, name)
        if name == MEASUREMENTS:
            yield from self._measurements(path, ak, bk)
            return
        noun = NOUNS.get(name, name)
        owner = self._owner(path)
        for key, item in bk.items():
            if key not in ak:
                yield self._line(
                    (*path, key), f"{noun} added: {value_words(item)}", owner, MISSING, item
                )
        for key, item in ak.items():
            if key not in bk:
                yield self._line(
                    (*path, key), f"{noun} removed: {value_words(item)}", owner, item, MISSING
                )
        for key in [k for k in bk if k in ak]:  # file order
            yield from self.walk((*path, key), ak[key], bk[key])
        yield from self._moves(path, [k for k in ak if k in bk], [k for k in bk if k in ak])

    def _moves(self, path: TreePath, a: list[str], b: list[str]) -> Iterator[DiffLine]:
        if a == b:
            return
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        stayed = {k for blk in matcher.get_matching_blocks() for k in b[blk.b : blk.b + blk.size]}
        moved = [k for k in b if k not in stayed]
        name = path[-1]
        if len(moved) > _MOVES_LISTED:
            what = name.replace("_", " ")
            yield self._line(path, f"{len(moved)} {what} reordered", self._owner(path), a, b)
            return
        for key in moved:
            words = self.namer.item_words(name, key, (*path, key))
            yield self._line((*path, key), f"{words} moved", "", a.index(key), b.index(key))

    def _measurements(
        self, path: TreePath, a: dict[str, Any], b: dict[str, Any]
    ) -> Iterator[DiffLine]:
        metric = self.namer.where(path[:-1]).split(" ", 1)[-1]
        added = [k for k in b if k not in a]
        removed = [k for k in a if k not in b]
        for keys, verb, prep in ((added, "added to", b), (removed, "removed from", a)):
            if keys:
                count = f"{len(keys)} measurement{'s' if len(keys) > 1 else ''}"
                old = [a[k] for k in keys] if prep is a else MISSING
                new = [b[k] for k in keys] if prep is b else MISSING
                yield DiffLine(area_of(path), f"{count} {verb} {metric}", path, old, new)
        for key in [k for k in b if k in a]:
            yield from self.walk((*path, key), a[key], b[key])

    def _leaf(self, path: TreePath, a: Any, b: Any) -> DiffLine:
        field = path[-1] if path else ""
        if len(path) >= 2 and path[-2] == CELLS:
            where = self.namer.where(path)
            return self._line(path, f"{where} {_letters(a)} → {_letters(b)}", "", a, b)
        if field == "name" and len(path) >= 3 and path[-3] in NOUNS and a and b:
            item = self.namer.item_words(path[-3], path[-2], path[:-1])
            return self._line(path, f"{item} renamed from {value_words(a)}", "", a, b)
        where = self.namer.where(path)
        if _long(a) or _long(b):
            verb = (
                "written"
                if a in (MISSING, None, "")
                else "cleared"
                if b in (MISSING, None, "")
                else "changed"
            )
            return self._line(path, f"{where} {verb}", "", a, b)
        if len(path) == 2 and path[0] == "layout":
            return self._line(path, f"{where} {value_words(a)} → {value_words(b)}", "", a, b)
        return self._line(
            path, f"{where} {value_words(a, field)} → {value_words(b, field)}", "", a, b
        )

    def _owner(self, path: TreePath) -> str:
        """Return ``Gate "Launch": `` for a collection inside an item, else ""."""
        return (
            self.namer.where(path[:-1]) + ": "
            if (len(path) > 1 and path[0] != "scoping") or len(path) > 3
            else ""
        )

    def _line(self, path: TreePath, text: str, owner: str, old: Any, new: Any) -> DiffLine:
        if owner and text[:1].isupper():
            text = text[0].lower() + text[1:]
        return DiffLine(area_of(path), owner + text, path, old, new)


def _is_leaf_map(path: TreePath) -> bool:
    """Diagram positions and cells are facts of their own, not objects to walk into."""
    return bool(path) and len(path) >= 3 and path[-3] in ("layout",)


def _letters(value: Any) -> str:
    return value if isinstance(value, str) and value else "—"


def _long(value: Any) -> bool:
    return (
        isinstance(value, str) and ("\n" in value or len(value) > 60) and short_text(value) != value
    )
