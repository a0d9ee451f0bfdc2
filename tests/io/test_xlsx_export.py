"""The Excel export: a styled RACI sheet, detail sheets, and text that never runs as a formula."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from raci_studio.core.model import Activity, Project, Role
from raci_studio.core.palette import LETTER_COLOURS
from raci_studio.io.workbook.common import EXCEL_CELL_LIMIT, ExportError
from raci_studio.io.workbook.export import export_xlsx

TODAY = dt.date(2026, 3, 1)
# The small project: header on row 9 (title, subtitle, four legend rows, note, blank),
# roles in D:F, the check in G, descriptions in H, phase and activity rows 10 to 16.
HEADER, FIRST, LAST = 9, 10, 16
HOSTILE = [
    '=HYPERLINK("http://x","x")',
    "+1",
    "-3",
    "@SUM(A1)",
    "\t=1+1",
    "#N/A",
    "=1+1",
]


def export(project: Project, folder: Path) -> tuple[Any, Any]:
    path = folder / "plan.xlsx"
    report = export_xlsx(project, path, today=TODAY)
    return openpyxl.load_workbook(path), report


@pytest.fixture
def workbook(small_project: Callable[[], Project], tmp_path: Path) -> Any:
    return export(small_project(), tmp_path)[0]


def test_sheets_in_order_with_marker_hidden(workbook: Any) -> None:
    assert workbook.sheetnames == [
        "RACI",
        "Assignments",
        "Roles",
        "Lifecycle",
        "Metrics",
        "Measurements",
        "Scoping",
        "_layout",
        "_raci_studio",
    ]
    assert workbook["_raci_studio"].sheet_state == "hidden"
    assert workbook["_layout"].sheet_state == "hidden"
    assert workbook["_raci_studio"]["B1"].value == "raci-studio-workbook"
    assert workbook.active.title == "RACI"


def test_workbook_properties(workbook: Any) -> None:
    assert workbook.properties.title == "Support ticket deflection"
    assert workbook.properties.creator == "RACI Studio"
    assert workbook.custom_doc_props["RACI Studio format"].value == "raci-studio-workbook"


def test_title_block_and_legend(workbook: Any) -> None:
    ws = workbook["RACI"]
    assert ws["B1"].value == "Support ticket deflection"
    assert ws["B1"].font.b and ws["B1"].font.sz == 16
    assert "2026-03-01" in ws["B2"].value
    legend = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(3, 7)}
    assert set(legend) == {"R", "A", "C", "I"}
    assert legend["A"].startswith("Accountable:")
    assert ws["B4"].fill.fgColor.rgb.endswith(LETTER_COLOURS["A"][1].lstrip("#"))


def test_header_row_rotated_roles(workbook: Any) -> None:
    ws = workbook["RACI"]
    row = [c.value for c in ws[HEADER]][:8]
    assert row == [
        "ID",
        "#",
        "Activity",
        "Product Manager",
        "Data Scientist",
        "ML Engineer",
        "Check",
        "Description",
    ]
    assert ws["D9"].alignment.textRotation == 90
    assert ws.row_dimensions[HEADER].height >= 40
    assert ws.column_dimensions["A"].hidden


def test_phase_rows_bold_filled_and_activities_outlined(workbook: Any) -> None:
    ws = workbook["RACI"]
    assert ws.sheet_properties.outlinePr.summaryBelow is False
    phase_rows, activity_rows = [10, 12, 15], [11, 13, 14, 16]
    for r in phase_rows:
        assert ws.cell(r, 1).value.startswith("phase:")
        assert ws.cell(r, 3).font.b
        assert ws.cell(r, 5).fill.fgColor.rgb.endswith("E2E8F0")
        assert not ws.row_dimensions[r].outlineLevel
    for r in activity_rows:
        assert ws.row_dimensions[r].outlineLevel == 1
    assert ws["C13"].value == "Audit data sources"
    assert ws["B13"].value == 2  # the activity's place in the project
    assert ws["D11"].value == "A/R"
    assert ws["D11"].alignment.horizontal == "center"
    assert ws["H13"].value == "Check licences and retention."


def test_letter_colours_are_conditional_rules_one_per_letter(workbook: Any) -> None:
    ws = workbook["RACI"]
    rules = {}
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            if rule.type == "containsText":
                rules[rule.text] = (str(cf.sqref), rule)
    assert set(rules) == {"R", "A", "C", "I"}
    for code, (sqref, rule) in rules.items():
        assert sqref == f"D{FIRST}:F{LAST}"
        _strong, light, ink = LETTER_COLOURS[code]
        assert rule.dxf.fill.bgColor.rgb.endswith(light.lstrip("#"))
        assert rule.dxf.font.color.rgb.endswith(ink.lstrip("#"))
        assert rule.formula == [f'NOT(ISERROR(SEARCH("{code}",D{FIRST})))']
    # A wins over R in a combined "A/R" cell: its rule comes first and stops there.
    assert rules["A"][1].priority < rules["R"][1].priority
    assert rules["A"][1].stopIfTrue


def test_dropdown_offers_letters_and_combination(workbook: Any) -> None:
    ws = workbook["RACI"]
    letters, status = ws.data_validations.dataValidation
    assert str(status.sqref) == f"J{FIRST}:J{LAST}"
    validation = letters
    assert validation.type == "list"
    assert validation.formula1 == '"R,A,C,I,A/R"'
    assert str(validation.sqref) == f"D{FIRST}:F{LAST}"
    assert validation.allow_blank


def test_check_column_has_a_live_formula_per_activity(workbook: Any) -> None:
    ws = workbook["RACI"]
    cell = ws["G13"]
    assert cell.data_type == "f"
    assert 'COUNTIF(D13:F13,"*A*")=0' in cell.value
    assert 'COUNTIF(D13:F13,"*R*")=0' in cell.value
    assert ws["G10"].value is None  # phase rows carry no check
    checks = [rule for cf in ws.conditional_formatting for rule in cf.rules if "G" in str(cf.sqref)]
    assert len(checks) == 2


def test_freeze_filter_widths_and_print_setup(workbook: Any) -> None:
    ws = workbook["RACI"]
    assert ws.freeze_panes == f"D{FIRST}"
    assert ws.auto_filter.ref == f"B{HEADER}:K{LAST}"  # description, due, status, deliverable
    assert ws.column_dimensions["C"].width >= 30
    assert ws.column_dimensions["D"].width < 8
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${HEADER}:${HEADER}"
    assert ws.print_area == f"'RACI'!$B$1:$G${LAST}"  # the matrix and check, not descriptions


def test_long_names_wrap_in_a_taller_row(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    project.activities[1].name = "Audit every data source " * 8  # 192 characters
    ws = export(project, tmp_path)[0]["RACI"]
    assert ws["C13"].alignment.wrap_text
    assert ws.row_dimensions[13].height >= 3 * 14
    assert ws.row_dimensions[14].height is None  # short names keep the default height


def test_rasci_scheme_colours_and_offers_support(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    project.scheme = "RASCI"
    project.activities[0].raci["ml-engineer"] = "S"
    ws = export(project, tmp_path)[0]["RACI"]
    texts = {r.text for cf in ws.conditional_formatting for r in cf.rules if r.text}
    assert texts == {"R", "A", "S", "C", "I"}
    assert ws.data_validations.dataValidation[0].formula1 == '"R,A,S,C,I,A/R"'
    assert [ws.cell(r, 2).value for r in range(3, 8)] == ["R", "A", "S", "C", "I"]


def test_assignments_long_form_one_row_per_letter(workbook: Any) -> None:
    rows = list(workbook["Assignments"].values)
    assert rows[0] == ("Phase ID", "Phase", "Activity ID", "Activity", "Role ID", "Role", "Letter")
    first = [r for r in rows[1:] if r[2] == "define-kpis"]
    assert first == [
        (
            "business-understanding",
            "Business understanding",
            "define-kpis",
            "Define success KPIs",
            "product-manager",
            "Product Manager",
            "A",
        ),
        (
            "business-understanding",
            "Business understanding",
            "define-kpis",
            "Define success KPIs",
            "product-manager",
            "Product Manager",
            "R",
        ),
        (
            "business-understanding",
            "Business understanding",
            "define-kpis",
            "Define success KPIs",
            "data-scientist",
            "Data Scientist",
            "C",
        ),
    ]
    assert len(rows) == 1 + 11  # eleven letters in the small project
    assert workbook["Assignments"].freeze_panes == "A2"


def test_detail_sheets_show_labels_and_counts(workbook: Any) -> None:
    roles = list(workbook["Roles"].values)
    assert roles[0][:7] == (
        "ID",
        "Role",
        "Short label",
        "Group",
        "Colour",
        "People",
        "Description",
    )
    assert roles[0][7:] == ("R", "A", "C", "I")
    assert roles[3][5] == "Ana Núñez"
    assert roles[1][8] == '=COUNTIF(RACI!$D$10:$D$16,"*A*")'
    lifecycle = [r for r in workbook["Lifecycle"].values if any(r)]
    assert tuple(v for v in lifecycle[0] if v is not None) == ("Phases",)
    assert lifecycle[2][:3] == ("business-understanding", "Business understanding", "Done")
    metrics = list(workbook["Metrics"].values)
    assert metrics[1][2:5] == ("Business KPI", "tickets", "Lower is better")
    measurements = list(workbook["Measurements"].values)
    assert measurements[1][:4] == (
        "tier1-tickets",
        "Tier-1 tickets per month",
        dt.datetime(2026, 3, 1),
        11800,
    )
    scoping = [r[0] for r in workbook["Scoping"].values if r and r[0]]
    for title in ("Project", "Risks", "Decision log", "Model card", "Go/no-go criteria"):
        assert title in scoping


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_written_as_quoted_text(
    small_project: Callable[[], Project], tmp_path: Path, text: str
) -> None:
    project = small_project()
    project.activities[1].name = text
    project.roles[0].name = text
    project.scoping.problem_statement = text
    wb = export(project, tmp_path)[0]
    for cell in (wb["RACI"]["C13"], wb["RACI"]["D9"], wb["Roles"]["B2"]):
        assert cell.value == text
        assert cell.data_type == "s"
    if text[0] in "=+-@\t":
        assert wb["RACI"]["C13"].quotePrefix
        assert wb["Roles"]["B2"].quotePrefix


def test_only_our_own_formulas_are_formulas(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    for i, activity in enumerate(project.activities):
        activity.name = HOSTILE[i]
        activity.description = HOSTILE[-1 - i]
    project.roles[1].people = ["=cmd|' /C calc'!A0"]
    project.metrics[0].unit = "=2*3"
    project.scoping.risks[0].mitigation = "@SUM(1)"
    wb = export(project, tmp_path)[0]
    formulas = [
        (ws.title, cell.coordinate)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas, "the check and count formulas exist"
    for sheet, coordinate in formulas:
        column = coordinate.rstrip("0123456789")
        assert (sheet, column) in {("RACI", "G"), ("Roles", "H"), ("Roles", "I")} | {
            ("Roles", "J"),
            ("Roles", "K"),
        }, coordinate


def test_characters_excel_forbids_are_removed_with_a_warning(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    # Only a project built without validation can hold these; the export must still cope.
    project.activities[1] = Activity.model_construct(
        **{**project.activities[1].__dict__, "name": "Audit\x07 sources\ufffe"}
    )
    wb, report = export(project, tmp_path)
    assert wb["RACI"]["C13"].value == "Audit sources"
    assert any(w.startswith("RACI!C13: removed characters") for w in report.warnings)


def test_text_over_excel_limit_is_cut_with_a_warning(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    long = "x" * (EXCEL_CELL_LIMIT + 10)
    project.scoping = project.scoping.model_copy(update={"problem_statement": long})
    wb, report = export(project, tmp_path)
    cut = [w for w in report.warnings if "cut to 32,767" in w]
    assert len(cut) == 1 and cut[0].startswith("Scoping!B")
    values = [r[1] for r in wb["Scoping"].values if r and r[0] == "Problem statement"]
    assert len(values[0]) == EXCEL_CELL_LIMIT


def test_carriage_returns_use_excels_escape(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    project.activities[1].description = "one\r\ntwo _x0041_"
    wb = export(project, tmp_path)[0]
    assert wb["RACI"]["H13"].value == "one_x000D_\ntwo _x005F_x0041_"


def test_assignment_to_unknown_role_is_reported(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    project.activities[0].raci["ghost"] = "C"
    report = export(project, tmp_path)[1]
    assert report.warnings == [
        'RACI!C11: "Define success KPIs" assigns C to "ghost", which is not a role of this '
        "project; left out"
    ]


def test_empty_project_exports(tmp_path: Path) -> None:
    wb, report = export(Project(name="Empty"), tmp_path)
    ws = wb["RACI"]
    assert ws["B1"].value == "Empty"
    assert not ws.data_validations.dataValidation
    assert report.warnings == [] and report.rows == 0


def test_project_without_roles_has_no_check_formulas(tmp_path: Path) -> None:
    project = Project(
        name="No roles",
        phases=[{"id": "p", "name": "P"}],
        activities=[{"id": "a", "name": "A", "phase": "p"}],
        roles=[],
    )
    ws = export(project, tmp_path)[0]["RACI"]
    assert [c.value for c in ws[HEADER]][:5] == ["ID", "#", "Activity", "Check", "Description"]
    assert ws["D11"].value is None


def test_failed_export_leaves_previous_file(
    small_project: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ExportError, match=r"Cannot write .*plan\.xlsx: no such file"):
        export_xlsx(small_project(), tmp_path / "missing" / "plan.xlsx")
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"previous")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", disk_full)
    with pytest.raises(ExportError, match="no space left on device"):
        export_xlsx(small_project(), target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


def test_role_colour_cells_are_filled(small_project: Callable[[], Project], tmp_path: Path) -> None:
    project = small_project()
    project.roles.append(Role(id="qa", name="QA", colour="#00AA00"))
    ws = export(project, tmp_path)[0]["Roles"]
    fills = {
        rule.formula[0]: rule.dxf.fill.bgColor.rgb
        for cf in ws.conditional_formatting
        for rule in cf.rules
    }
    assert fills == {
        'UPPER($E2)="#1F77B4"': "001F77B4",
        'UPPER($E2)="#00AA00"': "0000AA00",
    }


def test_detail_sheets_freeze_filter_and_print_one_page_wide(workbook: Any) -> None:
    freezes = {"Assignments": "A2", "Roles": "B2", "Metrics": "B2", "Measurements": "A2"}
    for title, freeze in freezes.items():
        ws = workbook[title]
        assert ws.freeze_panes == freeze, title
        assert ws.auto_filter.ref.startswith("A1:"), title
        assert ws.print_title_rows == "$1:$1", title
    for title in ("Assignments", "Roles", "Lifecycle", "Metrics", "Measurements", "Scoping"):
        ws = workbook[title]
        assert ws.sheet_properties.pageSetUpPr.fitToPage, title
        assert ws.page_setup.orientation == "landscape", title
        assert ws.column_dimensions["A"].width >= 20, title


def test_assignments_print_at_a_readable_size(workbook: Any) -> None:
    ws = workbook["Assignments"]
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFG"]
    # one page wide at close to full size: ids and names wrap instead of widening the page
    assert sum(widths) <= 24 * 3 + 40 * 3 + 8
    assert all(ws.cell(2, col).alignment.wrap_text for col in range(1, 7))


def test_name_with_characters_xml_forbids_still_gives_a_readable_file(tmp_path: Path) -> None:
    wb, report = export(Project(name="Plan \ufffe & co"), tmp_path)
    assert wb["RACI"]["B1"].value == "Plan  & co"
    assert wb.properties.title == "Plan  & co"
    assert "\ufffe" not in wb["RACI"].oddFooter.left.text
    assert report.warnings == [
        "RACI!B1: removed characters a workbook cannot hold",
        "Scoping!B2: removed characters a workbook cannot hold",
    ]
