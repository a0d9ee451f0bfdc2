"""Scoping actions: each builds one step that applies, reads well, and undoes exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from raci_studio.core.actions import scoping as sa
from raci_studio.core.edits import Edit, EditError
from raci_studio.core.model import ConstraintKind, Level, Project
from raci_studio.core.references import check_references

Factory = Callable[[], Project]
DAY = dt.date(2026, 6, 1)


def round_trip(project: Project, edit: Edit | None) -> Project:
    """Apply ``edit``, check its inverse restores the project, re-apply it, return the result."""
    assert edit is not None
    before = project.model_dump()
    inverse, change = edit.apply(project)
    assert change.concerns("scoping") or change.concerns("metrics")
    after = project.model_dump()
    assert after != before
    again, _ = inverse.apply(project)
    assert project.model_dump() == before
    again.apply(project)
    assert project.model_dump() == after
    assert check_references(project) == []
    return project


# -- text -----------------------------------------------------------------------------------


def test_set_text_is_one_step_and_none_when_unchanged(small_project: Factory) -> None:
    project = small_project()
    edit = sa.set_text(project, "problem_statement", "Agents drown in repetitive tickets.")
    assert edit is not None and edit.label == "Edit problem statement"
    round_trip(project, edit)
    assert project.scoping.problem_statement == "Agents drown in repetitive tickets."
    assert sa.set_text(project, "problem_statement", project.scoping.problem_statement) is None
    with pytest.raises(EditError):
        sa.set_text(project, "risks", "x")


def test_model_card_fields(small_project: Factory) -> None:
    project = small_project()
    for field in sa.MODEL_CARD_FIELDS:
        round_trip(project, sa.set_model_card_text(project, field, f"About {field}\nline two"))
    assert project.scoping.model_card.caveats_and_recommendations.startswith("About caveats")
    assert sa.set_model_card_text(project, "intended_use", "About intended_use\nline two") is None
    edit = sa.set_model_card_text(project, "training_data", "Tickets")
    assert edit is not None and edit.label == "Edit model card: training data"
    round_trip(project, sa.clear_model_card(project))
    assert project.scoping.model_card.model_details == ""
    assert sa.clear_model_card(project) is None
    with pytest.raises(EditError):
        sa.set_model_card_text(project, "version", "1")


# -- rows -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(sa.SECTIONS))
def test_add_edit_move_remove_rows_in_every_table(small_project: Factory, name: str) -> None:
    project = small_project()
    spec = sa.SECTIONS[name]
    add = sa.add_row(project, name, today=DAY)
    assert add.label == f"Add {spec.noun} '{spec.default_title}'"
    round_trip(project, add)
    new_id = add.item.id
    assert sa.rows(project, name)[-1].id == new_id
    edit = sa.edit_row(project, name, new_id, {spec.title_field: "Renamed | with pipes"})
    assert edit is not None and edit.label == f"Edit {spec.noun} 'Renamed | with pipes'"
    round_trip(project, edit)
    round_trip(project, sa.move_row(project, name, new_id, 0))
    assert sa.rows(project, name)[0].id == new_id
    assert sa.move_row(project, name, new_id, 0) is None
    round_trip(project, sa.remove_rows(project, name, [new_id]))
    assert new_id not in [r.id for r in sa.rows(project, name)]


def test_new_ids_are_slugs_unique_in_their_table(small_project: Factory) -> None:
    project = small_project()
    first = sa.add_row(project, "risks", {"description": "Noisy labels everywhere in the data set"})
    assert first.item.id == "noisy-labels-everywhere-in-the-data"
    first.apply(project)
    second = sa.add_row(project, "risks", {"description": "Noisy labels everywhere in the data"})
    assert second.item.id == "noisy-labels-everywhere-in-the-data-2"


def test_add_row_at_an_index_with_fields(small_project: Factory) -> None:
    project = small_project()
    edit = sa.add_row(
        project,
        "risks",
        {
            "description": "<script>",
            "likelihood": "high",
            "impact": Level.LOW,
            "owner": "ml-engineer",
        },
        index=0,
    )
    round_trip(project, edit)
    risk = project.scoping.risks[0]
    assert (risk.description, risk.likelihood, risk.impact) == ("<script>", Level.HIGH, Level.LOW)


def test_bad_values_are_refused_in_words(small_project: Factory) -> None:
    project = small_project()
    with pytest.raises(EditError, match="new risk: likelihood"):
        sa.add_row(project, "risks", {"likelihood": "huge"})
    with pytest.raises(EditError, match="no table"):
        sa.add_row(project, "people")
    edit = sa.edit_row(project, "risks", "label-noise", {"impact": "enormous"})
    assert edit is not None
    with pytest.raises(EditError, match="impact"):
        edit.apply(project)
    with pytest.raises(EditError, match="no risk 'ghost'"):
        sa.edit_row(project, "risks", "ghost", {"impact": "low"})


def test_edit_row_labels_name_the_field(small_project: Factory) -> None:
    project = small_project()
    edit = sa.edit_row(project, "risks", "label-noise", {"likelihood": "high"})
    assert edit is not None and edit.label == "Change likelihood of risk 'Noisy labels'"
    round_trip(project, edit)
    assert sa.edit_row(project, "risks", "label-noise", {"likelihood": Level.HIGH}) is None
    edit = sa.edit_row(project, "constraints", "p95", {"kind": ConstraintKind.COST, "text": "x"})
    assert edit is not None and edit.label == "Edit constraint 'x'"


def test_remove_several_rows_is_one_step(small_project: Factory) -> None:
    project = small_project()
    sa.add_row(project, "assumptions", {"text": "Volume is stable"}).apply(project)
    ids = [r.id for r in project.scoping.assumptions]
    edit = sa.remove_rows(project, "assumptions", ids)
    assert edit is not None and edit.label == "Delete 2 assumptions"
    round_trip(project, edit)
    assert project.scoping.assumptions == []
    assert sa.remove_rows(project, "assumptions", []) is None


def test_reorder_rows(small_project: Factory) -> None:
    project = small_project()
    sa.add_row(project, "data_requirements", {"dataset": "Chat logs"}).apply(project)
    ids = [r.id for r in project.scoping.data_requirements]
    assert sa.reorder_rows(project, "data_requirements", ids) is None
    edit = sa.reorder_rows(project, "data_requirements", ids[::-1])
    assert edit is not None and edit.label == "Reorder data requirements"
    round_trip(project, edit)
    assert [r.id for r in project.scoping.data_requirements] == ids[::-1]


def test_long_titles_are_cut_in_labels() -> None:
    assert sa.short("x" * 60) == "x" * 39 + "…"
    assert sa.short("first line\nsecond") == "first line"


# -- go/no-go -------------------------------------------------------------------------------


def test_check_and_uncheck_a_manual_criterion(small_project: Factory) -> None:
    project = small_project()
    add = sa.add_manual_criterion(project, "Budget approved")
    round_trip(project, add)
    ident = add.item.id
    check = sa.check_criterion(project, ident, on=DAY, by="product-manager")
    assert check is not None and check.label == "Check 'Budget approved'"
    round_trip(project, check)
    criterion = project.scoping.go_no_go[-1]
    assert (criterion.checked, criterion.checked_on, criterion.checked_by) == (
        True,
        DAY,
        "product-manager",
    )
    assert sa.check_criterion(project, ident, on=DAY) is None  # keeps who checked it
    uncheck = sa.check_criterion(project, ident, checked=False)
    round_trip(project, uncheck)
    assert not criterion.checked and criterion.checked_on is None and criterion.checked_by is None
    with pytest.raises(EditError, match="no role"):
        sa.check_criterion(project, ident, by="ghost")


def test_a_bound_criterion_cannot_be_ticked(small_project: Factory) -> None:
    project = small_project()
    with pytest.raises(EditError, match="evaluated from its metric"):
        sa.check_criterion(project, "kpi-on-track")


def test_bind_and_unbind_a_criterion(small_project: Factory) -> None:
    project = small_project()
    add = sa.add_manual_criterion(project, "Accurate enough")
    add.apply(project)
    sa.check_criterion(project, add.item.id, on=DAY).apply(project)
    bind = sa.bind_criterion(project, add.item.id, "intent-accuracy", ">=", 0.8)
    assert bind is not None and bind.label == "Bind 'Accurate enough' to Intent accuracy"
    round_trip(project, bind)
    criterion = project.scoping.go_no_go[-1]
    assert (criterion.metric, criterion.op, criterion.value, criterion.checked) == (
        "intent-accuracy",
        ">=",
        0.8,
        False,
    )
    round_trip(project, sa.make_manual(project, criterion.id))
    assert criterion.metric is None and criterion.value is None
    assert sa.make_manual(project, criterion.id) is None
    with pytest.raises(EditError, match="no metric"):
        sa.bind_criterion(project, criterion.id, "ghost")


def test_add_metric_criterion(small_project: Factory) -> None:
    project = small_project()
    edit = sa.add_metric_criterion(project, "Fast", "p95-latency", "<=", 300)
    round_trip(project, edit)
    assert project.scoping.go_no_go[-1].metric == "p95-latency"
    with pytest.raises(EditError):
        sa.add_metric_criterion(project, "Fast", "ghost")


# -- decisions and metrics ------------------------------------------------------------------


def test_add_decision(small_project: Factory) -> None:
    project = small_project()
    edit = sa.add_decision(project, "Go at the gate.", on=DAY, by="product-manager", rationale="")
    assert edit.label == "Add decision 'Go at the gate.'"
    round_trip(project, edit)
    decision = project.scoping.decision_log[-1]
    assert (decision.date, decision.by, decision.id) == (DAY, "product-manager", "go-at-the-gate")
    with pytest.raises(EditError):
        sa.add_decision(project, "x", by="ghost")


def test_set_metric_values_and_proxy(small_project: Factory) -> None:
    project = small_project()
    edit = sa.set_metric_value(project, "intent-accuracy", "target", 0.92)
    assert edit is not None and edit.label == "Set target of Intent accuracy"
    round_trip(project, edit)
    assert sa.set_metric_value(project, "intent-accuracy", "target", 0.92) is None
    round_trip(project, sa.set_metric_value(project, "intent-accuracy", "threshold", None))
    with pytest.raises(EditError):
        sa.set_metric_value(project, "intent-accuracy", "name", 1)
    round_trip(project, sa.link_proxy(project, "intent-accuracy", None))
    link = sa.link_proxy(project, "intent-accuracy", "tier1-tickets")
    assert link is not None and link.label == "Link Intent accuracy to Tier-1 tickets per month"
    round_trip(project, link)
    with pytest.raises(EditError, match="not a business KPI"):
        sa.link_proxy(project, "intent-accuracy", "p95-latency")
