"""The Scoping form's sections: which section fills each completeness key, the MRD tables,
and the words of every heading."""

from __future__ import annotations

from typing import NamedTuple

from raci_studio.core.metrics import GateState
from raci_studio.ui.i18n import translate

#: Completeness keys (and finding ids) -> the form section that fills them.
SECTION_OF_KEY = {
    "problem-statement": "problem-statement",
    "success-metrics": "success-metrics",
    "data-and-risks": "data-requirements",
    "team": "team",
    "go-no-go": "go-no-go",
}


class TableSection(NamedTuple):
    """One MRD table of the form: its section key, list name, heading, hint and add button."""

    key: str
    name: str
    title: str
    hint: str
    add: str


def tables() -> tuple[TableSection, ...]:
    """Return the MRD tables in form order, their words in the user's language."""
    return (
        TableSection(
            "data-requirements",
            "data_requirements",
            translate("Scoping", "Data requirements"),
            translate(
                "Scoping",
                "The data sets the model needs: where they come from, who owns them, when "
                "they are available, how sensitive they are and what is wrong with them.",
            ),
            translate("Scoping", "Add data set"),
        ),
        TableSection(
            "risks",
            "risks",
            translate("Scoping", "Risks"),
            translate(
                "Scoping",
                "What could go wrong. Score = likelihood × impact; mitigate the red ones first.",
            ),
            translate("Scoping", "Add risk"),
        ),
        TableSection(
            "assumptions",
            "assumptions",
            translate("Scoping", "Assumptions"),
            translate("Scoping", "What the plan takes for granted."),
            translate("Scoping", "Add assumption"),
        ),
        TableSection(
            "constraints",
            "constraints",
            translate("Scoping", "Constraints"),
            translate(
                "Scoping", "Limits the solution must respect: latency, cost, fairness, legal."
            ),
            translate("Scoping", "Add constraint"),
        ),
        TableSection(
            "go-no-go",
            "go_no_go",
            translate("Scoping", "Go/No-Go criteria"),
            translate(
                "Scoping",
                "What must hold before model development goes ahead. A manual criterion is "
                "ticked by a person (dated); one bound to a metric is evaluated from its latest "
                "value.",
            ),
            translate("Scoping", "Add criterion"),
        ),
        TableSection(
            "decision-log",
            "decision_log",
            translate("Scoping", "Decision log"),
            translate("Scoping", "What was decided, when, by whom and why."),
            translate("Scoping", "Add decision"),
        ),
    )


def section_words() -> dict[str, tuple[str, str]]:
    """Return the heading and hint of each section that is not an MRD table."""
    return {
        "problem-statement": (
            translate("Scoping", "Problem statement"),
            translate(
                "Scoping", "The problem in business terms: who has it, what it costs, why now."
            ),
        ),
        "business-objective": (
            translate("Scoping", "Business objective"),
            translate("Scoping", "The result the business wants, measurable and dated."),
        ),
        "success-metrics": (
            translate("Scoping", "Success metrics"),
            translate(
                "Scoping",
                "Each business KPI with the model metrics that stand in for it, then latency, "
                "cost and fairness. Edit baseline, target and threshold here; double-click a "
                "metric to open it in the Metrics view.",
            ),
        ),
        "team": (
            translate("Scoping", "Team"),
            translate(
                "Scoping",
                "From the RACI grid: per phase, who is Accountable and who is Responsible. "
                "Double-click a phase to see its activities in the grid.",
            ),
        ),
        "schedule": (
            translate("Scoping", "Schedule"),
            translate(
                "Scoping",
                "When each phase is planned to run and did run, and what was decided at each "
                "gate. Double-click a date to pick it from a calendar (Delete clears it), or a "
                "name to see it in the Lifecycle tab.",
            ),
        ),
        "model-card": (
            translate("Scoping", "Model card"),
            translate(
                "Scoping",
                "For when the model exists. Its metrics are taken from the project's metrics.",
            ),
        ),
    }


def model_card_titles() -> dict[str, str]:
    """Return the model card's field headings in the user's language."""
    return {
        "model_details": translate("Scoping", "Model details"),
        "intended_use": translate("Scoping", "Intended use"),
        "out_of_scope_uses": translate("Scoping", "Out-of-scope uses"),
        "training_data": translate("Scoping", "Training data"),
        "evaluation_data": translate("Scoping", "Evaluation data"),
        "ethical_considerations": translate("Scoping", "Ethical considerations"),
        "caveats_and_recommendations": translate("Scoping", "Caveats and recommendations"),
    }


def verdict_words() -> dict[GateState, str]:
    """Return the go/no-go verdicts in the user's language."""
    return {
        GateState.PASS: translate("Scoping", "Pass"),
        GateState.FAIL: translate("Scoping", "Fail"),
        GateState.NOT_YET: translate("Scoping", "Not yet"),
    }


def completeness_titles() -> dict[str, str]:
    """Return the title of every section a template may make mandatory (core's keys)."""
    return {
        "problem-statement": translate("Scoping", "Problem statement"),
        "business-objective": translate("Scoping", "Business objective"),
        "success-metrics": translate("Scoping", "Business KPI and model metric"),
        "data-and-risks": translate("Scoping", "Data requirements and risks"),
        "assumptions-and-constraints": translate("Scoping", "Assumptions and constraints"),
        "team": translate("Scoping", "Team RACI"),
        "go-no-go": translate("Scoping", "Go/no-go criteria"),
        "decision-log": translate("Scoping", "Decision log"),
        "model-card": translate("Scoping", "Model card"),
    }


def metric_state_words() -> dict[str, str]:
    """Return where a metric stands, for each of core's metric states."""
    return {
        "met": translate("Scoping", "Target met"),
        "at_risk": translate("Scoping", "At risk"),
        "breached": translate("Scoping", "Threshold breached"),
        "no_data": translate("Scoping", "Not measured yet"),
        "no_target": translate("Scoping", "No target set"),
    }
