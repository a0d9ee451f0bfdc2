"""Time the three-way merge and the semantic diff against loading the files they read.

    python benchmarks/bench_versions.py [--activities 2000 --roles 60 --runs 11]

Two sides edit a generated project the way two people on two branches do: ours renames 100
activities, sets 300 cells and adds a role with its column; theirs sets 300 other cells,
moves 20 activities, adds 20 measurements to every metric and a gate criterion. Targets:
``merge_projects`` of the three within 3x the time of loading the three files, and
``diff_projects`` of two within 2x loading both. Cases run round-robin in one process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_project
from timing import measure

from raci_studio.core.model import Criterion, Measurement, Project, Role
from raci_studio.core.versions.diff import diff_projects
from raci_studio.core.versions.merge import merge_projects
from raci_studio.io.project.file import dumps_project, load_project, save_project


def _ours(project: Project, rng: random.Random) -> None:
    for activity in rng.sample(project.activities, 100):
        activity.name = f"{activity.name} (reworded)"
    roles = [r.id for r in project.roles]
    for activity in project.activities[:300]:
        activity.raci[rng.choice(roles)] = "C"
    project.roles.append(Role(id="legal-privacy", name="Legal/Privacy", short="LP"))
    for activity in project.activities[::50]:
        activity.raci["legal-privacy"] = "I"


def _theirs(project: Project, rng: random.Random) -> None:
    roles = [r.id for r in project.roles]
    for activity in project.activities[-300:]:
        activity.raci[rng.choice(roles)] = "I"
    for _ in range(20):
        moved = project.activities.pop(rng.randrange(len(project.activities)))
        project.activities.insert(rng.randrange(len(project.activities)), moved)
    for metric in project.metrics:
        for day in range(20):
            date = dt.date(2030, 1, 1) + dt.timedelta(days=day)
            metric.measurements.append(Measurement(date=date, value=rng.random(), source="bi"))
    project.gates[0].criteria.append(Criterion(id="legal-sign-off", text="Legal signed off"))


def main(argv: list[str] | None = None) -> None:
    """Write the three versions, time the cases and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)

    base = generate_project(activities=args.activities, roles=args.roles)
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"{side}.raci.json" for side in ("base", "ours", "theirs")]
        save_project(base, paths[0])
        for path, change, seed in ((paths[1], _ours, 1), (paths[2], _theirs, 2)):
            side = base.model_copy(deep=True)
            change(side, random.Random(seed))
            save_project(side, path)
        b, o, t = (load_project(p) for p in paths)
        outcome = merge_projects(b, o, t)
        assert outcome.clean, [c.where for c in outcome.conflicts][:5]
        lines = len(diff_projects(b, o))
        cases: dict[str, Callable[[], object]] = {
            "load 3 files (baseline)": lambda: [load_project(p) for p in paths],
            "merge_projects": lambda: merge_projects(b, o, t),
            "load 3 + merge + dumps (CLI)": lambda: dumps_project(
                merge_projects(*(load_project(p) for p in paths)).project
            ),
            "load 2 files (baseline)": lambda: [load_project(p) for p in paths[:2]],
            "diff_projects": lambda: diff_projects(b, o),
        }
        medians = measure(cases, args.runs)
        size = paths[0].stat().st_size

    print(
        f"{args.activities:,} activities x {args.roles} roles, {size / 1e6:.2f} MB a file, "
        f"diff of {lines} lines, median of {args.runs} runs (Python {sys.version.split()[0]})"
    )
    print(f"{'case':30} {'ms':>8} {'ratio':>7}")
    for name, seconds in medians.items():
        baseline = medians[
            "load 2 files (baseline)"
            if "diff" in name or "2 files" in name
            else "load 3 files (baseline)"
        ]
        print(f"{name:30} {seconds * 1000:8.1f} {seconds / baseline:7.2f}")


if __name__ == "__main__":
    main()
