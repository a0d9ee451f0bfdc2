"""Draw the scorecard: every metric's latest value against target and threshold as bullet bars."""

from __future__ import annotations

from typing import TYPE_CHECKING

from raci_studio.core.chart_overview import Scorecard, ScorecardRow
from raci_studio.core.metrics import MetricStatus
from raci_studio.core.numbers import format_value
from raci_studio.core.palette import STATUS_COLOURS
from raci_studio.io.charts.fit import ELIDE_GID
from raci_studio.io.charts.style import BASELINE, INK, MUTED, THRESHOLD
from raci_studio.io.charts.words import ENGLISH, ChartWords

if TYPE_CHECKING:
    from matplotlib.figure import Figure

BAND_COLOURS = {"breach": "#F6DDD3", "at_risk": "#FCEFD2", "met": "#D9F0E7"}


def draw_scorecard(figure: Figure, card: Scorecard, words: ChartWords = ENGLISH) -> None:
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
    summary = " · ".join(
        words.status_count.format(count=n, status=words.status_words[s].lower())
        for s, n in counts.items()
        if n
    )
    figure.text(0.02, 1.0 - 0.22 / height_in, words.scorecard, fontsize=13, fontweight="bold",
                color=INK, va="top")  # fmt: skip
    figure.text(0.02, 1.0 - 0.5 / height_in,
                words.scorecard_key.format(summary=summary or words.no_metrics),
                fontsize=8.5, color=MUTED, va="top", gid=ELIDE_GID)  # fmt: skip
    if not card.rows:
        ax.text(0.5, 0, words.no_metrics_yet, ha="center", color=MUTED)
        return
    bands, band_colours, bars, bar_colours = [], [], [], []
    targets, thresholds, baselines = [], [], []
    to_axes = ax.get_yaxis_transform()
    y = 0
    for group in card.groups:
        group_title = words.group_titles[group.category].upper()
        ax.text(-0.63, y, group_title, transform=to_axes, fontsize=8.5,
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
            ax.text(-0.02, y + 0.27, _detail(row, words), ha="right", va="center",
                    fontsize=7, color=MUTED)  # fmt: skip
            value_words = f"{_value(row, words)}\n{words.status_label(row.status)}"
            ax.text(1.03, y, value_words, ha="left",
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


def _detail(row: ScorecardRow, words: ChartWords) -> str:
    """Return "target 0.9 · threshold 0.85" (the unit is written once, with the value)."""
    detail = [
        template.format(value=format_value(value))
        for template, value in (
            (words.detail_target, row.target),
            (words.detail_threshold, row.threshold),
        )
        if value is not None
    ]
    return " · ".join(detail) or words.no_target_or_threshold


def _value(row: ScorecardRow, words: ChartWords) -> str:
    if row.value_text == "—" or not row.off_scale:
        return row.value_text
    return words.value_off_scale.format(value=row.value_text.removesuffix(" · off scale"))


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
