"""Read an ``mlflow.db`` SQLite tracking store without writing a byte beside it.

A database at rest is opened ``immutable`` (SQLite then creates no ``-wal``, ``-shm`` or
``-journal`` file). A database with a write-ahead log (live, or copied with its ``-wal`` and no
``-shm``) or a rollback journal (a transaction under way) is read from a private copy in a
temporary folder, where SQLite may replay the log or roll back the journal as it must.

A store can be written while it is read: training logs metrics as the user imports them. A
read that fails or that saw the files change is tried again a few times, briefly; when it
still fails and the store was seen being written, :class:`MlflowStoreBusyError` says so (the app
offers to try again) instead of calling the file damaged.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TypeVar

from raci_studio.io.measurements.found import MeasurementImport
from raci_studio.io.measurements.mlflow_runs import (
    MetricPoint,
    MlflowImportError,
    MlflowRun,
    MlflowStoreBusyError,
    from_ms,
)

MAX_METRIC_VALUES = 1_000_000
#: Pauses (seconds) between the reads of a store that is being written.
RETRY_PAUSES = (0.05, 0.2, 0.5)
#: MLflow stores ±infinity in SQLite as ± the largest float.
STORED_INFINITY = sys.float_info.max
PARENT_TAG = "mlflow.parentRunId"
_T = TypeVar("_T")
Sleep = Callable[[float], None]
_pause: Sleep = time.sleep


class SqliteStore:
    """The reader of an ``mlflow.db`` file."""

    KIND = "SQLite store"

    def __init__(self, path: Path, sleep: Sleep | None = None) -> None:
        self.path = path
        self._sleep = sleep or _pause

    def runs(self, problems: list[str]) -> list[MlflowRun]:
        """List the runs that are not deleted (nor in a deleted experiment)."""
        return self._read(self._runs)

    def histories(
        self, run: MlflowRun, keys: list[str], result: MeasurementImport
    ) -> dict[str, list[MetricPoint]]:
        """Read the logged values of ``keys`` in one consistent read of the store."""
        rows = self._read(lambda db: {key: self._rows(db, run, key) for key in keys})
        return {key: _points(key, found, result) for key, found in rows.items()}

    # -- one consistent read ----------------------------------------------------------------

    def _read(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        seen_writing = False
        problem = ""
        for pause in (*RETRY_PAUSES, None):
            before = self._signature()
            seen_writing = seen_writing or self._writing()
            try:
                with self._session() as db:
                    out = work(db)
            except sqlite3.DatabaseError as exc:
                problem = str(exc)
            except OSError as exc:  # the copy of a live store failed
                problem = exc.strerror or str(exc)
            else:
                if self._signature() == before:
                    return out
                problem = "it changed while it was read"
            seen_writing = seen_writing or self._signature() != before or _locked(problem)
            if pause is None or not seen_writing:
                break
            self._sleep(pause)
        if seen_writing:
            raise MlflowStoreBusyError(
                f"{self.path.name} is being written (a run is logging to it, or MLflow is "
                f"updating it), so it cannot be read consistently right now ({problem}). "
                "Try again in a moment."
            )
        raise MlflowImportError(
            f"{self.path.name} cannot be read as an MLflow tracking store ({problem}); choose "
            "the mlflow.db file of a tracking store."
        )

    def _sidecar(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)

    def _writing(self) -> bool:
        return self._sidecar("-journal").exists()

    def _signature(self) -> tuple[tuple[int, int] | None, ...]:
        def stat(path: Path) -> tuple[int, int] | None:
            try:
                info = path.stat()
            except OSError:
                return None
            return (info.st_size, info.st_mtime_ns)

        return tuple(stat(p) for p in (self.path, self._sidecar("-wal"), self._sidecar("-journal")))

    @contextmanager
    def _session(self) -> Iterator[sqlite3.Connection]:
        logs = [s for s in ("-wal", "-journal") if self._sidecar(s).exists()]
        if not logs:
            # immutable: SQLite takes no lock and creates no file beside the store
            with closing(_connect(f"{self.path.resolve().as_uri()}?immutable=1")) as db:
                yield db
            return
        with tempfile.TemporaryDirectory(prefix="raci-mlflow-") as private:
            copy = Path(private) / self.path.name
            shutil.copyfile(self.path, copy)
            for suffix in logs:
                shutil.copyfile(self._sidecar(suffix), Path(private) / (copy.name + suffix))
            # our own copy: SQLite may replay the log or roll the journal back there
            with closing(_connect(copy.as_uri())) as db:
                yield db

    # -- the queries --------------------------------------------------------------------------

    def _runs(self, db: sqlite3.Connection) -> list[MlflowRun]:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in ("runs", "metrics") if t not in tables]
        if missing:
            shown = ", ".join(sorted(tables)) or "none"
            raise MlflowImportError(
                f"{self.path.name} is an SQLite database but not an MLflow tracking "
                f"store: it has no {' and no '.join(missing)} table (tables: {shown})."
            )
        columns = _columns(db, "runs")
        name_col = "r.name" if "name" in columns else "NULL"
        stage = "AND r.lifecycle_stage IS NOT 'deleted'" if "lifecycle_stage" in columns else ""
        exp_join = exp_stage = ""
        exp_name = "r.experiment_id"
        if "experiments" in tables:
            exp_join = "LEFT JOIN experiments e ON e.experiment_id = r.experiment_id"
            exp_name = "e.name"
            if "lifecycle_stage" in _columns(db, "experiments"):
                exp_stage = "AND e.lifecycle_stage IS NOT 'deleted'"
        rows = db.execute(
            f"SELECT r.run_uuid, {name_col}, {exp_name}, r.start_time, r.status, "
            f"r.experiment_id FROM runs r {exp_join} WHERE 1=1 {stage} {exp_stage}"
        ).fetchall()
        # MLflow keeps one row per run and key in latest_metrics: far fewer rows to scan
        source = "latest_metrics" if "latest_metrics" in tables else "metrics"
        keys: dict[str, list[str]] = {}
        for run_id, key in db.execute(
            f"SELECT run_uuid, key FROM {source} GROUP BY run_uuid, key ORDER BY key"
        ):
            keys.setdefault(run_id, []).append(key)
        names = _tags(db, tables, "mlflow.runName")
        parents = _tags(db, tables, PARENT_TAG)
        return [
            MlflowRun(
                run_id=str(run_id),
                name=str(name or names.get(run_id) or run_id),
                experiment=str(experiment if experiment is not None else ""),
                start=from_ms(start),
                status=str(status or ""),
                metric_keys=tuple(keys.get(run_id, [])),
                experiment_id=str(experiment_id if experiment_id is not None else ""),
                parent_id=parents.get(run_id, ""),
            )
            for run_id, name, experiment, start, status, experiment_id in rows
        ]

    def _rows(self, db: sqlite3.Connection, run: MlflowRun, key: str) -> list[tuple]:
        nan = "m.is_nan" if "is_nan" in _columns(db, "metrics") else "0"
        dataset = "NULL, NULL"
        if {"dataset_name", "dataset_digest"} <= _columns(db, "logged_model_metrics"):
            # MLflow 3 keeps the dataset of a model's metric (an evaluation) beside the run's
            linked = (
                "FROM logged_model_metrics d WHERE d.run_id = m.run_uuid AND d.metric_name = "
                "m.key AND d.metric_timestamp_ms = m.timestamp AND d.metric_step = m.step "
                "AND d.dataset_name IS NOT NULL LIMIT 1"
            )
            dataset = f"(SELECT d.dataset_name {linked}), (SELECT d.dataset_digest {linked})"
        return db.execute(
            f"SELECT m.timestamp, m.value, m.step, {nan}, {dataset} FROM metrics m "
            "WHERE m.run_uuid = ? AND m.key = ? ORDER BY m.timestamp, m.step LIMIT ?",
            (run.run_id, key, MAX_METRIC_VALUES + 1),
        ).fetchall()


def _points(key: str, rows: list[tuple], result: MeasurementImport) -> list[MetricPoint]:
    if len(rows) > MAX_METRIC_VALUES:
        result.reject(key, "", f"more than {MAX_METRIC_VALUES:,} values; left out")
        return []
    points = []
    for timestamp, value, step, is_nan, dataset, digest in rows:
        try:
            number = math.nan if is_nan else float(value)
            if abs(number) == STORED_INFINITY:
                number = math.copysign(math.inf, number)
            found = MetricPoint(int(timestamp), number, int(step or 0), dataset or "", digest or "")
            points.append(found)
        except (TypeError, ValueError, OverflowError):
            result.read += 1
            result.reject(f"{key}, step {step}", str(value), "not a number")
    return points


def _connect(uri: str) -> sqlite3.Connection:
    try:
        return sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise sqlite3.DatabaseError(f"cannot be opened: {exc}") from None


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _tags(db: sqlite3.Connection, tables: set[str], key: str) -> dict[str, str]:
    if "tags" not in tables:
        return {}
    query = "SELECT run_uuid, value FROM tags WHERE key = ?"
    return {str(r): str(v) for r, v in db.execute(query, (key,))}


def _locked(problem: str) -> bool:
    return "locked" in problem or "busy" in problem
