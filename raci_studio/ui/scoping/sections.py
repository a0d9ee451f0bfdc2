"""The Scoping form's sections: which section fills each completeness key, and the MRD tables."""

from __future__ import annotations

#: Completeness keys (and finding ids) -> the form section that fills them.
SECTION_OF_KEY = {
    "problem-statement": "problem-statement",
    "success-metrics": "success-metrics",
    "data-and-risks": "data-requirements",
    "team": "team",
    "go-no-go": "go-no-go",
}

#: The MRD tables: (form section, list name, heading, hint, add-button text).
TABLES = (
    (
        "data-requirements",
        "data_requirements",
        "Data requirements",
        "The data sets the model needs: where they come from, who owns them, when they are "
        "available, how sensitive they are and what is wrong with them.",
        "Add data set",
    ),
    (
        "risks",
        "risks",
        "Risks",
        "What could go wrong. Score = likelihood × impact; mitigate the red ones first.",
        "Add risk",
    ),
    ("assumptions", "assumptions", "Assumptions", "What the plan takes for granted.", "Add"),
    (
        "constraints",
        "constraints",
        "Constraints",
        "Limits the solution must respect: latency, cost, fairness, legal.",
        "Add constraint",
    ),
    (
        "go-no-go",
        "go_no_go",
        "Go/No-Go criteria",
        "What must hold before model development goes ahead. A manual criterion is ticked by a "
        "person (dated); one bound to a metric is evaluated from its latest value.",
        "Add criterion",
    ),
    (
        "decision-log",
        "decision_log",
        "Decision log",
        "What was decided, when, by whom and why.",
        "Add decision",
    ),
)
