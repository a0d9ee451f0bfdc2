"""Load one file with one loader in a fresh interpreter; print the outcome as a JSON line.

Usage: ``python tests/robustness/runner.py LOADER PATH [LOADER PATH ...]``; each pair is run
in turn (the robustness test passes the seven loaders of one input, which saves six
interpreter starts). Each line is ``{"loader", "ok", "error_type", "own_error", "message",
"chain", "summary", "seconds", "max_rss_mb"}``: ``own_error`` says whether the exception is
the loader's own error type, ``chain`` lists the exceptions it was raised while handling (so a
MemoryError turned into a tidy message is still seen), ``max_rss_mb`` is the process's peak
resident memory so far (it only grows, so the first loader over a limit is the one to blame).
Address space is capped so that a runaway loader fails here instead of exhausting the machine.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import resource
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

#: Each loader gets this long before it is interrupted: a guard against hangs, not a target
#: (the slowest case takes about 7 s on an idle 2-core machine, twice that when it is busy).
STEP_TIMEOUT = 30
#: Address-space cap: far above the 500 MB the test allows, low enough to protect the machine.
ADDRESS_SPACE = 3 * 1024**3
MAX_MLFLOW_RUNS = 5


class Stuck(BaseException):
    """Raised by the alarm; a BaseException so that no loader can mistake it for bad input."""


def _stuck(signum: int, frame: FrameType | None) -> None:
    raise Stuck(f"still running after {STEP_TIMEOUT} s")


def _project() -> Any:
    from raci_studio.core.model import Measurement, Metric, Project

    return Project(
        name="Robustness",
        metrics=[
            Metric(id="accuracy", name="Accuracy"),
            Metric(
                id="latency",
                name="Latency",
                measurements=[Measurement(date=dt.date(2026, 1, 1), value=1.0)],
            ),
        ],
    )


def _project_file(path: str) -> str:
    from raci_studio.io.project.file import load_project

    project = load_project(path)
    return f"project {project.name!r}"


def _sheet(path: str) -> str:
    from raci_studio.io.sheets.importer import import_sheet

    result = import_sheet(path)
    return f"{len(result.project.activities)} activities, {len(result.report.warnings)} warnings"


def _preview(path: str) -> str:
    from raci_studio.io.sheets.importer import read_preview

    preview = read_preview(path)
    return f"{len(preview.rows)} rows; problem: {preview.problem[:200]}"


def _measurements(path: str) -> str:
    from raci_studio.io.measurements.csv_file import read_measurements_csv

    result = read_measurements_csv(path, _project())
    return f"{len(result.rows)} rows, {len(result.rejected)} rejected, {result.read} read"


def _mlflow(path: str) -> str:
    from raci_studio.io.measurements.mlflow_store import open_store, read_run

    project = _project()
    store = open_store(path)
    rows = rejected = 0
    for run in store.runs[:MAX_MLFLOW_RUNS]:
        mapping = {key: "accuracy" for key in run.metric_keys}
        result = read_run(store, run.run_id, mapping, project)
        rows += len(result.rows)
        rejected += len(result.rejected)
    return (
        f"{len(store.runs)} runs, {len(store.problems)} problems, {rows} rows, {rejected} rejected"
    )


#: Loader name -> (function, dotted name of its own error type).
LOADERS: dict[str, tuple[Callable[[str], str], str]] = {
    "project": (_project_file, "raci_studio.io.project.file.ProjectFileError"),
    "sheet": (_sheet, "raci_studio.io.sheets.guard.SheetImportError"),
    "preview": (_preview, "raci_studio.io.sheets.guard.SheetImportError"),
    "measurements": (_measurements, "raci_studio.io.measurements.found.MeasurementImportError"),
    "mlflow": (_mlflow, "raci_studio.io.measurements.mlflow_store.MlflowImportError"),
}


def _error_class(dotted: str) -> type[BaseException]:
    module, _, name = dotted.rpartition(".")
    return getattr(__import__(module, fromlist=[name]), name)  # type: ignore[no-any-return]


def _chain(exc: BaseException) -> list[str]:
    """Return the type names of the exceptions ``exc`` was raised while handling."""
    names = []
    seen = {id(exc)}
    cause = exc.__cause__ or exc.__context__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        names.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    return names


def run(loader: str, path: str) -> dict[str, Any]:
    """Run ``loader`` on ``path`` and describe the outcome."""
    function, error = LOADERS[loader]
    outcome: dict[str, Any] = {"loader": loader, "ok": False, "error_type": None}
    outcome.update(own_error=False, message="", chain=[], summary="")
    gc.collect()
    start = time.perf_counter()
    try:
        signal.alarm(STEP_TIMEOUT)
        try:
            outcome["summary"] = function(path)
        finally:
            signal.alarm(0)
        outcome["ok"] = True
    except (Exception, Stuck) as exc:
        outcome["error_type"] = f"{type(exc).__module__}.{type(exc).__qualname__}"
        outcome["own_error"] = isinstance(exc, _error_class(error))
        outcome["message"] = str(exc)[:4000]
        outcome["chain"] = _chain(exc)
    outcome["seconds"] = round(time.perf_counter() - start, 3)
    outcome["max_rss_mb"] = round(peak_rss_kb() / 1024, 1)
    return outcome


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux keeps ``ru_maxrss`` across exec, so a child started by a large test process would
    report its parent's size; the address space's own high-water mark (VmHWM) starts afresh.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str]) -> int:
    """Run each (loader, path) pair given on the command line."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    signal.signal(signal.SIGALRM, _stuck)
    for loader, path in zip(argv[::2], argv[1::2], strict=True):
        print(json.dumps(run(loader, str(Path(path)))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
