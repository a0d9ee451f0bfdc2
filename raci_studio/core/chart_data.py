"""What each metrics chart draws, computed from the project without any plotting library.

The four charts of the metrics view (one metric over time, a business KPI with its proxies,
the scorecard, degradation) are thin drawing code over the values built here, so everything
that decides *what* is shown — lines, bands, breach points, positions on a bullet bar, drift
points, whether a proxy moves with its KPI — is tested without matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from raci_studio.core.metric_rules import format_value
from raci_studio.core.metrics import (
    ROLLING_WINDOW,
    DriftWarning,
    MetricStatus,
    degradation,
    summarise,
)
from raci_studio.core.model import Direction, Metric, MetricCategory, Project

#: Status colours (Okabe–Ito, colour-blind safe); a glyph and a word always go with them.
STATUS_COLOURS: dict[MetricStatus, str] = {
    MetricStatus.MET: "#009E73",
    MetricStatus.AT_RISK: "#E69F00",
    MetricStatus.BREACHED: "#D55E00",
    MetricStatus.NO_DATA: "#8C8C8C",
}
STATUS_WORDS: dict[MetricStatus, str] = {
    MetricStatus.MET: "Met",
    MetricStatus.AT_RISK: "At risk",
    MetricStatus.BREACHED: "Breached",
    MetricStatus.NO_DATA: "No data",
}
STATUS_GLYPHS: dict[MetricStatus, str] = {
    MetricStatus.MET: "✓",
    MetricStatus.AT_RISK: "!",
    MetricStatus.BREACHED: "✗",
    MetricStatus.NO_DATA: "–",
}
CATEGORY_ORDER = (
    MetricCategory.BUSINESS_KPI,
    MetricCategory.MODEL,
    MetricCategory.OPERATIONAL,
    MetricCategory.RESPONSIBLE,
)
CATEGORY_TITLES: dict[MetricCategory, str] = {
    MetricCategory.BUSINESS_KPI: "Business KPIs",
    MetricCategory.MODEL: "Model metrics",
    MetricCategory.OPERATIONAL: "Operational",
    MetricCategory.RESPONSIBLE: "Responsible AI",
}
CHART_KINDS = ("metric", "kpi", "scorecard", "drift")
#: A proxy "moves with" its KPI when the correlation of their improvements reaches this.
AGREEMENT = 0.5


class ChartError(ValueError):
    """A chart that cannot be drawn: unknown chart name or metric id."""


def status_text(status: MetricStatus) -> str:
    """Return the glyph and word of a status, e.g. "✓ Met"."""
    return f"{STATUS_GLYPHS[status]} {STATUS_WORDS[status]}"


# -- which chart ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartSpec:
    """Which chart to draw: ``kind`` is metric, kpi, scorecard or drift; metric charts name one."""

    kind: str
    metric_id: str | None = None

    def __str__(self) -> str:
        return f"{self.kind}:{self.metric_id}" if self.metric_id else self.kind


def parse_chart_spec(text: str) -> ChartSpec:
    """Read "scorecard", "drift", "metric:ID" or "kpi:ID" (as given to ``--chart``).

    Raises
    ------
    ChartError
        For any other text, saying which charts exist.
    """
    raw = (text or "").strip()
    kind, _, ident = raw.partition(":")
    kind = kind.strip().lower()
    ident = ident.strip()
    if kind == "degradation":
        kind = "drift"
    if kind in ("scorecard", "drift") and not ident:
        return ChartSpec(kind)
    if kind in ("metric", "kpi") and ident:
        return ChartSpec(kind, ident)
    if kind in ("metric", "kpi"):
        raise ChartError(f'the chart "{raw}" needs a metric id, e.g. {kind}:intent-accuracy')
    raise ChartError(f'unknown chart "{raw}": use scorecard, drift, metric:ID or kpi:ID')


def check_chart_spec(project: Project, spec: ChartSpec) -> None:
    """Raise :class:`ChartError` when ``spec`` names a metric the project does not have."""
    if spec.metric_id is None:
        return
    ids = [m.id for m in project.metrics]
    if spec.metric_id not in ids:
        known = ", ".join(ids[:12]) or "none"
        raise ChartError(f'no metric "{spec.metric_id}" in this project (metrics: {known})')
    if spec.kind == "kpi":
        kpis = [m.id for m in project.metrics if _is_kpi(project, m)]
        if spec.metric_id not in kpis:
            known = ", ".join(kpis) or "none"
            raise ChartError(
                f'"{spec.metric_id}" is not a business KPI with proxies (KPIs: {known})'
            )


def _is_kpi(project: Project, metric: Metric) -> bool:
    if metric.category == MetricCategory.BUSINESS_KPI:
        return True
    return any(m.proxies == metric.id for m in project.metrics)


def kpi_for(project: Project, metric_id: str | None) -> str | None:
    """Return the KPI to chart for a selected metric: itself, the KPI it proxies, or the first."""
    by_id = {m.id: m for m in project.metrics}
    metric = by_id.get(metric_id or "")
    if metric is not None and _is_kpi(project, metric):
        return metric.id
    if metric is not None and metric.proxies in by_id:
        return metric.proxies
    proxied = {m.proxies for m in project.metrics if m.proxies}
    for m in project.metrics:
        if m.category == MetricCategory.BUSINESS_KPI and m.id in proxied:
            return m.id
    kpi = next((m for m in project.metrics if m.category == MetricCategory.BUSINESS_KPI), None)
    return None if kpi is None else kpi.id


# -- one metric over time ---------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """A horizontal line: ``kind`` is target, threshold or baseline; ``label`` is "Target 0.9"."""

    kind: str
    value: float
    label: str


@dataclass(frozen=True)
class Zone:
    """A horizontal band between ``lower`` and ``upper`` (None: to the edge of the plot).

    ``kind`` is "breach" (worse than the threshold) or "at_risk" (between threshold and target).
    """

    kind: str
    lower: float | None
    upper: float | None


@dataclass(frozen=True)
class MetricSeries:
    """One metric over time, with everything chart 1 draws.

    Attributes
    ----------
    metric_id, name, unit : str
    direction : Direction
    dates, values : tuple
        Measurements sorted by date.
    references : tuple of Reference
        Target, threshold and baseline lines (those that are set).
    zones : tuple of Zone
        The breach band beyond the threshold and the at-risk band up to the target.
    breaches : tuple of int
        Indexes of the points worse than the threshold.
    status : MetricStatus
        Of the latest value.
    latest_text : str
        The annotation of the latest value, e.g. "0.9 on 2026-11-23 · ✓ Met"; "" without data.
    drift : tuple of DriftWarning
        Stretches where the rolling mean was beyond the threshold.
    progress_text : str
        How far the latest value has come from baseline to target, e.g. "54% of the way
        from baseline to target"; "" without baseline, target or data.
    """

    metric_id: str
    name: str
    unit: str
    direction: Direction
    category: MetricCategory
    dates: tuple[dt.date, ...]
    values: tuple[float, ...]
    references: tuple[Reference, ...]
    zones: tuple[Zone, ...]
    breaches: tuple[int, ...]
    status: MetricStatus
    latest_text: str
    drift: tuple[DriftWarning, ...]
    progress_text: str = ""

    @property
    def title(self) -> str:
        """Return "Name (unit)"."""
        return f"{self.name} ({self.unit})" if self.unit else self.name

    @property
    def better(self) -> str:
        """Return "higher is better" or "lower is better"."""
        return "lower is better" if self.direction == Direction.LOWER else "higher is better"

    def value_range(self) -> tuple[float, float] | None:
        """Return the smallest and largest of the values and reference lines, if any."""
        numbers = [*self.values, *(r.value for r in self.references)]
        return (min(numbers), max(numbers)) if numbers else None


def metric_series(project: Project, metric_id: str) -> MetricSeries:
    """Return chart 1's data for ``metric_id``; raise :class:`ChartError` for an unknown id."""
    metric = next((m for m in project.metrics if m.id == metric_id), None)
    if metric is None:
        raise ChartError(f'no metric "{metric_id}" in this project')
    return _series(metric)


def _series(metric: Metric) -> MetricSeries:
    summary = summarise(metric)
    deg = summary.degradation
    unit = metric.unit
    references: list[Reference] = []
    for kind, value in (
        ("target", metric.target),
        ("threshold", metric.threshold),
        ("baseline", metric.baseline),
    ):
        if value is not None:
            references.append(
                Reference(kind, value, f"{kind.capitalize()} {format_value(value, unit)}")
            )
    lower = metric.direction == Direction.LOWER
    threshold = metric.threshold
    breaches: tuple[int, ...] = ()
    if threshold is not None:
        breaches = tuple(
            i for i, v in enumerate(deg.values) if (v > threshold if lower else v < threshold)
        )
    latest_text = ""
    if summary.latest is not None:
        value = format_value(summary.latest.value, unit)
        latest_text = (
            f"{value} on {summary.latest.date.isoformat()} · {status_text(summary.status)}"
        )
    return MetricSeries(
        metric_id=metric.id,
        name=metric.name,
        unit=unit,
        direction=metric.direction,
        category=metric.category,
        dates=tuple(deg.dates),
        values=tuple(deg.values),
        references=tuple(references),
        zones=_zones(metric),
        breaches=breaches,
        status=summary.status,
        latest_text=latest_text,
        drift=tuple(deg.warnings),
        progress_text=_progress(metric, None if summary.latest is None else summary.latest.value),
    )


def progress(metric: Metric, value: float | None) -> float | None:
    """Return how far ``value`` has come from baseline to target (0 = baseline, 1 = target).

    None without a baseline, a target (distinct from it) or a value. Above 1 the target is
    beaten; below 0 the metric is worse than its baseline.
    """
    if value is None or metric.baseline is None or metric.target is None:
        return None
    planned = metric.target - metric.baseline
    if planned == 0:
        return None
    return (value - metric.baseline) / planned


def _progress(metric: Metric, value: float | None) -> str:
    share = progress(metric, value)
    if share is None:
        return ""
    if share >= 1:
        return "target reached"
    return f"{share:.0%} of the way from baseline to target"


def _zones(metric: Metric) -> tuple[Zone, ...]:
    threshold, target = metric.threshold, metric.target
    lower = metric.direction == Direction.LOWER
    zones: list[Zone] = []
    if threshold is not None:
        zones.append(Zone("breach", threshold, None) if lower else Zone("breach", None, threshold))
        if target is not None and target != threshold:
            low, high = sorted((threshold, target))
            zones.append(Zone("at_risk", low, high))
    return tuple(zones)


# -- a business KPI and its proxies -----------------------------------------------------------


@dataclass(frozen=True)
class ProxySeries:
    """A model metric beside its KPI, aligned on the KPI's dates.

    Attributes
    ----------
    series : MetricSeries
    aligned : tuple of (float or None)
        The proxy's mean over each KPI period (after the previous KPI date, up to this one);
        None for a period without proxy values.
    agreement : float or None
        Correlation of improvements (both read so that up is better) over the shared dates;
        None with fewer than three shared dates or a constant series.
    shared : int
        Number of KPI dates with an aligned proxy value.
    verdict : str
        In words: "moves with the KPI (r = +0.82 on 10 dates)", "no clear link …", ….
    """

    series: MetricSeries
    aligned: tuple[float | None, ...]
    agreement: float | None
    shared: int
    verdict: str


@dataclass(frozen=True)
class KpiChart:
    """Chart 2: a business KPI and the model metrics that stand in for it."""

    kpi: MetricSeries
    proxies: tuple[ProxySeries, ...]

    @property
    def dates(self) -> tuple[dt.date, ...]:
        """Return the KPI's dates, on which proxies are aligned."""
        return self.kpi.dates


def kpi_chart(project: Project, kpi_id: str) -> KpiChart:
    """Return chart 2's data: the KPI, and each proxy aligned on the KPI's dates."""
    kpi = metric_series(project, kpi_id)
    gap = _alignment_gap(kpi.dates)
    proxies = []
    for metric in project.metrics:
        if metric.proxies != kpi_id or metric.id == kpi_id:
            continue
        series = _series(metric)
        aligned = _period_means(series.dates, series.values, kpi.dates, gap)
        agreement, shared = _agreement(kpi, series, aligned)
        proxies.append(ProxySeries(series, aligned, agreement, shared, _verdict(agreement, shared)))
    return KpiChart(kpi, tuple(proxies))


def _alignment_gap(dates: Sequence[dt.date]) -> int:
    """Days a proxy value stays current: the KPI's usual spacing, at least a week."""
    if len(dates) < 2:
        return 31
    steps = [(b - a).days for a, b in pairwise(dates)]
    return max(7, int(median(steps)))


def _period_means(
    dates: Sequence[dt.date], values: Sequence[float], on: Sequence[dt.date], gap: int
) -> tuple[float | None, ...]:
    """Return the proxy's mean over each KPI period: after the previous KPI date, up to this one.

    A monthly KPI is compared with the month's average of a weekly model metric, not with
    whichever week happened to be last; a period without proxy values gives None.
    """
    out: list[float | None] = []
    previous: dt.date | None = None
    for day in on:
        start = previous if previous is not None else day - dt.timedelta(days=gap)
        lo = bisect_right(dates, start)
        hi = bisect_right(dates, day)
        window = values[lo:hi]
        out.append(sum(window) / len(window) if window else None)
        previous = day
    return tuple(out)


def _agreement(
    kpi: MetricSeries, proxy: MetricSeries, aligned: Sequence[float | None]
) -> tuple[float | None, int]:
    ks = -1.0 if kpi.direction == Direction.LOWER else 1.0
    ps = -1.0 if proxy.direction == Direction.LOWER else 1.0
    pairs = [(ks * k, ps * p) for k, p in zip(kpi.values, aligned, strict=True) if p is not None]
    if len(pairs) < 3:
        return None, len(pairs)
    return _pearson(pairs), len(pairs)


def _pearson(pairs: Sequence[tuple[float, float]]) -> float | None:
    n = len(pairs)
    mx = sum(x for x, _ in pairs) / n
    my = sum(y for _, y in pairs) / n
    sxx = sum((x - mx) ** 2 for x, _ in pairs)
    syy = sum((y - my) ** 2 for _, y in pairs)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in pairs)
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def _verdict(agreement: float | None, shared: int) -> str:
    if agreement is None:
        if shared < 3:
            return f"too few shared dates to compare ({shared})"
        return "one of them did not move"
    r = f"r = {agreement:+.2f} on {shared} dates"
    if agreement >= AGREEMENT:
        return f"moves with the KPI ({r})"
    if agreement <= -AGREEMENT:
        return f"moves against the KPI ({r})"
    return f"no clear link ({r})"


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
        The latest value with its unit ("—" without data).
    detail_text : str
        "target 0.9 · threshold 0.85" (without the unit, which the value shows).
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
    pos = _bar_scale(numbers, metric.direction == Direction.LOWER)
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
        value_text="—" if value is None else format_value(value, unit),
        detail_text=" · ".join(detail) or "no target or threshold",
    )


def _bar_scale(numbers: list[float], lower: bool) -> Callable[[float | None], float | None]:
    """Return a function mapping a value to 0..1 on a padded scale, right = better."""
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
        fraction = (value - lo) / span
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
                change_pct=tuple(c * factor for c in deg.change),
                drift_points=tuple(
                    i for i, flag in enumerate(deg.degraded) if flag and i > reached
                ),
                threshold_pct=threshold_pct,
                baseline=deg.baseline,
                warnings=warnings,
            )
        )
    return DegradationChart(tuple(series), window)


def _fallback_scale(metric: Metric, values: Sequence[float]) -> float:
    for candidate in (metric.threshold, metric.target):
        if candidate:
            return abs(candidate)
    return max((abs(v) for v in values), default=0.0) or 1.0
