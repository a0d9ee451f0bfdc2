"""Lint rules about evidence: data sets whose content changed after the model card."""

from __future__ import annotations

from raci_studio.core.findings import Finding, Rule, Severity
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
        when = lineage.changed.isoformat()
        if card.date is not None and lineage.changed >= card.date:
            findings.append(
                Finding(
                    "data-changed-since-card",
                    Severity.WARNING,
                    f"Training data changed since the model card was written: data set "
                    f'"{row.dataset}" ({lineage.path}) has new content since {when}, the card '
                    f"is of {card.date.isoformat()}; check that the card still describes the "
                    "data the model is trained on.",
                    ("data-and-risks", row.id),
                    "scoping",
                )
            )
        elif card.date is None:
            findings.append(
                Finding(
                    "data-changed",
                    Severity.INFO,
                    f'Data set "{row.dataset}" ({lineage.path}) has new content since {when}.',
                    ("data-and-risks", row.id),
                    "scoping",
                )
            )
    return findings


RULES: tuple[Rule, ...] = (check_lineage,)
