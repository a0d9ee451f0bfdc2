"""The revised checklist: lessons of a retrospective turned into go/no-go criteria.

The PM's own lessons come first (each with the criterion it becomes); then, for each kind of
finding the analysis computed, the criterion that would have caught it. A criterion is
written to be copied into a template's go/no-go list as it is.
"""

from __future__ import annotations

from raci_studio.core.model import Project
from raci_studio.core.rca import ChecklistItem, RootCauseAnalysis

#: Finding code -> the go/no-go criterion that would have caught it.
CRITERIA_FOR: dict[str, str] = {
    "kpi-missed": "The business KPI is measured in the pilot against a control group, and the "
    "pilot result reaches the target before rollout",
    "kpi-not-measured": "Every business KPI with a target has a measurement plan, a source and "
    "an owner before the project starts",
    "proxy-misaligned": "The model metric is shown to move with the business KPI (backtest or "
    "pilot), and is monitored per segment, not only in aggregate",
    "phase-overrun": "Every phase has planned start and end dates; a slip of more than two weeks "
    "is reported at the next gate with a revised plan",
    "project-late": "The plan's end date is re-confirmed at every gate",
    "gate-skipped": "No phase starts before the gate in front of it is decided and recorded",
    "gate-passed-unmet": "A gate passes only when every criterion is met or explicitly waived "
    "with a reason in the decision log",
    "gate-overridden": "Work after a failed gate waits for a new decision, recorded with who "
    "took it",
    "loop-never-taken": "Each feedback loop has a trigger (metric and threshold) and an owner "
    "who decides to take it",
    "drift-response": "A drift alert on any monitored metric leads to a recorded decision within "
    "two weeks",
    "not-one-accountable": "Every activity has exactly one Accountable role",
    "accountable-changed": "A change of Accountable role is a recorded handoff with an overlap "
    "period and a briefing",
    "role-overloaded": "No role is Accountable for more than 40 % of the activities",
    "role-never-consulted": "Every role in the team is Responsible, Accountable or Consulted "
    "somewhere, or leaves the RACI",
}


def revised_checklist(project: Project, analysis: RootCauseAnalysis) -> list[ChecklistItem]:
    """Return the revised checklist: the PM's lessons, then one criterion per finding kind."""
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for lesson in project.retrospective.lessons:
        text = lesson.criterion or lesson.text
        if text.casefold() not in seen:
            seen.add(text.casefold())
            items.append(ChecklistItem(text, "lesson"))
    for code in dict.fromkeys(f.code for f in analysis.findings):
        criterion = CRITERIA_FOR.get(code)
        if criterion and criterion.casefold() not in seen:
            seen.add(criterion.casefold())
            items.append(ChecklistItem(criterion, code))
    return items
