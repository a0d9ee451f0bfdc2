"""What the Markdown and HTML reports share: section titles and the rows of their tables.

Rows are plain strings (not yet escaped): each writer escapes them for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass

from raci_studio.core.actions.scoping import MODEL_CARD_FIELDS
from raci_studio.core.criteria import op_sign
from raci_studio.core.go_no_go import go_no_go_summary
from raci_studio.core.metrics import GateState, current_value, latest
from raci_studio.core.model import ConstraintKind, Level, Metric, MetricCategory, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.palette import METRIC_STATES
from raci_studio.core.scoping import (
    KpiPair,
    metric_state,
    other_metrics,
    risk_heat,
    risk_score,
    role_names,
    success_pairs,
    team_summary,
)

#: The sections of the MRD, in document order: anchor id -> title.
MRD_SECTIONS: dict[str, str] = {
    "problem-statement": "Problem statement",
    "business-objective": "Business objective",
    "success-metrics": "Success metrics",
    "data-requirements": "Data requirements",
    "risks": "Risks",
    "assumptions": "Assumptions",
    "constraints": "Constraints",
    "team": "Team",
    "go-no-go": "Go/No-Go criteria",
    "decision-log": "Decision log",
    "model-card": "Model card",
}

#: Titles of the model card's fields, in the order the MRD lists them.
MODEL_CARD_TITLES: dict[str, str] = {
    field: words[0].upper() + words[1:] for field, words in MODEL_CARD_FIELDS.items()
}

LEVEL_WORDS = {Level.LOW: "Low", Level.MEDIUM: "Medium", Level.HIGH: "High"}
CONSTRAINT_WORDS = {
    ConstraintKind.LATENCY: "Latency",
    ConstraintKind.COST: "Cost",
    ConstraintKind.FAIRNESS: "Fairness",
    ConstraintKind.LEGAL: "Legal",
    ConstraintKind.OTHER: "Other",
}
CATEGORY_WORDS = {
    MetricCategory.BUSINESS_KPI: "Business KPI",
    MetricCategory.MODEL: "Model metric",
    MetricCategory.OPERATIONAL: "Operational",
    MetricCategory.RESPONSIBLE: "Responsible AI",
}
NOT_WRITTEN = "Not written yet."

METRIC_HEADER = ("Metric", "Kind", "Baseline", "Target", "Threshold", "Latest", "Status")
DATA_HEADER = (
    "Data set",
    "Source",
    "Owner",
    "Availability",
    "Sensitivity / PII",
    "Quality concerns",
)
RISK_HEADER = ("Risk", "Likelihood", "Impact", "Score", "Mitigation", "Owner")
CONSTRAINT_HEADER = ("Kind", "Constraint")
TEAM_HEADER = ("Phase", "Accountable", "Responsible", "Activities")
GO_NO_GO_HEADER = ("Criterion", "Decided by", "State", "Details")
DECISION_HEADER = ("Date", "Decision", "Decided by", "Rationale")


@dataclass(frozen=True)
class MetricRow:
    """One line of the success-metrics table; ``indent`` marks a proxy under its KPI."""

    metric: Metric
    cells: tuple[str, ...]
    status: str
    indent: bool


def value(metric: Metric, number: float | None) -> str:
    """Return a metric value as people read it, or an em dash when there is none."""
    return "—" if number is None else format_value(float(number), metric.unit)


def metric_rows(project: Project) -> list[MetricRow]:
    """Return the success metrics: each KPI with its proxies, then the others."""
    out: list[MetricRow] = []
    for pair in success_pairs(project):
        if pair.kpi is not None:
            out.append(_metric_row(pair.kpi, "Business KPI", False))
        out.extend(_metric_row(m, _proxy_words(pair), pair.kpi is not None) for m in pair.proxies)
    out.extend(_metric_row(m, CATEGORY_WORDS[m.category], False) for m in other_metrics(project))
    return out


def _proxy_words(pair: KpiPair) -> str:
    return "Model metric (proxy)" if pair.kpi is not None else "Model metric, not linked to a KPI"


def _metric_row(metric: Metric, kind: str, indent: bool) -> MetricRow:
    last = latest(metric)
    latest_text = "—" if last is None else f"{value(metric, last.value)} ({last.date.isoformat()})"
    state = metric_state(metric)
    cells = (
        metric.name,
        kind,
        value(metric, metric.baseline),
        value(metric, metric.target),
        value(metric, metric.threshold),
        latest_text,
        METRIC_STATES[state][1],
    )
    return MetricRow(metric, cells, state, indent)


def _role(project: Project, role_id: str | None) -> str:
    return role_names(project, [role_id])[0] if role_id else ""


def data_rows(project: Project) -> list[tuple[str, ...]]:
    """Return the rows of the data requirements table."""
    return [
        (
            d.dataset,
            d.source,
            _role(project, d.owner),
            d.availability,
            d.sensitivity,
            d.quality_concerns,
        )
        for d in project.scoping.data_requirements
    ]


def risk_rows(project: Project) -> list[tuple[tuple[str, ...], Level]]:
    """Return the rows of the risks table with the heat level of each."""
    return [
        (
            (
                r.description,
                LEVEL_WORDS[Level(r.likelihood)],
                LEVEL_WORDS[Level(r.impact)],
                f"{risk_score(r)} ({LEVEL_WORDS[risk_heat(r)].lower()})",
                r.mitigation,
                _role(project, r.owner),
            ),
            risk_heat(r),
        )
        for r in project.scoping.risks
    ]


def constraint_rows(project: Project) -> list[tuple[str, ...]]:
    """Return the rows of the constraints table."""
    return [(CONSTRAINT_WORDS[ConstraintKind(c.kind)], c.text) for c in project.scoping.constraints]


def team_rows(project: Project) -> list[tuple[str, ...]]:
    """Return, per phase, the Accountable and Responsible roles."""
    return [
        (
            t.phase_name,
            ", ".join(role_names(project, t.accountable)) or "—",
            ", ".join(role_names(project, t.responsible)) or "—",
            str(t.activities),
        )
        for t in team_summary(project)
    ]


def go_no_go_rows(project: Project) -> tuple[list[tuple[tuple[str, ...], str]], str, str]:
    """Return the checklist rows with their verdict, the overall verdict in words and its key."""
    summary = go_no_go_summary(project)
    metrics = {m.id: m for m in project.metrics}
    out: list[tuple[tuple[str, ...], str]] = []
    for item in summary.items:
        criterion = item.criterion
        if criterion.metric is None:
            how = "Manual check"
        else:
            metric = metrics.get(criterion.metric)
            name = metric.name if metric else criterion.metric
            need = ""
            if item.result.op and item.result.expected is not None and metric is not None:
                need = f" {op_sign(item.result.op)} {value(metric, item.result.expected)}"
            how = f"Metric: {name}{need}"
        verdict = _VERDICT_WORDS[item.verdict.value]
        out.append(((criterion.text, how, verdict, item.words), item.verdict.value))
    total = len(summary.items)
    passing = summary.count(GateState.PASS)
    overall = f"{_VERDICT_WORDS[summary.state.value]}: {passing} of {total} criteria pass."
    if not total:
        overall = "Not yet: no criteria written."
    return out, overall, summary.state.value


_VERDICT_WORDS = {"pass": "Pass", "fail": "Fail", "not_yet": "Not yet"}


def decision_rows(project: Project) -> list[tuple[str, ...]]:
    """Return the decision log rows, in the order of the log."""
    return [
        (d.date.isoformat(), d.decision, _role(project, d.by), d.rationale)
        for d in project.scoping.decision_log
    ]


def model_card_items(project: Project) -> list[tuple[str, str]]:
    """Return (title, text) for each field of the model card, empty ones included."""
    card = project.scoping.model_card
    return [(title, getattr(card, field)) for field, title in MODEL_CARD_TITLES.items()]


def measured_model_metrics(project: Project) -> list[tuple[Metric, float]]:
    """Return the model metrics that have a measurement, with their latest value."""
    out = []
    for metric in project.metrics:
        number = current_value(metric)
        if metric.category == MetricCategory.MODEL and number is not None:
            out.append((metric, float(number)))
    return out


def model_card_metric_lines(project: Project) -> list[str]:
    """Return one line per non-KPI metric for the model card: latest value and status."""
    return [
        f"{row.cells[0]}: {row.cells[5]}, {row.cells[6].lower()}"
        for row in metric_rows(project)
        if row.metric.category != MetricCategory.BUSINESS_KPI
    ]
