"""Read measurements from a CSV file in long form: one row per date, metric and value.

Columns are ``date, metric, value[, note[, source]]``, named by a header row (in any order,
with common synonyms) or, without a header, in that order. Metrics are found by id or by name.
Every row that cannot be used is reported with its line and the reason; nothing is applied
here: :func:`read_measurements_csv` returns the rows and the report, and the app applies the
rows as one undo step after showing the report.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from raci_studio.core import numbers
from raci_studio.core.ids import slugify
from raci_studio.core.model import Measurement, Metric, Project
from raci_studio.core.numbers import SLASHED_DATE
from raci_studio.io.bounded_read import FileRefusedError, read_bounded
from raci_studio.io.measurements.found import (
    MeasurementImport,
    MeasurementImportError,
    note_far_values,
)

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
DELIMITERS = (",", ";", "\t", "|")

#: Header words for each column (compared lower-case, with "_" and "-" read as spaces).
HEADERS: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "week", "month", "period", "when", "timestamp", "time", "datum"),
    "metric": ("metric", "metric id", "metric name", "name", "kpi", "key", "indicator"),
    "value": ("value", "measurement", "val", "result", "score", "amount", "number"),
    "note": ("note", "notes", "comment", "comments", "remark", "remarks"),
    "source": ("source", "origin", "system"),
}
REQUIRED = ("date", "metric", "value")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_measurements_csv(
    path: str | Path,
    project: Project,
    *,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> MeasurementImport:
    """Read a long-form CSV of measurements for ``project``'s metrics.

    Parameters
    ----------
    path : str or Path
    project : Project
        Metrics are matched by id, then by name (case and spacing ignored).
    max_bytes, max_rows : int
        Larger files are refused whole, never read in part.

    Returns
    -------
    MeasurementImport
        The accepted rows (metric id, measurement) and every rejected row with its line and
        reason: unknown metric, bad or ambiguous date, not a number, NaN or infinity.

    Raises
    ------
    MeasurementImportError
        The file cannot be read, is not a CSV, is too large, or its header names no date,
        metric or value column.
    """
    path = Path(path)
    name = path.name
    try:
        data = read_bounded(path, max_bytes, "CSV file")
    except FileRefusedError as exc:
        advice = " Split the file and import the parts." if exc.reason == "too-large" else ""
        raise MeasurementImportError(f"{exc}.{advice}") from None
    text, note = _decode(data, name)
    result = parse_measurements_csv(text, project, name, max_rows=max_rows)
    if note:
        result.notes.insert(0, note)
    return result


def parse_measurements_csv(
    text: str, project: Project, source: str, *, max_rows: int = MAX_ROWS
) -> MeasurementImport:
    """Read long-form CSV ``text`` (see :func:`read_measurements_csv`); ``source`` names it."""
    delimiter = _delimiter(text)
    rows = list(_rows(text, delimiter, source, max_rows))
    result = MeasurementImport(source)
    if not rows:
        raise MeasurementImportError(f"{source} holds no rows; expected date, metric, value")
    columns, first_data = _columns(rows[0][1], source)
    data_rows = rows if first_data else rows[1:]
    if first_data:
        result.notes.append("No header row: columns read as date, metric, value, note.")
    lookup = _MetricLookup(project.metrics)
    day_first = _day_first([_cell(cells, columns["date"]) for _, cells in data_rows])
    decimal_comma = delimiter != ","
    seen: dict[tuple[str, dt.date], int] = {}
    repeats = 0
    for line, cells in data_rows:
        result.read += 1
        row = _read_row(cells, columns, lookup, day_first, decimal_comma, source)
        if isinstance(row, str):
            result.reject(f"line {line}", delimiter.join(cells), row)
            continue
        key = (row[0], row[1].date)
        repeats += key in seen
        seen[key] = line
        result.rows.append(row)
    if repeats:
        result.notes.append(
            f"{repeats:,} row(s) repeat a metric and date given earlier; the later row counts."
        )
    note_far_values(result, project)
    return result


def parse_pasted_measurements(text: str, metric: Metric) -> MeasurementImport:
    """Read rows pasted from a spreadsheet into one metric's measurements.

    Each row is ``date, value[, note[, source]]`` separated by tabs (or by ``;`` or ``,``
    when there is no tab); a first row that is a header is skipped. Rows that cannot be read
    are reported with their row number and reason, like the CSV import.
    """
    result = MeasurementImport(f"the clipboard ({metric.name})")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return result
    delimiter = "\t" if "\t" in lines[0] else _delimiter(text)
    table = [(i, next(csv.reader([line], delimiter=delimiter))) for i, line in enumerate(lines, 1)]
    day_first = _day_first([cells[0] if cells else "" for _, cells in table])
    decimal_comma = delimiter not in ("\t", ",")
    for number, cells in table:
        cells = [c.strip() for c in cells]
        date = parse_date(cells[0], day_first)
        value = parse_number(cells[1], decimal_comma) if len(cells) > 1 else "no value"
        if number == 1 and isinstance(date, str) and isinstance(value, str):
            continue  # a header row
        result.read += 1
        reason = date if isinstance(date, str) else value if isinstance(value, str) else None
        if reason is not None:
            result.reject(f"row {number}", "\t".join(cells), reason)
            continue
        assert not isinstance(date, str) and not isinstance(value, str)
        note = _CONTROL.sub(" ", cells[2] if len(cells) > 2 else "")[:20_000]
        origin = _CONTROL.sub(" ", cells[3] if len(cells) > 3 else "")[:200]
        result.rows.append(
            (metric.id, Measurement(date=date, value=value, note=note, source=origin))
        )
    return result


# -- reading the file -------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"PK\x03\x04"):
        raise MeasurementImportError(
            f"{name} is an Excel workbook, not a CSV file: save the sheet as CSV, or copy its "
            "cells and paste them into the measurements table."
        )
    if b"\x00" in data[:8192]:
        raise MeasurementImportError(f"{name} is not a text file; expected a CSV file.")
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), f"{name} is not UTF-8; it was read as Windows-1252."
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"{name} is not UTF-8; it was read as Latin-1."


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(text: str, delimiter: str, source: str, max_rows: int) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    count = 0
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            count += 1
            if count > max_rows + 1:
                raise MeasurementImportError(
                    f"{source} has more than {max_rows:,} rows; split it and import the parts."
                )
            yield reader.line_num, [c.strip() for c in cells]
    except csv.Error as exc:
        raise MeasurementImportError(
            f"{source}, line {reader.line_num}: not readable as CSV ({exc})"
        ) from None


def _columns(first: list[str], source: str) -> tuple[dict[str, int], bool]:
    """Map column names to indexes from the first row; say whether that row is data."""
    names = [" ".join(c.lower().replace("_", " ").replace("-", " ").split()) for c in first]
    found: dict[str, int] = {}
    for column, words in HEADERS.items():
        for i, name in enumerate(names):
            if name in words and i not in found.values():
                found[column] = i
                break
    if "date" in found or "value" in found or ("metric" in found and len(found) > 1):
        missing = [c for c in REQUIRED if c not in found]
        if missing:
            shown = ", ".join(c for c in first if c) or "nothing"
            raise MeasurementImportError(
                f"{source}: the header row has no {' or '.join(missing)} column (it names "
                f"{shown}). The import reads long form: date, metric, value[, note]."
            )
        return found, False
    return {"date": 0, "metric": 1, "value": 2, "note": 3, "source": 4}, True


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


# -- one row ----------------------------------------------------------------------------------


@dataclass
class _MetricLookup:
    metrics: list[Metric]

    def __post_init__(self) -> None:
        self.by_id = {m.id: m.id for m in self.metrics}
        self.by_name = {_key(m.name): m.id for m in self.metrics}
        self.by_slug = {slugify(m.name): m.id for m in self.metrics}

    def find(self, text: str) -> str | None:
        return (
            self.by_id.get(text)
            or self.by_id.get(text.lower())
            or self.by_name.get(_key(text))
            or self.by_slug.get(slugify(text, ""))
        )


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _read_row(
    cells: list[str],
    columns: dict[str, int],
    lookup: _MetricLookup,
    day_first: bool | None,
    decimal_comma: bool,
    source: str,
) -> tuple[str, Measurement] | str:
    """Return (metric id, measurement), or the reason the row is rejected."""
    needed = max(columns[c] for c in REQUIRED) + 1
    if len(cells) < needed:
        return f"{len(cells)} cell(s); expected date, metric and value"
    name = _cell(cells, columns["metric"])
    metric_id = lookup.find(name) if name else None
    if not name:
        return "no metric named"
    if metric_id is None:
        return f'unknown metric "{name}" (no metric has that id or name)'
    date = parse_date(_cell(cells, columns["date"]), day_first)
    if isinstance(date, str):
        return date
    value = parse_number(_cell(cells, columns["value"]), decimal_comma)
    if isinstance(value, str):
        return value
    note = _CONTROL.sub(" ", _cell(cells, columns.get("note")))[:20_000]
    origin = _CONTROL.sub(" ", _cell(cells, columns.get("source")) or source)[:200]
    return metric_id, Measurement(date=date, value=value, note=note, source=origin)


def parse_date(text: str, day_first: bool | None = None) -> dt.date | str:
    """Return the date written in ``text``, or the reason it is not one (a rejected row)."""
    try:
        return numbers.parse_date(text, day_first)
    except ValueError as exc:
        return str(exc)


def _day_first(texts: list[str]) -> bool | None:
    """Decide from the whole file whether 03/04/2026 is 3 April (True) or 4 March (False)."""
    day_first = month_first = False
    for text in texts:
        m = SLASHED_DATE.match(text.strip())
        if m:
            day_first |= int(m[1]) > 12
            month_first |= int(m[2]) > 12
    if day_first == month_first:
        return None
    return day_first


def parse_number(text: str, decimal_comma: bool = False) -> float | str:
    """Return the number written in ``text``, or the reason it is not one (a rejected row)."""
    try:
        return numbers.parse_number(text, decimal_comma)
    except ValueError as exc:
        return str(exc)
