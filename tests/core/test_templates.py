"""The built-in templates build valid, well-formed projects."""

from __future__ import annotations

import pytest

from raci_studio.core.model import MetricCategory, Project
from raci_studio.core.references import check_references
from raci_studio.core.rules import check_project
from raci_studio.core.templates import (
    TemplateInfo,
    UnknownTemplateError,
    list_templates,
    new_from_template,
)

TEMPLATE_IDS = [info.id for info in list_templates()]


def test_list_templates_names_both_lifecycles_default_first() -> None:
    infos = list_templates()
    assert [info.id for info in infos] == ["ml-lifecycle", "crisp-ml-q"]
    for info in infos:
        assert isinstance(info, TemplateInfo)
        assert info.name
        assert info.description and "\n" not in info.description


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_builds_a_valid_project(template_id: str) -> None:
    project = new_from_template(template_id)
    assert isinstance(project, Project)
    again = Project.model_validate(project.model_dump(mode="json"))
    assert again == project
    assert check_references(project) == []
    assert project.layout == {}


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_starts_without_findings(template_id: str) -> None:
    findings = check_project(new_from_template(template_id))
    assert [f"{f.code}: {f.message}" for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_activity_has_one_accountable_and_a_responsible(template_id: str) -> None:
    project = new_from_template(template_id)
    for activity in project.activities:
        letters = "".join(activity.raci.values())
        assert letters.count("A") == 1, activity.name
        assert "R" in letters, activity.name
        assert list(activity.raci) == sorted(activity.raci), activity.name


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_role_is_used_and_labelled_briefly(template_id: str) -> None:
    project = new_from_template(template_id)
    used = {role_id for a in project.activities for role_id in a.raci}
    assert used == {role.id for role in project.roles}
    assert all(0 < len(role.short) <= 12 for role in project.roles)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_phase_has_three_to_five_activities(template_id: str) -> None:
    project = new_from_template(template_id)
    for phase in project.phases:
        count = sum(a.phase == phase.id for a in project.activities)
        assert 3 <= count <= 5, phase.name


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_flows_connect_existing_nodes_forward_and_back(template_id: str) -> None:
    project = new_from_template(template_id)
    nodes = {p.id for p in project.phases} | {g.id for g in project.gates}
    assert all(f.source in nodes and f.target in nodes for f in project.flows)
    linked = {f.source for f in project.flows} | {f.target for f in project.flows}
    assert linked == nodes
    assert any(f.kind == "feedback" and f.source == project.phases[-1].id for f in project.flows)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_metrics_cover_kpi_proxy_operations_and_fairness(template_id: str) -> None:
    project = new_from_template(template_id)
    by_category = {m.category for m in project.metrics}
    assert {
        MetricCategory.BUSINESS_KPI,
        MetricCategory.MODEL,
        MetricCategory.OPERATIONAL,
        MetricCategory.RESPONSIBLE,
    } <= by_category
    kpis = {m.id for m in project.metrics if m.category == MetricCategory.BUSINESS_KPI}
    assert any(m.proxies in kpis for m in project.metrics)
    assert all(m.target is not None for m in project.metrics)
    bound = [c for g in project.gates for c in g.criteria if c.metric]
    manual = [c for g in project.gates for c in g.criteria if not c.metric]
    assert bound and manual
    assert project.scoping.go_no_go


def test_ml_lifecycle_has_the_three_gates_in_order() -> None:
    project = new_from_template("ml-lifecycle")
    kinds = {g.id: (g.kind, g.after) for g in project.gates}
    assert kinds == {
        "go-no-go": ("go_no_go", "business-data-understanding"),
        "ethical-review": ("ethical_review", "evaluation"),
        "launch-readiness": ("launch_readiness", "evaluation"),
    }
    forward = {(f.source, f.target) for f in project.flows if f.kind == "forward"}
    assert ("ethical-review", "launch-readiness") in forward
    assert ("launch-readiness", "deployment") in forward
    feedback = {(f.source, f.target) for f in project.flows if f.kind == "feedback"}
    assert feedback == {("monitoring", "data-collection"), ("evaluation", "feature-engineering")}


def test_crisp_ml_q_has_six_phases_and_quality_gates_between_them() -> None:
    project = new_from_template("crisp-ml-q")
    assert len(project.phases) == 6
    assert [g.after for g in project.gates] == [p.id for p in project.phases[:-1]]
    feedback = {(f.source, f.target) for f in project.flows if f.kind == "feedback"}
    assert ("monitoring-maintenance", "business-data-understanding") in feedback
    assert ("monitoring-maintenance", "data-engineering") in feedback


def test_name_is_applied_and_projects_are_independent() -> None:
    first = new_from_template("ml-lifecycle", name="  Fraud triage  ")
    second = new_from_template("ml-lifecycle")
    assert first.name == "Fraud triage"
    assert second.name == "New ML project"
    first.activities[0].raci.clear()
    assert new_from_template("ml-lifecycle").activities[0].raci


def test_unknown_template_is_refused_with_the_known_ids() -> None:
    with pytest.raises(UnknownTemplateError) as info:
        new_from_template("waterfall")
    message = str(info.value)
    assert "waterfall" in message
    assert "ml-lifecycle" in message and "crisp-ml-q" in message
    assert isinstance(info.value, KeyError) and isinstance(info.value, ValueError)
