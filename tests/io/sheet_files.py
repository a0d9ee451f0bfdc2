"""Build synthetic RACI sheets and hostile workbooks for the import tests.

Every file here is made from scratch (openpyxl, csv or a hand-written package), so the suite
never depends on third-party sheets. The quirks mirror what real sheets do.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

Grid = Sequence[Sequence[Any]]


def write_xlsx(
    path: Path,
    sheets: dict[str, Grid],
    *,
    merged: dict[str, list[str]] | None = None,
    origin: dict[str, tuple[int, int]] | None = None,
) -> Path:
    """Write ``sheets`` (name -> rows) with openpyxl; ``origin`` moves a grid's top-left cell."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        row0, col0 = (origin or {}).get(name, (1, 1))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value is not None:
                    sheet.cell(row=row0 + i, column=col0 + j, value=value)
        for cells in (merged or {}).get(name, []):
            sheet.merge_cells(cells)
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: Grid,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    """Write ``rows`` as CSV (None becomes an empty field)."""
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


# -- hand-written packages: what openpyxl would never write --------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="RACI" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = b"</sheetData></worksheet>"


def _column(col: int) -> str:
    letters = ""
    n = col + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_xml(row: int, values: Sequence[Any]) -> bytes:
    """Return one ``<row>`` of inline strings / numbers / ``("=formula", cached)`` tuples."""
    cells = []
    for col, value in enumerate(values):
        ref = f"{_column(col)}{row}"
        if value is None:
            continue
        if isinstance(value, tuple):  # a formula with its cached value
            formula, cached = value
            cells.append(
                f'<c r="{ref}" t="str"><f>{escape(formula)}</f><v>{escape(cached)}</v></c>'
            )
        elif isinstance(value, int | float):
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
    return f'<row r="{row}">{"".join(cells)}</row>'.encode()


def sheet_stream(rows: Grid) -> Iterator[bytes]:
    """Yield a whole sheet part for ``rows`` (starting at row 1)."""
    yield SHEET_HEAD
    for i, values in enumerate(rows, start=1):
        yield row_xml(i, values)
    yield SHEET_TAIL


def write_package(
    path: Path,
    sheet: Iterable[bytes],
    *,
    extra: dict[str, bytes] | None = None,
    workbook: str = _WORKBOOK,
    level: int = 6,
) -> Path:
    """Write a minimal xlsx package whose only sheet streams from ``sheet``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for chunk in sheet:
                part.write(chunk)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def repeat(chunk: bytes, total: int) -> Iterator[bytes]:
    """Yield ``chunk`` until about ``total`` bytes were produced."""
    block = chunk * max(1, 65536 // len(chunk))
    produced = 0
    while produced < total:
        yield block
        produced += len(block)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)
