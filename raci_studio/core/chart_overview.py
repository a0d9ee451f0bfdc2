"""The whole-project metrics charts: the scorecard (chart 3) and degradation (chart 4).

Companion of :mod:`raci_studio.core.chart_data`, which holds the single-metric charts, the
chart specs and the status words and colours; like it, pure Python and tested without
matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from raci_studio.core.chart_data import CATEGORY_ORDER, CATEGORY_TITLES
from raci_studio.core.metrics import (
    ROLLING_WINDOW,
    DriftWarning,
    MetricStatus,
    degradation,
    summarise,
)
from raci_studio.core.model import Direction, Metric, MetricCategory, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.value_scale import far_out, typical_magnitude

# -- the scorecard ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScorecardRow:
    """One bullet bar: a metric's latest value against its target and threshold.

    Positions are fractions of the bar (0 = left, 1 = right) on the metric's own scale,
    oriented so that **right is better** whatever the metric's direction.

    Attributes
    ----------
    value_pos, target_pos, threshold_pos, baseline_pos : float or None
    bands : tuple of (start, end, kind)
        Background stretches: "breach" (worse than the threshold), "at_risk", "met".
    value_text : str
        The latest value with its unit ("—" without data), with "off scale" when it is far
        outside the metric's range (its bar then ends at the edge).
    detail_text : str
        "target 0.9 · threshold 0.85" (without the unit, which the value shows).
    target, threshold : float or None
        The numbers ``detail_text`` words, for a chart that words them itself.
    off_scale : bool
        The latest value is far outside the metric's range (``value_text`` says so).
    """

    metric_id: str
    name: str
    category: MetricCategory
    status: MetricStatus
    value: float | None
    value_pos: float | None
    target_pos: float | None
    threshold_pos: float | None
    baseline_pos: float | None
    bands: tuple[tuple[float, float, str], ...]
    value_text: str
    detail_text: str
    target: float | None = None
    threshold: float | None = None
    off_scale: bool = False


@dataclass(frozen=True)
class ScorecardGroup:
    """The rows of one category, with its title."""

    category: MetricCategory
    title: str
    rows: tuple[ScorecardRow, ...]


@dataclass(frozen=True)
class Scorecard:
    """Chart 3: every metric, grouped by category in a fixed order."""

    groups: tuple[ScorecardGroup, ...]

    @property
    def rows(self) -> tuple[ScorecardRow, ...]:
        """Return every row, group after group."""
        return tuple(row for group in self.groups for row in group.rows)

    def counts(self) -> dict[MetricStatus, int]:
        """Return how many metrics have each status."""
        out = dict.fromkeys(MetricStatus, 0)
        for row in self.rows:
            out[row.status] += 1
        return out


def scorecard(project: Project) -> Scorecard:
    """Return chart 3's data: one bullet row per metric, grouped by category."""
    groups = []
    for category in CATEGORY_ORDER:
        rows = tuple(_scorecard_row(m) for m in project.metrics if m.category == category)
        if rows:
            groups.append(ScorecardGroup(category, CATEGORY_TITLES[category], rows))
    return Scorecard(tuple(groups))


def _scorecard_row(metric: Metric) -> ScorecardRow:
    summary = summarise(metric)
    value = None if summary.latest is None else summary.latest.value
    numbers = [
        v for v in (value, metric.target, metric.threshold, metric.baseline) if v is not None
    ]
    typical = typical_magnitude(numbers)
    off = value is not None and far_out(value, typical)
    sane = [v for v in numbers if not far_out(v, typical)]
    pos = _bar_scale(sane, metric.direction == Direction.LOWER)
    target_pos = pos(metric.target)
    threshold_pos = pos(metric.threshold)
    unit = metric.unit
    # The unit is written once, with the value: a shorter line reads (and draws) faster.
    detail = [
        f"{word} {format_value(v)}"
        for word, v in (("target", metric.target), ("threshold", metric.threshold))
        if v is not None
    ]
    return ScorecardRow(
        metric_id=metric.id,
        name=metric.name,
        category=metric.category,
        status=summary.status,
        value=value,
        value_pos=pos(value),
        target_pos=target_pos,
        threshold_pos=threshold_pos,
        baseline_pos=pos(metric.baseline),
        bands=_bands(threshold_pos, target_pos),
        value_text=_value_text(value, unit, off),
        detail_text=" · ".join(detail) or "no target or threshold",
        target=metric.target,
        threshold=metric.threshold,
        off_scale=off,
    )


def _value_text(value: float | None, unit: str, off_scale: bool) -> str:
    if value is None:
        return "—"
    return format_value(value, unit) + (" · off scale" if off_scale else "")


def _bar_scale(numbers: list[float], lower: bool) -> Callable[[float | None], float | None]:
    """Return a function mapping a value to 0..1 on a padded scale, right = better.

    ``numbers`` are the values on scale; a value far beyond them is placed at an edge.
    """
    if numbers:
        lo, hi = min(numbers), max(numbers)
    else:
        lo, hi = 0.0, 1.0
    if hi == lo:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    pad = (hi - lo) * 0.08
    lo, hi = lo - pad, hi + pad
    span = hi - lo

    def position(value: float | None) -> float | None:
        if value is None:
            return None
        fraction = min(1.0, max(0.0, (value - lo) / span))
        return 1.0 - fraction if lower else fraction

    return position


def _bands(threshold: float | None, target: float | None) -> tuple[tuple[float, float, str], ...]:
    if threshold is None and target is None:
        return ()
    if threshold is None:
        assert target is not None
        return ((0.0, target, "at_risk"), (target, 1.0, "met"))
    if target is None or target <= threshold:
        return ((0.0, threshold, "breach"), (threshold, 1.0, "at_risk"))
    return ((0.0, threshold, "breach"), (threshold, target, "at_risk"), (target, 1.0, "met"))


# -- degradation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DegradationSeries:
    """One metric's rolling change against its baseline, in percent, up = better.

    Attributes
    ----------
    change_pct : tuple of float
        ``(rolling mean - baseline) / |baseline| × 100``, negated when lower is better, so a
        falling line is a metric getting worse. When the baseline is zero the metric's own
        scale (threshold, target or largest value) stands in for it.
    drift_points : tuple of int
        Indexes where the rolling mean is beyond the threshold after having been within it
        (a metric that starts beyond its threshold is not yet acceptable, which is not drift).
    threshold_pct : float or None
        The threshold on the same scale.
    warnings : tuple of DriftWarning
        The drift stretches, without one that starts at the first measurement.
    """

    metric_id: str
    name: str
    unit: str
    dates: tuple[dt.date, ...]
    change_pct: tuple[float, ...]
    drift_points: tuple[int, ...]
    threshold_pct: float | None
    baseline: float
    warnings: tuple[DriftWarning, ...]

    @property
    def drifted(self) -> bool:
        """Return True when the metric drifted beyond its threshold at some point."""
        return bool(self.warnings)

    @property
    def drifting(self) -> bool:
        """Return True when the latest rolling mean is still beyond the threshold."""
        return bool(self.warnings) and self.warnings[-1].ongoing


@dataclass(frozen=True)
class DegradationChart:
    """Chart 4: every measured metric's rolling change against its baseline."""

    series: tuple[DegradationSeries, ...]
    window: int

    @property
    def drifted(self) -> tuple[DegradationSeries, ...]:
        """Return the series that drifted at some point."""
        return tuple(s for s in self.series if s.drifted)


def degradation_chart(project: Project, window: int = ROLLING_WINDOW) -> DegradationChart:
    """Return chart 4's data for every metric that has measurements."""
    series = []
    for metric in project.metrics:
        deg = degradation(metric, window)
        if not deg.values or deg.baseline is None:
            continue
        sign = -1.0 if metric.direction == Direction.LOWER else 1.0
        scale = abs(deg.baseline) or _fallback_scale(metric, deg.values)
        factor = sign * 100.0 / scale
        threshold_pct = None
        if metric.threshold is not None:
            threshold_pct = (metric.threshold - deg.baseline) * factor
        # Drift is a metric leaving its acceptable range: a stretch beyond the threshold from
        # the very first measurement is a metric not yet good enough, not one degrading.
        reached = next((i for i, flag in enumerate(deg.degraded) if not flag), len(deg.degraded))
        first_ok = deg.dates[reached] if reached < len(deg.dates) else None
        warnings = tuple(w for w in deg.warnings if first_ok is not None and w.start > first_ok)
        series.append(
            DegradationSeries(
                metric_id=metric.id,
                name=metric.name,
                unit=metric.unit,
                dates=tuple(deg.dates),
                change_pct=tuple(_finite_pct(c * factor) for c in deg.change),
                drift_points=tuple(
                    i for i, flag in enumerate(deg.degraded) if flag and i > reached
                ),
                threshold_pct=threshold_pct,
                baseline=deg.baseline,
                warnings=warnings,
            )
        )
    return DegradationChart(tuple(series), window)


#: Changes beyond this (in percent) are held here: a drawn axis needs finite numbers.
MAX_PCT = 1e300


def _finite_pct(change: float) -> float:
    return math.copysign(min(abs(change), MAX_PCT), change)


def _fallback_scale(metric: Metric, values: Sequence[float]) -> float:
    for candidate in (metric.threshold, metric.target):
        if candidate:
            return abs(candidate)
    return max((abs(v) for v in values), default=0.0) or 1.0
