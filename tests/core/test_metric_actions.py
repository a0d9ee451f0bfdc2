"""Tests of the metric and measurement builders: labels, validation, exact round trips."""

from __future__ import annotations

import datetime as dt

import pytest

from raci_studio.core.actions import metrics as ma
from raci_studio.core.edits import Edit, EditError
from raci_studio.core.model import Measurement, MetricCategory, Project
from tests.core.conftest import build_small_project

D = dt.date


def round_trip(edit: Edit | None, project: Project) -> Project:
    """Apply ``edit``, undo it, redo it; the project must match at each step."""
    assert edit is not None
    before = project.model_dump_json()
    inverse, _ = edit.apply(project)
    after = project.model_dump_json()
    assert after != before
    redo, _ = inverse.apply(project)
    assert project.model_dump_json() == before
    redo.apply(project)
    assert project.model_dump_json() == after
    return project


def test_add_metric_makes_a_unique_slug_and_round_trips():
    p = build_small_project()
    edit = ma.add_metric(p, "  Intent   accuracy ", MetricCategory.MODEL, unit="%")
    assert edit.item.id == "intent-accuracy-2"
    assert edit.item.name == "Intent accuracy"
    assert edit.label == "Add metric 'Intent accuracy'"
    round_trip(edit, p)
    assert p.metrics[-1].unit == "%"


def test_add_metric_refuses_empty_names_bad_numbers_and_bad_proxies():
    p = build_small_project()
    with pytest.raises(EditError, match="needs a name"):
        ma.add_metric(p, "   ")
    with pytest.raises(EditError, match="finite"):
        ma.add_metric(p, "Recall", target=float("nan"))
    with pytest.raises(EditError, match="not a business KPI"):
        ma.add_metric(p, "Recall", proxies="p95-latency")
    with pytest.raises(EditError, match="no metric 'ghost'"):
        ma.add_metric(p, "Recall", proxies="ghost")


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"target": 0.95}, "Set target of 'Intent accuracy' to 0.95"),
        ({"threshold": None}, "Clear threshold of 'Intent accuracy'"),
        ({"name": "Top-1 accuracy"}, "Rename metric to 'Top-1 accuracy'"),
        ({"direction": "lower"}, "Make 'Intent accuracy' lower is better"),
        ({"category": "operational"}, "Make 'Intent accuracy' operational"),
        ({"proxies": None}, "Unlink 'Intent accuracy' from its KPI"),
        ({"unit": "%"}, "Set unit of 'Intent accuracy' to '%'"),
        ({"description": "Top-1"}, "Edit description of 'Intent accuracy'"),
        ({"target": 0.95, "unit": "%"}, "Edit metric 'Intent accuracy'"),
    ],
)
def test_edit_metric_labels_read_well_and_round_trip(fields, label):
    p = build_small_project()
    edit = ma.edit_metric(p, "intent-accuracy", fields)
    assert edit is not None
    assert edit.label == label
    round_trip(edit, p)


def test_edit_metric_links_a_kpi_and_refuses_nonsense():
    p = build_small_project()
    edit = ma.edit_metric(p, "p95-latency", {"proxies": "tier1-tickets"})
    assert edit is not None
    assert edit.label == "Link 'p95 latency' to KPI 'Tier-1 tickets per month'"
    assert ma.edit_metric(p, "intent-accuracy", {"target": 0.9}) is None  # unchanged
    with pytest.raises(EditError, match="itself"):
        ma.edit_metric(p, "tier1-tickets", {"proxies": "tier1-tickets"})
    with pytest.raises(EditError, match="no field"):
        ma.edit_metric(p, "tier1-tickets", {"colour": "red"})
    with pytest.raises(EditError, match="finite"):
        ma.edit_metric(p, "tier1-tickets", {"target": float("inf")})
    with pytest.raises(EditError, match="needs a name"):
        ma.edit_metric(p, "tier1-tickets", {"name": " "})
    with pytest.raises(EditError, match="no metric"):
        ma.edit_metric(p, "ghost", {"target": 1.0})


def test_remove_metric_unbinds_criteria_and_round_trips():
    p = build_small_project()
    edit = ma.remove_metric(p, "intent-accuracy")
    assert edit.label == "Delete metric 'Intent accuracy'"
    round_trip(edit, p)
    assert p.gates[0].criteria[0].metric is None
    assert "intent-accuracy" not in [m.id for m in p.metrics]


def test_add_measurement_goes_to_its_place_in_date_order():
    p = build_small_project()
    edit = ma.add_measurement(p, "tier1-tickets", D(2026, 3, 15), 11500, note="mid-month")
    assert edit.label == "Add measurement to 'Tier-1 tickets per month'"
    round_trip(edit, p)
    dates = [m.date for m in p.metrics[0].measurements]
    assert dates == [D(2026, 3, 1), D(2026, 3, 15), D(2026, 4, 1)]
    with pytest.raises(EditError, match="finite"):
        ma.add_measurement(p, "tier1-tickets", D(2026, 5, 1), float("nan"))


def test_edit_measurement_value_and_date_move_it_in_one_step():
    p = build_small_project()
    edit = ma.edit_measurement(p, "tier1-tickets", 0, {"value": 11700})
    assert edit is not None
    assert edit.label == "Set 'Tier-1 tickets per month' on 2026-03-01 to 11,700 tickets"
    round_trip(edit, p)
    move = ma.edit_measurement(p, "tier1-tickets", 0, {"date": D(2026, 5, 1)})
    assert move is not None
    assert move.label.startswith("Move measurement of 'Tier-1 tickets per month' from 2026-03-01")
    round_trip(move, p)
    assert [m.value for m in p.metrics[0].measurements] == [11100, 11700]
    assert ma.edit_measurement(p, "tier1-tickets", 0, {"value": 11100}) is None
    with pytest.raises(EditError, match="no measurement 9"):
        ma.edit_measurement(p, "tier1-tickets", 8, {"value": 1.0})
    with pytest.raises(EditError, match="finite"):
        ma.edit_measurement(p, "tier1-tickets", 0, {"value": float("inf")})


def test_remove_measurements_in_one_step():
    p = build_small_project()
    one = ma.remove_measurements(p, "tier1-tickets", [1])
    assert one.label == "Delete measurement of 'Tier-1 tickets per month' on 2026-04-01"
    both = ma.remove_measurements(p, "tier1-tickets", [0, 1])
    assert both.label == "Delete 2 measurements of 'Tier-1 tickets per month'"
    round_trip(both, p)
    assert p.metrics[0].measurements == []
    with pytest.raises(EditError):
        ma.remove_measurements(p, "tier1-tickets", [])


def test_paste_merges_in_date_order_and_replaces_same_dates():
    p = build_small_project()
    rows = [
        Measurement(date=D(2026, 5, 1), value=10900),
        Measurement(date=D(2026, 3, 1), value=11800),  # the same as recorded: unchanged
        Measurement(date=D(2026, 4, 1), value=11000, note="revised"),
        Measurement(date=D(2026, 2, 1), value=12100),
        Measurement(date=D(2026, 2, 1), value=12050),  # repeats the row above: later wins
    ]
    plan = ma.paste_measurements(p, "tier1-tickets", rows)
    assert (plan.added, plan.replaced, plan.unchanged, plan.repeated) == (2, 1, 1, 1)
    assert plan.metrics == ("tier1-tickets",)
    assert plan.edit is not None
    assert plan.edit.label == "Paste 5 measurements into 'Tier-1 tickets per month'"
    assert "2 added" in plan.summary()
    round_trip(plan.edit, p)
    got = [(m.date, m.value, m.note) for m in p.metrics[0].measurements]
    assert got == [
        (D(2026, 2, 1), 12050, ""),
        (D(2026, 3, 1), 11800, ""),
        (D(2026, 4, 1), 11000, "revised"),
        (D(2026, 5, 1), 10900, ""),
    ]


def test_merge_across_metrics_is_one_undo_step_and_nothing_when_all_known():
    p = build_small_project()
    rows = [
        ("intent-accuracy", Measurement(date=D(2026, 4, 1), value=0.88)),
        ("p95-latency", Measurement(date=D(2026, 4, 1), value=320)),
    ]
    plan = ma.merge_measurements(p, rows, ma.import_label(2, "results.csv"))
    assert plan.edit is not None
    assert plan.edit.label == "Import 2 measurements from results.csv"
    round_trip(plan.edit, p)
    again = ma.merge_measurements(p, rows, "again")
    assert again.edit is None
    assert again.unchanged == 2
    with pytest.raises(EditError, match="no metric"):
        ma.merge_measurements(p, [("ghost", rows[0][1])], "x")


def test_merge_without_replacing_keeps_every_row():
    p = build_small_project()
    rows = [("tier1-tickets", Measurement(date=D(2026, 3, 1), value=11700))] * 2
    plan = ma.merge_measurements(p, rows, "x", replace_same_date=False)
    assert plan.added == 2
    assert plan.edit is not None
    plan.edit.apply(p)
    assert [m.value for m in p.metrics[0].measurements] == [11800, 11700, 11700, 11100]
