"""Time `raci-studio check` on a sample as a whole process, against a process that only
imports Pydantic and validates the same file with the project model (same run, medians).

    python benchmarks/bench_check_cli.py [--runs 15] [FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "support-ticket-deflection.raci.json"

BASELINE = """
import sys
from raci_studio.core.model import Project
Project.model_validate_json(open(sys.argv[1], "rb").read())
"""


def wall_ms(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", default=str(SAMPLE))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # Compiled bytecode is kept between runs, as on a person's machine.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    ours_cmd = [sys.executable, "-m", "raci_studio", "check", args.file]
    base_cmd = [sys.executable, "-c", BASELINE, args.file]
    wall_ms(ours_cmd, env), wall_ms(base_cmd, env)  # warm-up: write bytecode
    ours, base = [], []
    for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
        ours.append(wall_ms(ours_cmd, env))
        base.append(wall_ms(base_cmd, env))
    o, b = statistics.median(ours), statistics.median(base)
    print(f"raci-studio check   {o:7.1f} ms")
    print(f"validate only       {b:7.1f} ms   ×{o / b:.2f}")


if __name__ == "__main__":
    main()
