"""Check the references inside a project: ids that must exist and ids that must be unique.

The model validates each object on its own; this module checks how they point at each other
(an assignment to a role, a flow to a phase, a criterion to a metric). Every problem carries a
JSON path into the project file, such as ``$.activities[3].raci["ghost-role"]``, and a message
in plain words, so a loader can refuse a file and say exactly where it is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from raci_studio.core.model import Criterion, Project
from raci_studio.core.scheme import scheme_for


@dataclass(frozen=True)
class ReferenceProblem:
    """One broken or ambiguous reference.

    Attributes
    ----------
    path
        JSON path of the offending value, e.g. ``$.activities[3].raci["ghost-role"]``.
    message
        What is wrong, in words a program manager understands.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def key_path(base: str, key: str) -> str:
    """Return the JSON path of ``key`` inside the object at ``base``: ``base["key"]``."""
    return f"{base}[{json.dumps(key, ensure_ascii=False)}]"


def check_references(project: Project) -> list[ReferenceProblem]:
    """Return every duplicate id and dangling reference in ``project``, in file order.

    Parameters
    ----------
    project
        A project whose objects are each valid (as loaded by the model).

    Returns
    -------
    list[ReferenceProblem]
        Empty when every id is unique in its collection and every reference resolves.
    """
    problems: list[ReferenceProblem] = []
    roles = _unique_ids(project.roles, "$.roles", "role", problems)
    phases = _unique_ids(project.phases, "$.phases", "phase", problems)
    gates = _unique_ids(project.gates, "$.gates", "gate", problems)
    _unique_ids(project.flows, "$.flows", "flow", problems)
    _unique_ids(project.activities, "$.activities", "activity", problems)
    metrics = _unique_ids(project.metrics, "$.metrics", "metric", problems)
    nodes = phases | gates

    for i, gate in enumerate(project.gates):
        where = f"$.gates[{i}]"
        if gate.after is not None and gate.after not in phases:
            problems.append(
                ReferenceProblem(
                    f"{where}.after",
                    f'the gate comes after "{gate.after}", which is not a phase of this project',
                )
            )
        _unique_ids(gate.criteria, f"{where}.criteria", "criterion", problems)
        _check_criteria(gate.criteria, f"{where}.criteria", metrics, roles, problems)
        if gate.decided_by is not None and gate.decided_by not in roles:
            problems.append(
                ReferenceProblem(
                    f"{where}.decided_by",
                    f'the gate was decided by "{gate.decided_by}", which is not a role '
                    "of this project",
                )
            )

    for i, flow in enumerate(project.flows):
        for field in ("source", "target"):
            node = getattr(flow, field)
            if node not in nodes:
                problems.append(
                    ReferenceProblem(
                        f"$.flows[{i}].{field}",
                        f'the flow {"starts" if field == "source" else "ends"} at "{node}", '
                        "which is neither a phase nor a gate",
                    )
                )

    _check_activities(project, roles, phases, problems)

    for i, metric in enumerate(project.metrics):
        if metric.proxies is not None and metric.proxies not in metrics:
            problems.append(
                ReferenceProblem(
                    f"$.metrics[{i}].proxies",
                    f'the metric stands in for "{metric.proxies}", which is not a metric',
                )
            )

    _check_scoping(project, roles, metrics, problems)
    _check_handoffs(project, roles, problems)
    _check_mandatory_sections(project, problems)
    retro = project.retrospective
    for field, noun in (
        ("findings", "finding"),
        ("contributing_factors", "contributing factor"),
        ("lessons", "lesson"),
    ):
        _unique_ids(getattr(retro, field), f"$.retrospective.{field}", noun, problems)

    for node in project.layout:
        if node not in nodes:
            problems.append(
                ReferenceProblem(
                    key_path("$.layout", node),
                    f'the diagram places "{node}", which is neither a phase nor a gate',
                )
            )
    return problems


def _unique_ids(
    items: Sequence[Any], base: str, noun: str, problems: list[ReferenceProblem]
) -> frozenset[str]:
    """Return the ids of ``items``, reporting each repeat of an id already seen."""
    ids = frozenset(item.id for item in items)
    if len(ids) == len(items):
        return ids
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in first:
            problems.append(
                ReferenceProblem(
                    f"{base}[{i}].id",
                    f'the {noun} id "{item.id}" is already used by {base}[{first[item.id]}]; '
                    "ids must be unique",
                )
            )
        else:
            first[item.id] = i
    return ids


def _check_activities(
    project: Project,
    roles: frozenset[str],
    phases: frozenset[str],
    problems: list[ReferenceProblem],
) -> None:
    scheme = scheme_for(project.scheme)
    codes = frozenset(scheme.codes)
    activities = project.activities
    racis = [activity.raci for activity in activities]
    # Whole-project set operations run in C; the loop below only runs to say where.
    used_roles = set().union(*racis)
    used_letters = set().union(*map(dict.values, racis))
    good_letters = {letters for letters in used_letters if codes.issuperset(letters)}
    used_phases = {activity.phase for activity in activities}
    if used_roles <= roles and used_phases <= phases and len(good_letters) == len(used_letters):
        return
    for i, activity in enumerate(activities):
        if activity.phase not in phases:
            problems.append(
                ReferenceProblem(
                    f"$.activities[{i}].phase",
                    f'the activity is in phase "{activity.phase}", which is not a phase '
                    "of this project",
                )
            )
        for role_id, letters in activity.raci.items():
            if role_id not in roles:
                problems.append(
                    ReferenceProblem(
                        key_path(f"$.activities[{i}].raci", role_id),
                        f'the activity is assigned to "{role_id}", which is not a role '
                        "of this project",
                    )
                )
            if letters not in good_letters:
                unknown = ", ".join(sorted(set(letters) - codes))
                problems.append(
                    ReferenceProblem(
                        key_path(f"$.activities[{i}].raci", role_id),
                        f'"{letters}" uses {unknown}, which the {project.scheme} scheme does '
                        f"not have (use {', '.join(scheme.codes)})",
                    )
                )


def _check_criteria(
    criteria: Iterable[Criterion],
    base: str,
    metrics: frozenset[str],
    roles: frozenset[str],
    problems: list[ReferenceProblem],
) -> None:
    for k, criterion in enumerate(criteria):
        if criterion.metric is not None and criterion.metric not in metrics:
            problems.append(
                ReferenceProblem(
                    f"{base}[{k}].metric",
                    f'the criterion is bound to "{criterion.metric}", which is not a metric '
                    "of this project",
                )
            )
        if criterion.checked_by is not None and criterion.checked_by not in roles:
            problems.append(
                ReferenceProblem(
                    f"{base}[{k}].checked_by",
                    f'the criterion was checked by "{criterion.checked_by}", which is not '
                    "a role of this project",
                )
            )


def _check_scoping(
    project: Project,
    roles: frozenset[str],
    metrics: frozenset[str],
    problems: list[ReferenceProblem],
) -> None:
    scoping = project.scoping
    tables: tuple[tuple[str, str, Sequence[Any]], ...] = (
        ("data_requirements", "data requirement", scoping.data_requirements),
        ("risks", "risk", scoping.risks),
        ("assumptions", "assumption", scoping.assumptions),
        ("constraints", "constraint", scoping.constraints),
        ("go_no_go", "criterion", scoping.go_no_go),
        ("decision_log", "decision", scoping.decision_log),
    )
    for field, noun, items in tables:
        _unique_ids(items, f"$.scoping.{field}", noun, problems)
    _check_criteria(scoping.go_no_go, "$.scoping.go_no_go", metrics, roles, problems)
    for field, items, attr, what in (
        ("data_requirements", scoping.data_requirements, "owner", "the data set is owned by"),
        ("risks", scoping.risks, "owner", "the risk is owned by"),
        ("decision_log", scoping.decision_log, "by", "the decision was taken by"),
    ):
        for k, item in enumerate(items):
            role_id = getattr(item, attr)
            if role_id is not None and role_id not in roles:
                problems.append(
                    ReferenceProblem(
                        f"$.scoping.{field}[{k}].{attr}",
                        f'{what} "{role_id}", which is not a role of this project',
                    )
                )


def _check_handoffs(
    project: Project, roles: frozenset[str], problems: list[ReferenceProblem]
) -> None:
    """Check the activity and roles a decision-log handoff names."""
    activities = {activity.id for activity in project.activities}
    flows = {flow.id for flow in project.flows}
    for k, decision in enumerate(project.scoping.decision_log):
        where = f"$.scoping.decision_log[{k}]"
        if decision.flow is not None and decision.flow not in flows:
            problems.append(
                ReferenceProblem(
                    f"{where}.flow",
                    f'the decision sent work back along "{decision.flow}", which is not a flow '
                    "of this project",
                )
            )
        if decision.activity is not None and decision.activity not in activities:
            problems.append(
                ReferenceProblem(
                    f"{where}.activity",
                    f'the decision hands over "{decision.activity}", which is not an activity '
                    "of this project",
                )
            )
        for field in ("from_role", "to_role"):
            role_id = getattr(decision, field)
            if role_id is not None and role_id not in roles:
                problems.append(
                    ReferenceProblem(
                        f"{where}.{field}",
                        f"the decision hands work {'from' if field == 'from_role' else 'to'} "
                        f'"{role_id}", which is not a role of this project',
                    )
                )


def _check_mandatory_sections(project: Project, problems: list[ReferenceProblem]) -> None:
    """Check that a template's mandatory sections name sections the MRD has."""
    from raci_studio.core.scoping import ALL_SECTION_TITLES

    for k, key in enumerate(project.scoping.mandatory_sections or ()):
        if key not in ALL_SECTION_TITLES:
            known = ", ".join(ALL_SECTION_TITLES)
            problems.append(
                ReferenceProblem(
                    f"$.scoping.mandatory_sections[{k}]",
                    f'"{key}" is not a section of the MRD (use {known})',
                )
            )
