"""Time the portfolio audit of 50 sample-size projects against loading those 50 files.

    .venv/bin/python benchmarks/bench_audit.py [--runs 11] [--projects 50]

The 50 files are copies of the five samples (written to a temporary folder). The baseline is
loading them (``load_portfolio``: read, parse, migrate, validate, check references); the case
is auditing the loaded projects (root-cause analysis, rules, completeness, people). Budget:
the audit within 2× the load.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import measure

from raci_studio.core.audit import audit_portfolio
from raci_studio.io.project.portfolio import load_portfolio

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.raci.json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--projects", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="raci-audit-"))
    try:
        for i in range(args.projects):
            source = SAMPLES[i % len(SAMPLES)]
            shutil.copy(source, folder / f"{i:03d}-{source.name}")
        projects = load_portfolio([folder]).projects
        assert len(projects) == args.projects
        times = measure(
            {
                "load": lambda: load_portfolio([folder]),
                "audit": lambda: audit_portfolio(projects),
            },
            args.runs,
        )
    finally:
        shutil.rmtree(folder)
    load, audit = times["load"], times["audit"]
    print(f"load {args.projects} projects (baseline)   {load * 1000:8.1f} ms")
    print(
        f"audit {args.projects} projects             {audit * 1000:8.1f} ms   ×{audit / load:.2f}"
    )


if __name__ == "__main__":
    main()
