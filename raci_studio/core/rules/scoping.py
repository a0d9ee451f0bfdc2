"""Lint rules about the MRD: sections still to fill and go/no-go criteria that fail."""

from __future__ import annotations

from raci_studio.core.criteria import judge_bound
from raci_studio.core.findings import Finding, Rule, Severity, finding
from raci_studio.core.metrics import CriterionState, explain_criterion
from raci_studio.core.model import Criterion, Project
from raci_studio.core.scoping import completeness, mrd_started


def check_scoping_completeness(project: Project) -> list[Finding]:
    """List the mandatory MRD sections still to fill, as infos, once the MRD is started.

    A project whose MRD is still blank (a RACI sheet just imported, say) gets no findings
    here: the scoping view's completeness meter shows the whole picture, and five infos on
    every such project would only be noise.
    """
    if not mrd_started(project.scoping):
        return []
    return [
        finding(
            f"scoping-missing-{section.key}",
            Severity.INFO,
            "scoping",
            (section.key,),
            missing=section.missing,
        )
        for section in completeness(project).missing
    ]


def check_scoping_criteria(project: Project) -> list[Finding]:
    """Report MRD go/no-go criteria bound to missing metrics, and those that fail."""
    metrics = {m.id: m for m in project.metrics}
    verdict = judge_bound(project, project.scoping.go_no_go, metrics)
    findings = [
        finding(
            "scoping-criterion-unknown-metric",
            Severity.ERROR,
            "scoping",
            ("go-no-go", criterion.id),
            criterion=criterion.text,
            metric=criterion.metric or "",
        )
        for criterion in verdict.unknown
    ]
    if verdict.failing:
        findings.append(
            finding(
                "scoping-go-no-go-failing",
                Severity.WARNING,
                "scoping",
                ("go-no-go", *verdict.failing_ids),
                failing=verdict.failing_words,
            )
        )
    return findings


def check_mandatory_criteria(project: Project) -> list[Finding]:
    """Report the criteria a template made mandatory that are not met yet."""
    metrics = {m.id: m for m in project.metrics}
    findings: list[Finding] = []

    def open_criteria(criteria: list[Criterion]) -> list[Criterion]:
        return [
            c
            for c in criteria
            if c.mandatory
            and explain_criterion(project, c, metrics).state
            not in (CriterionState.PASSED, CriterionState.CHECKED)
        ]

    for criterion in open_criteria(project.scoping.go_no_go):
        findings.append(
            finding(
                "mandatory-criterion-open.mrd",
                Severity.WARNING,
                "scoping",
                ("go-no-go", criterion.id),
                criterion=criterion.text,
            )
        )
    for gate in project.gates:
        for criterion in open_criteria(gate.criteria):
            findings.append(
                finding(
                    "mandatory-criterion-open.gate",
                    Severity.WARNING,
                    "gate",
                    (gate.id, criterion.id),
                    criterion=criterion.text,
                    gate=gate.name,
                )
            )
    return findings


RULES: tuple[Rule, ...] = (
    check_scoping_completeness,
    check_scoping_criteria,
    check_mandatory_criteria,
)
