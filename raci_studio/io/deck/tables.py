"""Tables that flow over as many slides as they need, each row sized to its wrapped text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from raci_studio.io.deck.fit import LINE_EM, POINTS_PER_INCH, clip_text, page_label, paginate
from raci_studio.io.deck.frame import Deck
from raci_studio.io.deck.shapes import Cell, Run, add_table, add_text, set_alt_text
from raci_studio.io.deck.style import BODY_PT, CELL_PAD_H, CELL_PAD_W, MUTED, TABLE_PT

#: No cell grows beyond this many lines; longer text ends in "…" (the file keeps it whole).
MAX_CELL_LINES = 5
_LINE_IN = TABLE_PT * LINE_EM / POINTS_PER_INCH


@dataclass(frozen=True)
class Column:
    """A table column: its header and its share of the table's width."""

    header: str
    share: float


def fit_rows(
    rows: Sequence[Sequence[Cell]], widths: Sequence[float], max_lines: int = MAX_CELL_LINES
) -> tuple[list[list[Cell]], list[float]]:
    """Clip every cell to ``max_lines`` wrapped lines; return the rows and their heights."""
    from raci_studio.io.deck.fit import wrapped_lines

    fitted: list[list[Cell]] = []
    heights: list[float] = []
    for row in rows:
        lines = 1
        out = []
        for cell, width in zip(row, widths, strict=True):
            inner = width - CELL_PAD_W
            n = wrapped_lines(cell.text, inner, TABLE_PT, cell.bold) if cell.text else 1
            if n > max_lines:
                text = clip_text(
                    cell.text.replace("\n", " "), inner, TABLE_PT, max_lines, cell.bold
                )
                cell = Cell(text, cell.fill, cell.ink, cell.bold, cell.align)
                n = max_lines
            lines = max(lines, n)
            out.append(cell)
        fitted.append(out)
        heights.append(lines * _LINE_IN + CELL_PAD_H)
    return fitted, heights


def table_slides(
    deck: Deck,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    notes: Callable[[int, int], str],
    name: str,
    alt: str,
    top_gap: float = 0.0,
    height: float | None = None,
    empty: str = "Nothing recorded yet.",
) -> list[Any]:
    """Add slides holding ``rows`` under ``columns``, as many as the rows need.

    ``notes(start, stop)`` gives the speaker notes for the rows a slide shows.
    """
    area = deck.content
    total = sum(c.share for c in columns)
    widths = [area.width * c.share / total for c in columns]
    fitted, heights = fit_rows(rows, widths)
    header_h = header_height(columns, widths)
    available = (height if height is not None else area.height - top_gap) - header_h
    pages = paginate(heights, available) if rows else [(0, 0)]
    slides = []
    for i, (start, stop) in enumerate(pages):
        slide = deck.slide(page_label(title, i, len(pages)), notes(start, stop))
        if stop > start:
            frame = add_table(
                slide,
                area.left,
                area.top + top_gap,
                widths,
                [c.header for c in columns],
                fitted[start:stop],
                [header_h, *heights[start:stop]],
                name if len(pages) == 1 else f"{name}:{i + 1}",
            )
            set_alt_text(frame, f"{alt} (rows {start + 1} to {stop} of {len(rows)})")
        else:
            box = (area.left, area.top + top_gap, area.width, 0.5)
            add_text(slide, box, [[Run(empty, BODY_PT, MUTED)]], name="empty")
        slides.append(slide)
    return slides


def header_height(columns: Sequence[Column], widths: Sequence[float]) -> float:
    from raci_studio.io.deck.fit import wrapped_lines

    lines = max(
        wrapped_lines(c.header, w - CELL_PAD_W, TABLE_PT, True)
        for c, w in zip(columns, widths, strict=True)
    )
    return lines * _LINE_IN + CELL_PAD_H
