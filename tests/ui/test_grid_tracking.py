"""The grid's tracking columns: shown or hidden (remembered), edited in place with undo."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QToolButton

from raci_studio.core.model import WorkStatus
from raci_studio.io.workbook.export import export_xlsx
from raci_studio.io.workbook.own import project_from_own_workbook
from raci_studio.ui.grid_editors import DueEditor, StatusEditor
from raci_studio.ui.grid_rows import RowKind

D = dt.date


def activity(window, ident: str):
    return next(a for a in window.adapter.project.activities if a.id == ident)


def cell(window, ident: str, field: str):
    model = window.grid.model
    row = model.row_for(RowKind.ACTIVITY, ident)
    column = model.columns.column_for_field(field)
    assert row is not None and column is not None
    return model.index(row, column)


def select_cells(view, indexes) -> None:
    selection = QItemSelection()
    for index in indexes:
        selection.select(index, index)
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)


def edit_with_editor(view, index, set_value) -> None:
    """Open the delegate's editor on ``index``, let ``set_value`` change it, commit it."""
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    editor = delegate.createEditor(view.viewport(), option, index)
    delegate.setEditorData(editor, index)
    set_value(editor)
    delegate.setModelData(editor, view.model(), index)
    editor.deleteLater()


def test_columns_are_hidden_until_the_view_menu_shows_them(main_window):
    model = main_window.grid.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Activity", "PM"] and headers[-1] == "Summary"
    view_menu = main_window.commands["view-menu"].menu()
    switches = {a.text(): a for a in view_menu.actions() if a.isCheckable()}
    switches["&Status Column"].trigger()
    switches["&Due Date Column"].trigger()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Activity", "Due", "Status", "PM", "DS"]
    assert model.role_at(3) == "product-manager" and model.column_for("ml-engineer") == 5
    assert model.summary_column == model.columnCount() - 1 == 6
    switches["&Due Date Column"].trigger()
    assert model.columns.fields == ("status",)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Status"


def test_the_shown_columns_are_remembered_for_the_next_window(qtbot, main_window, settings):
    main_window.grid.show_columns(["deliverable", "due"])
    settings.sync()
    from raci_studio.ui.main_window import MainWindow

    again = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.grid.model.columns.fields == ("due", "deliverable")
    assert again.grid.column_actions["due"].isChecked()
    assert not again.grid.column_actions["status"].isChecked()
    for shown in (["status"], []):  # one column, and none, read back as such too
        again.grid.show_columns(shown)
        again.settings.sync()
        third = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
        qtbot.addWidget(third)
        assert third.grid.model.columns.fields == tuple(shown)


def test_the_header_menu_lists_sorting_and_the_column_switches(main_window):
    grid = main_window.grid
    menu = grid.view.sorting.build_menu(0, grid.view)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Sort Ascending", "Sort Descending", "Plan Order"]
    assert "&Due Date Column" in texts
    menu.actions()[1].trigger()
    assert grid.model.grid_sort is not None and grid.model.grid_sort.descending


def test_due_date_is_picked_cleared_and_undone(main_window):
    grid = main_window.grid
    grid.show_columns(["due"])
    stack = main_window.adapter.undo_stack
    index = cell(main_window, "label-tickets", "due")
    edit_with_editor(grid.view, index, lambda e: e.picker.setDate(D(2026, 4, 30)))
    assert activity(main_window, "label-tickets").due == D(2026, 4, 30)
    assert index.data() == "2026-04-30"
    assert stack.undoText() == "Set due date of 'Label 5,000 tickets'"

    def clear(editor: DueEditor) -> None:
        editor.clear_button.click()

    edit_with_editor(grid.view, index, clear)
    assert activity(main_window, "label-tickets").due is None
    stack.undo()
    assert activity(main_window, "label-tickets").due == D(2026, 4, 30)
    stack.undo()
    assert activity(main_window, "label-tickets").due is None


def test_an_unchanged_editor_adds_no_undo_step(main_window):
    grid = main_window.grid
    grid.show_columns(["status"])
    count = main_window.adapter.undo_stack.count()
    edit_with_editor(grid.view, cell(main_window, "define-kpis", "status"), lambda e: None)
    assert main_window.adapter.undo_stack.count() == count


def test_status_on_several_selected_rows_is_one_step(main_window):
    grid = main_window.grid
    grid.show_columns(["status"])
    first = cell(main_window, "audit-sources", "status")
    second = cell(main_window, "watch-drift", "status")
    select_cells(grid.view, [first, second])

    def blocked(editor: StatusEditor) -> None:
        editor.set_value(WorkStatus.BLOCKED)

    edit_with_editor(grid.view, first, blocked)
    assert activity(main_window, "audit-sources").status is WorkStatus.BLOCKED
    assert activity(main_window, "watch-drift").status is WorkStatus.BLOCKED
    assert activity(main_window, "define-kpis").status is None
    assert first.data() == "Blocked" and first.data(Qt.ItemDataRole.DecorationRole) is not None
    main_window.adapter.undo_stack.undo()
    assert activity(main_window, "watch-drift").status is None
    assert activity(main_window, "audit-sources").status is None


def test_deliverable_is_typed_in_place(qtbot, main_window):
    grid = main_window.grid
    grid.show_columns(["deliverable"])
    index = cell(main_window, "define-kpis", "deliverable")
    grid.view.setFocus()
    grid.view.setCurrentIndex(index)
    qtbot.keyClicks(grid.view, "K")
    editor = grid.view.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "K"
    qtbot.keyClicks(editor, "PI sheet")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: activity(main_window, "define-kpis").deliverable == "KPI sheet")
    assert main_window.adapter.undo_stack.undoText() == "Set deliverable of 'Define success KPIs'"
    accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "Define success KPIs: deliverable KPI sheet"


def test_delete_clears_tracking_and_letters_together(qtbot, main_window):
    grid = main_window.grid
    grid.show_columns(["due", "status"])
    main_window.grid.model.set_field(["audit-sources"], "due", D(2026, 3, 1))
    main_window.grid.model.set_field(["audit-sources"], "status", WorkStatus.DONE)
    row = grid.model.row_for(RowKind.ACTIVITY, "audit-sources")
    pm = grid.model.column_for("product-manager")
    select_cells(grid.view, [grid.model.index(row, c) for c in (1, 2, pm)])
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    audit = activity(main_window, "audit-sources")
    assert (audit.due, audit.status, audit.raci.get("product-manager")) == (None, None, None)
    main_window.adapter.undo_stack.undo()
    audit = activity(main_window, "audit-sources")
    assert (audit.due, audit.status) == (D(2026, 3, 1), WorkStatus.DONE)
    assert audit.raci["product-manager"] == "A"


def test_paste_fills_tracking_columns_and_reports_what_it_cannot_read(main_window):
    grid = main_window.grid
    grid.show_columns(["due", "status", "deliverable"])
    reports = []
    grid.view.paste_report.connect(lambda summary, lines: reports.append((summary, lines)))
    grid.view.setCurrentIndex(cell(main_window, "audit-sources", "due"))
    grid.view.paste("2026-05-04\tin progress\tSource inventory\tR\nsoon\tDone\t\t\n")
    audit, labels = activity(main_window, "audit-sources"), activity(main_window, "label-tickets")
    assert (audit.due, audit.status, audit.deliverable) == (
        D(2026, 5, 4),
        WorkStatus.IN_PROGRESS,
        "Source inventory",
    )
    assert audit.raci["product-manager"] == "R"
    assert labels.status is WorkStatus.DONE and labels.due is None
    assert reports and "line 2, column 1" in reports[0][1][0] and "YYYY-MM-DD" in reports[0][1][0]
    main_window.adapter.undo_stack.undo()
    assert activity(main_window, "audit-sources").status is None
    assert activity(main_window, "label-tickets").status is None


def test_copied_tracking_cells_paste_back(main_window):
    grid = main_window.grid
    grid.show_columns(["due", "status"])
    grid.model.set_field(["define-kpis"], "due", D(2026, 1, 9))
    grid.model.set_field(["define-kpis"], "status", WorkStatus.IN_PROGRESS)
    select_cells(grid.view, [cell(main_window, "define-kpis", f) for f in ("due", "status")])
    grid.view.copy()
    grid.view.setCurrentIndex(cell(main_window, "watch-drift", "due"))
    grid.view.paste()
    drift = activity(main_window, "watch-drift")
    assert (drift.due, drift.status) == (D(2026, 1, 9), WorkStatus.IN_PROGRESS)


def test_an_overdue_date_is_marked_and_said(main_window):
    grid = main_window.grid
    grid.show_columns(["due"])
    grid.model.set_field(["label-tickets"], "due", dt.date.today() - dt.timedelta(days=3))
    index = cell(main_window, "label-tickets", "due")
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 3 days"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", overdue")
    grid.model.set_field(["label-tickets"], "status", WorkStatus.DONE)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None


def test_tracking_edited_in_the_grid_round_trips_through_the_workbook(main_window, tmp_path):
    grid = main_window.grid
    grid.show_columns(["due", "status", "deliverable"])
    grid.model.set_field(["audit-sources", "watch-drift"], "status", WorkStatus.BLOCKED)
    grid.model.set_field(["watch-drift"], "due", D(2026, 6, 30))
    grid.model.set_field(["define-kpis"], "deliverable", "KPI sheet")
    path = tmp_path / "plan.xlsx"
    export_xlsx(main_window.adapter.project, path)
    back = project_from_own_workbook(openpyxl.load_workbook(path))
    for ident in ("audit-sources", "watch-drift", "define-kpis", "label-tickets"):
        mine, theirs = (
            activity(main_window, ident),
            next(a for a in back.activities if a.id == ident),
        )
        assert (theirs.due, theirs.status, theirs.deliverable) == (
            mine.due,
            mine.status,
            mine.deliverable,
        )


def test_status_opens_with_its_list_and_enter_chooses(qtbot, main_window):
    grid = main_window.grid
    grid.show_columns(["status"])
    index = cell(main_window, "watch-drift", "status")
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.indexWidget(index) or grid.view.focusWidget()
    assert isinstance(editor, StatusEditor)
    qtbot.waitUntil(lambda: editor.view().isVisible())
    qtbot.keyClick(editor.view(), Qt.Key.Key_Down)
    qtbot.keyClick(editor.view(), Qt.Key.Key_Down)  # not set → not started → in progress
    assert activity(main_window, "watch-drift").status is None  # nothing until chosen
    qtbot.keyClick(editor.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: activity(main_window, "watch-drift").status is not None)
    assert activity(main_window, "watch-drift").status is WorkStatus.IN_PROGRESS
    assert main_window.adapter.undo_stack.undoText() == "Set status of 'Watch for drift'"


def test_a_day_picked_in_the_calendar_is_committed(qtbot, main_window):
    grid = main_window.grid
    grid.show_columns(["due"])
    index = cell(main_window, "watch-drift", "due")
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.focusWidget().parentWidget()
    assert isinstance(editor, DueEditor)
    calendar = editor.picker.calendarWidget()
    calendar.setSelectedDate(calendar.selectedDate().addDays(2))
    calendar.clicked.emit(calendar.selectedDate())
    expected = dt.date.today() + dt.timedelta(days=2)
    qtbot.waitUntil(lambda: activity(main_window, "watch-drift").due == expected)


def test_letter_picker_buttons_and_headers_say_what_they_are(main_window):
    grid = main_window.grid
    model = grid.model
    index = model.index(
        model.row_for(RowKind.ACTIVITY, "define-kpis"), model.column_for("ml-engineer")
    )
    option = QStyleOptionViewItem()
    picker = grid.view.itemDelegate().createEditor(grid.view.viewport(), option, index)
    names = [b.accessibleName() for b in picker.findChildren(QToolButton)]
    assert names[:2] == ["Responsible (R)", "Accountable (A)"]
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "sort" in tip
