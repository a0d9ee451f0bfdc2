"""The CSV export: the long form, UTF-8 with a BOM, formula-like fields defused."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from raci_studio.core.model import Project
from raci_studio.io.workbook.common import ExportError
from raci_studio.io.workbook.csv_export import export_csv


def read(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_long_form_one_row_per_letter_in_grid_order(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    path = tmp_path / "plan.csv"
    report = export_csv(small_project(), path)
    rows = read(path)
    assert rows[0] == ["Phase ID", "Phase", "Activity ID", "Activity", "Role ID", "Role", "Letter"]
    assert rows[1:4] == [
        ["business-understanding", "Business understanding", "define-kpis",
         "Define success KPIs", "product-manager", "Product Manager", "A"],
        ["business-understanding", "Business understanding", "define-kpis",
         "Define success KPIs", "product-manager", "Product Manager", "R"],
        ["business-understanding", "Business understanding", "define-kpis",
         "Define success KPIs", "data-scientist", "Data Scientist", "C"],
    ]  # fmt: skip
    assert [r[2] for r in rows[1:]] == (
        ["define-kpis"] * 3 + ["audit-sources"] * 3 + ["label-tickets"] * 2 + ["watch-drift"] * 3
    )
    assert report.rows == 11 and report.warnings == []


def test_every_field_quoted_and_lines_end_with_crlf(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    path = tmp_path / "plan.csv"
    export_csv(small_project(), path)
    first = path.read_bytes()[3:].split(b"\r\n")[0]
    assert first == b'"Phase ID","Phase","Activity ID","Activity","Role ID","Role","Letter"'


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","x")', '\'=HYPERLINK("http://x","x")'),
        ("+41 call", "'+41 call"),
        ("-3", "'-3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Audit = review", "Audit = review"),
        ('Prüfung, "Datenschutz" 数据', 'Prüfung, "Datenschutz" 数据'),
    ],
)
def test_formula_like_fields_get_a_leading_quote(
    small_project: Callable[[], Project], tmp_path: Path, name: str, written: str
) -> None:
    project = small_project()
    project.activities[0].name = name
    project.roles[0].name = name
    path = tmp_path / "plan.csv"
    export_csv(project, path)
    row = read(path)[1]
    assert row[3] == written
    assert row[5] == written


def test_unknown_role_is_left_out_with_a_warning(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    project.activities[0].raci["ghost"] = "R"
    path = tmp_path / "plan.csv"
    report = export_csv(project, path)
    assert "ghost" not in path.read_text("utf-8-sig")
    assert report.warnings == [
        '"Define success KPIs" assigns R to "ghost", which is not a role of this project; left out'
    ]


def test_empty_project_writes_the_header(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    report = export_csv(Project(name="Empty"), path)
    assert read(path) == [
        ["Phase ID", "Phase", "Activity ID", "Activity", "Role ID", "Role", "Letter"]
    ]
    assert report.rows == 0


def test_unwritable_target_is_a_clear_error(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match=r"Cannot write .*plan\.csv: no such file"):
        export_csv(small_project(), tmp_path / "missing" / "plan.csv")
