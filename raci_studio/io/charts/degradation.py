"""Draw the degradation chart: each metric's rolling change against its baseline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from raci_studio.core.chart_overview import DegradationChart, DegradationSeries
from raci_studio.io.charts.style import (
    INK,
    MUTED,
    THRESHOLD,
    Label,
    date_axis,
    days,
    limits,
    new_axes,
    right_labels,
    titles,
)
from raci_studio.io.charts.words import ENGLISH, ChartWords

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Colours of the drifted metrics the degradation chart labels (at most this many).
HIGHLIGHT = ("#0072B2", "#E69F00", "#CC79A7", "#009E73", "#56B4E9", "#000000")
#: With more metrics than this, the degradation chart labels only the highlighted ones.
MAX_LABELS = 8
#: Degradation beyond this share of the baseline is drawn at the edge and labelled off scale.
MIN_CAP_PCT = 100.0
#: …and never beyond this (a hundredfold change), whatever the changes: values near the float
#: limit would otherwise flatten every line.
MAX_CAP_PCT = 10_000.0


def draw_degradation(figure: Figure, chart: DegradationChart, words: ChartWords = ENGLISH) -> None:
    """Draw each metric's rolling change against its baseline, with drift points marked."""
    ax = new_axes(figure, right=0.70)
    drifted = len(chart.drifted)
    verdict = words.drifted(drifted) if drifted else words.none_drifted
    titles(
        ax,
        words.degradation_title,
        words.degradation_subtitle.format(window=chart.window, verdict=verdict),
    )
    if not chart.series:
        ax.text(0.5, 0.5, words.no_metric_measurements, transform=ax.transAxes,
                ha="center", color=MUTED)  # fmt: skip
        return
    cap = _cap([max(abs(v) for v in s.change_pct) for s in chart.series])
    every = [min(cap, max(-cap, v)) for s in chart.series for v in s.change_pct]
    lo, hi = limits([*every, 0.0], 0.08)
    ax.set_ylim(lo, hi)
    x_all = [x for s in chart.series for x in days(s.dates)]
    ax.set_xlim(*limits(x_all, 0.02))
    ax.axhline(0, color=INK, linewidth=1, zorder=1)
    drift_x: list[float] = []
    drift_y: list[float] = []
    labels: list[Label] = [(0.0, words.baseline_line, INK, "normal")]
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
            up = extreme > 0
            template = words.off_scale_up if up else words.off_scale_down
            off = "\n" + template.format(value=f"{extreme:+,.0f}%")
            if abs(extreme) >= 1e9:  # a number that long says nothing more
                off = "\n" + (words.far_off_scale_up if up else words.far_off_scale_down)
        colour = highlight.get(s.metric_id)
        if colour is not None:
            ax.plot(xs, ys, color=colour, linewidth=2.0, zorder=3)
            labels.append((ys[-1], f"{name}\n● {_drift_words(s, words)}{off}", colour, "bold"))
        else:
            ax.plot(xs, ys, color="#A7B1BC", linewidth=1.1, zorder=2)
            if name_quiet:
                labels.append((ys[-1], f"{name}{off}", MUTED, "normal"))
        for i in s.drift_points:
            drift_x.append(xs[i])
            drift_y.append(ys[i])
    if quiet and not name_quiet:
        ax.text(1.01, -0.07, words.more_in_grey(quiet), transform=ax.transAxes, fontsize=8,
                color=MUTED, va="top")  # fmt: skip
    if drift_x:
        ax.plot(drift_x, drift_y, linestyle="none", marker="o", markersize=4.5,
                color=THRESHOLD, markeredgecolor="white", markeredgewidth=0.5,
                zorder=4)  # fmt: skip
    right_labels(ax, labels, lo, hi)
    date_axis(ax)
    ax.set_ylabel(words.change_axis, fontsize=9, color=MUTED)


def _highlighted(chart: DegradationChart) -> dict[str, str]:
    """Pick the drifted metrics drawn in colour and labelled: the worst first, a few at most."""
    worst = sorted(chart.drifted, key=lambda s: (not s.drifting, s.change_pct[-1]))
    return {s.metric_id: HIGHLIGHT[i] for i, s in enumerate(worst[: len(HIGHLIGHT)])}


def _cap(extremes: list[float]) -> float:
    """Return the largest |change| drawn to scale: one outlier must not flatten every line."""
    ordered = sorted(extremes)
    limit = min(max(MIN_CAP_PCT, 2.5 * ordered[len(ordered) // 2]), MAX_CAP_PCT)
    return ordered[-1] if ordered[-1] <= limit else limit


def _drift_words(s: DegradationSeries, words: ChartWords = ENGLISH) -> str:
    last = s.warnings[-1]
    start = _day(last.start)
    if last.ongoing:
        return words.drifting_since.format(start=start)
    if last.start.year == last.end.year:
        start = f"{last.start.day} {last.start:%b}"
    return words.drifted_between.format(start=start, end=_day(last.end))


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
