"""Projects broken in every way the rules know, so that every finding message is produced.

:func:`broken_projects` returns small projects, each starting from the clean project of
``tests.core.test_rules`` and breaking it in a few ways; together they make every rule speak
in every sentence shape of the catalogue of messages (``raci_studio.core.messages``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from raci_studio.core.model import (
    Activity,
    Conflict,
    ConflictKind,
    Criterion,
    DataRequirement,
    Direction,
    Lineage,
    Measurement,
    Metric,
    MetricCategory,
    Phase,
    Project,
)
from raci_studio.core.scoping import ALL_SECTION_TITLES
from tests.core.test_rules import activity, make_project, measurements, metric

Breakage = Callable[[Project], None]


def _letters(project: Project) -> None:
    """Break the letters of activities: no A, two A, no R, unknown letters and roles."""
    train = activity(project, "train-model")
    audit = activity(project, "audit-sources")
    train.raci["ml-engineer"] = "R"  # no Accountable left
    audit.raci["data-scientist"] = "A"  # two Accountable
    audit.raci["data-engineer"] = "AS"  # no Responsible left; S is not a RACI letter
    train.raci["data-engineer"] = "XYX"  # two unknown letters
    train.raci["ghost"] = "I"  # a role that does not exist
    project.activities.append(
        Activity(id="lost", name="Lost work", phase="nowhere", raci={"ml-engineer": "RA"})
    )


def _roles_and_phases(project: Project) -> None:
    """An idle role, an empty phase, too many consulted, one owner of everything."""
    project.phases.append(Phase(id="deployment", name="Deployment"))
    for i in range(8):
        project.activities.append(
            Activity(
                id=f"extra-{i}",
                name=f"Extra work {i}",
                phase="training",
                raci={"data-scientist": "R", "product-manager": "A"},
            )
        )
    crowded = activity(project, "train-model")
    for i in range(6):
        role = f"advisor-{i}"
        project.roles.append(project.roles[0].model_copy(update={"id": role, "name": role}))
        crowded.raci[role] = "C"
    project.roles.append(project.roles[0].model_copy(update={"id": "idle", "name": "Idle"}))


def _metric_set(project: Project) -> None:
    """A KPI without proxy, a metric without target, nothing operational or responsible."""
    project.metrics = [
        m for m in project.metrics if m.category not in (MetricCategory.OPERATIONAL,)
    ]
    project.metrics = [m for m in project.metrics if m.category != MetricCategory.RESPONSIBLE]
    project.metrics.append(
        Metric(id="revenue", name="Revenue", category=MetricCategory.BUSINESS_KPI, target=5)
    )
    metric(project, "intent-accuracy").target = None


def _metric_values(project: Project) -> None:
    """Breaches on both directions and drifts on both sides."""
    metric(project, "p95-latency").measurements.append(
        Measurement(date=dt.date(2026, 3, 2), value=420)
    )
    metric(project, "intent-accuracy").measurements.append(
        Measurement(date=dt.date(2026, 3, 2), value=0.5)
    )
    metric(project, "fairness-gap").measurements = measurements(
        0.01, 0.02, 0.03, 0.06, 0.07, 0.08, 0.04
    )
    project.metrics.append(
        Metric(
            id="recall",
            name="Recall",
            target=0.9,
            threshold=0.8,
            direction=Direction.HIGHER,
            measurements=measurements(0.88, 0.86, 0.84, 0.79, 0.78, 0.77, 0.81),
        )
    )


def _gates(project: Project) -> None:
    """A criterion bound to a missing metric, a failing gate, open mandatory criteria."""
    criteria = project.gates[0].criteria
    criteria[0].value = 0.9
    criteria[1].mandatory = True
    criteria.append(Criterion(id="lost", text="Recall ≥ 0.7", metric="recall", op=">=", value=0.7))


def _scoping(project: Project) -> None:
    """Every MRD section mandatory and missing, go/no-go criteria unknown, failing, open."""
    scoping = project.scoping
    scoping.problem_statement = "Too many tier-1 tickets reach agents."
    scoping.mandatory_sections = list(ALL_SECTION_TITLES)
    scoping.go_no_go = [
        Criterion(id="bound", text="Accuracy ≥ 0.9", metric="intent-accuracy", op=">=", value=0.9),
        Criterion(id="lost", text="Recall ≥ 0.7", metric="recall", op=">=", value=0.7),
        Criterion(id="sign-off", text="Legal signed off", mandatory=True),
    ]
    project.metrics.append(Metric(id="empty", name="Empty", category=MetricCategory.MODEL))


def _scoping_filled_but_go_no_go(project: Project) -> None:
    """Only the team section missing: its own sentence, unlike the others."""
    _scoping(project)
    project.activities[0].raci["data-engineer"] = "C"


def _lineage(project: Project, card_date: dt.date | None) -> None:
    """Data sets whose content changed, before and after the model card's date."""
    project.scoping.model_card.date = card_date
    project.scoping.data_requirements = [
        DataRequirement(
            id="tickets",
            dataset="Support tickets",
            lineage=Lineage(
                path="data/tickets.csv", recorded=dt.date(2026, 2, 1), changed=dt.date(2026, 2, 1)
            ),
        )
    ]


def _conflicts(project: Project) -> None:
    """One open merge conflict of each kind, and a resolved one."""
    for i, kind in enumerate(ConflictKind):
        project.conflicts.append(
            Conflict(id=f"c{i}", kind=kind, where=f"activity {i}", path=["activities", f"a{i}"])
        )
    project.conflicts.append(Conflict(id="done", where="roles", path=["roles"], resolved="ours"))


def _no_metrics(project: Project) -> None:
    """No metric at all, in a started MRD: the success metrics section is missing."""
    project.metrics = []
    project.scoping.problem_statement = "Too many tier-1 tickets reach agents."


BREAKAGES: dict[str, Breakage] = {
    "letters": _letters,
    "letters-rasci": lambda p: (_letters(p), setattr(p, "scheme", "RASCI")),
    "roles-and-phases": _roles_and_phases,
    "metric-set": _metric_set,
    "metric-values": _metric_values,
    "gates": _gates,
    "scoping": _scoping,
    "scoping-team": _scoping_filled_but_go_no_go,
    "lineage-after-card": lambda p: _lineage(p, dt.date(2026, 1, 15)),
    "lineage-without-card": lambda p: _lineage(p, None),
    "conflicts": _conflicts,
    "no-metrics": _no_metrics,
    "no-activities": lambda p: setattr(p, "activities", []),
}


def broken_projects() -> dict[str, Project]:
    """Return each breakage applied to a fresh clean project, by name."""
    projects: dict[str, Project] = {}
    for name, breakage in BREAKAGES.items():
        project = make_project()
        breakage(project)
        projects[name] = project
    return projects


def finding_lines() -> list[str]:
    """Return one line per finding of the broken projects: project, code, ids and message."""
    from raci_studio.core.rules import check_project

    return [
        f"{name} | {f.code} | {f.severity} | {f.subject} | {'/'.join(f.ids)} | {f.message}"
        for name, project in broken_projects().items()
        for f in check_project(project)
    ]


if __name__ == "__main__":  # rewrite the expected messages: python -m tests.core.broken_projects
    from pathlib import Path

    from tests.core.test_messages import EXPECTED

    Path(EXPECTED).write_text("\n".join(finding_lines()) + "\n", encoding="utf-8")
