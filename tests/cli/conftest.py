"""Shared fixtures of the command-line tests: plans to check and ways to run the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from raci_studio.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "churn-prediction.raci.json"


@dataclass
class Run:
    """What a command did: its exit code and what it printed on each stream."""

    code: int
    out: str
    err: str

    def json(self) -> dict:
        """Return standard output read as JSON."""
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``raci-studio ARGS`` in this process; return its exit code and output."""

    def run(*args: str | Path) -> Run:
        capsys.readouterr()  # drop what earlier steps printed
        code = cli_main([str(a) for a in args])
        printed = capsys.readouterr()
        return Run(code, printed.out, printed.err)

    return run


def run_module(*args: str | Path, cwd: Path | None = None) -> Run:
    """Run ``python -m raci_studio ARGS`` as a separate process, as a script or CI would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "raci_studio", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A copy of a sample plan that passes the check (warnings only)."""
    path = tmp_path / "plan.raci.json"
    shutil.copy(SAMPLE, path)
    return path


@pytest.fixture
def failing_plan(tmp_path: Path) -> Path:
    """A plan whose first activity has no one Accountable: an error finding."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    raci = data["activities"][0]["raci"]
    data["activities"][0]["raci"] = {role: "C" for role in raci}
    path = tmp_path / "failing.raci.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def sheet_csv(tmp_path: Path) -> Path:
    """A small RACI sheet as someone makes it in a spreadsheet, saved as CSV."""
    path = tmp_path / "their-sheet.csv"
    path.write_text(
        "Activity,Product Manager,Data Scientist,ML Engineer\n"
        "Define the problem,A,R,C\n"
        "Train the model,I,A,R\n"
        "Deploy the model,A,C,R\n",
        encoding="utf-8",
    )
    return path
