"""Draw the four metrics charts on a matplotlib ``Figure`` (the app's canvas or an export).

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
    status_text,
)
from raci_studio.core.chart_overview import (
    DegradationChart,
    DegradationSeries,
    Scorecard,
    degradation_chart,
    scorecard,
)
from raci_studio.core.metrics import MetricStatus
from raci_studio.core.model import MetricCategory, Project
from raci_studio.core.numbers import format_value, plural
from raci_studio.core.palette import STATUS_COLOURS, STATUS_WORDS
from raci_studio.io.charts.fit import ELIDE_GID

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

DPI = 100
SIZE = (10.0, 5.6)
ROW_INCHES = 0.42
INK = "#1F2933"
MUTED = "#6B7785"
LINE = "#0072B2"
TARGET = "#009E73"
THRESHOLD = "#D55E00"
BASELINE = "#6B7785"
PALETTE = ("#0072B2", "#E69F00", "#CC79A7", "#009E73", "#56B4E9", "#D55E00", "#000000")
BAND_COLOURS = {"breach": "#F6DDD3", "at_risk": "#FCEFD2", "met": "#D9F0E7"}
#: Lighter bands behind a line chart, so the line stays in front.
ZONE_COLOURS = {"breach": "#FBEAE3", "at_risk": "#FEF6E4"}
#: Colours of the drifted metrics the degradation chart labels (at most this many).
HIGHLIGHT = ("#0072B2", "#E69F00", "#CC79A7", "#009E73", "#56B4E9", "#000000")
#: With more metrics than this, the degradation chart labels only the highlighted ones.
MAX_LABELS = 8
#: Degradation beyond this share of the baseline is drawn at the edge and labelled off scale.
MIN_CAP_PCT = 100.0
#: …and never beyond this (a hundredfold change), whatever the changes: values near the float
#: limit would otherwise flatten every line.
MAX_CAP_PCT = 10_000.0
_EPOCH = dt.date(1970, 1, 1).toordinal()
#: matplotlib settings for every chart: unhinted text draws about a fifth faster (text is
#: most of a redraw) and looks the same at screen and export resolutions.
RC_PARAMS: dict[RcKeyType, Any] = {"text.hinting": "no_hinting"}
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


# -- helpers ----------------------------------------------------------------------------------


def days(dates: Sequence[dt.date]) -> list[float]:
    """Return matplotlib date numbers (days since 1970-01-01) without importing matplotlib."""
    return [float(d.toordinal() - _EPOCH) for d in dates]


def _axes(figure: Figure, left: float = 0.08, right: float = 0.80) -> Axes:
    ax = figure.add_axes((left, 0.11, right - left, 0.74))
    _style(ax)
    return ax


def _style(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9AA5B1")
    ax.tick_params(labelsize=8, colors=INK, length=3)
    ax.grid(axis="y", color="#E4E7EB", linewidth=0.8)
    ax.set_axisbelow(True)


def _date_axis(ax: Axes) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def _titles(ax: Axes, title: str, subtitle: str) -> None:
    # offsets in points, not axes fractions, so that a short canvas keeps the two lines apart
    for text, rise, size, weight, colour in (
        (title, 33, 13, "bold", INK),
        (subtitle, 13, 9, "normal", MUTED),
    ):
        ax.annotate(text, xy=(0, 1), xycoords="axes fraction", xytext=(0, rise),
                    textcoords="offset points", fontsize=size, fontweight=weight, color=colour,
                    gid=ELIDE_GID)  # fmt: skip


def _limits(values: Sequence[float], pad: float = 0.08) -> tuple[float, float]:
    lo, hi = min(values), max(values)
    if hi == lo:
        spread = abs(lo) * 0.1 or 1.0
        return lo - spread, hi + spread
    margin = (hi - lo) * pad
    return lo - margin, hi + margin


def spread_labels(
    positions: Sequence[float], gap: float, heights: Sequence[float] | None = None
) -> list[float]:
    """Move label centres (axes fractions) apart so none overlap, keeping their order.

    Each label is ``gap`` high, or ``heights[i]`` when given; labels pushed past the top are
    pushed back down.
    """
    size = list(heights) if heights is not None else [gap] * len(positions)
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    out = list(positions)
    previous: int | None = None
    for i in order:
        if previous is not None:
            out[i] = max(out[i], out[previous] + (size[previous] + size[i]) / 2)
        previous = i
    following: int | None = None
    for i in reversed(order):
        limit = (
            1.0 - size[i] / 2
            if following is None
            else out[following] - (size[following] + size[i]) / 2
        )
        out[i] = min(out[i], limit)
        following = i
    return out


def _fraction(value: float, lo: float, hi: float) -> float:
    return (value - lo) / (hi - lo)


Label = tuple[float, str, str, str]  # (value, text, colour, font weight)


def _right_labels(ax: Axes, items: Sequence[Label], lo: float, hi: float) -> None:
    """Write labels at the right of the axes, at their values, spread so none overlap."""
    if not items:
        return
    height_px = ax.get_position().height * ax.figure.bbox.height  # the figure's height in px
    line = 12.5 / max(height_px, 1.0)
    heights = [line * (text.count("\n") + 1) for _, text, _, _ in items]
    spots = spread_labels([_fraction(v, lo, hi) for v, *_ in items], line, heights)
    for (_, text, colour, weight), y in zip(items, spots, strict=True):
        ax.text(
            1.01, y, text, transform=ax.transAxes, va="center", ha="left",
            fontsize=8, color=colour, fontweight=weight, clip_on=False, linespacing=1.15,
        )  # fmt: skip


# -- 1. one metric over time ------------------------------------------------------------------


def draw_metric(figure: Figure, series: MetricSeries) -> None:
    """Draw one metric over time with its target, threshold band, baseline and breaches."""
    ax = _axes(figure)
    count = len(series.values)
    parts = [CATEGORY_WORDS[series.category], series.better]
    parts.append(f"{count} measurement{'s' if count != 1 else ''}")
    if series.progress_text:
        parts.append(series.progress_text)
    _titles(ax, series.title, " · ".join(parts))
    span = series.value_range()
    if span is None:
        ax.set_yticks([])
        ax.set_xticks([])
        ax.text(
            0.5, 0.5, "No measurements and no target yet: add them in the table.",
            transform=ax.transAxes, ha="center", va="center", color=MUTED, fontsize=10,
        )  # fmt: skip
        return
    lo, hi = _limits(span, 0.12)
    ax.set_ylim(lo, hi)
    xs = days(series.dates)
    if xs:
        x_lo, x_hi = _limits(xs, 0.03)
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
    _right_labels(ax, labels, lo, hi)
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
    _date_axis(ax)
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
    high = _fraction(y, lo, hi) > 0.55  # put the note where the line is not
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
    _style(ax)
    kpi = chart.kpi
    _titles(ax, f"{kpi.name}: the KPI and its proxies",
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
    _date_axis(ax)


def _off(series: MetricSeries) -> str:
    count = len(series.off_scale)
    return f" · {plural(count, 'value')} off scale, not drawn" if count else ""


# -- 3. the scorecard -------------------------------------------------------------------------


def draw_scorecard(figure: Figure, card: Scorecard) -> None:
    """Draw every metric's latest value against target and threshold as bullet bars."""
    from matplotlib.collections import LineCollection, PolyCollection

    lines = len(card.rows) + len(card.groups)
    height_in = figure.get_figheight()
    top = 1.0 - 0.78 / height_in
    bottom = 0.42 / height_in
    ax = figure.add_axes((0.30, bottom, 0.46, top - bottom))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(max(lines, 1) - 0.5, -0.6)
    counts = card.counts()
    summary = " · ".join(f"{n} {STATUS_WORDS[s].lower()}" for s, n in counts.items() if n)
    figure.text(0.02, 1.0 - 0.22 / height_in, "Scorecard", fontsize=13, fontweight="bold",
                color=INK, va="top")  # fmt: skip
    figure.text(0.02, 1.0 - 0.5 / height_in,
                f"{summary or 'no metrics'} · bar: latest value · ┃ target · ╎ threshold · "
                "▲ baseline · right is better", fontsize=8.5, color=MUTED, va="top",
                gid=ELIDE_GID)  # fmt: skip
    if not card.rows:
        ax.text(0.5, 0, "No metrics yet.", ha="center", color=MUTED)
        return
    bands, band_colours, bars, bar_colours = [], [], [], []
    targets, thresholds, baselines = [], [], []
    to_axes = ax.get_yaxis_transform()
    y = 0
    for group in card.groups:
        ax.text(-0.63, y, group.title.upper(), transform=to_axes, fontsize=8.5,
                fontweight="bold", color=MUTED, va="center")  # fmt: skip
        y += 1
        for row in group.rows:
            for start, end, kind in row.bands:
                bands.append(_rect(start, end, y, 0.34))
                band_colours.append(BAND_COLOURS[kind])
            colour = STATUS_COLOURS[row.status]
            if row.value_pos is not None:
                bars.append(_rect(0.0, row.value_pos, y, 0.13))
                bar_colours.append(colour)
            if row.target_pos is not None:
                targets.append([(row.target_pos, y - 0.36), (row.target_pos, y + 0.36)])
            if row.threshold_pos is not None:
                thresholds.append([(row.threshold_pos, y - 0.3), (row.threshold_pos, y + 0.3)])
            if row.baseline_pos is not None:
                baselines.append((row.baseline_pos, y + 0.3))
            name = row.name if len(row.name) <= 40 else row.name[:39] + "…"
            ax.text(-0.02, y - 0.1, name, ha="right", va="center", fontsize=9, color=INK)
            ax.text(-0.02, y + 0.27, row.detail_text, ha="right", va="center", fontsize=7,
                    color=MUTED)  # fmt: skip
            ax.text(1.03, y, f"{row.value_text}\n{status_text(row.status)}", ha="left",
                    va="center", fontsize=8.5, color=_darker(row.status), fontweight="bold",
                    linespacing=1.3)  # fmt: skip
            y += 1
    ax.add_collection(PolyCollection(bands, facecolors=band_colours, linewidths=0, zorder=1))
    ax.add_collection(PolyCollection(bars, facecolors=bar_colours, linewidths=0, zorder=2))
    ax.add_collection(LineCollection(targets, colors=INK, linewidths=2.2, zorder=3))
    ax.add_collection(LineCollection(thresholds, colors=THRESHOLD, linewidths=1.2,
                                     linestyles=(0, (2, 1.5)), zorder=3))  # fmt: skip
    if baselines:
        ax.plot(*zip(*baselines, strict=True), linestyle="none", marker="^", markersize=4,
                color=BASELINE, zorder=3)  # fmt: skip


def _rect(x0: float, x1: float, y: float, half: float) -> list[tuple[float, float]]:
    x0, x1 = max(0.0, min(x0, x1)), min(1.0, max(x0, x1))
    return [(x0, y - half), (x1, y - half), (x1, y + half), (x0, y + half)]


def _darker(status: MetricStatus) -> str:
    # Text on white needs more contrast than the bar colour gives (amber especially).
    return {
        MetricStatus.MET: "#007A58",
        MetricStatus.AT_RISK: "#9A6700",
        MetricStatus.BREACHED: "#B34700",
        MetricStatus.NO_DATA: MUTED,
        MetricStatus.NO_TARGET: MUTED,
    }[status]


# -- 4. degradation ---------------------------------------------------------------------------


def draw_degradation(figure: Figure, chart: DegradationChart) -> None:
    """Draw each metric's rolling change against its baseline, with drift points marked."""
    ax = _axes(figure, right=0.70)
    drifted = len(chart.drifted)
    if drifted:
        verdict = f"{drifted} metric{'s' if drifted != 1 else ''} drifted beyond threshold (●)"
    else:
        verdict = "no metric drifted beyond its threshold"
    _titles(
        ax,
        "Degradation against baseline",
        f"Rolling mean of the last {chart.window} measurements, % of baseline — up is better, "
        f"down is worse · {verdict}",
    )
    if not chart.series:
        ax.text(0.5, 0.5, "No metric has measurements yet.", transform=ax.transAxes,
                ha="center", color=MUTED)  # fmt: skip
        return
    cap = _cap([max(abs(v) for v in s.change_pct) for s in chart.series])
    every = [min(cap, max(-cap, v)) for s in chart.series for v in s.change_pct]
    lo, hi = _limits([*every, 0.0], 0.08)
    ax.set_ylim(lo, hi)
    x_all = [x for s in chart.series for x in days(s.dates)]
    ax.set_xlim(*_limits(x_all, 0.02))
    ax.axhline(0, color=INK, linewidth=1, zorder=1)
    drift_x: list[float] = []
    drift_y: list[float] = []
    labels: list[Label] = [(0.0, "baseline", INK, "normal")]
    highlight = _highlighted(chart)
    quiet = len(chart.series) - len(highlight)
    name_quiet = len(chart.series) <= MAX_LABELS
    for s in chart.series:
        xs = days(s.dates)
        ys = [min(cap, max(-cap, v)) for v in s.change_pct]
        name = _short(s.name, 34)
        extreme = max(s.change_pct, key=abs)
        off = ""
        if abs(extreme) > cap:
            arrow, way = ("▲", "up") if extreme > 0 else ("▼", "down")
            off = f"\n{arrow} off scale, {way} to {extreme:+,.0f}%"
            if abs(extreme) >= 1e9:  # a number that long says nothing more
                off = f"\n{arrow} far off scale ({way})"
        colour = highlight.get(s.metric_id)
        if colour is not None:
            ax.plot(xs, ys, color=colour, linewidth=2.0, zorder=3)
            labels.append((ys[-1], f"{name}\n● {_drift_words(s)}{off}", colour, "bold"))
        else:
            ax.plot(xs, ys, color="#A7B1BC", linewidth=1.1, zorder=2)
            if name_quiet:
                labels.append((ys[-1], f"{name}{off}", MUTED, "normal"))
        for i in s.drift_points:
            drift_x.append(xs[i])
            drift_y.append(ys[i])
    if quiet and not name_quiet:
        ax.text(1.01, -0.07, f"+ {quiet} more in grey", transform=ax.transAxes, fontsize=8,
                color=MUTED, va="top")  # fmt: skip
    if drift_x:
        ax.plot(drift_x, drift_y, linestyle="none", marker="o", markersize=4.5,
                color=THRESHOLD, markeredgecolor="white", markeredgewidth=0.5,
                zorder=4)  # fmt: skip
    _right_labels(ax, labels, lo, hi)
    _date_axis(ax)
    ax.set_ylabel("change against baseline (%)", fontsize=9, color=MUTED)


def _highlighted(chart: DegradationChart) -> dict[str, str]:
    """Pick the drifted metrics drawn in colour and labelled: the worst first, a few at most."""
    worst = sorted(chart.drifted, key=lambda s: (not s.drifting, s.change_pct[-1]))
    return {s.metric_id: HIGHLIGHT[i] for i, s in enumerate(worst[: len(HIGHLIGHT)])}


def _cap(extremes: list[float]) -> float:
    """Return the largest |change| drawn to scale: one outlier must not flatten every line."""
    ordered = sorted(extremes)
    limit = min(max(MIN_CAP_PCT, 2.5 * ordered[len(ordered) // 2]), MAX_CAP_PCT)
    return ordered[-1] if ordered[-1] <= limit else limit


def _drift_words(s: DegradationSeries) -> str:
    last = s.warnings[-1]
    start = _day(last.start)
    if last.ongoing:
        return f"drifting since {start}"
    if last.start.year == last.end.year:
        start = f"{last.start.day} {last.start:%b}"
    return f"drifted {start} – {_day(last.end)}"


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
