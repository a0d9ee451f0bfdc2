"""Every chart draws for every value a project can hold: 1.5e308, 3.4e38, 5e-324, …"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from raci_studio.core.chart_data import ChartSpec, kpi_chart, metric_series
from raci_studio.core.chart_overview import degradation_chart, scorecard
from raci_studio.core.model import Measurement, Project
from raci_studio.io.charts import export as chart_export
from raci_studio.io.charts.draw import figure_size
from tests.core.conftest import build_small_project
from tests.io.test_chart_export import png_size

HUGE = 1.5e308
#: A low resolution: every artist is still laid out and drawn, in a fraction of the time.
DPI = 30
EXTREMES = {
    "one huge among normal": [0.8, 0.81, HUGE, 0.83, 0.84],
    "float32 overflow": [0.8, 3.4e38, 0.81, 0.82],
    "all huge": [HUGE, 1.6e308, -HUGE, 1.7976931348623157e308],
    "the same huge value": [HUGE] * 5,
    "tiny and subnormal": [5e-324, 1e-300, -2.5e-308, 2.2250738585072014e-308],
    "both ends": [1e-300, HUGE, -HUGE, 5e-324, 0.5],
    "the latest off scale": [0.8, 0.82, 0.83, -HUGE],
}
SPECS = [
    ChartSpec("metric", "intent-accuracy"),
    ChartSpec("metric", "tier1-tickets"),
    ChartSpec("kpi", "tier1-tickets"),
    ChartSpec("scorecard"),
    ChartSpec("drift"),
]


def with_values(values: list[float], only: str | None = None) -> Project:
    """Return the small project with ``values`` as every (or one) metric's measurements."""
    project = build_small_project()
    start = dt.date(2026, 1, 5)
    for metric in project.metrics:
        if only in (None, metric.id):
            metric.measurements = [
                Measurement(date=start + dt.timedelta(days=7 * i), value=v)
                for i, v in enumerate(values)
            ]
    return project


@pytest.mark.parametrize("spec", SPECS, ids=str)
@pytest.mark.parametrize("case", sorted(EXTREMES))
def test_every_chart_draws_extreme_values(spec, case):
    project = with_values(EXTREMES[case])
    normal = next(m for m in project.metrics if m.id == "p95-latency")
    normal.measurements = [m.model_copy(update={"value": 300.0 + i})
                           for i, m in enumerate(normal.measurements)]  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # no overflow on the way
        data = chart_export.render_chart(project, spec, "png", dpi=DPI)
    width, height = figure_size(project, spec)
    assert png_size(data) == (round(width * DPI), round(height * DPI))


@pytest.mark.parametrize("fmt", ["svg", "pdf"])
def test_vector_exports_draw_extreme_values_too(fmt):
    project = with_values(EXTREMES["both ends"])
    for spec in SPECS:
        assert chart_export.render_chart(project, spec, fmt)


def test_values_far_outside_the_range_are_marked_and_do_not_scale_the_axis():
    project = with_values(EXTREMES["one huge among normal"], "intent-accuracy")
    series = metric_series(project, "intent-accuracy")
    assert series.off_scale == (2,)
    _, hi = series.value_range()
    assert hi < 1.0  # the axis comes from the sane values and the reference lines
    assert series.on_scale()[2] != series.on_scale()[2]  # NaN: a gap in the line
    svg = chart_export.render_chart(project, ChartSpec("metric", "intent-accuracy"), "svg")
    assert b"1 point off scale" in svg


def test_a_series_with_nothing_on_scale_still_has_a_range():
    series = metric_series(with_values([HUGE, -HUGE]), "gender-gap")
    assert series.value_range() is not None
    assert len(series.off_scale) == 2


def test_the_scorecard_puts_an_off_scale_value_at_the_edge_and_says_so():
    card = scorecard(with_values(EXTREMES["the latest off scale"]))
    row = next(r for r in card.rows if r.metric_id == "intent-accuracy")
    assert row.value_pos in (0.0, 1.0)
    assert row.value_text.endswith("off scale")
    assert all(0.0 <= (r.value_pos or 0.0) <= 1.0 for r in card.rows)


def test_degradation_and_correlation_stay_finite_or_are_left_out():
    project = with_values(EXTREMES["all huge"])
    chart = degradation_chart(project)
    assert all(abs(v) < float("inf") for s in chart.series for v in s.change_pct)
    kpi = kpi_chart(project, "tier1-tickets")
    assert all(p.agreement is None or -1 <= p.agreement <= 1 for p in kpi.proxies)
