"""Read a local ``mlruns/`` folder, the file store MLflow writes without a database.

``<experiment id>/meta.yaml`` names the experiment, ``<experiment id>/<run id>/meta.yaml`` the
run, ``<run id>/tags/mlflow.parentRunId`` its parent, and ``<run id>/metrics/<key>`` holds one
line per logged value (keys with "/" are nested folders): ``timestamp value step``, and in
MLflow 3 ``timestamp value step dataset_name dataset_digest`` for a value computed on a
dataset. Every file is read with a bound; ``meta.yaml`` with a safe YAML loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci_studio.io.bounded_read import FileRefusedError, read_bounded
from raci_studio.io.measurements.found import MeasurementImport
from raci_studio.io.measurements.mlflow_runs import (
    RUN_STATUS,
    MetricPoint,
    MlflowImportError,
    MlflowRun,
    from_ms,
)

#: Metric files larger than this are left out (reported), never read in part.
MAX_METRIC_FILE_BYTES = 50 * 1024 * 1024
#: Metrics with more logged values than this are left out (reported): reading them would take
#: hundreds of MB and many seconds.
MAX_METRIC_VALUES = 1_000_000
#: meta.yaml files are small; anything larger is not one.
MAX_META_BYTES = 256 * 1024
PARENT_TAG = "mlflow.parentRunId"


def read_meta(path: Path) -> dict[str, str]:
    """Read the top-level scalar fields of an MLflow ``meta.yaml`` as text.

    MLflow writes these files with PyYAML, which folds long values onto several lines, quotes
    some values and escapes characters outside the Basic Multilingual Plane; only a YAML parser
    reads them back as written. Nested values (lists, mappings) are left out.

    Raises
    ------
    MlflowImportError
        The file is unreadable, too large, not text, not YAML or not a mapping.
    """
    import yaml  # a dependency of the MLflow import alone

    try:
        text = read_bounded(path, MAX_META_BYTES, "MLflow meta.yaml").decode("utf-8")
    except FileRefusedError as exc:
        raise MlflowImportError(f"{path}: {exc.problem}") from None
    except UnicodeDecodeError:
        raise MlflowImportError(f"{path}: cannot be read (not UTF-8 text)") from None
    if not text.strip():
        raise MlflowImportError(f"{path}: empty (MLflow may still be writing it)")
    try:
        # the safe loader, in C when PyYAML has it (ten times faster on a store of many runs)
        loaded: Any = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        problem = getattr(exc, "problem", None) or "not YAML"
        raise MlflowImportError(f"{path}: not a valid meta.yaml{line} ({problem})") from None
    except RecursionError:
        raise MlflowImportError(f"{path}: nested too deeply for a meta.yaml") from None
    if not isinstance(loaded, dict):
        raise MlflowImportError(f"{path}: not an MLflow meta.yaml (no key: value fields)")
    return {
        str(key): "" if value is None else str(value)
        for key, value in loaded.items()
        if isinstance(value, str | int | float | bool) or value is None
    }


def mlruns_root(path: Path) -> Path:
    """Return the mlruns folder of ``path`` (the folder itself, or its ``mlruns`` child)."""
    if (path / "mlruns").is_dir() and not experiment_dirs(path):
        return path / "mlruns"
    return path


def experiment_dirs(root: Path) -> list[Path]:
    """Return the experiment folders of ``root`` (those with a meta.yaml), sorted."""
    try:
        children = sorted(root.iterdir())
    except OSError:
        return []
    return [
        p
        for p in children
        if p.is_dir() and not p.name.startswith(".") and (p / "meta.yaml").is_file()
    ]


class FileStore:
    """The reader of an ``mlruns`` folder."""

    KIND = "mlruns folder"

    def __init__(self, root: Path) -> None:
        self.root = root

    def runs(self, problems: list[str]) -> list[MlflowRun]:
        """List the runs of experiments that are not deleted; note what cannot be read."""
        experiments = experiment_dirs(self.root)
        if not experiments:
            raise MlflowImportError(
                f"{self.root} is not an MLflow store: it has no experiment folders with a "
                "meta.yaml (expected mlruns/<experiment id>/meta.yaml)."
            )
        runs: list[MlflowRun] = []
        for folder in experiments:
            try:
                meta = read_meta(folder / "meta.yaml")
            except MlflowImportError as exc:
                problems.append(str(exc))
                continue
            if meta.get("lifecycle_stage") == "deleted":
                continue
            name = meta.get("name") or folder.name
            try:
                run_dirs = sorted(p for p in folder.iterdir() if (p / "meta.yaml").is_file())
            except OSError as exc:
                problems.append(f"{folder}: cannot be listed ({exc.strerror or exc})")
                continue
            for run_dir in run_dirs:
                run = self._run(run_dir, name, folder.name, problems)
                if run is not None:
                    runs.append(run)
        return runs

    def _run(
        self, run_dir: Path, experiment: str, experiment_id: str, problems: list[str]
    ) -> MlflowRun | None:
        try:
            meta = read_meta(run_dir / "meta.yaml")
        except MlflowImportError as exc:
            problems.append(str(exc))
            return None
        if "run_id" not in meta and "run_uuid" not in meta:
            return None  # a logged model or another record kept beside the runs
        if meta.get("lifecycle_stage") == "deleted":
            return None
        name = meta.get("run_name") or _tag(run_dir / "tags" / "mlflow.runName") or run_dir.name
        metrics_dir = run_dir / "metrics"
        keys = sorted(
            p.relative_to(metrics_dir).as_posix() for p in metrics_dir.rglob("*") if p.is_file()
        )
        status = meta.get("status", "")
        return MlflowRun(
            # the folder is the run's id, as MLflow finds it (YAML could read "0123" as 123)
            run_id=run_dir.name,
            name=name,
            experiment=experiment,
            start=from_ms(meta.get("start_time")),
            status=RUN_STATUS.get(status, status),
            metric_keys=tuple(keys),
            experiment_id=experiment_id,
            parent_id=_tag(run_dir / "tags" / PARENT_TAG),
        )

    def histories(
        self, run: MlflowRun, keys: list[str], result: MeasurementImport
    ) -> dict[str, list[MetricPoint]]:
        """Read the logged values of ``keys``; bad lines are rejected into ``result``."""
        run_dir = self._run_dir(run)
        return {key: self._history(run_dir, key, result) for key in keys}

    def _history(self, run_dir: Path, key: str, result: MeasurementImport) -> list[MetricPoint]:
        path = run_dir / "metrics" / key
        where = f"metrics/{key}"
        try:
            text = read_bounded(path, MAX_METRIC_FILE_BYTES, "metric file").decode("utf-8")
        except FileRefusedError as exc:
            result.reject(where, "", f"left out: {exc.problem}")
            return []
        except UnicodeDecodeError:
            result.reject(where, "", "cannot be read (not UTF-8 text)")
            return []
        if text.count("\n") > MAX_METRIC_VALUES:
            result.reject(where, "", f"more than {MAX_METRIC_VALUES:,} values; left out")
            return []
        lines = text.split("\n")
        if lines[-1].strip():
            # MLflow appends whole lines: an unterminated last line is still being written
            result.notes.append(
                f"{where}: the last line is incomplete (the run may still be logging); left out."
            )
        points: list[MetricPoint] = []
        for number, line in enumerate(lines[:-1], 1):
            parts = line.split()
            if len(parts) == 3:  # the common line, read without a call
                try:
                    points.append(MetricPoint(int(parts[0]), float(parts[1]), int(parts[2])))
                    continue
                except ValueError:
                    pass
            if not parts:
                continue
            point = parse_line(line)
            if point is None:
                result.read += 1
                result.reject(
                    f"{where}, line {number}",
                    line,
                    "not “timestamp value step” (nor with a dataset name and digest)",
                )
            else:
                points.append(point)
        return points

    def _run_dir(self, run: MlflowRun) -> Path:
        folders = [self.root / run.experiment_id] if run.experiment_id else []
        for folder in folders + experiment_dirs(self.root):
            candidate = folder / run.run_id
            if candidate.is_dir():
                return candidate
        raise MlflowImportError(f"the folder of run {run.name} is gone from {self.root}")


def parse_line(line: str) -> MetricPoint | None:
    """Read one metric line (2, 3 or 5 fields); return None when it is not one."""
    parts = line.split()
    if len(parts) not in (2, 3, 5):
        return None
    try:
        timestamp = int(parts[0])
        value = float(parts[1])
        step = int(parts[2]) if len(parts) >= 3 else 0
    except ValueError:
        return None
    if len(parts) == 5:
        return MetricPoint(timestamp, value, step, parts[3], parts[4])
    return MetricPoint(timestamp, value, step)


def _tag(path: Path) -> str:
    try:
        if not path.is_file():
            return ""
        return read_bounded(path, MAX_META_BYTES, "tag").decode("utf-8").strip()[:200]
    except (FileRefusedError, UnicodeDecodeError):
        return ""
