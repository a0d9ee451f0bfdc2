"""Find where the RACI grid is in a sheet someone made by hand.

Pure functions over a grid of cell values (rows of ``str | None``), so detection is testable
and fuzzable without files. :func:`detect_layout` tries three layouts and keeps the one that
explains the most letters:

- *grid*: a header row of role names (not necessarily row 1), an activity column (maybe after
  an ID column, maybe after a phase column filled only on each group's first row), phase group
  rows (a label with empty role cells), role columns of letters;
- *transposed*: the letters as column headers ("R", "A", "C", "I") and role names in the cells;
- *long* (tidy): one row per activity, role and letter, with optional phase and id columns.

The result, a :class:`SheetLayout`, is plain data that a person can correct before importing.
All indexes are 0-based (row 0 is sheet row 1, column 0 is column A).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Literal

from raci_studio.io.sheets.cells import Cells, Kind, Value, column_letter
from raci_studio.io.sheets.columns import (
    ACTIVITY_WORDS,
    BLANK_STOP,
    HEADER_CANDIDATES,
    HEADER_SEARCH,
    ID_WORDS,
    LEGEND,
    LETTER_WORDS,
    PHASE_WORDS,
    ROLE_WORDS,
    ColumnStats,
    all_stats,
    column_stats,
    data_window,
    is_number,
    pick_activity,
    pick_id,
    pick_named,
    pick_phase,
    role_block,
    text_columns,
    unique_names,
)
from raci_studio.io.sheets.groups import (
    find_group_row,
    group_levels,
    label_columns,
    role_headers,
    row_label,
)
from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.sheets.letters import parse_letters

__all__ = [
    "SheetLayout",
    "check_layout",
    "detect_layout",
    "find_last_row",
    "group_levels",
    "relabel",
]

LayoutKind = Literal["grid", "transposed", "long"]
InnerGroups = Literal["description", "prefix"]


@dataclass
class SheetLayout:
    """Where the parts of a RACI sheet are; every index is 0-based, every field editable.

    Attributes
    ----------
    kind
        ``grid`` (roles as columns), ``transposed`` (letters as columns, role names in the
        cells) or ``long`` (one row per activity, role and letter).
    header_row
        The row of column headers.
    activity_col
        The column of activity names.
    first_row, last_row
        The first and last rows of the grid (inclusive).
    id_col
        A column of activity ids or step numbers before the names, if any.
    phase_col
        A column of phase names (maybe filled only on each group's first row), if any.
    phase_rows
        Rows with a label and no letters start a new phase (grid and transposed only).
    role_cols
        Grid: column -> role name (made unique: "Role", "Role (2)").
    letter_cols
        Transposed: column -> the letter it stands for.
    role_col, letter_col
        Long: the column of role names and the column of letters.
    group_row
        A second header row (above the header row) when the header spans two rows: role
        groups over the role names, or the names over a row of groups (grid only).
    role_groups
        Grid: column -> the group its role belongs to, read from the two-row header.
    extra_cols
        Columns of text beside the activity names (descriptions, deliverables, priorities);
        kept in each activity's description as "header: value".
    inner_groups
        Where a group row below the outer (phase) level goes: the activity's ``description``
        or a ``prefix`` of its name.
    score
        How much of the sheet this layout explains (about the number of letters it reads);
        used to pick the sheet that holds the grid.
    """

    kind: LayoutKind = "grid"
    header_row: int = 0
    activity_col: int = 0
    first_row: int = 1
    last_row: int = 0
    id_col: int | None = None
    phase_col: int | None = None
    phase_rows: bool = False
    role_cols: dict[int, str] = field(default_factory=dict)
    letter_cols: dict[int, str] = field(default_factory=dict)
    role_col: int | None = None
    letter_col: int | None = None
    group_row: int | None = None
    role_groups: dict[int, str] = field(default_factory=dict)
    extra_cols: list[int] = field(default_factory=list)
    inner_groups: InnerGroups = "description"
    score: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """Return the layout in spreadsheet terms: rows from 1, columns as letters."""
        data = asdict(self)
        for key in ("header_row", "first_row", "last_row"):
            data[key] += 1
        data["group_row"] = None if self.group_row is None else self.group_row + 1
        data["role_groups"] = {column_letter(c): g for c, g in sorted(self.role_groups.items())}
        data["extra_cols"] = [column_letter(c) for c in self.extra_cols]
        for key in ("activity_col", "id_col", "phase_col", "role_col", "letter_col"):
            data[key] = None if data[key] is None else column_letter(data[key])
        data["role_cols"] = {column_letter(c): n for c, n in sorted(self.role_cols.items())}
        data["letter_cols"] = {column_letter(c): n for c, n in sorted(self.letter_cols.items())}
        data["score"] = round(self.score, 2)
        return data

    def used_columns(self) -> list[int]:
        """Return every column this layout reads."""
        cols = [self.activity_col, *self.role_cols, *self.letter_cols, *self.extra_cols]
        cols += [
            c
            for c in (self.id_col, self.phase_col, self.role_col, self.letter_col)
            if c is not None
        ]
        return sorted(set(cols))


def detect_layout(rows: Sequence[Sequence[Value]]) -> SheetLayout:
    """Return the most likely layout of a RACI sheet; raise SheetImportError if none fits."""
    cells = Cells(rows)
    best: SheetLayout | None = None
    for header in _header_candidates(cells):
        window = data_window(cells, header)
        if not window:
            continue
        stats = all_stats(cells, window)  # shared by the three readings of this header
        for candidate in (
            _grid_candidate(cells, header, window, stats),
            _transposed_candidate(cells, header, window, stats),
            _long_candidate(cells, header, window, stats),
        ):
            if candidate is not None and (best is None or candidate.score > best.score):
                best = candidate
    if best is None:
        raise SheetImportError(
            "no RACI grid was found: no column holds RACI letters (R, A, C, I) under a header row"
        )
    return best


def _header_candidates(cells: Cells) -> list[int]:
    """Return the first rows that could be a header: two or more filled cells, not numbers.

    The search ends inside the grid: two rows in a row that are mostly letters (three or
    more) are data, and a header is always above its data.
    """
    found: list[int] = []
    letter_rows = 0
    for row in range(min(cells.height, HEADER_SEARCH)):
        values = [v for c in range(len(cells.rows[row])) if (v := cells.value(row, c))]
        kinds = cells.row_kinds(row)
        letters = sum(k in (Kind.LETTERS, Kind.NONE) for k in kinds)
        letter_rows = letter_rows + 1 if letters >= 3 and letters * 2 > len(values) else 0
        if letter_rows >= 2:
            break
        numbers = sum(is_number(v) for v in values)
        # one value is enough under a candidate: the lower row of a two-row header
        enough = len(values) >= 2 or (len(values) == 1 and found and found[-1] == row - 1)
        if enough and numbers * 2 < len(values):
            found.append(row)
            if len(found) >= HEADER_CANDIDATES:
                break
    return found


def _grid_candidate(
    cells: Cells, header: int, rows: range, stats: list[ColumnStats]
) -> SheetLayout | None:
    block = role_block(cells, header, stats)
    if not block:
        return None
    head_kinds = [cells.kind(header, c) for c in block]
    letter_heads = sum(k in (Kind.LETTERS, Kind.NONE) for k in head_kinds)
    if letter_heads * 2 > len(block):
        return None  # the "header" is a row of letters: a data row, or a transposed header
    left = [c for c in range(block[0]) if stats[c].filled]
    right = [c for c in range(block[-1] + 1, cells.width) if stats[c].filled]
    activity = pick_activity(cells, header, stats, left)
    if activity is None:
        activity = pick_activity(cells, header, stats, right)
    if activity is None and left:
        activity = left[-1]  # names that all look like codes ("T1", "2.3"): the nearest column
    if activity is None:
        return None
    before = [c for c in left if c < activity]
    id_col = pick_id(cells, header, stats, before)
    others = [c for c in left if c not in (activity, id_col)]
    phase_col = pick_phase(cells, header, stats, others, activity)
    group_row = find_group_row(cells, header, block, activity)
    heads, groups = role_headers(cells, header, group_row, block)
    names = unique_names(heads)
    layout = SheetLayout(
        kind="grid",
        header_row=header,
        activity_col=activity,
        first_row=rows.start,
        id_col=id_col,
        phase_col=phase_col,
        role_cols=dict(zip(block, names, strict=True)),
        group_row=group_row,
        role_groups=groups,
        extra_cols=[c for c in others if c != phase_col],
    )
    layout.last_row = find_last_row(cells, layout)
    layout.phase_rows = phase_col is None and _has_phase_rows(cells, layout)
    grid = range(layout.first_row, layout.last_row + 1)
    final = [column_stats(cells, grid, c) for c in block]
    letters = sum(st.n(Kind.LETTERS) for st in final)
    nones = sum(st.n(Kind.NONE) for st in final)
    stray = sum(st.n(Kind.TEXT) for st in final)
    named = sum(1 for h in heads if h)
    single = 0.5 if len(block) == 1 else 1.0
    aside = 0.5 if activity > block[0] else 1.0  # names right of the letters: unusual
    penalty = stray + 3 * letter_heads
    layout.score = single * aside * (letters + 0.25 * nones) - penalty + 0.1 * named
    return layout if layout.score > 0 else None


def _has_phase_rows(cells: Cells, layout: SheetLayout) -> bool:
    """Return True when rows with a label and no letters group the rows with letters.

    The grid opens with such a row, or there are several of them, each followed by a row of
    letters, and not many more of them than rows of letters (a template with names and no
    letters yet holds activities, not groups).
    """
    roles = list(layout.role_cols or layout.letter_cols)
    left = label_columns(layout)
    rows = [
        r
        for r in range(layout.first_row, layout.last_row + 1)
        if not cells.is_blank(r, [*left, *roles])
    ]
    if len(rows) < 2:
        return False
    labels = [r for r in rows if cells.is_blank(r, roles) and row_label(cells, r, left)]
    letters = len(rows) - len(labels)
    label_set = set(labels)
    followed = sum(
        1 for i, r in enumerate(rows[:-1]) if r in label_set and rows[i + 1] not in label_set
    )
    opens = rows[0] in label_set
    return bool(labels) and 3 * letters >= len(labels) and (opens or followed >= 2)


def _transposed_candidate(
    cells: Cells, header: int, rows: range, stats: list[ColumnStats]
) -> SheetLayout | None:
    letter_cols: dict[int, str] = {}
    for col in range(len(cells.rows[header])):
        parsed = parse_letters(cells.raw(header, col), "RASCI")  # an S column too
        if cells.kind(header, col) == Kind.LETTERS and len(parsed.letters) == 1:
            letter_cols.setdefault(col, parsed.letters)
    if len(set(letter_cols.values())) < 2 or not set(letter_cols.values()) & {"R", "A"}:
        return None
    named = sum(stats[c].n(Kind.TEXT, Kind.MARK) for c in letter_cols)
    filled = sum(stats[c].filled for c in letter_cols)
    if named == 0 or named < 0.6 * filled:
        return None
    others = [c for c in range(cells.width) if c not in letter_cols and stats[c].filled]
    activity = pick_activity(cells, header, stats, [c for c in others if c < min(letter_cols)])
    if activity is None:
        activity = pick_activity(cells, header, stats, others)
    if activity is None:
        return None
    before = [c for c in others if c < activity]
    id_col = pick_id(cells, header, stats, before)
    rest = [c for c in others if c not in (activity, id_col) and c < min(letter_cols)]
    phase_col = pick_phase(cells, header, stats, rest, activity)
    layout = SheetLayout(
        kind="transposed",
        header_row=header,
        activity_col=activity,
        first_row=rows.start,
        id_col=id_col,
        phase_col=phase_col,
        letter_cols=letter_cols,
    )
    layout.last_row = find_last_row(cells, layout)
    layout.phase_rows = phase_col is None and _has_phase_rows(cells, layout)
    layout.score = float(named)
    return layout


def _long_candidate(
    cells: Cells, header: int, rows: range, stats: list[ColumnStats]
) -> SheetLayout | None:
    heads = [cells.value(header, c) or "" for c in range(cells.width)]
    letter_like = [
        c
        for c in range(cells.width)
        if stats[c].filled and stats[c].n(Kind.LETTERS) >= 0.8 * stats[c].filled
    ]
    if not letter_like:
        return None
    keyed = [c for c in letter_like if LETTER_WORDS.search(heads[c])]
    if len(letter_like) > 1 and not keyed:
        return None  # several letter columns: a grid, not the long form
    letter_col = (keyed or letter_like)[0]
    texts = [c for c in text_columns(stats, range(cells.width)) if c != letter_col]
    role_col = pick_named(cells, header, stats, texts, ROLE_WORDS)
    if role_col is None:
        return None
    rest = [c for c in texts if c != role_col]
    activity = pick_named(cells, header, stats, rest, ACTIVITY_WORDS)
    if activity is None:
        return None
    rest = [c for c in rest if c != activity]
    phase_col = pick_named(cells, header, stats, rest, PHASE_WORDS)
    ids = [c for c in range(cells.width) if c not in (letter_col, role_col, activity, phase_col)]
    id_col = next(
        (
            c
            for c in ids
            if stats[c].filled
            and ID_WORDS.search(heads[c])
            and ACTIVITY_WORDS.search(heads[c].replace("id", ""))
        ),
        None,
    )
    layout = SheetLayout(
        kind="long",
        header_row=header,
        activity_col=activity,
        first_row=rows.start,
        id_col=id_col,
        phase_col=phase_col,
        role_col=role_col,
        letter_col=letter_col,
    )
    layout.last_row = find_last_row(cells, layout)
    layout.score = 1.2 * stats[letter_col].n(Kind.LETTERS)
    return layout


def find_last_row(cells: Cells, layout: SheetLayout) -> int:
    """Return the last row of the grid: before a blank run, a legend, or the end of the sheet."""
    cols = layout.used_columns()
    last = layout.first_row - 1
    blanks = 0
    for row in range(layout.first_row, cells.height):
        if cells.is_blank(row, cols):
            blanks += 1
            if blanks >= BLANK_STOP:
                break
            continue
        label = cells.value(row, layout.activity_col) or _first_value(cells, row, cols)
        if label and LEGEND.match(label):
            break
        if blanks and cells.kind(row, layout.activity_col) in (Kind.LETTERS, Kind.NONE):
            break  # a legend table ("R  Responsible") after a gap
        blanks = 0
        last = row
    return last


def _first_value(cells: Cells, row: int, cols: Sequence[int]) -> str | None:
    return next((v for c in cols if (v := cells.value(row, c)) is not None), None)


def check_layout(layout: SheetLayout, rows: Sequence[Sequence[Value]]) -> None:
    """Refuse a layout (perhaps corrected by a person) that does not fit the sheet."""
    width = max((len(r) for r in rows), default=0)
    problems = []
    if not 0 <= layout.header_row < max(len(rows), 1):
        problems.append(f"the header row {layout.header_row + 1} is outside the sheet")
    for col in layout.used_columns():
        if not 0 <= col < max(width, 1):
            problems.append(
                f"column {column_letter(col) if col >= 0 else col} is outside the sheet"
            )
    if layout.kind == "grid" and not layout.role_cols:
        problems.append("no role columns are chosen")
    if layout.kind == "transposed" and not layout.letter_cols:
        problems.append("no letter columns are chosen")
    if layout.kind == "long" and (layout.role_col is None or layout.letter_col is None):
        problems.append("the long form needs a role column and a letter column")
    if layout.activity_col in (*layout.role_cols, *layout.letter_cols):
        problems.append("the activity column is also a role or letter column")
    if layout.first_row <= layout.header_row:
        problems.append("the grid must start below the header row")
    if layout.group_row is not None and not 0 <= layout.group_row < layout.first_row:
        problems.append("the second header row must be above the grid")
    if problems:
        raise SheetImportError("the layout does not fit the sheet: " + "; ".join(problems))


def relabel(layout: SheetLayout, rows: Sequence[Sequence[Value]]) -> SheetLayout:
    """Return ``layout`` with role names, groups and letters read again from its header rows.

    For a layout a person corrected (another header row, a second header row, other role
    columns): names come from the sheet, as detection would have read them.
    """
    cells = Cells(rows, "RASCI")
    if layout.kind == "grid":
        cols = sorted(layout.role_cols)
        heads, groups = role_headers(cells, layout.header_row, layout.group_row, cols)
        names = unique_names(heads)
        return replace(layout, role_cols=dict(zip(cols, names, strict=True)), role_groups=groups)
    if layout.kind == "transposed":
        letters = {}
        for col in sorted(layout.letter_cols):
            parsed = cells.letters(layout.header_row, col)
            letters[col] = parsed.letters[:1] or layout.letter_cols[col][:1].upper() or "R"
        return replace(layout, letter_cols=letters, group_row=None, role_groups={})
    return replace(layout, group_row=None, role_groups={})
