"""Charts re-coloured for the dark scheme; exports keep the light colours."""

from __future__ import annotations

from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from raci_studio.core import palette
from raci_studio.core.chart_data import ChartSpec
from raci_studio.io.charts.draw import draw_chart
from raci_studio.io.charts.scheme import DARK, apply_scheme
from tests.core.conftest import build_small_project


def _drawn() -> Figure:
    figure = Figure(figsize=(8, 5))
    project = build_small_project()
    metric = next(m for m in project.metrics if m.measurements)
    draw_chart(figure, project, ChartSpec("metric", metric.id))
    return figure


def test_dark_turns_background_axes_and_text_light_on_dark() -> None:
    figure = _drawn()
    apply_scheme(figure, "dark")
    assert to_hex(figure.get_facecolor()) == DARK["figure"].lower()
    for ax in figure.get_axes():
        assert to_hex(ax.get_facecolor()) == DARK["axes"].lower()
    for text in figure.findobj(lambda a: hasattr(a, "get_text") and hasattr(a, "get_color")):
        if text.get_text().strip():
            lum = palette.relative_luminance(to_hex(text.get_color()))
            assert lum > 0.05, text.get_text()  # no dark text left on the dark background


def test_light_leaves_the_figure_as_drawn() -> None:
    figure = _drawn()
    before = figure.get_facecolor()
    apply_scheme(figure, "light")
    assert figure.get_facecolor() == before
