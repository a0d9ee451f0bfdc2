"""Three-way merge of projects, by ids, field by field and cell by cell.

``merge_projects(base, ours, theirs)`` returns the merged project and what it could not
decide. A value changed on one side only takes that side's value; changed alike on both
sides, that value; changed differently, our value and a :class:`Conflict`. Collections are
matched by id (measurements by date and source): additions on either side are kept, an item
deleted on one side and untouched on the other is deleted, and one deleted on one side but
changed on the other is a conflict, never decided silently. Each cell's letters merge as a
set (ours adds R, theirs removes C: both happen); both sides adding different letters to
one cell is a conflict. Order merges so that both sides' moves
survive (:mod:`raci_studio.core.versions.order`). The merged project is always valid: an item
one side deleted while the other side started using it is kept and listed as a conflict
(:mod:`raci_studio.core.versions.uses`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from raci_studio.core.canonical import canonicalize
from raci_studio.core.findings import Finding, Severity
from raci_studio.core.model import Conflict, ConflictKind, Project
from raci_studio.core.versions.order import merge_order
from raci_studio.core.versions.tree import (
    CELLS,
    MISSING,
    Tree,
    TreePath,
    as_tree,
    from_tree,
    keyed,
    keyed_list,
)
from raci_studio.core.versions.uses import ROLE_FIELDS, keep_used_items
from raci_studio.core.versions.words import Namer

_LETTER_ORDER = "RASCI"


@dataclass(frozen=True)
class RawConflict:
    """A conflict found while merging, before it is named in words."""

    kind: ConflictKind
    path: TreePath
    base: Any
    ours: Any
    theirs: Any
    note: str = ""


@dataclass
class MergeOutcome:
    """The merged project and the conflicts the merge added to it (also in the project)."""

    project: Project
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when the merge decided everything."""
        return not self.conflicts


def merge_projects(base: Project, ours: Project, theirs: Project) -> MergeOutcome:
    """Merge the changes from ``base`` to ``ours`` and to ``theirs``; inputs are not changed.

    Parameters
    ----------
    base, ours, theirs
        Valid projects: the common ancestor and the two versions to reconcile.

    Returns
    -------
    MergeOutcome
        A valid project holding every change of both sides, with our value (and a conflict
        naming all three values) wherever the sides disagree.
    """
    trees = as_tree(base), as_tree(ours), as_tree(theirs)
    merger = _Merger(*trees)
    merged = merger.value((), *trees)
    raw = merger.conflicts + keep_used_items(merged, *trees, merger.conflicts)
    namer = Namer([trees[0], merged, trees[1], trees[2]])
    conflicts = _named(raw, namer, merged.get("conflicts") or [])
    merged["conflicts"] = [*(merged.get("conflicts") or []), *conflicts]
    project = from_tree(merged)
    canonicalize(project)
    return MergeOutcome(project, project.conflicts[len(project.conflicts) - len(conflicts) :])


class _Merger:
    """Walks three JSON trees at once and collects what it cannot decide."""

    def __init__(self, base: Tree, ours: Tree, theirs: Tree) -> None:
        self.conflicts: list[RawConflict] = []
        self.roles = {
            "ours": {r["id"] for r in ours.get("roles", [])},
            "theirs": {r["id"] for r in theirs.get("roles", [])},
        }

    def value(self, path: TreePath, b: Any, o: Any, t: Any) -> Any:
        """Return the merged value at ``path`` (MISSING when it is deleted)."""
        if o == t:
            return o
        if o == b:
            return t
        if t == b:
            return o
        if len(path) >= 2 and path[-2] == CELLS:
            return self._letters(path, b, o, t)
        if len(path) == 2 and path[0] == "layout" and (o is MISSING or t is MISSING):
            return t if o is MISSING else o  # a node's fate is decided by the node itself
        if o is MISSING or t is MISSING:
            return self._deleted_or_changed(path, b, o, t)
        if b is MISSING:
            return self._conflict(ConflictKind.ADDED, path, b, o, t)
        if isinstance(o, dict) and isinstance(t, dict) and isinstance(b, dict):
            return self._mapping(path, b, o, t)
        if (
            isinstance(o, list)
            and isinstance(t, list)
            and isinstance(b, list)
            and path
            and keyed_list(o, path[-1], (b, t))
        ):
            return self._collection(path, b, o, t)
        return self._conflict(ConflictKind.EDITED, path, b, o, t)

    def _mapping(self, path: TreePath, b: Tree, o: Tree, t: Tree) -> Tree:
        result: Tree = {}
        for key in {**o, **t, **b}:
            merged = self.value(
                (*path, key), b.get(key, MISSING), o.get(key, MISSING), t.get(key, MISSING)
            )
            if merged is not MISSING:
                result[key] = merged
        return result

    def _collection(self, path: TreePath, b: list[Any], o: list[Any], t: list[Any]) -> list[Any]:
        name = path[-1]
        bk, ok, tk = keyed(b, name), keyed(o, name), keyed(t, name)
        merged: dict[str, Any] = {}
        for key in {**ok, **tk, **bk}:
            item = self.value(
                (*path, key), bk.get(key, MISSING), ok.get(key, MISSING), tk.get(key, MISSING)
            )
            if item is not MISSING:
                merged[key] = item
        order = merge_order(list(bk), list(ok), list(tk), merged)
        return [merged[key] for key in order]

    def _letters(self, path: TreePath, b: Any, o: Any, t: Any) -> Any:
        """Merge a cell's letters as sets: every letter added or removed on a side is.

        Both sides giving the role different new letters (ours makes it R, theirs C) is a
        disagreement about who does the work, not two compatible edits: a conflict.
        """
        base, ours, theirs = (set(x) if isinstance(x, str) else set() for x in (b, o, t))
        added_ours, added_theirs = ours - base, theirs - base
        if added_ours and added_theirs and added_ours != added_theirs:
            return self._conflict(ConflictKind.EDITED, path, b, o, t)
        letters = (ours | theirs) - ((base - ours) | (base - theirs))
        ordered = "".join(sorted(letters, key=lambda c: (_LETTER_ORDER.find(c) % 99, c)))
        return ordered or MISSING

    def _deleted_or_changed(self, path: TreePath, b: Any, o: Any, t: Any) -> Any:
        """One side deleted what the other changed: a conflict, unless the change only
        followed a deletion on the same side (a removed role clears its cells)."""
        side, kept = ("theirs", t) if o is MISSING else ("ours", o)
        if isinstance(b, dict) and isinstance(kept, dict) and _cascade(b, self.roles[side]) == kept:
            return MISSING
        return self._conflict(ConflictKind.DELETED, path, b, o, t)

    def _conflict(self, kind: ConflictKind, path: TreePath, b: Any, o: Any, t: Any) -> Any:
        self.conflicts.append(RawConflict(kind, path, b, o, t))
        return o


def _cascade(item: Tree, roles: set[str]) -> Tree:
    """Return ``item`` as a side that removed every role not in ``roles`` would have it."""
    result = dict(item)
    cells = item.get(CELLS)
    if isinstance(cells, dict) and not roles.issuperset(cells):
        result[CELLS] = {r: v for r, v in cells.items() if r in roles}
    for name in ROLE_FIELDS:
        if isinstance(item.get(name), str) and item[name] not in roles:
            result[name] = None
    return result


def _named(raw: list[RawConflict], namer: Namer, existing: list[Any]) -> list[Tree]:
    """Turn raw conflicts into the file's conflict entries, with fresh ids and words."""
    taken = {c.get("id") for c in existing if isinstance(c, dict)}
    entries: list[Tree] = []
    n = 0
    for c in raw:
        n += 1
        while f"conflict-{n}" in taken:
            n += 1
        absent = [
            s for s, v in (("base", c.base), ("ours", c.ours), ("theirs", c.theirs)) if v is MISSING
        ]
        entries.append(
            {
                "id": f"conflict-{n}",
                "kind": c.kind.value,
                "where": namer.where(c.path),
                "path": list(c.path),
                "base": _compact(c.base),
                "ours": _compact(c.ours),
                "theirs": _compact(c.theirs),
                "absent": absent,
                "note": c.note,
            }
        )
    return entries


def _compact(value: Any) -> Any:
    """Return a value for the file: nothing for MISSING, objects without their empty fields.

    An item's unset optional fields (None) are left out, as the file leaves them out
    everywhere else; the item model fills them back in when a side is chosen.
    """
    if value is MISSING:
        return None
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_compact(v) for v in value]
    return value


def meaning_conflicts(merged: Project, ours: Project, theirs: Project) -> list[Finding]:
    """Return the errors of the merged project that neither side had on its own.

    Two sides that each add an Accountable to the same activity merge cleanly cell by cell
    but leave the activity with two A: the merge reports it and never "fixes" it.
    """
    from raci_studio.core.rules import check_project

    def errors(project: Project) -> list[Finding]:
        return [f for f in check_project(project) if f.severity is Severity.ERROR]

    known = {(f.code, f.ids) for f in (*errors(ours), *errors(theirs))}
    return [
        f for f in errors(merged) if (f.code, f.ids) not in known and f.code != "merge-conflict"
    ]
