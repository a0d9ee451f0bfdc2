"""Wrapping the lifecycle's columns into rows that fit a page or a view, without Qt.

The auto-layout is a sequence of columns read left to right. On a screen or a page that sequence
reads best as a few rows, like lines of text: each row runs left to right, and the last node of
one row leads to the first node of the next. This module only does the arithmetic: which
columns go on which row for a given aspect ratio, and how far apart the rows must stand so that
the feedback lanes below a row and the flow that wraps to the next row fit between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: Width over height of the area the diagram is laid out for when none is given (a laptop
#: screen's diagram tab, a landscape page).
DEFAULT_ASPECT = 1.6
#: Space kept between a row's lowest extent and its first lane, and between the last lane and
#: the next row (the lanes themselves are :data:`LANE_SPACING` apart).
ROW_CLEARANCE = 40.0
LANE_SPACING = 30.0
#: Margin the view adds around the diagram when fitting it (scene units, each side).
FIT_MARGIN = 30.0


LanesFor = Callable[[Sequence[Sequence[int]]], list[int]]


@dataclass(frozen=True)
class Column:
    """One auto-layout column as the row arithmetic sees it.

    Attributes
    ----------
    width : float
        Width of the widest node in the column.
    top, bottom : float
        Extent of the column's nodes above (negative) and below the row's centre line.
    """

    width: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Rows:
    """Columns split into rows.

    Attributes
    ----------
    rows : tuple of tuple of int
        Column indices of each row, in order.
    centres : tuple of float
        The y of each row's centre line (the first row's is 0).
    width, height : float
        Size of the whole layout, lanes included.
    """

    rows: tuple[tuple[int, ...], ...]
    centres: tuple[float, ...]
    width: float
    height: float


def split(widths: Sequence[float], count: int, gap: float) -> list[list[int]]:
    """Split columns into at most ``count`` rows of about equal width, keeping their order.

    A column goes to the row in which its middle falls when the whole sequence is cut into
    ``count`` equal lengths, so rows come out balanced and never empty.
    """
    total = sum(widths) + gap * max(0, len(widths) - 1)
    share = total / max(1, count)
    rows: list[list[int]] = []
    cursor = 0.0
    for index, width in enumerate(widths):
        row = min(count - 1, int((cursor + width / 2) // share)) if share > 0 else 0
        if not rows or row > len(rows) - 1:
            rows.append([])
        rows[-1].append(index)
        cursor += width + gap
    return rows


def stack(
    columns: Sequence[Column],
    rows: Sequence[Sequence[int]],
    lanes: Sequence[int],
    gap: float,
) -> Rows:
    """Place rows one under the other with room for ``lanes[k]`` lanes below row ``k``.

    Every gap between two rows also holds the lane of the flow that wraps from one row to the
    next; the last row keeps room for its own lanes below.
    """
    centres: list[float] = []
    y = 0.0
    top = 0.0
    bottom = 0.0
    width = 0.0
    for k, row in enumerate(rows):
        row_top = min(columns[i].top for i in row)
        row_bottom = max(columns[i].bottom for i in row)
        if k == 0:
            y = 0.0
            top = row_top
        else:
            y = bottom + ROW_CLEARANCE + LANE_SPACING - row_top
        y = round(y / 20.0) * 20.0
        centres.append(y)
        below = ROW_CLEARANCE + lanes[k] * LANE_SPACING if lanes[k] else 0.0
        bottom = y + row_bottom + below
        width = max(width, sum(columns[i].width for i in row) + gap * (len(row) - 1))
    return Rows(tuple(tuple(r) for r in rows), tuple(centres), width, bottom - top)


def fitted_scale(rows: Rows, aspect: float) -> float:
    """Return how large the layout shows in an area of ``aspect`` (width / height), height 1."""
    width = rows.width + 2 * FIT_MARGIN
    height = rows.height + 2 * FIT_MARGIN
    return min(aspect / width, 1.0 / height)


def best_rows(
    columns: Sequence[Column],
    lanes_for: LanesFor,
    aspect: float,
    gap: float,
) -> Rows:
    """Return the split of ``columns`` into rows that shows largest in an area of ``aspect``.

    Parameters
    ----------
    columns : sequence of Column
    lanes_for : callable
        Given the rows (column indices), return how many lanes each row needs below it.
    aspect : float
        Width over height of the area; a wide one gets fewer rows, a tall one more.
    gap : float
        Horizontal gap between two columns of a row.
    """
    widths = [c.width for c in columns]
    best: Rows | None = None
    best_scale = 0.0
    seen: set[tuple[tuple[int, ...], ...]] = set()
    for count in range(1, len(columns) + 1):
        rows = split(widths, count, gap)
        key = tuple(tuple(r) for r in rows)
        if key in seen:
            continue
        seen.add(key)
        laid = stack(columns, rows, lanes_for(rows), gap)
        scale = fitted_scale(laid, aspect)
        if scale > best_scale * 1.0001:  # fewer rows win a tie
            best, best_scale = laid, scale
        elif best is not None and laid.width * 2 < best.width and scale < best_scale * 0.8:
            break  # narrower rows only shrink the diagram from here on
    return best if best is not None else Rows((), (), 0.0, 0.0)


class LaneCounter:
    """Count the lanes each row needs below it: loops with an end on it, or one flow wrapping.

    Parameters
    ----------
    column_of : mapping
        Node id -> index of its column.
    loops : sequence of (source, target, feedback)
        Every flow between two placed nodes; a flow becomes a loop when it is feedback or runs
        to a column on its left on the same row.
    """

    def __init__(self, column_of: dict[str, int], flows: Sequence[tuple[str, str, bool]]) -> None:
        self._column_of = column_of
        self._flows = [
            (column_of[s], column_of[t], feedback)
            for s, t, feedback in flows
            if s in column_of and t in column_of and s != t
        ]

    def __call__(self, rows: Sequence[Sequence[int]]) -> list[int]:
        """Return the lane count below each row."""
        row_of = {i: k for k, row in enumerate(rows) for i in row}
        lanes = [0] * len(rows)
        for source, target, feedback in self._flows:
            rs, rt = row_of[source], row_of[target]
            if feedback or target < source:
                lanes[rs] += 1
                if rt != rs:
                    lanes[rt] += 1
        return lanes
