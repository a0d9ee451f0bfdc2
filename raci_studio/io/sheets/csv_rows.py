"""Read a CSV file as sheet rows: encoding and delimiter guessed, size and rows bounded."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from raci_studio.io.sheets.guard import (
    MAX_COLS,
    MAX_EMPTY_RUN,
    MAX_ROWS,
    SheetImportError,
    SheetRows,
    collect_rows,
    read_file_bytes,
)

#: Largest CSV file accepted.
MAX_CSV_BYTES = 20 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """Return the text of a CSV file and warnings: UTF-8 (with or without BOM), else cp1252."""
    if data.startswith(b"PK"):
        raise SheetImportError(
            f"{name} is an Excel workbook or a zip file, not CSV: rename it to .xlsx and "
            "import it again."
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SheetImportError(
            f"{name} is an old .xls or password-protected workbook, not CSV: save it as .xlsx "
            "or .csv from Excel."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise SheetImportError(f"{name} is damaged: its UTF-16 text cannot be read.") from None
    if b"\x00" in data[:8192]:
        raise SheetImportError(f"{name} is not a text file, so it cannot be read as CSV.")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    warning = (
        f"{name} is not UTF-8 text; it was read as Windows-1252 (Western European): "
        "check names with accents or special characters"
    )
    try:
        return data.decode("cp1252"), [warning]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [warning.replace("Windows-1252", "Latin-1")]


def sniff_delimiter(text: str) -> str:
    """Return the delimiter that splits the first lines into the most consistent columns."""
    sample = text[:65536].splitlines()[:_SNIFF_LINES]
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = count / len(widths) * min(width, 10)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_rows(
    path: Path,
    *,
    max_rows: int = MAX_ROWS,
    max_cols: int = MAX_COLS,
    max_empty_run: int = MAX_EMPTY_RUN,
) -> tuple[SheetRows, list[str]]:
    """Read a CSV file as capped text rows; return them with warnings about the reading."""
    data = read_file_bytes(path, MAX_CSV_BYTES)
    if not data.strip():
        raise SheetImportError(f"{path.name} is empty: there is nothing to import.")
    text, warnings = decode_text(data, path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows = collect_rows(
        _guarded(reader, path.name),
        max_rows=max_rows,
        max_cols=max_cols,
        max_empty_run=max_empty_run,
    )
    return rows, warnings


def _guarded(reader: Any, name: str) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as exc:
        line = getattr(reader, "line_num", 0)
        raise SheetImportError(f"{name}, line {line}: the CSV cannot be read ({exc}).") from None
