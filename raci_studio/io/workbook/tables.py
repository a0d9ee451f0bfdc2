"""The layout of our workbook's data sheets, shared by the writer and the reader.

Each table is a list of columns, each column names the model field it holds and how the
value is shown (an enum as a label, people one per line, a date as a date). The writer and
the reader both work from these specs, so a column cannot be written one way and read
another. Headers are matched by text when reading, so a recipient may reorder columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from raci_studio.core.model import (
    ConstraintKind,
    Direction,
    FlowKind,
    GateKind,
    GateOutcome,
    Level,
    MetricCategory,
    PhaseStatus,
    WorkStatus,
)

#: The value of the ``format`` row of the hidden marker sheet.
WORKBOOK_FORMAT = "raci-studio-workbook"
#: Bumped when the sheets change in a way an older reader would misread.
WORKBOOK_VERSION = 1
MARKER_SHEET = "_raci_studio"
LAYOUT_SHEET = "_layout"

RACI_SHEET = "RACI"
ASSIGNMENTS_SHEET = "Assignments"
ROLES_SHEET = "Roles"
LIFECYCLE_SHEET = "Lifecycle"
METRICS_SHEET = "Metrics"
MEASUREMENTS_SHEET = "Measurements"
SCOPING_SHEET = "Scoping"

# The RACI sheet's fixed headers; role columns sit between ACTIVITY and CHECK.
KEY_HEADER = "ID"
NUMBER_HEADER = "#"
ACTIVITY_HEADER = "Activity"
CHECK_HEADER = "Check"
DESCRIPTION_HEADER = "Description"
DUE_HEADER = "Due"
STATUS_HEADER = "Status"
DELIVERABLE_HEADER = "Deliverable"
#: Prefix of the hidden key of a phase group row ("phase:data-collection"); ids have no colon.
PHASE_KEY = "phase:"

LABELS: dict[type[StrEnum], dict[str, str]] = {
    PhaseStatus: {
        "not_started": "Not started",
        "in_progress": "In progress",
        "done": "Done",
        "blocked": "Blocked",
    },
    GateKind: {
        "go_no_go": "Go/no-go",
        "ethical_review": "Ethical review",
        "cost_benefit": "Cost-benefit",
        "launch_readiness": "Launch readiness",
        "other": "Other",
    },
    WorkStatus: {
        "not_started": "Not started",
        "in_progress": "In progress",
        "done": "Done",
        "blocked": "Blocked",
    },
    GateOutcome: {
        "passed": "Passed",
        "failed": "Failed",
        "deferred": "Deferred",
        "skipped": "Skipped",
    },
    FlowKind: {"forward": "Forward", "feedback": "Feedback"},
    MetricCategory: {
        "business_kpi": "Business KPI",
        "model": "Model",
        "operational": "Operational",
        "responsible": "Responsible AI",
    },
    Direction: {"higher": "Higher is better", "lower": "Lower is better"},
    Level: {"low": "Low", "medium": "Medium", "high": "High"},
    ConstraintKind: {
        "latency": "Latency",
        "cost": "Cost",
        "fairness": "Fairness",
        "legal": "Legal",
        "other": "Other",
    },
}


@dataclass(frozen=True)
class Column:
    """One column of a data table.

    ``kind`` is one of ``text`` (required string), ``optional`` (string, empty = None),
    ``number`` (float or empty), ``date``, ``optional_date``, ``bool``, ``lines`` (a list of
    one-line strings, one per line), ``enum`` (shown by its label; empty = None), ``json``
    (a nested object as compact JSON, empty = None). ``derived`` columns are written for
    people and ignored when reading. An ``optional`` column may be missing from a workbook
    written before it existed: the field then keeps its default.
    """

    header: str
    field: str
    kind: str = "text"
    width: float = 16
    enum: type[StrEnum] | None = None
    wrap: bool = False
    derived: bool = False
    optional: bool = False


@dataclass(frozen=True)
class Table:
    """A titled table: the title row (on shared sheets), the header row, one row per item."""

    title: str
    columns: tuple[Column, ...]

    def readable(self) -> dict[str, Column]:
        """Return the columns a reader uses, by header."""
        return {c.header: c for c in self.columns if not c.derived}


def _criterion_columns() -> tuple[Column, ...]:
    return (
        Column("ID", "id", width=26),
        Column("Criterion", "text", width=44, wrap=True),
        Column("Metric ID", "metric", "optional", width=26),
        Column("Operator", "op", "optional", width=9),
        Column("Value", "value", "number", width=10),
        Column("Checked", "checked", "bool", width=9),
        Column("Checked on", "checked_on", "optional_date", width=12),
        Column("Checked by", "checked_by", "optional", width=26),
        Column("Mandatory", "mandatory", "bool", width=11, optional=True),
    )


ROLES = Table(
    "Roles",
    (
        Column("ID", "id", width=26),
        Column("Role", "name", width=28),
        Column("Short label", "short", width=11),
        Column("Group", "group", width=16),
        Column("Colour", "colour", "optional", width=10),
        Column("People", "people", "lines", width=28, wrap=True),
        Column("Description", "description", width=44, wrap=True),
    ),
)
PHASES = Table(
    "Phases",
    (
        Column("ID", "id", width=26),
        Column("Phase", "name", width=30),
        Column("Status", "status", "enum", width=16, enum=PhaseStatus),
        Column("Description", "description", width=48, wrap=True),
        Column("Planned start", "planned_start", "optional_date", width=13, optional=True),
        Column("Planned end", "planned_end", "optional_date", width=13, optional=True),
        Column("Actual start", "actual_start", "optional_date", width=13, optional=True),
        Column("Actual end", "actual_end", "optional_date", width=13, optional=True),
    ),
)
GATES = Table(
    "Gates",
    (
        Column("ID", "id", width=26),
        Column("Gate", "name", width=30),
        Column("Kind", "kind", "enum", width=16, enum=GateKind),
        Column("After phase", "after", "optional", width=26),
        Column("Description", "description", width=48, wrap=True),
        Column("Planned date", "planned_date", "optional_date", width=13, optional=True),
        Column("Decided on", "decided_on", "optional_date", width=13, optional=True),
        Column("Outcome", "outcome", "enum", width=11, enum=GateOutcome, optional=True),
        Column("Decided by", "decided_by", "optional", width=26, optional=True),
    ),
)
GATE_CRITERIA = Table("Gate criteria", (Column("Gate ID", "gate", width=26), *_criterion_columns()))
FLOWS = Table(
    "Flows",
    (
        Column("ID", "id", width=26),
        Column("From", "source", width=26),
        Column("To", "target", width=26),
        Column("Kind", "kind", "enum", width=12, enum=FlowKind),
        Column("Label", "label", width=24),
    ),
)
METRICS = Table(
    "Metrics",
    (
        Column("ID", "id", width=26),
        Column("Metric", "name", width=30),
        Column("Category", "category", "enum", width=15, enum=MetricCategory),
        Column("Unit", "unit", width=10),
        Column("Direction", "direction", "enum", width=16, enum=Direction),
        Column("Baseline", "baseline", "number", width=11),
        Column("Target", "target", "number", width=11),
        Column("Threshold", "threshold", "number", width=11),
        Column("Proxies KPI", "proxies", "optional", width=26),
        Column("Description", "description", width=44, wrap=True),
    ),
)
MEASUREMENTS = Table(
    "Measurements",
    (
        Column("Metric ID", "metric", width=26),
        Column("Metric", "metric_name", width=30, derived=True),
        Column("Date", "date", "date", width=12),
        Column("Value", "value", "number", width=12),
        Column("Note", "note", width=36),
        Column("Source", "source", width=18),
    ),
)
DATA_REQUIREMENTS = Table(
    "Data requirements",
    (
        Column("ID", "id", width=26),
        Column("Dataset", "dataset", width=30),
        Column("Source", "source", width=20),
        Column("Owner", "owner", "optional", width=26),
        Column("Availability", "availability", width=16),
        Column("Sensitivity", "sensitivity", width=14),
        Column("Quality concerns", "quality_concerns", width=36, wrap=True),
        Column("Lineage (DVC)", "lineage", "json", width=40, wrap=True),
    ),
)
RISKS = Table(
    "Risks",
    (
        Column("ID", "id", width=26),
        Column("Risk", "description", width=40, wrap=True),
        Column("Likelihood", "likelihood", "enum", width=11, enum=Level),
        Column("Impact", "impact", "enum", width=10, enum=Level),
        Column("Mitigation", "mitigation", width=36, wrap=True),
        Column("Owner", "owner", "optional", width=26),
    ),
)
ASSUMPTIONS = Table(
    "Assumptions",
    (Column("ID", "id", width=26), Column("Assumption", "text", width=60, wrap=True)),
)
CONSTRAINTS = Table(
    "Constraints",
    (
        Column("ID", "id", width=26),
        Column("Kind", "kind", "enum", width=12, enum=ConstraintKind),
        Column("Constraint", "text", width=60, wrap=True),
    ),
)
GO_NO_GO = Table("Go/no-go criteria", _criterion_columns())
DECISIONS = Table(
    "Decision log",
    (
        Column("ID", "id", width=26),
        Column("Date", "date", "date", width=12),
        Column("Decision", "decision", width=40, wrap=True),
        Column("By", "by", "optional", width=26),
        Column("Rationale", "rationale", width=40, wrap=True),
        Column("Activity handed over", "activity", "optional", width=26, optional=True),
        Column("From role", "from_role", "optional", width=26, optional=True),
        Column("To role", "to_role", "optional", width=26, optional=True),
        Column("Feedback loop", "flow", "optional", width=26, optional=True),
    ),
)
FINDINGS = Table(
    "Retrospective findings",
    (Column("ID", "id", width=26), Column("Finding", "text", width=60, wrap=True)),
)
FACTORS = Table(
    "Contributing factors",
    (Column("ID", "id", width=26), Column("Factor", "text", width=60, wrap=True)),
)
LESSONS = Table(
    "Lessons",
    (
        Column("ID", "id", width=26),
        Column("Lesson", "text", width=60, wrap=True),
        Column("Go/no-go criterion", "criterion", width=44, wrap=True),
    ),
)
#: Retrospective tables of the Scoping sheet, with the Retrospective field each fills; a
#: workbook written before they existed may lack them.
RETROSPECTIVE_TABLES: tuple[tuple[Table, str], ...] = (
    (FINDINGS, "findings"),
    (FACTORS, "contributing_factors"),
    (LESSONS, "lessons"),
)
RETROSPECTIVE_SECTION = "Retrospective"
RETROSPECTIVE_FIELDS = (("Summary", "summary"),)
#: The template's rules, a block written only when the project has them.
TEMPLATE_SECTION = "Template rules"
#: Which MRD sections a project must fill: section keys, one per line.
MANDATORY_SECTIONS_LABEL = "Mandatory sections"
LAYOUT = Table(
    "Layout",
    (
        Column("Node ID", "node", width=26),
        Column("X", "x", "number", width=10),
        Column("Y", "y", "number", width=10),
    ),
)

#: Key-value sections of the Scoping sheet: title -> ((label, field), ...).
PROJECT_FIELDS = (("Name", "name"), ("Description", "description"), ("Letter scheme", "scheme"))
PROBLEM_FIELDS = (
    ("Problem statement", "problem_statement"),
    ("Business objective", "business_objective"),
)
MODEL_CARD_FIELDS = (
    ("Model details", "model_details"),
    ("Intended use", "intended_use"),
    ("Out-of-scope uses", "out_of_scope_uses"),
    ("Training data", "training_data"),
    ("Evaluation data", "evaluation_data"),
    ("Ethical considerations", "ethical_considerations"),
    ("Caveats and recommendations", "caveats_and_recommendations"),
    ("Card written on", "date"),
    ("Card source", "source"),
)
PROJECT_SECTION = "Project"
PROBLEM_SECTION = "Problem and objective"
MODEL_CARD_SECTION = "Model card"
#: Scoping tables, in sheet order, with the Scoping field each fills.
SCOPING_TABLES: tuple[tuple[Table, str], ...] = (
    (DATA_REQUIREMENTS, "data_requirements"),
    (RISKS, "risks"),
    (ASSUMPTIONS, "assumptions"),
    (CONSTRAINTS, "constraints"),
    (GO_NO_GO, "go_no_go"),
    (DECISIONS, "decision_log"),
)


def label(value: StrEnum) -> str:
    """Return the label a sheet shows for an enum value."""
    return LABELS[type(value)][value.value]


def enum_value(enum: type[StrEnum], text: str) -> str | None:
    """Return the enum value for a label or raw value (any case), or None."""
    wanted = text.strip().casefold()
    for value, shown in LABELS[enum].items():
        if wanted in (value, shown.casefold()):
            return value
    return None


def enum_choices(enum: type[StrEnum]) -> str:
    """Return the labels of ``enum`` for a message: "Low, Medium or High"."""
    shown = list(LABELS[enum].values())
    return ", ".join(shown[:-1]) + f" or {shown[-1]}"
