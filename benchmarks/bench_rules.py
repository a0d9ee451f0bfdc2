"""Time the RACI lint and the metric evaluation on a large project.

    .venv/bin/python benchmarks/bench_rules.py [--runs 21] [--activities 2000] [--roles 60]

Prints medians in milliseconds and ratios against baselines measured in the same run:
``check_project`` against one plain pass over every cell counting letters in a dict, and
the metric summaries against one plain pass over every measurement summing values.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from raci_studio.core.metrics import summarise
from raci_studio.core.model import Activity, Phase, Project, Role
from raci_studio.core.rules import check_project


def build_project(activities: int, roles: int) -> Project:
    """Return the generated benchmark project, or a simple stand-in without the generator."""
    try:
        from generate import generate_project
    except ImportError:
        return _fallback_project(activities, roles)
    return generate_project(activities=activities, roles=roles, seed=0)


def _fallback_project(activities: int, roles: int) -> Project:
    role_list = [Role(id=f"role-{i:03d}", name=f"Role {i}") for i in range(roles)]
    phase = Phase(id="work", name="Work")
    rows = []
    for i in range(activities):
        raci = {role_list[(i + k) % roles].id: "CII"[k % 3] for k in range(2, roles * 3 // 10)}
        raci[role_list[i % roles].id] = "A"
        raci[role_list[(i + 1) % roles].id] = "R"
        rows.append(Activity(id=f"a-{i}", name=f"Activity {i}", phase="work", raci=raci))
    return Project(name="Benchmark", roles=role_list, phases=[phase], activities=rows)


def count_letters(project: Project) -> dict[str, int]:
    """Baseline: one plain pass over every cell, counting each letter."""
    counts: dict[str, int] = {}
    for activity in project.activities:
        for letters in activity.raci.values():
            for letter in letters:
                counts[letter] = counts.get(letter, 0) + 1
    return counts


def sum_measurements(project: Project) -> float:
    """Baseline: one plain pass over every measurement, summing values."""
    total = 0.0
    for metric in project.metrics:
        for m in metric.measurements:
            total += m.value
    return total


def summarise_all(project: Project) -> int:
    """Summarise every metric (latest, status, trend, drift), as the findings panel does."""
    return len([summarise(m) for m in project.metrics])


def median_ms(fn: Callable[[Project], object], project: Project, runs: int) -> float:
    """Return the median wall time of ``fn(project)`` over ``runs`` runs, in ms."""
    fn(project)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(project)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    args = parser.parse_args(argv)
    project = build_project(args.activities, args.roles)
    cells = sum(len(a.raci) for a in project.activities)
    measurements = sum(len(m.measurements) for m in project.metrics)
    findings = check_project(project)
    baseline = median_ms(count_letters, project, args.runs)
    check = median_ms(check_project, project, args.runs)
    metric_baseline = median_ms(sum_measurements, project, args.runs)
    metric_time = median_ms(summarise_all, project, args.runs)
    print(
        f"project: {len(project.activities)} activities x {len(project.roles)} roles, "
        f"{cells} filled cells, {len(findings)} findings; "
        f"{len(project.metrics)} metrics, {measurements} measurements"
    )
    print(f"baseline (count letters, one pass)  {baseline:8.2f} ms")
    print(f"check_project                       {check:8.2f} ms   x{check / baseline:.1f}")
    print(f"baseline (sum measurements)         {metric_baseline:8.2f} ms")
    print(
        f"summarise every metric              {metric_time:8.2f} ms   "
        f"x{metric_time / metric_baseline:.1f}"
    )


if __name__ == "__main__":
    main()
