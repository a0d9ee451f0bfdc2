"""Read metric histories from an MLflow tracking store, offline and without the mlflow package.

Two store formats are read directly:

- a local ``mlruns/`` folder: ``<experiment id>/meta.yaml`` names the experiment,
  ``<experiment id>/<run id>/meta.yaml`` the run, and ``<run id>/metrics/<key>`` holds one
  ``timestamp value step`` line per logged value (keys with "/" are nested folders);
- an ``mlflow.db`` SQLite tracking store (tables ``experiments``, ``runs``, ``metrics``), opened
  read-only.

:func:`open_store` lists the runs and their metric keys; :func:`read_run` reads the histories
of the keys the user mapped to project metrics and returns the rows to add with a report, like
the CSV import. Dates are the UTC day of each logged timestamp.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from raci_studio.core.ids import slugify
from raci_studio.core.model import Measurement, Project
from raci_studio.io.measurements.found import MeasurementImport, MeasurementImportError

#: Metric files larger than this are left out (reported), never read in part.
MAX_METRIC_FILE_BYTES = 50 * 1024 * 1024
#: Metrics with more logged values than this are left out (reported): reading them would take
#: hundreds of MB and many seconds.
MAX_METRIC_VALUES = 1_000_000
#: meta.yaml files are small; anything larger is not one.
MAX_META_BYTES = 256 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RUN_STATUS = {"1": "RUNNING", "2": "SCHEDULED", "3": "FINISHED", "4": "FAILED", "5": "KILLED"}


class MlflowImportError(MeasurementImportError):
    """The path is not a readable MLflow store (or the run is not in it)."""


@dataclass(frozen=True)
class MlflowRun:
    """One run of the store, as listed for the user to pick."""

    run_id: str
    name: str
    experiment: str
    start: dt.datetime | None
    status: str
    metric_keys: tuple[str, ...]

    def label(self) -> str:
        """Return "name · experiment · 2026-03-01 14:05" for a list."""
        when = self.start.strftime("%Y-%m-%d %H:%M") if self.start else "no start time"
        return f"{self.name} · {self.experiment} · {when}"


@dataclass(frozen=True, slots=True)
class MetricPoint:
    """One logged value: milliseconds since 1970 (UTC), the value, the step."""

    timestamp: int
    value: float
    step: int


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


def open_store(path: str | Path) -> MlflowStore:
    """Open an ``mlruns`` folder (or the folder that holds one) or an ``mlflow.db`` file.

    Raises
    ------
    MlflowImportError
        The path does not exist, is a folder without experiments, a file that is not an SQLite
        database, or a database without the ``runs`` and ``metrics`` tables.
    """
    path = Path(path)
    if path.is_dir():
        return _FileStore(_mlruns_root(path)).open()
    if path.is_file():
        return _SqliteStore(path).open()
    if path.exists():
        raise MlflowImportError(f"{path} is a device or a pipe, not a folder or an mlflow.db file")
    raise MlflowImportError(f"{path} does not exist")


def read_run(
    store: MlflowStore,
    run_id: str,
    mapping: Mapping[str, str],
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
        Rows to add and every rejected value (NaN, infinity, a corrupt line) with its place.
    """
    run = store.run(run_id)
    known = {m.id for m in project.metrics}
    result = MeasurementImport(f"MLflow run {run.name}")
    reader = _FileStore(store.path) if store.kind == _FileStore.KIND else _SqliteStore(store.path)
    for key, metric_id in mapping.items():
        if not metric_id:
            continue
        if metric_id not in known:
            raise MlflowImportError(f'no metric "{metric_id}" in the project for "{key}"')
        if key not in run.metric_keys:
            result.reject(key, "", f"run {run.name} logged no metric “{key}”")
            continue
        points = reader.history(run, key, result)
        _add_points(result, run, key, metric_id, points, latest_only)
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
    usable: list[tuple[dt.date, MetricPoint]] = []
    for point in points:
        result.read += 1
        where = f"{key}, step {point.step}"
        if not math.isfinite(point.value):
            result.reject(where, str(point.value), f"{point.value} is not a finite number")
            continue
        try:
            day = dt.datetime.fromtimestamp(point.timestamp / 1000, dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            result.reject(where, str(point.timestamp), f"timestamp {point.timestamp} is no date")
            continue
        usable.append((day, point))
    usable.sort(key=lambda item: (item[1].timestamp, item[1].step))
    per_day: dict[dt.date, MetricPoint] = {}
    for day, point in usable[-1:] if latest_only else usable:
        per_day[day] = point  # the last logged value of the day wins
    if len(per_day) < len(usable) and not latest_only:
        result.notes.append(
            f"{key}: {len(usable):,} values on {len(per_day):,} day(s); the last value of each "
            "day is kept."
        )
    source = _clean(f"MLflow {run.name}", 200)
    for day, point in per_day.items():
        note = _clean(f"MLflow run {run.name}, {key}, step {point.step}", 20_000)
        result.rows.append(
            (metric_id, Measurement(date=day, value=point.value, note=note, source=source))
        )


# -- the mlruns folder ------------------------------------------------------------------------


def _mlruns_root(path: Path) -> Path:
    if (path / "mlruns").is_dir() and not _experiment_dirs(path):
        return path / "mlruns"
    return path


def _experiment_dirs(root: Path) -> list[Path]:
    try:
        children = sorted(root.iterdir())
    except OSError:
        return []
    return [
        p
        for p in children
        if p.is_dir() and not p.name.startswith(".") and (p / "meta.yaml").is_file()
    ]


def read_meta(path: Path) -> dict[str, str]:
    """Read the top-level ``key: value`` lines of an MLflow ``meta.yaml`` (no YAML library).

    Raises
    ------
    MlflowImportError
        The file is unreadable, too large or not text.
    """
    try:
        with path.open("rb") as handle:  # bounded: a link to /proc or a device has no size
            data = handle.read(MAX_META_BYTES + 1)
        if len(data) > MAX_META_BYTES:
            raise MlflowImportError(f"{path}: too large for an MLflow meta.yaml")
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MlflowImportError(f"{path}: cannot be read ({exc})") from None
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line[0] in " \t-#" or ":" not in line:
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        meta[key.strip()] = value
    return meta


class _FileStore:
    KIND = "mlruns folder"

    def __init__(self, root: Path) -> None:
        self.root = root

    def open(self) -> MlflowStore:
        experiments = _experiment_dirs(self.root)
        if not experiments:
            raise MlflowImportError(
                f"{self.root} is not an MLflow store: it has no experiment folders with a "
                "meta.yaml (expected mlruns/<experiment id>/meta.yaml)."
            )
        store = MlflowStore(self.root, self.KIND, [])
        for folder in experiments:
            try:
                meta = read_meta(folder / "meta.yaml")
            except MlflowImportError as exc:
                store.problems.append(str(exc))
                continue
            if meta.get("lifecycle_stage") == "deleted":
                continue
            name = meta.get("name") or folder.name
            for run_dir in sorted(p for p in folder.iterdir() if (p / "meta.yaml").is_file()):
                run = self._run(run_dir, name, store.problems)
                if run is not None:
                    store.runs.append(run)
        store.runs.sort(key=_newest_first)
        return store

    def _run(self, run_dir: Path, experiment: str, problems: list[str]) -> MlflowRun | None:
        try:
            meta = read_meta(run_dir / "meta.yaml")
        except MlflowImportError as exc:
            problems.append(str(exc))
            return None
        if meta.get("lifecycle_stage") == "deleted":
            return None
        name = meta.get("run_name") or _tag(run_dir / "tags" / "mlflow.runName") or run_dir.name
        metrics_dir = run_dir / "metrics"
        keys = sorted(
            p.relative_to(metrics_dir).as_posix() for p in metrics_dir.rglob("*") if p.is_file()
        )
        return MlflowRun(
            run_id=meta.get("run_id") or meta.get("run_uuid") or run_dir.name,
            name=name,
            experiment=experiment,
            start=_from_ms(meta.get("start_time")),
            status=_RUN_STATUS.get(meta.get("status", ""), meta.get("status", "")),
            metric_keys=tuple(keys),
        )

    def history(self, run: MlflowRun, key: str, result: MeasurementImport) -> list[MetricPoint]:
        path = self._run_dir(run) / "metrics" / key
        where = f"metrics/{key}"
        try:
            with path.open("rb") as handle:  # bounded: a link to /proc or a device has no size
                data = handle.read(MAX_METRIC_FILE_BYTES + 1)
            if len(data) > MAX_METRIC_FILE_BYTES:
                result.reject(where, "", "the metric file is larger than 50 MB; left out")
                return []
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            result.reject(where, "", f"cannot be read ({exc})")
            return []
        if text.count("\n") > MAX_METRIC_VALUES:
            result.reject(where, "", f"more than {MAX_METRIC_VALUES:,} values; left out")
            return []
        points: list[MetricPoint] = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            point = _parse_line(line)
            if point is None:
                result.read += 1
                result.reject(f"{where}, line {number}", line, "not “timestamp value step”")
            else:
                points.append(point)
        return points

    def _run_dir(self, run: MlflowRun) -> Path:
        for folder in _experiment_dirs(self.root):
            candidate = folder / run.run_id
            if candidate.is_dir():
                return candidate
        raise MlflowImportError(f"the folder of run {run.name} is gone from {self.root}")


def _parse_line(line: str) -> MetricPoint | None:
    parts = line.split()
    if len(parts) not in (2, 3):
        return None
    try:
        timestamp = int(parts[0])
        value = float(parts[1])
        step = int(parts[2]) if len(parts) == 3 else 0
    except ValueError:
        return None
    return MetricPoint(timestamp, value, step)


def _clean(text: str, limit: int) -> str:
    """Return ``text`` as a project can hold it: no control characters or undecodable bytes."""
    return _CONTROL.sub(" ", text.encode("utf-8", "replace").decode("utf-8"))[:limit]


def _tag(path: Path) -> str:
    try:
        if not path.is_file():
            return ""
        with path.open("rb") as handle:  # bounded, like meta.yaml
            return handle.read(MAX_META_BYTES).decode("utf-8").strip()[:200]
    except (OSError, UnicodeDecodeError):
        return ""


def _from_ms(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(int(str(value)) / 1000, dt.UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _newest_first(run: MlflowRun) -> tuple[float, str]:
    return (-(run.start.timestamp() if run.start else 0.0), run.name)


# -- the SQLite store -------------------------------------------------------------------------


class _SqliteStore:
    KIND = "SQLite store"

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        # Read-only still leaves -wal and -shm files beside a database in WAL mode; immutable
        # writes nothing. A live write-ahead log must be read through, read-only.
        live = self.path.with_name(self.path.name + "-wal").exists()
        uri = f"{self.path.resolve().as_uri()}?{'mode=ro' if live else 'immutable=1'}"
        try:
            return sqlite3.connect(uri, uri=True)
        except sqlite3.Error as exc:
            raise MlflowImportError(f"{self.path.name} cannot be opened: {exc}") from None

    def _columns(self, db: sqlite3.Connection, table: str) -> set[str]:
        return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}

    def open(self) -> MlflowStore:
        try:
            with closing(self._connect()) as db:
                tables = {
                    r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                missing = [t for t in ("runs", "metrics") if t not in tables]
                if missing:
                    shown = ", ".join(sorted(tables)) or "none"
                    raise MlflowImportError(
                        f"{self.path.name} is an SQLite database but not an MLflow tracking "
                        f"store: it has no {' and no '.join(missing)} table (tables: {shown})."
                    )
                return MlflowStore(self.path, self.KIND, self._runs(db, tables))
        except sqlite3.DatabaseError as exc:
            raise MlflowImportError(
                f"{self.path.name} cannot be read as an MLflow tracking store ({exc}); choose "
                "the mlflow.db file of a tracking store."
            ) from None

    def _runs(self, db: sqlite3.Connection, tables: set[str]) -> list[MlflowRun]:
        columns = self._columns(db, "runs")
        name_col = "r.name" if "name" in columns else "NULL"
        stage = "AND r.lifecycle_stage != 'deleted'" if "lifecycle_stage" in columns else ""
        experiments = "experiments" in tables
        exp_join = (
            "LEFT JOIN experiments e ON e.experiment_id = r.experiment_id" if experiments else ""
        )
        exp_name = "e.name" if experiments else "r.experiment_id"
        rows = db.execute(
            f"SELECT r.run_uuid, {name_col}, {exp_name}, r.start_time, r.status "
            f"FROM runs r {exp_join} WHERE 1=1 {stage}"
        ).fetchall()
        keys: dict[str, list[str]] = {}
        for run_id, key in db.execute(
            "SELECT run_uuid, key FROM metrics GROUP BY run_uuid, key ORDER BY key"
        ):
            keys.setdefault(run_id, []).append(key)
        names = self._run_names(db, tables)
        runs = [
            MlflowRun(
                run_id=str(run_id),
                name=str(name or names.get(run_id) or run_id),
                experiment=str(experiment if experiment is not None else ""),
                start=_from_ms(start),
                status=str(status or ""),
                metric_keys=tuple(keys.get(run_id, [])),
            )
            for run_id, name, experiment, start, status in rows
        ]
        runs.sort(key=_newest_first)
        return runs

    def _run_names(self, db: sqlite3.Connection, tables: set[str]) -> dict[str, str]:
        if "tags" not in tables:
            return {}
        query = "SELECT run_uuid, value FROM tags WHERE key = 'mlflow.runName'"
        return {str(r): str(v) for r, v in db.execute(query)}

    def history(self, run: MlflowRun, key: str, result: MeasurementImport) -> list[MetricPoint]:
        try:
            with closing(self._connect()) as db:
                has_nan = "is_nan" in self._columns(db, "metrics")
                nan = "is_nan" if has_nan else "0"
                rows = db.execute(
                    f"SELECT timestamp, value, step, {nan} FROM metrics "
                    "WHERE run_uuid = ? AND key = ? ORDER BY timestamp, step LIMIT ?",
                    (run.run_id, key, MAX_METRIC_VALUES + 1),
                ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise MlflowImportError(f"{self.path.name}: cannot read {key} ({exc})") from None
        if len(rows) > MAX_METRIC_VALUES:
            result.reject(key, "", f"more than {MAX_METRIC_VALUES:,} values; left out")
            return []
        points = []
        for timestamp, value, step, is_nan in rows:
            try:
                number = math.nan if is_nan else float(value)
                points.append(MetricPoint(int(timestamp), number, int(step or 0)))
            except (TypeError, ValueError):
                result.read += 1
                result.reject(f"{key}, step {step}", str(value), "not a number")
        return points
