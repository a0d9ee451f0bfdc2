"""The sample projects open, pass the RACI rules and tell the story they are meant to tell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from raci_studio.core.evidence import CARD_SECTIONS
from raci_studio.core.metrics import degradation
from raci_studio.core.model import Metric, MetricCategory, Project
from raci_studio.core.rules import Severity, check_project
from raci_studio.io.project.file import is_canonical, load_project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NAMES = [
    "support-ticket-deflection",
    "churn-prediction",
    "demand-forecast-retrospective",
    "invoice-fraud-screening",
    "dynamic-pricing-pilot",
]
#: The warnings each sample is written to show (it may show more).
EXPECTED_WARNINGS = {
    "support-ticket-deflection": {
        "accountable-overload",
        "too-many-consulted",
        "metric-without-target",
    },
    "churn-prediction": {"idle-role", "metric-without-target"},
    "demand-forecast-retrospective": {"gate-failing", "metric-breached", "kpi-without-proxy"},
    "invoice-fraud-screening": set(),
    "dynamic-pricing-pilot": {"accountable-overload", "accuracy-only", "gate-failing"},
}


def _load(name: str) -> Project:
    return load_project(SAMPLES / f"{name}.raci.json")


def _metric(project: Project, metric_id: str) -> Metric:
    return next(m for m in project.metrics if m.id == metric_id)


def test_the_samples_folder_holds_exactly_the_known_samples() -> None:
    found = sorted(p.name.removesuffix(".raci.json") for p in SAMPLES.glob("*.raci.json"))
    assert found == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_sample_loads_in_canonical_form(name: str) -> None:
    data = (SAMPLES / f"{name}.raci.json").read_bytes()
    assert data.startswith(b'{\n  "format": "raci-studio",\n  "schema_version": 2,\n')
    assert is_canonical(data)
    project = _load(name)
    assert project.name and project.description


@pytest.mark.parametrize("name", NAMES)
def test_sample_has_no_errors_and_shows_its_warnings(name: str) -> None:
    findings = check_project(_load(name))
    assert [f.message for f in findings if f.severity == Severity.ERROR] == []
    warnings = {f.code for f in findings if f.severity == Severity.WARNING}
    assert EXPECTED_WARNINGS[name] <= warnings


@pytest.mark.parametrize("name", NAMES)
def test_sample_has_months_of_measurements(name: str) -> None:
    project = _load(name)
    dates = [m.date for metric in project.metrics for m in metric.measurements]
    assert max(dates) - min(dates) >= dt.timedelta(days=90)
    assert any(m.note for metric in project.metrics for m in metric.measurements)
    for metric in project.metrics:
        assert len(metric.measurements) >= 2, metric.name


@pytest.mark.parametrize("name", NAMES)
def test_sample_is_written_for_people(name: str) -> None:
    project = _load(name)
    assert all(role.people for role in project.roles)
    scoping = project.scoping
    assert scoping.problem_statement and scoping.business_objective
    assert scoping.data_requirements and scoping.risks and scoping.decision_log
    kpis = {m.id for m in project.metrics if m.category == MetricCategory.BUSINESS_KPI}
    assert any(m.proxies in kpis for m in project.metrics if m.category == MetricCategory.MODEL)
    assert any(c.metric for gate in project.gates for c in gate.criteria)


def test_support_sample_proxies_ticket_volume_with_two_model_metrics() -> None:
    project = _load("support-ticket-deflection")
    proxies = {m.id for m in project.metrics if m.proxies == "tier1-tickets"}
    assert proxies == {"intent-accuracy", "auto-response-fpr"}
    kpi = _metric(project, "tier1-tickets")
    assert kpi.target == pytest.approx(kpi.baseline * 0.85)
    assert project.scoping.model_card.intended_use
    assert any(c.metric for c in project.scoping.go_no_go)
    assert any(not c.metric for c in project.scoping.go_no_go)


def test_churn_sample_tracks_imbalance_aware_metrics_and_pii() -> None:
    project = _load("churn-prediction")
    model_metrics = {m.id for m in project.metrics if m.proxies == "monthly-churn-rate"}
    assert model_metrics == {"pr-auc", "recall-top-decile"}
    assert _metric(project, "monthly-churn-rate").direction == "lower"
    assert any("PII" in d.sensitivity for d in project.scoping.data_requirements)
    risk_ids = {r.id for r in project.scoping.risks}
    assert {"label-leakage", "class-imbalance"} <= risk_ids


def test_retrospective_sample_shows_the_drift_and_the_missed_kpi() -> None:
    project = _load("demand-forecast-retrospective")
    assert all(phase.status == "done" for phase in project.phases)
    kpi = _metric(project, "stock-out-rate")
    assert kpi.baseline is not None and kpi.target is not None
    achieved = kpi.baseline - sum(m.value for m in kpi.measurements[-3:]) / 3
    promised = kpi.baseline - kpi.target
    assert achieved / promised == pytest.approx(0.6, abs=0.01)
    # The aggregate metric never crossed its threshold while the fresh-produce one did.
    assert degradation(_metric(project, "wmape-all")).warnings == []
    (drift,) = degradation(_metric(project, "wmape-fresh")).warnings
    assert drift.end - drift.start >= dt.timedelta(weeks=8)
    assert 10 <= len(project.scoping.decision_log) <= 20
    card = project.scoping.model_card
    assert all(getattr(card, field) for field in CARD_SECTIONS)
