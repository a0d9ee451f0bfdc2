"""``raci-studio audit``: files and folders in, a workbook, web page or Markdown out."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from raci_studio import cli
from raci_studio.io.project.portfolio import find_project_files, labels_for, load_portfolio

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_audit_writes_a_workbook(tmp_path: Path) -> None:
    out = tmp_path / "audit.xlsx"
    assert cli.main(["audit", str(SAMPLES), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Projects", "What separates", "People"]
    projects = wb["Projects"]
    assert projects["A1"].value == "5 projects: 1 succeeded, 2 failed, 2 in progress."
    names = [projects.cell(r, 1).value for r in range(4, 9)]
    assert "Invoice fraud screening" in names
    people = wb["People"]
    assert people["A2"].value == "Priya Natarajan"
    assert people.conditional_formatting  # the heat map's colour scale


def test_audit_writes_html_and_markdown(tmp_path: Path) -> None:
    html = tmp_path / "audit.html"
    md = tmp_path / "audit.md"
    assert cli.main(["audit", str(SAMPLES), "-o", str(html)]) == 0
    assert cli.main(["audit", *map(str, sorted(SAMPLES.glob("*.json"))), "-o", str(md)]) == 0
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="heat"' in page
    assert "background:#d6601a" in page  # the most loaded cell is the deepest colour
    text = md.read_text(encoding="utf-8")
    assert "## What separates success from failure" in text
    assert "| 2 of 2 failed | a model metric looked healthy while the KPI missed |" in text


def test_audit_prints_without_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["audit", str(SAMPLES / "invoice-fraud-screening.raci.json")]) == 0
    assert capsys.readouterr().out.startswith("# Portfolio audit\n\n1 project: 1 succeeded")


def test_unreadable_files_are_left_out_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SAMPLES / "churn-prediction.raci.json", tmp_path / "good.raci.json")
    (tmp_path / "broken.raci.json").write_text("{ not json", encoding="utf-8")
    out = tmp_path / "audit.md"
    assert cli.main(["audit", str(tmp_path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "left out:" in err and "broken.raci.json" in err
    assert "Customer churn prediction" in out.read_text(encoding="utf-8")


def test_nothing_readable_or_a_bad_suffix_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["audit", str(tmp_path)]) == 2
    assert "no project file could be read" in capsys.readouterr().err
    assert cli.main(["audit", str(SAMPLES), "-o", str(tmp_path / "audit.pdf")]) == 2
    assert 'cannot write an audit as ".pdf"' in capsys.readouterr().err


def test_folders_are_searched_and_labels_stay_unique(tmp_path: Path) -> None:
    for folder in ("a", "b", ".hidden"):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLES / "churn-prediction.raci.json", tmp_path / folder / "plan.raci.json")
    found = find_project_files([tmp_path])
    assert [p.parent.name for p in found] == ["a", "b"]
    assert labels_for(found) == ["a/plan", "b/plan"]
    assert len(load_portfolio([tmp_path, found[0]]).projects) == 2  # named twice, loaded once
