"""Dates, decisions, tracking columns and the retrospective survive the workbook both ways."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from raci_studio.core.model import (
    Decision,
    GateOutcome,
    Lesson,
    Note,
    Project,
    WorkStatus,
)
from raci_studio.io.workbook.export import export_xlsx
from raci_studio.io.workbook.own import OwnWorkbookError, project_from_own_workbook

D = dt.date


def tracked(project: Project) -> Project:
    """Fill every field added for dates, handoffs, templates and the retrospective."""
    data, _collection, monitoring = project.phases
    data.planned_start, data.planned_end = D(2026, 1, 5), D(2026, 2, 27)
    data.actual_start, data.actual_end = D(2026, 1, 12), D(2026, 4, 3)
    monitoring.planned_start = D(2026, 5, 1)
    gate = project.gates[0]
    gate.planned_date, gate.decided_on = D(2026, 1, 9), D(2026, 1, 16)
    gate.outcome, gate.decided_by = GateOutcome.PASSED, "product-manager"
    gate.criteria[1].mandatory = True
    audit, label = project.activities[1], project.activities[2]
    audit.due, audit.status, audit.deliverable = D(2026, 2, 1), WorkStatus.DONE, "Source list"
    label.status = WorkStatus.BLOCKED
    project.scoping.decision_log.append(
        Decision(
            id="labelling-moves",
            date=D(2026, 3, 2),
            decision="Labelling moves to the ML engineers",
            activity="label-tickets",
            from_role="data-scientist",
            to_role="ml-engineer",
        )
    )
    project.scoping.mandatory_sections = ["problem-statement", "go-no-go"]
    retro = project.retrospective
    retro.summary = "The KPI missed its target by 40 %."
    retro.findings.append(Note(id="proxy-met", text="The proxy met its target; the KPI did not."))
    retro.contributing_factors.append(Note(id="late-data", text="Data arrived five weeks late."))
    retro.lessons.append(
        Lesson(id="backtest", text="Backtest the KPI", criterion="KPI backtest lift ≥ 5 %")
    )
    return project


def export(project: Project, path: Path) -> Path:
    report = export_xlsx(project, path, today=D(2026, 3, 1))
    assert report.warnings == []
    return path


def read_back(path: Path) -> Project:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return project_from_own_workbook(wb)
    finally:
        wb.close()


def edit(path: Path, change: Callable[[Any], None]) -> None:
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)


def test_every_new_field_round_trips(small_project: Callable[[], Project], tmp_path: Path) -> None:
    project = tracked(small_project())
    assert read_back(export(project, tmp_path / "plan.xlsx")) == project


def test_grid_shows_due_status_and_deliverable_with_a_status_dropdown(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    path = export(tracked(small_project()), tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(path)["RACI"]
    assert [ws.cell(9, c).value for c in range(9, 12)] == ["Due", "Status", "Deliverable"]
    assert ws["I13"].value == dt.datetime(2026, 2, 1)
    assert (ws["J13"].value, ws["K13"].value, ws["J14"].value) == ("Done", "Source list", "Blocked")
    assert ws.auto_filter.ref == "B9:K16"
    lists = [v.formula1 for v in ws.data_validations.dataValidation]
    assert '"Not started,In progress,Done,Blocked"' in lists


def test_status_and_due_typed_by_a_recipient_are_read(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    path = export(small_project(), tmp_path / "plan.xlsx")

    def change(wb: Any) -> None:
        ws = wb["RACI"]
        ws["J11"] = "in progress"
        ws["I16"] = "2026-06-30"
        ws["K16"] = "  Drift   dashboard "

    edit(path, change)
    project = read_back(path)
    assert project.activities[0].status is WorkStatus.IN_PROGRESS
    assert project.activities[3].due == D(2026, 6, 30)
    assert project.activities[3].deliverable == "Drift dashboard"


@pytest.mark.parametrize(
    ("cell", "value", "message"),
    [
        ("J13", "Late", r'^RACI!J13: "Late" is not a status; use Not started, In progress, Done'),
        ("I13", "soon", r'^RACI!I13: Due must be a date \(YYYY-MM-DD\), not "soon"'),
    ],
)
def test_bad_tracking_values_are_refused_naming_the_cell(
    small_project: Callable[[], Project], tmp_path: Path, cell: str, value: str, message: str
) -> None:
    path = export(small_project(), tmp_path / "plan.xlsx")
    edit(path, lambda wb: wb["RACI"].__setitem__(cell, value))
    with pytest.raises(OwnWorkbookError, match=message):
        read_back(path)


def test_a_bad_gate_outcome_names_its_cell(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    path = export(tracked(small_project()), tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(path)["Lifecycle"]
    header = next(r for r in range(1, 30) if ws.cell(r, 1).value == "Gates") + 1
    col = next(c for c in range(1, 15) if ws.cell(header, c).value == "Outcome")
    address = f"{openpyxl.utils.get_column_letter(col)}{header + 1}"
    edit(path, lambda wb: wb["Lifecycle"].__setitem__(address, "Waved through"))
    with pytest.raises(OwnWorkbookError, match=rf'^Lifecycle!{address}: "Waved through"'):
        read_back(path)


def test_workbook_without_the_new_columns_and_blocks_still_reads(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    """A workbook exported before dates existed (or trimmed by a recipient) reads back."""
    project = small_project()
    path = export(project, tmp_path / "plan.xlsx")

    def trim(wb: Any) -> None:
        wb["RACI"].delete_cols(9, 3)
        scoping = wb["Scoping"]
        first = next(
            r for r in range(1, scoping.max_row + 1) if scoping.cell(r, 1).value == "Retrospective"
        )
        scoping.delete_rows(first - 1, scoping.max_row)
        lifecycle = wb["Lifecycle"]  # tables share its columns: blank the date columns out
        header = next(r for r in range(1, 20) if lifecycle.cell(r, 2).value == "Phase")
        for r in range(header, header + 4):
            for c in range(5, 9):
                lifecycle.cell(r, c).value = None

    edit(path, trim)
    assert read_back(path) == project


def test_a_role_called_check_or_description_round_trips(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    project.roles[1].name = "Check"
    project.roles[2].name = "Description"
    assert read_back(export(project, tmp_path / "plan.xlsx")) == project
