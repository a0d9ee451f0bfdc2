"""The conflicts panel and File ▸ Compare With, as a person uses them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog

from raci_studio.core.versions.merge import merge_projects
from raci_studio.io.project.file import load_project, save_project
from raci_studio.ui import compare
from tests.core.conftest import build_small_project


@pytest.fixture
def conflicted_file(tmp_path: Path) -> Path:
    """A merged project with three conflicts: the name, a cell and a metric target."""
    base, ours, theirs = build_small_project(), build_small_project(), build_small_project()
    ours.name, theirs.name = "Deflection (ours)", "Deflection (theirs)"
    ours.activities[0].raci["ml-engineer"], theirs.activities[0].raci["ml-engineer"] = "R", "C"
    ours.metrics[2].target, theirs.metrics[2].target = 250, 280
    path = tmp_path / "merged.raci.json"
    save_project(merge_projects(base, ours, theirs).project, path)
    return path


def test_opening_a_conflicted_project_shows_the_panel_with_three_sides(
    main_window, conflicted_file
):
    assert not main_window.conflicts_dock.isVisible()  # the clean project had none
    assert main_window.open_path(conflicted_file)
    dock = main_window.conflicts_dock
    assert dock.isVisible()
    model = dock.model
    assert model.rowCount() == 3
    row = [model.data(model.index(0, c)) for c in range(5)]
    assert row == ["Project name", '"Support ticket deflection"', '"Deflection (ours)"',
                   '"Deflection (theirs)"', ""]  # fmt: skip
    assert "3 of 3 merge conflicts to resolve" in dock.summary.text()


def test_a_conflict_finding_jumps_to_the_conflict(main_window, conflicted_file):
    main_window.open_path(conflicted_file)
    main_window.conflicts_dock.hide()
    finding = next(f for f in main_window.findings.findings if f.ids == ("conflict-2",))
    main_window.show_finding(finding)
    assert main_window.conflicts_dock.isVisible()
    assert main_window.conflicts_dock.current().id == "conflict-2"


def test_each_choice_is_one_undo_step_and_saving_drops_resolved_conflicts(
    main_window, conflicted_file
):
    main_window.open_path(conflicted_file)
    dock, adapter = main_window.conflicts_dock, main_window.adapter
    dock.table.selectRow(0)
    assert dock.resolve_current("theirs")
    assert adapter.project.name == "Deflection (theirs)"
    assert dock.model.data(dock.model.index(0, 4)) == "✓ theirs"
    assert dock.current().id != "conflict-1"  # moved on to the next open conflict
    assert dock.resolve_current("base")
    assert "ml-engineer" not in adapter.project.activities[0].raci
    assert adapter.undo_stack.count() == 2
    adapter.undo_stack.undo()
    assert adapter.project.activities[0].raci["ml-engineer"] == "R"
    assert main_window.save()
    saved = load_project(conflicted_file)
    assert saved.name == "Deflection (theirs)"
    assert [c.where for c in saved.conflicts] == [
        'Activity "Define success KPIs": ML Engineer',
        'Metric "p95 latency": target',
    ]


def test_an_edited_value_resolves_the_conflict(main_window, conflicted_file, monkeypatch):
    main_window.open_path(conflicted_file)
    dock = main_window.conflicts_dock
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (265.0, True))
    dock.table.selectRow(2)
    assert dock.resolve_current("edited")
    assert main_window.adapter.project.metrics[2].target == 265.0
    assert "All" not in dock.summary.text()
    for row in (0, 1):
        dock.table.selectRow(row)
        dock.resolve_current("ours")
    assert dock.summary.text().startswith("All 3 conflicts resolved")
    assert not any(button.isEnabled() for button in dock.buttons.values())


def test_compare_with_a_file_lists_the_changes(main_window, tmp_path, qtbot):
    main_window.adapter.project.roles[0].name = "Product Owner"
    older = tmp_path / "older.raci.json"
    save_project(build_small_project(), older)
    dialog = compare.show_comparison(main_window, load_project(older), "Changes since older")
    qtbot.addWidget(dialog)
    area = dialog.tree.topLevelItem(0)
    assert area.text(0) == "Roles"
    assert area.child(0).text(0) == 'Role "Product Owner" renamed from "Product Manager"'
    assert dialog.summary.text() == "1 change (old → now):"
    dialog.close()


def test_compare_menu_explains_why_the_last_commit_is_not_available(main_window, monkeypatch):
    from PySide6.QtWidgets import QMenu

    menu = QMenu(main_window)
    monkeypatch.setattr(compare, "git_executable", lambda: None)
    compare.fill_compare_menu(main_window, menu)
    last = menu.actions()[1]
    assert last.text() == "Last Commit (git is not installed)" and not last.isEnabled()
    monkeypatch.undo()
    compare.fill_compare_menu(main_window, menu)
    last = menu.actions()[1]
    if shutil.which("git"):
        assert last.text() == "Last Commit (the project is not in a git repository)"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_compare_with_the_last_commit_reads_it_through_git(
    main_window, project_file, qtbot, monkeypatch
):
    folder = project_file.parent
    for args in (
        ["init", "-q"],
        ["config", "user.name", "Test Person"],
        ["config", "user.email", "test@example.org"],
        ["add", project_file.name],
        ["commit", "-q", "-m", "plan"],
    ):
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)
    main_window.adapter.project.phases[0].name = "Discovery"
    shown = []
    monkeypatch.setattr(compare, "show_comparison", lambda w, old, title: shown.append(
        [x.text for x in compare.diff_projects(old, w.adapter.project)]
    ))  # fmt: skip
    compare.compare_with_last_commit(main_window)
    assert shown == [['Phase "Discovery" renamed from "Business understanding"']]


def test_the_panel_works_from_the_keyboard(main_window, conflicted_file, qtbot):
    from tests.ui.focus_order import accessible_name, open_for_keys, out_of_reading_order, tab_chain

    main_window.open_path(conflicted_file)
    dock = main_window.conflicts_dock
    dock.show_conflict(main_window.adapter.project.conflicts[0].id)
    first = open_for_keys(qtbot, dock)
    assert first is dock.table
    body = dock.widget()
    chain = [w for w in tab_chain(main_window, first) if body.isAncestorOf(w)]
    assert chain == [dock.table, *dock.buttons.values()]
    assert not out_of_reading_order(chain, body)
    assert all(accessible_name(w) for w in chain)
    assert dock.buttons["ours"].toolTip().endswith("(Alt+O)")  # the underlined letter's key
    # the title bar's icon-only Float and Close buttons too
    assert all(accessible_name(b) for b in dock.findChildren(QAbstractButton) if b.isVisible())
    for expected in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected  # the table gives Tab up at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert not body.isAncestorOf(QApplication.focusWidget())  # and the panel lets it go
