"""Export a project to a styled Excel workbook: the RACI grid first, then every detail.

The workbook is written in openpyxl's write-only mode (rows stream to disk), colours come
from conditional-formatting rules over whole ranges, so they follow the letters when a
recipient edits the sheet, and every user string is written as text, never as a formula.
:mod:`raci_studio.io.workbook.own` reads the result back into the same project.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from raci_studio import __version__
from raci_studio.core.model import Project, WorkStatus
from raci_studio.core.palette import LETTER_COLOURS
from raci_studio.core.scheme import Scheme, display_letters, scheme_for
from raci_studio.io.workbook.cells import (
    GRID_LINE,
    OK_INK,
    PROBLEM_FILL,
    PROBLEM_INK,
    SheetWriter,
    Styles,
    hex6,
)
from raci_studio.io.workbook.common import ILLEGAL_XML, ExportReport, grid_groups, write_atomically
from raci_studio.io.workbook.sheets import write_data_sheets
from raci_studio.io.workbook.tables import (
    ACTIVITY_HEADER,
    CHECK_HEADER,
    DELIVERABLE_HEADER,
    DESCRIPTION_HEADER,
    DUE_HEADER,
    KEY_HEADER,
    LABELS,
    NUMBER_HEADER,
    PHASE_KEY,
    RACI_SHEET,
    STATUS_HEADER,
    label,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FIRST_ROLE_COLUMN = 4  # A: hidden key, B: number, C: activity
#: Letters in the order their colour wins when a cell holds several ("A/R" shows as A).
COLOUR_PRIORITY = "ARSCI"


@dataclass(frozen=True)
class GridLayout:
    """Where the RACI grid landed, for formulas on other sheets."""

    header_row: int
    first_row: int
    last_row: int
    role_columns: tuple[str, ...]  # column letters, in role order


def export_xlsx(
    project: Project, path: Path | str, *, today: dt.date | None = None
) -> ExportReport:
    """Write ``project`` to an Excel workbook at ``path`` and report what had to change.

    The file is written beside ``path`` and moved over it only when complete.
    Raises :class:`~raci_studio.io.workbook.common.ExportError` when it cannot be written.
    """
    from openpyxl import Workbook

    report = ExportReport(Path(path), rows=len(project.activities))
    today = today or dt.date.today()

    def write(target: BinaryIO) -> None:
        wb = Workbook(write_only=True)
        _properties(wb, project, today)
        ws = wb.create_sheet(RACI_SHEET)
        styles = Styles(ws)
        grid = write_raci_sheet(SheetWriter(ws, styles, report.warnings), project, today)
        write_data_sheets(wb, styles, project, grid, today, report.warnings)
        wb.save(target)

    write_atomically(Path(path), write)
    return report


def _properties(wb: Workbook, project: Project, today: dt.date) -> None:
    from openpyxl.packaging.custom import IntProperty, StringProperty

    from raci_studio.io.workbook.common import ILLEGAL_XML
    from raci_studio.io.workbook.tables import WORKBOOK_FORMAT, WORKBOOK_VERSION

    props = wb.properties
    props.title = ILLEGAL_XML.sub("", project.name)
    props.subject = "RACI matrix"
    props.creator = "RACI Studio"
    props.lastModifiedBy = "RACI Studio"
    props.description = f"Exported by RACI Studio {__version__} on {today.isoformat()}"
    props.keywords = "RACI"
    wb.custom_doc_props.append(StringProperty(name="RACI Studio format", value=WORKBOOK_FORMAT))
    wb.custom_doc_props.append(IntProperty(name="RACI Studio version", value=WORKBOOK_VERSION))


def write_raci_sheet(out: SheetWriter, project: Project, today: dt.date) -> GridLayout:
    """Write the RACI sheet: title block, legend, header, phase groups and activities."""
    from openpyxl.utils import get_column_letter

    ws = out.ws
    scheme = scheme_for(project.scheme)
    roles = project.roles
    groups = grid_groups(project)
    check_col = FIRST_ROLE_COLUMN + len(roles)
    letters = tuple(get_column_letter(FIRST_ROLE_COLUMN + i) for i in range(len(roles)))
    check, desc = get_column_letter(check_col), get_column_letter(check_col + 1)
    tracking = tuple(get_column_letter(check_col + k) for k in (2, 3, 4))  # due, status, deliv.
    last_col = tracking[-1]
    header_row = 4 + len(scheme.letters) + 1  # title, subtitle, legend rows, note, blank
    first_row = header_row + 1
    last_row = header_row + len(groups) + len(project.activities)

    _columns(ws, project, letters, check, desc, out.styles)
    for letter, width in zip(tracking, (12, 13, 30), strict=True):
        ws.column_dimensions[letter].width = width
    _sheet_setup(ws, project, header_row, first_row, check, last_row)
    _title_block(out, project, scheme, today)
    _header(out, project, header_row)
    _rows(out, project, groups, letters, check_col)
    if last_row >= first_row:
        ws.auto_filter.ref = f"B{header_row}:{last_col}{last_row}"
        _grid_rules(ws, scheme, letters, check, last_col, first_row, last_row)
        _status_choices(ws, f"{tracking[1]}{first_row}:{tracking[1]}{last_row}")
    return GridLayout(header_row, first_row, last_row, letters)


def _columns(
    ws: WriteOnlyWorksheet,
    project: Project,
    letters: tuple[str, ...],
    check: str,
    desc: str,
    styles: Styles,
) -> None:
    dims = ws.column_dimensions
    dims["A"].width = 14
    dims["A"].hidden = True  # the ids that let RACI Studio read the sheet back exactly
    dims["B"].width = 5
    dims["C"].width = activity_width(project)
    for letter in letters:
        dims[letter].width = 5.3
        dims[letter]._style = styles.array("centre")  # letters typed later are centred too
    dims[check].width = 11
    dims[desc].width = 48


def activity_width(project: Project) -> float:
    """Return the width of the activity column: the longest name, within limits (then wrap)."""
    longest = max((len(a.name) for a in project.activities), default=20)
    return min(64, max(30, longest * 0.9))


def _sheet_setup(
    ws: WriteOnlyWorksheet, project: Project, header_row: int, first_row: int, check: str, last: int
) -> None:
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.freeze_panes = f"D{first_row}"
    ws.sheet_properties.outlinePr.summaryBelow = False  # a phase row sits above its group
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.sheet_properties.tabColor = "334155"
    ws.sheet_format.outlineLevelRow = 1
    ws.sheet_view.zoomScale = 100
    page = ws.page_setup
    page.orientation = "landscape"
    page.fitToWidth = 1
    page.fitToHeight = 0  # as many pages down as needed
    ws.print_title_rows = f"{header_row}:{header_row}"
    # Descriptions stay on screen (one line each); the printed page is the matrix and check.
    ws.print_area = f"B1:{check}{max(last, header_row)}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    name = ILLEGAL_XML.sub("", project.name).replace("&", "&&")[:100]  # XML cannot hold them
    ws.oddFooter.left.text = name
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 8


def _title_block(out: SheetWriter, project: Project, scheme: Scheme, today: dt.date) -> None:
    title = out.text(project.name, 2, "title")
    out.ws.row_dimensions[1].height = 24
    out.append([None, title])
    counts = (
        f"{len(project.activities)} activit{'y' if len(project.activities) == 1 else 'ies'}, "
        f"{len(project.roles)} role{'' if len(project.roles) == 1 else 's'}"
    )
    subtitle = f"{scheme.name} matrix · {counts} · exported {today.isoformat()} from RACI Studio"
    out.append([None, out.styled(subtitle, "subtitle")])
    for letter in scheme.letters:
        out.append(
            [
                None,
                out.styled(letter.code, f"legend_{letter.code}"),
                out.styled(f"{letter.name}: {letter.meaning}", "legend_text"),
            ]
        )
    note = (
        "A cell may hold several letters, e.g. A/R. "
        "Check: exactly one A and at least one R per activity."
    )
    out.append([None, None, out.styled(note, "note")])
    out.append([])


def _header(out: SheetWriter, project: Project, header_row: int) -> None:
    longest = max((len(r.name) for r in project.roles), default=4)
    out.ws.row_dimensions[header_row].height = max(40, min(150, 10 + longest * 5.6))
    row: list[Any] = [
        out.styled(KEY_HEADER, "header"),
        out.styled(NUMBER_HEADER, "header_centre"),
        out.styled(ACTIVITY_HEADER, "header"),
    ]
    row += [out.text(r.name, len(row) + i + 1, "header_role") for i, r in enumerate(project.roles)]
    row += [out.styled(CHECK_HEADER, "header_centre"), out.styled(DESCRIPTION_HEADER, "header")]
    row += [out.styled(h, "header") for h in (DUE_HEADER, STATUS_HEADER, DELIVERABLE_HEADER)]
    out.append(row)


def _rows(
    out: SheetWriter,
    project: Project,
    groups: list[tuple[str, list[Any]]],
    letters: tuple[str, ...],
    check_col: int,
) -> None:
    ws = out.ws
    phase_names = {p.id: p.name for p in project.phases}
    index = {id(a): i for i, a in enumerate(project.activities)}
    role_ids = [r.id for r in project.roles]
    known_roles = set(role_ids)
    shown: dict[str, Any] = {}  # letters -> display text, computed once per distinct value
    letter_style = out.styles.array("letter")
    number_style = out.styles.array("number")
    check_style = out.styles.array("check")
    cell = out._cell
    span = f"{letters[0]}{{r}}:{letters[-1]}{{r}}" if letters else ""
    formula = (
        '=IF(COUNTIF({g},"*A*")=0,"No A",IF(COUNTIF({g},"*A*")>1,"Several A",'
        'IF(COUNTIF({g},"*R*")=0,"No R","OK")))'
    )
    phase_blank = out.styled(None, "phase")
    width = activity_width(project)
    for phase_id, activities in groups:
        name = phase_names.get(phase_id, f"{phase_id} (not a phase of this project)")
        ws.row_dimensions[out.row + 1].height = 20
        out.append(
            [
                PHASE_KEY + phase_id,
                phase_blank,
                out.text(name, 3, "phase"),
                *[phase_blank] * (len(letters) + 5),
            ]
        )
        for activity in activities:
            r = out.row + 1
            ws.row_dimensions[r].outlineLevel = 1
            if len(activity.name) > width:
                out.fit([(activity.name, width)])
            row: list[Any] = [activity.id, cell(ws, index[id(activity)] + 1)]
            row[1]._style = number_style
            row.append(out.text(activity.name, 3, "activity"))
            raci = activity.raci
            for role_id in role_ids:
                value = raci.get(role_id)
                if value is None:
                    row.append(None)
                    continue
                text = shown.get(value)
                if text is None:
                    text = shown[value] = display_letters(value)
                c = cell(ws, text)
                c._style = letter_style
                row.append(c)
            if letters:
                c = cell(ws, formula.format(g=span.format(r=r)))
                c._style = check_style
                row.append(c)
            else:
                row.append(None)
            row.append(out.text(activity.description, check_col + 1, "description"))
            row.append(out.date(activity.due, check_col + 2))
            status = "" if activity.status is None else label(activity.status)
            row.append(out.text(status, check_col + 3))
            row.append(out.text(activity.deliverable, check_col + 4))
            out.append(row)
            for role_id in raci.keys() - known_roles:
                out.warnings.append(
                    f'RACI!C{r}: "{activity.name}" assigns {raci[role_id]} to "{role_id}", '
                    "which is not a role of this project; left out"
                )


def _status_choices(ws: WriteOnlyWorksheet, cells: str) -> None:
    """Offer the activity statuses in a dropdown of the Status column."""
    from openpyxl.worksheet.datavalidation import DataValidation

    shown = list(LABELS[WorkStatus].values())
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(shown) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle="Not a status",
        error=f"Use one of {', '.join(shown)}, or leave the cell empty.",
    )
    validation.add(cells)
    ws.data_validations.append(validation)


def _grid_rules(
    ws: WriteOnlyWorksheet,
    scheme: Scheme,
    letters: tuple[str, ...],
    check: str,
    last_col: str,
    first: int,
    last: int,
) -> None:
    """Colour letters and checks with conditional formats; offer letters in a dropdown."""
    from openpyxl.formatting.rule import Rule
    from openpyxl.styles import Border, Font, PatternFill, Side
    from openpyxl.styles.differential import DifferentialStyle
    from openpyxl.worksheet.datavalidation import DataValidation

    thin = Side(style="thin", color=GRID_LINE)
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)

    def dxf(ink: str | None = None, fill: str | None = None, bold: bool = False) -> Any:
        return DifferentialStyle(
            font=Font(color=ink, bold=bold) if ink else None,
            fill=PatternFill(fill_type="solid", fgColor=fill, bgColor=fill) if fill else None,
            border=grid,
        )

    cf = ws.conditional_formatting
    if letters:
        grid_range = f"{letters[0]}{first}:{letters[-1]}{last}"
        top_left = f"{letters[0]}{first}"
        for code in COLOUR_PRIORITY:
            if scheme.letter(code) is None:
                continue
            _strong, light, ink = LETTER_COLOURS[code]
            rule = Rule(
                type="containsText",
                operator="containsText",
                text=code,
                dxf=dxf(hex6(ink), hex6(light), bold=True),
                stopIfTrue=True,
                formula=[f'NOT(ISERROR(SEARCH("{code}",{top_left})))'],
            )
            cf.add(grid_range, rule)
        ok = f'${check}{first}="OK"'
        cf.add(
            f"{check}{first}:{check}{last}",
            Rule(type="expression", formula=[ok], dxf=dxf(OK_INK), stopIfTrue=True),
        )
        cf.add(
            f"{check}{first}:{check}{last}",
            Rule(
                type="expression",
                formula=[f'${check}{first}<>""'],
                dxf=dxf(PROBLEM_INK, PROBLEM_FILL, bold=True),
                stopIfTrue=True,
            ),
        )
        choices = [*scheme.codes, *(display_letters(c) for c in scheme.common_combinations())]
        allowed = list(dict.fromkeys(choices))
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(allowed) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=f"Not a {scheme.name} value",
            error=f"Use one of {', '.join(allowed)}, or leave the cell empty.",
        )
        validation.add(grid_range)
        ws.data_validations.append(validation)
    # Thin lines around every cell of the grid, empty or not, without writing empty cells.
    cf.add(f"B{first}:{last_col}{last}", Rule(type="expression", formula=["TRUE"], dxf=dxf()))
