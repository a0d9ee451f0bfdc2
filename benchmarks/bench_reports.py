"""Time the scoping lint and the MRD and model-card reports on a large project.

    .venv/bin/python benchmarks/bench_reports.py [--runs 11] [--activities 2000] [--roles 60]

Prints medians in milliseconds and ratios against a baseline measured in the same run: one
plain pass over every cell that joins its letters into a string (what any report must do).
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

from raci_studio.core.model import Project
from raci_studio.core.scoping import (
    check_scoping_completeness,
    check_scoping_criteria,
    completeness,
    team_summary,
)
from raci_studio.io.reports.html import mrd_html
from raci_studio.io.reports.markdown import mrd_markdown
from raci_studio.io.reports.model_card import model_card_json, model_card_markdown


def join_cells(project: Project) -> int:
    """Baseline: one plain pass over every cell, joining its letters into text."""
    size = 0
    for activity in project.activities:
        for role in project.roles:
            size += len("/".join(activity.raci.get(role.id, "")))
    return size


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Run the benchmark and print a table of medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    args = parser.parse_args()
    from generate import generate_project

    project = generate_project(activities=args.activities, roles=args.roles, seed=0)
    base = median_ms(lambda: join_cells(project), args.runs)
    rows = [
        ("join every cell (baseline)", base),
        ("completeness", median_ms(lambda: completeness(project), args.runs)),
        ("team summary", median_ms(lambda: team_summary(project), args.runs)),
        (
            "scoping rules",
            median_ms(
                lambda: (check_scoping_completeness(project), check_scoping_criteria(project)),
                args.runs,
            ),
        ),
        ("MRD Markdown", median_ms(lambda: mrd_markdown(project), args.runs)),
        ("MRD HTML (RACI matrix)", median_ms(lambda: mrd_html(project), args.runs)),
        ("model card Markdown", median_ms(lambda: model_card_markdown(project), args.runs)),
        ("model card JSON", median_ms(lambda: model_card_json(project), args.runs)),
    ]
    print(f"{len(project.activities)} activities × {len(project.roles)} roles")
    for name, ms in rows:
        print(f"{name:<28} {ms:9.2f} ms   ×{ms / base:6.1f}")


if __name__ == "__main__":
    main()
