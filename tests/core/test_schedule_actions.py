"""Dates, gate decisions, activity tracking and retrospective notes: one undoable step each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from raci_studio.core.actions import raci as ra
from raci_studio.core.actions import retrospective as rt
from raci_studio.core.actions import schedule as sc
from raci_studio.core.edits import Edit, EditError
from raci_studio.core.model import Decision, GateOutcome, Project, WorkStatus
from raci_studio.core.references import check_references

Factory = Callable[[], Project]
JAN = dt.date(2026, 1, 5)
FEB = dt.date(2026, 2, 2)
MAR = dt.date(2026, 3, 2)


def round_trip(project: Project, edit: Edit | None) -> Project:
    """Apply ``edit``, check its inverse restores the project exactly, re-apply it."""
    assert edit is not None
    before = project.model_dump()
    inverse, _ = edit.apply(project)
    after = project.model_dump()
    assert after != before
    again, _ = inverse.apply(project)
    assert project.model_dump() == before
    again.apply(project)
    assert project.model_dump() == after
    assert check_references(project) == []
    return project


def test_phase_dates_set_undo_and_refuse_end_before_start(small_project: Factory) -> None:
    project = small_project()
    edit = sc.set_phase_dates(project, "data-collection", {"planned_start": JAN})
    assert edit is not None and edit.label == "Set planned start of 'Data collection'"
    round_trip(project, edit)
    both = sc.set_phase_dates(project, "data-collection", {"planned_end": MAR, "actual_start": FEB})
    assert both is not None and both.label == "Set dates of 'Data collection'"
    round_trip(project, both)
    phase = project.phases[1]
    assert (phase.planned_start, phase.planned_end, phase.actual_start) == (JAN, MAR, FEB)
    assert sc.set_phase_dates(project, "data-collection", {"planned_start": JAN}) is None
    with pytest.raises(EditError, match=r"planned end .* before its planned start"):
        sc.set_phase_dates(project, "data-collection", {"planned_end": dt.date(2025, 12, 1)})
    with pytest.raises(EditError, match="no date"):
        sc.set_phase_dates(project, "data-collection", {"deadline": JAN})
    with pytest.raises(EditError, match="no phase"):
        sc.set_phase_dates(project, "ghost", {"planned_start": JAN})


def test_gate_planned_date_and_decision(small_project: Factory) -> None:
    project = small_project()
    round_trip(project, sc.set_gate_planned_date(project, "go-no-go", FEB))
    assert sc.set_gate_planned_date(project, "go-no-go", FEB) is None
    edit = sc.decide_gate(project, "go-no-go", "deferred", MAR, "product-manager")
    assert edit is not None and edit.label == "Record 'Go / no-go' as deferred"
    round_trip(project, edit)
    gate = project.gates[0]
    assert (gate.outcome, gate.decided_on, gate.decided_by) == (
        GateOutcome.DEFERRED,
        MAR,
        "product-manager",
    )
    assert sc.decide_gate(project, "go-no-go", GateOutcome.DEFERRED, MAR, "product-manager") is None
    clear = sc.decide_gate(project, "go-no-go", None)
    assert clear is not None and clear.label == "Clear the decision of 'Go / no-go'"
    round_trip(project, clear)
    assert project.gates[0].outcome is None and project.gates[0].decided_by is None
    with pytest.raises(EditError, match="not a gate outcome"):
        sc.decide_gate(project, "go-no-go", "maybe")
    with pytest.raises(EditError, match="no role"):
        sc.decide_gate(project, "go-no-go", "passed", MAR, "ghost")


def test_activity_due_status_deliverable_on_several_rows(small_project: Factory) -> None:
    project = small_project()
    ids = ["audit-sources", "label-tickets"]
    edit = sc.set_activity_due(project, ids, MAR)
    assert edit is not None and edit.label == "Set due date of 2 activities"
    round_trip(project, edit)
    assert [a.due for a in project.activities] == [None, MAR, MAR, None]
    one = sc.set_activity_status(project, ["label-tickets"], "blocked")
    assert one is not None and one.label == "Set status of 'Label 5,000 tickets'"
    round_trip(project, one)
    assert project.activities[2].status is WorkStatus.BLOCKED
    round_trip(project, sc.set_deliverable(project, ["audit-sources"], "  Source   inventory "))
    assert project.activities[1].deliverable == "Source inventory"
    assert sc.set_activity_due(project, ids, MAR) is None
    cleared = sc.set_activity_status(project, ["label-tickets"], None)
    assert cleared is not None and cleared.label.startswith("Clear status")
    with pytest.raises(EditError, match="not an activity status"):
        sc.set_activity_status(project, ids, "late")
    with pytest.raises(EditError, match="at most 200"):
        sc.set_deliverable(project, ids, "x" * 201)


def test_removing_a_role_or_activity_unlinks_handoffs_and_gate_decisions(
    small_project: Factory,
) -> None:
    project = small_project()
    project.scoping.decision_log.append(
        Decision(
            id="hand-labelling",
            date=FEB,
            decision="Labelling moves to the ML engineers",
            activity="label-tickets",
            from_role="data-scientist",
            to_role="ml-engineer",
        )
    )
    round_trip(project, sc.decide_gate(project, "go-no-go", "passed", FEB, "data-scientist"))
    round_trip(project, ra.remove_role(project, "data-scientist"))
    decision = project.scoping.decision_log[-1]
    assert decision.from_role is None and decision.to_role == "ml-engineer"
    assert project.gates[0].decided_by is None
    round_trip(project, ra.remove_activities(project, ["label-tickets"]))
    assert project.scoping.decision_log[-1].activity is None


def test_reference_check_names_bad_handoff_and_decider(small_project: Factory) -> None:
    project = small_project()
    project.gates[0].decided_by = "ghost"
    project.scoping.decision_log.append(
        Decision(id="d", date=FEB, decision="x", activity="nope", to_role="ghost")
    )
    paths = [p.path for p in check_references(project)]
    assert "$.gates[0].decided_by" in paths
    assert any(p.endswith(".activity") for p in paths)
    assert any(p.endswith(".to_role") for p in paths)


def test_retrospective_entries(small_project: Factory) -> None:
    project = small_project()
    round_trip(project, rt.set_summary(project, "The KPI missed by 40 %."))
    assert rt.set_summary(project, "The KPI missed by 40 %.") is None
    add = rt.add_entry(
        project, "lessons", "Validate the proxy against the KPI", "Backtest shows KPI lift ≥ 5 %"
    )
    assert add.label == "Add lesson 'Validate the proxy against the KPI'"
    round_trip(project, add)
    lesson = project.retrospective.lessons[0]
    assert lesson.criterion == "Backtest shows KPI lift ≥ 5 %"
    round_trip(project, rt.add_entry(project, "findings", "Gate 2 was skipped"))
    round_trip(project, rt.edit_entry(project, "lessons", lesson.id, criterion="KPI lift ≥ 3 %"))
    assert rt.edit_entry(project, "lessons", lesson.id, text=lesson.text) is None
    round_trip(project, rt.remove_entries(project, "findings", ["gate-2-was-skipped"]))
    with pytest.raises(EditError, match="only a lesson"):
        rt.add_entry(project, "findings", "x", "criterion")
    with pytest.raises(EditError, match="needs some text"):
        rt.add_entry(project, "contributing_factors", "   ")
    with pytest.raises(EditError, match="no list"):
        rt.add_entry(project, "wishes", "x")


@pytest.mark.parametrize(
    ("field", "text", "value"),
    [
        ("due", "2026-03-02", MAR),
        ("due", " 2026-03-02T00:00:00 ", MAR),
        ("due", "", None),
        ("status", "In progress", WorkStatus.IN_PROGRESS),
        ("status", "in_progress", WorkStatus.IN_PROGRESS),
        ("status", "COMPLETED", WorkStatus.DONE),
        ("status", " ", None),
        ("deliverable", "  Model   card ", "Model card"),
    ],
)
def test_tracking_text_is_read(field: str, text: str, value: object) -> None:
    assert sc.parse_tracking(field, text) == value


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("due", "next week", "'next week' is not a date (write it as YYYY-MM-DD)"),
        ("status", "maybe", "'maybe' is not a status (use not started, in progress"),
        ("owner", "x", "no tracking field 'owner'"),
    ],
)
def test_unreadable_tracking_text_says_what_is_wrong(field: str, text: str, words: str) -> None:
    with pytest.raises(EditError, match=words.replace("(", r"\(").replace(")", r"\)")):
        sc.parse_tracking(field, text)


def test_fill_tracking_sets_several_fields_of_several_activities_as_one_step(
    small_project: Factory,
) -> None:
    project = small_project()
    values = [
        ("audit-sources", "due", FEB),
        ("audit-sources", "status", "blocked"),
        ("watch-drift", "deliverable", "Drift dashboard"),
        ("define-kpis", "status", None),  # already unset: no change
    ]
    edit = sc.fill_tracking(project, values, "Paste 4 cells")
    assert edit is not None and edit.label == "Paste 4 cells"
    round_trip(project, edit)
    audit = project.activities[1]
    assert (audit.due, audit.status) == (FEB, WorkStatus.BLOCKED)
    assert project.activities[3].deliverable == "Drift dashboard"
    assert sc.fill_tracking(project, values) is None  # nothing left to change
    with pytest.raises(EditError, match="at most 200 characters"):
        sc.fill_tracking(project, [("audit-sources", "deliverable", "x" * 201)])


def test_clear_tracking_and_together(small_project: Factory) -> None:
    project = small_project()
    sc.fill_tracking(project, [("audit-sources", "due", FEB)]).apply(project)  # type: ignore[union-attr]
    assert sc.clear_tracking(project, [("define-kpis", "due")]) is None
    letters = ra.clear_cells(project, [("audit-sources", "data-scientist")])
    both = sc.together([letters, sc.clear_tracking(project, [("audit-sources", "due")])], "Clear")
    round_trip(project, both)
    assert project.activities[1].due is None
    assert "data-scientist" not in project.activities[1].raci
    assert sc.together([None, letters], "Clear") is letters
    assert sc.together([None], "Clear") is None
