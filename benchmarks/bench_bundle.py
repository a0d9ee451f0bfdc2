"""Cold start of the desktop bundle, against a bare PySide6 window, as whole processes.

    bash packaging/build.sh
    .venv/bin/python benchmarks/bench_bundle.py [--runs 11] [--bundle dist/raci-studio/raci-studio]

Each run starts a fresh process on the offscreen platform and waits for it to exit; the four
kinds are interleaved so that a noisy machine slows them alike:

- baseline: a bare PySide6 script that shows an empty QMainWindow, renders it once and quits;
- the bundle with ``--smoke-test`` and no file: the main window (welcome page) shown, every
  view rendered once, exit (code 3: no project);
- the bundle with ``--smoke-test`` on a sample: the same with the project open (exit 0);
- the app from source (``python -m raci_studio``) on the same sample, for scale.

Settings and app data go to a scratch folder, so no recent file is reopened. Target: the
bundle shows its window within 2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "support-ticket-deflection.raci.json"
TARGET_S = 2.0

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
sys.exit(0)
"""


def time_process(command: list[str], env: dict[str, str], expect: int) -> float:
    """Run one process to its end and return its wall time in seconds."""
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != expect:
        raise SystemExit(
            f"{' '.join(command)} exited {result.returncode}, not {expect}:\n"
            + result.stderr.decode(errors="replace")[-2000:]
        )
    return elapsed


def scratch_env(home: Path) -> dict[str, str]:
    """Return an offscreen environment whose settings and app data live under ``home``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return env


def main(argv: list[str] | None = None) -> int:
    """Time the bundle's start against a bare window and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist" / "raci-studio" / "raci-studio"
    )
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        raise SystemExit(f"{args.bundle} not found: build it first with bash packaging/build.sh")

    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        bare = home / "bare_window.py"
        bare.write_text(BARE_WINDOW, encoding="utf-8")
        kinds = {
            "bare PySide6 QMainWindow (baseline)": ([sys.executable, str(bare)], 0),
            "bundle: window shown, no file": ([str(args.bundle), "--smoke-test"], 3),
            "bundle: sample open, views rendered": (
                [str(args.bundle), "--smoke-test", str(SAMPLE)],
                0,
            ),
            "source: sample open, views rendered": (
                [sys.executable, "-m", "raci_studio", "--smoke-test", str(SAMPLE)],
                0,
            ),
        }
        # Each kind keeps its own settings: an opened sample must not become the recent file
        # that the "no file" start reopens.
        envs = {name: scratch_env(home / f"kind{i}") for i, name in enumerate(kinds)}
        times: dict[str, list[float]] = {name: [] for name in kinds}
        first = {name: time_process(cmd, envs[name], code) for name, (cmd, code) in kinds.items()}
        for _ in range(args.runs):
            for name, (command, code) in kinds.items():
                times[name].append(time_process(command, envs[name], code))

    baseline = statistics.median(times["bare PySide6 QMainWindow (baseline)"])
    print(f"median of {args.runs} runs each, interleaved (first run listed apart)\n")
    print(f"{'what':<40} {'first':>8} {'median':>8} {'min':>8} {'ratio':>7}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:<40} {first[name]:>7.2f}s {median:>7.2f}s {min(values):>7.2f}s"
            f" {median / baseline:>6.2f}x"
        )
    shown = statistics.median(times["bundle: window shown, no file"])
    verdict = "meets" if shown <= TARGET_S else "misses"
    print(f"\nbundle window shown in {shown:.2f} s: {verdict} the {TARGET_S:.0f} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
