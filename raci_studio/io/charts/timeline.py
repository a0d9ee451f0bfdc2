"""Draw the retrospective timeline on a matplotlib ``Figure`` (the app's canvas or an export).

One time axis for everything: the phases as planned (grey) and actual (blue, orange when they
overran) bars, the gate decisions, decision-log entries and handoffs as markers, and below
them the business KPI and the model metrics that proxy it, with each decision drawn as a
numbered vertical line. What to draw comes from :mod:`raci_studio.core.timeline`; matplotlib
is imported inside the functions, never pyplot.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from raci_studio.core.handoffs import Handoff
from raci_studio.core.model import GateOutcome, Metric, MetricCategory, Project
from raci_studio.core.timeline import Timeline, build_timeline
from raci_studio.io.charts.style import (
    INK,
    MUTED,
    PALETTE,
    RC_PARAMS,
    TARGET,
    THRESHOLD,
    date_axis,
    days,
    style_axes,
)
from raci_studio.io.charts.words import ENGLISH, ChartWords

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

PLANNED = "#C5CCD3"
ACTUAL = "#0072B2"
OVERRUN = "#E69F00"
HANDOFF = "#7B3FA0"
DECISION = "#52606D"
OUTCOME_COLOURS = {
    GateOutcome.PASSED: "#1E8449",
    GateOutcome.FAILED: "#C0392B",
    GateOutcome.DEFERRED: "#E69F00",
    GateOutcome.SKIPPED: "#9AA5B1",
}
WIDTH = 11.0
ROW_INCHES = 0.34
PANEL_INCHES = 1.9
#: At most this many metric panels under the timeline.
MAX_PANELS = 3


@dataclass(frozen=True)
class Panel:
    """One metric chart under the timeline: a KPI, or the model metrics proxying it."""

    title: str
    metrics: tuple[Metric, ...]


def metric_panels(project: Project, words: ChartWords = ENGLISH) -> list[Panel]:
    """Return the KPI panels (each followed by its proxies' panel), at most :data:`MAX_PANELS`."""
    panels: list[Panel] = []
    for kpi in project.metrics:
        if kpi.category != MetricCategory.BUSINESS_KPI or not kpi.measurements:
            continue
        panels.append(Panel(words.kpi_panel.format(name=kpi.name), (kpi,)))
        proxies = tuple(m for m in project.metrics if m.proxies == kpi.id and m.measurements)
        if proxies:
            panels.append(Panel(words.proxies_panel.format(name=kpi.name), proxies))
    return panels[:MAX_PANELS]


def retrospective_size(project: Project) -> tuple[float, float]:
    """Return the figure size in inches for ``project``'s timeline and metric panels."""
    rows = len(project.phases) + 1
    return (WIDTH, 1.3 + ROW_INCHES * rows + PANEL_INCHES * len(metric_panels(project)))


def decision_numbers(project: Project) -> list[tuple[int, dt.date, str]]:
    """Return the decision-log entries in date order, numbered from 1 as the chart labels them."""
    ordered = sorted(project.scoping.decision_log, key=lambda d: d.date)
    return [(i, d.date, d.decision) for i, d in enumerate(ordered, 1)]


def draw_retrospective(
    figure: Figure,
    project: Project,
    today: dt.date | None = None,
    history: Sequence[Handoff] = (),
    words: ChartWords = ENGLISH,
) -> None:
    """Clear ``figure`` and draw the retrospective timeline with the metric panels below it.

    ``history`` adds the handoffs found in the file's git history to the markers.
    """
    figure.clear()
    figure.set_facecolor("white")
    timeline = build_timeline(project, today, history)
    if timeline.empty or timeline.start is None or timeline.end is None:
        figure.text(
            0.5, 0.5,
            words.no_dates,
            ha="center", va="center", color=MUTED, fontsize=11,
        )  # fmt: skip
        return
    width, height = figure.get_size_inches()
    panels = metric_panels(project, words)
    rows = len(timeline.bars) + 1
    top = 1 - 1.2 / height
    bottom = 0.45 / height
    timeline_h = ROW_INCHES * rows / height
    longest = max([len(words.gates_lane), *(len(bar.name) for bar in timeline.bars)])
    left = min(0.4, (0.3 + 0.068 * max(longest, 19)) / width)  # room for the phase names
    right = 0.97
    span = max(1, (timeline.end - timeline.start).days)
    pad = span * 0.03
    x_lo = days([timeline.start])[0] - pad
    x_hi = days([timeline.end])[0] + pad
    ax = figure.add_axes((left, top - timeline_h, right - left, timeline_h))
    _draw_bars(ax, timeline, words)
    ax.set_xlim(x_lo, x_hi)
    figure.text(
        left, 1 - 0.28 / height, words.timeline_title.format(name=project.name), fontsize=13,
        fontweight="bold",
        color=INK,
    )  # fmt: skip
    figure.text(left, 1 - 0.5 / height, _subtitle(timeline, words), fontsize=9, color=MUTED)
    _legend(figure, ax, any(m.kind == "history" for m in timeline.markers), words)
    numbers = decision_numbers(project)
    if not panels:
        date_axis(ax)
        return
    ax.tick_params(labelbottom=False)
    gap = 0.32 / height
    space = (top - timeline_h - gap) - bottom
    panel_h = space / len(panels)
    for i, panel in enumerate(panels):
        y0 = top - timeline_h - gap - (i + 1) * panel_h
        pax = figure.add_axes((left, y0 + 0.18 / height, right - left, panel_h - 0.3 / height))
        style_axes(pax)
        _draw_panel(pax, panel, numbers, words)
        pax.set_xlim(x_lo, x_hi)
        if i < len(panels) - 1:
            pax.tick_params(labelbottom=False)
        else:
            date_axis(pax)
    lane = len(timeline.bars) + 1
    for n, day, _text in numbers:
        x = days([day])[0]
        ax.axvline(x, color=DECISION, linewidth=0.6, linestyle=(0, (2, 3)), zorder=0)
        ax.text(x, lane + 0.32, str(n), fontsize=6, color=DECISION, ha="center", va="bottom",
                zorder=7)  # fmt: skip


def _subtitle(timeline: Timeline, words: ChartWords = ENGLISH) -> str:
    overran = sum(1 for b in timeline.bars if b.overrun_days)
    parts = [f"{timeline.start:%d %b %Y} – {timeline.end:%d %b %Y}"]
    if overran:
        parts.append(words.phases_overran(overran))
    parts.append(words.decision_lines)
    return " · ".join(parts)


def _draw_bars(ax: Axes, timeline: Timeline, words: ChartWords = ENGLISH) -> None:
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color("#9AA5B1")
    ax.tick_params(labelsize=8, colors=INK, length=0)
    rows = {bar.phase_id: len(timeline.bars) - i for i, bar in enumerate(timeline.bars)}
    lane = len(timeline.bars) + 1
    for bar in timeline.bars:
        y = rows[bar.phase_id]
        if bar.planned:
            x0, x1 = days(bar.planned)
            ax.barh(y + 0.17, x1 - x0, left=x0, height=0.3, color=PLANNED, zorder=2)
        if bar.actual:
            x0, x1 = days(bar.actual)
            colour = OVERRUN if bar.overrun_days else ACTUAL
            ax.barh(
                y - 0.15, max(x1 - x0, 1), left=x0, height=0.34, color=colour, zorder=3,
                hatch="///" if bar.open else None, edgecolor="white" if bar.open else colour,
                linewidth=0,
            )  # fmt: skip
            if bar.overrun_days:
                overrun = words.overrun_days.format(days=bar.overrun_days)
                ax.text(x1 + 2, y - 0.15, overrun, fontsize=7, va="center", color=OVERRUN,
                        fontweight="bold")  # fmt: skip
    for marker in timeline.markers:
        x = days([marker.date])[0]
        if marker.kind == "gate":
            colour = OUTCOME_COLOURS.get(marker.outcome, "white") if marker.outcome else "white"
            ax.plot([x], [lane], marker="D", markersize=8, color=colour, zorder=5,
                    markeredgecolor=INK, markeredgewidth=0.8, linestyle="none")  # fmt: skip
        elif marker.kind == "decision":
            ax.plot([x], [lane], marker="|", markersize=12, color=DECISION, zorder=4,
                    markeredgewidth=1.4, linestyle="none")  # fmt: skip
        elif marker.kind == "handoff" and marker.row in rows:
            ax.plot([x], [rows[marker.row] + 0.45], marker="v", markersize=6, color=HANDOFF,
                    zorder=6, linestyle="none")  # fmt: skip
        elif marker.kind == "history" and marker.row in rows:  # found in git: hollow
            ax.plot([x], [rows[marker.row] + 0.45], marker="v", markersize=6, color=HANDOFF,
                    markerfacecolor="white", markeredgewidth=1.2, zorder=6,
                    linestyle="none")  # fmt: skip
        elif marker.kind == "due" and marker.row in rows:
            ax.plot([x], [rows[marker.row] - 0.15], marker="o", markersize=2.5, color=INK,
                    zorder=6, linestyle="none")  # fmt: skip
    ax.set_yticks([lane, *rows.values()], [words.gates_lane, *(b.name for b in timeline.bars)])
    ax.set_ylim(0.4, lane + 0.9)
    ax.grid(axis="x", color="#EEF0F2", linewidth=0.8)
    ax.set_axisbelow(True)


def _legend(figure: Figure, ax: Axes, history: bool = False, words: ChartWords = ENGLISH) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(color=PLANNED, label=words.planned),
        Patch(color=ACTUAL, label=words.actual),
        Patch(color=OVERRUN, label=words.overran),
        Line2D(
            [],
            [],
            marker="D",
            linestyle="none",
            color=OUTCOME_COLOURS[GateOutcome.PASSED],
            markeredgecolor=INK,
            label=words.gate_passed,
        ),
        Line2D(
            [],
            [],
            marker="D",
            linestyle="none",
            color=OUTCOME_COLOURS[GateOutcome.FAILED],
            markeredgecolor=INK,
            label=words.gate_failed,
        ),
        Line2D(
            [],
            [],
            marker="|",
            linestyle="none",
            color=DECISION,
            markersize=10,
            markeredgewidth=1.4,
            label=words.decision,
        ),
        Line2D([], [], marker="v", linestyle="none", color=HANDOFF, label=words.handoff),
    ]
    if history:
        handles.append(
            Line2D(
                [],
                [],
                marker="v",
                linestyle="none",
                color=HANDOFF,
                markerfacecolor="white",
                markeredgewidth=1.2,
                label=words.handoff_in_history,
            )
        )
    left = ax.get_position().x0
    figure.legend(
        handles=handles, loc="upper left", ncol=len(handles), fontsize=7.5, frameon=False,
        bbox_to_anchor=(left - 0.01, 1 - 0.62 / figure.get_size_inches()[1]), handlelength=1.2,
        columnspacing=1.2,
    )  # fmt: skip


def _draw_panel(
    ax: Axes,
    panel: Panel,
    numbers: Sequence[tuple[int, dt.date, str]],
    words: ChartWords = ENGLISH,
) -> None:
    values: list[float] = []
    for i, metric in enumerate(panel.metrics):
        ordered = sorted(metric.measurements, key=lambda m: m.date)
        colour = PALETTE[i % len(PALETTE)]
        ax.plot(days([m.date for m in ordered]), [m.value for m in ordered], color=colour,
                linewidth=1.6, marker="o" if len(ordered) <= 40 else None, markersize=2.5,
                label=metric.name, zorder=3)  # fmt: skip
        values += [m.value for m in ordered]
        for value, colour_ref, style in (
            (metric.target, TARGET, (0, (5, 3))),
            (metric.threshold, THRESHOLD, "-"),
        ):
            if value is not None:
                ax.axhline(value, color=colour_ref, linestyle=style, linewidth=1.0, zorder=1,
                           alpha=0.9 if len(panel.metrics) == 1 else 0.5)  # fmt: skip
                values.append(value)
    lo, hi = min(values), max(values)
    margin = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    ax.set_ylim(lo - margin, hi + margin * 1.8)
    unit = panel.metrics[0].unit
    ax.set_ylabel(unit or words.value_axis, fontsize=8, color=MUTED)
    ax.set_title(panel.title, fontsize=9.5, color=INK, loc="left", pad=3)
    if len(panel.metrics) > 1:
        ax.legend(fontsize=7.5, frameon=False, loc="upper left", ncol=len(panel.metrics))
    for _n, day, _text in numbers:
        ax.axvline(days([day])[0], color=DECISION, linewidth=0.7, linestyle=(0, (2, 3)), zorder=2)


def render_retrospective(
    project: Project,
    fmt: str = "png",
    dpi: int = 100,
    today: dt.date | None = None,
    history: Sequence[Handoff] = (),
) -> bytes:
    """Return the retrospective timeline as PNG or SVG bytes, drawn headless."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with rc_context({**RC_PARAMS, "svg.fonttype": "none", "svg.hashsalt": "raci-studio"}):
        figure = Figure(figsize=retrospective_size(project), dpi=dpi)
        FigureCanvasAgg(figure)
        draw_retrospective(figure, project, today, history)
        out = io.BytesIO()
        metadata = {"Date": None, "Creator": "RACI Studio"} if fmt == "svg" else {}
        figure.savefig(out, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return out.getvalue()
