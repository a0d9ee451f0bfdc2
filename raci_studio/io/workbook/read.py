"""Reading our own workbook's sheets: bounded rows, typed cells, tables, cell addresses.

Shared by :mod:`raci_studio.io.workbook.own` (the project) and
:mod:`raci_studio.io.workbook.raci_sheet` (the grid). Every problem becomes an
:class:`OwnWorkbookError` that names the sheet and cell.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from raci_studio.io.project.validation_words import describe
from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.workbook.common import excel_unescape
from raci_studio.io.workbook.tables import Column, Table, enum_choices, enum_value

#: Stop reading a sheet after this many empty rows in a row (a sheet padded to Excel's end).
MAX_EMPTY_RUN = 1000
#: Most columns read from any sheet: the model's 1,000 roles plus the grid's own columns.
MAX_COLUMNS = 1100

Block = tuple[int, list[tuple[Any, ...]]]


class OwnWorkbookError(SheetImportError):
    """A RACI Studio workbook holds something that is not a valid project; says where.

    A :class:`~raci_studio.io.sheets.guard.SheetImportError` (a ``ValueError``), so the
    importer's error handling passes the message through unchanged.
    """


def address(sheet: str, row: int, col: int) -> str:
    """Return a cell address as people read it: "Roles!B4"."""
    from openpyxl.utils import get_column_letter

    return f"{sheet}!{get_column_letter(col)}{row}"


def cell_at(row: Sequence[Any], i: int) -> Any:
    """Return cell ``i`` of a row; rows are ragged, so a missing cell is None."""
    return row[i] if i < len(row) else None


def is_empty(row: Sequence[Any]) -> bool:
    """Tell whether every cell of ``row`` is empty."""
    return all(v is None or v == "" for v in row)


class Where:
    """Where an object was read from: its sheet row, and the column and header of each field."""

    def __init__(
        self,
        sheet: str,
        row: int,
        columns: dict[str, int],
        first: int = 1,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.sheet, self.row, self.columns, self.first = sheet, row, columns, first
        self.headers = headers or {}

    def cell(self, field: str | None = None) -> str:
        """Return the address of ``field``'s cell (the row's first cell if unknown)."""
        return address(self.sheet, self.row, self.columns.get(field or "", self.first))

    def header(self, field: str | None) -> str:
        """Return the header a person sees above ``field``."""
        return self.headers.get(field or "", (field or "the value").replace("_", " "))


class SheetReader:
    """Read the sheets of one open workbook into checked values."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.places: dict[str, Where] = {}  # JSON path of an object -> where it was read

    # -- plumbing ---------------------------------------------------------------------------

    def fail(self, sheet: str, row: int, col: int, message: str) -> OwnWorkbookError:
        """Return the error for ``message`` at a cell, for the caller to raise."""
        return OwnWorkbookError(f"{address(sheet, row, col)}: {message}")

    def rows(self, sheet: str) -> list[tuple[Any, ...]]:
        """Read a sheet's rows, bounded: trailing empty rows and runs of them are dropped."""
        if sheet not in self.wb.sheetnames:
            raise OwnWorkbookError(
                f'The workbook has no "{sheet}" sheet, which RACI Studio workbooks always '
                "have; was it deleted or renamed?"
            )
        result: list[tuple[Any, ...]] = []
        empty_run = 0
        for row in self.wb[sheet].iter_rows(values_only=True):
            if len(row) > MAX_COLUMNS:
                row = row[:MAX_COLUMNS]
            if is_empty(row):
                empty_run += 1
                if empty_run >= MAX_EMPTY_RUN:
                    break
            else:
                empty_run = 0
            result.append(row)
        while result and is_empty(result[-1]):
            result.pop()
        return result

    def convert(self, column: Column, value: Any, sheet: str, row: int, col: int) -> Any:
        """Turn a cell value into the field value ``column`` describes."""
        kind = column.kind
        if isinstance(value, str):
            value = excel_unescape(value)
        if kind in ("text", "optional", "lines"):
            if value is None or value == "":
                return {"text": "", "optional": None, "lines": []}[kind]
            text = as_text(value)
            return text.split("\n") if kind == "lines" else text
        if kind == "json":
            return self._json(value, column, sheet, row, col)
        if value is None or value == "":
            if kind in ("date",):
                raise self.fail(sheet, row, col, f"{column.header} needs a date (YYYY-MM-DD)")
            return False if kind == "bool" else None
        if kind == "number":
            return self._number(value, column, sheet, row, col)
        if kind in ("date", "optional_date"):
            return self._date(value, column, sheet, row, col)
        if kind == "bool":
            return self._bool(value, column, sheet, row, col)
        if kind == "enum":
            assert column.enum is not None
            found = enum_value(column.enum, as_text(value))
            if found is None:
                raise self.fail(
                    sheet,
                    row,
                    col,
                    f'"{value}" is not a {column.header.lower()}; use {enum_choices(column.enum)}',
                )
            return found
        raise AssertionError(kind)  # pragma: no cover - specs are fixed

    def _json(self, value: Any, column: Column, sheet: str, row: int, col: int) -> Any:
        text = "" if value is None else as_text(value).strip()
        if not text:
            return None
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            raise self.fail(
                sheet, row, col, f"{column.header} must be empty or JSON as the app wrote it"
            ) from None

    def _number(self, value: Any, column: Column, sheet: str, row: int, col: int) -> float:
        if isinstance(value, bool):
            raise self.fail(sheet, row, col, f"{column.header} must be a number, not {value}")
        if isinstance(value, int | float):
            return float(value)
        try:
            return float(str(value).strip())
        except ValueError:
            raise self.fail(
                sheet, row, col, f'{column.header} must be a number, not "{value}"'
            ) from None

    def _date(self, value: Any, column: Column, sheet: str, row: int, col: int) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise self.fail(
                sheet, row, col, f'{column.header} must be a date (YYYY-MM-DD), not "{value}"'
            ) from None

    def _bool(self, value: Any, column: Column, sheet: str, row: int, col: int) -> bool:
        if isinstance(value, bool):
            return value
        words = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
        found = words.get(as_text(value).strip().lower())
        if found is None:
            raise self.fail(
                sheet, row, col, f'{column.header} must be TRUE or FALSE, not "{value}"'
            )
        return found

    def validate(self, model: type[BaseModel], data: dict[str, Any], where: Where) -> Any:
        """Build ``model`` from ``data``; a validation error names the cell it came from."""
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            error = exc.errors()[0]
            field = str(error["loc"][0]) if error["loc"] else None
            message = describe(exc)[0][1]
            raise OwnWorkbookError(
                f"{where.cell(field)}: {where.header(field)} {message}"
            ) from None

    # -- tables -----------------------------------------------------------------------------

    def table(
        self, sheet: str, table: Table, rows: Sequence[tuple[Any, ...]], first_row: int
    ) -> list[tuple[dict[str, Any], Where]]:
        """Read ``rows`` (header first, sheet row ``first_row``) as items of ``table``."""
        if not rows:
            raise OwnWorkbookError(
                f"{address(sheet, first_row, 1)}: the {table.title} table has no header row"
            )
        readable = table.readable()
        columns: dict[str, int] = {}
        for i, header in enumerate(rows[0]):
            column = readable.get(header) if isinstance(header, str) else None
            if column is not None:
                columns[column.field] = i
        missing = [c.header for c in readable.values() if c.field not in columns and not c.optional]
        if missing:
            raise self.fail(
                sheet,
                first_row,
                1,
                f'the {table.title} table has no "{missing[0]}" column; '
                "it is needed to rebuild the project",
            )
        result = []
        by_field = {c.field: c for c in readable.values()}
        headers = {c.field: c.header for c in readable.values()}
        for offset, row in enumerate(rows[1:], 1):
            number = first_row + offset
            data = {
                field: self.convert(by_field[field], cell_at(row, i), sheet, number, i + 1)
                for field, i in columns.items()
            }
            places = {f: i + 1 for f, i in columns.items()}
            result.append((data, Where(sheet, number, places, headers=headers)))
        return result

    def sections(
        self, sheet: str, titles: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Block]:
        """Split a sheet of titled blocks: title -> (sheet row of the block's first row, rows).

        Blocks named in ``optional`` may be missing (workbooks written before they existed).
        """
        titles = (*titles, *optional)
        rows = self.rows(sheet)
        found: dict[str, Block] = {}
        i = 0
        while i < len(rows):
            row = rows[i]
            if is_empty(row):
                i += 1
                continue
            title = row[0]
            if title not in titles or not is_empty(row[1:]) or title in found:
                raise self.fail(
                    sheet,
                    i + 1,
                    1,
                    f'expected the title of a block ({", ".join(titles)}), found "{title}"',
                )
            start = i + 1
            i += 1
            block = []
            while i < len(rows) and not is_empty(rows[i]):
                block.append(rows[i])
                i += 1
            found[title] = (start + 1, block)
        for title in titles:
            if title not in found and title not in optional:
                raise OwnWorkbookError(f'The {sheet} sheet has no "{title}" block')
        return found

    def fields(self, sheet: str, block: Block, fields: Sequence[tuple[str, str]]) -> dict[str, str]:
        """Read a block of label / value rows into a dict of text fields."""
        start, rows = block
        by_label = dict(fields)
        result: dict[str, str] = {}
        for offset, row in enumerate(rows):
            label = cell_at(row, 0)
            if label not in by_label:
                raise self.fail(sheet, start + offset, 1, f'"{label}" is not a field here')
            value = cell_at(row, 1)
            result[by_label[label]] = "" if value is None else excel_unescape(as_text(value))
        return result


def as_text(value: Any) -> str:
    """Return a cell value as text: what a person typed, not Python's spelling."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
