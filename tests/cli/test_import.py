"""`raci-studio import` of a RACI sheet: where the project goes, `--force`, `--dry-run`."""

from __future__ import annotations

from pathlib import Path

from raci_studio.cli.import_sheet import default_output
from raci_studio.io.project.file import load_project
from tests.io.sheet_files import write_xlsx

REPORT_KEYS = {"source", "sheet", "kind", "layout", "mapped", "counts", "skipped", "notes"}


def _check_imported(path: Path) -> None:
    project = load_project(path)
    assert [r.name for r in project.roles] == ["Product Manager", "Data Scientist", "ML Engineer"]
    assert [a.name for a in project.activities] == [
        "Define the problem",
        "Train the model",
        "Deploy the model",
    ]


def test_import_to_a_named_file(cli, sheet_csv, tmp_path):
    out = tmp_path / "plan.raci.json"
    run = cli("import", sheet_csv, "-o", out)
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == "Imported their-sheet.csv (roles as columns)."
    assert "Result: 3 roles, 1 phase, 3 activities, 9 cells, 0 skipped." in lines
    assert lines[-1] == f"wrote {out}"
    _check_imported(out)


def test_without_an_output_the_project_goes_next_to_the_sheet(cli, sheet_csv):
    beside = sheet_csv.with_name("their-sheet.raci.json")
    run = cli("import", sheet_csv)
    assert run.code == 0
    assert run.out.startswith("Imported their-sheet.csv")
    assert run.out.splitlines()[-1] == f"wrote {beside}"
    _check_imported(beside)


def test_an_existing_project_is_kept_unless_forced(cli, sheet_csv):
    beside = sheet_csv.with_name("their-sheet.raci.json")
    beside.write_text("my own plan", encoding="utf-8")
    run = cli("import", sheet_csv)
    assert run.code == 2
    assert run.out == ""  # refused before reading: no "Imported" over a file not written
    assert run.err == f"{beside}: already exists (use --force to replace it)\n"
    assert beside.read_text(encoding="utf-8") == "my own plan"
    assert cli("import", sheet_csv, "--force").code == 0
    _check_imported(beside)


def test_dry_run_reports_and_writes_nothing(cli, sheet_csv):
    run = cli("import", sheet_csv, "--dry-run")
    assert run.code == 0
    assert run.out.splitlines()[0] == (
        "Would import their-sheet.csv (roles as columns); nothing was written."
    )
    assert "Imported" not in run.out
    assert "wrote" not in run.out
    assert sorted(p.name for p in sheet_csv.parent.iterdir()) == ["their-sheet.csv"]


def test_json_report(cli, sheet_csv, tmp_path):
    out = tmp_path / "plan.raci.json"
    run = cli("import", sheet_csv, "-o", out, "--json")
    assert run.code == 0
    assert run.err == f"wrote {out}\n"  # standard output stays pure JSON
    data = run.json()
    assert data["ok"] is True
    assert data["output"] == str(out)
    assert set(data["report"]) >= REPORT_KEYS
    assert data["report"]["counts"]["activities"] == 3
    dry = cli("import", sheet_csv, "--dry-run", "--json")
    assert dry.json()["output"] is None


def test_json_error(cli, tmp_path):
    missing = tmp_path / "gone.xlsx"
    run = cli("import", missing, "--json")
    assert run.code == 2
    assert run.json() == {"ok": False, "error": f"{missing}: there is no such file"}


def test_a_workbook(cli, tmp_path):
    book = write_xlsx(
        tmp_path / "RACI matrix.xlsx",
        {"RACI": [["Task", "Lead", "Analyst"], ["Collect data", "A", "R"], ["Report", "R", "A"]]},
    )
    run = cli("import", book)
    assert run.code == 0
    assert run.out.startswith("Imported RACI matrix.xlsx, sheet RACI (roles as columns).")
    project = load_project(tmp_path / "RACI matrix.raci.json")
    assert [r.name for r in project.roles] == ["Lead", "Analyst"]


def test_misuse_says_what_is_wrong(cli, sheet_csv, tmp_path):
    missing = tmp_path / "gone.csv"
    assert cli("import", missing).err == f"{missing}: there is no such file\n"
    folder = cli("import", tmp_path)
    assert folder.err == f"{tmp_path}: is a folder, not a spreadsheet (.xlsx, .xlsm or .csv)\n"
    notes = tmp_path / "notes.docx"
    notes.write_text("Activity,PM\nPlan,A\n", encoding="utf-8")
    wrong = cli("import", notes)
    assert wrong.code == 2
    assert "notes.docx is not a spreadsheet RACI Studio can import" in wrong.err
    into_folder = cli("import", sheet_csv, "-o", tmp_path)
    assert into_folder.code == 2
    assert into_folder.err.startswith(f"{tmp_path}: is a folder; name the file to write")
    assert not notes.with_name("notes.raci.json").exists()


def test_a_sheet_without_a_grid_writes_nothing(cli, tmp_path):
    sheet = tmp_path / "shopping.csv"
    sheet.write_text("Item,Price\nMilk,1.20\nBread,2.10\n", encoding="utf-8")
    run = cli("import", sheet)
    assert run.code == 2
    assert "no RACI grid was found" in run.err or "RACI letters" in run.err
    assert not (tmp_path / "shopping.raci.json").exists()


def test_default_output_names():
    assert default_output("their-sheet.xlsx") == "their-sheet.raci.json"
    assert default_output("dir/Plan.XLSM") == str(Path("dir/Plan.raci.json"))
    assert default_output("a.b.csv") == "a.b.raci.json"
    assert default_output(".csv") == "imported.raci.json"
    assert default_output("notes.txt") == "notes.raci.json"
    assert default_output("notes.docx") == "notes.docx.raci.json"


def test_evidence_dry_run_changes_no_plan(cli, plan):
    card = Path(__file__).resolve().parents[1] / "fixtures" / "cards" / "toolkit.json"
    before = plan.read_bytes()
    run = cli("import", card, "--model-card", "--into", plan, "--dry-run")
    assert run.code == 0
    assert run.out.splitlines()[-1] == f"nothing was written (a dry run; {plan} would be updated)"
    assert plan.read_bytes() == before


def test_evidence_into_a_plan_that_is_not_there(cli, tmp_path):
    card = Path(__file__).resolve().parents[1] / "fixtures" / "cards" / "toolkit.json"
    missing = tmp_path / "gone.raci.json"
    run = cli("import", card, "--model-card", "--into", missing)
    assert run.code == 2
    assert run.err == f"{missing}: there is no such file\n"
    assert not missing.exists()
