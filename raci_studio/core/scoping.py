"""The Model Requirements Document (MRD): completeness, risk scores, team and success metrics.

Everything here reads a project and returns fresh values, so the scoping view, the reports
and the lint can share one reading of the MRD. Its lint rules live in
:mod:`raci_studio.core.rules.scoping`, its go/no-go checklist in :mod:`raci_studio.core.go_no_go`.

Mandatory sections
------------------
A scoping document is complete when it has a problem statement, a business KPI with a model
metric proxying it, data requirements and risks, a team RACI (activities, each with an
Accountable and a Responsible role) and go/no-go criteria.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from raci_studio.core.evidence import CARD_SECTIONS
from raci_studio.core.metrics import (
    status,
)
from raci_studio.core.model import (
    Level,
    Metric,
    MetricCategory,
    Project,
    Risk,
    Scoping,
)
from raci_studio.core.palette import METRIC_STATES
from raci_studio.core.templates import placeholder_texts

#: The mandatory sections, in the order the document shows them: key -> title.
SECTION_TITLES: dict[str, str] = {
    "problem-statement": "Problem statement",
    "success-metrics": "Business KPI and model metric",
    "data-and-risks": "Data requirements and risks",
    "team": "Team RACI",
    "go-no-go": "Go/no-go criteria",
}

#: Sections a template may make mandatory besides the default ones: key -> title.
OPTIONAL_SECTION_TITLES: dict[str, str] = {
    "business-objective": "Business objective",
    "assumptions-and-constraints": "Assumptions and constraints",
    "decision-log": "Decision log",
    "model-card": "Model card",
}
#: Every section a template may make mandatory, in document order: key -> title.
ALL_SECTION_TITLES: dict[str, str] = {
    "problem-statement": "Problem statement",
    "business-objective": "Business objective",
    "success-metrics": "Business KPI and model metric",
    "data-and-risks": "Data requirements and risks",
    "assumptions-and-constraints": "Assumptions and constraints",
    "team": "Team RACI",
    "go-no-go": "Go/no-go criteria",
    "decision-log": "Decision log",
    "model-card": "Model card",
}

#: Numeric weight of a likelihood or impact level.
LEVEL_WEIGHT: dict[Level, int] = {Level.LOW: 1, Level.MEDIUM: 2, Level.HIGH: 3}

# -- completeness ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionCheck:
    """Whether one mandatory section of the MRD is filled.

    Attributes
    ----------
    key : str
        Stable key of the section (a key of :data:`SECTION_TITLES`).
    title : str
    filled : bool
    missing : str
        What is missing, in words ("" when filled).
    """

    key: str
    title: str
    filled: bool
    missing: str = ""


@dataclass(frozen=True)
class Completeness:
    """The mandatory sections and how many are filled.

    Attributes
    ----------
    sections : tuple of SectionCheck
        In document order.
    """

    sections: tuple[SectionCheck, ...]

    @property
    def filled(self) -> int:
        """Return the number of filled sections."""
        return sum(s.filled for s in self.sections)

    @property
    def percent(self) -> int:
        """Return the share of filled sections, rounded to a whole percent."""
        return round(100 * self.filled / len(self.sections)) if self.sections else 100

    @property
    def missing(self) -> list[SectionCheck]:
        """Return the sections still to fill."""
        return [s for s in self.sections if not s.filled]


def completeness(project: Project) -> Completeness:
    """Check which mandatory sections of the MRD are filled.

    The mandatory sections are the project's ``scoping.mandatory_sections`` when its template
    set them (any keys of :data:`ALL_SECTION_TITLES`, in document order), else the keys of
    :data:`SECTION_TITLES`.

    Returns
    -------
    Completeness
        One :class:`SectionCheck` per mandatory section, with what is missing.
    """
    scoping = project.scoping
    wanted = mandatory_sections(project)
    checks = {
        "problem-statement": lambda: _missing_problem(scoping),
        "business-objective": lambda: _missing_objective(scoping),
        "success-metrics": lambda: _missing_metrics(project.metrics),
        "data-and-risks": lambda: _missing_data_and_risks(scoping),
        "assumptions-and-constraints": lambda: _missing_assumptions(scoping),
        "team": lambda: _missing_team(project),
        "go-no-go": lambda: _missing_go_no_go(scoping),
        "decision-log": lambda: "" if scoping.decision_log else "no decision recorded yet",
        "model-card": lambda: _missing_model_card(scoping),
    }
    return Completeness(
        tuple(
            SectionCheck(key, ALL_SECTION_TITLES[key], not why, why)
            for key in wanted
            for why in (checks[key](),)
        )
    )


def mandatory_sections(project: Project) -> list[str]:
    """Return the keys of the sections this project must fill, in document order."""
    chosen = project.scoping.mandatory_sections
    if chosen is None:
        return list(SECTION_TITLES)
    return [key for key in ALL_SECTION_TITLES if key in chosen]


def _missing_objective(scoping: Scoping) -> str:
    return "" if scoping.business_objective.strip() else "no business objective yet"


def _missing_assumptions(scoping: Scoping) -> str:
    if scoping.assumptions or scoping.constraints:
        return ""
    return "no assumptions or constraints yet"


def _missing_model_card(scoping: Scoping) -> str:
    card = scoping.model_card
    texts = (getattr(card, name) for name in type(card).model_fields)
    if any(isinstance(text, str) and text.strip() for text in texts):
        return ""
    return "the model card is empty"


def _missing_problem(scoping: Scoping) -> str:
    return "" if scoping.problem_statement.strip() else "no problem statement yet"


def _missing_metrics(metrics: list[Metric]) -> str:
    own = [m for m in metrics if m.name not in placeholder_texts()]
    kpis = [m for m in own if m.category == MetricCategory.BUSINESS_KPI]
    if not kpis:
        if any(m.category == MetricCategory.BUSINESS_KPI for m in metrics):
            return "the business KPI still has the template's name: name your own"
        return "no business KPI yet"
    kpi_ids = {m.id for m in kpis}
    if any(m.category == MetricCategory.MODEL and m.proxies in kpi_ids for m in own):
        return ""
    return "no model metric is linked to a business KPI as its proxy"


def _missing_data_and_risks(scoping: Scoping) -> str:
    lacking = []
    if not scoping.data_requirements:
        lacking.append("no data requirements")
    if not _own(r.description for r in scoping.risks):
        lacking.append("no risks of your own" if scoping.risks else "no risks")
    return " and ".join(lacking) + (" yet" if lacking else "")


def _missing_go_no_go(scoping: Scoping) -> str:
    if _own(c.text for c in scoping.go_no_go):
        return ""
    if scoping.go_no_go:
        return "only the template's suggested go/no-go criteria so far"
    return "no go/no-go criteria yet"


def _own(texts: Iterable[str]) -> bool:
    """Return True when any text is filled in and not a template's suggestion."""
    placeholders = placeholder_texts()
    return any(t.strip() and t not in placeholders for t in texts)


def _missing_team(project: Project) -> str:
    if not project.activities:
        return "no activities in the RACI grid yet"
    incomplete = [
        a
        for a in project.activities
        if "A" not in "".join(a.raci.values()) or "R" not in "".join(a.raci.values())
    ]
    if not incomplete:
        return ""
    if len(incomplete) == 1:
        return f'"{incomplete[0].name}" has no Accountable or no Responsible role'
    return f"{len(incomplete)} activities have no Accountable or no Responsible role"


def mrd_started(scoping: Scoping) -> bool:
    """Return True once anything of the MRD has been written (any text or row)."""
    card = scoping.model_card
    texts = (scoping.problem_statement, scoping.business_objective)
    rows = (
        scoping.data_requirements,
        scoping.risks,
        scoping.assumptions,
        scoping.constraints,
        scoping.go_no_go,
        scoping.decision_log,
    )
    card_texts = (getattr(card, name) for name in CARD_SECTIONS)
    return any(t.strip() for t in texts) or any(rows) or any(t.strip() for t in card_texts)


# -- risks ----------------------------------------------------------------------------------


def risk_score(risk: Risk) -> int:
    """Return likelihood × impact on a 1–3 scale each (1 to 9)."""
    return LEVEL_WEIGHT[Level(risk.likelihood)] * LEVEL_WEIGHT[Level(risk.impact)]


def heat_level(score: int) -> Level:
    """Return the heat of a risk score: low (1–2), medium (3–4) or high (6–9)."""
    if score >= 6:
        return Level.HIGH
    if score >= 3:
        return Level.MEDIUM
    return Level.LOW


def risk_heat(risk: Risk) -> Level:
    """Return the heat level of ``risk``."""
    return heat_level(risk_score(risk))


# -- success metrics ------------------------------------------------------------------------


@dataclass(frozen=True)
class KpiPair:
    """A business KPI with the model metrics that proxy it (``kpi`` None: not linked)."""

    kpi: Metric | None
    proxies: tuple[Metric, ...]


def success_pairs(project: Project) -> list[KpiPair]:
    """Pair each business KPI with its proxy model metrics, in the order of the metrics.

    Model metrics that proxy no KPI come last, in one pair whose ``kpi`` is None.
    """
    metrics = project.metrics
    kpis = [m for m in metrics if m.category == MetricCategory.BUSINESS_KPI]
    kpi_ids = {m.id for m in kpis}
    pairs = [
        KpiPair(kpi, tuple(m for m in metrics if m.proxies == kpi.id and m is not kpi))
        for kpi in kpis
    ]
    loose = tuple(
        m for m in metrics if m.category == MetricCategory.MODEL and m.proxies not in kpi_ids
    )
    if loose:
        pairs.append(KpiPair(None, loose))
    return pairs


def other_metrics(project: Project) -> list[Metric]:
    """Return the operational and responsible-AI metrics (latency, cost, fairness, …)."""
    broad = (MetricCategory.OPERATIONAL, MetricCategory.RESPONSIBLE)
    return [m for m in project.metrics if m.category in broad]


def metric_state(metric: Metric) -> str:
    """Return a key of :data:`METRIC_STATES` saying where ``metric`` stands."""
    return status(metric).value


def metric_status_words(metric: Metric) -> str:
    """Return where ``metric`` stands, in words ("Target met", "Not measured yet", …)."""
    return METRIC_STATES[metric_state(metric)][1]


# -- team -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseTeam:
    """Who is Accountable and Responsible in one phase (role ids in role order)."""

    phase_id: str
    phase_name: str
    accountable: tuple[str, ...]
    responsible: tuple[str, ...]
    activities: int


def team_summary(project: Project) -> list[PhaseTeam]:
    """Return, per phase in phase order, the roles that are A and R on its activities."""
    role_order = {r.id: i for i, r in enumerate(project.roles)}
    found: dict[str, tuple[set[str], set[str], list[int]]] = {
        p.id: (set(), set(), [0]) for p in project.phases
    }
    for activity in project.activities:
        entry = found.get(activity.phase)
        if entry is None:
            continue
        entry[2][0] += 1
        for role, letters in activity.raci.items():
            if "A" in letters:
                entry[0].add(role)
            if "R" in letters:
                entry[1].add(role)

    def ordered(ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(ids, key=lambda r: (role_order.get(r, len(role_order)), r)))

    return [
        PhaseTeam(p.id, p.name, ordered(found[p.id][0]), ordered(found[p.id][1]), found[p.id][2][0])
        for p in project.phases
    ]


def role_names(project: Project, role_ids: Iterable[str]) -> list[str]:
    """Return the names of ``role_ids`` (the id itself for an unknown role)."""
    names = {r.id: r.name for r in project.roles}
    return [names.get(r, r) for r in role_ids]


def today() -> dt.date:
    """Return today's date (the default date of a check mark or a decision)."""
    return dt.date.today()
