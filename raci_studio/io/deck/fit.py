"""How much text fits where: wrapped line counts, heights and pages, without PowerPoint.

A deck is laid out before anyone opens it, so nothing can measure the text as the viewer
will draw it (the font may be the company's, or a substitute). The estimates here are
deliberately generous: an average character is taken as 0.6 of the font size wide (0.66 in
bold), as wide as DejaVu Sans, the widest substitute a viewer without Calibri uses, so a box
sized from them holds its text in every viewer we checked. Words longer than a line are
broken, as viewers do.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: Average advance of one character, as a share of the font size.
CHAR_EM = 0.6
BOLD_EM = 0.66
#: Line height as a share of the font size (single spacing with the viewer's leading).
LINE_EM = 1.2
POINTS_PER_INCH = 72.0


def chars_per_line(width_in: float, size_pt: float, bold: bool = False) -> int:
    """Return how many average characters fit on one line ``width_in`` inches wide."""
    em = BOLD_EM if bold else CHAR_EM
    return max(1, int(width_in * POINTS_PER_INCH / (size_pt * em)))


def wrapped_lines(text: str, width_in: float, size_pt: float, bold: bool = False) -> int:
    """Return the number of lines ``text`` takes when wrapped at word boundaries."""
    per_line = chars_per_line(width_in, size_pt, bold)
    total = 0
    for paragraph in text.split("\n"):
        total += _paragraph_lines(paragraph, per_line)
    return max(total, 1)


def _paragraph_lines(paragraph: str, per_line: int) -> int:
    words = paragraph.split()
    if not words:
        return 1
    lines, used = 1, 0
    for word in words:
        size = len(word)
        if used and used + 1 + size <= per_line:
            used += 1 + size
            continue
        if used:
            lines += 1
        # A word longer than a line is broken across as many lines as it needs.
        extra = (size - 1) // per_line
        lines += extra
        used = size - extra * per_line
    return lines


def text_height(text: str, width_in: float, size_pt: float, bold: bool = False) -> float:
    """Return the height in inches that ``text`` takes at ``size_pt`` in ``width_in``."""
    return wrapped_lines(text, width_in, size_pt, bold) * size_pt * LINE_EM / POINTS_PER_INCH


def clip_text(
    text: str, width_in: float, size_pt: float, max_lines: int, bold: bool = False
) -> str:
    """Return ``text`` cut at a word so it takes at most ``max_lines`` lines, with "…"."""
    if wrapped_lines(text, width_in, size_pt, bold) <= max_lines:
        return text
    words = text.split()
    low, high = 0, len(words)
    while low < high:  # the longest prefix of words that still fits with the ellipsis
        mid = (low + high + 1) // 2
        if wrapped_lines(" ".join(words[:mid]) + " …", width_in, size_pt, bold) <= max_lines:
            low = mid
        else:
            high = mid - 1
    if low == 0:
        per_line = chars_per_line(width_in, size_pt, bold)
        return text[: max(per_line * max_lines - 2, 1)] + "…"
    return " ".join(words[:low]) + " …"


def paginate(heights: Sequence[float], available: float) -> list[tuple[int, int]]:
    """Split items of the given heights into pages of at most ``available`` each.

    Returns ``(start, stop)`` index ranges; every page holds at least one item, so an item
    taller than a page gets a page of its own (callers clip such items beforehand).
    """
    pages: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for i, height in enumerate(heights):
        if i > start and used + height > available:
            pages.append((start, i))
            start, used = i, 0.0
        used += height
    if start < len(heights) or not pages:
        pages.append((start, len(heights)))
    return pages


def chunks(count: int, size: int) -> list[tuple[int, int]]:
    """Return ``(start, stop)`` ranges covering ``count`` items, ``size`` at a time."""
    size = max(size, 1)
    return [(i, min(i + size, count)) for i in range(0, count, size)] or [(0, 0)]


def page_label(title: str, index: int, total: int) -> str:
    """Return ``title`` with "(2 of 3)" when a section takes more than one slide."""
    return title if total <= 1 else f"{title} ({index + 1} of {total})"


def ceil_div(a: int, b: int) -> int:
    """Return ``a / b`` rounded up."""
    return math.ceil(a / max(b, 1))


def says(text: str, words: str) -> bool:
    """Return True when ``text`` already says ``words`` (ignoring case, spaces, punctuation)."""

    def letters(value: str) -> str:
        return "".join(c for c in value.lower() if c.isalnum())

    return letters(words) in letters(text)
