"""Time reading a plan's git history for its handoffs against loading the file as often.

    python benchmarks/bench_git_history.py [--commits 50 --runs 7]

A temporary repository holds ``--commits`` versions of the demand-forecast sample (a
sample-size plan), each commit handing one activity's Accountable letter to another role.
Cases, round-robin in one process: ``load_project`` of the file once per commit (the
baseline), ``read_history`` (``git log --follow``, ``git cat-file --batch``, every version
parsed and validated), and ``read_history`` followed by ``history_handoffs``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import measure

from raci_studio.core.handoffs import history_handoffs
from raci_studio.io.git.history import read_history
from raci_studio.io.project.file import load_project, loads_project, save_project

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "demand-forecast-retrospective.raci.json"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def build_repository(folder: Path, commits: int) -> Path:
    """Commit ``commits`` versions of the sample, each moving one Accountable letter."""
    _git(folder, "init", "-q", "-b", "main")
    _git(folder, "config", "user.name", "Bench")
    _git(folder, "config", "user.email", "bench@example.org")
    plan = folder / "plan.raci.json"
    project = load_project(SAMPLE)
    roles = [r.id for r in project.roles]
    for i in range(commits):
        activity = project.activities[i % len(project.activities)]
        holders = {r for r, x in activity.raci.items() if "A" in x}
        new = next(r for r in roles[i % len(roles) :] + roles if r not in holders)
        letters = {r: x.replace("A", "") for r, x in activity.raci.items()}
        letters[new] = letters.get(new, "") + "A"
        activity.raci = {r: x for r, x in letters.items() if x}
        save_project(project, plan)
        _git(folder, "add", "-A")
        day = dt.date(2025, 1, 1) + dt.timedelta(days=i)
        _git(folder, "commit", "-q", "-m", f"step {i}", f"--date={day}T09:00:00Z")
    return plan


def main(argv: list[str] | None = None) -> None:
    """Build the repository, time the cases and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=50)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
        plan = build_repository(Path(folder), args.commits)
        history = read_history(plan, loads_project)
        assert history.commits == args.commits and not history.skipped, history.summary()
        found = len(history_handoffs(history.versions))
        cases: dict[str, Callable[[], object]] = {
            f"load_project x {args.commits} (baseline)": lambda: [
                load_project(plan) for _ in range(args.commits)
            ],
            "read_history": lambda: read_history(plan, loads_project),
            "read_history + handoffs": lambda: history_handoffs(
                read_history(plan, loads_project).versions
            ),
        }
        medians = measure(cases, args.runs)
        size = plan.stat().st_size
    print(
        f"{args.commits} commits of a {size / 1e3:.0f} kB plan, {found} handoffs, "
        f"median of {args.runs} runs (Python {sys.version.split()[0]})"
    )
    baseline = next(iter(medians.values()))
    print(f"{'case':34} {'ms':>8} {'ratio':>7}")
    for name, seconds in medians.items():
        print(f"{name:34} {seconds * 1000:8.1f} {seconds / baseline:7.2f}")


if __name__ == "__main__":
    main()
