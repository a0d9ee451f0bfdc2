"""Shared fixtures for core tests: a small, valid project built in code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from raci_studio.core.model import (
    Activity,
    Constraint,
    ConstraintKind,
    Criterion,
    DataRequirement,
    Decision,
    Direction,
    Flow,
    FlowKind,
    Gate,
    GateKind,
    Measurement,
    Metric,
    MetricCategory,
    Note,
    Phase,
    PhaseStatus,
    Project,
    Risk,
    Role,
    Scoping,
)


def build_small_project() -> Project:
    """Return a fresh small project that passes every reference check and RACI error rule.

    Three roles, three phases, a go/no-go gate whose criterion is bound to a metric, forward
    and feedback flows, four activities (each with exactly one A and at least one R), a
    business KPI with the model metric that proxies it plus operational and responsible
    metrics, a filled-in MRD and a diagram layout.
    """
    roles = [
        Role(id="product-manager", name="Product Manager", short="PM"),
        Role(id="data-scientist", name="Data Scientist", short="DS", colour="#1f77b4"),
        Role(id="ml-engineer", name="ML Engineer", short="MLE", people=["Ana Núñez"]),
    ]
    phases = [
        Phase(id="business-understanding", name="Business understanding", status="done"),
        Phase(id="data-collection", name="Data collection", status=PhaseStatus.IN_PROGRESS),
        Phase(id="monitoring", name="Monitoring"),
    ]
    gates = [
        Gate(
            id="go-no-go",
            name="Go / no-go",
            kind=GateKind.GO_NO_GO,
            after="business-understanding",
            criteria=[
                Criterion(
                    id="accuracy-ok",
                    text="Intent accuracy ≥ 0.85",
                    metric="intent-accuracy",
                    op=">=",
                    value=0.85,
                ),
                Criterion(
                    id="budget-signed",
                    text="Budget signed off",
                    checked=True,
                    checked_on=dt.date(2026, 2, 1),
                    checked_by="product-manager",
                ),
            ],
        )
    ]
    flows = [
        Flow(id="understanding-to-gate", source="business-understanding", target="go-no-go"),
        Flow(id="gate-to-collection", source="go-no-go", target="data-collection"),
        Flow(id="collection-to-monitoring", source="data-collection", target="monitoring"),
        Flow(
            id="retrain",
            source="monitoring",
            target="data-collection",
            kind=FlowKind.FEEDBACK,
            label="drift detected",
        ),
    ]
    activities = [
        Activity(
            id="define-kpis",
            name="Define success KPIs",
            phase="business-understanding",
            raci={"data-scientist": "C", "product-manager": "RA"},
        ),
        Activity(
            id="audit-sources",
            name="Audit data sources",
            phase="data-collection",
            description="Check licences and retention.",
            raci={"data-scientist": "R", "ml-engineer": "I", "product-manager": "A"},
        ),
        Activity(
            id="label-tickets",
            name="Label 5,000 tickets",
            phase="data-collection",
            raci={"data-scientist": "A", "ml-engineer": "R"},
        ),
        Activity(
            id="watch-drift",
            name="Watch for drift",
            phase="monitoring",
            raci={"ml-engineer": "RA", "product-manager": "I"},
        ),
    ]
    metrics = [
        Metric(
            id="tier1-tickets",
            name="Tier-1 tickets per month",
            category=MetricCategory.BUSINESS_KPI,
            unit="tickets",
            direction=Direction.LOWER,
            baseline=12000,
            target=10200,
            threshold=11500,
            measurements=[
                Measurement(date=dt.date(2026, 3, 1), value=11800, source="helpdesk"),
                Measurement(date=dt.date(2026, 4, 1), value=11100, note="after pilot"),
            ],
        ),
        Metric(
            id="intent-accuracy",
            name="Intent accuracy",
            category=MetricCategory.MODEL,
            baseline=0.71,
            target=0.9,
            threshold=0.85,
            proxies="tier1-tickets",
            measurements=[Measurement(date=dt.date(2026, 3, 15), value=0.87)],
        ),
        Metric(
            id="p95-latency",
            name="p95 latency",
            category=MetricCategory.OPERATIONAL,
            unit="ms",
            direction=Direction.LOWER,
            target=300,
        ),
        Metric(
            id="gender-gap",
            name="Accuracy gap between groups",
            category=MetricCategory.RESPONSIBLE,
            direction=Direction.LOWER,
            target=0.02,
        ),
    ]
    scoping = Scoping(
        problem_statement="Too many simple tickets reach human agents.",
        business_objective="Deflect 15% of tier-1 tickets.",
        data_requirements=[
            DataRequirement(id="ticket-export", dataset="Ticket export", owner="data-scientist")
        ],
        risks=[Risk(id="label-noise", description="Noisy labels", owner="data-scientist")],
        assumptions=[Note(id="stable-taxonomy", text="The taxonomy stays stable.")],
        constraints=[Constraint(id="p95", kind=ConstraintKind.LATENCY, text="p95 < 300 ms")],
        go_no_go=[
            Criterion(id="kpi-on-track", text="Tier-1 tickets falling", metric="tier1-tickets")
        ],
        decision_log=[
            Decision(
                id="start-english",
                date=dt.date(2026, 1, 12),
                decision="Start with the English queue.",
                by="product-manager",
            )
        ],
    )
    return Project(
        name="Support ticket deflection",
        description="Route simple tickets to an answer bot.",
        roles=roles,
        phases=phases,
        gates=gates,
        flows=flows,
        activities=activities,
        metrics=metrics,
        scoping=scoping,
        layout={
            "business-understanding": (0.0, 80.0),
            "go-no-go": (160.0, 80.0),
            "data-collection": (320.0, 80.0),
            "monitoring": (480.5, 80.0),
        },
    )


@pytest.fixture
def small_project() -> Callable[[], Project]:
    """Return a factory: each call builds a fresh small valid project."""
    return build_small_project
