"""Sheets from the wild: every quirk real RACI sheets have, built here from scratch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci_studio.core.model import Project
from raci_studio.io.sheets.importer import import_sheet, read_preview
from tests.io.sheet_files import write_csv, write_xlsx


def _letters(project: Project, activity: str) -> dict[str, str]:
    """Return role name -> letters for the activity called ``activity``."""
    names = {r.id: r.name for r in project.roles}
    found = next(a for a in project.activities if a.name == activity)
    return {names[role]: letters for role, letters in found.raci.items()}


def _skipped(result: Any) -> dict[str, str]:
    return {s.address: s.reason for s in result.report.skipped}


def _phase_of(project: Project, activity: str) -> str:
    phases = {p.id: p.name for p in project.phases}
    return phases[next(a.phase for a in project.activities if a.name == activity)]


# -- letters -------------------------------------------------------------------------------


def test_an_unknown_letter_costs_only_itself(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [["Task", "PM", "Eng"], ["Plan", "R;C;X", "A"], ["Build", "A", "R, D"], ["Ship", "V", "A"]],
    )
    result = import_sheet(path)
    assert _letters(result.project, "Plan") == {"PM": "RC", "Eng": "A"}
    assert _letters(result.project, "Build") == {"PM": "A", "Eng": "R"}
    assert _letters(result.project, "Ship") == {"Eng": "A"}
    skipped = _skipped(result)
    assert set(skipped) == {"x.csv!B2", "x.csv!C3", "x.csv!B4"}
    assert '"X"' in skipped["x.csv!B2"] and "RC was read" in skipped["x.csv!B2"]
    assert "another scheme" in skipped["x.csv!C3"]
    assert any("D (1), V (1)" in w for w in result.report.warnings)


def test_support_anywhere_in_the_grid_makes_it_rasci(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "s.csv",
        [["Task", "PM", "Eng", "QA"], ["Plan", "A", "R", "I"], ["Test", "A", "S", "R"]],
    )
    result = import_sheet(path)
    assert result.project.scheme == "RASCI"
    assert _letters(result.project, "Test") == {"PM": "A", "Eng": "S", "QA": "R"}
    assert result.report.scheme == "RASCI"


def test_look_alike_letters_are_imported_and_said(tmp_path: Path) -> None:
    cyrillic_c, greek_i, wide_r = "\u0421", "\u0399", "\uff32"
    path = write_xlsx(
        tmp_path / "scripts.xlsx",
        {"RACI": [["Task", "PM", "Eng", "QA"], ["Plan", "A", wide_r, f"{cyrillic_c}/{greek_i}"]]},
    )
    result = import_sheet(path)
    assert _letters(result.project, "Plan") == {"PM": "A", "Eng": "R", "QA": "CI"}
    notes = "\n".join(result.report.notes)
    assert "RACI!C2" in notes and "full-width" in notes
    assert "RACI!D2" in notes and "Cyrillic and Greek" in notes


def test_words_separators_and_none_markers_of_many_languages(tmp_path: Path) -> None:
    rows = [
        ["Aufgabe", "Leiter", "Entwickler", "Tester", "Kunde"],
        ["Planen", "Rechenschaftspflichtig", "Verantwortlich", "Informiert", "—"],
        ["Bauen", "A", "R und C", "C\nI", "N/A"],
        ["Prüfen", "Утверждающий", "Consultés", "Responsables", "-"],
        ["Liefern", "A & R", "Informado", "/", "N"],
    ]
    result = import_sheet(write_csv(tmp_path / "de.csv", rows))
    project = result.project
    assert _letters(project, "Planen") == {"Leiter": "A", "Entwickler": "R", "Tester": "I"}
    assert _letters(project, "Bauen") == {"Leiter": "A", "Entwickler": "RC", "Tester": "CI"}
    assert _letters(project, "Prüfen") == {"Leiter": "A", "Entwickler": "C", "Tester": "R"}
    assert _letters(project, "Liefern") == {"Leiter": "RA", "Entwickler": "I"}
    assert result.report.skipped == []


# -- headers over two rows -----------------------------------------------------------------


def test_groups_merged_above_the_role_names(tmp_path: Path) -> None:
    rows = [
        ["RACI matrix", None, "Business", None, "Technology", None],
        ["Activity", "Owner", "Sponsor", "Analyst", "Lead", "Engineer"],
        ["Scope", "A", "C", "R", "I", None],
        ["Build", "I", None, "C", "A", "R"],
    ]
    path = write_xlsx(tmp_path / "two.xlsx", {"Plan": rows}, merged={"Plan": ["C1:D1", "E1:F1"]})
    result = import_sheet(path)
    layout = result.layout
    assert layout is not None
    assert (layout.group_row, layout.header_row, layout.first_row) == (0, 1, 2)
    groups = {r.name: r.group for r in result.project.roles}
    assert groups == {
        "Owner": "",
        "Sponsor": "Business",
        "Analyst": "Business",
        "Lead": "Technology",
        "Engineer": "Technology",
    }
    assert result.report.mapped["header row"] == "1–2 (two rows)"
    assert "RACI matrix" not in groups  # the title in the corner is not a role


def test_role_names_merged_down_two_rows(tmp_path: Path) -> None:
    rows = [
        ["Activity", "Sponsor", "Delivery", None, "QA"],
        [None, None, "Lead", "Engineer", None],
        ["Scope", "A", "R", "C", "I"],
        ["Build", "I", "A", "R", "C"],
    ]
    merged = {"Plan": ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]}
    result = import_sheet(write_xlsx(tmp_path / "down.xlsx", {"Plan": rows}, merged=merged))
    groups = {r.name: r.group for r in result.project.roles}
    assert groups == {"Sponsor": "", "Lead": "Delivery", "Engineer": "Delivery", "QA": ""}
    assert _letters(result.project, "Build") == {
        "Sponsor": "I",
        "Lead": "A",
        "Engineer": "R",
        "QA": "C",
    }


def test_role_names_above_a_row_of_groups(tmp_path: Path) -> None:
    rows = [
        [None, "MATRIZ RACI"],
        [None, None, None, "Product Owner", "Programadores", "Gerente", "Usuario"],
        [None, "PRIORIDAD", "RESULTADO/ACTIVIDAD", "Roles Scrum", None, "Gestion", "Cliente"],
        [None, None, "FASE\u00a01"],
        [None, "Alta", "Requisitos", "R", None, "A", "R"],
        [None, "Baja", "Necesidades", "R", "C", "A", None],
        [None, None, "FASE\u00a02"],
        [None, "Media", "Diseño", "I", "R", "A", "C"],
    ]
    result = import_sheet(write_xlsx(tmp_path / "es.xlsx", {"Matriz": rows}))
    project = result.project
    roles = {r.name: r.group for r in project.roles}
    assert roles == {
        "Product Owner": "Roles Scrum",
        "Programadores": "Roles Scrum",
        "Gerente": "Gestion",
        "Usuario": "Cliente",
    }
    assert [p.name for p in project.phases] == ["FASE 1", "FASE 2"]
    assert [a.name for a in project.activities] == ["Requisitos", "Necesidades", "Diseño"]
    assert _phase_of(project, "Diseño") == "FASE 2"
    assert project.activities[0].description == "PRIORIDAD: Alta"


# -- group rows at two levels --------------------------------------------------------------


def _milestones() -> list[list[Any]]:
    return [
        ["Activity", "PM", "DS", "MLE"],
        ["Milestone 1: Data", None, None, None],
        ["Collection", None, None, None],
        ["Gather logs", "A", "R", "I"],
        ["Label data", "A", "R", "C"],
        ["Cleaning", None, None, None],
        ["Deduplicate", "A", "C", "R"],
        ["Milestone 2: Model", None, None, None],
        ["Training", None, None, None],
        ["Train baseline", "A", "R", "C"],
    ]


def test_two_levels_of_group_rows(tmp_path: Path) -> None:
    result = import_sheet(write_csv(tmp_path / "ms.csv", _milestones()))
    project = result.project
    assert [p.name for p in project.phases] == ["Milestone 1: Data", "Milestone 2: Model"]
    assert [a.name for a in project.activities] == [
        "Gather logs",
        "Label data",
        "Deduplicate",
        "Train baseline",
    ]
    described = {a.name: a.description for a in project.activities}
    assert described["Label data"] == "Group: Collection"
    assert described["Deduplicate"] == "Group: Cleaning"
    assert _phase_of(project, "Deduplicate") == "Milestone 1: Data"
    assert _phase_of(project, "Train baseline") == "Milestone 2: Model"


def test_inner_groups_as_name_prefixes(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ms.csv", _milestones())
    layout = read_preview(path).layout
    assert layout is not None
    layout.inner_groups = "prefix"
    result = import_sheet(path, layout=layout)
    names = [a.name for a in result.project.activities]
    assert names[0] == "Collection – Gather logs"
    assert names[-1] == "Training – Train baseline"


def test_numbered_group_rows_give_their_level(tmp_path: Path) -> None:
    rows = [
        ["Activity", "PM", "DS"],
        ["1 Discovery", None, None],
        ["1.1 Interviews", None, None],
        ["Talk to users", "A", "R"],
        ["1.2 Analysis", None, None],
        ["Write findings", "A", "R"],
        ["2 Build", None, None],
        ["Prototype", "A", "R"],
    ]
    project = import_sheet(write_csv(tmp_path / "n.csv", rows)).project
    assert [p.name for p in project.phases] == ["1 Discovery", "2 Build"]
    assert project.activities[1].description == "Group: 1.2 Analysis"
    assert _phase_of(project, "Prototype") == "2 Build"


# -- grids far from A1 ---------------------------------------------------------------------


def test_a_grid_far_from_a1_with_ids_descriptions_numbers_and_totals(tmp_path: Path) -> None:
    rows = [
        ["Project RACI"],
        [],
        ["#", "Task", "Deliverable", "PM", "DS", "MLE", "Hours", None, "Role", "Count"],
        ["1", "1. Frame the problem", "Brief", "A", "R", "C", 12, None, "PM", 3],
        ["2", "2. Collect data", "Dataset", "A", "C", "R", 40, None, "DS", 3],
        ["3", "– Train model", "Model", "I", "A", "R", 80, None, "MLE", 3],
        [None, "Total", None, None, None, None, 132],
    ]
    path = write_xlsx(tmp_path / "far.xlsx", {"RACI": rows}, origin={"RACI": (3, 2)})
    result = import_sheet(path)
    layout, project = result.layout, result.project
    assert layout is not None
    assert (layout.header_row, layout.activity_col, layout.id_col) == (4, 2, 1)
    assert layout.role_cols == {4: "PM", 5: "DS", 6: "MLE"}
    assert [a.name for a in project.activities] == [
        "Frame the problem",
        "Collect data",
        "Train model",
    ]
    assert project.activities[0].description == "#: 1\nDeliverable: Brief"
    assert "RACI!C9" in _skipped(result)  # the totals row, listed with its address
    assert any("numbering or bullets" in n for n in result.report.notes)


# -- transposed sheets in other languages --------------------------------------------------


def test_transposed_with_bilingual_headers_and_a_people_sheet(tmp_path: Path) -> None:
    grid = [
        [
            "Tätigkeit",
            "Verantwortlich (Responsible)",
            "Rechenschaftspflichtig (Accountable)",
            "Konsultiert",
            "Informiert",
        ],
        ["Daten sammeln", "Anna Schmidt, Jon Weber", "Petra Klein", None, "Team"],
        ["Modell trainieren", "Jon Weber\nAnna Schmidt", "Petra Klein", "Anna Schmidt", None],
    ]
    people = [["Name", "Team"], ["Anna Schmidt", "Data"], ["John Weber", "ML"]]
    path = write_xlsx(tmp_path / "t.xlsx", {"Personen": people, "Matrix": grid})
    result = import_sheet(path)
    assert result.report.kind == "transposed"
    assert result.report.sheet == "Matrix"
    assert _letters(result.project, "Modell trainieren") == {
        "Jon Weber": "R",
        "Anna Schmidt": "RC",
        "Petra Klein": "A",
    }
    spelled = [w for w in result.report.warnings if "spelled" in w]
    assert spelled == [
        'role "Jon Weber" is spelled "John Weber" on sheet Personen; kept as the grid writes '
        "it (rename it if they are the same)"
    ]


# -- several sheets ------------------------------------------------------------------------


def test_the_grid_is_found_among_legend_and_people_sheets(tmp_path: Path) -> None:
    legend = [["Letter", "Meaning"], ["R", "Responsible"], ["A", "Accountable"]]
    people = [["Name", "Role"], ["Ann", "PM"], ["Bo", "DS"]]
    grid = [["Activity", "PM", "DS"], ["Plan", "A", "R"], ["Build", "I", "A/R"]]
    path = write_xlsx(tmp_path / "wb.xlsx", {"Legend": legend, "People": people, "Grid": grid})
    result = import_sheet(path)
    assert result.report.sheet == "Grid"
    assert "sheet Grid" in result.report.to_text().splitlines()[0]
    assert read_preview(path).sheet == "Grid"


# -- the command line ----------------------------------------------------------------------


def test_cli_json_report_stays_json_when_the_project_is_written(tmp_path: Path, capsys) -> None:
    import json

    from raci_studio.cli import main as cli_main

    sheet = write_csv(
        tmp_path / "s.csv", [["Task", "PM", "Eng"], ["Plan", "A", "R/S"], ["Build", "A", "R"]]
    )
    out = tmp_path / "plan.raci.json"
    assert cli_main(["import", str(sheet), "-o", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)["report"]
    assert report["scheme"] == "RASCI"
    assert report["mapped"]["scheme"] == "RASCI (detected: S in 1 cell)"
    assert "wrote" in captured.err and out.is_file()
