"""User-level edits of success metrics and their measurements, with readable undo labels.

Each builder reads the project as it is now and returns one :class:`Edit` (or ``None`` when
nothing would change), so that one user action is one undo step. Measurements are kept in date
order: a new one goes after those of the same day or earlier, and a changed date moves the
measurement to its place. Pastes and imports replace each touched metric's measurement list in
one :class:`UpdateFields`, which is exact to undo and fast for thousands of rows.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from raci_studio.core.actions import raci as actions
from raci_studio.core.edits import (
    Batch,
    Edit,
    EditError,
    InsertItem,
    MoveItem,
    RemoveItem,
    UpdateFields,
    find,
)
from raci_studio.core.ids import unique_id
from raci_studio.core.model import Direction, Measurement, Metric, MetricCategory, Project
from raci_studio.core.numbers import format_value

#: Fields of a metric a person edits in the metrics table, with the words used in labels.
METRIC_FIELDS: dict[str, str] = {
    "name": "name",
    "category": "category",
    "unit": "unit",
    "direction": "direction",
    "baseline": "baseline",
    "target": "target",
    "threshold": "threshold",
    "proxies": "KPI it stands in for",
    "description": "description",
}
NUMBER_FIELDS = ("baseline", "target", "threshold")
MEASUREMENT_FIELDS = ("date", "value", "note", "source")

CATEGORY_LABELS: dict[MetricCategory, str] = {
    MetricCategory.BUSINESS_KPI: "Business KPI",
    MetricCategory.MODEL: "Model",
    MetricCategory.OPERATIONAL: "Operational",
    MetricCategory.RESPONSIBLE: "Responsible AI",
}
DIRECTION_LABELS: dict[Direction, str] = {
    Direction.HIGHER: "Higher is better",
    Direction.LOWER: "Lower is better",
}

Row = tuple[str, Measurement]  # (metric id, measurement)


def find_metric(project: Project, metric_id: str) -> Metric:
    """Return the metric with ``metric_id``; raise :class:`EditError` when there is none."""
    return find(project.metrics, metric_id, "metric")


# -- metrics ----------------------------------------------------------------------------------


def add_metric(
    project: Project,
    name: str,
    category: MetricCategory | str = MetricCategory.MODEL,
    index: int | None = None,
    **fields: Any,
) -> InsertItem:
    """Add a metric with a unique slug id made from ``name`` (at ``index``, the end if None).

    Parameters
    ----------
    project : Project
    name : str
        The metric's name; its id is a slug of it, unique among the metrics.
    category : MetricCategory or str
    index : int, optional
    **fields
        Other metric fields (unit, direction, baseline, target, threshold, proxies, …).

    Raises
    ------
    EditError
        An empty name or a field the model refuses.
    """
    name = " ".join(name.split())
    if not name:
        raise EditError("a metric needs a name")
    _check_numbers(fields)
    ident = unique_id(name, {m.id for m in project.metrics}, "metric")
    try:
        metric = Metric(id=ident, name=name, category=category, **fields)
    except ValidationError as exc:
        raise EditError(_words(exc)) from None
    if metric.proxies is not None:
        _check_proxy(project, metric.id, metric.proxies)
    index = len(project.metrics) if index is None else index
    return InsertItem(("metrics",), index, metric, f"Add metric '{name}'")


def edit_metric(project: Project, metric_id: str, fields: Mapping[str, Any]) -> Edit | None:
    """Set fields of a metric; return None when every value is already the one asked for.

    Parameters
    ----------
    project : Project
    metric_id : str
    fields : mapping
        Field name -> new value; numbers may be None (cleared). ``proxies`` must name a business
        KPI other than the metric itself (or be None).

    Returns
    -------
    Edit or None
        An :class:`UpdateFields` labelled for the undo menu, e.g. "Set target of 'Intent
        accuracy' to 0.9", "Link 'WMAPE' to KPI 'Stock-out rate'".
    """
    metric = find_metric(project, metric_id)
    unknown = set(fields) - set(METRIC_FIELDS)
    if unknown:
        raise EditError(f"a metric has no field {', '.join(sorted(unknown))}")
    values = dict(fields)
    if "name" in values:
        values["name"] = " ".join(str(values["name"]).split())
        if not values["name"]:
            raise EditError("a metric needs a name")
    _check_numbers(values)
    changed = {k: v for k, v in values.items() if getattr(metric, k) != v}
    if not changed:
        return None
    if changed.get("proxies") is not None:
        _check_proxy(project, metric_id, str(changed["proxies"]))
    return UpdateFields(("metrics", metric_id), changed, _metric_label(project, metric, changed))


def remove_metric(project: Project, metric_id: str) -> Edit:
    """Remove a metric: bound criteria become manual, proxies to it are unlinked."""
    return actions.remove_metric(project, metric_id)


def _check_numbers(values: Mapping[str, Any]) -> None:
    for name in NUMBER_FIELDS:
        value = values.get(name)
        if value is not None and not _finite(value):
            raise EditError(f"the {name} must be a finite number, not {value!r}")


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_proxy(project: Project, metric_id: str, kpi_id: str) -> None:
    if kpi_id == metric_id:
        raise EditError("a metric cannot stand in for itself")
    kpi = next((m for m in project.metrics if m.id == kpi_id), None)
    if kpi is None:
        raise EditError(f"no metric '{kpi_id}' to stand in for")
    if kpi.category != MetricCategory.BUSINESS_KPI:
        raise EditError(f"'{kpi.name}' is not a business KPI; a model metric proxies a KPI")


def _metric_label(project: Project, metric: Metric, changed: Mapping[str, Any]) -> str:
    name = metric.name
    if len(changed) > 1:
        return f"Edit metric '{name}'"
    field, value = next(iter(changed.items()))
    if field == "name":
        return f"Rename metric to '{value}'"
    if field in NUMBER_FIELDS:
        if value is None:
            return f"Clear {field} of '{name}'"
        return f"Set {field} of '{name}' to {format_value(float(value), metric.unit)}"
    if field == "category":
        return f"Make '{name}' {CATEGORY_LABELS[MetricCategory(value)].lower()}"
    if field == "direction":
        return f"Make '{name}' {DIRECTION_LABELS[Direction(value)].lower()}"
    if field == "proxies":
        if value is None:
            return f"Unlink '{name}' from its KPI"
        kpi = find_metric(project, str(value))
        return f"Link '{name}' to KPI '{kpi.name}'"
    if field == "unit":
        return f"Set unit of '{name}' to '{value}'" if value else f"Clear unit of '{name}'"
    return f"Edit {METRIC_FIELDS[field]} of '{name}'"


# -- single measurements ----------------------------------------------------------------------


def add_measurement(
    project: Project,
    metric_id: str,
    date: dt.date,
    value: float,
    note: str = "",
    source: str = "",
) -> InsertItem:
    """Add one measurement at its place in date order (after others of the same day)."""
    metric = find_metric(project, metric_id)
    measurement = _measurement(date, value, note, source)
    index = bisect_right([m.date for m in metric.measurements], measurement.date)
    label = f"Add measurement to '{metric.name}'"
    return InsertItem(("metrics", metric_id, "measurements"), index, measurement, label)


def edit_measurement(
    project: Project, metric_id: str, index: int, fields: Mapping[str, Any]
) -> Edit | None:
    """Set fields (date, value, note, source) of the measurement at ``index``.

    Returns None when nothing would change. A new date also moves the measurement to its
    place in date order, in the same undo step.
    """
    metric = find_metric(project, metric_id)
    if not 0 <= index < len(metric.measurements):
        raise EditError(f"'{metric.name}' has no measurement {index + 1}")
    unknown = set(fields) - set(MEASUREMENT_FIELDS)
    if unknown:
        raise EditError(f"a measurement has no field {', '.join(sorted(unknown))}")
    old = metric.measurements[index]
    if "value" in fields and not _finite(fields["value"]):
        raise EditError(f"the value must be a finite number, not {fields['value']!r}")
    changed = {k: v for k, v in fields.items() if getattr(old, k) != v}
    if not changed:
        return None
    try:
        new = Measurement.model_validate({**old.model_dump(), **changed})
    except ValidationError as exc:
        raise EditError(_words(exc)) from None
    collection = ("metrics", metric_id, "measurements")
    label = _measurement_label(metric, old, changed)
    update = UpdateFields((*collection, index), changed, label)
    if "date" not in changed:
        return update
    others = [m.date for i, m in enumerate(metric.measurements) if i != index]
    place = bisect_right(others, new.date)
    if place == index:
        return update
    return Batch((update, MoveItem(collection, index, place)), label)


def remove_measurements(project: Project, metric_id: str, indexes: Iterable[int]) -> Edit:
    """Remove the measurements at ``indexes`` (one undo step)."""
    metric = find_metric(project, metric_id)
    chosen = sorted(set(indexes), reverse=True)
    if not chosen:
        raise EditError("no measurement selected")
    for index in chosen:
        if not 0 <= index < len(metric.measurements):
            raise EditError(f"'{metric.name}' has no measurement {index + 1}")
    collection = ("metrics", metric_id, "measurements")
    edits = tuple(RemoveItem(collection, i) for i in chosen)
    if len(chosen) == 1:
        day = metric.measurements[chosen[0]].date.isoformat()
        label = f"Delete measurement of '{metric.name}' on {day}"
    else:
        label = f"Delete {len(chosen)} measurements of '{metric.name}'"
    return Batch(edits, label)


def _measurement(date: Any, value: Any, note: str, source: str) -> Measurement:
    if not _finite(value):
        raise EditError(f"the value must be a finite number, not {value!r}")
    try:
        return Measurement(date=date, value=value, note=note, source=source)
    except ValidationError as exc:
        raise EditError(_words(exc)) from None


def _measurement_label(metric: Metric, old: Measurement, changed: Mapping[str, Any]) -> str:
    day = old.date.isoformat()
    if set(changed) == {"value"}:
        shown = format_value(float(changed["value"]), metric.unit)
        return f"Set '{metric.name}' on {day} to {shown}"
    if set(changed) == {"date"}:
        return f"Move measurement of '{metric.name}' from {day} to {changed['date']}"
    if len(changed) == 1:
        return f"Edit {next(iter(changed))} of '{metric.name}' on {day}"
    return f"Edit measurement of '{metric.name}' on {day}"


# -- many measurements at once: paste and import ------------------------------------------------


@dataclass(frozen=True)
class MergePlan:
    """What merging measurements into the project would do, and the edit that does it.

    Attributes
    ----------
    edit : Edit or None
        One undo step (None when nothing would change).
    added : int
        Measurements on dates the metric had no value for.
    replaced : int
        Measurements that replace the value recorded on the same date.
    unchanged : int
        Rows equal to what the project already holds.
    repeated : int
        Rows superseded by a later row for the same metric and date.
    metrics : tuple of str
        Ids of the metrics that change, in project order.
    """

    edit: Edit | None
    added: int
    replaced: int
    unchanged: int
    repeated: int
    metrics: tuple[str, ...]

    def summary(self) -> str:
        """Return one sentence on what applying the plan does."""
        parts = [f"{self.added:,} added"]
        if self.replaced:
            parts.append(f"{self.replaced:,} replacing the value of the same date")
        if self.unchanged:
            parts.append(f"{self.unchanged:,} already recorded")
        if self.repeated:
            parts.append(f"{self.repeated:,} repeated in the input (the later row counts)")
        metrics = len(self.metrics)
        return f"{', '.join(parts)}; {metrics} metric{'s' if metrics != 1 else ''} change."


def merge_measurements(
    project: Project, rows: Sequence[Row], label: str, replace_same_date: bool = True
) -> MergePlan:
    """Plan adding many measurements (a paste, an import) as one undo step.

    Parameters
    ----------
    project : Project
    rows : sequence of (metric id, Measurement)
        Values must be finite; unknown metrics raise :class:`EditError`.
    label : str
        The undo label, e.g. "Import 40 measurements from results.csv".
    replace_same_date : bool
        When True a row for a date the metric already has replaces that value (the last one
        listed for the date), so importing the same file twice changes nothing; when False
        every row is added.

    Returns
    -------
    MergePlan
    """
    by_metric: dict[str, dict[dt.date, Measurement] | list[Measurement]] = {}
    repeated = 0
    for metric_id, measurement in rows:
        find_metric(project, metric_id)
        if not _finite(measurement.value):
            raise EditError(f"the value must be a finite number, not {measurement.value!r}")
        if replace_same_date:
            per_day = by_metric.setdefault(metric_id, {})
            assert isinstance(per_day, dict)
            repeated += measurement.date in per_day
            per_day[measurement.date] = measurement
        else:
            listed = by_metric.setdefault(metric_id, [])
            assert isinstance(listed, list)
            listed.append(measurement)
    added = replaced = unchanged = 0
    edits: list[Edit] = []
    changed_ids: list[str] = []
    for metric in project.metrics:
        incoming = by_metric.get(metric.id)
        if not incoming:
            continue
        new_rows = list(incoming.values()) if isinstance(incoming, dict) else list(incoming)
        merged, counts = _merged(metric.measurements, new_rows, replace_same_date)
        added += counts[0]
        replaced += counts[1]
        unchanged += counts[2]
        if counts[0] or counts[1]:
            edits.append(UpdateFields(("metrics", metric.id), {"measurements": merged}))
            changed_ids.append(metric.id)
    edit = Batch(tuple(edits), label) if edits else None
    return MergePlan(edit, added, replaced, unchanged, repeated, tuple(changed_ids))


def _merged(
    existing: list[Measurement], rows: list[Measurement], replace: bool
) -> tuple[list[Measurement], tuple[int, int, int]]:
    merged = list(existing)
    last_of_day: dict[dt.date, int] = {}
    if replace:
        for i, m in enumerate(merged):
            last_of_day[m.date] = i
    added = replaced = unchanged = 0
    fresh: list[Measurement] = []
    for row in rows:
        at = last_of_day.get(row.date) if replace else None
        if at is None:
            fresh.append(row)
            continue
        old = merged[at]
        update: dict[str, Any] = {"value": row.value}
        if row.note:
            update["note"] = row.note
        if row.source:
            update["source"] = row.source
        if all(getattr(old, k) == v for k, v in update.items()):
            unchanged += 1
            continue
        merged[at] = old.model_copy(update=update)
        replaced += 1
    dates = [m.date for m in merged]
    for row in sorted(fresh, key=lambda m: m.date):
        place = bisect_right(dates, row.date)
        dates.insert(place, row.date)
        merged.insert(place, row)
        added += 1
    return merged, (added, replaced, unchanged)


def paste_measurements(project: Project, metric_id: str, rows: Sequence[Measurement]) -> MergePlan:
    """Plan pasting a block of measurements into one metric (one undo step)."""
    metric = find_metric(project, metric_id)
    count = len(rows)
    label = f"Paste {count} measurement{'s' if count != 1 else ''} into '{metric.name}'"
    return merge_measurements(project, [(metric_id, m) for m in rows], label)


def import_label(count: int, source: str) -> str:
    """Return the undo label of an import, e.g. "Import 40 measurements from results.csv"."""
    return f"Import {count:,} measurement{'s' if count != 1 else ''} from {source}"


def _words(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else str(err["msg"])
