"""What the MLflow readers share: runs, logged points, errors and small text helpers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from raci_studio.io.measurements.found import MeasurementImportError

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
RUN_STATUS = {"1": "RUNNING", "2": "SCHEDULED", "3": "FINISHED", "4": "FAILED", "5": "KILLED"}


class MlflowImportError(MeasurementImportError):
    """The path is not a readable MLflow store (or the run is not in it)."""


class MlflowStoreBusyError(MlflowImportError):
    """The store is being written (a run in progress) and could not be read consistently."""


@dataclass(frozen=True)
class MlflowRun:
    """One run of the store, as listed for the user to pick.

    ``parent_id`` is the run this one is nested in ("" for a top-level run) and
    ``parent_name`` its name as listed (its id when the parent is deleted or unknown).
    """

    run_id: str
    name: str
    experiment: str
    start: dt.datetime | None
    status: str
    metric_keys: tuple[str, ...]
    experiment_id: str = ""
    parent_id: str = ""
    parent_name: str = ""

    def local_start(self) -> str:
        """Return the start as "2026-03-01 14:05" in the local time zone ("" if unknown)."""
        return self.start.astimezone().strftime("%Y-%m-%d %H:%M") if self.start else ""

    def label(self) -> str:
        """Return "name (in parent) · experiment · 2026-03-01 14:05" (local time) for a list."""
        name = f"{self.name} (in {self.parent_name})" if self.parent_id else self.name
        return f"{name} · {self.experiment} · {self.local_start() or 'no start time'}"


@dataclass(frozen=True, slots=True)
class MetricPoint:
    """One logged value: milliseconds since 1970 (UTC), the value, the step, its dataset.

    ``dataset`` names the dataset the value was computed on (MLflow 3's dataset-linked
    metrics, what ``mlflow.evaluate`` logs), with its digest; "" when none.
    """

    timestamp: int
    value: float
    step: int
    dataset: str = ""
    dataset_digest: str = ""


def clean(text: str, limit: int) -> str:
    """Return ``text`` as a project can hold it: no control characters or undecodable bytes."""
    return _CONTROL.sub(" ", text.encode("utf-8", "replace").decode("utf-8"))[:limit]


def from_ms(value: object) -> dt.datetime | None:
    """Return milliseconds since 1970 as an aware UTC datetime, or None if it is no time."""
    try:
        return dt.datetime.fromtimestamp(int(str(value)) / 1000, dt.UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def newest_first(run: MlflowRun) -> tuple[float, str]:
    """Sort key: the newest run first, then by name."""
    return (-(run.start.timestamp() if run.start else 0.0), run.name)
