"""Header blocks over two rows and group rows at more than one level.

A grid's roles may sit under a row of groups (merged across several role columns) or over
one; its activities may sit under group rows (a label and no letters), a milestone row above an
area row. Pure functions over :class:`~raci_studio.io.sheets.cells.Cells`, 0-based indexes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from raci_studio.io.sheets.cells import Cells, Kind, clean_name
from raci_studio.io.sheets.columns import TOTAL_ROW

if TYPE_CHECKING:
    from raci_studio.io.sheets.layout import SheetLayout


def label_columns(layout: SheetLayout) -> list[int]:
    """Return the columns a group row may hold its label in: the activity column first."""
    first_role = min([*layout.role_cols, *layout.letter_cols], default=layout.activity_col + 1)
    left = [c for c in range(min(first_role, layout.activity_col + 1))]
    return [layout.activity_col, *(c for c in left if c != layout.activity_col)]


def row_label(cells: Cells, row: int, cols: Sequence[int]) -> str:
    """Return the first text among ``cols`` of ``row``, cleaned ("" when there is none)."""
    for col in cols:
        text = cells.value(row, col)
        if text is not None and cells.kind(row, col) not in (Kind.LETTERS, Kind.NONE):
            return clean_name(text)
    return ""


def find_group_row(cells: Cells, header: int, block: list[int], activity: int) -> int | None:
    """Return the row above ``header`` when it belongs to a two-row header of the roles.

    It holds group names (merged across several role columns, so only the first holds text)
    or the role names themselves, and no letters. A title in the corner, left of the roles,
    does not make a second header row.
    """
    above = header - 1
    if above < 0:
        return None
    over = [c for c in block if cells.value(above, c) is not None]
    if not over:
        return None
    if any(cells.kind(above, c) in (Kind.LETTERS, Kind.NONE, Kind.NUMBER) for c in over):
        return None
    return above


def role_headers(
    cells: Cells, header: int, group_row: int | None, cols: Sequence[int]
) -> tuple[list[str | None], dict[int, str]]:
    """Return the role names of ``cols`` and the group of each, from one or two header rows.

    With two rows, the lower row holds the role names and the upper the groups, unless the
    lower row is the one whose labels are merged across several named columns. A group's name
    applies until the next one; a name in the upper row over an empty lower cell is a role
    name merged down both rows.
    """
    if group_row is None:
        return [cells.raw(header, c) for c in cols], {}
    lower = [cells.value(header, c) for c in cols]
    upper = [cells.value(group_row, c) for c in cols]
    # names sit in the lower row unless it is the lower row that holds merged groups
    names_above = _holds_groups(lower, upper) and not _holds_groups(upper, lower)
    names, group_texts = (upper, lower) if names_above else (lower, upper)
    result: list[str | None] = []
    groups: dict[int, str] = {}
    carry: str | None = None
    for col, name, group in zip(cols, names, group_texts, strict=True):
        if group is not None and name is None and not names_above:
            result.append(group)  # a role name merged down over both rows
            carry = None
            continue
        if group is not None:
            carry = clean_name(group)
        result.append(name)
        if carry and name:
            groups[col] = carry
    return result, groups


def _holds_groups(row: Sequence[str | None], other: Sequence[str | None]) -> bool:
    """Return True when ``row`` has a label merged across columns that ``other`` names."""
    return any(
        row[i] is not None
        and row[i + 1] is None
        and other[i] is not None
        and other[i + 1] is not None
        for i in range(len(row) - 1)
    )


_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)[.)]?\s")


def group_levels(cells: Cells, layout: SheetLayout) -> dict[int, int]:
    """Return the level of every group row: 0 for the outer groups (phases), 1 for inner ones.

    Numbered labels ("1 Plan", "1.2 Data") give their depth. Otherwise a run of group rows
    with no activity between them goes from outer to inner, and a lone group row is outer
    when its label starts like the outer labels of those runs ("Milestone 2"), else inner.
    """
    if not layout.phase_rows:
        return {}
    roles = list(layout.role_cols or layout.letter_cols)
    left = label_columns(layout)
    labels: dict[int, str] = {}
    runs: list[list[int]] = []
    previous_was_label = False
    for row in range(layout.first_row, layout.last_row + 1):
        if cells.is_blank(row, [*left, *roles]):
            continue
        label = row_label(cells, row, left) if cells.is_blank(row, roles) else ""
        if not label or TOTAL_ROW.match(label):
            previous_was_label = False
            continue
        labels[row] = label
        if previous_was_label:
            runs[-1].append(row)
        else:
            runs.append([row])
        previous_was_label = True
    numbers = {row: _NUMBERED.match(label) for row, label in labels.items()}
    if labels and all(numbers.values()):
        depth = {row: m.group(1).count(".") for row, m in numbers.items() if m}
        top = min(depth.values())
        return {row: min(d - top, 1) for row, d in depth.items()}
    if all(len(run) == 1 for run in runs):
        return dict.fromkeys(labels, 0)
    outer = {_label_start(labels[run[0]]) for run in runs if len(run) > 1}
    levels = {}
    for run in runs:
        if len(run) > 1:
            levels.update({row: min(i, 1) for i, row in enumerate(run)})
        else:
            levels[run[0]] = 0 if _label_start(labels[run[0]]) in outer else 1
    return levels


def _label_start(label: str) -> str:
    """Return how a group label starts, without numbers: "Milestone 2: Data" -> "milestone"."""
    words = re.findall(r"[^\W\d_]+", label.casefold())
    return words[0] if words else ""
