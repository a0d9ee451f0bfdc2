"""An organisation's own template, made from a project: its structure and rules, no history.

What a template keeps: roles (without the people), phases, gates and their criteria, flows,
activities with their RACI and deliverables, metric definitions with targets, the MRD's risks,
constraints, go/no-go criteria and the sections it makes mandatory, and the diagram layout.
What it drops: measurements, dates, gate decisions, checked marks, the decision log, data
requirements, problem texts, the model card, the retrospective and merge conflicts.
"""

from __future__ import annotations

from collections.abc import Iterable

from raci_studio.core.model import (
    Criterion,
    ModelCard,
    PhaseStatus,
    Project,
    Retrospective,
)

#: The owner key of the MRD's own go/no-go criteria (gate criteria use the gate's id).
MRD = "mrd"


def _unchecked(
    criteria: Iterable[Criterion], owner: str, mandatory: set[tuple[str, str]] | None
) -> list[Criterion]:
    return [
        c.model_copy(
            update={
                "checked": False,
                "checked_on": None,
                "checked_by": None,
                "mandatory": c.mandatory if mandatory is None else (owner, c.id) in mandatory,
            }
        )
        for c in criteria
    ]


def template_project(
    project: Project,
    name: str,
    description: str = "",
    mandatory_sections: list[str] | None = None,
    mandatory_criteria: Iterable[tuple[str, str]] | None = None,
) -> Project:
    """Return a copy of ``project`` fit to start new projects from (``project`` is untouched).

    Parameters
    ----------
    mandatory_sections
        The MRD section keys new projects must fill (None keeps the project's choice).
    mandatory_criteria
        (owner, criterion id) of the criteria new projects must meet, the owner being
        :data:`MRD` or a gate's id (None keeps the marks as they are).
    """
    source = project.model_copy(deep=True)
    chosen = None if mandatory_criteria is None else set(mandatory_criteria)
    roles = [r.model_copy(update={"people": []}) for r in source.roles]
    phases = [
        p.model_copy(
            update={
                "status": PhaseStatus.NOT_STARTED,
                "planned_start": None,
                "planned_end": None,
                "actual_start": None,
                "actual_end": None,
            }
        )
        for p in source.phases
    ]
    gates = [
        g.model_copy(
            update={
                "planned_date": None,
                "decided_on": None,
                "outcome": None,
                "decided_by": None,
                "criteria": _unchecked(g.criteria, g.id, chosen),
            }
        )
        for g in source.gates
    ]
    activities = [a.model_copy(update={"due": None, "status": None}) for a in source.activities]
    metrics = [m.model_copy(update={"measurements": []}) for m in source.metrics]
    s = source.scoping
    scoping = s.model_copy(
        update={
            "problem_statement": "",
            "business_objective": "",
            "data_requirements": [],
            "decision_log": [],
            "go_no_go": _unchecked(s.go_no_go, MRD, chosen),
            "model_card": ModelCard(),
            "mandatory_sections": (
                s.mandatory_sections if mandatory_sections is None else list(mandatory_sections)
            ),
        }
    )
    return source.model_copy(
        update={
            "name": name.strip() or project.name,
            "description": description.strip(),
            "roles": roles,
            "phases": phases,
            "gates": gates,
            "activities": activities,
            "metrics": metrics,
            "scoping": scoping,
            "retrospective": Retrospective(),
            "conflicts": [],
        }
    )


def project_from_template(template: Project, name: str | None = None) -> Project:
    """Return a new project started from ``template`` (a fresh copy, renamed if ``name``)."""
    project = template.model_copy(deep=True)
    if name and name.strip():
        project.name = name.strip()
    return project
