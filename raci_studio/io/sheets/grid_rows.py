"""Read the rows of a grid or transposed sheet: activities, group rows, totals and the rest.

A row with a label and no letters is a group (the outer level a phase, an inner level kept in
the activity's description or as a prefix of its name); a totals row, a repeated header, a
legend or filler row is skipped and reported; every other row with a name is an activity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from raci_studio.core.model import Activity, Phase
from raci_studio.core.scheme import scheme_for
from raci_studio.io.sheets.cells import Kind, clean_name, column_letter
from raci_studio.io.sheets.columns import TOTAL_ROW
from raci_studio.io.sheets.groups import label_columns, role_headers, row_label
from raci_studio.io.sheets.layout import group_levels

if TYPE_CHECKING:
    from raci_studio.io.sheets.build import _Builder

DEFAULT_PHASE = "Imported"
_ROLE_SPLIT = re.compile(r"[,;\n]+")
#: "1. Plan", "1.2 Data", "3) Train", "– Review", "• Deploy": a numbering or bullet prefix.
_PREFIX = re.compile(r"^(?:(\d+(?:\.\d+)+\.?|\d+[.)])|[–—\-•·▪►*])\s+(?=\S)")
_NAME_LIMIT = 60


@dataclass
class _Walk:
    """Where the reading is: the current phase and inner group."""

    phase: Phase | None = None
    inner: str = ""


def _phase_column(builder: _Builder, row: int, walk: _Walk) -> None:
    col = builder.layout.phase_col
    if col is None:
        return
    name = clean_name(builder.cells.value(row, col))
    if name:
        walk.phase = builder.phase(name)
        walk.inner = ""


def _label_row_problem(builder: _Builder, row: int, cols: list[int]) -> str | None:
    """Return why a row is not an activity (filler, legend, repeated header, totals), or None."""
    cells, layout = builder.cells, builder.layout
    label_kind = cells.kind(row, layout.activity_col)
    kinds = [cells.kind(row, c) for c in cols]
    header = [cells.value(layout.header_row, c) for c in [layout.activity_col, *cols]]
    if [cells.value(row, c) for c in [layout.activity_col, *cols]] == header:
        return "the header row repeated; skipped"
    if label_kind in (Kind.NONE, Kind.LETTERS):
        if all(k in (Kind.NONE, Kind.EMPTY) for k in kinds):
            return "a filler row (no activity name, no letters); skipped"
        return "the name is a RACI letter, so this looks like a legend row; skipped"
    label = cells.value(row, layout.activity_col) or ""
    filled = [k for k in kinds if k != Kind.EMPTY]
    if TOTAL_ROW.match(label) and all(k in (Kind.NUMBER, Kind.NONE) for k in filled):
        return "a totals row; skipped"
    if not label and filled and all(k == Kind.NUMBER for k in filled):
        return "a totals row (numbers, no activity name); skipped"
    return None


def _walk_rows(
    builder: _Builder, value_cols: list[int], read: Callable[[int, Activity], int]
) -> int:
    """Read every row of the grid; ``read`` fills one activity's letters, returns the count."""
    cells, layout = builder.cells, builder.layout
    left = label_columns(layout)
    levels = group_levels(cells, layout)
    walk = _Walk()
    set_cells = prefixes = 0
    for row in range(layout.first_row, min(layout.last_row, cells.height - 1) + 1):
        _phase_column(builder, row, walk)
        if cells.is_blank(row, [*left, *value_cols]):
            continue
        label = clean_name(cells.value(row, layout.activity_col))
        at = builder.at(row, layout.activity_col)
        problem = _label_row_problem(builder, row, value_cols)
        if problem:
            builder.report.skip(at, label, problem, whole_row=True)
            continue
        if cells.is_blank(row, value_cols):
            group = row_label(cells, row, left) if layout.phase_rows else ""
            if group and levels.get(row, 0) == 0:
                walk.phase, walk.inner = builder.phase(group), ""
                continue
            if group:
                walk.inner = group
                continue
        if not label:
            builder.report.skip(
                at, None, "letters without an activity name; the row was skipped", whole_row=True
            )
            continue
        name, number = _strip_prefix(label)
        prefixes += name != label
        lines = [_id_note(builder, row) or (f"No.: {number}" if number else "")]
        lines += _extra_lines(builder, row)
        if walk.inner and layout.inner_groups == "prefix":
            name = f"{walk.inner} – {name}"
        elif walk.inner:
            lines.append(f"Group: {walk.inner}")
        phase = walk.phase or builder.phase(DEFAULT_PHASE)
        activity = builder.activity(row, name, phase, "\n".join(x for x in lines if x))
        set_cells += read(row, activity)
    if prefixes:
        builder.report.notes.append(
            f"numbering or bullets before {prefixes:,} activity "
            f"{'name were' if prefixes == 1 else 'names were'} taken off; numbers are kept in "
            "the descriptions"
        )
    return set_cells


def _strip_prefix(label: str) -> tuple[str, str]:
    """Return a name without its numbering or bullet prefix, and the number it had."""
    match = _PREFIX.match(label)
    if not match:
        return label, ""
    rest = label[match.end() :]
    if not any(ch.isalpha() for ch in rest):
        return label, ""
    return rest, (match.group(1) or "").rstrip(".)")


def _id_note(builder: _Builder, row: int) -> str:
    col = builder.layout.id_col
    if col is None:
        return ""
    value = builder.cells.value(row, col)
    if not value:
        return ""
    return f"{_head(builder, col) or 'ID'}: {clean_name(value)}"


def _head(builder: _Builder, col: int) -> str:
    """Return a column's header: the header row's text, else the second header row's."""
    layout = builder.layout
    head = clean_name(builder.cells.value(layout.header_row, col))
    if not head and layout.group_row is not None:
        head = clean_name(builder.cells.value(layout.group_row, col))
    return head


def _extra_lines(builder: _Builder, row: int) -> list[str]:
    """Return "header: value" for the text columns kept beside the activity names."""
    lines = []
    for col in builder.layout.extra_cols:
        value = clean_name(builder.cells.value(row, col))
        if value:
            lines.append(f"{_head(builder, col) or column_letter(col)}: {value}")
    return lines


def read_grid(builder: _Builder) -> int:
    """Read a grid with roles as columns; return how many cells set letters."""
    cells, layout = builder.cells, builder.layout
    role_cols = sorted(layout.role_cols)
    heads, _ = role_headers(cells, layout.header_row, layout.group_row, role_cols)
    roles = [
        builder.role(
            clean_name(layout.role_cols[c]) or f"Role {c + 1}", layout.role_groups.get(c, "")
        )
        for c in role_cols
    ]
    for col, head, role in zip(role_cols, heads, roles, strict=True):
        header = clean_name(head)
        if header != role.name:
            shown = f'"{header[:_NAME_LIMIT]}"' if header else "empty"
            builder.report.notes.append(
                f'{builder.at(layout.header_row, col)}: header {shown} became role "{role.name}"'
            )

    def read(row: int, activity: Activity) -> int:
        return sum(
            builder.assign(row, col, activity, role, cells.raw(row, col))
            for col, role in zip(role_cols, roles, strict=True)
        )

    return _walk_rows(builder, role_cols, read)


def read_transposed(builder: _Builder) -> int:
    """Read a sheet with letters as columns and role names in the cells."""
    layout = builder.layout
    letter_cols = sorted(layout.letter_cols)

    def read(row: int, activity: Activity) -> int:
        return sum(
            _read_names(builder, row, col, activity, layout.letter_cols[col]) for col in letter_cols
        )

    return _walk_rows(builder, letter_cols, read)


def _read_names(builder: _Builder, row: int, col: int, activity: Activity, letter: str) -> int:
    """Read a cell of role names under a letter column; return how many letters it set."""
    text = builder.cells.value(row, col)
    if text is None or builder.cells.kind(row, col) == Kind.NONE:
        return 0
    codes = scheme_for(builder.cells.scheme).codes
    if letter not in codes:
        builder.report.skip(
            builder.at(row, col),
            text,
            f'"{letter}" is not a {builder.cells.scheme} letter '
            "(that letter needs the RASCI scheme)",
        )
        return 0
    count = 0
    for part in _ROLE_SPLIT.split(text):
        name = clean_name(part)
        if not name:
            continue
        if not any(ch.isalpha() for ch in name):
            builder.report.skip(builder.at(row, col), name, f'"{name}" is not a role name')
            continue
        role = builder.role(name)
        letters = activity.raci.get(role.id, "") + letter
        activity.raci[role.id] = scheme_for(builder.cells.scheme).normalise(letters)
        count += 1
    return count
