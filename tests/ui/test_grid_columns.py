"""The grid's column layout and its row order and filter, without a window."""

from __future__ import annotations

import datetime as dt

import pytest

from raci_studio.core.model import WorkStatus
from raci_studio.ui.grid_columns import ColumnKind, GridColumns
from raci_studio.ui.grid_rows import (
    NO_STATUS,
    DueFilter,
    GridFilter,
    GridSort,
    RowKind,
    layout_rows,
    sorted_ids,
)
from tests.core.conftest import build_small_project

ROLES = ("pm", "ds", "mle")


def test_columns_without_fields_keep_roles_right_of_the_name():
    columns = GridColumns.build(ROLES, [])
    assert [columns.kind(c) for c in range(columns.count)] == [
        ColumnKind.NAME,
        ColumnKind.ROLE,
        ColumnKind.ROLE,
        ColumnKind.ROLE,
        ColumnKind.SUMMARY,
    ]
    assert columns.role_at(1) == "pm" and columns.column_for_role("mle") == 3
    assert columns.field_at(1) is None and columns.column_for_field("due") is None


def test_shown_fields_sit_between_the_name_and_the_roles_in_a_fixed_order():
    columns = GridColumns.build(ROLES, ["deliverable", "due"])
    assert columns.fields == ("due", "deliverable")
    assert columns.first_role == 3 and columns.summary == 6 and columns.count == 7
    assert columns.field_at(2) == "deliverable" and columns.column_for_field("due") == 1
    assert columns.role_at(2) is None and columns.role_at(3) == "pm"
    assert columns.role_at(6) is None and columns.column_for_role("nobody") is None
    assert [columns.sort_key_at(c) for c in range(columns.count)] == [
        "name",
        "due",
        "deliverable",
        "role:pm",
        "role:ds",
        "role:mle",
        None,
    ]
    assert columns.column_for_sort_key("role:ds") == 4
    assert columns.column_for_sort_key("status") is None


@pytest.fixture
def tracked():
    project = build_small_project()
    define, audit, label, drift = project.activities
    define.due, define.status = dt.date(2026, 1, 30), WorkStatus.DONE
    audit.due, audit.deliverable = dt.date(2026, 3, 15), "Data inventory"
    label.due, label.status = dt.date(2026, 2, 20), WorkStatus.BLOCKED
    drift.status = WorkStatus.IN_PROGRESS
    return project


def ids(rows):
    return [i for k, i in rows if k is RowKind.ACTIVITY]


def test_sorting_keeps_phase_groups_and_puts_missing_values_last(tracked):
    rows = layout_rows(tracked, GridFilter(), GridSort("due", descending=True))
    assert [k for k, _ in rows] == [k for k, _ in layout_rows(tracked, GridFilter())]
    assert ids(rows) == ["define-kpis", "audit-sources", "label-tickets", "watch-drift"]
    both = tracked.activities[1:3]
    assert sorted_ids(both, GridSort("deliverable"), "RACI") == ["audit-sources", "label-tickets"]
    assert sorted_ids(both, GridSort("deliverable", True), "RACI") == [
        "audit-sources",
        "label-tickets",
    ]
    assert sorted_ids(both, GridSort("status"), "RACI") == ["label-tickets", "audit-sources"]
    assert sorted_ids(both, GridSort("role:ml-engineer"), "RACI") == [
        "label-tickets",  # R comes before I in the scheme's order
        "audit-sources",
    ]
    with pytest.raises(ValueError, match="cannot sort by 'colour'"):
        sorted_ids(both, GridSort("colour"), "RACI")


def test_equal_values_keep_the_plan_order(tracked):
    for a in tracked.activities:
        a.due = dt.date(2026, 5, 1)
    assert ids(layout_rows(tracked, GridFilter(), GridSort("due", True))) == ids(
        layout_rows(tracked, GridFilter())
    )


@pytest.mark.parametrize(
    ("grid_filter", "kept"),
    [
        (GridFilter(statuses=frozenset({"blocked"})), ["label-tickets"]),
        (
            GridFilter(statuses=frozenset({"done"}), status_negated=True),
            ["audit-sources", "label-tickets", "watch-drift"],
        ),
        (GridFilter(statuses=frozenset({NO_STATUS})), ["audit-sources"]),
        (
            GridFilter(due=DueFilter.OVERDUE, today=dt.date(2026, 3, 1)),
            ["label-tickets"],  # define-kpis is past due but done
        ),
        (
            GridFilter(due=DueFilter.WEEK, today=dt.date(2026, 3, 10)),
            ["audit-sources"],
        ),
        (
            GridFilter(due=DueFilter.BEFORE, due_before=dt.date(2026, 2, 21)),
            ["define-kpis", "label-tickets"],
        ),
        (GridFilter(due=DueFilter.NONE), ["watch-drift"]),
        (GridFilter(text="INVENTORY"), ["audit-sources"]),
    ],
)
def test_filters_keep_what_they_say(tracked, grid_filter, kept):
    assert grid_filter.active
    assert ids(layout_rows(tracked, grid_filter)) == kept


def test_due_before_without_a_date_keeps_everything(tracked):
    grid_filter = GridFilter(due=DueFilter.BEFORE)
    assert not grid_filter.active
    assert len(ids(layout_rows(tracked, grid_filter))) == 4
