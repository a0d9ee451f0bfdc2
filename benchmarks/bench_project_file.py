"""Time loading and saving a large project file against plain ``json.loads`` of its bytes.

    python benchmarks/bench_project_file.py [--activities 2000 --roles 60 --runs 21]

Every measurement runs in the same process, interleaved round by round so that a noisy
machine slows them all alike; the medians and their ratios to the baseline are printed.
Targets: load within 2.5x and save within 1.5x ``json.loads``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_project
from timing import measure

from raci_studio.core.canonical import canonicalize
from raci_studio.core.model import Project
from raci_studio.core.references import check_references
from raci_studio.io.project.file import (
    dumps_project,
    load_project,
    save_project,
)
from raci_studio.io.project.json_guard import parse_json_bytes


def main(argv: list[str] | None = None) -> None:
    """Generate a project, time the cases and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args(argv)

    project = generate_project(activities=args.activities, roles=args.roles)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.raci.json"
        save_project(project, path)
        data = path.read_bytes()
        document = json.loads(data)
        loaded = load_project(path)
        out = Path(folder) / "saved.raci.json"
        cases: dict[str, Callable[[], object]] = {
            "json.loads (baseline)": lambda: json.loads(data),
            "model_validate_json (ref)": lambda: Project.model_validate_json(data),
            "loads+model_validate (ref)": lambda: Project.model_validate(json.loads(data)),
            "load_project": lambda: load_project(path),
            "  parse (guarded json)": lambda: parse_json_bytes(data),
            "  validate (pydantic)": lambda: Project.model_validate(document),
            "  check_references": lambda: check_references(loaded),
            "  canonicalize": lambda: canonicalize(loaded),
            "dumps_project": lambda: dumps_project(loaded),
            "save_project (+fsync)": lambda: save_project(loaded, out),
        }
        medians = measure(cases, args.runs)

    base = medians["json.loads (baseline)"]
    print(
        f"{args.activities:,} activities x {args.roles} roles, {len(data) / 1e6:.2f} MB, "
        f"median of {args.runs} runs (Python {sys.version.split()[0]})"
    )
    print(f"{'case':28} {'ms':>8} {'x json.loads':>13}")
    for name, seconds in medians.items():
        print(f"{name:28} {seconds * 1000:8.2f} {seconds / base:13.2f}")


if __name__ == "__main__":
    main()
