"""Own templates: what a template keeps and drops, and the mandatory sections and criteria."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from raci_studio.core.model import Project
from raci_studio.core.own_templates import project_from_template, template_project
from raci_studio.core.references import check_references
from raci_studio.core.rules import check_project
from raci_studio.core.scoping import ALL_SECTION_TITLES, completeness, mandatory_sections
from raci_studio.io.project.file import load_project

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "demand-forecast-retrospective.raci.json"


@pytest.fixture
def sample() -> Project:
    return load_project(SAMPLE)


def test_template_keeps_structure_and_drops_history(sample: Project) -> None:
    before = sample.model_dump()
    template = template_project(sample, "Retail forecasting", "Our forecasting standard")
    assert sample.model_dump() == before  # the project is untouched
    assert template.name == "Retail forecasting"
    assert [p.id for p in template.phases] == [p.id for p in sample.phases]
    assert [a.raci for a in template.activities] == [a.raci for a in sample.activities]
    assert all(r.people == [] for r in template.roles)
    assert all(m.measurements == [] for m in template.metrics)
    assert all(p.actual_start is None and p.planned_end is None for p in template.phases)
    assert all(g.outcome is None and g.decided_on is None for g in template.gates)
    assert not any(c.checked for g in template.gates for c in g.criteria)
    assert all(a.due is None and a.status is None for a in template.activities)
    scoping = template.scoping
    assert scoping.decision_log == [] and scoping.problem_statement == ""
    assert scoping.data_requirements == [] and scoping.risks == sample.scoping.risks
    assert template.retrospective.lessons == []
    assert check_references(template) == []


def test_mandatory_sections_drive_completeness_and_findings(sample: Project) -> None:
    template = template_project(sample, "T", mandatory_sections=["problem-statement", "model-card"])
    project = project_from_template(template, "Next forecast")
    assert project.name == "Next forecast"
    assert mandatory_sections(project) == ["problem-statement", "model-card"]
    result = completeness(project)
    assert [s.key for s in result.sections] == ["problem-statement", "model-card"]
    assert result.percent == 0
    project.scoping.problem_statement = "Stock-outs cost us."
    project.scoping.model_card.intended_use = "Order proposals."
    assert completeness(project).percent == 100
    project.scoping.mandatory_sections = ["decision-log"]
    codes = {f.code for f in check_project(project)}
    assert "scoping-missing-decision-log" in codes


def test_every_section_can_be_made_mandatory(sample: Project) -> None:
    sample.scoping.mandatory_sections = list(ALL_SECTION_TITLES)
    assert [s.key for s in completeness(sample).sections] == list(ALL_SECTION_TITLES)
    sample.scoping.mandatory_sections = ["no-such-section"]
    problems = check_references(sample)
    assert problems[0].path == "$.scoping.mandatory_sections[0]"


def test_mandatory_criteria_become_findings_until_met(sample: Project) -> None:
    gate = sample.gates[0]
    chosen = [(gate.id, gate.criteria[0].id)]
    template = template_project(sample, "T", mandatory_criteria=chosen)
    project = project_from_template(template)
    open_ones = [f for f in check_project(project) if f.code == "mandatory-criterion-open"]
    assert [f.ids for f in open_ones] == [(gate.id, gate.criteria[0].id)]
    criterion = project.gates[0].criteria[0]
    criterion.checked, criterion.checked_on = True, dt.date(2026, 1, 5)
    assert "mandatory-criterion-open" not in {f.code for f in check_project(project)}
