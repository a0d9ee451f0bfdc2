"""The Retrospective tab reads the file's git history in a thread and shows its handoffs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from raci_studio.io.project.file import load_project, save_project
from raci_studio.ui.retrospective.panel import RetrospectivePanel
from tests.ui.conftest import SAMPLES

RETRO = SAMPLES / "demand-forecast-retrospective.raci.json"
PILOT = "pilot-in-20-stores-against-20-matched-control-stores"
ROLLOUT = "roll-out-to-140-stores-in-four-waves"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, capture_output=True, check=True, timeout=120)


def give_accountable(path: Path, activity_id: str, role: str) -> None:
    """Move ``activity_id``'s Accountable letter to ``role`` in the file at ``path``."""
    project = load_project(path)
    activity = next(a for a in project.activities if a.id == activity_id)
    letters = {r: x.replace("A", "") for r, x in activity.raci.items()}
    letters[role] = letters.get(role, "") + "A"
    activity.raci = {r: x for r, x in letters.items() if x}
    save_project(project, path)


@pytest.fixture
def plan_in_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demand-forecast sample in a repository whose history hands two activities over."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Priya Nair")
    git(repo, "config", "user.email", "priya@example.org")
    plan = repo / "forecast.raci.json"
    shutil.copy(RETRO, plan)
    give_accountable(plan, PILOT, "data-scientist")
    give_accountable(plan, ROLLOUT, "mlops-engineer")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "plan", "--date=2024-11-04T09:00:00Z")
    give_accountable(plan, PILOT, "product-manager")
    git(repo, "commit", "-q", "-am", "pilot to PM", "--date=2025-02-17T09:00:00Z")
    give_accountable(plan, ROLLOUT, "product-manager")
    git(repo, "commit", "-q", "-am", "rollout to PM", "--date=2025-04-14T09:00:00Z")
    return plan


def show_retrospective(window, qtbot) -> RetrospectivePanel:
    window.tabs.setCurrentIndex(window.view_titles().index("Retrospective"))
    panel = window.current_view()
    assert isinstance(panel, RetrospectivePanel)
    qtbot.waitUntil(lambda: panel.canvas is not None, timeout=20_000)
    return panel


@needs_git
def test_history_is_read_when_the_tab_shows_a_file_in_git(main_window, qtbot, plan_in_git) -> None:
    assert main_window.open_path(plan_in_git)
    panel = show_retrospective(main_window, qtbot)
    qtbot.waitUntil(lambda: len(panel.history_handoffs) == 2, timeout=20_000)
    assert panel.history.label.text() == "Git history: 3 commits read, 2 handoffs found."
    assert not panel.history.reading and panel.history.read_button.isEnabled()
    qtbot.waitUntil(lambda: "(commit " in panel.analysis.toPlainText())
    text = panel.analysis.toPlainText()
    assert "Accountable passes from Data Scientist to Product Manager (commit" in text
    assert "The Accountable role changed mid-project on 2025-04-14" in text
    # the timeline drew a handoff marker on the phase of each handed-over activity
    qtbot.waitUntil(lambda: _handoff_markers(panel) >= 2)
    assert panel.history.read_action in panel.window_actions()


def _handoff_markers(panel: RetrospectivePanel) -> int:
    from raci_studio.io.charts.timeline import HANDOFF

    axes = panel.figure.get_axes()
    if not axes:
        return 0
    return sum(
        len(line.get_xdata())
        for line in axes[0].get_lines()
        if line.get_marker() == "v" and line.get_color() == HANDOFF
    )


@needs_git
def test_read_again_after_a_commit_and_cancel(main_window, qtbot, plan_in_git) -> None:
    assert main_window.open_path(plan_in_git)
    panel = show_retrospective(main_window, qtbot)
    bar = panel.history
    qtbot.waitUntil(lambda: len(panel.history_handoffs) == 2, timeout=20_000)
    before = _handoff_markers(panel)
    give_accountable(plan_in_git, PILOT, "business-stakeholder")
    git(plan_in_git.parent, "commit", "-q", "-am", "pilot to the business")
    bar.read_action.trigger()
    assert bar.reading and bar.cancel_button.isVisibleTo(bar)
    bar.cancel()
    assert not bar.reading and "cancelled" in bar.label.text()
    assert len(panel.history_handoffs) == 2  # what was shown stays
    with qtbot.waitSignal(bar.handoffs_changed, timeout=20_000):
        bar.read_button.click()
    assert len(panel.history_handoffs) == 3
    qtbot.waitUntil(lambda: _handoff_markers(panel) > before)


def test_a_file_outside_git_reads_nothing(main_window, qtbot) -> None:
    panel = show_retrospective(main_window, qtbot)
    assert panel.history_handoffs == ()
    assert not panel.history.reading
    assert "Not in a git work tree" in panel.history.label.text()


@needs_git
def test_opening_another_file_drops_the_history(main_window, qtbot, plan_in_git, project_file):
    assert main_window.open_path(plan_in_git)
    panel = show_retrospective(main_window, qtbot)
    qtbot.waitUntil(lambda: len(panel.history_handoffs) == 2, timeout=20_000)
    with qtbot.waitSignal(panel.history.handoffs_changed):
        assert main_window.open_path(project_file)
    assert panel.history_handoffs == ()


@needs_git
def test_the_exported_report_carries_the_history_handoffs(
    main_window, qtbot, plan_in_git, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    assert main_window.open_path(plan_in_git)
    panel = show_retrospective(main_window, qtbot)
    qtbot.waitUntil(lambda: len(panel.history_handoffs) == 2, timeout=20_000)
    target = tmp_path / "rca.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(target), "Web page (*.html)")
    )
    panel.export_report_dialog()
    page = target.read_text(encoding="utf-8")
    assert "Accountable passes from MLOps Engineer to Product Manager (commit" in page


def next_tab_stop(widget):
    """Return the widget Tab moves to from ``widget`` (skipping those Tab never stops at)."""
    from PySide6.QtCore import Qt

    step = widget.nextInFocusChain()
    while step is not widget:
        if step.isVisible() and step.isEnabled() and step.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return step
        step = step.nextInFocusChain()
    return widget


def test_retrospective_forms_read_in_order_with_names(main_window, qtbot) -> None:
    panel = show_retrospective(main_window, qtbot)
    tracking, notes = panel.tracking, panel.notes
    panel.tabs.setCurrentWidget(tracking)
    assert next_tab_stop(tracking.search) is tracking.status
    assert next_tab_stop(tracking.status) is tracking.table
    assert next_tab_stop(panel.export_button) is panel.image_button
    assert notes.summary.tabChangesFocus()
    assert tracking.search.accessibleName() and tracking.status.accessibleName()
    assert panel.analysis.accessibleName() == "Root-cause analysis"
    assert [notes.tabText(i) for i in range(notes.count())] == [
        "Summary",
        "Findings",
        "Contributing factors",
        "Lessons",
    ]
    assert all(notes.lists[name].accessibleName() for name in notes.lists)


@needs_git
def test_read_follows_a_save_as_into_a_repository(main_window, qtbot, plan_in_git) -> None:
    panel = show_retrospective(main_window, qtbot)
    assert "Not in a git work tree" in panel.history.label.text()
    moved = plan_in_git.with_name("copy.raci.json")
    assert main_window._save_to(moved)  # the project was unchanged: no undo-stack signal
    git(moved.parent, "add", "copy.raci.json")
    git(moved.parent, "commit", "-q", "-m", "copy")
    with qtbot.waitSignal(panel.history.handoffs_changed, timeout=20_000):
        panel.history.read_button.click()
    assert panel.history.label.text() == "Git history: 1 commit read, 0 handoffs found."


def test_the_timeline_follows_the_dark_scheme(main_window, qtbot) -> None:
    from raci_studio.ui.theme import Appearance

    panel = show_retrospective(main_window, qtbot)
    qtbot.waitUntil(lambda: not panel._dirty, timeout=20_000)
    light = panel.figure.get_facecolor()
    try:
        main_window.theme.set_appearance(Appearance.DARK)
        qtbot.waitUntil(lambda: panel.figure.get_facecolor() != light, timeout=5000)
        assert sum(panel.figure.get_facecolor()[:3]) < 0.6  # never a white rectangle
    finally:
        main_window.theme.set_appearance(Appearance.LIGHT)
    qtbot.waitUntil(lambda: panel.figure.get_facecolor() == light, timeout=5000)
