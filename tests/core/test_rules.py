"""Tests of the RACI lint: each rule triggered and not, messages, ordering, the registry."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from raci_studio.core.findings import RULES
from raci_studio.core.model import (
    Activity,
    Criterion,
    Direction,
    Gate,
    Measurement,
    Metric,
    MetricCategory,
    Phase,
    Project,
    Role,
)
from raci_studio.core.rules import (
    ACCOUNTABLE_OVERLOAD_MIN,
    TOO_MANY_CONSULTED,
    Finding,
    Severity,
    check_project,
    register_rule,
    unregister_rule,
)

START = dt.date(2026, 1, 5)


def measurements(*values: float) -> list[Measurement]:
    """Return weekly measurements of ``values``."""
    return [
        Measurement(date=START + dt.timedelta(days=7 * i), value=v) for i, v in enumerate(values)
    ]


def make_project(scheme: str = "RACI") -> Project:
    """Return a small project that passes every rule."""
    return Project.model_validate(
        {
            "name": "Support ticket deflection",
            "scheme": scheme,
            "roles": [
                Role(id="product-manager", name="Product Manager", short="PM"),
                Role(id="data-scientist", name="Data Scientist", short="DS"),
                Role(id="ml-engineer", name="ML Engineer", short="MLE"),
                Role(id="data-engineer", name="Data Engineer", short="DE"),
            ],
            "phases": [
                Phase(id="data-collection", name="Data collection"),
                Phase(id="training", name="Training"),
            ],
            "activities": [
                Activity(
                    id="audit-sources",
                    name="Audit data sources",
                    phase="data-collection",
                    raci={
                        "data-engineer": "R",
                        "product-manager": "A",
                        "data-scientist": "C",
                        "ml-engineer": "I",
                    },
                ),
                Activity(
                    id="train-model",
                    name="Train model",
                    phase="training",
                    raci={
                        "data-scientist": "R",
                        "ml-engineer": "A",
                        "product-manager": "I",
                        "data-engineer": "C",
                    },
                ),
            ],
            "metrics": [
                Metric(
                    id="tier1-tickets",
                    name="Tier-1 tickets",
                    category=MetricCategory.BUSINESS_KPI,
                    direction=Direction.LOWER,
                    target=10200,
                ),
                Metric(
                    id="intent-accuracy",
                    name="Intent accuracy",
                    proxies="tier1-tickets",
                    target=0.9,
                    threshold=0.8,
                    measurements=measurements(0.84, 0.86),
                ),
                Metric(
                    id="p95-latency",
                    name="P95 latency",
                    category=MetricCategory.OPERATIONAL,
                    unit="ms",
                    direction=Direction.LOWER,
                    target=200,
                    threshold=300,
                    measurements=measurements(260, 240),
                ),
                Metric(
                    id="fairness-gap",
                    name="Fairness gap",
                    category=MetricCategory.RESPONSIBLE,
                    direction=Direction.LOWER,
                    target=0.02,
                    threshold=0.05,
                ),
            ],
            "gates": [
                Gate(
                    id="go-no-go",
                    name="Go / no-go",
                    criteria=[
                        Criterion(
                            id="accuracy", text="Intent accuracy ≥ 0.8", metric="intent-accuracy"
                        ),
                        Criterion(id="legal", text="Legal signed off"),
                    ],
                )
            ],
        }
    )


def activity(project: Project, activity_id: str) -> Activity:
    """Return the activity with ``activity_id``."""
    return next(a for a in project.activities if a.id == activity_id)


def metric(project: Project, metric_id: str) -> Metric:
    """Return the metric with ``metric_id``."""
    return next(m for m in project.metrics if m.id == metric_id)


def codes(project: Project) -> list[str]:
    """Return the codes of the project's findings, in order."""
    return [f.code for f in check_project(project)]


def only(project: Project, code: str) -> Finding:
    """Return the single finding with ``code``."""
    (finding,) = [f for f in check_project(project) if f.code == code]
    return finding


def add_activities(project: Project, count: int, accountable: str) -> None:
    """Add ``count`` activities in Training with ``accountable`` as A, data scientist as R."""
    for i in range(count):
        project.activities.append(
            Activity(
                id=f"extra-{i}",
                name=f"Extra work {i}",
                phase="training",
                raci={"data-scientist": "R", accountable: "A"},
            )
        )


def test_the_base_project_is_clean() -> None:
    assert check_project(make_project()) == []


# -- accountable / responsible --------------------------------------------------------------


def test_missing_accountable() -> None:
    project = make_project()
    activity(project, "train-model").raci["ml-engineer"] = "I"
    finding = only(project, "missing-accountable")
    assert finding.severity is Severity.ERROR
    assert finding.ids == ("train-model",)
    assert finding.subject == "activity"
    assert '"Train model" has no Accountable role' in finding.message


def test_multiple_accountable_names_the_roles() -> None:
    project = make_project()
    activity(project, "train-model").raci["data-scientist"] = "RA"
    finding = only(project, "multiple-accountable")
    assert finding.message == (
        '"Train model" has two Accountable roles (Data Scientist, ML Engineer); '
        "there must be exactly one."
    )
    assert finding.ids == ("train-model", "data-scientist", "ml-engineer")


def test_missing_responsible() -> None:
    project = make_project()
    activity(project, "audit-sources").raci["data-engineer"] = "C"
    finding = only(project, "missing-responsible")
    assert finding.severity is Severity.ERROR
    assert "Audit data sources" in finding.message
    assert codes(make_project()).count("missing-responsible") == 0


def test_an_empty_activity_misses_both() -> None:
    project = make_project()
    activity(project, "train-model").raci.clear()
    assert codes(project)[:2] == ["missing-accountable", "missing-responsible"]


# -- letters and the scheme -----------------------------------------------------------------


def test_support_letter_is_refused_in_raci() -> None:
    project = make_project("RACI")
    activity(project, "train-model").raci["data-engineer"] = "S"
    finding = only(project, "letter-not-in-scheme")
    assert finding.severity is Severity.ERROR
    assert finding.subject == "cell"
    assert finding.ids == ("train-model", "data-engineer")
    assert "Data Engineer" in finding.message and "RACI" in finding.message


def test_support_letter_is_allowed_in_rasci() -> None:
    project = make_project("RASCI")
    activity(project, "train-model").raci["data-engineer"] = "S"
    assert check_project(project) == []


def test_unknown_role_in_a_cell() -> None:
    project = make_project()
    activity(project, "train-model").raci["ghost"] = "I"
    finding = only(project, "unknown-role")
    assert finding.ids == ("train-model", "ghost")
    assert finding.subject == "cell"
    assert "Train model" in finding.message


# -- roles and phases -----------------------------------------------------------------------


def test_idle_role() -> None:
    project = make_project()
    project.roles.append(Role(id="legal-counsel", name="Legal Counsel"))
    finding = only(project, "idle-role")
    assert finding.severity is Severity.WARNING
    assert finding.ids == ("legal-counsel",) and finding.subject == "role"
    assert '"Legal Counsel"' in finding.message


def test_a_cleared_cell_does_not_keep_its_role_busy() -> None:
    project = make_project()
    project.roles.append(Role(id="legal-counsel", name="Legal Counsel"))
    activity(project, "train-model").raci["legal-counsel"] = ""
    assert codes(project) == ["idle-role"]


def test_no_idle_roles_before_any_activity_exists() -> None:
    project = make_project()
    project.activities.clear()
    project.phases.clear()
    assert "idle-role" not in codes(project)


def test_activity_in_a_missing_phase() -> None:
    project = make_project()
    activity(project, "train-model").phase = "modelling"
    findings = check_project(project)
    unknown = next(f for f in findings if f.code == "unknown-phase")
    assert unknown.severity is Severity.WARNING
    assert '"Train model"' in unknown.message and "modelling" in unknown.message
    # …which leaves Training empty.
    empty = next(f for f in findings if f.code == "empty-phase")
    assert empty.ids == ("training",) and '"Training"' in empty.message


def test_empty_phase() -> None:
    project = make_project()
    project.phases.append(Phase(id="deployment", name="Deployment"))
    finding = only(project, "empty-phase")
    assert finding.subject == "phase"
    assert "Deployment" in finding.message


def test_accountable_overload() -> None:
    project = make_project()
    add_activities(project, ACCOUNTABLE_OVERLOAD_MIN, "product-manager")
    # Product Manager is now A on 6 of 7 activities.
    finding = only(project, "accountable-overload")
    assert finding.ids == ("product-manager",)
    assert '"Product Manager" is Accountable for 6 of 7 activities (86%)' in finding.message


def test_no_overload_below_the_minimum_count_or_share() -> None:
    few = make_project()
    add_activities(few, ACCOUNTABLE_OVERLOAD_MIN - 1, "product-manager")
    assert "accountable-overload" not in codes(few)
    spread = make_project()
    add_activities(spread, 6, "product-manager")
    add_activities(spread, 0, "ml-engineer")
    for i in range(12):
        spread.activities.append(
            Activity(
                id=f"shared-{i}",
                name=f"Shared {i}",
                phase="training",
                raci={"data-engineer": "RA"},
            )
        )
    # Product Manager: 7 of 20 activities = 35%; Data Engineer: 12 of 20 = 60%.
    assert [f.ids for f in check_project(spread) if f.code == "accountable-overload"] == [
        ("data-engineer",)
    ]


def test_too_many_consulted() -> None:
    project = make_project()
    for i in range(TOO_MANY_CONSULTED + 1):
        project.roles.append(Role(id=f"expert-{i}", name=f"Expert {i}"))
        activity(project, "train-model").raci[f"expert-{i}"] = "C"
    activity(project, "train-model").raci["data-engineer"] = "I"
    finding = only(project, "too-many-consulted")
    assert finding.message.startswith('"Train model" consults six roles (Expert 0, Expert 1,')
    assert "too many cooks" in finding.message
    assert finding.ids == ("train-model", *(f"expert-{i}" for i in range(6)))


def test_five_consulted_is_fine() -> None:
    project = make_project()
    for i in range(TOO_MANY_CONSULTED - 1):
        project.roles.append(Role(id=f"expert-{i}", name=f"Expert {i}"))
        activity(project, "train-model").raci[f"expert-{i}"] = "C"
    assert "too-many-consulted" not in codes(project)


# -- metrics --------------------------------------------------------------------------------


def test_kpi_without_proxy() -> None:
    project = make_project()
    metric(project, "intent-accuracy").proxies = None
    finding = only(project, "kpi-without-proxy")
    assert finding.ids == ("tier1-tickets",) and finding.subject == "metric"
    assert '"Tier-1 tickets"' in finding.message


def test_accuracy_only() -> None:
    project = make_project()
    project.metrics = [m for m in project.metrics if m.id in ("tier1-tickets", "intent-accuracy")]
    finding = only(project, "accuracy-only")
    assert finding.subject == "project" and finding.ids == ()
    assert "accuracy alone" in finding.message
    assert "Intent accuracy" in finding.message


def test_one_operational_metric_is_enough_and_no_metrics_is_not_accuracy_only() -> None:
    project = make_project()
    project.metrics = [m for m in project.metrics if m.id != "fairness-gap"]
    assert "accuracy-only" not in codes(project)
    project.metrics = []
    project.gates = []
    assert "accuracy-only" not in codes(project)


def test_metric_without_target() -> None:
    project = make_project()
    metric(project, "fairness-gap").target = None
    finding = only(project, "metric-without-target")
    assert finding.ids == ("fairness-gap",)
    assert '"Fairness gap" has no target' in finding.message


def test_criterion_bound_to_a_missing_metric() -> None:
    project = make_project()
    project.gates[0].criteria[0].metric = "recall"
    finding = only(project, "criterion-unknown-metric")
    assert finding.severity is Severity.ERROR
    assert finding.ids == ("go-no-go", "accuracy") and finding.subject == "gate"
    assert '"Go / no-go"' in finding.message and '"recall"' in finding.message


def test_gate_failing() -> None:
    project = make_project()
    project.gates[0].criteria[0].value = 0.9
    finding = only(project, "gate-failing")
    assert finding.ids == ("go-no-go", "accuracy")
    assert finding.message == (
        'Gate "Go / no-go" fails: "Intent accuracy ≥ 0.8" (Intent accuracy is 0.86, needs ≥ 0.9).'
    )


def test_metric_breached() -> None:
    project = make_project()
    metric(project, "p95-latency").measurements.append(
        Measurement(date=dt.date(2026, 3, 2), value=420)
    )
    finding = only(project, "metric-breached")
    assert finding.message == (
        '"P95 latency" is 420 ms on 2026-03-02, worse than its threshold of 300 ms '
        "(lower is better)."
    )


def test_metric_drift_on_a_degrading_series() -> None:
    project = make_project()
    metric(project, "intent-accuracy").measurements = measurements(
        0.88, 0.86, 0.84, 0.79, 0.78, 0.77, 0.81
    )
    findings = check_project(project)
    drift = next(f for f in findings if f.code == "metric-drift")
    assert drift.severity is Severity.INFO
    assert drift.ids == ("intent-accuracy",)
    assert "below the threshold of 0.8 since 2026-02-09" in drift.message
    # The latest value is back above the threshold: drifting, but not breached.
    assert "metric-breached" not in [f.code for f in findings]


def test_drift_amount_is_rounded_for_people() -> None:
    project = make_project()
    metric(project, "intent-accuracy").measurements = measurements(
        0.88, 0.86, 0.84, 0.79, 0.78, 0.77, 0.81
    )
    drift = only(project, "metric-drift")
    amount = drift.message.rsplit("by up to ", 1)[1].rstrip(").")
    assert len(amount.replace("0.", "", 1)) <= 2, drift.message  # "0.023", not "0.0233333"


def test_no_drift_note_for_a_metric_that_was_never_on_the_good_side() -> None:
    project = make_project()
    accuracy = metric(project, "intent-accuracy")
    accuracy.baseline = 0.7  # worse than the threshold of 0.8 from the start
    accuracy.measurements = measurements(0.75, 0.74, 0.76, 0.73, 0.77, 0.78)
    assert "metric-drift" not in codes(project)
    accuracy.baseline = 0.9  # once it was good, the same series has drifted
    accuracy.measurements = measurements(0.88, 0.86, 0.75, 0.74, 0.76, 0.73, 0.77, 0.78)
    assert "metric-drift" in codes(project)


def test_recovered_series_does_not_drift() -> None:
    project = make_project()
    metric(project, "intent-accuracy").measurements = measurements(0.75, 0.74, 0.85, 0.88, 0.9, 0.9)
    assert "metric-drift" not in codes(project)


# -- ordering and registry ------------------------------------------------------------------


def test_errors_first_then_by_position_in_the_project() -> None:
    project = make_project()
    project.roles.append(Role(id="legal-counsel", name="Legal Counsel"))
    metric(project, "fairness-gap").target = None
    activity(project, "train-model").raci["data-scientist"] = "RS"
    activity(project, "audit-sources").raci.clear()
    findings = check_project(project)
    assert [(f.code, f.ids[:1]) for f in findings] == [
        ("missing-accountable", ("audit-sources",)),
        ("missing-responsible", ("audit-sources",)),
        ("letter-not-in-scheme", ("train-model",)),
        ("idle-role", ("legal-counsel",)),
        ("metric-without-target", ("fairness-gap",)),
    ]
    assert check_project(project) == findings


def test_order_follows_the_activities() -> None:
    project = make_project()
    for a in project.activities:
        a.raci = {r: x.replace("A", "I") for r, x in a.raci.items()}
    assert [f.ids[0] for f in check_project(project)] == ["audit-sources", "train-model"]
    project.activities.reverse()
    assert [f.ids[0] for f in check_project(project)] == ["train-model", "audit-sources"]


def test_cell_findings_follow_the_role_order() -> None:
    project = make_project()
    raci = activity(project, "train-model").raci
    raci["data-engineer"] = "CS"
    raci["product-manager"] = "IS"
    findings = check_project(project)
    assert [f.ids for f in findings] == [
        ("train-model", "product-manager"),
        ("train-model", "data-engineer"),
    ]


def test_registered_rules_run_and_can_be_removed() -> None:
    def no_description(project: Project) -> list[Finding]:
        if project.description:
            return []
        return [Finding("no-description", Severity.INFO, "The project has no description.")]

    register_rule(no_description)
    try:
        assert codes(make_project()) == ["no-description"]
        register_rule(no_description)
        assert RULES.count(no_description) == 1
    finally:
        unregister_rule(no_description)
    assert codes(make_project()) == []
    assert [f.code for f in check_project(make_project(), rules=[no_description])] == [
        "no-description"
    ]


def test_findings_are_frozen() -> None:
    finding = Finding("x", Severity.INFO, "A message.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.code = "y"  # type: ignore[misc]


def test_every_rule_module_is_listed_and_every_rule_registered():
    """A rule module nobody lists would silently do nothing: the list names them all."""
    import inspect
    import pkgutil

    import raci_studio.core.rules as rules_package

    names = {m.name for m in pkgutil.iter_modules(rules_package.__path__)}
    listed = {m.__name__.rsplit(".", 1)[1] for m in rules_package.RULE_MODULES}
    assert names == listed
    for module in rules_package.RULE_MODULES:
        checks = {
            f
            for name, f in inspect.getmembers(module, inspect.isfunction)
            if name.startswith("check_") and f.__module__ == module.__name__
        }
        assert checks == set(module.RULES), module.__name__
        assert all(rule in RULES for rule in module.RULES)
