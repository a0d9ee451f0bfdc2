"""Reading a plan's committed versions from real git repositories, and the handoffs in them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from raci_studio.cli import main
from raci_studio.core.handoffs import history_handoffs
from raci_studio.core.model import Project
from raci_studio.io.git.history import (
    HistoryCancelledError,
    git_log,
    read_history,
)
from raci_studio.io.project.file import load_project, loads_project, save_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "churn-prediction.raci.json"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
ACTIVITY = "define-churn-no-active-contract-60-days-after-the-scoring-da"


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with the churn sample committed as plan.raci.json."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    folder = tmp_path / "plans"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Ann Example")
    git(folder, "config", "user.email", "ann@example.org")
    shutil.copy(SAMPLE, folder / "plan.raci.json")
    commit(folder, "base", "2025-01-06T09:00:00+01:00")
    return folder


def commit(
    repo: Path, message: str, date: str, author: str = "Ann Example <a@example.org>"
) -> None:
    """Commit everything with ``author`` at ``date`` (ISO 8601)."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, f"--author={author}", f"--date={date}")


def hand_over(path: Path, to_role: str) -> None:
    """Give the first activity's Accountable letter to ``to_role`` (keeping its R)."""
    project = load_project(path)
    activity = next(a for a in project.activities if a.id == ACTIVITY)
    activity.raci = {r: x.replace("A", "") for r, x in activity.raci.items()}
    activity.raci = {r: x for r, x in activity.raci.items() if x}
    activity.raci[to_role] = activity.raci.get(to_role, "") + "A"
    save_project(project, path)


def parse(data: bytes, source: str) -> Project:
    """Parse a committed version as the app does."""
    return loads_project(data, source)


@needs_git
def test_an_accountable_changed_in_a_commit_is_a_handoff(repo: Path) -> None:
    plan = repo / "plan.raci.json"
    hand_over(plan, "data-scientist")
    commit(repo, "DS owns the label", "2025-02-10T12:00:00+01:00", "Bo Dev <bo@example.org>")
    history = read_history(plan, parse)
    assert history.reason is None and history.commits == 2 and history.skipped == 0
    assert [v[1] for v in history.versions] == ["Ann Example", "Bo Dev"]  # oldest first
    [found] = [h for h in history_handoffs(history.versions) if h.letter == "A"]
    assert (found.activity, found.from_role, found.to_role) == (
        ACTIVITY,
        "product-manager",
        "data-scientist",
    )
    assert found.author == "Bo Dev" and str(found.date) == "2025-02-10"
    assert found.commit == git(repo, "rev-parse", "HEAD").strip()


@needs_git
def test_history_follows_a_rename_and_skips_an_invalid_version(repo: Path) -> None:
    plan = repo / "plan.raci.json"
    plan.write_text('{"schema_version": 2, "name": ', encoding="utf-8")  # broken mid-history
    commit(repo, "broken", "2025-02-01T09:00:00Z")
    shutil.copy(SAMPLE, plan)
    commit(repo, "restored", "2025-02-02T09:00:00Z")
    git(repo, "mv", "plan.raci.json", "churn plan.raci.json")
    commit(repo, "renamed", "2025-02-03T09:00:00Z")
    moved = repo / "churn plan.raci.json"
    hand_over(moved, "crm-campaign-manager")
    commit(repo, "CRM owns it", "2025-03-01T09:00:00Z")
    seen: list[tuple[int, int]] = []
    history = read_history(moved, parse, progress=lambda done, total: seen.append((done, total)))
    assert history.commits == 5 and history.skipped == 1 and len(history.versions) == 4
    assert "plan.raci.json at" in history.problems[0]
    assert seen[-1] == (5, 5)
    assert "1 version skipped" in history.summary()
    found = [h for h in history_handoffs(history.versions) if h.letter == "A"]
    assert [(h.to_role, str(h.date)) for h in found] == [("crm-campaign-manager", "2025-03-01")]


@needs_git
def test_the_cap_keeps_the_newest_commits_and_says_so(repo: Path) -> None:
    plan = repo / "plan.raci.json"
    for i, role in enumerate(["data-scientist", "ml-engineer", "product-manager"]):
        hand_over(plan, role)
        commit(repo, f"step {i}", f"2025-02-0{i + 1}T09:00:00Z")
    entries, capped = git_log(plan, limit=2)
    assert capped and [e.date.day for e in entries] == [3, 2]  # newest first
    history = read_history(plan, parse, limit=2)
    assert history.capped and history.commits == 2
    assert "only the newest 2 commits" in history.summary()
    assert len(history_handoffs(history.versions)) >= 1


@needs_git
def test_cancelling_stops_the_read(repo: Path) -> None:
    with pytest.raises(HistoryCancelledError):
        read_history(repo / "plan.raci.json", parse, cancelled=lambda: True)


@needs_git
def test_outside_a_work_tree_or_never_committed_gives_a_reason(repo: Path, tmp_path: Path) -> None:
    loose = tmp_path / "loose.raci.json"
    shutil.copy(SAMPLE, loose)
    history = read_history(loose, parse)
    assert history.versions == [] and "not in a git work tree" in (history.reason or "")
    fresh = repo / "new.raci.json"
    shutil.copy(SAMPLE, fresh)
    assert "has no commit yet" in (read_history(fresh, parse).reason or "")


def test_without_git_on_the_path_the_history_is_empty_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    history = read_history(SAMPLE, parse)
    assert history.versions == [] and "git is not installed" in (history.reason or "")


@needs_git
def test_export_with_git_history_adds_the_handoffs_to_the_report(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = repo / "plan.raci.json"
    hand_over(plan, "data-scientist")
    commit(repo, "DS owns the label", "2025-02-10T12:00:00Z", "Bo Dev <bo@example.org>")
    short = git(repo, "rev-parse", "--short=7", "HEAD").strip()
    md, page = repo / "rca.md", repo / "rca.html"
    assert (
        main(["export", str(plan), "--report", "retrospective", "-o", str(md), "--git-history"])
        == 0
    )
    assert "git history: 2 commits read, 1 handoff found" in capsys.readouterr().out
    text = md.read_text(encoding="utf-8")
    assert "_From the file's git history: 2 commits read, 1 handoff found._" in text
    assert (
        f"Accountable passes from Product Manager to Data Scientist (commit {short} by Bo Dev)"
        in text
    )
    assert "The Accountable role changed mid-project on 2025-02-10" in text
    args = ["export", str(plan), "--report", "retrospective", "-o", str(page), "--git-history", "5"]
    assert main(args) == 0
    assert f"(commit {short} by Bo Dev)" in page.read_text(encoding="utf-8")
    plain = repo / "plain.md"
    assert main(["export", str(plan), "--report", "retrospective", "-o", str(plain)]) == 0
    assert "commit " not in plain.read_text(encoding="utf-8")  # off unless asked


def test_export_git_history_problems_are_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rca.md"
    args = ["export", str(SAMPLE), "-o", str(out), "--git-history"]
    assert main(args) == 2
    assert "--git-history goes with --report retrospective" in capsys.readouterr().err
    assert main([*args, "1", "--report", "retrospective"]) == 2
    assert "at least 2 commits" in capsys.readouterr().err
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main([*args, "--report", "retrospective"]) == 0
    assert "warning: no git history read: git is not installed" in capsys.readouterr().err
    assert out.is_file()


@needs_git
def test_a_merged_branch_counts_as_its_merge_commit(repo: Path) -> None:
    plan = repo / "plan.raci.json"
    git(repo, "checkout", "-q", "-b", "side")
    hand_over(plan, "data-scientist")
    commit(repo, "on the side", "2025-02-01T09:00:00Z", "Bo Dev <bo@example.org>")
    git(repo, "checkout", "-q", "main")
    (repo / "notes.txt").write_text("elsewhere\n", encoding="utf-8")
    commit(repo, "meanwhile", "2025-02-02T09:00:00Z")
    git(repo, "merge", "-q", "--no-edit", "side")
    history = read_history(plan, parse)
    assert history.commits == 2 and history.skipped == 0
    [found] = [h for h in history_handoffs(history.versions) if h.letter == "A"]
    assert found.commit == git(repo, "rev-parse", "HEAD").strip()  # the merge, on main's line
