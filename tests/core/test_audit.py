"""The portfolio audit's numbers on the five samples, and its rules on built projects."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci_studio.core.audit import (
    FAILED,
    IN_PROGRESS,
    SUCCEEDED,
    PortfolioAudit,
    audit_portfolio,
    audit_project,
    people_load,
    signal_words,
)
from raci_studio.core.model import GateOutcome, PhaseStatus, Project, Role
from raci_studio.io.project.portfolio import load_portfolio

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def audit() -> PortfolioAudit:
    portfolio = load_portfolio([SAMPLES])
    assert portfolio.problems == []
    return audit_portfolio(portfolio.projects)


def test_five_samples_with_successes_and_failures(audit: PortfolioAudit) -> None:
    outcomes = {row.label: row.outcome for row in audit.projects}
    assert outcomes == {
        "churn-prediction": IN_PROGRESS,
        "demand-forecast-retrospective": FAILED,
        "dynamic-pricing-pilot": FAILED,
        "invoice-fraud-screening": SUCCEEDED,
        "support-ticket-deflection": IN_PROGRESS,
    }
    assert (audit.count(SUCCEEDED), audit.count(FAILED), audit.count(IN_PROGRESS)) == (1, 2, 2)


def test_project_rows_on_the_samples(audit: PortfolioAudit) -> None:
    rows = {row.label: row for row in audit.projects}
    demand = rows["demand-forecast-retrospective"]
    assert demand.kpis[0].shortfall == pytest.approx(0.4)
    assert (demand.gates_passed, demand.gates_failed, demand.gates_undecided) == (2, 1, 0)
    assert (demand.planned_days, demand.actual_days) == (422, 445)
    assert demand.decisions == 16 and demand.drift_incidents == 3
    assert demand.raci_hygiene == 1.0 and demand.mrd_percent == 100
    pricing = rows["dynamic-pricing-pilot"]
    assert pricing.overloaded_roles == ("Product Manager",)
    assert {"gate-skipped", "proxy-misaligned"} <= pricing.signals
    fraud = rows["invoice-fraud-screening"]
    assert fraud.kpis[0].met and (fraud.gates_passed, fraud.gates_failed) == (4, 0)
    assert "proxy-misaligned" not in fraud.signals


def test_what_separates_failed_from_successful(audit: PortfolioAudit) -> None:
    only_failed = {s.code: s for s in audit.only_in_failed}
    assert only_failed["kpi-missed"].failed == 2
    assert only_failed["proxy-misaligned"].failed == 2
    assert "gate-passed-unmet" in only_failed and "gate-skipped" in only_failed
    # The success overran one phase too, so an overrun does not separate them.
    assert "phase-overrun" not in only_failed
    assert all(s.succeeded == 0 for s in audit.only_in_failed)


def test_people_across_projects(audit: PortfolioAudit) -> None:
    people = {p.name: p for p in audit.people}
    priya = people["Priya Natarajan"]
    assert set(priya.by_project) == {
        "dynamic-pricing-pilot",
        "invoice-fraud-screening",
        "support-ticket-deflection",
    }
    assert priya.accountable == 35 and priya.overloaded
    assert not people["Marcus Feld"].overloaded
    assert audit.people[0].load >= audit.people[-1].load


def test_people_are_matched_by_name_across_spacing_and_case() -> None:
    a = Project(name="A", roles=[Role(id="pm", name="PM", people=["Ana  Núñez"])])
    b = Project(name="B", roles=[Role(id="lead", name="Lead", people=["ana núñez"])])
    (person,) = people_load([("a", a), ("b", b)])
    assert person.name == "Ana Núñez" and set(person.by_project) == {"a", "b"}


def test_outcome_rules(audit: PortfolioAudit) -> None:
    project = load_portfolio([SAMPLES / "invoice-fraud-screening.raci.json"]).projects[0][1]
    assert audit_project(project, "x").outcome == SUCCEEDED
    project.phases[-1].status = PhaseStatus.IN_PROGRESS
    assert audit_project(project, "x").outcome == IN_PROGRESS
    project.phases[-1].status = PhaseStatus.NOT_STARTED
    project.gates[-1].outcome = GateOutcome.FAILED  # stopped at a failed gate
    assert audit_project(project, "x").outcome == SUCCEEDED  # the KPI still met its target
    empty = audit_project(Project(name="Empty"), "e")
    assert empty.outcome == IN_PROGRESS and "no-dates" in empty.signals


def test_signal_words() -> None:
    assert signal_words("kpi-missed") == "a business KPI missed its target"
    assert signal_words("mrd:go-no-go") == "MRD section not filled: Go/no-go criteria"
    assert signal_words("something-new") == "finding: something-new"
