"""What each metrics chart draws, computed from the project without any plotting library.

The four charts of the metrics view — one metric over time and a business KPI with its proxies
(here), the scorecard and degradation (in :mod:`raci_studio.core.chart_overview`) — are thin
drawing code over these values, so everything that decides *what* is shown (lines, bands,
breach points, positions on a bullet bar, drift points, whether a proxy moves with its KPI) is
tested without matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from raci_studio.core.metrics import (
    DriftWarning,
    MetricStatus,
    summarise,
)
from raci_studio.core.model import Direction, Metric, MetricCategory, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.palette import STATUS_GLYPHS, STATUS_WORDS
from raci_studio.core.value_scale import far_out, safe_mean, typical_magnitude

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
    off_scale : tuple of int
        Indexes of the values far outside the metric's own range (1.5e308 among values near
        0.8): drawn at the edge of the plot and marked, never used to scale the axes.
    latest_value, latest_date : float or date or None
        The latest measurement (what ``latest_text`` says), for a chart that words it itself.
    progress_share : float or None
        What ``progress_text`` says as a number (1 or more: target reached); None when it is "".
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
    off_scale: tuple[int, ...] = ()
    latest_value: float | None = None
    latest_date: dt.date | None = None
    progress_share: float | None = None

    @property
    def title(self) -> str:
        """Return "Name (unit)"."""
        return f"{self.name} ({self.unit})" if self.unit else self.name

    @property
    def better(self) -> str:
        """Return "higher is better" or "lower is better"."""
        return "lower is better" if self.direction == Direction.LOWER else "higher is better"

    def value_range(self) -> tuple[float, float] | None:
        """Return the smallest and largest values and reference lines on scale, if any.

        Values and lines far outside the metric's range are left out; when nothing is left
        but values off scale, the range is (-1, 1) and every point is drawn at an edge.
        """
        off = set(self.off_scale)
        numbers = [v for i, v in enumerate(self.values) if i not in off]
        numbers += [r.value for r in self.on_scale_references()]
        if numbers:
            return (min(numbers), max(numbers))
        return (-1.0, 1.0) if self.values or self.references else None

    def on_scale_references(self) -> tuple[Reference, ...]:
        """Return the reference lines within the metric's range."""
        return tuple(r for r in self.references if not far_out(r.value, self.typical()))

    def typical(self) -> float:
        """Return the typical magnitude of the values and reference lines."""
        return typical_magnitude([*self.values, *(r.value for r in self.references)])

    def on_scale(self) -> list[float]:
        """Return the values with those off scale replaced by NaN (a gap in a drawn line)."""
        off = set(self.off_scale)
        return [math.nan if i in off else v for i, v in enumerate(self.values)]


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
    typical = typical_magnitude([*deg.values, *(r.value for r in references)])
    off_scale = tuple(i for i, v in enumerate(deg.values) if far_out(v, typical))
    latest_text = ""
    if summary.latest is not None:
        latest = format_value(summary.latest.value, unit)
        latest_text = (
            f"{latest} on {summary.latest.date.isoformat()} · {status_text(summary.status)}"
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
        off_scale=off_scale,
        latest_value=None if summary.latest is None else summary.latest.value,
        latest_date=None if summary.latest is None else summary.latest.date,
        progress_share=_progress_share(
            metric, None if summary.latest is None else summary.latest.value
        ),
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


def _progress_share(metric: Metric, value: float | None) -> float | None:
    share = progress(metric, value)
    if share is None or not math.isfinite(share) or abs(share) > 1e6:
        return None
    return share


def _progress(metric: Metric, value: float | None) -> str:
    share = _progress_share(metric, value)
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
        # values off scale (NaN here) are left out, as the chart leaves them out
        aligned = _period_means(series.dates, series.on_scale(), kpi.dates, gap)
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
        window = [v for v in values[lo:hi] if not math.isnan(v)]
        out.append(safe_mean(window) if window else None)
        previous = day
    return tuple(out)


def _agreement(
    kpi: MetricSeries, proxy: MetricSeries, aligned: Sequence[float | None]
) -> tuple[float | None, int]:
    ks = -1.0 if kpi.direction == Direction.LOWER else 1.0
    ps = -1.0 if proxy.direction == Direction.LOWER else 1.0
    pairs = [
        (ks * k, ps * p)
        for k, p in zip(kpi.on_scale(), aligned, strict=True)
        if p is not None and not math.isnan(k)
    ]
    if len(pairs) < 3:
        return None, len(pairs)
    return _pearson(pairs), len(pairs)


def _pearson(pairs: Sequence[tuple[float, float]]) -> float | None:
    mx = safe_mean([x for x, _ in pairs])
    my = safe_mean([y for _, y in pairs])
    # x * x, not x ** 2: a float power raises OverflowError where a product gives inf
    sxx = sum((x - mx) * (x - mx) for x, _ in pairs)
    syy = sum((y - my) * (y - my) for _, y in pairs)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in pairs)
    r = sxy / (math.sqrt(sxx) * math.sqrt(syy))
    # values near the float limit overflow the sums: no correlation can be computed then
    return max(-1.0, min(1.0, r)) if math.isfinite(r) else None


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
