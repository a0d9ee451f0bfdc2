"""Reference checks: every duplicate id and dangling reference, with its JSON path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from raci_studio.core.model import Activity, Criterion, Decision, Flow, Note, Project, Role
from raci_studio.core.references import ReferenceProblem, check_references

Factory = Callable[[], Project]


def paths(project: Project) -> list[str]:
    return [problem.path for problem in check_references(project)]


def test_small_project_has_no_problems(small_project: Factory) -> None:
    assert check_references(small_project()) == []


def test_problem_is_frozen_and_prints_path_and_message() -> None:
    problem = ReferenceProblem("$.roles[1].id", "duplicate")
    with pytest.raises(AttributeError):
        problem.path = "x"  # type: ignore[misc]
    assert str(problem) == "$.roles[1].id: duplicate"


@pytest.mark.parametrize(
    ("collection", "noun"),
    [
        ("roles", "role"),
        ("phases", "phase"),
        ("gates", "gate"),
        ("flows", "flow"),
        ("activities", "activity"),
        ("metrics", "metric"),
    ],
)
def test_duplicate_id_in_each_collection(
    small_project: Factory, collection: str, noun: str
) -> None:
    project = small_project()
    items = getattr(project, collection)
    items.append(items[0].model_copy(deep=True))
    problems = check_references(project)
    last = len(items) - 1
    assert [p.path for p in problems] == [f"$.{collection}[{last}].id"]
    assert f'{noun} id "{items[0].id}" is already used by $.{collection}[0]' in problems[0].message


def test_duplicate_criterion_id_in_gate(small_project: Factory) -> None:
    project = small_project()
    criteria = project.gates[0].criteria
    criteria.append(criteria[1].model_copy())
    assert paths(project) == ["$.gates[0].criteria[2].id"]


@pytest.mark.parametrize(
    "table",
    ["data_requirements", "risks", "assumptions", "constraints", "go_no_go", "decision_log"],
)
def test_duplicate_id_in_each_scoping_table(small_project: Factory, table: str) -> None:
    project = small_project()
    rows = getattr(project.scoping, table)
    rows.append(rows[0].model_copy())
    assert paths(project) == [f"$.scoping.{table}[1].id"]


def test_assignment_to_unknown_role(small_project: Factory) -> None:
    project = small_project()
    project.activities[3].raci["ghost-role"] = "C"
    problems = check_references(project)
    assert [p.path for p in problems] == ['$.activities[3].raci["ghost-role"]']
    assert '"ghost-role", which is not a role' in problems[0].message


def test_letters_outside_the_scheme(small_project: Factory) -> None:
    project = small_project()
    project.activities[0].raci["data-scientist"] = "S"
    problems = check_references(project)
    assert [p.path for p in problems] == ['$.activities[0].raci["data-scientist"]']
    assert "RACI scheme does not have" in problems[0].message
    project.scheme = "RASCI"
    assert check_references(project) == []


def test_activity_in_unknown_phase(small_project: Factory) -> None:
    project = small_project()
    project.activities.append(
        Activity(id="x", name="X", phase="nowhere", raci={"product-manager": "RA"})
    )
    problems = check_references(project)
    assert [p.path for p in problems] == ["$.activities[4].phase"]
    assert '"nowhere"' in problems[0].message


def test_flow_ends_must_be_phases_or_gates(small_project: Factory) -> None:
    project = small_project()
    project.flows.append(Flow(id="odd", source="go-no-go", target="product-manager"))
    project.flows.append(Flow(id="odder", source="nope", target="nada"))
    assert paths(project) == ["$.flows[4].target", "$.flows[5].source", "$.flows[5].target"]


def test_gate_after_unknown_phase(small_project: Factory) -> None:
    project = small_project()
    project.gates[0].after = "go-no-go"  # a gate, not a phase
    assert paths(project) == ["$.gates[0].after"]


def test_criteria_bound_to_unknown_metric(small_project: Factory) -> None:
    project = small_project()
    project.gates[0].criteria[0].metric = "gone"
    project.scoping.go_no_go.append(Criterion(id="c2", text="?", metric="missing"))
    problems = check_references(project)
    assert [p.path for p in problems] == [
        "$.gates[0].criteria[0].metric",
        "$.scoping.go_no_go[1].metric",
    ]
    assert "not a metric" in problems[1].message


def test_metric_proxies_unknown_metric(small_project: Factory) -> None:
    project = small_project()
    project.metrics[1].proxies = "revenue"
    assert paths(project) == ["$.metrics[1].proxies"]


def test_people_fields_must_name_roles(small_project: Factory) -> None:
    project = small_project()
    project.gates[0].criteria[1].checked_by = "ceo"
    project.scoping.data_requirements[0].owner = "legal"
    project.scoping.risks[0].owner = "legal"
    project.scoping.decision_log.append(
        Decision(id="d2", date="2026-02-02", decision="Go", by="board")
    )
    assert paths(project) == [
        "$.gates[0].criteria[1].checked_by",
        "$.scoping.data_requirements[0].owner",
        "$.scoping.risks[0].owner",
        "$.scoping.decision_log[1].by",
    ]


def test_layout_keys_must_be_phases_or_gates(small_project: Factory) -> None:
    project = small_project()
    project.layout["product-manager"] = (1.0, 2.0)
    problems = check_references(project)
    assert [p.path for p in problems] == ['$.layout["product-manager"]']
    assert "neither a phase nor a gate" in problems[0].message


def test_every_problem_is_reported_in_file_order(small_project: Factory) -> None:
    project = small_project()
    project.roles.append(Role(id="product-manager", name="Twin"))
    project.activities[0].raci["zed"] = "I"
    project.metrics[0].proxies = "none"
    project.scoping.assumptions.append(Note(id="stable-taxonomy", text="again"))
    assert paths(project) == [
        "$.roles[3].id",
        '$.activities[0].raci["zed"]',
        "$.metrics[0].proxies",
        "$.scoping.assumptions[1].id",
    ]


def test_removing_a_role_reports_each_cell_it_held(small_project: Factory) -> None:
    project = small_project()
    del project.roles[0]  # product-manager
    problems = paths(project)
    assert '$.activities[0].raci["product-manager"]' in problems
    assert '$.activities[3].raci["product-manager"]' in problems
    assert "$.scoping.decision_log[0].by" in problems
