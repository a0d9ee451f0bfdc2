"""A grid of sheet cells, classified once: letters, none markers, marks, numbers, text.

Layout detection (:mod:`raci_studio.io.sheets.layout`) and the project builder
(:mod:`raci_studio.io.sheets.build`) read sheets through :class:`Cells`, so ragged rows,
missing cells and odd values are handled in one place. Indexes are 0-based: ``rows[i][j]`` is
the cell in sheet row ``i + 1``, column ``j + 1``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import IntEnum

from raci_studio.io.sheets.letters import ParsedLetters, parse_letters

Value = str | None

_NUMBER = re.compile(r"^(?:[A-Za-z]{0,4}[-_.]?)?\d+(?:[.\-]\d+)*\.?$")


class Kind(IntEnum):
    """What a cell holds, as far as layout detection cares."""

    EMPTY = 0
    LETTERS = 1  # "R", "A/R", "Responsible"
    NONE = 2  # "N", "-"
    MARK = 3  # a short token that is not a letter: "x", "Q", "?"
    NUMBER = 4  # "1", "2.3", "ST-04"
    TEXT = 5


class Cells:
    """Read-only access to a grid of text values with cached classification."""

    def __init__(self, rows: Sequence[Sequence[Value]], scheme: str = "RACI") -> None:
        self.rows = rows
        self.scheme = scheme
        self.height = len(rows)
        self.width = max((len(r) for r in rows), default=0)
        self._kinds: dict[str, Kind] = {}
        self._row_kinds: list[list[Kind] | None] = [None] * self.height

    def value(self, row: int, col: int) -> str | None:
        """Return the text of a cell, stripped; None when it is empty or outside the grid."""
        if col < 0 or row < 0 or row >= self.height:
            return None
        cells = self.rows[row]
        if col >= len(cells):
            return None
        value = cells[col]
        if value is None:
            return None
        text = str(value).strip()
        return text or None

    def raw(self, row: int, col: int) -> str | None:
        """Return the cell as read (not stripped), or None."""
        if 0 <= row < self.height and 0 <= col < len(self.rows[row]):
            value = self.rows[row][col]
            return None if value is None else str(value)
        return None

    def letters(self, row: int, col: int) -> ParsedLetters:
        """Return the parsed letters of a cell."""
        return parse_letters(self.raw(row, col), self.scheme)

    def row_kinds(self, row: int) -> list[Kind]:
        """Return the kinds of a row's cells, classified once (columns past its end are empty)."""
        kinds = self._row_kinds[row]
        if kinds is None:
            kinds = [self._kind_of(v) for v in self.rows[row]]
            self._row_kinds[row] = kinds
        return kinds

    def kind(self, row: int, col: int) -> Kind:
        """Return the kind of a cell."""
        if 0 <= row < self.height and col >= 0:
            kinds = self.row_kinds(row)
            return kinds[col] if col < len(kinds) else Kind.EMPTY
        return Kind.EMPTY

    def _kind_of(self, value: Value) -> Kind:
        if value is None:
            return Kind.EMPTY
        text = str(value).strip()
        if not text:
            return Kind.EMPTY
        found = self._kinds.get(text)
        if found is None:
            found = self._classify(text)
            if len(self._kinds) < 100_000:
                self._kinds[text] = found
        return found

    def _classify(self, text: str) -> Kind:
        parsed = parse_letters(text, "RASCI")  # S counts as a letter while detecting
        if parsed.kind == "letters":
            return Kind.LETTERS
        if parsed.kind == "none":
            return Kind.NONE
        if _NUMBER.match(text):
            return Kind.NUMBER
        if len(text) <= 3:
            return Kind.MARK
        return Kind.TEXT

    def row_values(self, row: int, cols: Sequence[int]) -> list[str | None]:
        """Return the stripped values of ``cols`` in ``row``."""
        return [self.value(row, c) for c in cols]

    def is_blank(self, row: int, cols: Sequence[int] | None = None) -> bool:
        """Return True when the row (or the given columns of it) holds nothing."""
        if cols is None:
            if row >= self.height:
                return True
            return all(v is None or not str(v).strip() for v in self.rows[row])
        return all(self.value(row, c) is None for c in cols)


def column_letter(col: int) -> str:
    """Return the spreadsheet letters of a 0-based column index: 0 -> A, 27 -> AB."""
    letters = ""
    n = col + 1
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_cell(reference: str) -> tuple[int, int] | None:
    """Return the 0-based row and column of "C5" or "Sheet1!C5", or None."""
    match = re.fullmatch(r"(?:.*!)?([A-Za-z]{1,3})(\d+)", reference)
    if not match:
        return None
    col = 0
    for ch in match.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)) - 1, col - 1


def address(sheet: str, row: int, col: int) -> str:
    """Return a cell address as Excel writes it, e.g. ``RACI!D7`` (0-based row and column)."""
    needs_quotes = not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", sheet)
    name = "'" + sheet.replace("'", "''") + "'" if needs_quotes else sheet
    return f"{name}!{column_letter(col)}{row + 1}"


def clean_name(text: str | None) -> str:
    """Return a cell's text as a one-line name: whitespace and line breaks collapsed."""
    if text is None:
        return ""
    text = "".join(ch if ch.isprintable() or ch.isspace() else " " for ch in str(text))
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        text = text[1:]  # the quote prefix that guards formula-like text in CSV exports
    return " ".join(text.split())
