"""The workbook's detail sheets: long form, roles, lifecycle, metrics, scoping, and our marker.

Each sheet is a set of tables from :mod:`raci_studio.io.workbook.tables`; a sheet holding several
tables gives each a title row and leaves a blank row after it, which is how the reader finds
them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from raci_studio import __version__
from raci_studio.core.model import SCHEMA_VERSION, Project
from raci_studio.core.scheme import scheme_for
from raci_studio.io.workbook.cells import SheetWriter, Styles
from raci_studio.io.workbook.common import LONG_FORM_HEADER, long_form
from raci_studio.io.workbook.tables import (
    ASSIGNMENTS_SHEET,
    FLOWS,
    GATE_CRITERIA,
    GATES,
    LAYOUT,
    LAYOUT_SHEET,
    LIFECYCLE_SHEET,
    MANDATORY_SECTIONS_LABEL,
    MARKER_SHEET,
    MEASUREMENTS,
    MEASUREMENTS_SHEET,
    METRICS,
    METRICS_SHEET,
    MODEL_CARD_FIELDS,
    MODEL_CARD_SECTION,
    PHASES,
    PROBLEM_FIELDS,
    PROBLEM_SECTION,
    PROJECT_FIELDS,
    PROJECT_SECTION,
    RETROSPECTIVE_FIELDS,
    RETROSPECTIVE_SECTION,
    RETROSPECTIVE_TABLES,
    ROLES,
    ROLES_SHEET,
    SCOPING_SHEET,
    SCOPING_TABLES,
    TEMPLATE_SECTION,
    WORKBOOK_FORMAT,
    WORKBOOK_VERSION,
    Column,
    Table,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from raci_studio.io.workbook.export import GridLayout

Getter = Callable[[Any, Column], Any]


def write_data_sheets(
    wb: Workbook,
    styles: Styles,
    project: Project,
    grid: GridLayout,
    today: dt.date,
    warnings: list[str],
) -> None:
    """Write every sheet after RACI, in the order a reader of the workbook expects."""

    def sheet(title: str) -> SheetWriter:
        return SheetWriter(wb.create_sheet(title), styles, warnings)

    _assignments(sheet(ASSIGNMENTS_SHEET), project)
    _roles(sheet(ROLES_SHEET), project, grid)
    _lifecycle(sheet(LIFECYCLE_SHEET), project)
    _metrics(sheet(METRICS_SHEET), project)
    _measurements(sheet(MEASUREMENTS_SHEET), project)
    _scoping(sheet(SCOPING_SHEET), project)
    _layout(sheet(LAYOUT_SHEET), project)
    _marker(sheet(MARKER_SHEET), today)


def _print_setup(ws: WriteOnlyWorksheet, header_row: int | None = 1) -> None:
    """Print landscape, one page wide; call before writing rows (the sheet writes it first)."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 8


def _widths(ws: WriteOnlyWorksheet, *tables: Table, extra: Sequence[float] = ()) -> None:
    """Size each column for the widest table column that lands in it."""
    from openpyxl.utils import get_column_letter

    widths: list[float] = []
    for table in tables:
        for i, column in enumerate(table.columns):
            if i < len(widths):
                widths[i] = max(widths[i], column.width)
            else:
                widths.append(column.width)
    widths += extra
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _single_table(out: SheetWriter, table: Table, rows: int, freeze: str = "B2") -> None:
    """Size, freeze, filter and print a sheet that holds one table from row 1.

    Call it before writing rows: a write-only sheet writes its views and columns first.
    """
    from openpyxl.utils import get_column_letter

    _widths(out.ws, table)
    out.ws.freeze_panes = freeze
    last = get_column_letter(len(table.columns))
    out.ws.auto_filter.ref = f"A1:{last}{max(rows + 1, 2)}"
    _print_setup(out.ws)


def write_table(
    out: SheetWriter,
    table: Table,
    items: Sequence[Any],
    get: Getter | None = None,
    extra_headers: Sequence[str] = (),
    extra: Callable[[Any, int], list[Any]] | None = None,
) -> None:
    """Write ``table``'s header row and one row per item (``get`` reads a column's value)."""
    read = get or (lambda item, column: getattr(item, column.field))
    header = [out.styled(c.header, "table_header") for c in table.columns]
    header += [out.styled(h, "table_header") for h in extra_headers]
    out.append(header)
    columns = list(enumerate(table.columns, 1))
    wrapped = [(c, _width(out, col, c.width)) for col, c in columns if c.wrap]
    # Rows with wrapped text grow; every other cell then sits at the top beside it.
    plain = "top" if wrapped else None
    for item in items:
        row = [
            out.value(c.kind, read(item, c), col, "wrap" if c.wrap else plain) for col, c in columns
        ]
        if extra:
            added = extra(item, out.row + 1)
            row += [out.styled(v, plain) for v in added] if plain else added
        out.fit([(_shown(read(item, c)), width) for c, width in wrapped])
        out.append(row)


def _width(out: SheetWriter, col: int, default: float) -> float:
    from openpyxl.utils import get_column_letter

    return out.ws.column_dimensions[get_column_letter(col)].width or default


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(value)
    return value if isinstance(value, str) else ""


def _section(out: SheetWriter, title: str) -> None:
    if out.row:
        out.append([])
    out.append([out.styled(title, "section")])


def _fields(out: SheetWriter, title: str, obj: Any, fields: Sequence[tuple[str, str]]) -> None:
    """Write a titled block of label / value rows."""
    _section(out, title)
    width = _width(out, 2, 60)
    for shown, field in fields:
        value = getattr(obj, field)
        value = "" if value is None else str(value)  # a date as YYYY-MM-DD
        out.fit([(value, width)])
        out.append([out.styled(shown, "label"), out.text(value, 2, "wrap")])


def _assignments(out: SheetWriter, project: Project) -> None:
    out.ws.freeze_panes = "A2"
    columns = (
        [p.id for p in project.phases],
        [p.name for p in project.phases],
        [a.id for a in project.activities],
        [a.name for a in project.activities],
        [r.id for r in project.roles],
        [r.name for r in project.roles],
    )
    # Ids at most 24 characters wide and names 40, wrapped beyond: one page wide then
    # prints at a readable size instead of shrinking to fit names of any length.
    widths = []
    for i, (letter, values) in enumerate(zip("ABCDEF", columns, strict=True)):
        longest = max(map(len, values), default=10)
        widths.append(min(24 if i % 2 == 0 else 40, max(12, longest * 0.95 + 2)))
        out.ws.column_dimensions[letter].width = widths[-1]
    out.ws.column_dimensions["G"].width = 8
    _print_setup(out.ws)
    out.append([out.styled(h, "table_header") for h in LONG_FORM_HEADER])
    text = out.text
    for row in long_form(project):
        texts = row[:6]
        out.fit(list(zip(texts, widths, strict=True)))
        # Ids are slugs and letters are ours; only names can be hostile.
        out.append(
            [
                out.styled(row[0], "wrap"),
                text(row[1], 2, "wrap"),
                out.styled(row[2], "wrap"),
                text(row[3], 4, "wrap"),
                out.styled(row[4], "wrap"),
                text(row[5], 6, "wrap"),
                out.styled(row[6], "top"),
            ]
        )
    out.ws.auto_filter.ref = f"A1:G{max(out.row, 2)}"


def _roles(out: SheetWriter, project: Project, grid: GridLayout) -> None:
    codes = scheme_for(project.scheme).codes
    columns = dict(zip((r.id for r in project.roles), grid.role_columns, strict=True))
    first, last = grid.first_row, max(grid.last_row, grid.first_row)

    def counts(role: Any, _row: int) -> list[Any]:
        col = columns[role.id]
        cells = f"RACI!${col}${first}:${col}${last}"
        return [f'=COUNTIF({cells},"*{code}*")' for code in codes]

    def read(role: Any, column: Column) -> Any:
        return getattr(role, column.field)

    _single_table(out, ROLES, len(project.roles))
    _widths(out.ws, ROLES, extra=[6] * len(codes))
    write_table(out, ROLES, project.roles, read, extra_headers=list(codes), extra=counts)
    _colour_swatches(out, project)


def _colour_swatches(out: SheetWriter, project: Project) -> None:
    """Fill each role's colour cell with its colour (a conditional format per colour)."""
    from openpyxl.formatting.rule import Rule
    from openpyxl.styles import PatternFill
    from openpyxl.styles.differential import DifferentialStyle

    col = "ABCDEFG"[[c.field for c in ROLES.columns].index("colour")]
    seen: set[str] = set()
    for role in project.roles:
        if role.colour and role.colour.upper() not in seen:
            seen.add(role.colour.upper())
            hexa = role.colour.lstrip("#").upper()
            fill = PatternFill(fill_type="solid", fgColor=hexa, bgColor=hexa)
            rule = Rule(
                type="expression",
                formula=[f'UPPER(${col}2)="{role.colour.upper()}"'],
                dxf=DifferentialStyle(fill=fill),
            )
            out.ws.conditional_formatting.add(f"{col}2:{col}{len(project.roles) + 1}", rule)


def _lifecycle(out: SheetWriter, project: Project) -> None:
    counts: dict[str, int] = {}
    for activity in project.activities:
        counts[activity.phase] = counts.get(activity.phase, 0) + 1
    _widths(out.ws, PHASES, GATES, GATE_CRITERIA, FLOWS)
    _print_setup(out.ws, header_row=None)
    _section(out, PHASES.title)
    write_table(
        out,
        PHASES,
        project.phases,
        extra_headers=["Activities"],
        extra=lambda phase, _row: [counts.get(phase.id, 0)],
    )
    _section(out, GATES.title)
    write_table(out, GATES, project.gates)
    _section(out, GATE_CRITERIA.title)
    criteria = [(gate.id, c) for gate in project.gates for c in gate.criteria]
    write_table(out, GATE_CRITERIA, criteria, _criterion_of_gate)
    _section(out, FLOWS.title)
    write_table(out, FLOWS, project.flows)


def _criterion_of_gate(item: tuple[str, Any], column: Column) -> Any:
    gate_id, criterion = item
    return gate_id if column.field == "gate" else getattr(criterion, column.field)


def _metrics(out: SheetWriter, project: Project) -> None:
    _single_table(out, METRICS, len(project.metrics))
    write_table(out, METRICS, project.metrics)


def _measurements(out: SheetWriter, project: Project) -> None:
    rows = [(m, x) for m in project.metrics for x in m.measurements]

    def read(item: tuple[Any, Any], column: Column) -> Any:
        metric, measurement = item
        if column.field == "metric":
            return metric.id
        if column.field == "metric_name":
            return metric.name
        return getattr(measurement, column.field)

    _single_table(out, MEASUREMENTS, len(rows), freeze="A2")
    write_table(out, MEASUREMENTS, rows, read)


def _scoping(out: SheetWriter, project: Project) -> None:
    scoping = project.scoping
    tables = [table for table, _field in (*SCOPING_TABLES, *RETROSPECTIVE_TABLES)]
    _widths(out.ws, *tables)
    out.ws.column_dimensions["A"].width = 28
    out.ws.column_dimensions["B"].width = 60
    _print_setup(out.ws, header_row=None)
    _fields(out, PROJECT_SECTION, project, PROJECT_FIELDS)
    _fields(out, PROBLEM_SECTION, scoping, PROBLEM_FIELDS)
    for table, field in SCOPING_TABLES:
        _section(out, table.title)
        write_table(out, table, getattr(scoping, field))
    _fields(out, MODEL_CARD_SECTION, scoping.model_card, MODEL_CARD_FIELDS)
    if scoping.mandatory_sections is not None:
        _section(out, TEMPLATE_SECTION)
        keys = "\n".join(scoping.mandatory_sections)
        out.append([out.styled(MANDATORY_SECTIONS_LABEL, "label"), out.text(keys, 2, "wrap")])
    retro = project.retrospective
    _fields(out, RETROSPECTIVE_SECTION, retro, RETROSPECTIVE_FIELDS)
    for table, field in RETROSPECTIVE_TABLES:
        _section(out, table.title)
        write_table(out, table, getattr(retro, field))


def _layout(out: SheetWriter, project: Project) -> None:
    def read(item: tuple[str, tuple[float, float]], column: Column) -> Any:
        node, (x, y) = item
        return {"node": node, "x": x, "y": y}[column.field]

    out.ws.sheet_state = "hidden"
    write_table(out, LAYOUT, list(project.layout.items()), read)


def _marker(out: SheetWriter, today: dt.date) -> None:
    out.ws.sheet_state = "hidden"
    for key, value in (
        ("format", WORKBOOK_FORMAT),
        ("version", WORKBOOK_VERSION),
        ("project_schema_version", SCHEMA_VERSION),
        ("exported", today.isoformat()),
        ("generator", f"RACI Studio {__version__}"),
        ("note", "RACI Studio reads this workbook back through this sheet; keep it as it is."),
    ):
        out.append([key, value])
