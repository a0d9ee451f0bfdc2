"""Merge the order of a collection: both sides' moves survive where they do not collide.

Items are unique ids. The items every version has keep the order of the side that moved
them (ours when both did); each item the other side moved is put back after the item it
follows there. Items that only some versions have (added on one side, or kept because a
deletion is in conflict) are placed after the item they follow in the version that has them,
ours first, so that additions by the two sides at the same place come ours, then theirs.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from difflib import SequenceMatcher


def merge_order(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str], keep: Collection[str]
) -> list[str]:
    """Return the ids of ``keep`` in the merged order of the three versions."""
    if list(ours) == list(theirs) and len(ours) == len(keep):
        return list(ours)
    in_base, in_ours, in_theirs = set(base), set(ours), set(theirs)
    common = in_base & in_ours & in_theirs
    b = [i for i in base if i in common]
    o = [i for i in ours if i in common]
    t = [i for i in theirs if i in common]
    if o == b:
        order = t
    elif t in (b, o):
        order = o
    else:
        order = _apply_moves(o, _moved(b, t) - _moved(b, o), t)
    order = [i for i in order if i in keep]
    placed = set(order)
    for version in (theirs, ours, base):  # theirs first: an addition is put right after its
        order = _insert_missing(order, placed, version, keep)  # anchor, so ours ends up first
    return order


def _moved(base: list[str], side: list[str]) -> set[str]:
    """Return the items ``side`` moved: those outside a longest common subsequence."""
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    stayed: set[str] = set()
    for block in matcher.get_matching_blocks():
        stayed.update(side[block.b : block.b + block.size])
    return set(side) - stayed


def _apply_moves(order: list[str], moved: set[str], side: list[str]) -> list[str]:
    """Move each item of ``moved`` in ``order`` to just after the item it follows in ``side``."""
    if not moved:
        return order
    result = [i for i in order if i not in moved]
    for k, item in enumerate(side):
        if item not in moved:
            continue
        anchor = side[k - 1] if k else None
        result.insert(result.index(anchor) + 1 if anchor in result else 0, item)
    return result


def _insert_missing(
    order: list[str], placed: set[str], version: Sequence[str], keep: Collection[str]
) -> list[str]:
    """Insert the kept items of ``version`` not yet placed, each after its predecessor there."""
    missing = [i for i in version if i in keep and i not in placed]
    if not missing:
        return order
    position = {item: k for k, item in enumerate(version)}
    result = list(order)
    for item in missing:
        k = position[item]
        anchor = next((version[j] for j in range(k - 1, -1, -1) if version[j] in placed), None)
        result.insert(result.index(anchor) + 1 if anchor is not None else 0, item)
        placed.add(item)
    return result
