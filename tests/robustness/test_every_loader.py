"""Every file loader against every input of the hostile corpus.

For each case and each loader (project file, sheet import and preview of .xlsx and .csv,
measurements CSV, MLflow store) the outcome must be the loader's own error type with a message
that names the file (and the place, where the case has one) — or, for loaders that report bad
rows themselves, a result. Each case runs in a fresh interpreter (``runner.py``) with a hard
timeout that only guards against hangs; the child reports its peak memory, which must stay
under MEMORY_LIMIT_MB, and the case's folder must be exactly as it was: nothing written.
Cases run two at a time; the slowest loads and the peak memory are printed at the end.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.robustness.corpus import CASES, VARIANTS, Case, materialise
from tests.robustness.runner import STEP_TIMEOUT as HANG_GUARD

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("runner.py")
MEMORY_LIMIT_MB = 500
WORKERS = 2
#: Kinds whose cases take longest, started first so that the two workers finish together.
HEAVY_FIRST = ("huge", "zip-bomb", "special", "sqlite")
#: Exceptions that must never be what a loader's error stands for, even when wrapped.
RESOURCE_ERRORS = ("MemoryError",)


@dataclass
class Outcome:
    """What happened when every loader read one case."""

    case: Case
    inputs: dict[str, Path]
    runs: dict[str, dict[str, Any]] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    crash: str = ""
    wall: float = 0.0


def _listing(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Return every entry under ``folder`` (links not followed) with its mode, size and mtime."""
    entries = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            info = path.lstat()
            entries[str(path.relative_to(folder))] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return entries


def _run(case: Case, base: Path) -> Outcome:
    folder = base / case.name
    outcome = Outcome(case, materialise(case, folder))
    before = _listing(folder)
    args = [a for variant, path in outcome.inputs.items() for a in (variant.split(".")[0], path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(RUNNER), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD * len(VARIANTS) + 30,
            cwd=folder,
            env=env,
            check=False,
        )
        stdout, error = done.stdout, done.stderr if done.returncode else ""
    except subprocess.TimeoutExpired as exc:
        stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        error = "the runner itself hung and was killed"
    outcome.wall = time.perf_counter() - start
    lines = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    outcome.runs = dict(zip(outcome.inputs, lines, strict=False))
    outcome.crash = error[-3000:]
    after = _listing(folder)
    outcome.changed = sorted(
        k for k in before.keys() | after.keys() if before.get(k) != after.get(k)
    )
    shutil.rmtree(folder)  # some inputs are tens of MB; the corpus can be made again
    return outcome


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Run the whole corpus once, two cases at a time; return the outcome of each case."""
    base = tmp_path_factory.mktemp("corpus")
    order = sorted(CASES, key=lambda c: c.kind not in HEAVY_FIRST)
    with ThreadPoolExecutor(WORKERS) as pool:
        done = list(pool.map(lambda case: _run(case, base), order))
    return {outcome.case.name: outcome for outcome in done}


def problems(outcome: Outcome) -> list[str]:
    """Return everything wrong with how the loaders handled one case."""
    found = [f"the folder changed: {name}" for name in outcome.changed]
    if outcome.crash:
        found.append(f"the runner failed: {outcome.crash}")
    for variant, path in outcome.inputs.items():
        run = outcome.runs.get(variant)
        if run is None:
            found.append(f"{variant}: no outcome")
            continue
        found += [f"{variant}: {p}" for p in _run_problems(outcome.case, variant, path, run)]
    return found


def _run_problems(case: Case, variant: str, path: Path, run: dict[str, Any]) -> list[str]:
    found = []
    if run["max_rss_mb"] >= MEMORY_LIMIT_MB:
        found.append(f"peak memory {run['max_rss_mb']:.0f} MB (limit {MEMORY_LIMIT_MB} MB)")
    if run["seconds"] >= HANG_GUARD:
        found.append(f"still running after {run['seconds']:.0f} s")
    if any(name in run["chain"] for name in RESOURCE_ERRORS):
        found.append(f"ran out of memory, reported as {run['error_type']}: {run['message']}")
    if run["ok"]:
        if case.expected(variant) != "either":
            found.append(f"read this input without an error ({run['summary']})")
        return found
    if not run["own_error"]:
        found.append(f"raised {run['error_type']}: {run['message'][:500]}")
        return found
    message = run["message"]
    if path.name not in message:
        found.append(f"the message does not name {path.name}: {message[:300]}")
    place = case.place.get(variant)
    if place and not re.search(place, message):
        found.append(f"the message does not say where ({place}): {message[:300]}")
    if "Traceback" in message:
        found.append(f"the message holds a traceback: {message[:300]}")
    return found


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_loader_refuses_clearly_within_bounds(
    case: Case, outcomes: dict[str, Outcome]
) -> None:
    found = problems(outcomes[case.name])
    assert not found, f"{case.name} ({case.kind}):\n  " + "\n  ".join(found)


def test_the_corpus_covers_every_kind_and_loader(
    outcomes: dict[str, Outcome], capsys: pytest.CaptureFixture[str]
) -> None:
    kinds = {case.kind for case in CASES}
    assert {"truncated", "wrong-type", "huge", "nested", "entities", "zip-bomb"} <= kinds
    assert {"encoding", "random", "missing-parts", "sqlite", "mlruns", "special"} <= kinds
    runs = [
        (run["seconds"], run["max_rss_mb"], name, variant)
        for name, outcome in outcomes.items()
        for variant, run in outcome.runs.items()
    ]
    assert len(runs) == len(CASES) * len(VARIANTS)
    slowest = sorted(runs, reverse=True)[:8]
    with capsys.disabled():
        print(f"\n{len(CASES)} inputs x {len(VARIANTS)} loaders; slowest loads:")
        for seconds, rss, name, variant in slowest:
            print(f"  {seconds:6.2f} s {rss:6.0f} MB  {variant:<13} {name}")
        peak = max(runs, key=lambda r: r[1])
        print(f"  peak memory {peak[1]:.0f} MB ({peak[3]}, {peak[2]})")
        wall = sum(o.wall for o in outcomes.values())
        print(f"  {wall:.0f} s of child time over {WORKERS} workers")
