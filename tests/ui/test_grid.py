"""The RACI grid: keyboard editing, selection, paste, filter, findings and undo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from raci_studio.ui.grid_model import RaciTableModel
from raci_studio.ui.grid_rows import RowKind

PM, DS, MLE = 1, 2, 3


def grid_parts(window):
    return window.grid.model, window.grid.view


def row_of(model: RaciTableModel, activity_id: str) -> int:
    row = model.row_for(RowKind.ACTIVITY, activity_id)
    assert row is not None
    return row


def letters(window, activity_id: str, role_id: str) -> str:
    activity = next(a for a in window.adapter.project.activities if a.id == activity_id)
    return activity.raci.get(role_id, "")


def select(view, model, cells) -> None:
    selection = QItemSelection()
    for row, column in cells:
        index = model.index(row, column)
        selection.select(index, index)
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().setCurrentIndex(
        model.index(*cells[0]), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_model_passes_qt_model_tester(qtmodeltester, main_window):
    model, _ = grid_parts(main_window)
    qtmodeltester.check(model, force_py=True)


def test_rows_group_activities_under_phases(main_window):
    model, _ = grid_parts(main_window)
    kinds = [model.row_info(r) for r in range(model.rowCount())]
    assert kinds[0] == (RowKind.PHASE, "business-understanding")
    assert kinds[1] == (RowKind.ACTIVITY, "define-kpis")
    assert kinds[-1][0] is RowKind.WORKLOAD
    assert model.headerData(PM, Qt.Orientation.Horizontal) == "PM"
    tooltip = model.headerData(MLE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Ana Núñez" in tooltip
    assert model.data(model.index(1, PM)) == "A/R"


def test_typing_a_letter_toggles_it_and_undo_names_the_action(qtbot, main_window):
    model, view = grid_parts(main_window)
    view.setFocus()
    row = row_of(model, "define-kpis")
    select(view, model, [(row, MLE)])
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert letters(main_window, "define-kpis", "ml-engineer") == "I"
    stack = main_window.adapter.undo_stack
    assert stack.undoText() == "Set I on 'Define success KPIs'"
    assert main_window.isWindowModified()
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert letters(main_window, "define-kpis", "ml-engineer") == ""
    stack.undo()
    assert letters(main_window, "define-kpis", "ml-engineer") == "I"
    stack.undo()
    assert letters(main_window, "define-kpis", "ml-engineer") == ""
    assert not main_window.isWindowModified()


def test_letter_outside_scheme_is_refused_with_a_message(qtbot, main_window):
    model, view = grid_parts(main_window)
    view.setFocus()
    select(view, model, [(row_of(model, "define-kpis"), MLE)])
    messages = []
    view.message.connect(messages.append)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert letters(main_window, "define-kpis", "ml-engineer") == ""
    assert messages and "not a RACI letter" in messages[0]
    assert main_window.adapter.undo_stack.count() == 0


def test_multi_cell_selection_is_one_undo_step(qtbot, main_window):
    model, view = grid_parts(main_window)
    view.setFocus()
    cells = [(row_of(model, a), MLE) for a in ("define-kpis", "audit-sources", "watch-drift")]
    select(view, model, cells)
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert letters(main_window, "define-kpis", "ml-engineer") == "C"
    assert letters(main_window, "audit-sources", "ml-engineer") == "CI"
    assert letters(main_window, "watch-drift", "ml-engineer") == "RAC"
    stack = main_window.adapter.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Set C on 3 cells"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert letters(main_window, "watch-drift", "ml-engineer") == ""
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert letters(main_window, "watch-drift", "ml-engineer") == "RA"


def test_paste_tsv_fills_cells_and_reports_bad_letters(main_window):
    model, view = grid_parts(main_window)
    reports = []
    view.paste_report.connect(lambda summary, problems: reports.append(problems))
    start = model.index(row_of(model, "audit-sources"), PM)
    view.setCurrentIndex(start)
    view.paste("A/R\tQ\tI\nC\tR\t-\n")
    assert letters(main_window, "audit-sources", "product-manager") == "RA"
    assert letters(main_window, "audit-sources", "data-scientist") == "R"  # "Q" left as it was
    assert letters(main_window, "audit-sources", "ml-engineer") == "I"
    assert letters(main_window, "label-tickets", "product-manager") == "C"
    assert letters(main_window, "label-tickets", "ml-engineer") == ""
    assert len(reports) == 1
    assert reports[0] == ['line 1, column 2: "Q" is not a RACI letter (use R, A, C or I)']
    stack = main_window.adapter.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Paste 5 cells"
    stack.undo()
    assert letters(main_window, "label-tickets", "ml-engineer") == "R"


def test_copy_writes_tab_separated_letters(main_window):
    model, view = grid_parts(main_window)
    row = row_of(model, "audit-sources")
    select(view, model, [(row, PM), (row, DS), (row, MLE)])
    view.copy()
    assert QGuiApplication.clipboard().text() == "A\tR\tI\n"


def test_picker_editor_sets_letters(qtbot, main_window):
    from raci_studio.ui.grid_delegate import LetterPicker

    model, view = grid_parts(main_window)
    index = model.index(row_of(model, "watch-drift"), DS)
    view.setCurrentIndex(index)
    view.edit(index)
    picker = view.findChild(LetterPicker)
    assert picker is not None
    qtbot.keyClick(picker, Qt.Key.Key_C)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert letters(main_window, "watch-drift", "data-scientist") == "C"


def test_add_rename_move_and_delete_activity(qtbot, main_window):
    model, view = grid_parts(main_window)
    view.setCurrentIndex(model.index(row_of(model, "audit-sources"), PM))
    main_window.grid.add_activity()
    project = main_window.adapter.project
    assert [a.id for a in project.activities][2] == "new-activity"
    assert model.setData(model.index(row_of(model, "new-activity"), 0), "Check licences")
    assert project.activities[2].name == "Check licences"
    view.setCurrentIndex(model.index(row_of(model, "new-activity"), PM))
    view.step_current(-1)
    assert [a.id for a in project.activities][1:3] == ["new-activity", "audit-sources"]
    select(view, model, [(row_of(model, "new-activity"), 0)])
    main_window.grid.delete_selected()
    assert "new-activity" not in {a.id for a in project.activities}
    stack = main_window.adapter.undo_stack
    labels = [stack.text(i) for i in range(stack.count())]
    assert labels == [
        "Add activity 'New activity'",
        "Rename activity to 'Check licences'",
        "Move 'Check licences' up",
        "Delete activity 'Check licences'",
    ]
    while stack.canUndo():
        stack.undo()
    assert [a.id for a in project.activities] == [
        "define-kpis",
        "audit-sources",
        "label-tickets",
        "watch-drift",
    ]


def test_filter_by_text_phase_and_role(main_window):
    grid = main_window.grid
    model = grid.model
    grid.filter_bar.find_box.setText("data")
    grid._apply_filter()
    shown = [model.row_info(r) for r in range(model.rowCount())]
    assert [i for k, i in shown if k is RowKind.ACTIVITY] == ["audit-sources"]
    grid.filter_bar.find_box.setText("")
    grid.filter_bar.role_box.setCurrentIndex(grid.filter_bar.role_box.findData("ml-engineer"))
    grid.filter_bar.letter_box.setCurrentIndex(grid.filter_bar.letter_box.findData("RA"))
    shown = [model.row_info(r) for r in range(model.rowCount())]
    assert [i for k, i in shown if k is RowKind.ACTIVITY] == ["label-tickets", "watch-drift"]
    grid.filter_bar.role_box.setCurrentIndex(0)
    grid.filter_bar.phase_box.setCurrentIndex(grid.filter_bar.phase_box.findData("monitoring"))
    shown = [model.row_info(r) for r in range(model.rowCount())]
    assert shown[0] == (RowKind.PHASE, "monitoring")
    assert [i for k, i in shown if k is RowKind.ACTIVITY] == ["watch-drift"]


def test_findings_follow_edits_and_mark_rows(qtbot, main_window):
    model, view = grid_parts(main_window)
    findings = main_window.findings
    assert not [f for f in findings.findings if f.severity == "error"]
    row = row_of(model, "define-kpis")
    view.setFocus()
    select(view, model, [(row, PM)])
    qtbot.keyClick(view, Qt.Key.Key_A)  # removes the only A
    qtbot.waitUntil(lambda: any(f.code == "missing-accountable" for f in findings.findings))
    assert model.data(model.index(row, 0), RaciTableModel.SeverityRole) == "error"
    assert "1 error ·" in main_window._status_counts.text()
    finding = next(f for f in findings.findings if f.code == "missing-accountable")
    view.setCurrentIndex(model.index(row_of(model, "watch-drift"), MLE))
    main_window.show_finding(finding)
    assert view.currentIndex().row() == row
    main_window.adapter.undo_stack.undo()
    qtbot.waitUntil(lambda: not any(f.code == "missing-accountable" for f in findings.findings))


def test_collapsing_a_phase_hides_its_activities(main_window):
    model, _ = grid_parts(main_window)
    before = model.rowCount()
    model.toggle_collapsed("data-collection")
    assert model.rowCount() == before - 2
    assert model.row_for(RowKind.ACTIVITY, "audit-sources") is None
    model.toggle_collapsed("data-collection")
    assert model.rowCount() == before


def test_workload_row_counts_letters_per_role(main_window):
    model, _ = grid_parts(main_window)
    last = model.rowCount() - 1
    assert model.data(model.index(last, PM)) == "R1 A2\nI1"  # two lines: shown whole
    assert 0.0 <= model.data(model.index(last, PM), RaciTableModel.HeatRole) <= 1.0


def test_workload_counts_fit_their_cells_whole(qtbot, main_window):
    from PySide6.QtGui import QFontMetrics

    model, view = grid_parts(main_window)
    last = model.rowCount() - 1
    metrics = QFontMetrics(view.font())
    for column in range(1, model.columnCount() - 1):
        text = model.data(model.index(last, column))
        lines = text.split("\n")
        assert len(lines) * metrics.lineSpacing() <= view.rowHeight(last)
        assert all(metrics.horizontalAdvance(line) < view.columnWidth(column) for line in lines)


def test_dragging_rows_moves_activities_in_one_undo_step(main_window):
    model, _ = grid_parts(main_window)
    project = main_window.adapter.project
    source = [model.index(row_of(model, "watch-drift"), 0)]
    data = model.mimeData(source)
    target = model.index(row_of(model, "audit-sources"), 0)
    assert model.flags(source[0]) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target) is False
    assert [a.id for a in project.activities] == [
        "define-kpis",
        "watch-drift",
        "audit-sources",
        "label-tickets",
    ]
    assert project.activities[1].phase == "data-collection"
    stack = main_window.adapter.undo_stack
    assert stack.undoText() == "Move 'Watch for drift' to Data collection"
    # dropped on a phase row: first in that phase
    data = model.mimeData([model.index(row_of(model, "label-tickets"), 0)])
    phase_row = model.index(model.row_for(RowKind.PHASE, "business-understanding"), 0)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, phase_row)
    assert [a.id for a in project.activities][:2] == ["label-tickets", "define-kpis"]
    stack.undo()
    stack.undo()
    assert [a.id for a in project.activities] == [
        "define-kpis",
        "audit-sources",
        "label-tickets",
        "watch-drift",
    ]


def test_right_click_menu_offers_the_grid_commands(main_window):
    actions = main_window.grid.view.context_actions
    texts = [a.text() for a in actions if a is not None]
    assert "Add &Activity" in texts and "&Paste" in texts and "Delete Ro&le" in texts


def test_double_clicking_a_role_header_edits_that_role(main_window, monkeypatch):
    from raci_studio.ui import dialogs

    monkeypatch.setattr(dialogs.RoleDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        dialogs.RoleDialog,
        "values",
        lambda self: {"name": "Data Scientist", "short": "SCI", "group": "", "people": ["Kim"]},
    )
    main_window.grid.view.horizontalHeader().sectionDoubleClicked.emit(DS)
    role = main_window.adapter.project.roles[1]
    assert (role.short, role.people) == ("SCI", ["Kim"])
    assert main_window.adapter.undo_stack.undoText() == "Edit role 'Data Scientist'"


def test_letter_picker_opens_under_its_cell_leaving_the_neighbours_readable(qtbot, main_window):
    from raci_studio.ui.grid_delegate import LetterPicker

    model, view = grid_parts(main_window)
    index = model.index(row_of(model, "watch-drift"), DS)
    view.setCurrentIndex(index)
    view.edit(index)
    picker = view.findChild(LetterPicker)
    assert picker is not None and picker.isVisible()
    cell = view.visualRect(index)
    row = cell.adjusted(-cell.left(), 0, view.viewport().width(), 0)  # the whole row
    assert not picker.geometry().intersects(row)
    assert abs(picker.geometry().left() - cell.left()) <= 1


def test_a_new_activitys_name_is_selected_so_typing_replaces_it(qtbot, main_window):
    from PySide6.QtWidgets import QApplication, QLineEdit

    model, view = grid_parts(main_window)
    view.setCurrentIndex(model.index(row_of(model, "audit-sources"), PM))
    main_window.grid.add_activity()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.selectedText() == "New activity"
    qtbot.keyClicks(editor, "Check licences")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: main_window.adapter.project.activities[2].name == "Check licences")


def test_activity_names_use_the_width_the_window_has_to_spare(qtbot, main_window):
    from raci_studio.ui.grid_view import NAME_WIDTH

    model, view = grid_parts(main_window)
    main_window.setWindowState(Qt.WindowState.WindowNoState)
    main_window.resize(1500, 800)
    qtbot.waitUntil(lambda: view.columnWidth(0) > NAME_WIDTH)
    used = sum(view.columnWidth(c) for c in range(model.columnCount()))
    assert used >= view.viewport().width() - 4 or view.columnWidth(0) == 720
    # a width the user drags to is kept when the window changes
    view.horizontalHeader().resizeSection(0, 300)
    main_window.resize(1400, 800)
    qtbot.wait(20)
    assert view.columnWidth(0) == 300
