"""Fuzz the foreign-sheet import from the file inwards: it raises SheetImportError or nothing.

tests/io/test_sheet_layout.py fuzzes layout detection and building on grids in memory, with
titles and a legend below the body. This module covers what that leaves out: the grid placed
anywhere on the sheet, blank rows and columns inside it, legends beside it, transposed grids,
all written as a CSV file (any delimiter, quoting and line ending) and read through the whole
import (``import_sheet``) and the preview the import dialog shows (``read_preview``).
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.sheets.importer import import_sheet, read_preview

Rows = list[list[str]]
T = TypeVar("T")

LETTERS = ["R", "A", "C", "I", "S", "A/R", "R, A", "r", "Resp.", "x", "-", "", "?", "RACI"]
WORDS = ["Activity", "Task", "Phase", "Role", "Legend", "Responsible", "Notes", "ID", "#"]
cells = st.one_of(
    st.sampled_from(LETTERS),
    st.sampled_from(WORDS),
    st.text(max_size=15),
    st.integers(-3, 3000).map(str),
    st.sampled_from(["=SUM(A1:A3)", "@x", "+1", "\u202eRTL", "🚀", "  ", "\t"]),
)


@st.composite
def sheets(draw: st.DrawFn) -> Rows:
    """Return a sheet: title rows, a grid (maybe transposed) with blanks, legends, an offset."""
    roles = draw(st.lists(st.text(min_size=1, max_size=10), min_size=1, max_size=6))
    body = [
        [
            draw(st.text(max_size=25)),
            *draw(st.lists(cells, min_size=len(roles), max_size=len(roles))),
        ]
        for _ in range(draw(st.integers(0, 15)))
    ]
    grid = [[draw(st.sampled_from(WORDS)), *roles], *body]
    if draw(st.booleans()):
        grid = [list(column) for column in zip(*grid, strict=True)]
    for _ in range(draw(st.integers(0, 3))):  # blank rows anywhere, even above the header
        grid.insert(draw(st.integers(0, len(grid))), [])
    if draw(st.booleans()):  # a blank column inside the grid
        at = draw(st.integers(0, max(len(r) for r in grid)))
        grid = [[*row[:at], "", *row[at:]] for row in grid]
    legend = draw(st.lists(st.lists(cells, max_size=3), max_size=5))
    if draw(st.booleans()):  # beside the grid instead of below it
        width = max(len(r) for r in grid) + 1
        grid = [
            row + [""] * (width - len(row)) + (legend[i] if i < len(legend) else [])
            for i, row in enumerate(grid)
        ]
        legend = []
    titles = draw(st.lists(st.lists(st.text(max_size=30), max_size=2), max_size=3))
    left = draw(st.integers(0, 3))
    rows = [*titles, *grid, *draw(st.lists(st.just([]), max_size=2)), *legend]
    return [[""] * left + row for row in rows]


def write_csv(rows: Rows, folder: Path, delimiter: str, ending: str, quoting: int) -> Path:
    """Write ``rows`` as a CSV file the way a spreadsheet program might."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=ending, quoting=quoting).writerows(rows)
    path = folder / "raci.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sheets(),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
)
def test_the_whole_csv_import_raises_nothing_but_sheet_import_errors(
    rows: Rows, delimiter: str, ending: str, quoting: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(rows, Path(folder), delimiter, ending, quoting)
        preview, result = _refused_or(read_preview, path), _refused_or(import_sheet, path)
    event("imported" if result is not None else "refused")
    if result is None:
        return
    assert preview is not None and preview.layout is not None and not preview.problem
    assert result.project.activities
    assert result.report.counts["activities"] == len(result.project.activities)
    for skipped in result.report.skipped:
        assert skipped.address.startswith("raci.csv!")


def _refused_or(load: Callable[[Path], T], path: Path) -> T | None:
    """Return what ``load`` reads from ``path``, or None when it refuses with a clear message."""
    try:
        return load(path)
    except SheetImportError as exc:
        assert str(exc).startswith("raci.csv"), exc
        return None
