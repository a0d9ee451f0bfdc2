"""Read Weights & Biases experiment runs offline: exported CSV files and offline run folders.

Three shapes are read, without the wandb package:

- a chart export: a ``Step`` column (and optionally a time column) and one column per run and
  metric, headed ``<run> - <metric>`` (``__MIN``/``__MAX`` band columns are left out);
- a long export: one row per run, metric, step and value (with a time column when present);
- a run table export: one row per run (``Name``, ``Created``…) and its final values;
- an offline run folder (``wandb/offline-run-<time>-<id>``, or the ``wandb`` folder above
  several): ``files/wandb-history.jsonl`` for every logged step where present, else
  ``files/wandb-summary.json`` for the final values.

The runs are offered like MLflow runs (:class:`Run`, with ``run_id``, ``name``, ``experiment``,
``start``, ``status`` and ``metric_keys``), and :func:`read_run` turns the keys mapped to
project metrics into measurements, one per day (the last of the day), with every value that
cannot be a measurement rejected with its place.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from raci_studio.core.model import Measurement, Project
from raci_studio.io.bounded_read import FileRefusedError, read_bounded
from raci_studio.io.measurements.found import MeasurementImport, MeasurementImportError

MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_HISTORY_BYTES = 200 * 1024 * 1024
MAX_POINTS = 1_000_000
_TIME_COLUMNS = ("wall time", "_timestamp", "timestamp", "time", "date", "created")
_STEP_COLUMNS = ("step", "_step", "global_step", "epoch")
#: Columns of a run table that describe the run, not a metric it logged.
_RUN_COLUMNS = {
    "runtime",
    "sweep",
    "tags",
    "notes",
    "user",
    "hostname",
    "host",
    "gpu type",
    "gpu count",
    "group",
    "job type",
    "commit",
    "agent",
    "end time",
    "heartbeat",
}
_SKIP_KEYS = re.compile(r"^_|__(MIN|MAX)$|^system/|^_wandb")


class WandbImportError(MeasurementImportError):
    """The path is not a readable W&B export or offline run."""


@dataclass(frozen=True, slots=True)
class Point:
    """One logged value: when (a day, or None when the source has no time), value, step."""

    day: dt.date | None
    value: float
    step: int | None


@dataclass
class Run:
    """A run, as listed for the user to pick, with the values it logged per metric key."""

    run_id: str
    name: str
    experiment: str
    start: dt.datetime | None
    status: str
    points: dict[str, list[Point]] = field(default_factory=dict)
    #: W&B groups runs, it does not nest them: no parent, as the run lists expect.
    parent_name: str = ""

    @property
    def metric_keys(self) -> tuple[str, ...]:
        """Return the keys of the metrics this run logged, sorted."""
        return tuple(sorted(self.points))

    def local_start(self) -> str:
        """Return the start as "2026-03-01 14:05" in the local time zone ("" if unknown)."""
        return self.start.astimezone().strftime("%Y-%m-%d %H:%M") if self.start else ""

    def label(self) -> str:
        """Return "name · project · 2026-03-01 14:05" (local time) for a list."""
        return f"{self.name} · {self.experiment} · {self.local_start() or 'no start time'}"


@dataclass
class WandbSource:
    """What was opened: its kind, the runs, and what could not be read."""

    path: Path
    kind: str
    runs: list[Run]
    problems: list[str] = field(default_factory=list)

    def run(self, run_id: str) -> Run:
        """Return the run with ``run_id``; raise :class:`WandbImportError` if unknown."""
        for run in self.runs:
            if run.run_id == run_id:
                return run
        raise WandbImportError(f"{self.path.name} has no run {run_id}")


def open_wandb(path: str | Path) -> WandbSource:
    """Open a W&B CSV export or an offline run folder (or the folder of several)."""
    path = Path(path)
    if path.is_dir():
        return _open_folder(path)
    try:
        data = read_bounded(path, MAX_CSV_BYTES, "W&B CSV export")
    except FileRefusedError as exc:
        raise WandbImportError(str(exc)) from None
    return _open_csv(path, data)


def read_run(
    source: WandbSource,
    run_id: str,
    mapping: Mapping[str, str],
    project: Project,
    *,
    latest_only: bool = False,
    on: dt.date | None = None,
) -> MeasurementImport:
    """Read the mapped metrics of one run as measurements (the last value of each day).

    ``on`` dates values whose source has no time (a step-only chart export, a summary); without
    it such values are rejected with a note saying so.
    """
    run = source.run(run_id)
    known = {m.id for m in project.metrics}
    result = MeasurementImport(f"W&B run {run.name}")
    for key, metric_id in mapping.items():
        if not metric_id:
            continue
        if metric_id not in known:
            raise WandbImportError(f'no metric "{metric_id}" in the project for "{key}"')
        points = run.points.get(key)
        if points is None:
            result.reject(key, "", f"run {run.name} logged no metric “{key}”")
            continue
        _add(result, run, key, metric_id, points, latest_only, on)
    return result


def _add(
    result: MeasurementImport,
    run: Run,
    key: str,
    metric_id: str,
    points: list[Point],
    latest_only: bool,
    on: dt.date | None,
) -> None:
    per_day: dict[dt.date, Point] = {}
    usable = 0
    for point in points:
        result.read += 1
        where = f"{key}, step {point.step}" if point.step is not None else key
        if not math.isfinite(point.value):
            result.reject(where, str(point.value), f"{point.value} is not a finite number")
            continue
        day = point.day or on
        if day is None:
            result.reject(where, str(point.value), "no date: the export has no time column")
            continue
        usable += 1
        per_day[day] = point
    if latest_only and per_day:
        last = max(per_day)
        per_day = {last: per_day[last]}
    if len(per_day) < usable and not latest_only:
        result.notes.append(
            f"{key}: {usable:,} values on {len(per_day):,} day(s); the last value of each day "
            "is kept."
        )
    source = f"W&B {run.name}"[:200]
    for day in sorted(per_day):
        point = per_day[day]
        step = f", step {point.step}" if point.step is not None else ""
        note = f"W&B run {run.name}, {key}{step}"[:20_000]
        result.rows.append(
            (metric_id, Measurement(date=day, value=point.value, note=note, source=source))
        )


# -- CSV exports --------------------------------------------------------------------------------


def _open_csv(path: Path, data: bytes) -> WandbSource:
    if b"\x00" in data[:8192] or data.startswith(b"PK\x03\x04"):
        raise WandbImportError(f"{path.name} is not a text file; expected a W&B CSV export")
    text = data.decode("utf-8-sig", errors="replace")
    rows = [r for r in csv.reader(io.StringIO(text, newline="")) if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise WandbImportError(f"{path.name} has no rows below its header")
    header = [h.strip() for h in rows[0]]
    folded = [h.lower() for h in header]
    problems: list[str] = []
    if {"metric", "value"} <= set(folded) or {"key", "value"} <= set(folded):
        runs = _long(header, folded, rows[1:], problems)
        kind = "W&B long export"
    elif "name" in folded:  # chart exports have no Name column; run tables may have _step
        runs = _run_table(header, folded, rows[1:], problems)
        kind = "W&B run table"
    elif _column(folded, _STEP_COLUMNS) is not None:
        runs = _chart(path, header, folded, rows[1:], problems)
        kind = "W&B chart export"
    else:
        raise WandbImportError(
            f"{path.name}: expected a Step column (a chart export), Name (a run table) or "
            "metric and value columns (a long export) in the header"
        )
    if not runs:
        raise WandbImportError(f"{path.name} holds no metric values")
    return WandbSource(path, kind, runs, problems)


def _column(folded: list[str], names: tuple[str, ...]) -> int | None:
    return next((folded.index(n) for n in names if n in folded), None)


def _number(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return math.nan if text.lower() in ("nan", "inf", "-inf", "infinity") else None


def _moment(text: str) -> dt.datetime | None:
    text = text.strip()
    if not text:
        return None
    number = _number(text)
    try:
        if number is not None and math.isfinite(number):
            seconds = number / 1000 if number > 1e11 else number
            return dt.datetime.fromtimestamp(seconds, dt.UTC)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _day(moment: dt.datetime | None) -> dt.date | None:
    return moment.astimezone(dt.UTC).date() if moment else None


def _chart(path, header, folded, rows, problems) -> list[Run]:
    step_at = _column(folded, _STEP_COLUMNS)
    time_at = _column(folded, _TIME_COLUMNS)
    runs: dict[str, Run] = {}
    for col, name in enumerate(header):
        if col in (step_at, time_at) or _SKIP_KEYS.search(name):
            continue
        run_name, _, key = name.rpartition(" - ")
        run_name = run_name or path.stem
        run = runs.setdefault(run_name, Run(run_name, run_name, path.name, None, "exported"))
        run.points.setdefault(key or name, [])
    count = 0
    for line, row in enumerate(rows, start=2):
        step = _int(row[step_at]) if step_at is not None and step_at < len(row) else None
        moment = _moment(row[time_at]) if time_at is not None and time_at < len(row) else None
        for col, name in enumerate(header):
            if col >= len(row) or col in (step_at, time_at) or _SKIP_KEYS.search(name):
                continue
            value = _number(row[col])
            if value is None:
                if row[col].strip():
                    problems.append(f"line {line}, {name}: “{row[col].strip()[:40]}” is no number")
                continue
            run_name, _, key = name.rpartition(" - ")
            runs[run_name or path.stem].points[key or name].append(Point(_day(moment), value, step))
            count += 1
            if count > MAX_POINTS:
                raise WandbImportError(f"{path.name} holds more than {MAX_POINTS:,} values")
    return [r for r in runs.values() if any(r.points.values())]


def _long(header, folded, rows, problems) -> list[Run]:
    key_at = _column(folded, ("metric", "key"))
    value_at = folded.index("value")
    run_at = _column(folded, ("run", "run name", "name", "run_id"))
    step_at = _column(folded, _STEP_COLUMNS)
    time_at = _column(folded, _TIME_COLUMNS)
    runs: dict[str, Run] = {}
    for line, row in enumerate(rows[:MAX_POINTS], start=2):
        cells = row + [""] * (len(header) - len(row))
        key = cells[key_at].strip() if key_at is not None else ""
        value = _number(cells[value_at])
        if not key or value is None:
            problems.append(f"line {line}: no metric or no number")
            continue
        name = cells[run_at].strip() if run_at is not None else "run"
        moment = _moment(cells[time_at]) if time_at is not None else None
        run = runs.setdefault(name, Run(name, name, "W&B export", moment, "exported"))
        step = _int(cells[step_at]) if step_at is not None else None
        run.points.setdefault(key, []).append(Point(_day(moment), value, step))
    return list(runs.values())


def _run_table(header, folded, rows, problems) -> list[Run]:
    name_at = folded.index("name")
    created_at = _column(folded, ("created", "created at", "start time"))
    state_at = _column(folded, ("state", "status"))
    id_at = _column(folded, ("id", "run id", "run_id"))
    skip = {name_at, created_at, state_at, id_at}
    runs: list[Run] = []
    for row in rows[:10_000]:
        cells = row + [""] * (len(header) - len(row))
        name = cells[name_at].strip() or "(unnamed)"
        moment = _moment(cells[created_at]) if created_at is not None else None
        run = Run(
            cells[id_at].strip() if id_at is not None and cells[id_at].strip() else name,
            name,
            "W&B run table",
            moment,
            cells[state_at].strip() if state_at is not None else "",
        )
        for col, key in enumerate(header):
            if col in skip or _SKIP_KEYS.search(key) or key.lower() in _RUN_COLUMNS:
                continue
            value = _number(cells[col])
            if value is not None:
                run.points[key] = [Point(_day(moment), value, None)]
        if run.points:
            runs.append(run)
    return runs


def _int(text: str) -> int | None:
    number = _number(text)
    return int(number) if number is not None and math.isfinite(number) else None


# -- offline run folders --------------------------------------------------------------------------


def _open_folder(path: Path) -> WandbSource:
    folders = [path] if (path / "files").is_dir() else []
    if not folders:
        base = path / "wandb" if (path / "wandb").is_dir() else path
        folders = sorted(
            p for p in base.iterdir() if p.is_dir() and re.match(r"(offline-)?run-", p.name)
        )[:2000]
    if not folders:
        raise WandbImportError(
            f"{path.name} holds no W&B run folders (offline-run-… with files/wandb-summary.json)"
        )
    runs: list[Run] = []
    problems: list[str] = []
    for folder in folders:
        try:
            run = _offline_run(folder)
        except WandbImportError as exc:
            problems.append(str(exc))
            continue
        if run.points:
            runs.append(run)
    if not runs:
        raise WandbImportError(
            f"{path.name}: no run could be read" + (f" ({problems[0]})" if problems else "")
        )
    return WandbSource(path, "W&B offline runs", runs, problems)


def _offline_run(folder: Path) -> Run:
    match = re.match(r"(?:offline-)?run-(\d{8}_\d{6})-(\w+)$", folder.name)
    start = None
    if match:
        start = dt.datetime.strptime(match.group(1), "%Y%m%d_%H%M%S").replace(tzinfo=dt.UTC)
    run_id = match.group(2) if match else folder.name
    files = folder / "files"
    meta = _json_file(files / "wandb-metadata.json", folder)
    if isinstance(meta, dict) and isinstance(meta.get("startedAt"), str):
        start = _moment(meta["startedAt"]) or start
    name = str(meta.get("display_name") or meta.get("name") or run_id) if meta else run_id
    project = str(meta.get("project") or "W&B offline") if meta else "W&B offline"
    run = Run(run_id, name[:200], project[:200], start, "offline")
    history = files / "wandb-history.jsonl"
    if history.is_file():
        _history(history, run, folder)
    else:
        summary = _json_file(files / "wandb-summary.json", folder)
        if not isinstance(summary, dict):
            raise WandbImportError(f"{folder.name}: no wandb-summary.json or wandb-history.jsonl")
        moment = _moment(str(summary.get("_timestamp", ""))) or start
        step = summary.get("_step") if isinstance(summary.get("_step"), int) else None
        for key, value in summary.items():
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            if numeric and not _SKIP_KEYS.search(key):
                run.points[key] = [Point(_day(moment), float(value), step)]
    return run


def _json_file(path: Path, folder: Path) -> dict | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(read_bounded(path, MAX_JSON_BYTES, "W&B file"))
    except (ValueError, RecursionError) as exc:  # FileRefusedError is a ValueError
        raise WandbImportError(f"{folder.name}/{path.name}: cannot be read ({exc})") from None
    return data if isinstance(data, dict) else None


def _history(path: Path, run: Run, folder: Path) -> None:
    try:
        data = read_bounded(path, MAX_HISTORY_BYTES, "W&B history")
    except FileRefusedError as exc:
        raise WandbImportError(str(exc)) from None
    count = 0
    for line_no, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):
            raise WandbImportError(
                f"{folder.name}/wandb-history.jsonl line {line_no}: not JSON"
            ) from None
        if not isinstance(entry, dict):
            continue
        moment = _moment(str(entry.get("_timestamp", "")))
        step = entry.get("_step") if isinstance(entry.get("_step"), int) else None
        for key, value in entry.items():
            if _SKIP_KEYS.search(key) or isinstance(value, bool):
                continue
            if isinstance(value, int | float):
                run.points.setdefault(key, []).append(Point(_day(moment), float(value), step))
                count += 1
            elif isinstance(value, str) and value in ("NaN", "Infinity", "-Infinity"):
                run.points.setdefault(key, []).append(Point(_day(moment), float(value), step))
        if count > MAX_POINTS:
            raise WandbImportError(f"{folder.name}: more than {MAX_POINTS:,} logged values")
