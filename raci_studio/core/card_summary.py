"""A model card read for a product manager: what the model does, how well, where not to use it.

Everything comes from the plan's model card section, its model metrics and its risks and data
requirements — nothing is invented. A section the card leaves empty is said to be missing,
and the questions to ask the vendor are the gaps, turned into questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from raci_studio.core.metrics import MetricStatus, current_value, status
from raci_studio.core.model import Metric, MetricCategory, Project
from raci_studio.core.numbers import format_value

_STATUS_WORDS = {
    MetricStatus.MET: "meets the plan's target",
    MetricStatus.AT_RISK: "does not reach the plan's target yet",
    MetricStatus.BREACHED: "is worse than the plan's minimum acceptable threshold",
}


@dataclass(frozen=True)
class SummarySection:
    """One part of the summary: its title, its paragraphs, or why it is empty."""

    key: str
    title: str
    paragraphs: tuple[str, ...]
    missing: str = ""


@dataclass(frozen=True)
class CardSummary:
    """The one-page summary of a model card, in plain words."""

    name: str
    source: str
    sections: tuple[SummarySection, ...]
    questions: tuple[str, ...]


def _paragraphs(*texts: str) -> tuple[str, ...]:
    out: list[str] = []
    for text in texts:
        out += [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return tuple(out)


def _result_line(metric: Metric) -> str:
    value = current_value(metric)
    assert value is not None
    latest = metric.measurements[-1]
    where = latest.note.removeprefix("Model card: ").strip() if latest.note else ""
    line = f"{metric.name}: {format_value(value, metric.unit)}"
    parts = [p for p in where.split(", ") if p and p != "Model card" and p not in metric.name]
    if parts:
        line += f" on {', '.join(parts)}"
    words = _STATUS_WORDS.get(status(metric))
    if words and (metric.target is not None or metric.threshold is not None):
        line += f" — {words}"
        if metric.target is not None:
            line += f" ({format_value(metric.target, metric.unit)})"
    return line + "."


def card_summary(project: Project) -> CardSummary:
    """Return the plain-language summary of the project's model card."""
    card = project.scoping.model_card
    # An imported card speaks for itself: only what came from it is summarised; the plan's
    # own card is read with the plan's metrics, data and risks.
    imported = bool(card.source)
    models = [
        m
        for m in project.metrics
        if m.category != MetricCategory.BUSINESS_KPI
        and current_value(m) is not None
        and (not imported or m.measurements[-1].source == card.source)
    ]
    data_sets = [
        d.dataset + ("" if imported else f" ({d.source})" if d.source else "")
        for d in project.scoping.data_requirements
        if not imported or d.source.endswith(f"model card {card.source}")
    ]
    risks = [] if imported else [r.description for r in project.scoping.risks]
    sections = (
        SummarySection(
            "does",
            "What the model does",
            _paragraphs(card.model_details, card.intended_use),
            "The card does not say what the model is or what it is for.",
        ),
        SummarySection(
            "trained",
            "What it was trained on",
            _paragraphs(card.training_data)
            + ((f"Data sets named: {'; '.join(data_sets)}.",) if data_sets else ()),
            "The card does not say what data the model was trained on.",
        ),
        SummarySection(
            "results",
            "How well it did, and on what",
            tuple(_result_line(m) for m in models) + _paragraphs(card.evaluation_data),
            "The card reports no results.",
        ),
        SummarySection(
            "not-for",
            "Where it must not be used",
            _paragraphs(card.out_of_scope_uses),
            "The card does not say where the model must not be used.",
        ),
        SummarySection(
            "risks",
            "Known risks and limitations",
            _paragraphs(card.ethical_considerations, card.caveats_and_recommendations)
            + tuple(r for r in risks if r not in card.ethical_considerations),
            "The card lists no risks or limitations.",
        ),
    )
    return CardSummary(project.name, card.source, sections, _questions(project, models))


def _questions(project: Project, models: list[Metric]) -> tuple[str, ...]:
    card = project.scoping.model_card
    questions: list[str] = []
    if not card.training_data.strip():
        questions.append("What data was the model trained on, from when, and with what consent?")
    if not models:
        questions.append("How well does the model do, measured on which data?")
    elif not card.evaluation_data.strip():
        questions.append("On which data were the reported results measured, and how recent is it?")
    if models:
        questions.append("How does the model do on a sample of our own data, not only on these?")
    if not card.out_of_scope_uses.strip():
        questions.append("Where must the model not be used?")
    if not card.ethical_considerations.strip() and not project.scoping.risks:
        questions.append("What are its known failure modes and biases, and who is affected?")
    if not card.caveats_and_recommendations.strip():
        questions.append("What do you recommend to keep it safe in use (review, monitoring)?")
    return tuple(questions)
