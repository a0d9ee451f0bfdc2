"""Lint rules about evidence: data sets whose content changed after the model card."""

from __future__ import annotations

from raci_studio.core.findings import Finding, Rule, Severity, finding
from raci_studio.core.messages import MessageValue
from raci_studio.core.model import Project


def check_lineage(project: Project) -> list[Finding]:
    """Report data sets whose recorded content changed after the model card was written.

    A changed content hash is news only against something written earlier: with a dated
    model card it is a warning (the card may describe other data), without one an info.
    """
    card = project.scoping.model_card
    findings: list[Finding] = []
    for row in project.scoping.data_requirements:
        lineage = row.lineage
        if lineage is None or lineage.changed is None:
            continue
        where = ("data-and-risks", row.id)
        named: dict[str, MessageValue] = {
            "dataset": row.dataset,
            "path": lineage.path,
            "changed": lineage.changed,
        }
        if card.date is not None and lineage.changed >= card.date:
            findings.append(
                finding(
                    "data-changed-since-card",
                    Severity.WARNING,
                    "scoping",
                    where,
                    card_date=card.date,
                    **named,
                )
            )
        elif card.date is None:
            findings.append(finding("data-changed", Severity.INFO, "scoping", where, **named))
    return findings


RULES: tuple[Rule, ...] = (check_lineage,)
