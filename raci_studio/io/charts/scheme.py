"""Charts in the dark: the drawn figure re-coloured so no white rectangle sits in a dark window.

The charts are drawn once, in the light colours every export keeps (they are printed and
pasted); in the app's dark scheme :func:`apply_scheme` then turns the figure's background,
axes, ticks, grid, legends and dark text light-on-dark. Series keep their colour-blind-safe
colours, which read on both; a black series becomes the dark scheme's text colour.
"""

from __future__ import annotations

from typing import Any

from raci_studio.core import palette
from raci_studio.core.palette import Scheme

#: The dark scheme's chart colours.
DARK = {
    "figure": palette.BACKGROUND["dark"],
    "axes": "#24262A",
    "text": palette.TEXT["dark"],
    "muted": "#AEB6BF",
    "grid": "#3A3F46",
}


def _luminance(colour: Any) -> float:
    from matplotlib.colors import to_hex

    try:
        return palette.relative_luminance(to_hex(colour))
    except (ValueError, TypeError):
        return 1.0


def apply_scheme(figure: Any, scheme: Scheme) -> None:
    """Re-colour a drawn figure for ``scheme`` (light leaves it as drawn)."""
    if scheme != "dark":
        return
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    figure.set_facecolor(DARK["figure"])
    for ax in figure.get_axes():
        ax.set_facecolor(DARK["axes"])
        for spine in ax.spines.values():
            spine.set_edgecolor(DARK["muted"])
        ax.tick_params(which="both", colors=DARK["muted"], labelcolor=DARK["text"])
        for line in (*ax.get_xgridlines(), *ax.get_ygridlines()):
            line.set_color(DARK["grid"])
        legend = ax.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(DARK["axes"])
            legend.get_frame().set_edgecolor(DARK["grid"])
        for line in ax.findobj(Line2D):
            if line in ax.get_xgridlines() or line in ax.get_ygridlines():
                continue
            if _luminance(line.get_color()) < 0.05:
                line.set_color(DARK["text"])
    for text in figure.findobj(Text):
        if _luminance(text.get_color()) < 0.3:
            text.set_color(DARK["text"])
        box = text.get_bbox_patch()
        if box is not None and _luminance(box.get_facecolor()) > 0.6:
            box.set_facecolor(DARK["axes"])
            box.set_edgecolor(DARK["grid"])
    backgrounds = {id(figure.patch), *(id(ax.patch) for ax in figure.get_axes())}
    for patch in figure.findobj(Patch):
        if id(patch) in backgrounds:
            continue
        if _luminance(patch.get_facecolor()) > 0.6:
            patch.set_facecolor(_deepen(patch.get_facecolor()))


def _deepen(colour: Any) -> tuple[float, float, float, float]:
    """Return a light fill as a deep tint of the same hue, keeping its alpha."""
    from matplotlib.colors import to_rgba

    red, green, blue, alpha = to_rgba(colour)
    base = to_rgba(DARK["axes"])
    mix = 0.28  # the light colour's share: enough to keep the hue, dark enough for text on it
    return (
        mix * red + (1 - mix) * base[0],
        mix * green + (1 - mix) * base[1],
        mix * blue + (1 - mix) * base[2],
        alpha,
    )
