"""Sorting the grid by a header click and filtering its rows: a view state, never an edit."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Qt

from raci_studio.core.model import WorkStatus
from raci_studio.ui.grid_rows import DueFilter, RowKind

D = dt.date


def shown(model) -> list[tuple[RowKind, str]]:
    return [model.row_info(r) for r in range(model.rowCount())]


def activities_shown(model) -> list[str]:
    return [i for k, i in shown(model) if k is RowKind.ACTIVITY]


def plan(window) -> None:
    """Dates and statuses on the small project (data collection has two activities)."""
    model = window.grid.model
    model.set_field(["define-kpis"], "due", D(2026, 1, 30))
    model.set_field(["audit-sources"], "due", D(2026, 3, 15))
    model.set_field(["label-tickets"], "due", D(2026, 2, 20))
    model.set_field(["define-kpis"], "status", WorkStatus.DONE)
    model.set_field(["label-tickets"], "status", WorkStatus.IN_PROGRESS)
    model.set_field(["audit-sources"], "deliverable", "Data inventory")


def test_a_header_click_sorts_within_phases_and_a_third_restores_plan_order(main_window):
    plan(main_window)
    grid = main_window.grid
    grid.show_columns(["due", "status"])
    model, sorting = grid.model, grid.view.sorting
    before = shown(model)
    assert activities_shown(model) == [
        "define-kpis",
        "audit-sources",
        "label-tickets",
        "watch-drift",
    ]
    due = model.columns.column_for_field("due")
    grid.view.horizontalHeader().sectionClicked.emit(due)
    rows = shown(model)
    assert [k for k, _ in rows] == [k for k, _ in before]  # phase headers stay where they were
    assert activities_shown(model) == [
        "define-kpis",
        "label-tickets",
        "audit-sources",
        "watch-drift",
    ]
    header = grid.view.horizontalHeader()
    assert header.sortIndicatorSection() == due
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    sorting.cycle(due)
    assert activities_shown(model) == [
        "define-kpis",
        "audit-sources",
        "label-tickets",
        "watch-drift",
    ]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    sorting.cycle(due)
    assert model.grid_sort is None and shown(model) == before
    assert header.sortIndicatorSection() == -1


def test_sorting_by_status_puts_unset_last_and_follows_edits(main_window):
    plan(main_window)
    grid = main_window.grid
    grid.show_columns(["status"])
    grid.view.sorting.sort_by("status")
    assert activities_shown(grid.model) == [
        "define-kpis",
        "label-tickets",  # in progress before not set
        "audit-sources",
        "watch-drift",
    ]
    grid.model.set_field(["audit-sources"], "status", WorkStatus.NOT_STARTED)
    assert activities_shown(grid.model)[1:3] == ["audit-sources", "label-tickets"]


def test_a_role_header_click_sorts_by_letters_unless_it_was_a_double_click(
    qtbot, main_window, monkeypatch
):
    from raci_studio.ui import project_commands

    edited = []
    monkeypatch.setattr(project_commands, "edit_role", lambda window: edited.append(True))
    grid = main_window.grid
    header = grid.view.horizontalHeader()
    ds = grid.model.column_for("data-scientist")
    header.sectionClicked.emit(ds)
    assert grid.view.sorting._timer.isActive()  # waits to see whether a double click comes
    header.sectionDoubleClicked.emit(ds)  # it does: the role is edited instead
    assert edited and not grid.view.sorting._timer.isActive() and grid.model.grid_sort is None
    header.sectionClicked.emit(ds)
    qtbot.waitUntil(lambda: grid.model.grid_sort is not None)
    # data collection: label-tickets holds A, audit-sources R (R before A in RACI order)
    assert activities_shown(grid.model)[1:3] == ["audit-sources", "label-tickets"]


def test_hiding_the_sorted_column_returns_to_plan_order(main_window):
    plan(main_window)
    grid = main_window.grid
    grid.show_columns(["due"])
    grid.view.sorting.sort_by("due", descending=True)
    grid.show_columns([])
    assert grid.model.grid_sort is None
    assert activities_shown(grid.model)[1:3] == ["audit-sources", "label-tickets"]


def test_sorting_and_filtering_change_nothing_in_the_project(main_window):
    plan(main_window)
    grid = main_window.grid
    stack = main_window.adapter.undo_stack
    count, clean = stack.count(), stack.cleanIndex()
    order = [a.id for a in main_window.adapter.project.activities]
    grid.view.sorting.sort_by("name", descending=True)
    grid.filter_bar.find_box.setText("a")
    grid._apply_filter()
    assert stack.count() == count and stack.cleanIndex() == clean
    assert [a.id for a in main_window.adapter.project.activities] == order


def test_status_filter_is_and_is_not(main_window):
    plan(main_window)
    grid = main_window.grid
    bar = grid.filter_bar
    assert not bar.clear_button.isVisibleTo(bar) and not bar.status_op.isEnabled()
    bar.status_box.setCurrentIndex(bar.status_box.findData("done"))
    assert activities_shown(grid.model) == ["define-kpis"]
    assert bar.status_op.isEnabled()
    bar.status_op.setCurrentIndex(1)  # is not done
    assert activities_shown(grid.model) == ["audit-sources", "label-tickets", "watch-drift"]
    assert bar.count_label.text() == "3 of 4 activities"
    assert bar.clear_button.isVisibleTo(bar)
    bar.status_box.setCurrentIndex(bar.status_box.findData("unset"))
    bar.status_op.setCurrentIndex(0)
    assert activities_shown(grid.model) == ["audit-sources", "watch-drift"]


def test_due_filters_overdue_and_before_a_date(main_window):
    plan(main_window)
    grid = main_window.grid
    bar = grid.filter_bar
    today = dt.date.today()
    grid.model.set_field(["watch-drift"], "due", today - dt.timedelta(days=1))
    grid.model.set_field(["audit-sources"], "due", today + dt.timedelta(days=3))
    bar.due_box.setCurrentIndex(bar.due_box.findData(DueFilter.OVERDUE))
    overdue = activities_shown(grid.model)
    assert "watch-drift" in overdue and "define-kpis" not in overdue  # done is never overdue
    bar.due_box.setCurrentIndex(bar.due_box.findData(DueFilter.WEEK))
    assert activities_shown(grid.model) == ["audit-sources"]
    bar.due_box.setCurrentIndex(bar.due_box.findData(DueFilter.BEFORE))
    assert bar.due_date.isVisibleTo(bar)
    bar.due_date.setDate(bar.due_date.date().fromString("2026-03-01", "yyyy-MM-dd"))
    assert set(activities_shown(grid.model)) >= {"define-kpis", "label-tickets"}
    assert "audit-sources" not in activities_shown(grid.model) or today < D(2026, 2, 26)
    bar.due_box.setCurrentIndex(bar.due_box.findData(DueFilter.NONE))
    grid.model.set_field(["watch-drift"], "due", None)
    assert activities_shown(grid.model) == ["watch-drift"]


def test_text_filter_finds_deliverables_and_one_click_shows_everything(qtbot, main_window):
    plan(main_window)
    grid = main_window.grid
    bar = grid.filter_bar
    bar.find_box.setText("inventory")
    qtbot.waitUntil(lambda: activities_shown(grid.model) == ["audit-sources"])
    bar.status_box.setCurrentIndex(bar.status_box.findData("done"))
    assert activities_shown(grid.model) == []
    assert bar.count_label.text() == "0 of 4 activities"
    bar.clear_button.click()
    assert len(activities_shown(grid.model)) == 4
    assert bar.find_box.text() == "" and bar.status_box.currentIndex() == 0
    assert not bar.clear_button.isVisibleTo(bar)


def test_an_edit_that_no_longer_matches_hides_the_row(main_window):
    plan(main_window)
    grid = main_window.grid
    bar = grid.filter_bar
    bar.status_box.setCurrentIndex(bar.status_box.findData("in_progress"))
    assert activities_shown(grid.model) == ["label-tickets"]
    grid.model.set_field(["label-tickets"], "status", WorkStatus.DONE)
    assert activities_shown(grid.model) == []
    assert bar.count_label.text() == "0 of 4 activities"
    main_window.adapter.undo_stack.undo()
    assert activities_shown(grid.model) == ["label-tickets"]


def test_filter_bar_focus_follows_reading_order(main_window):
    bar = main_window.grid.filter_bar
    order = [bar.find_box, bar.phase_box, bar.role_box, bar.letter_box, bar.status_op]
    order += [bar.status_box, bar.due_box, bar.due_date, bar.clear_button]
    for before, after in itertools.pairwise(order):
        nxt = before.nextInFocusChain()
        while nxt not in order and nxt is not None and nxt is not before:
            nxt = nxt.nextInFocusChain()
        assert nxt is after, (before.accessibleName(), after.accessibleName())
    assert bar.clear_button.accessibleName() == "Clear the filter"


def test_while_sorted_a_dropped_row_joins_the_phase_and_alt_arrows_explain(qtbot, main_window):
    grid = main_window.grid
    model = grid.model
    grid.view.sorting.sort_by("name")
    source = [model.index(model.row_for(RowKind.ACTIVITY, "define-kpis"), 0)]
    target = model.index(model.row_for(RowKind.ACTIVITY, "audit-sources"), 0)
    model.dropMimeData(model.mimeData(source), Qt.DropAction.MoveAction, -1, -1, target)
    project = main_window.adapter.project
    assert [a.id for a in project.activities if a.phase == "data-collection"] == [
        "audit-sources",
        "label-tickets",
        "define-kpis",  # at the phase's end: the sorted rows show no other place
    ]
    messages = []
    grid.view.message.connect(messages.append)
    count = main_window.adapter.undo_stack.count()
    grid.view.setCurrentIndex(model.index(model.row_for(RowKind.ACTIVITY, "watch-drift"), 0))
    grid.view.step_current(-1)
    assert main_window.adapter.undo_stack.count() == count
    assert messages and "Plan Order" in messages[-1]
