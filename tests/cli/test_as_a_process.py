"""Every command as a script or CI runs it: `python -m raci_studio COMMAND`, in a new process."""

from __future__ import annotations

import json
import zipfile

from raci_studio.io.project.file import load_project
from tests.cli.conftest import run_module


def test_check_exit_codes(plan, failing_plan, tmp_path):
    ok = run_module("check", plan)
    assert ok.code == 0
    assert ok.out.startswith(f"{plan}: OK")
    assert run_module("check", "--json", failing_plan).code == 1
    missing = run_module("check", tmp_path / "gone.raci.json")
    assert missing.code == 2
    assert "there is no such file" in missing.out


def test_fmt_new_and_schema(tmp_path):
    out = tmp_path / "plan.raci.json"
    assert run_module("new", "-t", "ml-lifecycle", "-o", out).code == 0
    assert run_module("fmt", "--check", out).code == 0
    again = run_module("new", "-t", "ml-lifecycle", "-o", out)
    assert (again.code, again.err) == (2, f"{out}: already exists (use --force to replace it)\n")
    no_template = run_module("new")
    assert no_template.code == 2
    assert "--template" in no_template.err
    schema = run_module("schema")
    assert schema.code == 0
    assert json.loads(schema.out)["title"] == "RACI Studio project file"


def test_export_with_the_diagram_formats_of_the_app(plan, tmp_path):
    book = tmp_path / "plan.xlsx"
    assert run_module("export", plan, "-o", book).code == 0
    with zipfile.ZipFile(book) as package:
        assert "xl/workbook.xml" in package.namelist()
    diagram = tmp_path / "lifecycle.svg"
    done = run_module("export", plan, "-o", diagram)
    assert done.code == 0, done.err
    assert diagram.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    kept = run_module("export", plan, "-o", diagram)
    assert kept.code == 2
    assert "already exists (use --force to replace it)" in kept.err
    assert run_module("export", plan, "-o", diagram, "--force").code == 0
    folder = run_module("export", plan, "-o", tmp_path)
    assert folder.code == 2
    assert "is a folder; name the file to write" in folder.err


def test_import_writes_next_to_the_sheet(sheet_csv):
    done = run_module("import", sheet_csv.name, cwd=sheet_csv.parent)
    assert done.code == 0, done.err
    assert done.out.splitlines()[-1] == "wrote their-sheet.raci.json"
    assert len(load_project(sheet_csv.with_name("their-sheet.raci.json")).activities) == 3


def test_help_and_version():
    done = run_module("--help")
    assert done.code == 0
    assert "export" in done.out and "import" in done.out
    assert run_module("--version").out.startswith("RACI Studio ")
    import_help = run_module("import", "--help")
    assert "--force" in import_help.out and "--dry-run" in import_help.out
