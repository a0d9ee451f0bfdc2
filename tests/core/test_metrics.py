"""Tests of metric evaluation: latest, status, trend, degradation and gate criteria."""

from __future__ import annotations

import datetime as dt

import pytest

from raci_studio.core.metrics import (
    CriterionState,
    GateState,
    MetricStatus,
    TrendDirection,
    current_value,
    degradation,
    evaluate_criterion,
    explain_criterion,
    gate_state,
    latest,
    sorted_measurements,
    status,
    summarise,
    trend,
)
from raci_studio.core.model import (
    Criterion,
    Direction,
    Gate,
    Measurement,
    Metric,
    MetricCategory,
    Project,
)

START = dt.date(2026, 1, 1)


def series(*values: float, step: int = 7, start: dt.date = START) -> list[Measurement]:
    """Return measurements of ``values`` one ``step`` days apart."""
    return [
        Measurement(date=start + dt.timedelta(days=i * step), value=v) for i, v in enumerate(values)
    ]


def accuracy(*values: float, **fields: object) -> Metric:
    """Return a higher-is-better metric (target 0.9, threshold 0.8) with ``values``."""
    base: dict[str, object] = {
        "id": "accuracy",
        "name": "Accuracy",
        "direction": Direction.HIGHER,
        "baseline": 0.75,
        "target": 0.9,
        "threshold": 0.8,
        "measurements": series(*values),
    }
    base.update(fields)
    return Metric.model_validate(base)


def latency(*values: float, **fields: object) -> Metric:
    """Return a lower-is-better metric in ms (target 200, threshold 300) with ``values``."""
    base: dict[str, object] = {
        "id": "p95-latency",
        "name": "P95 latency",
        "category": MetricCategory.OPERATIONAL,
        "unit": "ms",
        "direction": Direction.LOWER,
        "baseline": 400.0,
        "target": 200.0,
        "threshold": 300.0,
        "measurements": series(*values),
    }
    base.update(fields)
    return Metric.model_validate(base)


# -- latest ---------------------------------------------------------------------------------


def test_latest_picks_the_most_recent_date_not_the_last_listed() -> None:
    metric = accuracy()
    metric.measurements = [
        Measurement(date=dt.date(2026, 3, 1), value=0.9),
        Measurement(date=dt.date(2026, 1, 1), value=0.7),
    ]
    assert current_value(metric) == 0.9


def test_latest_on_a_tie_takes_the_last_listed() -> None:
    metric = accuracy()
    day = dt.date(2026, 2, 1)
    metric.measurements = [Measurement(date=day, value=0.7), Measurement(date=day, value=0.85)]
    assert current_value(metric) == 0.85
    assert sorted_measurements(metric)[-1].value == 0.85


def test_latest_without_measurements_is_none() -> None:
    assert latest(accuracy()) is None
    assert current_value(accuracy()) is None


def test_sorted_measurements_sorts_only_when_needed() -> None:
    metric = accuracy(0.8, 0.85)
    assert sorted_measurements(metric) is metric.measurements
    metric.measurements.reverse()
    assert [m.value for m in sorted_measurements(metric)] == [0.8, 0.85]


# -- status ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.95, MetricStatus.MET),
        (0.9, MetricStatus.MET),
        (0.85, MetricStatus.AT_RISK),
        (0.8, MetricStatus.AT_RISK),
        (0.79, MetricStatus.BREACHED),
    ],
)
def test_status_when_higher_is_better(value: float, expected: MetricStatus) -> None:
    assert status(accuracy(0.5, value)) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (150.0, MetricStatus.MET),
        (200.0, MetricStatus.MET),
        (250.0, MetricStatus.AT_RISK),
        (300.0, MetricStatus.AT_RISK),
        (301.0, MetricStatus.BREACHED),
    ],
)
def test_status_when_lower_is_better(value: float, expected: MetricStatus) -> None:
    assert status(latency(100.0, value)) is expected


def test_status_without_measurements_is_no_data() -> None:
    assert status(accuracy()) is MetricStatus.NO_DATA


def test_status_without_threshold_is_never_breached() -> None:
    assert status(accuracy(0.1, threshold=None)) is MetricStatus.AT_RISK
    assert status(accuracy(0.95, threshold=None)) is MetricStatus.MET


def test_status_without_target_is_no_target_set_unless_breached() -> None:
    assert status(accuracy(0.99, target=None)) is MetricStatus.NO_TARGET
    assert status(accuracy(0.7, target=None)) is MetricStatus.BREACHED
    assert status(accuracy(0.99, target=None, threshold=None)) is MetricStatus.NO_TARGET


def test_one_status_word_for_a_metric_without_target_everywhere() -> None:
    from raci_studio.core.chart_data import STATUS_WORDS
    from raci_studio.core.scoping import metric_status_words

    metric = accuracy(0.99, target=None)
    assert STATUS_WORDS[status(metric)] == metric_status_words(metric) == "No target set"


def test_status_breach_wins_over_a_target_set_below_the_threshold() -> None:
    assert status(accuracy(0.7, target=0.6, threshold=0.75)) is MetricStatus.BREACHED


# -- trend ----------------------------------------------------------------------------------


def test_trend_improving_when_higher_is_better_and_rising() -> None:
    result = trend(accuracy(0.80, 0.82, 0.84, 0.86))
    assert result is not None
    assert result.direction is TrendDirection.IMPROVING
    # +0.02 every 7 days is 0.02 * 30 / 7 per 30 days.
    assert result.slope_per_30_days == pytest.approx(0.02 * 30 / 7)
    assert result.points == 4


def test_trend_respects_lower_is_better() -> None:
    falling = trend(latency(320.0, 300.0, 280.0, 260.0))
    rising = trend(latency(200.0, 220.0, 240.0))
    assert falling is not None and falling.direction is TrendDirection.IMPROVING
    assert falling.slope_per_30_days < 0
    assert rising is not None and rising.direction is TrendDirection.WORSENING


def test_trend_flat_when_change_is_negligible() -> None:
    result = trend(accuracy(0.85, 0.8501, 0.85, 0.8502))
    assert result is not None
    assert result.direction is TrendDirection.FLAT


def test_trend_uses_only_the_window() -> None:
    metric = accuracy(0.5, 0.6, 0.7, 0.9, 0.88, 0.86)
    result = trend(metric, window=3)
    assert result is not None
    assert result.direction is TrendDirection.WORSENING
    assert result.start == START + dt.timedelta(days=21)


def test_trend_uses_dates_not_positions() -> None:
    metric = accuracy()
    metric.measurements = [
        Measurement(date=START, value=0.8),
        Measurement(date=START + dt.timedelta(days=60), value=0.9),
    ]
    result = trend(metric)
    assert result is not None
    assert result.slope_per_30_days == pytest.approx(0.05)


def test_trend_needs_two_dates() -> None:
    assert trend(accuracy(0.8)) is None
    same_day = accuracy()
    same_day.measurements = [Measurement(date=START, value=v) for v in (0.8, 0.9)]
    assert trend(same_day) is None


# -- degradation ----------------------------------------------------------------------------


def test_degradation_flags_a_series_that_drifts_below_threshold() -> None:
    metric = accuracy(0.88, 0.87, 0.86, 0.80, 0.76, 0.74, 0.72)
    result = degradation(metric, window=3)
    assert result.rolling[:3] == pytest.approx([0.88, 0.875, 0.87])
    assert result.rolling[-1] == pytest.approx((0.76 + 0.74 + 0.72) / 3)
    assert result.change[0] == pytest.approx(0.88 - 0.75)
    assert result.degraded == [False, False, False, False, False, True, True]
    assert result.drifting
    (warning,) = result.warnings
    assert warning.start == START + dt.timedelta(days=35)
    assert warning.ongoing
    assert warning.worst == pytest.approx(0.74)
    assert warning.beyond == pytest.approx(0.06)


def test_degradation_for_lower_is_better_and_recovery() -> None:
    metric = latency(250.0, 350.0, 360.0, 200.0, 180.0, 190.0)
    result = degradation(metric, window=2)
    # Rolling means: 250, 300 (at the threshold, acceptable), 355, 280, 190, 185.
    assert result.degraded == [False, False, True, False, False, False]
    (warning,) = result.warnings
    assert not warning.ongoing
    assert warning.start == warning.end == START + dt.timedelta(days=14)
    assert warning.beyond == pytest.approx(55.0)
    assert not result.drifting


def test_degradation_is_sorted_by_date() -> None:
    metric = accuracy(0.9, 0.85)
    metric.measurements.reverse()
    result = degradation(metric)
    assert result.dates == [START, START + dt.timedelta(days=7)]
    assert result.values == [0.9, 0.85]


def test_degradation_without_threshold_or_baseline() -> None:
    result = degradation(accuracy(0.9, 0.5, 0.4, threshold=None, baseline=None))
    assert result.degraded == [False, False, False]
    assert result.warnings == []
    assert result.baseline == 0.9
    assert result.change[0] == 0.0


def test_degradation_without_data() -> None:
    result = degradation(accuracy())
    assert result.dates == [] and result.warnings == [] and not result.drifting


def test_summarise_agrees_with_the_single_functions() -> None:
    metric = latency(320.0, 290.0, 250.0, 180.0)
    summary = summarise(metric)
    assert summary.latest == latest(metric)
    assert summary.status is status(metric) is MetricStatus.MET
    assert summary.trend == trend(metric)
    assert summary.degradation == degradation(metric)


# -- gate criteria --------------------------------------------------------------------------


def gate_project(*criteria: Criterion, metrics: list[Metric] | None = None) -> Project:
    """Return a project with one gate holding ``criteria`` and the accuracy/latency metrics."""
    if metrics is None:
        metrics = [accuracy(0.85), latency(250.0)]
    gate = Gate(id="go-no-go", name="Go / no-go", criteria=list(criteria))
    return Project(name="Gates", gates=[gate], metrics=metrics)


def test_criterion_defaults_to_threshold_and_direction() -> None:
    project = gate_project()
    on_accuracy = Criterion(id="acc", text="Accuracy acceptable", metric="accuracy")
    on_latency = Criterion(id="lat", text="Latency acceptable", metric="p95-latency")
    result = explain_criterion(project, on_accuracy)
    assert result.state is CriterionState.PASSED
    assert (result.actual, result.op, result.expected) == (0.85, ">=", 0.8)
    result = explain_criterion(project, on_latency)
    assert result.state is CriterionState.PASSED
    assert (result.op, result.expected) == ("<=", 300.0)


def test_criterion_with_explicit_op_and_value() -> None:
    project = gate_project()
    strict = Criterion(id="acc", text="Accuracy ≥ 0.9", metric="accuracy", value=0.9)
    below = Criterion(id="lat", text="Latency < 250", metric="p95-latency", op="<", value=250)
    assert evaluate_criterion(project, strict) is CriterionState.FAILED
    assert evaluate_criterion(project, below) is CriterionState.FAILED


def test_criterion_falls_back_to_target_then_reports_no_threshold() -> None:
    project = gate_project(metrics=[accuracy(0.85, threshold=None)])
    criterion = Criterion(id="acc", text="Accuracy", metric="accuracy")
    assert explain_criterion(project, criterion).expected == 0.9
    project = gate_project(metrics=[accuracy(0.85, threshold=None, target=None)])
    assert evaluate_criterion(project, criterion) is CriterionState.NO_THRESHOLD


def test_criterion_not_measured_unknown_and_manual() -> None:
    project = gate_project(metrics=[accuracy()])
    bound = Criterion(id="acc", text="Accuracy", metric="accuracy")
    missing = Criterion(id="x", text="Recall", metric="recall")
    manual = Criterion(id="sign", text="Legal signed off")
    assert evaluate_criterion(project, bound) is CriterionState.NOT_MEASURED
    assert evaluate_criterion(project, missing) is CriterionState.UNKNOWN_METRIC
    assert evaluate_criterion(project, manual) is CriterionState.UNCHECKED
    manual.checked = True
    assert evaluate_criterion(project, manual) is CriterionState.CHECKED


def test_gate_passes_when_every_criterion_passed_or_checked() -> None:
    project = gate_project(
        Criterion(id="acc", text="Accuracy", metric="accuracy"),
        Criterion(id="sign", text="Legal signed off", checked=True),
    )
    assert gate_state(project, project.gates[0]) is GateState.PASS


def test_gate_fails_when_any_criterion_fails() -> None:
    project = gate_project(
        Criterion(id="acc", text="Accuracy ≥ 0.9", metric="accuracy", value=0.9),
        Criterion(id="sign", text="Legal signed off"),
    )
    assert gate_state(project, project.gates[0]) is GateState.FAIL


def test_gate_not_yet_with_unchecked_or_unmeasured_or_no_criteria() -> None:
    unchecked = gate_project(
        Criterion(id="acc", text="Accuracy", metric="accuracy"),
        Criterion(id="sign", text="Legal signed off"),
    )
    assert gate_state(unchecked, unchecked.gates[0]) is GateState.NOT_YET
    unmeasured = gate_project(
        Criterion(id="acc", text="Accuracy", metric="accuracy"), metrics=[accuracy()]
    )
    assert gate_state(unmeasured, unmeasured.gates[0]) is GateState.NOT_YET
    empty = gate_project()
    assert gate_state(empty, empty.gates[0]) is GateState.NOT_YET


def test_functions_do_not_change_the_metric() -> None:
    metric = accuracy(0.9, 0.8, 0.85)
    metric.measurements.reverse()
    before = metric.model_dump()
    summarise(metric)
    degradation(metric)
    trend(metric)
    assert metric.model_dump() == before


def test_rolling_mean_with_a_window_longer_than_the_series() -> None:
    result = degradation(accuracy(0.9, 0.8, 0.7), window=10)
    assert result.rolling == pytest.approx([0.9, 0.85, 0.8])
    assert degradation(accuracy(0.9, 0.8, 0.7), window=1).rolling == pytest.approx([0.9, 0.8, 0.7])
