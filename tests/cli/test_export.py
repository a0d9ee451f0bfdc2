"""`raci-studio export`: formats by extension, `--force`, folders and unknown formats."""

from __future__ import annotations

import csv
import zipfile

import pytest

from raci_studio.io.project.file import load_project


def test_writes_a_workbook(cli, plan, tmp_path):
    out = tmp_path / "plan.xlsx"
    run = cli("export", plan, "-o", out)
    assert run.code == 0
    assert run.out == f"wrote {out}\n"
    with zipfile.ZipFile(out) as package:
        assert "xl/workbook.xml" in package.namelist()


@pytest.mark.parametrize(
    ("name", "args", "starts"),
    [
        ("assignments.csv", (), '\ufeff"Phase ID","Phase","Activity ID"'),
        ("mrd.md", (), "# "),
        ("mrd.html", (), "<!DOCTYPE html>"),
    ],
)
def test_the_extension_chooses_the_format(cli, plan, tmp_path, name, args, starts):
    out = tmp_path / name
    assert cli("export", plan, "-o", out, *args).code == 0
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_csv_export_is_one_row_per_letter(cli, plan, tmp_path):
    out = tmp_path / "assignments.csv"
    assert cli("export", plan, "-o", out).code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    project = load_project(plan)
    assert len(rows) == sum(len(v) for a in project.activities for v in a.raci.values())
    assert {row["Letter"] for row in rows} == {"R", "A", "C", "I"}


def test_an_existing_file_is_kept_unless_forced(cli, plan, tmp_path):
    out = tmp_path / "plan.csv"
    out.write_text("mine, not to be lost\n", encoding="utf-8")
    run = cli("export", plan, "-o", out)
    assert run.code == 2
    assert run.err == f"{out}: already exists (use --force to replace it)\n"
    assert out.read_text(encoding="utf-8") == "mine, not to be lost\n"
    forced = cli("export", plan, "-o", out, "--force")
    assert forced.code == 0
    assert "Activity" in out.read_text(encoding="utf-8-sig").splitlines()[0]


def test_a_folder_as_output_is_said_to_be_one(cli, plan, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    run = cli("export", plan, "-o", folder)
    assert run.code == 2
    assert run.err == (
        f"{folder}: is a folder; name the file to write, such as {folder / 'plan.xlsx'}\n"
    )
    assert list(folder.iterdir()) == []


def test_an_unknown_extension_lists_the_formats(cli, plan, tmp_path):
    run = cli("export", plan, "-o", tmp_path / "plan.docx")
    assert run.code == 2
    assert run.err.startswith("raci-studio export: cannot write “plan.docx” (formats: ")
    for suffix in (".xlsx", ".csv", ".md", ".html"):  # the app adds the diagram's .png/.svg
        assert suffix in run.err


def test_inputs_that_are_not_project_files(cli, tmp_path):
    out = tmp_path / "plan.xlsx"
    missing = tmp_path / "gone.raci.json"
    assert cli("export", missing, "-o", out).err == f"{missing}: there is no such file\n"
    assert (
        cli("export", tmp_path, "-o", out).err == f"{tmp_path}: is a folder, not a project file\n"
    )
    broken = tmp_path / "broken.raci.json"
    broken.write_text("{", encoding="utf-8")
    run = cli("export", broken, "-o", out)
    assert run.code == 2
    assert run.err.startswith(f"{broken}, line 1")
    assert not out.exists()


def test_a_missing_output_folder_is_an_error_not_a_crash(cli, plan, tmp_path):
    out = tmp_path / "no" / "such" / "folder" / "plan.xlsx"
    run = cli("export", plan, "-o", out)
    assert run.code == 2
    assert run.err == f"{out}: cannot be written, there is no folder {out.parent}\n"
    assert not out.exists()


def test_output_is_required(cli, plan):
    run = cli("export", plan)
    assert run.code == 2
    assert "the following arguments are required: -o/--output" in run.err
