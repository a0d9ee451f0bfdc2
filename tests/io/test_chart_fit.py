"""Charts laid out for the canvas they are shown on: nothing cut at the edges, titles shortened."""

from __future__ import annotations

import pytest

from raci_studio.core.chart_data import ChartSpec
from raci_studio.io.charts.draw import draw_chart
from raci_studio.io.charts.fit import EDGE_PX, fit_figure
from raci_studio.io.project.file import load_project
from tests.io.conftest import ROOT

SAMPLE = ROOT / "samples" / "churn-prediction.raci.json"
SPECS = [
    ChartSpec("metric", "monthly-churn-rate"),
    ChartSpec("kpi", "monthly-churn-rate"),
    ChartSpec("scorecard"),
    ChartSpec("drift"),
]


def _figure(width_px: int, height_px: int):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_px / 100, height_px / 100), dpi=100)
    FigureCanvasAgg(figure)
    return figure


def _outside(figure) -> list[str]:
    """Return what the axes draw beyond the figure's edges (by side, in pixels)."""
    renderer = figure.canvas.get_renderer()
    width, height = figure.bbox.width, figure.bbox.height
    out = []
    for ax in figure.axes:
        box = ax.get_tightbbox(renderer)
        if box.x0 < 0 or box.y0 < 0 or box.x1 > width or box.y1 > height:
            out.append(f"{box.x0:.0f},{box.y0:.0f}–{box.x1:.0f},{box.y1:.0f} in {width}×{height}")
    return out


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.kind)
@pytest.mark.parametrize("size", [(640, 300), (860, 330), (1000, 560)])
def test_every_chart_fits_a_small_canvas(spec: ChartSpec, size: tuple[int, int]) -> None:
    project = load_project(SAMPLE)
    metric = next(m for m in project.metrics if m.category == "business_kpi")
    if spec.metric_id:
        spec = ChartSpec(spec.kind, metric.id)
    figure = _figure(*size)
    draw_chart(figure, project, spec)
    fit_figure(figure)
    assert not _outside(figure), spec.kind
    texts = [t for t in figure.findobj(lambda a: getattr(a, "get_gid", lambda: "")() == "elide")]
    renderer = figure.canvas.get_renderer()
    for text in texts:
        assert text.get_window_extent(renderer).x1 <= size[0] - EDGE_PX + 1


def test_a_chart_that_fits_is_left_as_drawn() -> None:
    project = load_project(SAMPLE)
    figure = _figure(1000, 560)
    draw_chart(figure, project, ChartSpec("drift"))
    before = [tuple(ax.get_position().bounds) for ax in figure.axes]
    figure.set_size_inches(20, 11)  # far more room than the chart needs
    fit_figure(figure)
    assert [tuple(ax.get_position().bounds) for ax in figure.axes] == before


def test_an_axis_title_longer_than_its_axes_is_broken_onto_two_lines():
    from dataclasses import replace

    from raci_studio.io.charts.words import ENGLISH

    long_title = "change of each metric against its own baseline (%)"
    words = replace(ENGLISH, change_axis=long_title)
    figure = _figure(965, 262)
    draw_chart(figure, load_project(SAMPLE), ChartSpec("drift"), words)
    fit_figure(figure)
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    label = ax.yaxis.label
    assert label.get_text().replace("\n", " ") == long_title
    assert "\n" in label.get_text()
    box = label.get_window_extent(renderer)
    assert box.y0 >= 0 and box.y1 <= figure.bbox.height
    assert not _outside(figure)


def test_an_axis_title_that_fits_stays_on_one_line():
    figure = _figure(965, 262)
    draw_chart(figure, load_project(SAMPLE), ChartSpec("drift"))
    fit_figure(figure)
    assert figure.axes[0].yaxis.label.get_text() == "change against baseline (%)"


@pytest.mark.parametrize("size", [(965, 262), (1000, 560)])
def test_the_kpi_legend_starts_below_the_date_labels(size: tuple[int, int]) -> None:
    project = load_project(SAMPLE)
    metric = next(m for m in project.metrics if m.category == "business_kpi")
    figure = _figure(*size)
    draw_chart(figure, project, ChartSpec("kpi", metric.id))
    fit_figure(figure)
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    dates = [t.get_window_extent(renderer) for t in ax.get_xticklabels() if t.get_text()]
    legend = ax.get_legend().get_window_extent(renderer)
    assert dates and legend.y1 <= min(box.y0 for box in dates)
