"""The MRD reading: completeness, risk scores, success metrics, team, go/no-go and its lint."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from raci_studio.core import go_no_go, palette, scoping
from raci_studio.core.findings import RULES, Severity
from raci_studio.core.metrics import CriterionState, GateState
from raci_studio.core.model import (
    Activity,
    Criterion,
    Level,
    Measurement,
    MetricCategory,
    ModelCard,
    Note,
    Project,
    Risk,
    Scoping,
)
from raci_studio.core.rules import check_project
from raci_studio.core.rules import scoping as scoping_rules

Factory = Callable[[], Project]


def keys_missing(project: Project) -> list[str]:
    return [s.key for s in scoping.completeness(project).missing]


def scoping_findings(project: Project) -> list[tuple[str, Severity]]:
    return [(f.code, f.severity) for f in check_project(project) if f.subject == "scoping"]


# -- completeness ---------------------------------------------------------------------------


def test_a_filled_mrd_is_complete(small_project: Factory) -> None:
    result = scoping.completeness(small_project())
    assert [s.key for s in result.sections] == list(scoping.SECTION_TITLES)
    assert result.filled == 5
    assert result.percent == 100
    assert all(s.missing == "" for s in result.sections)


def test_a_blank_mrd_misses_what_the_project_lacks(small_project: Factory) -> None:
    project = small_project()
    project.scoping = Scoping()
    result = scoping.completeness(project)
    # The metrics and the RACI grid live outside the MRD and are still there.
    assert keys_missing(project) == ["problem-statement", "data-and-risks", "go-no-go"]
    assert result.percent == 40
    data = next(s for s in result.sections if s.key == "data-and-risks")
    assert data.missing == "no data requirements and no risks yet"


def test_whitespace_is_not_a_problem_statement(small_project: Factory) -> None:
    project = small_project()
    project.scoping.problem_statement = "  \n\t"
    assert keys_missing(project) == ["problem-statement"]


def test_risks_without_data_requirements_are_half_a_section(small_project: Factory) -> None:
    project = small_project()
    project.scoping.data_requirements = []
    (check,) = scoping.completeness(project).missing
    assert check.missing == "no data requirements yet"


def test_success_metrics_need_a_kpi_and_a_linked_model_metric(small_project: Factory) -> None:
    project = small_project()
    next(m for m in project.metrics if m.id == "intent-accuracy").proxies = None
    (check,) = scoping.completeness(project).missing
    assert check.key == "success-metrics"
    assert "linked" in check.missing
    project.metrics = [m for m in project.metrics if m.category != MetricCategory.BUSINESS_KPI]
    assert scoping.completeness(project).missing[0].missing == "no business KPI yet"


def test_team_needs_an_a_and_an_r_on_every_activity(small_project: Factory) -> None:
    project = small_project()
    project.activities[0].raci = {"product-manager": "R"}
    (check,) = scoping.completeness(project).missing
    assert check.key == "team"
    assert check.missing == '"Define success KPIs" has no Accountable or no Responsible role'
    project.activities[1].raci = {}
    assert "2 activities" in scoping.completeness(project).missing[0].missing
    project.activities = []
    assert scoping.completeness(project).missing[0].missing == (
        "no activities in the RACI grid yet"
    )


def test_mrd_started_by_any_text_or_row() -> None:
    assert not scoping.mrd_started(Scoping())
    assert not scoping.mrd_started(Scoping(problem_statement="   "))
    assert scoping.mrd_started(Scoping(assumptions=[Note(id="a", text="x")]))
    assert scoping.mrd_started(Scoping(model_card=ModelCard(intended_use="Routing")))


# -- risks ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("likelihood", "impact", "score", "heat"),
    [
        (Level.LOW, Level.LOW, 1, Level.LOW),
        (Level.LOW, Level.MEDIUM, 2, Level.LOW),
        (Level.HIGH, Level.LOW, 3, Level.MEDIUM),
        (Level.MEDIUM, Level.MEDIUM, 4, Level.MEDIUM),
        (Level.MEDIUM, Level.HIGH, 6, Level.HIGH),
        (Level.HIGH, Level.HIGH, 9, Level.HIGH),
    ],
)
def test_risk_score_is_likelihood_times_impact(
    likelihood: Level, impact: Level, score: int, heat: Level
) -> None:
    risk = Risk(id="r", description="x", likelihood=likelihood, impact=impact)
    assert scoping.risk_score(risk) == score
    assert scoping.risk_heat(risk) is heat
    assert set(palette.HEAT_COLOURS) == set(Level)


def test_risk_levels_read_from_a_file_score_the_same() -> None:
    risk = Risk.model_validate({"id": "r", "description": "x", "likelihood": "high"})
    assert scoping.risk_score(risk) == 6  # impact defaults to medium


# -- success metrics and team ---------------------------------------------------------------


def test_success_pairs_put_proxies_under_their_kpi(small_project: Factory) -> None:
    project = small_project()
    pairs = scoping.success_pairs(project)
    assert [(p.kpi.id if p.kpi else None, [m.id for m in p.proxies]) for p in pairs] == [
        ("tier1-tickets", ["intent-accuracy"])
    ]
    next(m for m in project.metrics if m.id == "intent-accuracy").proxies = None
    pairs = scoping.success_pairs(project)
    assert [(p.kpi.id if p.kpi else None, [m.id for m in p.proxies]) for p in pairs] == [
        ("tier1-tickets", []),
        (None, ["intent-accuracy"]),
    ]
    assert [m.id for m in scoping.other_metrics(project)] == ["p95-latency", "gender-gap"]


def test_metric_status_in_words(small_project: Factory) -> None:
    project = small_project()
    words = {m.id: scoping.metric_status_words(m) for m in project.metrics}
    assert words["tier1-tickets"] == "At risk"
    assert words["p95-latency"] == "Not measured yet"


def test_team_summary_lists_a_and_r_per_phase_in_role_order(small_project: Factory) -> None:
    project = small_project()
    project.activities.append(
        Activity(id="orphan", name="Orphan", phase="nowhere", raci={"ml-engineer": "RA"})
    )
    summary = scoping.team_summary(project)
    assert [(t.phase_id, t.accountable, t.responsible, t.activities) for t in summary] == [
        ("business-understanding", ("product-manager",), ("product-manager",), 1),
        (
            "data-collection",
            ("product-manager", "data-scientist"),
            ("data-scientist", "ml-engineer"),
            2,
        ),
        ("monitoring", ("ml-engineer",), ("ml-engineer",), 1),
    ]
    assert scoping.role_names(project, ("data-scientist", "ghost")) == ["Data Scientist", "ghost"]


# -- go/no-go -------------------------------------------------------------------------------


def manual(ident: str, checked: bool = False) -> Criterion:
    return Criterion(
        id=ident,
        text=f"Manual {ident}",
        checked=checked,
        checked_on=dt.date(2026, 5, 2) if checked else None,
        checked_by="product-manager" if checked else None,
    )


def test_go_no_go_passes_when_every_criterion_passes_or_is_checked(
    small_project: Factory,
) -> None:
    project = small_project()
    project.scoping.go_no_go.append(manual("signed", checked=True))
    summary = go_no_go.go_no_go_summary(project)
    assert summary.state is GateState.PASS
    bound, checked = summary.items
    assert not bound.manual and checked.manual
    assert bound.result.state is CriterionState.PASSED
    assert (
        bound.words == "Passed: Tier-1 tickets per month is 11,100 tickets (needs ≤ 11,500 tickets)"
    )
    assert checked.words == "Checked by Product Manager on 2026-05-02"
    assert bound.brief == "Pass: 11,100 tickets (needs ≤ 11,500 tickets)"
    assert checked.brief == "Pass: checked"
    assert summary.count(GateState.PASS) == 2


def test_an_unchecked_item_means_not_yet(small_project: Factory) -> None:
    project = small_project()
    project.scoping.go_no_go.append(manual("signed"))
    summary = go_no_go.go_no_go_summary(project)
    assert summary.state is GateState.NOT_YET
    assert summary.items[1].verdict is GateState.NOT_YET
    assert summary.items[1].words == "Not checked yet"
    assert summary.items[1].brief == "Not yet: waiting for a check"


def test_a_failing_bound_criterion_fails_the_checklist(small_project: Factory) -> None:
    project = small_project()
    criterion = project.scoping.go_no_go[0]
    criterion.op, criterion.value = "<=", 10_500
    summary = go_no_go.go_no_go_summary(project)
    assert summary.state is GateState.FAIL
    assert summary.items[0].verdict is GateState.FAIL
    assert summary.items[0].words.startswith("Failed: Tier-1 tickets per month is 11,100")
    assert summary.items[0].brief == "Fail: 11,100 tickets (needs ≤ 10,500 tickets)"


def test_not_measured_and_no_threshold_are_not_yet(small_project: Factory) -> None:
    project = small_project()
    latency = next(m for m in project.metrics if m.id == "p95-latency")
    project.scoping.go_no_go = [
        Criterion(id="fast", text="Fast enough", metric="p95-latency"),
        Criterion(id="fair", text="Fair", metric="gender-gap"),
    ]
    latency.target = None
    fast, fair = go_no_go.go_no_go_summary(project).items
    assert fast.result.state is CriterionState.NO_THRESHOLD
    assert "no threshold or target" in fast.words
    assert fair.result.state is CriterionState.NOT_MEASURED
    assert fair.words == "Not measured yet (Accuracy gap between groups needs ≤ 0.02)"
    assert {fast.verdict, fair.verdict} == {GateState.NOT_YET}


def test_no_criteria_is_not_yet() -> None:
    summary = go_no_go.go_no_go_summary(Project(name="Empty"))
    assert summary.items == ()
    assert summary.state is GateState.NOT_YET


# -- lint -----------------------------------------------------------------------------------


def test_rules_are_registered() -> None:
    assert scoping_rules.check_scoping_completeness in RULES
    assert scoping_rules.check_scoping_criteria in RULES


def test_a_complete_mrd_has_no_scoping_findings(small_project: Factory) -> None:
    assert scoping_findings(small_project()) == []


def test_missing_sections_are_infos_once_the_mrd_is_started(small_project: Factory) -> None:
    project = small_project()
    project.scoping = Scoping(business_objective="Deflect 15% of tickets.")
    assert scoping_findings(project) == [
        ("scoping-missing-problem-statement", Severity.INFO),
        ("scoping-missing-data-and-risks", Severity.INFO),
        ("scoping-missing-go-no-go", Severity.INFO),
    ]
    finding = next(f for f in check_project(project) if f.subject == "scoping")
    assert finding.ids == ("problem-statement",)
    assert finding.message.startswith("Scoping: problem statement missing (no problem statement")


def test_a_blank_mrd_raises_no_infos(small_project: Factory) -> None:
    project = small_project()
    project.scoping = Scoping()
    assert scoping_findings(project) == []


def test_a_failing_mrd_criterion_is_a_warning(small_project: Factory) -> None:
    project = small_project()
    criterion = project.scoping.go_no_go[0]
    criterion.value = 10_000
    (finding,) = [f for f in check_project(project) if f.code == "scoping-go-no-go-failing"]
    assert finding.severity is Severity.WARNING
    assert finding.ids == ("go-no-go", "kpi-on-track")
    assert "Tier-1 tickets per month is 11,100 tickets, needs ≤ 10,000 tickets" in finding.message


def test_a_passing_or_unmeasured_criterion_is_quiet(small_project: Factory) -> None:
    project = small_project()
    metric = next(m for m in project.metrics if m.id == "tier1-tickets")
    metric.measurements = []
    assert scoping_findings(project) == []
    metric.measurements = [Measurement(date=dt.date(2026, 5, 1), value=9000)]
    assert scoping_findings(project) == []


def test_a_criterion_bound_to_a_missing_metric_is_an_error(small_project: Factory) -> None:
    project = small_project()
    project.scoping.go_no_go[0].metric = "gone"
    assert scoping_findings(project) == [("scoping-criterion-unknown-metric", Severity.ERROR)]
    words = go_no_go.go_no_go_summary(project).items[0].words
    assert words == 'Bound to a metric that does not exist ("gone")'


def test_template_suggestions_do_not_count_as_filled_in() -> None:
    from raci_studio.core.templates import new_from_template

    project = new_from_template("ml-lifecycle")
    fresh = {c.key: c for c in scoping.completeness(project).sections}
    assert not fresh["go-no-go"].filled
    assert "template" in fresh["go-no-go"].missing
    assert not fresh["success-metrics"].filled
    # once the PM writes a criterion and names the KPI, they count
    project.scoping.go_no_go[0].text = "Churn model beats the rules baseline by 5 points"
    project.metrics[0].name = "Monthly churn rate"
    project.metrics[1].name = "Recall in the top decile"
    done = {c.key: c for c in scoping.completeness(project).sections}
    assert done["go-no-go"].filled and done["success-metrics"].filled
