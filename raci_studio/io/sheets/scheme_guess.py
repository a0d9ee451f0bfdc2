"""Tell the letter scheme of a sheet from the letters its grid uses: S present means RASCI.

DACI-like letters (D, V, O, P) do not get a scheme of their own: their meanings differ from
one sheet to the next (P is "Perform" in PACSI, "Participant" elsewhere; O is "Omitted" or
"Out of the loop"), and a project's rules (one A, at least one R) would not hold for them. They
are reported cell by cell, with the letters of the same cell that are understood imported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from raci_studio.io.sheets.cells import Cells, Value
from raci_studio.io.sheets.layout import SheetLayout


@dataclass
class SchemeFound:
    """What the grid's letters say about its scheme.

    Attributes
    ----------
    scheme
        "RASCI" when some cell holds S (Support), else "RACI".
    support_cells
        How many cells hold S.
    other_letters
        Letters no scheme holds ("D", "V" …), with how many cells hold each.
    """

    scheme: str = "RACI"
    support_cells: int = 0
    other_letters: Counter[str] = field(default_factory=Counter)

    def describe(self, used: str, detected: bool) -> str:
        """Return the scheme in words for the report: what was used and why."""
        if detected and used == "RASCI":
            return f"RASCI (detected: S in {self.support_cells:,} {_cells(self.support_cells)})"
        if detected:
            return "RACI (detected: no S in the grid)"
        if used == "RACI" and self.support_cells:
            verb = "holds" if self.support_cells == 1 else "hold"
            return f"RACI (chosen; {self.support_cells:,} {_cells(self.support_cells)} {verb} S)"
        return f"{used} (chosen)"


def _cells(n: int) -> str:
    return "cell" if n == 1 else "cells"


def detect_scheme(rows: Sequence[Sequence[Value]], layout: SheetLayout) -> SchemeFound:
    """Return the scheme the letters of ``layout``'s grid use."""
    cells = Cells(rows, "RASCI")
    found = SchemeFound()
    last = min(layout.last_row, cells.height - 1)
    if layout.kind == "transposed":
        if "S" in layout.letter_cols.values():
            cols = [c for c, letter in layout.letter_cols.items() if letter == "S"]
            found.support_cells = sum(
                1 for r in range(layout.first_row, last + 1) for c in cols if cells.value(r, c)
            )
            found.scheme = "RASCI" if found.support_cells else "RACI"
        return found
    if layout.kind == "grid":
        cols = sorted(layout.role_cols)
    else:
        cols = [layout.letter_col] if layout.letter_col is not None else []
    for row in range(layout.first_row, last + 1):
        for col in cols:
            parsed = cells.letters(row, col)
            if "S" in parsed.letters:
                found.support_cells += 1
            for part in parsed.unknown.split():
                if len(part) == 1:
                    found.other_letters[part.upper()] += 1
    found.scheme = "RASCI" if found.support_cells else "RACI"
    return found
