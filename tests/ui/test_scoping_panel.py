"""The scoping tab: text fields commit one undo step, tables edit rows, the meter follows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from raci_studio.core.findings import Finding, Severity
from raci_studio.core.metrics import GateState
from raci_studio.ui.scoping.fields import CommitLineEdit
from raci_studio.ui.scoping.panel import ScopingPanel


@pytest.fixture
def panel(main_window) -> ScopingPanel:
    found = next(view for title, view in main_window.views() if title == "Scoping")
    main_window.tabs.setCurrentWidget(found)
    assert isinstance(found, ScopingPanel) and found.sections
    return found


def leave(qtbot, main_window, widget) -> None:
    """Move the focus away from ``widget``, as a click elsewhere would."""
    other = main_window.findChild(QLineEdit)  # the grid's filter box, on another tab
    assert other is not None
    other.setFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())


def test_models_pass_the_qt_model_tester(qtmodeltester, panel):
    for editor in panel.tables.values():
        qtmodeltester.check(editor.model, force_py=True)
    qtmodeltester.check(panel.metrics_model, force_py=True)
    qtmodeltester.check(panel.team_model, force_py=True)


def test_sections_are_in_the_issue_order(panel):
    assert list(panel.sections) == [
        "problem-statement",
        "business-objective",
        "success-metrics",
        "data-requirements",
        "risks",
        "assumptions",
        "constraints",
        "team",
        "schedule",
        "go-no-go",
        "decision-log",
        "model-card",
    ]
    ys = [box.y() for box in panel.sections.values()]
    assert ys == sorted(ys)


def test_typing_in_a_text_field_is_one_undo_step(qtbot, main_window, panel):
    stack = main_window.adapter.undo_stack
    field = panel.texts[("scoping", "problem_statement")]
    assert field.toPlainText() == "Too many simple tickets reach human agents."
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "Agents drown in repetitive tickets")
    assert stack.count() == 0  # nothing is pushed while typing
    leave(qtbot, main_window, field)
    assert stack.count() == 1
    assert stack.undoText() == "Edit problem statement"
    scoping = main_window.adapter.project.scoping
    assert scoping.problem_statement == "Agents drown in repetitive tickets"
    stack.undo()
    assert scoping.problem_statement == "Too many simple tickets reach human agents."
    assert field.toPlainText() == "Too many simple tickets reach human agents."


def test_leaving_a_field_unchanged_adds_no_step(qtbot, main_window, panel):
    field = panel.texts[("model_card", "intended_use")]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    leave(qtbot, main_window, field)
    assert main_window.adapter.undo_stack.count() == 0


def test_an_undo_under_a_focused_field_keeps_its_cursor(qtbot, main_window, panel):
    stack = main_window.adapter.undo_stack
    field = panel.texts[("scoping", "business_objective")]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "Deflect a fifth of tier-1 tickets.")
    field.commit()  # Ctrl+Enter: committed while the field keeps the focus
    assert stack.count() == 1
    cursor = field.textCursor()
    cursor.setPosition(7)
    field.setTextCursor(cursor)
    stack.undo()
    assert field.toPlainText() == "Deflect 15% of tier-1 tickets."
    assert field.hasFocus() and field.textCursor().position() == 7


def test_the_users_typing_survives_a_change_underneath(qtbot, main_window, panel):
    line = CommitLineEdit()
    qtbot.addWidget(line)
    line.show_document_text("first")
    assert line.text() == "first"
    line.show()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    line.setText("typed")
    line.show_document_text("from an undo")
    assert line.text() == "typed"
    with qtbot.waitSignal(line.committed) as committed:
        line.commit()
    assert committed.args == ["typed"]


def test_add_a_risk_and_undo(qtbot, main_window, panel):
    editor = panel.tables["risks"]
    stack = main_window.adapter.undo_stack
    assert editor.model.rowCount() == 1
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 2
    assert stack.count() == 1 and stack.undoText() == "Add risk 'New risk'"
    # Typing in the description cell renames the new risk: one more step.
    index = editor.model.index(1, 0)
    assert editor.model.setData(index, "Labels drift")
    assert main_window.adapter.project.scoping.risks[1].description == "Labels drift"
    assert editor.model.setData(editor.model.index(1, 1), "high")
    score = editor.model.index(1, 3)
    assert editor.model.data(score) == "6 · high"
    assert editor.model.data(score, Qt.ItemDataRole.BackgroundRole) is not None
    for _ in range(3):
        stack.undo()
    assert editor.model.rowCount() == 1
    stack.redo()
    assert editor.model.rowCount() == 2


def test_remove_and_move_rows(qtbot, main_window, panel):
    editor = panel.tables["assumptions"]
    editor.add_row()
    editor.model.setData(editor.model.index(1, 0), "Volume is stable")
    editor.select(editor.model.row_id(1))
    editor.move_selected(-1)
    texts = [a.text for a in main_window.adapter.project.scoping.assumptions]
    assert texts == ["Volume is stable", "The taxonomy stays stable."]
    editor.select(editor.model.row_id(0))
    panel.delete_selected()  # the window's Delete, with the table focused
    assert [a.text for a in main_window.adapter.project.scoping.assumptions] == [
        "The taxonomy stays stable."
    ]


def test_check_a_manual_criterion(qtbot, main_window, panel):
    editor = panel.tables["go_no_go"]
    model = editor.model
    editor.add_row()
    model.setData(model.index(1, 1), "Budget signed off")
    check = model.index(1, 0)
    assert model.flags(check) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(check, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.verdict(1) is GateState.NOT_YET
    assert "Not yet" in panel.verdict.text()
    assert model.setData(check, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    criterion = main_window.adapter.project.scoping.go_no_go[1]
    assert criterion.checked and criterion.checked_on == dt.date.today()
    assert main_window.adapter.undo_stack.undoText() == "Check 'Budget signed off'"
    assert model.data(model.index(1, 7)) == "Pass: checked"
    assert model.verdict(1) is GateState.PASS
    assert "Pass" in panel.verdict.text()
    assert model.setData(model.index(1, 5), "product-manager")  # checked by
    assert criterion.checked_by == "product-manager"
    bound = model.index(0, 0)  # bound to a metric: evaluated, never ticked
    assert not model.flags(bound) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(model.index(0, 7)).startswith("Pass: 11,100 tickets")


def test_bind_a_criterion_to_a_metric(qtbot, main_window, panel):
    model = panel.tables["go_no_go"].model
    assert model.setData(model.index(0, 4), "10000")
    assert model.data(model.index(0, 7)) == "Fail: 11,100 tickets (needs ≤ 10,000 tickets)"
    assert "Fail" in panel.verdict.text()
    assert not model.setData(model.index(0, 4), "ten")  # refused in words
    assert model.setData(model.index(0, 2), None)  # make it a manual check
    assert main_window.adapter.project.scoping.go_no_go[0].metric is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable


def test_completeness_meter_and_findings_follow_the_document(qtbot, main_window, panel):
    assert panel.meter.bar.value() == 100
    field = panel.texts[("scoping", "problem_statement")]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    leave(qtbot, main_window, field)
    assert panel.meter.bar.value() == 80
    assert "○ Problem statement" in panel.meter.label.text()
    qtbot.waitUntil(
        lambda: any(
            f.code == "scoping-missing-problem-statement" and f.severity is Severity.INFO
            for f in main_window.findings.findings
        )
    )
    main_window.adapter.undo_stack.undo()
    assert panel.meter.bar.value() == 100


def test_a_finding_about_scoping_shows_the_tab(qtbot, main_window, panel):
    main_window.tabs.setCurrentIndex(0)
    finding = Finding("scoping-missing-go-no-go", Severity.INFO, "x", ("go-no-go",), "scoping")
    main_window.show_finding(finding)
    assert main_window.tabs.currentWidget() is panel
    bar = panel.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)


def test_success_metrics_edit_targets_and_link_to_other_views(qtbot, main_window, panel):
    model = panel.metrics_model
    assert [model.metric_id(r) for r in range(model.rowCount())] == [
        "tier1-tickets",
        "intent-accuracy",
        "p95-latency",
        "gender-gap",
    ]
    assert model.data(model.index(1, 0)) == "↳ Intent accuracy"
    assert model.setData(model.index(1, 3), "0.92")
    assert main_window.adapter.undo_stack.undoText() == "Set target of Intent accuracy"
    assert main_window.adapter.project.metrics[1].target == 0.92
    assert model.setData(model.index(1, 1), None)  # unlink from its KPI
    assert main_window.adapter.project.metrics[1].proxies is None
    assert model.data(model.index(1, 0)) == "Intent accuracy"  # no longer under the KPI
    with qtbot.waitSignal(main_window.selection.changed) as picked:
        panel.show_metric(0)
    assert (picked.args[0].kind, picked.args[0].ids) == ("metric", ("tier1-tickets",))


def test_team_lists_a_and_r_and_links_to_the_grid(qtbot, main_window, panel):
    model = panel.team_model
    assert model.data(model.index(1, 0)) == "Data collection"
    assert model.data(model.index(1, 1)) == "Product Manager, Data Scientist"
    panel.show_phase(1)
    assert main_window.tabs.currentWidget() is main_window.grid
    assert main_window.selection.current.ids == ("data-collection",)


def test_export_buttons_write_the_reports(qtbot, main_window, panel, tmp_path, monkeypatch):
    target = tmp_path / "plan"

    def save_as(*args, **kwargs):
        return str(target), "Model Card Toolkit JSON (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    panel.export_model_card()
    assert Path(f"{target}.json").read_text(encoding="utf-8").startswith("{")
    target = tmp_path / "mrd.html"
    panel.export_mrd()
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_pickers_in_the_tables_commit_at_once(qtbot, main_window, panel):
    from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit

    editor = panel.tables["risks"]
    view, model = editor.view, editor.model
    view.setFocus()
    view.edit(model.index(0, 5))  # owner
    combo = view.findChild(QComboBox)
    assert combo is not None and combo.itemText(0) == "—"
    combo.setCurrentIndex(combo.findData("ml-engineer"))
    combo.activated.emit(combo.currentIndex())
    assert main_window.adapter.project.scoping.risks[0].owner == "ml-engineer"
    assert main_window.adapter.undo_stack.undoText() == "Change owner of risk 'Noisy labels'"

    view.edit(model.index(0, 4))  # mitigation: a paragraph, Enter saves
    text = view.findChild(QPlainTextEdit)
    assert text is not None
    text.setPlainText("Double-label 10%")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert main_window.adapter.project.scoping.risks[0].mitigation == "Double-label 10%"

    log = panel.tables["decision_log"]
    log.view.setFocus()
    log.view.edit(log.model.index(0, 0))
    date = log.view.findChild(QDateEdit)
    assert date is not None
    date.setDate(date.date().addDays(3))
    qtbot.keyClick(date, Qt.Key.Key_Return)  # Qt commits a plain editor on the next turn
    decision = main_window.adapter.project.scoping.decision_log[0]
    qtbot.waitUntil(lambda: decision.date == dt.date(2026, 1, 15))


def test_a_newly_opened_project_starts_at_the_top(qtbot, main_window, panel, project_file):
    bar = panel.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert main_window.open_path(project_file)
    qtbot.waitUntil(lambda: bar.value() == 0)
    qtbot.wait(20)  # and it stays there once the form has settled
    assert bar.value() == 0


def test_a_misspelt_column_kind_fails_where_the_column_is_declared():
    from raci_studio.ui.scoping.table_model import Column, section_columns

    assert all(column.kind for columns in section_columns().values() for column in columns)
    with pytest.raises(ValueError, match="not a kind of MRD column"):
        Column("owner", "Owner", "rol")  # type: ignore[arg-type]
