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
    ChartSpec,
    KpiChart,
    MetricSeries,
    check_chart_spec,
    kpi_chart,
    metric_series,
)
from raci_studio.core.chart_overview import degradation_chart, scorecard
from raci_studio.core.model import MetricCategory, Project
from raci_studio.core.numbers import format_value, plural
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

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE = (10.0, 5.6)
ROW_INCHES = 0.42
#: Lighter bands behind a line chart, so the line stays in front.
ZONE_COLOURS = {"breach": "#FBEAE3", "at_risk": "#FEF6E4"}
CATEGORY_WORDS = {
    MetricCategory.BUSINESS_KPI: "Business KPI",
    MetricCategory.MODEL: "Model metric",
    MetricCategory.OPERATIONAL: "Operational metric",
    MetricCategory.RESPONSIBLE: "Responsible-AI metric",
}


def figure_size(project: Project, spec: ChartSpec) -> tuple[float, float]:
    """Return the chart's size in inches (the scorecard grows with the number of metrics)."""
    if spec.kind != "scorecard":
        return SIZE
    card = scorecard(project)
    lines = len(card.rows) + len(card.groups)
    return (SIZE[0], max(2.6, 1.25 + ROW_INCHES * lines))


def draw_chart(figure: Figure, project: Project, spec: ChartSpec) -> None:
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
        draw_metric(figure, metric_series(project, spec.metric_id))
    elif spec.kind == "kpi" and spec.metric_id:
        draw_kpi(figure, kpi_chart(project, spec.metric_id))
    elif spec.kind == "scorecard":
        draw_scorecard(figure, scorecard(project))
    else:
        draw_degradation(figure, degradation_chart(project))


def draw_message(figure: Figure, text: str) -> None:
    """Show a short message in place of a chart (nothing to draw yet)."""
    figure.clear()
    figure.set_facecolor("white")
    figure.text(0.5, 0.5, text, ha="center", va="center", color=MUTED, fontsize=11, wrap=True)


# -- 1. one metric over time ------------------------------------------------------------------


def draw_metric(figure: Figure, series: MetricSeries) -> None:
    """Draw one metric over time with its target, threshold band, baseline and breaches."""
    ax = new_axes(figure)
    count = len(series.values)
    parts = [CATEGORY_WORDS[series.category], series.better]
    parts.append(f"{count} measurement{'s' if count != 1 else ''}")
    if series.progress_text:
        parts.append(series.progress_text)
    titles(ax, series.title, " · ".join(parts))
    span = series.value_range()
    if span is None:
        ax.set_yticks([])
        ax.set_xticks([])
        ax.text(
            0.5, 0.5, "No measurements and no target yet: add them in the table.",
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
        if ref in on_scale:
            ax.axhline(ref.value, color=colour, linestyle=style, linewidth=width, zorder=1)
            labels.append((ref.value, ref.label, colour, "normal"))
        else:
            edge = hi if ref.value > hi else lo
            labels.append((edge, f"{ref.label} (off scale)", colour, "normal"))
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
                label="worse than threshold",
            )  # fmt: skip
            worse = plural(len(series.breaches), "point")
            ax.text(0.01, 0.02, f"✗ {worse} worse than the threshold", transform=ax.transAxes,
                    fontsize=8, color=THRESHOLD)  # fmt: skip
        _mark_off_scale(ax, xs, series, lo, hi)
        _annotate_latest(ax, xs[-1], shown[-1], series)
    else:
        ax.text(0.5, 0.5, "No measurements yet: add them in the table or import them.",
                transform=ax.transAxes, ha="center", va="center", color=MUTED)  # fmt: skip
    date_axis(ax)
    ax.set_ylabel(series.unit or "value", fontsize=9, color=MUTED)


def _clip(value: float, lo: float, hi: float) -> float:
    return min(hi, max(lo, value))


def _mark_off_scale(
    ax: Axes, xs: Sequence[float], series: MetricSeries, lo: float, hi: float
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
        0.99, 0.02, f"▲▼ {plural(len(series.off_scale), 'point')} off scale "
        f"(up to {format_value(extreme, series.unit)})",
        transform=ax.transAxes, ha="right", fontsize=8, color=INK,
    )  # fmt: skip


def _annotate_latest(ax: Axes, x: float, y: float, series: MetricSeries) -> None:
    colour = STATUS_COLOURS[series.status]
    ax.plot([x], [y], marker="o", markersize=8, color=colour, markeredgecolor="white", zorder=5)
    lo, hi = ax.get_ylim()
    high = fraction(y, lo, hi) > 0.55  # put the note where the line is not
    ax.annotate(
        series.latest_text, xy=(x, y), xytext=(-18, -42 if high else 42),
        textcoords="offset points", ha="right", va="top" if high else "bottom",
        fontsize=9, color=INK, zorder=6,
        bbox={"boxstyle": "round,pad=0.35", "fc": "white", "ec": colour, "lw": 1.2},
        arrowprops={"arrowstyle": "-", "color": colour, "lw": 1, "shrinkB": 5},
    )  # fmt: skip


# -- 2. a business KPI and its proxies --------------------------------------------------------


def draw_kpi(figure: Figure, chart: KpiChart) -> None:
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
    titles(ax, f"{kpi.name}: the KPI and its proxies",
            "Do they move together? Each proxy is compared with the KPI over the KPI's "
            "own periods.")  # fmt: skip
    handles: list[Any] = []
    labels: list[str] = []
    if kpi.values:
        (line,) = ax.plot(days(kpi.dates), kpi.on_scale(), color=INK, linewidth=2.4,
                          marker="o", markersize=4, zorder=4)  # fmt: skip
        handles.append(line)
        labels.append(f"{kpi.title} — business KPI, left axis ({kpi.better}){_off(kpi)}")
    target = next((r for r in kpi.on_scale_references() if r.kind == "target"), None)
    if target is not None:
        ax.axhline(target.value, color=INK, linestyle=(0, (5, 3)), linewidth=1, alpha=0.7)
        ax.text(0.005, target.value, f" KPI {target.label.lower()}", color=INK, fontsize=8,
                va="bottom", transform=ax.get_yaxis_transform())  # fmt: skip
    ax.set_ylabel(kpi.title, fontsize=9, color=INK)
    axes_by_unit = {}
    for k, unit in enumerate(list(groups)[:3]):
        twin = ax.twinx()
        twin.spines["top"].set_visible(False)
        twin.tick_params(labelsize=8, length=3)
        if k:
            twin.spines["right"].set_position(("axes", 1.0 + 0.1 * k))
        twin.set_ylabel(unit or "proxy value", fontsize=9, color=MUTED)
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
            side = "right axis" if n == 0 else f"right axis {n + 1}"
            labels.append(f"{proxy.series.title} — {side}: {proxy.verdict}{_off(proxy.series)}")
    if not chart.proxies:
        ax.text(0.5, 0.5, "No model metric stands in for this KPI yet: set “Proxies” on a "
                "model metric.", transform=ax.transAxes, ha="center", color=MUTED)  # fmt: skip
    if handles:
        ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.0, -0.07),
                  frameon=False, fontsize=8.5, handlelength=2.2)  # fmt: skip
    date_axis(ax)


def _off(series: MetricSeries) -> str:
    count = len(series.off_scale)
    return f" · {plural(count, 'value')} off scale, not drawn" if count else ""
