"""The grid's row layout, filter and workload counts, without a display."""

from __future__ import annotations

from raci_studio.core.model import Activity, Phase, Project, Role
from raci_studio.ui.grid_rows import (
    GridFilter,
    RowKind,
    count_letters,
    layout_rows,
    role_heat,
    workload_text,
)


def _project() -> Project:
    return Project(
        name="Rows",
        phases=[Phase(id="p1", name="Scope"), Phase(id="p2", name="Build")],
        roles=[Role(id="pm", name="PM"), Role(id="ml", name="ML lead")],
        activities=[
            Activity(id="a1", name="Write the MRD", phase="p1", raci={"pm": "A", "ml": "C"}),
            Activity(id="a2", name="Train model", phase="p2", raci={"ml": "RA"}),
        ],
    )


def test_rows_are_phases_then_activities_then_workload():
    rows = layout_rows(_project(), GridFilter())
    assert rows == [
        (RowKind.PHASE, "p1"),
        (RowKind.ACTIVITY, "a1"),
        (RowKind.PHASE, "p2"),
        (RowKind.ACTIVITY, "a2"),
        (RowKind.WORKLOAD, ""),
    ]


def test_filter_drops_empty_phases_and_collapse_hides_activities():
    by_text = layout_rows(_project(), GridFilter(text="train"))
    assert by_text == [(RowKind.PHASE, "p2"), (RowKind.ACTIVITY, "a2"), (RowKind.WORKLOAD, "")]
    by_letter = layout_rows(_project(), GridFilter(role="pm", letters="A"))
    assert [r for r in by_letter if r[0] is RowKind.ACTIVITY] == [(RowKind.ACTIVITY, "a1")]
    collapsed = layout_rows(_project(), GridFilter(collapsed={"p1"}))
    assert (RowKind.ACTIVITY, "a1") not in collapsed
    assert (RowKind.PHASE, "p1") in collapsed


def test_workload_counts_heat_and_text():
    load = count_letters(_project(), ["pm", "ml"], "RACI")
    assert load == {"pm": {"R": 0, "A": 1, "C": 0, "I": 0}, "ml": {"R": 1, "A": 1, "C": 1, "I": 0}}
    assert role_heat(load, "ml") == 1.0
    assert role_heat(load, "pm") == 0.4
    assert workload_text(load["ml"]) == "R1 A1\nC1"
    assert workload_text({"R": 0}) == "—"
