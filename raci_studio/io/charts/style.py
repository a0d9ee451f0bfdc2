"""What every metrics chart shares: sizes, colours, axes styling, titles and right-hand labels.

matplotlib is imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from raci_studio.io.charts.fit import ELIDE_GID

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

DPI = 100
INK = "#1F2933"
MUTED = "#6B7785"
LINE = "#0072B2"
TARGET = "#009E73"
THRESHOLD = "#D55E00"
BASELINE = "#6B7785"
PALETTE = ("#0072B2", "#E69F00", "#CC79A7", "#009E73", "#56B4E9", "#D55E00", "#000000")
_EPOCH = dt.date(1970, 1, 1).toordinal()
#: matplotlib settings for every chart: unhinted text draws about a fifth faster (text is
#: most of a redraw) and looks the same at screen and export resolutions.
RC_PARAMS: dict[RcKeyType, Any] = {"text.hinting": "no_hinting"}


def days(dates: Sequence[dt.date]) -> list[float]:
    """Return matplotlib date numbers (days since 1970-01-01) without importing matplotlib."""
    return [float(d.toordinal() - _EPOCH) for d in dates]


def new_axes(figure: Figure, left: float = 0.08, right: float = 0.80) -> Axes:
    ax = figure.add_axes((left, 0.11, right - left, 0.74))
    style_axes(ax)
    return ax


def style_axes(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9AA5B1")
    ax.tick_params(labelsize=8, colors=INK, length=3)
    ax.grid(axis="y", color="#E4E7EB", linewidth=0.8)
    ax.set_axisbelow(True)


def date_axis(ax: Axes) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def titles(ax: Axes, title: str, subtitle: str) -> None:
    # offsets in points, not axes fractions, so that a short canvas keeps the two lines apart
    for text, rise, size, weight, colour in (
        (title, 33, 13, "bold", INK),
        (subtitle, 13, 9, "normal", MUTED),
    ):
        ax.annotate(text, xy=(0, 1), xycoords="axes fraction", xytext=(0, rise),
                    textcoords="offset points", fontsize=size, fontweight=weight, color=colour,
                    gid=ELIDE_GID)  # fmt: skip


def limits(values: Sequence[float], pad: float = 0.08) -> tuple[float, float]:
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


def fraction(value: float, lo: float, hi: float) -> float:
    return (value - lo) / (hi - lo)


Label = tuple[float, str, str, str]  # (value, text, colour, font weight)


def right_labels(ax: Axes, items: Sequence[Label], lo: float, hi: float) -> None:
    """Write labels at the right of the axes, at their values, spread so none overlap."""
    if not items:
        return
    height_px = ax.get_position().height * ax.figure.bbox.height  # the figure's height in px
    line = 12.5 / max(height_px, 1.0)
    heights = [line * (text.count("\n") + 1) for _, text, _, _ in items]
    spots = spread_labels([fraction(v, lo, hi) for v, *_ in items], line, heights)
    for (_, text, colour, weight), y in zip(items, spots, strict=True):
        ax.text(
            1.01, y, text, transform=ax.transAxes, va="center", ha="left",
            fontsize=8, color=colour, fontweight=weight, clip_on=False, linespacing=1.15,
        )  # fmt: skip
