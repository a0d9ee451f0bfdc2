"""Tests of the chart data: what each metrics chart shows, without matplotlib."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from raci_studio.core import chart_data as cd
from raci_studio.core import chart_overview as co
from raci_studio.core.metrics import MetricStatus
from raci_studio.core.model import Direction, Measurement, Metric, MetricCategory, Project
from tests.core.conftest import build_small_project

D = dt.date


START = D(2026, 1, 5)
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def weekly(*values: float, start: dt.date = START) -> list[Measurement]:
    return [
        Measurement(date=start + dt.timedelta(days=7 * i), value=v) for i, v in enumerate(values)
    ]


def project_with(*metrics: Metric) -> Project:
    return Project(name="Charts", metrics=list(metrics))


def test_chart_data_needs_no_plotting_library():
    assert "raci_studio.core.chart_data" in sys.modules
    import raci_studio.core.chart_data as module

    assert "matplotlib" not in module.__dict__


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("scorecard", cd.ChartSpec("scorecard")),
        (" Drift ", cd.ChartSpec("drift")),
        ("degradation", cd.ChartSpec("drift")),
        ("metric:intent-accuracy", cd.ChartSpec("metric", "intent-accuracy")),
        ("kpi:tier1-tickets", cd.ChartSpec("kpi", "tier1-tickets")),
    ],
)
def test_parse_chart_spec(text, spec):
    assert cd.parse_chart_spec(text) == spec


@pytest.mark.parametrize(
    ("text", "message"),
    [("pie", "unknown chart"), ("metric", "needs a metric id"), ("", "unknown chart")],
)
def test_parse_chart_spec_explains_mistakes(text, message):
    with pytest.raises(cd.ChartError, match=message):
        cd.parse_chart_spec(text)


def test_check_chart_spec_names_known_metrics_and_kpis():
    p = build_small_project()
    cd.check_chart_spec(p, cd.ChartSpec("kpi", "tier1-tickets"))
    with pytest.raises(cd.ChartError, match=r"no metric \"ghost\".*tier1-tickets"):
        cd.check_chart_spec(p, cd.ChartSpec("metric", "ghost"))
    with pytest.raises(cd.ChartError, match="not a business KPI"):
        cd.check_chart_spec(p, cd.ChartSpec("kpi", "p95-latency"))


def test_kpi_for_follows_the_selection():
    p = build_small_project()
    assert cd.kpi_for(p, "tier1-tickets") == "tier1-tickets"
    assert cd.kpi_for(p, "intent-accuracy") == "tier1-tickets"
    assert cd.kpi_for(p, "p95-latency") == "tier1-tickets"
    assert cd.kpi_for(p, None) == "tier1-tickets"
    assert cd.kpi_for(project_with(), None) is None


def test_metric_series_lines_bands_breaches_and_latest():
    metric = Metric(
        id="acc",
        name="Accuracy",
        baseline=0.7,
        target=0.9,
        threshold=0.8,
        measurements=weekly(0.82, 0.78, 0.85, 0.91),
    )
    s = cd.metric_series(project_with(metric), "acc")
    assert [(r.kind, r.value) for r in s.references] == [
        ("target", 0.9),
        ("threshold", 0.8),
        ("baseline", 0.7),
    ]
    assert s.references[0].label == "Target 0.9"
    assert s.zones == (cd.Zone("breach", None, 0.8), cd.Zone("at_risk", 0.8, 0.9))
    assert s.breaches == (1,)
    assert s.status is MetricStatus.MET
    assert s.latest_text == "0.91 on 2026-01-26 · ✓ Met"
    assert s.value_range() == (0.7, 0.91)
    assert s.better == "higher is better"


def test_metric_series_lower_is_better_breach_band_points_up():
    metric = Metric(
        id="lat",
        name="Latency",
        unit="ms",
        direction=Direction.LOWER,
        threshold=500,
        measurements=weekly(450, 520, 480),
    )
    s = cd.metric_series(project_with(metric), "lat")
    assert s.zones == (cd.Zone("breach", 500, None),)
    assert s.breaches == (1,)
    assert s.title == "Latency (ms)"
    assert s.status is MetricStatus.NO_TARGET  # no target: never "met", not "at risk"
    with pytest.raises(cd.ChartError):
        cd.metric_series(project_with(metric), "nope")


def test_metric_series_without_data_says_so():
    s = cd.metric_series(project_with(Metric(id="m", name="M")), "m")
    assert s.status is MetricStatus.NO_DATA
    assert s.latest_text == ""
    assert s.value_range() is None


def test_kpi_chart_aligns_proxies_on_kpi_periods_and_judges_agreement():
    kpi = Metric(
        id="tickets",
        name="Tickets",
        category=MetricCategory.BUSINESS_KPI,
        direction=Direction.LOWER,
        measurements=[
            Measurement(date=D(2026, 1, 31), value=1200),
            Measurement(date=D(2026, 2, 28), value=1100),
            Measurement(date=D(2026, 3, 31), value=1000),
            Measurement(date=D(2026, 4, 30), value=950),
        ],
    )
    good = Metric(
        id="acc",
        name="Accuracy",
        proxies="tickets",
        measurements=[
            Measurement(date=D(2026, 1, 10), value=0.70),
            Measurement(date=D(2026, 1, 20), value=0.72),
            Measurement(date=D(2026, 2, 15), value=0.80),
            Measurement(date=D(2026, 3, 15), value=0.85),
            Measurement(date=D(2026, 4, 15), value=0.88),
        ],
    )
    sparse = Metric(
        id="fpr",
        name="FPR",
        proxies="tickets",
        direction=Direction.LOWER,
        measurements=[Measurement(date=D(2026, 4, 20), value=3.0)],
    )
    chart = cd.kpi_chart(project_with(kpi, good, sparse), "tickets")
    assert chart.dates == tuple(m.date for m in kpi.measurements)
    acc, fpr = chart.proxies
    assert acc.aligned == pytest.approx((0.71, 0.80, 0.85, 0.88))
    assert acc.agreement is not None and acc.agreement > 0.9
    assert acc.verdict.startswith("moves with the KPI (r = +0.9")
    assert fpr.aligned == (None, None, None, 3.0)
    assert fpr.agreement is None
    assert fpr.verdict == "too few shared dates to compare (1)"


def test_kpi_chart_sees_a_proxy_moving_against_its_kpi():
    kpi = Metric(
        id="k",
        name="K",
        category=MetricCategory.BUSINESS_KPI,
        measurements=weekly(1, 2, 3, 4),
    )
    proxy = Metric(id="p", name="P", proxies="k", measurements=weekly(4, 3, 2, 1))
    (only,) = cd.kpi_chart(project_with(kpi, proxy), "k").proxies
    assert only.agreement == pytest.approx(-1.0)
    assert only.verdict.startswith("moves against the KPI")


def test_scorecard_groups_by_category_and_puts_better_on_the_right():
    p = build_small_project()
    card = co.scorecard(p)
    assert [g.title for g in card.groups] == [
        "Business KPIs",
        "Model metrics",
        "Operational",
        "Responsible AI",
    ]
    tickets = card.groups[0].rows[0]  # lower is better: 11,100 against target 10,200
    assert tickets.status is MetricStatus.BREACHED or tickets.status is MetricStatus.AT_RISK
    assert tickets.target_pos is not None and tickets.value_pos is not None
    assert tickets.threshold_pos is not None
    assert tickets.target_pos > tickets.threshold_pos  # the target is better, so further right
    assert [b[2] for b in tickets.bands] == ["breach", "at_risk", "met"]
    assert tickets.value_text == "11,100 tickets"
    assert tickets.detail_text == "target 10,200 · threshold 11,500"
    latency = card.groups[2].rows[0]
    assert latency.status is MetricStatus.NO_DATA
    assert latency.value_pos is None and latency.value_text == "—"
    assert [b[2] for b in latency.bands] == ["at_risk", "met"]
    counts = card.counts()
    assert sum(counts.values()) == len(p.metrics)
    assert counts[MetricStatus.NO_DATA] == 2


def test_scorecard_positions_stay_inside_the_bar():
    for metric in build_small_project().metrics:
        row = co.scorecard(project_with(metric)).rows[0]
        for pos in (row.value_pos, row.target_pos, row.threshold_pos, row.baseline_pos):
            assert pos is None or 0.0 < pos < 1.0


def test_degradation_is_percent_of_baseline_with_up_as_better():
    metric = Metric(
        id="err",
        name="Error",
        direction=Direction.LOWER,
        baseline=20.0,
        threshold=25.0,
        measurements=weekly(20, 20, 20, 30, 30, 30),
    )
    chart = co.degradation_chart(project_with(metric, Metric(id="empty", name="Empty")))
    (s,) = chart.series  # a metric without data is left out
    assert s.change_pct[0] == 0
    assert s.change_pct[-1] == pytest.approx(-50.0)  # 30 against 20, lower is better
    assert s.threshold_pct == pytest.approx(-25.0)
    assert s.drift_points == (4, 5)  # rolling means 26.7 and 30 are beyond 25
    assert s.drifting and s.drifted
    assert chart.drifted == (s,)
    assert chart.window == 3


def test_a_metric_not_yet_within_its_threshold_is_not_drifting():
    improving = Metric(
        id="fpr",
        name="False positives",
        direction=Direction.LOWER,
        threshold=5.0,
        measurements=weekly(8, 7, 6, 4, 3, 3, 6, 7, 8),
    )
    (s,) = co.degradation_chart(project_with(improving), window=1).series
    assert s.drift_points == (6, 7, 8)  # not 0-2: it had not been acceptable yet
    assert [w.start for w in s.warnings] == [START + dt.timedelta(days=42)]
    never = improving.model_copy(update={"measurements": weekly(9, 8, 7)})
    (n,) = co.degradation_chart(project_with(never), window=1).series
    assert n.drift_points == () and not n.drifted


def test_degradation_with_a_zero_baseline_uses_the_metric_scale():
    metric = Metric(
        id="gap",
        name="Gap",
        direction=Direction.LOWER,
        baseline=0.0,
        threshold=5.0,
        measurements=weekly(0, 5, 10),
    )
    (s,) = co.degradation_chart(project_with(metric), window=1).series
    assert s.change_pct == pytest.approx((0.0, -100.0, -200.0))


def test_the_demand_forecast_retrospective_shows_its_fresh_produce_drift():
    text = (SAMPLES / "demand-forecast-retrospective.raci.json").read_text(encoding="utf-8")
    p = Project.model_validate_json(text)
    chart = co.degradation_chart(p)
    drifted = {s.metric_id: s for s in chart.drifted}
    assert "wmape-fresh" in drifted and "feature-drift-fresh" in drifted
    assert "wmape-all" not in drifted  # the aggregate stayed green: the trap of the story
    fresh = drifted["wmape-fresh"].warnings[0]
    assert fresh.start == D(2025, 7, 7) and not fresh.ongoing
    kpi = cd.metric_series(p, "stock-out-rate")
    assert kpi.status is MetricStatus.BREACHED


def test_progress_from_baseline_to_target():
    metric = Metric(id="so", name="Stock-outs", direction=Direction.LOWER, baseline=5.0, target=4.5)
    assert cd.progress(metric, 4.73) == pytest.approx(0.54)
    assert cd.progress(metric, 4.4) == pytest.approx(1.2)
    assert cd.progress(metric, None) is None
    assert cd.progress(Metric(id="x", name="X", baseline=1, target=1), 1.0) is None
    metric.measurements = weekly(4.73)
    assert cd.metric_series(project_with(metric), "so").progress_text == (
        "54% of the way from baseline to target"
    )
