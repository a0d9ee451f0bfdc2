"""Lint rules about the MRD: sections still to fill and go/no-go criteria that fail."""

from __future__ import annotations

from raci_studio.core.criteria import judge_bound
from raci_studio.core.findings import Finding, Rule, Severity
from raci_studio.core.metrics import CriterionState, explain_criterion
from raci_studio.core.model import Project
from raci_studio.core.scoping import completeness, mrd_started

_ADVICE: dict[str, str] = {
    "problem-statement": "describe the problem in business terms, for whom and why now",
    "success-metrics": "add the business KPI that says the project worked and link the model "
    "metric that stands in for it",
    "data-and-risks": "list the data sets the model needs and what could go wrong",
    "team": "give every activity of the RACI grid one Accountable and at least one "
    "Responsible role",
    "go-no-go": "write the criteria that decide whether model development goes ahead",
    "business-objective": "say what the business gains, in numbers, and by when",
    "assumptions-and-constraints": "write down what the plan takes for granted and its limits",
    "decision-log": "record the decisions taken so far, with who took them and why",
    "model-card": "describe the model, its intended use and its limits",
}


def check_scoping_completeness(project: Project) -> list[Finding]:
    """List the mandatory MRD sections still to fill, as infos, once the MRD is started.

    A project whose MRD is still blank (a RACI sheet just imported, say) gets no findings
    here: the scoping view's completeness meter shows the whole picture, and five infos on
    every such project would only be noise.
    """
    if not mrd_started(project.scoping):
        return []
    return [
        Finding(
            f"scoping-missing-{section.key}",
            Severity.INFO,
            f"Scoping: {section.title.lower()} missing ({section.missing}); "
            f"{_ADVICE.get(section.key, 'fill it in')}.",
            (section.key,),
            "scoping",
        )
        for section in completeness(project).missing
    ]


def check_scoping_criteria(project: Project) -> list[Finding]:
    """Report MRD go/no-go criteria bound to missing metrics, and those that fail."""
    metrics = {m.id: m for m in project.metrics}
    verdict = judge_bound(project, project.scoping.go_no_go, metrics)
    findings = [
        Finding(
            "scoping-criterion-unknown-metric",
            Severity.ERROR,
            f'Go/no-go criterion "{criterion.text}" is bound to a metric that does not '
            f'exist ("{criterion.metric}"); bind it to an existing metric or make it a '
            "manual check.",
            ("go-no-go", criterion.id),
            "scoping",
        )
        for criterion in verdict.unknown
    ]
    if verdict.failing:
        findings.append(
            Finding(
                "scoping-go-no-go-failing",
                Severity.WARNING,
                f"The MRD's go/no-go criteria fail: {verdict.failing_words}.",
                ("go-no-go", *verdict.failing_ids),
                "scoping",
            )
        )
    return findings


def check_mandatory_criteria(project: Project) -> list[Finding]:
    """Report the criteria a template made mandatory that are not met yet."""
    metrics = {m.id: m for m in project.metrics}
    places = [("go-no-go", "the MRD", project.scoping.go_no_go)]
    places += [(gate.id, f'gate "{gate.name}"', gate.criteria) for gate in project.gates]
    findings = []
    for where, words, criteria in places:
        for criterion in criteria:
            if not criterion.mandatory:
                continue
            state = explain_criterion(project, criterion, metrics).state
            if state not in (CriterionState.PASSED, CriterionState.CHECKED):
                findings.append(
                    Finding(
                        "mandatory-criterion-open",
                        Severity.WARNING,
                        f'Mandatory criterion "{criterion.text}" of {words} is not met yet; '
                        "the template requires it before the project goes on.",
                        (where, criterion.id),
                        "scoping" if where == "go-no-go" else "gate",
                    )
                )
    return findings


RULES: tuple[Rule, ...] = (
    check_scoping_completeness,
    check_scoping_criteria,
    check_mandatory_criteria,
)
