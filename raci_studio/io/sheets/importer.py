"""The import front door: a RACI sheet (.xlsx, .xlsm or .csv) in, a project and a report out.

Our own workbooks come back whole (through :mod:`raci_studio.io.workbook.own`); any other sheet
is checked by :mod:`raci_studio.io.sheets.guard`, its layout detected (or given by a person who
corrected it in the import dialog) and read into a new project by
:mod:`raci_studio.io.sheets.build`. Every problem is a :class:`SheetImportError` whose message
names the file and, where it can, the sheet and cell.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from raci_studio.core.model import Project
from raci_studio.io.sheets.build import build_project
from raci_studio.io.sheets.cells import Cells
from raci_studio.io.sheets.csv_rows import read_csv_rows
from raci_studio.io.sheets.guard import (
    MAX_CELLS,
    MAX_EMPTY_RUN,
    MAX_ROWS,
    PackageScan,
    SheetImportError,
    SheetRows,
    guard_errors,
    open_workbook_checked,
    read_sheet_rows,
)
from raci_studio.io.sheets.layout import SheetLayout, detect_layout, group_levels
from raci_studio.io.sheets.people import spelled_elsewhere
from raci_studio.io.sheets.report import ImportReport

__all__ = [
    "DryRun",
    "ImportResult",
    "Preview",
    "SheetImportError",
    "dry_run",
    "import_sheet",
    "read_preview",
]

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
PREVIEW_ROWS = 200


@dataclass
class ImportResult:
    """A project read from a sheet, with its report.

    Attributes
    ----------
    project
        The new project (validated by the model).
    report
        What was mapped and skipped, counts and warnings.
    layout
        The layout used (None for our own workbooks, which need none).
    sheet_names
        Every sheet in the file (the file name alone for CSV).
    """

    project: Project
    report: ImportReport
    layout: SheetLayout | None
    sheet_names: list[str] = field(default_factory=list)


@dataclass
class Preview:
    """What the import dialog shows before anything changes.

    Unpacks as ``sheet_names, rows, layout``. ``sheet`` is the sheet shown (the one that
    holds the grid unless asked otherwise); ``layout`` is None when no grid was found, and
    ``problem`` then says why; ``own`` is True for a RACI Studio workbook.
    """

    sheet_names: list[str]
    sheet: str
    rows: list[list[str | None]]
    layout: SheetLayout | None
    own: bool = False
    problem: str = ""

    def __iter__(self) -> Iterator[Any]:
        return iter((self.sheet_names, self.rows, self.layout))


@dataclass
class _Sheet:
    name: str
    rows: SheetRows
    path: str = ""  # the worksheet's part in the package, for formula counts


def import_sheet(
    path: Path | str,
    *,
    sheet: str | None = None,
    layout: SheetLayout | None = None,
    scheme: str = "auto",
) -> ImportResult:
    """Import a RACI sheet as a new project; raise SheetImportError with a clear message."""
    path = Path(path)
    if _is_csv(path):
        return _import_csv(path, layout, scheme)
    workbook, scan = open_workbook_checked(path)
    try:
        if sheet is None and layout is None:
            own = _own_project(workbook, path.name)
            if own is not None:
                return own
        sheets = _read_sheets(workbook, path.name, sheet)
        chosen, detected, _ = _choose(sheets, path.name, layout is None)
        used = layout or detected
        if used is None:  # pragma: no cover - _choose raises when nothing was found
            raise SheetImportError(f"{path.name}: no RACI grid was found")
        result = _build(path, chosen, used, scheme, [s.title for s in sheets_all(workbook)])
        _warn_about_package(result.report, chosen, scan)
        result.report.warnings += spelled_elsewhere(
            [r.name for r in result.project.roles],
            {s.name: s.rows.rows for s in sheets if s is not chosen},
        )
        return result
    finally:
        _close(workbook)


def read_preview(
    path: Path | str, sheet: str | None = None, max_rows: int = PREVIEW_ROWS
) -> Preview:
    """Return the sheet names, the first rows of the grid's sheet and its detected layout."""
    path = Path(path)
    if _is_csv(path):
        rows, _ = read_csv_rows(path)
        sheets = [_Sheet(path.name, rows)]
        return _preview(sheets, path.name, [path.name], max_rows, own=False)
    workbook, _ = open_workbook_checked(path)
    try:
        own = sheet is None and _is_own(workbook, path.name)
        names = [s.title for s in sheets_all(workbook)]
        sheets = _read_sheets(workbook, path.name, sheet)
        return _preview(sheets, path.name, names, max_rows, own=own)
    finally:
        _close(workbook)


def _preview(
    sheets: list[_Sheet], name: str, names: list[str], max_rows: int, own: bool
) -> Preview:
    try:
        chosen, layout, _ = _choose(sheets, name, True)
        problem = ""
    except SheetImportError as exc:
        chosen, layout, problem = sheets[0], None, str(exc)
    return Preview(names, chosen.name, chosen.rows.rows[:max_rows], layout, own, problem)


@dataclass
class DryRun:
    """What an import of the previewed rows would do, before anything changes.

    ``report`` is None when the layout does not fit (``problem`` says why); ``groups`` maps
    each group row to its level (0: a phase, 1: an inner group).
    """

    report: ImportReport | None
    groups: dict[int, int] = field(default_factory=dict)
    problem: str = ""


def dry_run(preview: Preview, layout: SheetLayout, scheme: str = "auto") -> DryRun:
    """Import the previewed rows with ``layout`` and return the report, touching nothing."""
    try:
        _, report = build_project(
            preview.rows,
            layout,
            sheet=preview.sheet,
            source=preview.sheet,
            project_name="Preview",
            scheme=scheme,
        )
    except SheetImportError as exc:
        return DryRun(None, problem=str(exc))
    except (MemoryError, RecursionError):  # pragma: no cover - rows are capped
        return DryRun(None, problem="the sheet is too large to preview")
    return DryRun(report, group_levels(Cells(preview.rows), layout))


def sheets_all(workbook: Any) -> list[Any]:
    """Return the worksheets of a workbook (chart sheets have no cells)."""
    return list(workbook.worksheets)


def _is_csv(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return False
    if suffix in CSV_SUFFIXES:
        return True
    raise SheetImportError(
        f"{path.name} is not a spreadsheet RACI Studio can import: use an .xlsx, .xlsm or "
        ".csv file."
    )


def _import_csv(path: Path, layout: SheetLayout | None, scheme: str) -> ImportResult:
    rows, warnings = read_csv_rows(path)
    sheets = [_Sheet(path.name, rows)]
    chosen, detected, _ = _choose(sheets, path.name, layout is None)
    used = layout or detected
    if used is None:  # pragma: no cover - _choose raises when nothing was found
        raise SheetImportError(f"{path.name}: no RACI grid was found")
    result = _build(path, chosen, used, scheme, [path.name])
    result.report.warnings[:0] = warnings
    return result


def _read_sheets(workbook: Any, name: str, sheet: str | None) -> list[_Sheet]:
    worksheets = sheets_all(workbook)
    if not worksheets:
        raise SheetImportError(f"{name} has no worksheets.")
    if sheet is not None:
        match = [ws for ws in worksheets if ws.title == sheet]
        match = match or [ws for ws in worksheets if ws.title.casefold() == sheet.casefold()]
        if not match:
            listed = ", ".join(ws.title for ws in worksheets)
            raise SheetImportError(f'{name} has no sheet "{sheet}" (its sheets: {listed}).')
        worksheets = match[:1]
    sheets = []
    budget = MAX_CELLS  # for the whole file, so many sheets cannot multiply the time
    read: dict[str, SheetRows] = {}  # a hostile workbook may point many sheets at one part
    for ws in worksheets:
        part = getattr(ws, "_worksheet_path", "")
        rows = read.get(part) if part else None
        if rows is None:
            rows = read_sheet_rows(ws, name, max_cells=budget)
            budget = max(budget - rows.cells, 0)
            if part:
                read[part] = rows
        sheets.append(_Sheet(ws.title, rows, part))
    return sheets


def _choose(
    sheets: list[_Sheet], name: str, detect: bool
) -> tuple[_Sheet, SheetLayout | None, list[str]]:
    """Return the sheet that holds the grid, its detected layout, and why others were not."""
    best: tuple[_Sheet, SheetLayout] | None = None
    reasons = []
    seen: set[int] = set()  # sheets that share their rows (one part) are detected once
    for sheet in sheets:
        if id(sheet.rows) in seen:
            continue
        seen.add(id(sheet.rows))
        try:
            layout = detect_layout(sheet.rows.rows)
        except SheetImportError as exc:
            reasons.append(f"{sheet.name}: {exc}")
            continue
        if best is None or layout.score > best[1].score:
            best = (sheet, layout)
    if best is not None:
        return best[0], best[1], reasons
    if not detect:
        return sheets[0], None, reasons
    if len(sheets) == 1:
        raise SheetImportError(f"{name}: {reasons[0].split(': ', 1)[1]}.")
    listed = ", ".join(s.name for s in sheets)
    raise SheetImportError(
        f"{name}: none of its sheets ({listed}) holds a RACI grid: no column of RACI letters "
        "(R, A, C, I) was found under a header row."
    )


def _build(
    path: Path, sheet: _Sheet, layout: SheetLayout, scheme: str, names: list[str]
) -> ImportResult:
    try:
        project, report = build_project(
            sheet.rows.rows,
            layout,
            sheet=sheet.name,
            source=path.name,
            project_name=_project_name(path),
            scheme=scheme,
        )
    except SheetImportError as exc:
        where = path.name if sheet.name == path.name else f"{path.name}, sheet {sheet.name}"
        raise SheetImportError(f"{where}: {exc}") from None
    except (MemoryError, RecursionError):
        raise SheetImportError(f"{path.name} is too large to import.") from None
    if sheet.rows.truncated_rows:
        report.warnings.append(
            f"only the first {len(sheet.rows.rows):,} rows of {sheet.name} were read "
            f"({sheet.rows.cells:,} filled cells; an import reads at most {MAX_ROWS:,} rows "
            f"and {MAX_CELLS:,} cells)"
        )
    if sheet.rows.stopped_after_empty is not None:
        report.warnings.append(
            f"reading of {sheet.name} stopped at row {sheet.rows.stopped_after_empty:,} after "
            f"{MAX_EMPTY_RUN:,} empty rows; anything further down was not read"
        )
    if sheet.rows.truncated_cols:
        report.warnings.append(f"columns beyond the first 256 of {sheet.name} were not read")
    return ImportResult(project, report, layout, names)


def _warn_about_package(report: ImportReport, sheet: _Sheet, scan: PackageScan) -> None:
    formulas = scan.formulas.get(sheet.path.lstrip("/"), 0)
    if formulas:
        report.warnings.append(
            f"sheet {sheet.name} has {formulas:,} formula "
            f"{'cell' if formulas == 1 else 'cells'}: their last calculated values were read"
        )
    if scan.has_macros:
        report.warnings.append("the workbook contains macros; they were not run (data only)")


def _project_name(path: Path) -> str:
    stem = path.name
    for suffix in (*XLSX_SUFFIXES, *CSV_SUFFIXES):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    return " ".join(stem.replace("_", " ").split()) or "Imported RACI"


def _own_module() -> Any | None:
    """Return :mod:`raci_studio.io.workbook.own` when it exists (it reads our own workbooks)."""
    if importlib.util.find_spec("raci_studio.io.workbook.own") is None:
        return None
    return importlib.import_module("raci_studio.io.workbook.own")


def _is_own(workbook: Any, name: str) -> bool:
    own = _own_module()
    if own is None:
        return False
    with guard_errors(name):
        return bool(own.is_own_workbook(workbook))


def _own_project(workbook: Any, name: str) -> ImportResult | None:
    """Read one of our own workbooks back whole; None when the workbook is a foreign one."""
    if not _is_own(workbook, name):
        return None
    own = _own_module()
    try:
        with guard_errors(name):
            project = own.project_from_own_workbook(workbook)  # type: ignore[union-attr]
    except SheetImportError as exc:
        message = str(exc)
        if message.startswith(name):
            raise
        raise SheetImportError(f"{name}: {message}") from None
    report = ImportReport(source=name, sheet=None, kind="own")
    report.mapped = {"sheets": ", ".join(s.title for s in sheets_all(workbook))}
    report.counts = {
        "roles": len(project.roles),
        "phases": len(project.phases),
        "activities": len(project.activities),
        "cells": sum(len(a.raci) for a in project.activities),
        "skipped": 0,
    }
    return ImportResult(project, report, None, [s.title for s in sheets_all(workbook)])


def _close(workbook: Any) -> None:
    close = getattr(workbook, "close", None)
    if close is not None:
        close()
