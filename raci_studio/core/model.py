"""The project model: every object a `.raci.json` file holds.

Models forbid unknown fields and cap string lengths, so a file is either a whole, valid project
or refused. Schemas are built lazily (``defer_build``) so that start-up does not pay for them.
References between objects (an assignment to a role, a flow to a phase) are checked by
:mod:`raci_studio.core.references`, not here, so that a model can be edited step by step.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, StringConstraints

FORMAT_NAME: Final = "raci-studio"
SCHEMA_VERSION: Final = 2

#: A stable, human-readable identifier: a slug made from a name, never changed by a rename.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]
#: A one-line name: no control characters, at most 200 characters.
Name = Annotated[str, StringConstraints(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")]
#: A short label for a column header.
Short = Annotated[str, StringConstraints(max_length=12, pattern=r"^[^\x00-\x1f\x7f]*$")]
#: Free text that may span lines (tabs and newlines allowed, other control characters not).
Text = Annotated[
    str, StringConstraints(max_length=20_000, pattern=r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$")
]
#: The letters of one cell, in scheme order, e.g. "R", "RA"; never empty in a saved file.
Letters = Annotated[str, StringConstraints(min_length=1, max_length=8, pattern=r"^[A-Z]+$")]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


class Model(BaseModel):
    """Base for every project object: strict about unknown fields, assignable, lazily built."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=False,
        defer_build=True,
        use_enum_values=False,
    )


class PhaseStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"


class WorkStatus(StrEnum):
    """Where an activity's work stands; unset means nobody has said."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"


class GateOutcome(StrEnum):
    """The decision taken at a gate; a skipped gate is one the project went past undecided."""

    PASSED = "passed"
    FAILED = "failed"
    DEFERRED = "deferred"
    SKIPPED = "skipped"


class GateKind(StrEnum):
    GO_NO_GO = "go_no_go"
    ETHICAL_REVIEW = "ethical_review"
    COST_BENEFIT = "cost_benefit"
    LAUNCH_READINESS = "launch_readiness"
    OTHER = "other"


class FlowKind(StrEnum):
    FORWARD = "forward"
    FEEDBACK = "feedback"


class MetricCategory(StrEnum):
    BUSINESS_KPI = "business_kpi"
    MODEL = "model"
    OPERATIONAL = "operational"
    RESPONSIBLE = "responsible"


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Level(StrEnum):
    """A three-step rating used for risk likelihood and impact."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Role(Model):
    """A column of the RACI grid: a function in the team, optionally with named people."""

    id: Id
    name: Name
    short: Short = ""
    group: Name = ""
    colour: Colour | None = None
    people: list[Name] = Field(default_factory=list, max_length=200)
    description: Text = ""


class Phase(Model):
    """A lifecycle stage; activities belong to exactly one phase, phases are ordered."""

    id: Id
    name: Name
    status: PhaseStatus = PhaseStatus.NOT_STARTED
    description: Text = ""
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None


class Criterion(Model):
    """One go/no-go criterion: checked by a person, or bound to a metric and evaluated.

    A bound criterion compares the metric's latest value with ``value`` using ``op``; when
    ``value`` is omitted the metric's minimum acceptable threshold is used.
    """

    id: Id
    text: Text
    metric: Id | None = None
    op: Literal[">=", "<=", ">", "<"] | None = None
    value: float | None = None
    checked: bool = False
    checked_on: dt.date | None = None
    checked_by: Id | None = None
    mandatory: bool = False


class Gate(Model):
    """A decision point in the lifecycle, with its criteria and, once taken, its decision."""

    id: Id
    name: Name
    kind: GateKind = GateKind.GO_NO_GO
    after: Id | None = None
    description: Text = ""
    criteria: list[Criterion] = Field(default_factory=list, max_length=500)
    planned_date: dt.date | None = None
    decided_on: dt.date | None = None
    outcome: GateOutcome | None = None
    decided_by: Id | None = None


class Flow(Model):
    """A directed edge between two lifecycle nodes (phases or gates)."""

    id: Id
    source: Id
    target: Id
    kind: FlowKind = FlowKind.FORWARD
    label: Name = ""


class Activity(Model):
    """A row of the RACI grid: a piece of work in one phase and who does what for it.

    ``raci`` maps role ids to the letters that role holds, keys sorted by role id so that
    reordering roles never rewrites activities.
    """

    id: Id
    name: Name
    phase: Id
    description: Text = ""
    raci: dict[Id, Letters] = Field(default_factory=dict)
    due: dt.date | None = None
    status: WorkStatus | None = None
    deliverable: Name = ""


class Measurement(Model):
    """One observed value of a metric."""

    date: dt.date
    value: float
    note: Text = ""
    source: Name = ""


class Metric(Model):
    """A success metric with its target, threshold and history.

    ``threshold`` is the minimum acceptable value (the maximum acceptable one when lower is
    better). ``proxies`` names the business KPI a model metric stands in for.
    """

    id: Id
    name: Name
    category: MetricCategory = MetricCategory.MODEL
    unit: Name = ""
    direction: Direction = Direction.HIGHER
    baseline: float | None = None
    target: float | None = None
    threshold: float | None = None
    proxies: Id | None = None
    description: Text = ""
    measurements: list[Measurement] = Field(default_factory=list, max_length=100_000)


#: A content hash as DVC writes it (an MD5 in hex, with ".dir" for a folder).
ContentHash = Annotated[str, StringConstraints(max_length=80, pattern=r"^[0-9a-zA-Z.:_-]*$")]


class Lineage(Model):
    """Where a data set's content was recorded (a DVC-tracked path) and when it changed."""

    path: Name
    hash: ContentHash = ""
    size: int | None = Field(default=None, ge=0)
    files: int | None = Field(default=None, ge=0)
    stage: Name = ""
    recorded: dt.date
    previous_hash: ContentHash = ""
    changed: dt.date | None = None


class DataRequirement(Model):
    id: Id
    dataset: Name
    source: Name = ""
    owner: Id | None = None
    availability: Name = ""
    sensitivity: Name = ""
    quality_concerns: Text = ""
    lineage: Lineage | None = None


class Risk(Model):
    id: Id
    description: Text
    likelihood: Level = Level.MEDIUM
    impact: Level = Level.MEDIUM
    mitigation: Text = ""
    owner: Id | None = None


class Note(Model):
    """A short item of a list such as assumptions."""

    id: Id
    text: Text


class ConstraintKind(StrEnum):
    LATENCY = "latency"
    COST = "cost"
    FAIRNESS = "fairness"
    LEGAL = "legal"
    OTHER = "other"


class Constraint(Model):
    id: Id
    kind: ConstraintKind = ConstraintKind.OTHER
    text: Text


class Decision(Model):
    """An entry of the decision log.

    One that hands an activity to a new Accountable role names the activity and the roles, so
    the handoff can be drawn; one that sends work back along a feedback loop names the flow.
    """

    id: Id
    date: dt.date
    decision: Text
    by: Id | None = None
    rationale: Text = ""
    activity: Id | None = None
    from_role: Id | None = None
    to_role: Id | None = None
    flow: Id | None = None


class ModelCard(Model):
    """The model card, filled in once a model exists."""

    model_details: Text = ""
    intended_use: Text = ""
    out_of_scope_uses: Text = ""
    training_data: Text = ""
    evaluation_data: Text = ""
    ethical_considerations: Text = ""
    caveats_and_recommendations: Text = ""
    #: When the card was written (the date of an imported card), for lineage checks.
    date: dt.date | None = None
    #: Where an imported card came from ("bert-base-uncased README.md").
    source: Name = ""


class Lesson(Model):
    """What a retrospective learned, and the go/no-go criterion that would have caught it."""

    id: Id
    text: Text
    criterion: Text = ""


class Retrospective(Model):
    """What the PM adds to the computed root-cause analysis once the project is over."""

    summary: Text = ""
    findings: list[Note] = Field(default_factory=list, max_length=1000)
    contributing_factors: list[Note] = Field(default_factory=list, max_length=1000)
    lessons: list[Lesson] = Field(default_factory=list, max_length=1000)


class Scoping(Model):
    """The Model Requirements Document (MRD)."""

    problem_statement: Text = ""
    business_objective: Text = ""
    data_requirements: list[DataRequirement] = Field(default_factory=list, max_length=1000)
    risks: list[Risk] = Field(default_factory=list, max_length=1000)
    assumptions: list[Note] = Field(default_factory=list, max_length=1000)
    constraints: list[Constraint] = Field(default_factory=list, max_length=1000)
    go_no_go: list[Criterion] = Field(default_factory=list, max_length=1000)
    decision_log: list[Decision] = Field(default_factory=list, max_length=10_000)
    model_card: ModelCard = Field(default_factory=ModelCard)
    mandatory_sections: list[Id] | None = Field(default=None, max_length=50)


class ConflictKind(StrEnum):
    """Why a three-way merge could not decide."""

    EDITED = "edited"  # the same value changed differently on both sides
    DELETED = "deleted"  # deleted on one side, changed (or still used) on the other
    ADDED = "added"  # the same new id added on both sides with different content


#: The sides of a three-way merge, as conflicts name them.
Side = Literal["base", "ours", "theirs"]
#: One step of a conflict's path: a field name, an id, or a measurement's key.
PathStep = Annotated[str, StringConstraints(max_length=240)]


class Conflict(Model):
    """What a three-way merge could not decide, kept until a person resolves it.

    The project holds our side's value (or, when our side deleted something the other side
    still uses, the thing itself) while the conflict is open. ``path`` leads from the project
    to the value by field names and ids, e.g. ``["activities", "train-model", "raci",
    "data-engineer"]``; ``base``, ``ours`` and ``theirs`` are the three values as they appear
    in the file, and ``absent`` names the sides where the value does not exist (deleted, or
    not yet added). ``resolved`` records the choice made in the app; saving drops resolved
    conflicts.
    """

    id: Id
    kind: ConflictKind = ConflictKind.EDITED
    where: Text
    path: list[PathStep] = Field(min_length=1, max_length=12)
    base: JsonValue = None
    ours: JsonValue = None
    theirs: JsonValue = None
    absent: list[Side] = Field(default_factory=list, max_length=3)
    note: Text = ""
    resolved: Literal["base", "ours", "theirs", "edited"] | None = None


class Project(Model):
    """One RACI Studio project: the whole content of a `.raci.json` file."""

    format: Literal["raci-studio"] = FORMAT_NAME
    schema_version: Literal[2] = SCHEMA_VERSION
    name: Name
    description: Text = ""
    scheme: Literal["RACI", "RASCI"] = "RACI"
    roles: list[Role] = Field(default_factory=list, max_length=1000)
    phases: list[Phase] = Field(default_factory=list, max_length=1000)
    gates: list[Gate] = Field(default_factory=list, max_length=1000)
    flows: list[Flow] = Field(default_factory=list, max_length=5000)
    activities: list[Activity] = Field(default_factory=list, max_length=100_000)
    metrics: list[Metric] = Field(default_factory=list, max_length=1000)
    scoping: Scoping = Field(default_factory=Scoping)
    layout: dict[Id, tuple[float, float]] = Field(default_factory=dict)
    retrospective: Retrospective = Field(default_factory=Retrospective)
    conflicts: list[Conflict] = Field(default_factory=list, max_length=100_000)
