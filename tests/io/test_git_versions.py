"""diff, merge and git-setup from the command line, and merges through git with the driver."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from raci_studio.cli import main
from raci_studio.core.model import Measurement, Role
from raci_studio.io.git.run import GitError, committed_bytes, work_tree_of
from raci_studio.io.git.setup import ATTRIBUTES_LINE, set_up_git
from raci_studio.io.project.file import load_project, save_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "churn-prediction.raci.json"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def git_env(tmp_path, monkeypatch):
    """Isolate git from the user's config; let the driver run this source tree."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    return home


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=check, timeout=120
    )


@pytest.fixture
def repo(tmp_path, git_env):
    """A repository with the churn sample committed on main and the drivers set up."""
    folder = tmp_path / "plans"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Test Person")
    git(folder, "config", "user.email", "test@example.org")
    shutil.copy(SAMPLE, folder / "plan.raci.json")
    assert main(["git-setup", "--repo", str(folder)]) == 0
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "base")
    return folder


def _edit(path: Path, change) -> None:
    project = load_project(path)
    change(project)
    save_project(project, path)


def _commit_on(repo: Path, branch: str, change, new: bool = True) -> None:
    git(repo, "checkout", "-q", *(["-b"] if new else []), branch)
    _edit(repo / "plan.raci.json", change)
    git(repo, "commit", "-q", "-am", f"edit on {branch}")


def _theirs(p) -> None:
    p.roles[0].name = "Product Owner"
    p.activities[0].raci["data-engineer"] = "C"
    p.roles.append(Role(id="auditor", name="Auditor", short="AU"))
    p.metrics[0].measurements.append(Measurement(date="2027-01-01", value=0.4, source="bi"))


def _ours(p) -> None:
    p.phases[1].name = "Data gathering"
    p.activities[3].raci["product-manager"] = "I"
    p.roles.append(Role(id="legal-counsel", name="Legal counsel", short="LC"))
    p.metrics[0].measurements.append(Measurement(date="2027-01-01", value=0.41, source="ops"))


@needs_git
def test_two_branches_merge_clean_through_the_driver_and_the_result_loads(repo):
    _commit_on(repo, "theirs", _theirs)
    _commit_on(repo, "main", _ours, new=False)
    done = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    merged = load_project(repo / "plan.raci.json")
    assert merged.roles[0].name == "Product Owner" and merged.phases[1].name == "Data gathering"
    assert {"auditor", "legal-counsel"} <= {r.id for r in merged.roles}
    assert merged.activities[0].raci["data-engineer"] == "C"
    assert merged.activities[3].raci["product-manager"] == "I"
    sources = {m.source for m in merged.metrics[0].measurements if m.date.year == 2027}
    assert sources == {"bi", "ops"} and not merged.conflicts
    assert main(["check", "-q", str(repo / "plan.raci.json")]) == 0
    shown = git(repo, "show", "HEAD~1", "--", "plan.raci.json").stdout  # through textconv
    assert '+roles[legal-counsel].name = "Legal counsel"' in shown


@needs_git
def test_the_same_cell_edited_on_both_sides_conflicts_in_a_file_that_loads(repo):
    cell = ("activities", 0, "data-engineer")

    def set_to(letters):
        return lambda p: p.activities[cell[1]].raci.__setitem__(cell[2], letters)

    _commit_on(repo, "theirs", set_to("I"))
    _commit_on(repo, "main", set_to("R"), new=False)
    done = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert done.returncode == 1
    path = repo / "plan.raci.json"
    assert b"<<<<<<<" not in path.read_bytes()
    merged = load_project(path)
    [conflict] = merged.conflicts
    assert conflict.path[-2:] == ["raci", "data-engineer"] and conflict.kind == "edited"
    assert merged.activities[0].raci["data-engineer"] == "R"  # ours, until resolved
    assert "1 conflict" in done.stderr + done.stdout
    assert main(["check", str(path)]) == 1


@needs_git
def test_git_setup_is_idempotent_and_global_setup_writes_the_user_files(repo, git_env):
    before = (repo / ".gitattributes").read_text()
    assert before.splitlines() == [ATTRIBUTES_LINE]
    steps = set_up_git(repo)
    assert not any(step.changed for step in steps)
    assert (repo / ".gitattributes").read_text() == before
    set_up_git(repo, user_wide=True)
    attributes = git_env / ".config" / "git" / "attributes"
    assert attributes.read_text().splitlines() == [ATTRIBUTES_LINE]
    driver = git(repo, "config", "--global", "merge.raci-studio.driver").stdout
    assert driver.strip().endswith("merge %O %A %B --path %P")


@needs_git
def test_git_setup_outside_a_repository_says_so(tmp_path, git_env, capsys):
    assert main(["git-setup", "--repo", str(tmp_path)]) == 2
    assert "not in a git work tree" in capsys.readouterr().err


@needs_git
def test_the_last_commit_is_read_through_git(repo):
    path = repo / "plan.raci.json"
    assert work_tree_of(path) == repo.resolve()
    committed = committed_bytes(path)
    _edit(path, lambda p: setattr(p, "name", "Changed"))
    assert committed != path.read_bytes() and committed == SAMPLE.read_bytes()
    with pytest.raises(GitError, match="not in the last commit"):
        committed_bytes(repo / "new.raci.json")
    assert work_tree_of(repo.parent / "elsewhere.raci.json") is None


def _three(tmp_path: Path, ours_change, theirs_change) -> tuple[str, str, str]:
    names = []
    for side, change in (("base", None), ("ours", ours_change), ("theirs", theirs_change)):
        path = tmp_path / f"{side}.raci.json"
        shutil.copy(SAMPLE, path)
        if change:
            _edit(path, change)
        names.append(str(path))
    return names[0], names[1], names[2]


def test_merge_command_exit_codes_and_output(tmp_path, capsys):
    base, ours, theirs = _three(tmp_path, _ours, _theirs)
    out = tmp_path / "merged.raci.json"
    assert main(["merge", base, ours, theirs, "-o", str(out)]) == 0
    assert load_project(out).roles[0].name == "Product Owner"
    base, ours, theirs = _three(
        tmp_path, lambda p: setattr(p, "name", "A"), lambda p: setattr(p, "name", "B")
    )
    capsys.readouterr()
    assert main(["merge", base, ours, theirs]) == 1  # to standard output
    captured = capsys.readouterr()
    assert json.loads(captured.out)["conflicts"][0]["where"] == "Project name"
    assert 'Project name: base "Customer churn prediction", ours "A", theirs "B"' in captured.err


def test_the_driver_keeps_ours_whole_when_a_version_cannot_be_read(tmp_path, capsys):
    base, ours, theirs = _three(tmp_path, _ours, None)
    Path(theirs).write_text("<<<<<<< not json\n")
    before = Path(ours).read_bytes()
    assert main(["merge", base, ours, theirs, "--path", "plan.raci.json"]) == 2
    assert Path(ours).read_bytes() == before
    assert "our version is kept" in capsys.readouterr().err


def test_diff_command_exit_codes_json_and_textconv(tmp_path, capsys):
    base, ours, _ = _three(tmp_path, _ours, None)
    assert main(["diff", base, base]) == 0
    assert capsys.readouterr().out == ""
    assert main(["diff", base, ours]) == 1
    text = capsys.readouterr().out
    assert 'Phase "Data gathering" renamed from "Data collection"' in text
    assert main(["diff", "--json", base, ours]) == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert {"area", "text", "path", "old", "new"} <= changes[0].keys()
    assert main(["diff", "--textconv", ours]) == 0
    assert 'phases[data-collection].name = "Data gathering"' in capsys.readouterr().out
    broken = tmp_path / "broken.raci.json"
    broken.write_text("{ half")
    assert main(["diff", "--textconv", str(broken)]) == 0  # shown as it is
    assert capsys.readouterr().out == "{ half"
    assert main(["diff", base, str(broken)]) == 2


@needs_git
def test_a_plan_added_on_two_branches_merges_from_an_empty_base(repo):
    git(repo, "rm", "-q", "plan.raci.json")
    git(repo, "commit", "-q", "-m", "no plan yet")
    git(repo, "checkout", "-q", "-b", "theirs")
    shutil.copy(SAMPLE, repo / "plan.raci.json")
    git(repo, "add", "plan.raci.json")
    git(repo, "commit", "-q", "-m", "their plan")
    git(repo, "checkout", "-q", "main")
    shutil.copy(SAMPLE, repo / "plan.raci.json")
    _edit(repo / "plan.raci.json", lambda p: p.roles.append(Role(id="auditor", name="Auditor")))
    git(repo, "add", "plan.raci.json")
    git(repo, "commit", "-q", "-m", "our plan")
    done = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert done.returncode == 0, done.stdout + done.stderr  # same items, one addition
    merged = load_project(repo / "plan.raci.json")
    assert merged.roles[-1].id == "auditor" and not merged.conflicts
