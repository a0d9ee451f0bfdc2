"""The portfolio audit as a workbook: projects, separators and the people heat map."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci_studio.core.audit import PortfolioAudit
from raci_studio.io.atomic_write import write_atomic
from raci_studio.io.reports.audit.rows import (
    PROJECT_HEADER,
    SEPARATOR_HEADER,
    people_columns,
    person_cells,
    project_row,
    separator_rows,
    shared_people,
    summary,
)

OUTCOME_FILLS = {"succeeded": "D5F0DD", "failed": "F6CFCB", "in progress": "ECEFF1"}
WIDTHS = (34, 13, 44, 11, 16, 13, 22, 8, 10, 10, 18)


def write_audit_xlsx(audit: PortfolioAudit, path: Path) -> None:
    """Write the audit as an .xlsx workbook to ``path`` (atomically)."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    _projects(ws, audit)
    failed, good = separator_rows(audit)
    sep = wb.create_sheet("What separates")
    _separators(sep, failed, good)
    _people(wb.create_sheet("People"), audit)
    for sheet in wb.worksheets:
        _fit_to_width(sheet)
    wb.properties.creator = "RACI Studio"
    out = io.BytesIO()
    wb.save(out)
    write_atomic(path, out.getvalue())


def _fit_to_width(ws: Any) -> None:
    """Print landscape, one page wide, as many pages down as needed."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _bold(ws: Any, row: int) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for cell in ws[row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F4F6F7")
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")


def _text(value: str) -> str:
    return "'" + value if value[:1] in "=+-@" else value  # never a formula


def _projects(ws: Any, audit: PortfolioAudit) -> None:
    from openpyxl.styles import Alignment, PatternFill

    ws.append([summary(audit)])
    ws.append([])
    ws.append(list(PROJECT_HEADER))
    _bold(ws, 3)
    for row in audit.projects:
        ws.append([_text(v) for v in project_row(row)])
        ws.cell(ws.max_row, 2).fill = PatternFill("solid", fgColor=OUTCOME_FILLS[row.outcome])
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[chr(64 + i)].width = width
    ws.freeze_panes = "B4"
    if audit.projects:
        ws.auto_filter.ref = f"A3:K{3 + len(audit.projects)}"


def _separators(ws: Any, failed: list[tuple[str, ...]], good: list[tuple[str, ...]]) -> None:
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    for title, rows, empty in (
        ("Only in failed projects", failed, "Nothing the successful projects lack."),
        ("Only in successful projects", good, "Nothing the failed projects lack."),
    ):
        ws.append([title])
        ws.append(list(SEPARATOR_HEADER))
        _bold(ws, ws.max_row)
        for found, words in rows or [("", empty)]:
            ws.append([found, words])
        ws.append([])


def _people(ws: Any, audit: PortfolioAudit) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    columns = people_columns(audit)
    ws.append(["Person", "R", "A", *columns, "Overloaded"])
    _bold(ws, 1)
    people = shared_people(audit)
    for p in people:
        ws.append([p.name, p.responsible, p.accountable, *person_cells(p, columns),
                   "yes" if p.overloaded else ""])  # fmt: skip
    ws.column_dimensions["A"].width = 24
    for i in range(len(columns)):
        ws.column_dimensions[get_column_letter(4 + i)].width = max(12, min(30, len(columns[i]) + 2))
    if people and columns:
        first, last = get_column_letter(4), get_column_letter(3 + len(columns))
        ws.conditional_formatting.add(
            f"{first}2:{last}{1 + len(people)}",
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color="FFFFFF",
                end_type="max",
                end_color="D6601A",
            ),
        )
    ws.freeze_panes = "B2"
