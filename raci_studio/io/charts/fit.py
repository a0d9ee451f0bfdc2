"""Lay a drawn chart out for the canvas it is shown on, so that nothing is cut at its edges.

The charts place their axes at fractions of the figure, which suits the export size. Inside
the app the canvas is whatever the pane leaves: tick labels, axis titles, a legend below the
axes or a second right-hand axis can then fall outside the figure. :func:`fit_figure` measures
what each axes draws and pulls the axes in until all of it fits; titles too long for the width
are shortened with an ellipsis rather than cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.text import Text

#: Gap kept between what the chart draws and the canvas edge, in pixels.
EDGE_PX = 6.0
#: The axes never shrink below this share of the figure (a tiny canvas stays a tiny chart).
MIN_SHARE = 0.2
#: Text given this gid is shortened to the figure's width rather than moving the axes.
ELIDE_GID = "elide"


def fit_figure(figure: Figure, passes: int = 4) -> None:
    """Pull every axes in so that its labels, legend and titles lie inside the figure."""
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    width, height = figure.bbox.width, figure.bbox.height
    if width < 40 or height < 40 or not figure.axes:
        return
    for text in figure.findobj(lambda a: getattr(a, "get_gid", lambda: None)() == ELIDE_GID):
        _elide(text, renderer, width - EDGE_PX)  # type: ignore[arg-type]
    for ax in figure.axes:
        _wrap_axis_label(ax.yaxis.label, renderer, height)
    last = None
    for _ in range(passes):
        found = [ax.get_tightbbox(renderer) for ax in figure.axes if ax.get_visible()]
        boxes = [b for b in found if b is not None]
        if not boxes:
            return
        left = max(0.0, EDGE_PX - min(b.x0 for b in boxes))
        right = max(0.0, max(b.x1 for b in boxes) - (width - EDGE_PX))
        bottom = max(0.0, EDGE_PX - min(b.y0 for b in boxes))
        top = max(0.0, max(b.y1 for b in boxes) - (height - EDGE_PX))
        overflow = (left, right, bottom, top)
        if max(overflow) < 0.5 or overflow == last:
            return
        last = overflow
        for ax in figure.axes:
            pos = ax.get_position()
            x0, x1 = pos.x0 + left / width, pos.x1 - right / width
            y0, y1 = pos.y0 + bottom / height, pos.y1 - top / height
            if x1 - x0 < MIN_SHARE or y1 - y0 < MIN_SHARE:
                return
            ax.set_position((x0, y0, x1 - x0, y1 - y0))


def _wrap_axis_label(label: Text, renderer: object, height_px: float) -> None:
    """Break a vertical axis title cut by the figure's edges into two lines (a longer language)."""
    full = label.get_text()
    if "\n" in full or " " not in full.strip():
        return
    box = label.get_window_extent(renderer)  # type: ignore[arg-type]
    if box.y0 >= EDGE_PX and box.y1 <= height_px - EDGE_PX:
        return
    middle = len(full) // 2
    spaces = [i for i, c in enumerate(full) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    label.set_text(full[:cut] + "\n" + full[cut + 1 :])


def _elide(text: Text, renderer: object, right_px: float) -> None:
    """Shorten a one-line text with "…" until it ends left of ``right_px``."""
    full = text.get_text()
    if "\n" in full:
        return
    words = full
    while words and text.get_window_extent(renderer).x1 > right_px:  # type: ignore[arg-type]
        words = words[: max(0, int(len(words) * 0.9) - 1)].rstrip(" ·,")
        text.set_text(words + "…")
