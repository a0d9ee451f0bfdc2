"""Draw the four metrics charts on a matplotlib ``Figure`` (the app's canvas or an export).

This module draws one metric over time and a KPI with its proxies, and dispatches the
scorecard (:mod:`.scorecard`) and degradation (:mod:`.degradation`) charts; what they share
lives in :mod:`.style`.

The drawing is thin: every decision about what to show comes from
:mod:`raci_studio.core.chart_data`. Charts are built for quick redraws: one axes each (the KPI
chart adds twin axes), lines labelled directly instead of long legends, fixed margins instead of
automatic layout, and markers gathered in one artist per kind. matplotlib is imported inside
the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from raci_studio.core.chart_data import (
    AGREEMENT,
    ChartSpec,
    KpiChart,
    MetricSeries,
    ProxySeries,
    check_chart_spec,
    kpi_chart,
    metric_series,
)
from raci_studio.core.chart_overview import degradation_chart, scorecard
from raci_studio.core.model import Direction, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.palette import STATUS_COLOURS
from raci_studio.io.charts.degradation import draw_degradation
from raci_studio.io.charts.scorecard import draw_scorecard
from raci_studio.io.charts.style import (
    BASELINE,
    INK,
    LINE,
    MUTED,
    PALETTE,
    TARGET,
    THRESHOLD,
    date_axis,
    days,
    fraction,
    limits,
    new_axes,
    right_labels,
    style_axes,
    titles,
)
from raci_studio.io.charts.words import ENGLISH, ChartWords

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE = (10.0, 5.6)
ROW_INCHES = 0.42
#: How far below the KPI chart's axes its legend starts, in points: under the date labels.
LEGEND_DROP_PT = 17.0
#: Lighter bands behind a line chart, so the line stays in front.
ZONE_COLOURS = {"breach": "#FBEAE3", "at_risk": "#FEF6E4"}


def figure_size(project: Project, spec: ChartSpec) -> tuple[float, float]:
    """Return the chart's size in inches (the scorecard grows with the number of metrics)."""
    if spec.kind != "scorecard":
        return SIZE
    card = scorecard(project)
    lines = len(card.rows) + len(card.groups)
    return (SIZE[0], max(2.6, 1.25 + ROW_INCHES * lines))


def draw_chart(
    figure: Figure, project: Project, spec: ChartSpec, words: ChartWords = ENGLISH
) -> None:
    """Clear ``figure`` and draw the chart ``spec`` names for ``project``.

    Raises
    ------
    ChartError
        ``spec`` names a metric the project does not have (or a KPI that is none).
    """
    check_chart_spec(project, spec)
    figure.clear()
    figure.set_facecolor("white")
    if spec.kind == "metric" and spec.metric_id:
        draw_metric(figure, metric_series(project, spec.metric_id), words)
    elif spec.kind == "kpi" and spec.metric_id:
        draw_kpi(figure, kpi_chart(project, spec.metric_id), words)
    elif spec.kind == "scorecard":
        draw_scorecard(figure, scorecard(project), words)
    else:
        draw_degradation(figure, degradation_chart(project), words)


def draw_message(figure: Figure, text: str) -> None:
    """Show a short message in place of a chart (nothing to draw yet)."""
    figure.clear()
    figure.set_facecolor("white")
    figure.text(0.5, 0.5, text, ha="center", va="center", color=MUTED, fontsize=11, wrap=True)


# -- 1. one metric over time ------------------------------------------------------------------


def draw_metric(figure: Figure, series: MetricSeries, words: ChartWords = ENGLISH) -> None:
    """Draw one metric over time with its target, threshold band, baseline and breaches."""
    ax = new_axes(figure)
    count = len(series.values)
    parts = [words.category_words[series.category], better(series, words)]
    parts.append(words.measurements(count))
    share = series.progress_share
    if share is not None:
        parts.append(
            words.target_reached if share >= 1 else words.progress.format(share=f"{share:.0%}")
        )
    titles(ax, series.title, " · ".join(parts))
    span = series.value_range()
    if span is None:
        ax.set_yticks([])
        ax.set_xticks([])
        ax.text(
            0.5, 0.5, words.nothing_to_draw,
            transform=ax.transAxes, ha="center", va="center", color=MUTED, fontsize=10,
        )  # fmt: skip
        return
    lo, hi = limits(span, 0.12)
    ax.set_ylim(lo, hi)
    xs = days(series.dates)
    if xs:
        x_lo, x_hi = limits(xs, 0.03)
    else:
        today = days([dt.date.today()])[0]
        x_lo, x_hi = today - 30, today + 30
    ax.set_xlim(x_lo, x_hi)
    for zone in series.zones:
        ax.axhspan(
            lo if zone.lower is None else _clip(zone.lower, lo, hi),
            hi if zone.upper is None else _clip(zone.upper, lo, hi),
            color=ZONE_COLOURS[zone.kind], linewidth=0, zorder=0,
        )  # fmt: skip
    styles = {
        "target": (TARGET, (0, (5, 3)), 1.4),
        "threshold": (THRESHOLD, "-", 1.2),
        "baseline": (BASELINE, (0, (1, 2)), 1.3),
    }
    labels = []
    on_scale = series.on_scale_references()
    for ref in series.references:
        colour, style, width = styles[ref.kind]
        label = reference_label(ref.kind, format_value(ref.value, series.unit), words)
        if ref in on_scale:
            ax.axhline(ref.value, color=colour, linestyle=style, linewidth=width, zorder=1)
            labels.append((ref.value, label, colour, "normal"))
        else:
            edge = hi if ref.value > hi else lo
            labels.append((edge, words.off_scale_line.format(label=label), colour, "normal"))
    right_labels(ax, labels, lo, hi)
    if xs:
        marker = "o" if count <= 80 else None
        ax.plot(xs, series.on_scale(), color=LINE, linewidth=1.8, marker=marker,
                markersize=3.5, zorder=3)  # fmt: skip
        shown = [_clip(v, lo, hi) for v in series.values]
        if series.breaches:
            ax.plot(
                [xs[i] for i in series.breaches], [shown[i] for i in series.breaches],
                linestyle="none", marker="X", markersize=8, color=THRESHOLD,
                markeredgecolor="white", markeredgewidth=0.6, zorder=4,
                label=words.worse_than_threshold,
            )  # fmt: skip
            ax.text(0.01, 0.02, words.points_worse(len(series.breaches)),
                    transform=ax.transAxes, fontsize=8, color=THRESHOLD)  # fmt: skip
        _mark_off_scale(ax, xs, series, lo, hi, words)
        _annotate_latest(ax, xs[-1], shown[-1], series, words)
    else:
        ax.text(0.5, 0.5, words.no_measurements,
                transform=ax.transAxes, ha="center", va="center", color=MUTED)  # fmt: skip
    date_axis(ax)
    ax.set_ylabel(series.unit or words.value_axis, fontsize=9, color=MUTED)


def better(series: MetricSeries, words: ChartWords = ENGLISH) -> str:
    """Return "higher is better" or "lower is better" for ``series``."""
    lower = series.direction == Direction.LOWER
    return words.lower_is_better if lower else words.higher_is_better


def reference_label(kind: str, value: str, words: ChartWords = ENGLISH) -> str:
    """Return a reference line's label, e.g. "Target 0.9" (kind: target, threshold, baseline)."""
    template = {"target": words.target, "threshold": words.threshold}.get(kind, words.baseline)
    return template.format(value=value)


def _clip(value: float, lo: float, hi: float) -> float:
    return min(hi, max(lo, value))


def _mark_off_scale(
    ax: Axes,
    xs: Sequence[float],
    series: MetricSeries,
    lo: float,
    hi: float,
    words: ChartWords = ENGLISH,
) -> None:
    """Draw values far outside the metric's range as arrows at the edge, and say so."""
    if not series.off_scale:
        return
    up = [i for i in series.off_scale if series.values[i] > hi]
    down = [i for i in series.off_scale if series.values[i] <= hi]
    for indexes, edge, marker in ((up, hi, "^"), (down, lo, "v")):
        if indexes:
            ax.plot([xs[i] for i in indexes], [edge] * len(indexes), linestyle="none",
                    marker=marker, markersize=8, color=INK, clip_on=False, zorder=5)  # fmt: skip
    extreme = max((series.values[i] for i in series.off_scale), key=abs)
    ax.text(
        0.99, 0.02, words.points_off_scale(len(series.off_scale)).format(
            value=format_value(extreme, series.unit)),
        transform=ax.transAxes, ha="right", fontsize=8, color=INK,
    )  # fmt: skip


def _annotate_latest(
    ax: Axes, x: float, y: float, series: MetricSeries, words: ChartWords = ENGLISH
) -> None:
    text = series.latest_text
    if series.latest_value is not None and series.latest_date is not None:
        text = words.latest.format(
            value=format_value(series.latest_value, series.unit),
            date=series.latest_date.isoformat(),
            status=words.status_label(series.status),
        )
    colour = STATUS_COLOURS[series.status]
    ax.plot([x], [y], marker="o", markersize=8, color=colour, markeredgecolor="white", zorder=5)
    lo, hi = ax.get_ylim()
    high = fraction(y, lo, hi) > 0.55  # put the note where the line is not
    ax.annotate(
        text, xy=(x, y), xytext=(-18, -42 if high else 42),
        textcoords="offset points", ha="right", va="top" if high else "bottom",
        fontsize=9, color=INK, zorder=6,
        bbox={"boxstyle": "round,pad=0.35", "fc": "white", "ec": colour, "lw": 1.2},
        arrowprops={"arrowstyle": "-", "color": colour, "lw": 1, "shrinkB": 5},
    )  # fmt: skip


# -- 2. a business KPI and its proxies --------------------------------------------------------


def draw_kpi(figure: Figure, chart: KpiChart, words: ChartWords = ENGLISH) -> None:
    """Draw a business KPI (left axis) with its proxy model metrics on twin axes."""
    groups: dict[str, list[int]] = {}
    for i, proxy in enumerate(chart.proxies):
        groups.setdefault(proxy.series.unit, []).append(i)
    extra = max(0, min(len(groups), 3) - 1)
    right = 0.88 - 0.07 * extra
    bottom = 0.11 + 0.045 * (len(chart.proxies) + 1)
    ax = figure.add_axes((0.08, bottom, right - 0.08, 0.85 - bottom))
    style_axes(ax)
    kpi = chart.kpi
    titles(ax, words.kpi_title.format(name=kpi.name), words.kpi_subtitle)
    handles: list[Any] = []
    labels: list[str] = []
    if kpi.values:
        (line,) = ax.plot(days(kpi.dates), kpi.on_scale(), color=INK, linewidth=2.4,
                          marker="o", markersize=4, zorder=4)  # fmt: skip
        handles.append(line)
        line_words = words.kpi_line.format(name=kpi.title, better=better(kpi, words))
        labels.append(line_words + _off(kpi, words))
    target = next((r for r in kpi.on_scale_references() if r.kind == "target"), None)
    if target is not None:
        ax.axhline(target.value, color=INK, linestyle=(0, (5, 3)), linewidth=1, alpha=0.7)
        target_words = words.kpi_target.format(value=format_value(target.value, kpi.unit))
        ax.text(0.005, target.value, f" {target_words}", color=INK, fontsize=8,
                va="bottom", transform=ax.get_yaxis_transform())  # fmt: skip
    ax.set_ylabel(kpi.title, fontsize=9, color=INK)
    axes_by_unit = {}
    for k, unit in enumerate(list(groups)[:3]):
        twin = ax.twinx()
        twin.spines["top"].set_visible(False)
        twin.tick_params(labelsize=8, length=3)
        if k:
            twin.spines["right"].set_position(("axes", 1.0 + 0.1 * k))
        twin.set_ylabel(unit or words.proxy_axis, fontsize=9, color=MUTED)
        axes_by_unit[unit] = twin
    for n, (unit, members) in enumerate(groups.items()):
        twin = axes_by_unit.get(unit) or list(axes_by_unit.values())[-1]
        for i in members:
            proxy = chart.proxies[i]
            if not proxy.series.values:
                continue
            colour = PALETTE[(i + 1) % len(PALETTE)]
            (line,) = twin.plot(days(proxy.series.dates), proxy.series.on_scale(),
                                color=colour, linewidth=1.6, zorder=3)  # fmt: skip
            handles.append(line)
            side = words.right_axis if n == 0 else words.right_axis_number.format(number=n + 1)
            line_words = words.proxy_line.format(
                name=proxy.series.title, axis=side, verdict=verdict(proxy, words)
            )
            labels.append(line_words + _off(proxy.series, words))
    if not chart.proxies:
        ax.text(0.5, 0.5, words.no_proxies, transform=ax.transAxes, ha="center",
                color=MUTED)  # fmt: skip
    if handles:
        from matplotlib.transforms import ScaledTranslation

        # a fixed distance under the axes, below the date labels whatever the canvas height
        under_dates = ax.transAxes + ScaledTranslation(
            0, -LEGEND_DROP_PT / 72, figure.dpi_scale_trans
        )
        ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.0, 0.0),
                  bbox_transform=under_dates, frameon=False, fontsize=8.5,
                  handlelength=2.2)  # fmt: skip
    date_axis(ax)


def verdict(proxy: ProxySeries, words: ChartWords = ENGLISH) -> str:
    """Return in words how a proxy moves with its KPI."""
    agreement = proxy.agreement
    if agreement is None:
        if proxy.shared < 3:
            return words.too_few_dates.format(dates=proxy.shared)
        return words.did_not_move
    if agreement >= AGREEMENT:
        template = words.moves_with
    elif agreement <= -AGREEMENT:
        template = words.moves_against
    else:
        template = words.no_clear_link
    return template.format(r=f"{agreement:+.2f}", dates=proxy.shared)


def _off(series: MetricSeries, words: ChartWords = ENGLISH) -> str:
    count = len(series.off_scale)
    return words.values_off_scale(count) if count else ""
