"""Cells for a write-only workbook: named styles built once, text that never runs as a formula.

Every user string goes through :meth:`SheetWriter.text`: a plain string when nothing about it
is risky (openpyxl then writes it as a string), otherwise a cell forced to the string type,
with Excel's quote prefix when it starts like a formula. Styles are built once per workbook
and shared by reference, which keeps a 100,000-cell export lean.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from copy import copy
from functools import partial
from typing import TYPE_CHECKING, Any

from raci_studio.core.palette import LETTER_COLOURS
from raci_studio.io.workbook.common import FORMULA_STARTS, excel_text, needs_care
from raci_studio.io.workbook.tables import label

if TYPE_CHECKING:
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FONT = "Calibri"  # Excel's default; LibreOffice shows it with the metric-compatible Carlito
INK = "1F2937"  # body text
MUTED = "6B7280"  # notes, numbering
HEADER_FILL = "334155"  # slate header band, white text
PHASE_FILL = "E2E8F0"
TABLE_HEADER_FILL = "E2E8F0"
GRID_LINE = "CBD5E1"
OK_INK = "166534"
PROBLEM_FILL = "FDE2E1"
PROBLEM_INK = "991B1B"
#: Dates before this cannot be an Excel date (the 1900 leap-year bug); they are written as text.
FIRST_EXCEL_DATE = dt.date(1900, 3, 1)


def wrapped_lines(text: str, width: float, size: float = 11) -> int:
    """Estimate the lines ``text`` takes when wrapped in a column ``width`` characters wide."""
    # A column's width counts "0" digits; the average letter of Calibri is about 20% narrower.
    # Erring towards one line too many leaves a little space rather than cutting text off.
    per_line = max(1, int(width * 1.15 * 11 / size))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def hex6(colour: str) -> str:
    """Return "#0072B2" as openpyxl wants it: "0072B2"."""
    return colour.lstrip("#").upper()


class Styles:
    """The workbook's cell styles, by name, each built once."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self._ws = ws
        self._cell = WriteOnlyCell
        # Name the font everywhere: a font without a name falls back to a serif in some readers.
        font = partial(Font, name=FONT, family=2, size=11)
        thin = Side(style="thin", color=GRID_LINE)
        grid = Border(left=thin, right=thin, top=thin, bottom=thin)
        strong_bottom = Border(bottom=Side(style="medium", color=HEADER_FILL))
        centre = Alignment(horizontal="center", vertical="center")
        middle = Alignment(vertical="center")
        middle_wrap = Alignment(vertical="center", wrap_text=True)
        top_wrap = Alignment(vertical="top", wrap_text=True)

        def solid(colour: str) -> PatternFill:
            return PatternFill("solid", start_color=colour, end_color=colour)

        specs: dict[str, dict[str, Any]] = {
            # A do-nothing-visible style, so a plain cell can carry a quote prefix.
            "plain": {"font": font()},
            "title": {"font": font(bold=True, size=16, color=INK)},
            "subtitle": {"font": font(italic=True, size=10, color=MUTED)},
            "note": {"font": font(italic=True, size=9, color=MUTED)},
            "legend_text": {"font": font(size=10, color=INK), "alignment": middle},
            "header": {
                "font": font(bold=True, color="FFFFFF"),
                "fill": solid(HEADER_FILL),
                "alignment": Alignment(vertical="bottom", wrap_text=True),
            },
            "header_centre": {
                "font": font(bold=True, color="FFFFFF"),
                "fill": solid(HEADER_FILL),
                "alignment": Alignment(horizontal="center", vertical="bottom", wrap_text=True),
            },
            "header_role": {
                "font": font(bold=True, color="FFFFFF"),
                "fill": solid(HEADER_FILL),
                "alignment": Alignment(
                    horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True
                ),
                "border": Border(left=Side(style="thin", color="64748B")),
            },
            "phase": {
                "font": font(bold=True, color=INK),
                "fill": solid(PHASE_FILL),
                "alignment": middle,
                "border": Border(top=thin, bottom=thin),
            },
            "number": {
                "font": font(size=9, color=MUTED),
                "alignment": Alignment(horizontal="right", vertical="center"),
            },
            "activity": {"font": font(color=INK), "alignment": middle_wrap},
            "letter": {"font": font(bold=True), "alignment": centre, "border": grid},
            "centre": {"font": font(bold=True), "alignment": centre},
            "check": {"font": font(size=10), "alignment": centre},
            "description": {"font": font(size=10, color=INK), "alignment": middle},
            "section": {"font": font(bold=True, size=13, color=INK)},
            "table_header": {
                "font": font(bold=True, color=INK),
                "fill": solid(TABLE_HEADER_FILL),
                "alignment": Alignment(vertical="bottom", wrap_text=True),
                "border": strong_bottom,
            },
            "label": {"font": font(bold=True, color=INK), "alignment": Alignment(vertical="top")},
            "wrap": {"font": font(), "alignment": top_wrap},
            "date": {
                "font": font(),
                "number_format": "yyyy-mm-dd",
                "alignment": Alignment(horizontal="left", vertical="top"),
            },
            "top": {"font": font(), "alignment": Alignment(vertical="top")},
        }
        for code, (_strong, light, ink) in LETTER_COLOURS.items():
            specs[f"legend_{code}"] = {
                "font": font(bold=True, color=hex6(ink)),
                "fill": solid(hex6(light)),
                "alignment": centre,
                "border": grid,
            }
        self._arrays: dict[str, StyleArray] = {}
        self._quoted: dict[str | None, StyleArray] = {}
        for name, attributes in specs.items():
            cell = WriteOnlyCell(ws)
            for attribute, value in attributes.items():
                setattr(cell, attribute, value)
            self._arrays[name] = cell._style

    def array(self, name: str) -> StyleArray:
        """Return the style named ``name``."""
        return self._arrays[name]

    def quoted(self, name: str | None) -> StyleArray:
        """Return the style ``name`` (or the plain one) with Excel's quote prefix."""
        found = self._quoted.get(name)
        if found is None:
            found = copy(self._arrays[name or "plain"])
            found.quotePrefix = 1
            self._quoted[name] = found
        return found


class SheetWriter:
    """Append rows to one write-only sheet, turning values into safe, styled cells."""

    def __init__(self, ws: WriteOnlyWorksheet, styles: Styles, warnings: list[str]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        self.ws = ws
        self.styles = styles
        self.warnings = warnings
        self.row = 0  # the last row written
        self._cell = WriteOnlyCell
        self._letter = get_column_letter

    def where(self, col: int) -> Callable[[], str]:
        """Return a function naming cell ``col`` of the next row, e.g. "Roles!B4"."""
        return lambda: f"{self.ws.title}!{self._letter(col)}{self.row + 1}"

    def styled(self, value: Any, style: str) -> Any:
        """Return a cell holding a value of our own (not user text) in ``style``."""
        cell = self._cell(self.ws, value)
        cell._style = self.styles.array(style)
        return cell

    def text(self, value: str, col: int, style: str | None = None) -> Any:
        """Return user text as a string cell that no spreadsheet will run as a formula."""
        if not value:
            return self.styled(None, style) if style else None
        if not needs_care(value):
            return self.styled(value, style) if style else value
        safe = excel_text(value, self.where(col), self.warnings)
        cell = self._cell(self.ws, safe)
        cell.data_type = "s"  # never a formula or an error code, whatever it starts with
        if value[0] in FORMULA_STARTS or safe[:1] in FORMULA_STARTS:
            cell._style = self.styles.quoted(style)
        elif style:
            cell._style = self.styles.array(style)
        return cell

    def number(self, value: float | None, col: int, style: str | None = None) -> Any:
        """Return a number cell that reads back as exactly ``value``."""
        if value is None:
            return None
        if not math.isfinite(value):
            return self.text(repr(float(value)), col, style)
        exact = float(f"{value:.16g}") == value
        if exact and not style:
            return value
        cell = self._cell(self.ws, value)
        if not exact:
            # openpyxl writes 16 significant digits; some doubles need 17 to round-trip.
            cell._value = repr(float(value))
        if style:
            cell._style = self.styles.array(style)
        return cell

    def date(self, value: dt.date | None, col: int) -> Any:
        """Return a date cell (text for dates Excel cannot show)."""
        if value is None:
            return None
        if value < FIRST_EXCEL_DATE:
            return self.text(value.isoformat(), col)
        return self.styled(value, "date")

    def append(self, values: list[Any]) -> None:
        """Write one row."""
        self.ws.append(values)
        self.row += 1

    def fit(self, texts: list[tuple[str, float]], size: float = 11) -> None:
        """Make the next row tall enough for each (text, column width) wrapped in its cell.

        Spreadsheets do not all size rows to wrapped text when they open a file, so the
        height is estimated here; a row that fits on one line keeps the default height.
        """
        lines = max((wrapped_lines(text, width, size) for text, width in texts), default=1)
        if lines > 1:
            self.ws.row_dimensions[self.row + 1].height = min(409, lines * size * 1.3 + 3)

    def value(self, kind: str, value: Any, col: int, style: str | None = None) -> Any:
        """Return ``value`` written as a column of ``kind`` shows it (see ``Column``)."""
        if kind in ("text", "optional"):
            return self.text(value or "", col, style)
        if kind == "number":
            return self.number(value, col, style)
        if kind in ("date", "optional_date"):
            return self.date(value, col)
        if kind == "bool":
            return self.text("Yes" if value else "No", col, style)
        if kind == "lines":
            return self.text("\n".join(value), col, style)
        if kind == "enum":
            return None if value is None else self.text(label(value), col, style)
        if kind == "json":
            text = "" if value is None else json.dumps(value.model_dump(mode="json"))
            return self.text(text, col, style)
        raise ValueError(f"unknown column kind {kind}")  # pragma: no cover - specs are fixed
