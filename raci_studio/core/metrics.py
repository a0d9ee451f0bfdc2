"""Metric evaluation: latest value, status against target and threshold, trend, drift, gates.

Every function is pure: it reads the metric (or project) it is given and returns a fresh value,
so the findings panel and the chart can call them on every edit without stale caches.
Measurements are sorted by date at most once per call (and not at all when they already are,
which is the usual case); :func:`summarise` computes everything for one metric from one sort.

Conventions
-----------
- "Better" follows the metric's direction: larger values when higher is better, smaller ones
  when lower is better. ``threshold`` is the worst acceptable value (the minimum when higher is
  better, the maximum when lower is better).
- Ties on a date keep the order of the list: the later entry counts as the later measurement.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate

from raci_studio.core.model import Criterion, Direction, Gate, Measurement, Metric, Project
from raci_studio.core.value_scale import safe_mean

#: Number of most recent measurements the trend is fitted on.
TREND_WINDOW = 6
#: Number of measurements averaged by the rolling mean of :func:`degradation`.
ROLLING_WINDOW = 3
#: A trend is flat when its fitted change over the window is within this share of the scale.
FLAT_TOLERANCE = 0.01

Op = str  # one of ">=", "<=", ">", "<"


class MetricStatus(StrEnum):
    """Where a metric's latest value stands against its target and threshold."""

    MET = "met"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    NO_DATA = "no_data"
    #: Measured, not breached, but nobody has said what success is: no target.
    NO_TARGET = "no_target"


class TrendDirection(StrEnum):
    """The direction of recent change, judged by the metric's direction."""

    IMPROVING = "improving"
    WORSENING = "worsening"
    FLAT = "flat"


class CriterionState(StrEnum):
    """The state of one gate criterion."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_MEASURED = "not_measured"
    NO_THRESHOLD = "no_threshold"
    UNCHECKED = "unchecked"
    CHECKED = "checked"
    UNKNOWN_METRIC = "unknown_metric"


class GateState(StrEnum):
    """The state of a gate as a whole."""

    PASS = "pass"
    FAIL = "fail"
    NOT_YET = "not_yet"


@dataclass(frozen=True)
class Trend:
    """A least-squares trend over the most recent measurements.

    Attributes
    ----------
    direction : TrendDirection
        Improving, worsening or flat, taking the metric's direction into account.
    slope_per_30_days : float
        Fitted change of the value over 30 days, in the metric's unit (signed).
    points : int
        Number of measurements the fit used.
    start, end : datetime.date
        Dates of the first and last measurement used.
    """

    direction: TrendDirection
    slope_per_30_days: float
    points: int
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class DriftWarning:
    """One stretch of time during which the rolling mean was worse than the threshold.

    Attributes
    ----------
    start : datetime.date
        First date the rolling mean crossed the threshold.
    end : datetime.date
        Last date it was still beyond it.
    ongoing : bool
        True when the latest measurement is still beyond the threshold.
    worst : float
        The worst rolling mean during the stretch.
    beyond : float
        How far the worst rolling mean went past the threshold (positive, in the metric's unit).
    """

    start: dt.date
    end: dt.date
    ongoing: bool
    worst: float
    beyond: float


@dataclass(frozen=True)
class Degradation:
    """Per-measurement rolling values, ready to plot, and the drift found in them.

    Attributes
    ----------
    dates, values : list
        Measurements sorted by date.
    rolling : list of float
        Rolling mean of the last ``window`` values (fewer at the start of the series).
    change : list of float
        ``rolling - baseline`` (signed, in the metric's unit).
    degraded : list of bool
        True where the rolling mean is worse than the threshold.
    baseline : float or None
        The metric's baseline, or its first value when it has none; None without data.
    warnings : list of DriftWarning
        One per stretch of degraded points, oldest first.
    """

    dates: list[dt.date]
    values: list[float]
    rolling: list[float]
    change: list[float]
    degraded: list[bool]
    baseline: float | None
    warnings: list[DriftWarning]

    @property
    def drifting(self) -> bool:
        """Return True when the latest rolling mean is beyond the threshold."""
        return bool(self.degraded) and self.degraded[-1]


@dataclass(frozen=True)
class MetricSummary:
    """Everything the findings panel shows about one metric, computed from one sort."""

    metric: Metric
    latest: Measurement | None
    status: MetricStatus
    trend: Trend | None
    degradation: Degradation


@dataclass(frozen=True)
class CriterionResult:
    """A criterion's state with the numbers behind it, for messages and tooltips.

    Attributes
    ----------
    state : CriterionState
    actual : float or None
        The bound metric's latest value.
    op : str or None
        The comparison used (explicit or implied by the metric's direction).
    expected : float or None
        The value compared against (explicit, else the metric's threshold, else its target).
    """

    state: CriterionState
    actual: float | None = None
    op: Op | None = None
    expected: float | None = None


# -- ordering -------------------------------------------------------------------------------


def sorted_measurements(metric: Metric) -> list[Measurement]:
    """Return the measurements sorted by date (stable: ties keep their list order).

    The list is returned as is (not copied) when it is already sorted, which costs one pass.
    """
    items = metric.measurements
    previous: dt.date | None = None
    for m in items:
        if previous is not None and m.date < previous:
            return sorted(items, key=_date)
        previous = m.date
    return items


def _date(m: Measurement) -> dt.date:
    return m.date


def latest(metric: Metric) -> Measurement | None:
    """Return the most recent measurement (the last one listed among same-day entries)."""
    best: Measurement | None = None
    for m in metric.measurements:
        if best is None or m.date >= best.date:
            best = m
    return best


def current_value(metric: Metric) -> float | None:
    """Return the latest measured value, or None when the metric has no measurements."""
    m = latest(metric)
    return None if m is None else m.value


# -- comparisons ----------------------------------------------------------------------------


def is_better_or_equal(metric: Metric, value: float, reference: float) -> bool:
    """Return True when ``value`` is at least as good as ``reference`` for this metric."""
    if metric.direction == Direction.LOWER:
        return value <= reference
    return value >= reference


def _worse(direction: Direction, value: float, reference: float) -> bool:
    return value > reference if direction == Direction.LOWER else value < reference


def _status_of(metric: Metric, value: float | None) -> MetricStatus:
    if value is None:
        return MetricStatus.NO_DATA
    # Breached wins over met: a target set worse than the threshold must not hide a breach.
    if metric.threshold is not None and _worse(metric.direction, value, metric.threshold):
        return MetricStatus.BREACHED
    if metric.target is None:
        return MetricStatus.NO_TARGET
    if is_better_or_equal(metric, value, metric.target):
        return MetricStatus.MET
    return MetricStatus.AT_RISK


def status(metric: Metric) -> MetricStatus:
    """Return where the latest value stands against the target and threshold.

    Returns
    -------
    MetricStatus
        ``no_data`` without measurements; ``breached`` when the latest value is worse than the
        threshold; ``no_target`` when it has no target (nobody has said what success is, so
        it is neither met nor at risk); ``met`` when it reaches the target; ``at_risk``
        otherwise. One without a threshold is never ``breached``. Every view and report
        words this one status the same way.
    """
    return _status_of(metric, current_value(metric))


# -- trend ----------------------------------------------------------------------------------


def trend(metric: Metric, window: int = TREND_WINDOW) -> Trend | None:
    """Fit a least-squares line to the last ``window`` measurements against their dates.

    Returns
    -------
    Trend or None
        None when fewer than two measurements, or all on the same date. The trend is flat when
        the fitted change over the window is within ``FLAT_TOLERANCE`` of the metric's scale
        (the distance from baseline to target when both are set, else the mean magnitude).
    """
    return _trend_of(metric, sorted_measurements(metric), window)


def _trend_of(metric: Metric, ordered: Sequence[Measurement], window: int) -> Trend | None:
    recent = ordered[-max(window, 2) :]
    n = len(recent)
    if n < 2:
        return None
    xs = [m.date.toordinal() for m in recent]
    ys = [m.value for m in recent]
    mean_x = sum(xs) / n
    mean_y = safe_mean(ys)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    if sxx == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    per_day = sxy / sxx
    if not math.isfinite(per_day) or not math.isfinite(per_day * (xs[-1] - xs[0])):
        return None  # values near the float limit: no line can be fitted
    span_change = per_day * (xs[-1] - xs[0])
    scale = _scale(metric, mean_y)
    if abs(span_change) <= FLAT_TOLERANCE * scale:
        direction = TrendDirection.FLAT
    elif (per_day > 0) == (metric.direction == Direction.HIGHER):
        direction = TrendDirection.IMPROVING
    else:
        direction = TrendDirection.WORSENING
    return Trend(direction, per_day * 30.0, n, recent[0].date, recent[-1].date)


def _scale(metric: Metric, mean: float) -> float:
    if metric.target is not None and metric.baseline is not None:
        distance = abs(metric.target - metric.baseline)
        if distance > 0:
            return distance
    return abs(mean)


# -- degradation and drift ------------------------------------------------------------------


def degradation(metric: Metric, window: int = ROLLING_WINDOW) -> Degradation:
    """Compute the rolling mean of each measurement, its change from baseline, and drift.

    A point is degraded when the rolling mean of the last ``window`` values (fewer at the start)
    is worse than the threshold; each run of degraded points gives one :class:`DriftWarning`.
    Without a threshold nothing is degraded. Without a baseline the first value serves as one.
    """
    return _degradation_of(metric, sorted_measurements(metric), window)


def _degradation_of(metric: Metric, ordered: Sequence[Measurement], window: int) -> Degradation:
    window = max(window, 1)
    dates = [m.date for m in ordered]
    values = [m.value for m in ordered]
    baseline = metric.baseline if metric.baseline is not None else (values[0] if values else None)
    rolling = _rolling_mean(values, window)
    change = [r - baseline for r in rolling] if baseline is not None else []
    threshold = metric.threshold
    lower = metric.direction == Direction.LOWER
    if threshold is None:
        degraded = [False] * len(rolling)
    elif lower:
        degraded = [r > threshold for r in rolling]
    else:
        degraded = [r < threshold for r in rolling]
    warnings = _drift_warnings(dates, rolling, degraded, threshold, lower)
    return Degradation(dates, values, rolling, change, degraded, baseline, warnings)


def _rolling_mean(values: list[float], window: int) -> list[float]:
    prefix = list(accumulate(values, initial=0.0))
    head = [prefix[i] / i for i in range(1, min(window, len(values)) + 1)]
    tail = [(b - a) / window for a, b in zip(prefix[1:], prefix[window + 1 :], strict=False)]
    means = head + tail
    # Running sums lose the digits of a mean far smaller than the sums (3.4e38 + 0.8 - 3.4e38
    # is 0) and overflow on two 1.5e308 in a row: then each window is averaged on its own.
    if max(map(abs, prefix)) <= 1e6 * min(map(abs, means), default=0.0):
        return means
    n = len(values)
    head = [safe_mean(values[: i + 1]) for i in range(min(window - 1, n))]
    if n < window:
        return head
    shifted = [values[k : n - window + 1 + k] for k in range(window)]
    return head + [safe_mean(chunk) for chunk in zip(*shifted, strict=True)]


def _drift_warnings(
    dates: list[dt.date],
    rolling: list[float],
    degraded: list[bool],
    threshold: float | None,
    lower: bool,
) -> list[DriftWarning]:
    if threshold is None:
        return []
    warnings: list[DriftWarning] = []
    n = len(degraded)
    # list.index scans in C, so the Python work is per stretch, not per point.
    first = _find(degraded, True, 0)
    while first < n:
        stop = _find(degraded, False, first)
        run = rolling[first:stop]
        worst = max(run) if lower else min(run)
        warnings.append(
            DriftWarning(
                start=dates[first],
                end=dates[stop - 1],
                ongoing=stop == n,
                worst=worst,
                beyond=abs(worst - threshold),
            )
        )
        first = _find(degraded, True, stop)
    return warnings


def _find(flags: list[bool], value: bool, start: int) -> int:
    try:
        return flags.index(value, start)
    except ValueError:
        return len(flags)


def summarise(metric: Metric) -> MetricSummary:
    """Return latest value, status, trend and degradation of ``metric`` from one sort."""
    ordered = sorted_measurements(metric)
    last = ordered[-1] if ordered else None
    return MetricSummary(
        metric=metric,
        latest=last,
        status=_status_of(metric, None if last is None else last.value),
        trend=_trend_of(metric, ordered, TREND_WINDOW),
        degradation=_degradation_of(metric, ordered, ROLLING_WINDOW),
    )


# -- gates ----------------------------------------------------------------------------------

_COMPARE = {
    ">=": float.__ge__,
    "<=": float.__le__,
    ">": float.__gt__,
    "<": float.__lt__,
}


def implied_op(metric: Metric) -> Op:
    """Return the comparison a criterion on ``metric`` uses when it names none."""
    return "<=" if metric.direction == Direction.LOWER else ">="


def explain_criterion(
    project: Project, criterion: Criterion, metrics: Mapping[str, Metric] | None = None
) -> CriterionResult:
    """Evaluate ``criterion`` and return its state with the numbers behind it.

    Parameters
    ----------
    project : Project
    criterion : Criterion
    metrics : mapping, optional
        Metrics by id, to avoid rebuilding the lookup when evaluating many criteria.

    Returns
    -------
    CriterionResult
        Manual criteria are ``checked``/``unchecked``. A bound criterion is ``unknown_metric``
        when the metric does not exist, ``no_threshold`` when it names no value and the metric
        has neither threshold nor target, ``not_measured`` when the metric has no data, else
        ``passed``/``failed`` comparing the latest value with ``value`` (default: the metric's
        threshold, then its target) using ``op`` (default: ``>=`` when higher is better,
        ``<=`` when lower is better).
    """
    if criterion.metric is None:
        return CriterionResult(
            CriterionState.CHECKED if criterion.checked else CriterionState.UNCHECKED
        )
    if metrics is None:
        metrics = {m.id: m for m in project.metrics}
    metric = metrics.get(criterion.metric)
    if metric is None:
        return CriterionResult(CriterionState.UNKNOWN_METRIC)
    op = criterion.op or implied_op(metric)
    expected = criterion.value
    if expected is None:
        expected = metric.threshold if metric.threshold is not None else metric.target
    actual = current_value(metric)
    if expected is None:
        return CriterionResult(CriterionState.NO_THRESHOLD, actual, op, None)
    if actual is None:
        return CriterionResult(CriterionState.NOT_MEASURED, None, op, expected)
    ok = _COMPARE[op](float(actual), float(expected))
    state = CriterionState.PASSED if ok else CriterionState.FAILED
    return CriterionResult(state, actual, op, expected)


def evaluate_criterion(
    project: Project, criterion: Criterion, metrics: Mapping[str, Metric] | None = None
) -> CriterionState:
    """Return the state of one gate criterion (see :func:`explain_criterion`)."""
    return explain_criterion(project, criterion, metrics).state


def gate_state(
    project: Project, gate: Gate, metrics: Mapping[str, Metric] | None = None
) -> GateState:
    """Return whether ``gate`` passes, fails or cannot be decided yet.

    Returns
    -------
    GateState
        ``fail`` when any criterion failed; ``pass`` when every criterion passed or was checked;
        ``not_yet`` otherwise, including a gate that has no criteria at all.
    """
    if not gate.criteria:
        return GateState.NOT_YET
    if metrics is None:
        metrics = {m.id: m for m in project.metrics}
    states = [evaluate_criterion(project, c, metrics) for c in gate.criteria]
    if CriterionState.FAILED in states:
        return GateState.FAIL
    if all(s in (CriterionState.PASSED, CriterionState.CHECKED) for s in states):
        return GateState.PASS
    return GateState.NOT_YET
