"""Read metric histories from an MLflow tracking store, offline and without the mlflow package.

Two store formats are read directly, by :mod:`.mlflow_files` (a local ``mlruns/`` folder) and
:mod:`.mlflow_sqlite` (an ``mlflow.db`` SQLite store, never written to).

:func:`open_store` lists the runs (with their parents and metric keys); :func:`read_run`
reads the histories of the keys the user mapped to project metrics and returns the rows to add
with a report, like the CSV import: the last value of each UTC day, NaN and infinity refused,
values far outside a metric's range noted. :func:`find_run` finds a run by id or unique name.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path

from raci_studio.core.ids import slugify
from raci_studio.core.model import Measurement, Project
from raci_studio.io.measurements.found import MeasurementImport, note_far_values
from raci_studio.io.measurements.mlflow_files import (
    MAX_META_BYTES,
    MAX_METRIC_FILE_BYTES,
    MAX_METRIC_VALUES,
    FileStore,
    mlruns_root,
    read_meta,
)
from raci_studio.io.measurements.mlflow_runs import (
    MetricPoint,
    MlflowImportError,
    MlflowRun,
    MlflowStoreBusyError,
    clean,
    newest_first,
)
from raci_studio.io.measurements.mlflow_sqlite import SqliteStore

_DAY_MS = 86_400_000
_EPOCH = dt.date(1970, 1, 1)
#: The days (since 1970) that a date can hold: timestamps outside are refused.
_FIRST_DAY = (dt.date.min - _EPOCH).days
_LAST_DAY = (dt.date.max - _EPOCH).days

__all__ = [
    "MAX_META_BYTES",
    "MAX_METRIC_FILE_BYTES",
    "MAX_METRIC_VALUES",
    "MetricPoint",
    "MlflowImportError",
    "MlflowRun",
    "MlflowStore",
    "MlflowStoreBusyError",
    "find_run",
    "open_store",
    "read_history",
    "read_meta",
    "read_run",
    "suggest_mapping",
]


@dataclass
class MlflowStore:
    """An opened store: its kind ("mlruns folder" or "SQLite store"), runs and problems.

    ``problems`` lists what could not be read while listing (a corrupt meta.yaml, …); the runs
    that could be read are still offered.
    """

    path: Path
    kind: str
    runs: list[MlflowRun]
    problems: list[str] = field(default_factory=list)

    def run(self, run_id: str) -> MlflowRun:
        """Return the run with ``run_id``; raise :class:`MlflowImportError` if unknown."""
        for run in self.runs:
            if run.run_id == run_id:
                return run
        raise MlflowImportError(f"{self.path.name} has no run {run_id}")

    def reader(self) -> FileStore | SqliteStore:
        """Return the reader of this store's format."""
        return FileStore(self.path) if self.kind == FileStore.KIND else SqliteStore(self.path)


def open_store(path: str | Path) -> MlflowStore:
    """Open an ``mlruns`` folder (or the folder that holds one) or an ``mlflow.db`` file.

    Raises
    ------
    MlflowStoreBusyError
        The SQLite store is being written and could not be read consistently: try again.
    MlflowImportError
        The path does not exist, is a folder without experiments, a file that is not an SQLite
        database, or a database without the ``runs`` and ``metrics`` tables.
    """
    path = Path(path)
    if path.is_dir():
        store = MlflowStore(mlruns_root(path), FileStore.KIND, [])
    elif path.is_file():
        store = MlflowStore(path, SqliteStore.KIND, [])
    elif path.exists():
        raise MlflowImportError(f"{path} is a device or a pipe, not a folder or an mlflow.db file")
    else:
        raise MlflowImportError(f"{path} does not exist")
    runs = store.reader().runs(store.problems)
    store.runs = sorted(_with_parent_names(runs), key=newest_first)
    return store


def _with_parent_names(runs: list[MlflowRun]) -> list[MlflowRun]:
    names = {run.run_id: run.name for run in runs}
    return [
        replace(run, parent_name=names.get(run.parent_id, run.parent_id)) if run.parent_id else run
        for run in runs
    ]


def find_run(store: MlflowStore, wanted: str) -> MlflowRun:
    """Return the run whose id, or else whose unique name, is ``wanted``.

    Raises
    ------
    MlflowImportError
        No run has that id or name, or several runs have that name (their ids are listed).
    """
    for run in store.runs:
        if run.run_id == wanted:
            return run
    named = [run for run in store.runs if run.name == wanted]
    if len(named) == 1:
        return named[0]
    if named:
        ids = ", ".join(f"{r.run_id} ({r.experiment}, {r.local_start()})" for r in named)
        raise MlflowImportError(f'{len(named)} runs are named "{wanted}"; give its id: {ids}')
    raise MlflowImportError(f'{store.path.name} has no run with the id or name "{wanted}"')


def read_history(store: MlflowStore, run_id: str, key: str) -> list[MetricPoint]:
    """Return every logged value of ``key`` in the run, as stored (NaN and infinity too)."""
    result = MeasurementImport("history")
    points = store.reader().histories(store.run(run_id), [key], result)[key]
    if result.rejected:
        raise MlflowImportError("; ".join(str(r) for r in result.rejected))
    return points


def read_run(
    store: MlflowStore,
    run_id: str,
    mapping: Mapping[str, str | None],
    project: Project,
    *,
    latest_only: bool = False,
) -> MeasurementImport:
    """Read the mapped metric histories of one run as measurements.

    Parameters
    ----------
    store : MlflowStore
        From :func:`open_store`.
    run_id : str
    mapping : mapping
        MLflow metric key -> project metric id; keys mapped to "" or None are skipped.
    project : Project
    latest_only : bool
        Keep only each key's last logged value instead of one value per day (the last of the
        day: a training run logs many steps on the same day).

    Returns
    -------
    MeasurementImport
        Rows to add and every rejected value (NaN, infinity, a corrupt line) with its place;
        notes on collapsed days and on values far outside a metric's range.

    Raises
    ------
    MlflowStoreBusyError
        The store is being written and could not be read consistently: try again.
    """
    run = store.run(run_id)
    known = {m.id for m in project.metrics}
    result = MeasurementImport(f"MLflow run {run.name}")
    wanted: dict[str, str] = {}
    for key, metric_id in mapping.items():
        if not metric_id:
            continue
        if metric_id not in known:
            raise MlflowImportError(f'no metric "{metric_id}" in the project for "{key}"')
        if key not in run.metric_keys:
            result.reject(key, "", f"run {run.name} logged no metric “{key}”")
            continue
        wanted[key] = metric_id
    histories = store.reader().histories(run, list(wanted), result) if wanted else {}
    for key, metric_id in wanted.items():
        _add_points(result, run, key, metric_id, histories[key], latest_only)
    note_far_values(result, project)
    return result


def suggest_mapping(keys: tuple[str, ...] | list[str], project: Project) -> dict[str, str]:
    """Guess which project metric each MLflow key is: same id, slug of the name, or last part."""
    by_slug: dict[str, str] = {}
    for metric in project.metrics:
        by_slug.setdefault(metric.id, metric.id)
        by_slug.setdefault(slugify(metric.name, ""), metric.id)
    out: dict[str, str] = {}
    for key in keys:
        for candidate in (key, key.rsplit("/", 1)[-1]):
            found = by_slug.get(slugify(candidate, ""))
            if found:
                out[key] = found
                break
    return out


def _add_points(
    result: MeasurementImport,
    run: MlflowRun,
    key: str,
    metric_id: str,
    points: list[MetricPoint],
    latest_only: bool,
) -> None:
    usable: list[MetricPoint] = []
    for point in points:
        if not math.isfinite(point.value):
            where = f"{key}, step {point.step}"
            result.reject(where, str(point.value), f"{point.value} is not a finite number")
        elif not _FIRST_DAY <= point.timestamp // _DAY_MS <= _LAST_DAY:
            where = f"{key}, step {point.step}"
            result.reject(where, str(point.timestamp), f"timestamp {point.timestamp} is no date")
        else:
            usable.append(point)
    result.read += len(points)
    usable.sort(key=attrgetter("timestamp", "step"))
    per_day: dict[int, MetricPoint] = {}
    for point in usable[-1:] if latest_only else usable:
        per_day[point.timestamp // _DAY_MS] = point  # the last logged value of the day wins
    if len(per_day) < len(usable) and not latest_only:
        result.notes.append(
            f"{key}: {len(usable):,} values on {len(per_day):,} day(s); the last value of each "
            "day is kept."
        )
    source = clean(f"MLflow {run.name}", 200)
    for day_number, point in per_day.items():
        day = _EPOCH + dt.timedelta(days=day_number)  # the UTC day of the timestamp
        note = f"MLflow run {run.name}, {key}, step {point.step}"
        if point.dataset:
            note += f", dataset {point.dataset}"
            note += f" ({point.dataset_digest})" if point.dataset_digest else ""
        result.rows.append(
            (metric_id, Measurement(date=day, value=point.value, note=clean(note, 20_000),
                                    source=source))
        )  # fmt: skip
