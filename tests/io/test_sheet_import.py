"""Importing synthetic sheets that reproduce what real RACI sheets look like."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from raci_studio.core.model import Project
from raci_studio.io.sheets import importer as sheet_import
from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.sheets.importer import import_sheet, read_preview
from raci_studio.io.sheets.layout import SheetLayout
from tests.io.sheet_files import sheet_stream, write_csv, write_package, write_xlsx


def _letters(project: Project, activity: str) -> dict[str, str]:
    """Return role name -> letters for the first activity called ``activity``."""
    names = {r.id: r.name for r in project.roles}
    found = next(a for a in project.activities if a.name == activity)
    return {names[role]: letters for role, letters in found.raci.items()}


def _skipped(result: Any) -> dict[str, str]:
    return {s.address: s.reason for s in result.report.skipped}


# -- a hand-made grid: header in row 1, people as columns, messy codes, junk at the end ------


@pytest.fixture
def people_grid(tmp_path: Path) -> Path:
    rows = [
        ["Aufgabe / Prozess", "Fahim", "Adib ", "Alif", "Nilas ", "Eriko", "Anshah"],
        ["Specify features", "R", "I", "A", "N", None, None],
        ["Product Design", "A", "N", "I/C", "R", None, None],
        ["Escalation in chat ", "I", "R (A) ", "R/C", "I ", None, None],
        ["Translations FR / IT", "N", "A/R", "(R)", "C /I", None, None],
        ["Respond within\n24 hours", "I  / R ", "A", "N", "N", None, None],
        ["Specify features", "C", "A", "R", "N", None, None],
        ["Roadmap", "A", "R / A", "Q", "N", None, None],
        ["N", "N", "N", "N", "N", None, None],
        ["N", "N", "N", "N", "N", None, None],
    ]
    return write_xlsx(tmp_path / "people.xlsx", {"Sheet1": rows})


def test_people_grid_reads_every_spelling(people_grid: Path) -> None:
    result = import_sheet(people_grid)
    project = result.project
    assert [r.name for r in project.roles] == ["Fahim", "Adib", "Alif", "Nilas", "Eriko", "Anshah"]
    assert _letters(project, "Escalation in chat") == {
        "Fahim": "I",
        "Adib": "RA",
        "Alif": "RC",
        "Nilas": "I",
    }
    assert _letters(project, "Translations FR / IT") == {"Adib": "RA", "Alif": "R", "Nilas": "CI"}
    assert _letters(project, "Respond within 24 hours") == {"Fahim": "RI", "Adib": "A"}
    assert [p.name for p in project.phases] == ["Imported"]


def test_people_grid_reports_what_it_did_not_import(people_grid: Path) -> None:
    result = import_sheet(people_grid)
    skipped = _skipped(result)
    assert skipped["Sheet1!D8"] == '"Q" is not a RACI letter'
    assert "filler row" in skipped["Sheet1!A9"]
    assert "filler row" in skipped["Sheet1!A10"]
    assert len(result.project.activities) == 7
    assert result.report.counts["skipped"] == 3
    notes = "\n".join(result.report.notes)
    assert 'Sheet1!C4: "R (A)" read as RA (parentheses ignored)' in notes
    assert 'Sheet1!A7: "Specify features" is also on row 2' in notes


def test_duplicate_activity_names_both_arrive_with_their_own_ids(people_grid: Path) -> None:
    project = import_sheet(people_grid).project
    same = [a for a in project.activities if a.name == "Specify features"]
    assert len(same) == 2
    assert same[0].id != same[1].id


def test_rows_with_no_a_or_several_are_imported_and_flagged(people_grid: Path) -> None:
    result = import_sheet(people_grid)
    warnings = "\n".join(result.report.warnings)
    assert "more than one A (sheet rows 8)" in warnings  # Roadmap: A and R/A
    roadmap = _letters(result.project, "Roadmap")
    assert roadmap == {"Fahim": "A", "Adib": "RA"}


def test_the_report_prints_and_serialises(people_grid: Path) -> None:
    result = import_sheet(people_grid)
    text = result.report.to_text()
    assert "header row: 1" in text
    assert "activity column: A (Aufgabe / Prozess)" in text
    assert 'Sheet1!D8: "Q" is not a RACI letter' in text
    data = json.loads(json.dumps(result.report.to_dict()))
    assert data["kind"] == "grid"
    assert data["layout"]["role_cols"]["B"] == "Fahim"
    assert {"address": "Sheet1!D8", "text": "Q", "reason": '"Q" is not a RACI letter'} in data[
        "skipped"
    ]


# -- a template: four sheets, title block, header on row 5 from column B, placeholders ------


@pytest.fixture
def template_workbook(tmp_path: Path) -> Path:
    placeholder = "[Name of person or department]"
    grid = [
        [None, None, None, None],
        ["RACI", None, None, None],
        [None, None, None, None],
        ["Task", placeholder, placeholder, placeholder],
        ["[Enter task or activity]", None, "R", "A"],
        ["[Enter task or activity]", "A", "C", "R"],
    ]
    return write_xlsx(
        tmp_path / "template.xlsx",
        {
            "PROJECT": [[None, "PROJECT No:", "MA-015"], [None, "FULL PROJECT NAME:", "Orion"]],
            "RACI": grid,
            "DEFINITIONS": [
                ["PROJECT No.", None, "RESPONSIBLE", "The person who does the work."],
                [None, None, "ACCOUNTABLE", "The person answerable for the work."],
                [None, None, "INFORMATION", "People who are informed."],
            ],
            "CUSTOMISE": [["How to change the cell colours"]],
        },
        merged={"RACI": ["B3:E4"]},  # the title, merged across the grid
        origin={"RACI": (2, 2)},
    )


def test_the_sheet_that_holds_the_grid_is_found(template_workbook: Path) -> None:
    result = import_sheet(template_workbook)
    assert result.report.sheet == "RACI"
    assert result.sheet_names == ["PROJECT", "RACI", "DEFINITIONS", "CUSTOMISE"]
    layout = result.layout
    assert layout is not None
    assert (layout.header_row, layout.activity_col) == (4, 1)
    assert [r.name for r in result.project.roles] == ["Role", "Role (2)", "Role (3)"]
    assert len(result.project.activities) == 2
    assert any("became role" in n for n in result.report.notes)


def test_a_named_sheet_is_read_even_if_another_looks_better(template_workbook: Path) -> None:
    with pytest.raises(SheetImportError, match=r"template\.xlsx(, sheet PROJECT)?: no"):
        import_sheet(template_workbook, sheet="PROJECT")
    with pytest.raises(SheetImportError, match=r'no sheet "Nope" .*PROJECT, RACI'):
        import_sheet(template_workbook, sheet="Nope")
    assert import_sheet(template_workbook, sheet="raci").report.sheet == "RACI"


def test_preview_shows_the_grid_sheet_and_its_layout(template_workbook: Path) -> None:
    preview = read_preview(template_workbook)
    names, rows, layout = preview
    assert names == ["PROJECT", "RACI", "DEFINITIONS", "CUSTOMISE"]
    assert preview.sheet == "RACI"
    assert rows[4][1] == "Task"
    assert layout is not None and layout.header_row == 4
    assert not preview.own


def test_preview_of_a_sheet_without_a_grid_says_why(template_workbook: Path) -> None:
    preview = read_preview(template_workbook, sheet="CUSTOMISE")
    assert preview.layout is None
    assert "no RACI grid" in preview.problem


def test_a_corrected_layout_is_used_as_given(template_workbook: Path) -> None:
    layout = SheetLayout(
        header_row=4, activity_col=1, first_row=5, last_row=6, role_cols={3: "Legal", 4: "Ops"}
    )
    result = import_sheet(template_workbook, sheet="RACI", layout=layout)
    assert [r.name for r in result.project.roles] == ["Legal", "Ops"]
    assert _letters(result.project, "[Enter task or activity]") == {"Legal": "R", "Ops": "A"}


def test_a_layout_that_does_not_fit_is_refused(template_workbook: Path) -> None:
    layout = SheetLayout(header_row=4, activity_col=1, first_row=5, role_cols={40: "X"})
    with pytest.raises(SheetImportError, match=r"template\.xlsx, sheet RACI: the layout"):
        import_sheet(template_workbook, sheet="RACI", layout=layout)


# -- more layouts ---------------------------------------------------------------------------


def test_id_column_before_names_is_kept_in_the_description(tmp_path: Path) -> None:
    rows = [
        ["Step Id", "Name", "TPM", "SDM", "Business"],
        [1, "Requirements refinement", "A", "C", "R"],
        [2, "Project planning", "A/R", "C", "C"],
    ]
    result = import_sheet(write_xlsx(tmp_path / "steps.xlsx", {"RACI": rows}))
    first = result.project.activities[0]
    assert first.name == "Requirements refinement"
    assert first.description == "Step Id: 1"
    assert result.report.mapped["id column"] == "A (Step Id)"


def test_phase_rows_in_a_csv_become_phases(tmp_path: Path) -> None:
    rows = [
        ["Activity/Deliverable", "DevOps Team", "Client Team (w365)"],
        ["GitHub Infrastructure", None, None],
        ["Server installation", "R/A", "I"],
        ["Server updates", "R/A", "I"],
        ["Code Management", None, None],
        ["Code review", "I", "R/A"],
    ]
    result = import_sheet(write_csv(tmp_path / "platform.csv", rows))
    project = result.project
    assert [p.name for p in project.phases] == ["GitHub Infrastructure", "Code Management"]
    by_phase = {
        p.id: [a.name for a in project.activities if a.phase == p.id] for p in project.phases
    }
    assert list(by_phase.values()) == [["Server installation", "Server updates"], ["Code review"]]
    assert [r.short for r in project.roles] == ["DevOps Team", "CTW"]
    assert result.report.sheet == "platform.csv"


def test_phase_column_filled_on_first_row_only(tmp_path: Path) -> None:
    rows = [
        ["Phase", "Activity", "PM", "DS"],
        ["Scoping", "Define KPI", "A", "R"],
        [None, "Write MRD", "A/R", "C"],
        ["Modelling", "Train", "I", "A/R"],
        [None, "Evaluate", "C", "A/R"],
    ]
    project = import_sheet(write_xlsx(tmp_path / "phases.xlsx", {"Plan": rows})).project
    phase_of = {a.name: a.phase for a in project.activities}
    assert phase_of == {
        "Define KPI": "scoping",
        "Write MRD": "scoping",
        "Train": "modelling",
        "Evaluate": "modelling",
    }


def test_legend_below_the_grid_is_not_imported(tmp_path: Path) -> None:
    rows = [
        ["Activity", "PM", "DS"],
        ["Define KPI", "A", "R"],
        ["Train", "I", "A/R"],
        [None, None, None],
        ["Legend", None, None],
        ["R", "Responsible", None],
        ["A", "Accountable", None],
    ]
    result = import_sheet(write_xlsx(tmp_path / "legend.xlsx", {"RACI": rows}))
    assert [a.name for a in result.project.activities] == ["Define KPI", "Train"]
    assert result.report.skipped == []


def test_transposed_layout(tmp_path: Path) -> None:
    rows = [
        ["Activity", "Responsible", "Accountable", "Consulted", "Informed"],
        ["Define KPI", "Data Scientist", "Product Manager", "ML Engineer; Legal", None],
        ["Train", "Data Scientist, ML Engineer", "Data Scientist", "-", "Product Manager"],
    ]
    result = import_sheet(write_csv(tmp_path / "transposed.csv", rows, delimiter=";"))
    assert result.report.kind == "transposed"
    project = result.project
    assert [r.name for r in project.roles] == [
        "Data Scientist",
        "Product Manager",
        "ML Engineer",
        "Legal",
    ]
    assert _letters(project, "Train") == {
        "Data Scientist": "RA",
        "ML Engineer": "R",
        "Product Manager": "I",
    }


def test_long_form_with_a_role_both_r_and_a_on_two_rows(tmp_path: Path) -> None:
    head = ["group_id", "group_title", "action_id", "action_name", "role_id", "role_name", "raci"]
    rows = [
        head,
        ["perf", "Performance", "perf__define", "Define review", "dm", "Delivery Manager", "R"],
        ["perf", "Performance", "perf__define", "Define review", "stl", "Senior Lead", "A"],
        ["perf", "Performance", "perf__run", "Run reviews", "tl", "Team lead", "R"],
        ["perf", "Performance", "perf__run", "Run reviews", "tl", "Team lead", "A"],
        ["rel", "Release", "rel__ship", "Ship", "tl", "Team lead", "Q"],
    ]
    result = import_sheet(write_csv(tmp_path / "long.csv", rows))
    assert result.report.kind == "long"
    project = result.project
    assert _letters(project, "Run reviews") == {"Team lead": "RA"}
    assert [p.name for p in project.phases] == ["Performance", "Release"]
    assert _skipped(result) == {"long.csv!G6": '"Q" is not a RACI letter'}
    assert result.report.counts["cells"] == 3  # Run reviews / Team lead is one cell, RA


def test_csv_in_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    rows = [["Aufgabe", "Müller", "Jäger"], ["Prüfung", "R", "A"]]
    result = import_sheet(write_csv(tmp_path / "alt.csv", rows, encoding="cp1252"))
    assert [r.name for r in result.project.roles] == ["Müller", "Jäger"]
    assert "Windows-1252" in result.report.warnings[0]


def test_csv_with_a_bom_and_semicolons(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "DS"], ["Define KPI", "A", "R"]]
    result = import_sheet(
        write_csv(tmp_path / "bom.csv", rows, delimiter=";", encoding="utf-8-sig")
    )
    assert [r.name for r in result.project.roles] == ["PM", "DS"]
    assert result.report.warnings == [] or "Windows" not in result.report.warnings[0]


def test_formula_cells_are_read_as_cached_values_with_a_warning(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "DS"], ["Define KPI", ('="A"', "A"), "R"]]
    result = import_sheet(write_package(tmp_path / "formula.xlsx", sheet_stream(rows)))
    assert _letters(result.project, "Define KPI") == {"PM": "A", "DS": "R"}
    assert any("1 formula cell" in w for w in result.report.warnings)


def test_macros_are_never_run(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "DS"], ["Define KPI", "A", "R"]]
    path = write_package(
        tmp_path / "macro.xlsm", sheet_stream(rows), extra={"xl/vbaProject.bin": b"\x00" * 64}
    )
    result = import_sheet(path)
    assert any("macros; they were not run" in w for w in result.report.warnings)


def test_support_letters_make_the_import_rasci(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rasci.csv", [["Activity", "PM", "DS"], ["Train", "A", "R/S"]])
    rasci = import_sheet(path)
    assert rasci.project.scheme == "RASCI"
    assert rasci.report.mapped["scheme"] == "RASCI (detected: S in 1 cell)"
    assert _letters(rasci.project, "Train") == {"PM": "A", "DS": "RS"}


def test_a_raci_import_of_support_letters_keeps_the_rest_of_the_cell(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rasci.csv", [["Activity", "PM", "DS"], ["Train", "A", "R/S"]])
    raci = import_sheet(path, scheme="RACI")
    assert raci.project.scheme == "RACI"
    assert _letters(raci.project, "Train") == {"PM": "A", "DS": "R"}
    assert [s.address for s in raci.report.skipped] == ["rasci.csv!C2"]
    assert "RASCI" in raci.report.skipped[0].reason
    assert "RASCI" in raci.report.warnings[-1]
    assert raci.report.mapped["scheme"] == "RACI (chosen; 1 cell holds S)"


def test_a_sheet_without_a_grid_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "notes.xlsx", {"Notes": [["Meeting", "Tuesday"], ["Room", "4"]]})
    with pytest.raises(SheetImportError, match=r"^notes.xlsx: no RACI grid was found"):
        import_sheet(path)


def test_an_unsupported_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.ods"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(SheetImportError, match=r"use an \.xlsx, \.xlsm or \.csv file"):
        import_sheet(path)


def test_a_workbook_saved_as_csv_is_named(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "real.xlsx", {"RACI": [["Activity", "PM"], ["Train", "R"]]})
    renamed = path.rename(tmp_path / "real.csv")
    with pytest.raises(SheetImportError, match=r"rename it to \.xlsx"):
        import_sheet(renamed)


# -- our own workbooks come back through xlsx_own ----------------------------------------


def test_own_workbooks_are_read_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_project: Any
) -> None:
    project = small_project()
    seen: list[Any] = []

    def project_from_own_workbook(workbook: Any) -> Project:
        seen.append(workbook)
        return project

    fake = SimpleNamespace(
        is_own_workbook=lambda workbook: True, project_from_own_workbook=project_from_own_workbook
    )
    monkeypatch.setattr(sheet_import, "_own_module", lambda: fake)
    path = write_xlsx(tmp_path / "own.xlsx", {"RACI": [["Activity", "PM"], ["Train", "R"]]})
    result = import_sheet(path)
    assert result.project is project
    assert result.report.kind == "own"
    assert result.layout is None
    assert seen and hasattr(seen[0], "worksheets")
    assert read_preview(path).own


def test_foreign_workbooks_do_not_go_through_xlsx_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = SimpleNamespace(is_own_workbook=lambda workbook: False)
    monkeypatch.setattr(sheet_import, "_own_module", lambda: fake)
    path = write_xlsx(tmp_path / "foreign.xlsx", {"RACI": [["Activity", "PM"], ["Train", "R"]]})
    assert import_sheet(path).report.kind == "grid"


def test_our_exported_workbook_comes_back_whole(tmp_path: Path, small_project: Any) -> None:
    from raci_studio.io.workbook.export import export_xlsx

    project = small_project()
    export_xlsx(project, tmp_path / "plan.xlsx")
    result = import_sheet(tmp_path / "plan.xlsx")
    assert result.report.kind == "own"
    assert result.project == project
    assert read_preview(tmp_path / "plan.xlsx").own


def test_our_exported_csv_reads_back_as_the_long_form(tmp_path: Path, small_project: Any) -> None:
    from raci_studio.io.workbook.csv_export import export_csv

    project = small_project()
    export_csv(project, tmp_path / "plan.csv")
    result = import_sheet(tmp_path / "plan.csv")
    assert result.report.kind == "long"
    assert [p.name for p in result.project.phases] == [p.name for p in project.phases]
    got = {a.name: _letters(result.project, a.name) for a in result.project.activities}
    want = {a.name: _letters(project, a.name) for a in project.activities}
    assert got == want
    assert result.report.skipped == []


def test_the_merged_title_is_read_but_not_taken_for_a_header(template_workbook: Path) -> None:
    preview = read_preview(template_workbook)
    assert preview.rows[2][1] == "RACI"
    assert preview.layout is not None and preview.layout.header_row == 4


def test_a_very_long_name_is_cut_and_kept_whole_in_the_description(tmp_path: Path) -> None:
    name = "Review " + "the data sources and their licences " * 10
    path = write_csv(tmp_path / "long-name.csv", [["Activity", "PM"], [name, "A/R"]])
    result = import_sheet(path)
    activity = result.project.activities[0]
    assert len(activity.name) == 200 and activity.name.endswith("…")
    assert activity.description == " ".join(name.split())
    assert any("'long-name.csv'!A2: the name is" in n for n in result.report.notes)


def test_csv_in_utf16_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_text("Activity\tÉquipe\tQA\nTrain\tA\tR\n", encoding="utf-16")
    result = import_sheet(path)
    assert [r.name for r in result.project.roles] == ["Équipe", "QA"]


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"Activity,PM\x00\x01\x02" * 10)
    with pytest.raises(SheetImportError, match=r"data\.csv is not a text file"):
        import_sheet(path)


def test_a_csv_field_beyond_the_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text('Activity,PM\nTrain,R\n"' + "x" * 200_000 + '",A\n')
    with pytest.raises(SheetImportError, match=r"huge\.csv, line 3: the CSV cannot be read"):
        import_sheet(path)


def test_csv_preview(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plan.csv", [["Activity", "PM"], ["Train", "R"]])
    names, rows, layout = read_preview(path)
    assert names == ["plan.csv"]
    assert rows == [["Activity", "PM"], ["Train", "R"]]
    assert layout is not None and layout.role_cols == {1: "PM"}


def test_short_labels_fit_a_column_header() -> None:
    from raci_studio.io.sheets.build import short_label

    assert short_label("PM") == "PM"
    assert short_label("Data Scientist (Senior)") == "DSS"
    assert short_label("Client Team (w365)") == "CTW"
    assert short_label("PM", {"pm"}) == "PM2"
    assert len(short_label("Abcdefghijklmnopqrstuvwxyz")) <= 12


def test_a_broken_own_workbook_is_refused_naming_the_file_and_cell(
    tmp_path: Path, small_project: Any
) -> None:
    from openpyxl import load_workbook

    from raci_studio.io.workbook.export import export_xlsx

    export_xlsx(small_project(), tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook["Roles"]["A2"] = "Not An Id!"
    workbook.save(tmp_path / "edited.xlsx")
    with pytest.raises(SheetImportError, match=r"^edited\.xlsx: Roles!A2"):
        import_sheet(tmp_path / "edited.xlsx")
