"""The closing slides: RACI overview, go/no-go criteria, risks, data, decisions."""

from __future__ import annotations

from raci_studio.core.go_no_go import describe_criterion
from raci_studio.core.kickoff import latest_decisions, open_gates
from raci_studio.core.lifecycle import GATE_KIND_LABELS
from raci_studio.core.metrics import CriterionState, GateState, explain_criterion
from raci_studio.core.model import Criterion, Project
from raci_studio.core.scheme import display_letters
from raci_studio.core.scoping import risk_heat, role_names, team_summary
from raci_studio.io.deck.fit import chunks, page_label
from raci_studio.io.deck.frame import Deck
from raci_studio.io.deck.shapes import Cell
from raci_studio.io.deck.style import HEAT_FILLS, VERDICT_FILLS, letter_fill
from raci_studio.io.deck.tables import Column, table_slides

#: Role columns of the RACI overview on one slide (each about an inch wide).
ROLES_PER_SLIDE = 10
_VERDICT = {
    CriterionState.PASSED: GateState.PASS,
    CriterionState.CHECKED: GateState.PASS,
    CriterionState.FAILED: GateState.FAIL,
}
_VERDICT_WORDS = {GateState.PASS: "Pass", GateState.FAIL: "Fail", GateState.NOT_YET: "Not yet"}


def overview_cells(project: Project) -> tuple[list[str], dict[tuple[str, str], str]]:
    """Return the roles that are A or R somewhere, and (phase, role) -> letters ("A", "R", "RA")."""
    cells: dict[tuple[str, str], str] = {}
    for team in team_summary(project):
        for role in team.accountable:
            cells[(team.phase_id, role)] = "A"
        for role in team.responsible:
            cells[(team.phase_id, role)] = "R" + cells.get((team.phase_id, role), "")
    used = {role for _phase, role in cells}
    return [r.id for r in project.roles if r.id in used], cells


def add_overview(deck: Deck, project: Project) -> None:
    """Add the phases × roles overview, split across slides when there are many roles."""
    roles, cells = overview_cells(project)
    by_id = {r.id: r for r in project.roles}
    groups = chunks(len(roles), ROLES_PER_SLIDE) if roles else [(0, 0)]
    for g, (start, stop) in enumerate(groups):
        part = roles[start:stop]
        columns = [Column("Phase", 2.6)] + [
            Column(by_id[r].short or by_id[r].name, 1.0) for r in part
        ]
        rows = []
        for phase in project.phases:
            row = [Cell(phase.name, bold=True)]
            for role in part:
                letters = cells.get((phase.id, role), "")
                fill, ink = letter_fill(letters)
                row.append(
                    Cell(display_letters(letters), fill if letters else None, ink, True, "ctr")
                )
            rows.append(row)

        def notes(first: int, last: int, part: list[str] = part) -> str:
            lines = ["Who is Accountable (A) and Responsible (R) in each phase:"]
            for phase in project.phases[first:last]:
                who = [
                    f"{by_id[r].name} {display_letters(cells[(phase.id, r)])}"
                    for r in part
                    if (phase.id, r) in cells
                ]
                lines.append(f"- {phase.name}: {', '.join(who) or 'nobody in these columns'}.")
            return "\n".join(lines)

        title = page_label("RACI overview", g, len(groups))
        table_slides(
            deck,
            title,
            columns,
            rows,
            notes,
            f"raci-overview:{g + 1}",
            "Phases by roles: who is Accountable and Responsible",
            empty="No phases or assignments yet.",
        )


def _criterion_row(
    project: Project, gate_name: str, criterion: Criterion, metrics: dict
) -> list[Cell]:
    result = explain_criterion(project, criterion, metrics)
    verdict = _VERDICT.get(result.state, GateState.NOT_YET)
    fill, ink = VERDICT_FILLS[verdict]
    words = describe_criterion(project, criterion, result, metrics)
    return [
        Cell(gate_name, bold=True),
        Cell(criterion.text),
        Cell(words),
        Cell(_VERDICT_WORDS[verdict], fill, ink, True),
    ]


def add_criteria(deck: Deck, project: Project) -> None:
    """Add the go/no-go criteria of every gate (and of the MRD) with their state."""
    metrics = {m.id: m for m in project.metrics}
    rows: list[list[Cell]] = []
    for criterion in project.scoping.go_no_go:
        rows.append(_criterion_row(project, "Project go/no-go", criterion, metrics))
    for gate in project.gates:
        label = f"{gate.name} ({GATE_KIND_LABELS[gate.kind]})"
        for criterion in gate.criteria:
            rows.append(_criterion_row(project, label, criterion, metrics))
    columns = [
        Column("Gate", 2.4),
        Column("Criterion", 3.6),
        Column("Where it stands", 3.8),
        Column("State", 1.0),
    ]

    def notes(start: int, stop: int) -> str:
        lines = ["Go/no-go: what each gate needs before we move on."]
        lines.extend(f"- {r[0].text}: {r[1].text} — {r[2].text}." for r in rows[start:stop])
        return "\n".join(lines)

    table_slides(
        deck,
        "Go/no-go criteria",
        columns,
        rows,
        notes,
        "criteria",
        "Go/no-go criteria with their state",
        empty="No go/no-go criteria yet.",
    )


def add_risks_and_data(deck: Deck, project: Project) -> None:
    """Add the risks (owner, heat colour) and the data requirements (owner, sensitivity)."""
    scoping = project.scoping
    risk_rows = []
    for risk in scoping.risks:
        heat = risk_heat(risk)
        fill, ink = HEAT_FILLS[heat]
        owner = role_names(project, [risk.owner])[0] if risk.owner else "—"
        risk_rows.append(
            [
                Cell(risk.description),
                Cell(risk.mitigation or "—"),
                Cell(owner),
                Cell(f"{risk.likelihood.value} × {risk.impact.value}".capitalize()),
                Cell(heat.value.capitalize(), fill, ink, True),
            ]
        )
    columns = [
        Column("Risk", 3.6),
        Column("Mitigation", 3.4),
        Column("Owner", 1.8),
        Column("Likelihood × impact", 1.6),
        Column("Heat", 1.1),
    ]
    table_slides(
        deck,
        "Risks",
        columns,
        risk_rows,
        lambda a, b: (
            "Risks, hottest first in the discussion:\n"
            + "\n".join(
                f"- {r[0].text} (owner {r[2].text}, {r[4].text.lower()} heat)."
                for r in risk_rows[a:b]
            )
        ),
        "risks",
        "Risks with owner and heat",
        empty="No risks recorded yet.",
    )
    data_rows = []
    for need in scoping.data_requirements:
        owner = role_names(project, [need.owner])[0] if need.owner else "—"
        data_rows.append(
            [
                Cell(need.dataset, bold=True),
                Cell(need.source or "—"),
                Cell(owner),
                Cell(need.availability or "—"),
                Cell(need.sensitivity or "—"),
            ]
        )
    columns = [
        Column("Data set", 3.0),
        Column("Source", 2.6),
        Column("Owner", 2.0),
        Column("Availability", 1.8),
        Column("Sensitivity", 1.8),
    ]
    table_slides(
        deck,
        "Data requirements",
        columns,
        data_rows,
        lambda a, b: (
            "Data we need and who owns it:\n"
            + "\n".join(
                f"- {r[0].text} from {r[1].text}, owned by {r[2].text}; sensitivity {r[4].text}."
                for r in data_rows[a:b]
            )
        ),
        "data-requirements",
        "Data requirements with owner and sensitivity",
        empty="No data requirements recorded yet.",
    )


def add_decisions(deck: Deck, project: Project) -> None:
    """Add the open decisions (undecided gates) and the latest entries of the decision log."""
    pending = open_gates(project)
    rows = []
    for o in pending:
        fill, ink = VERDICT_FILLS[o.state]
        due = o.gate.planned_date.isoformat() if o.gate.planned_date else "—"
        deferred = " (deferred)" if o.gate.outcome is not None else ""
        rows.append(
            [
                Cell(o.gate.name + deferred, bold=True),
                Cell(o.kind),
                Cell(o.follows or "—"),
                Cell(due),
                Cell("\n".join(o.waiting) or "Every criterion is met: ready to decide"),
                Cell(_VERDICT_WORDS[o.state], fill, ink, True),
            ]
        )
    columns = [
        Column("Open decision", 2.4),
        Column("Kind", 1.6),
        Column("After phase", 1.9),
        Column("Due", 1.2),
        Column("Waiting for", 4.2),
        Column("Criteria", 1.0),
    ]
    table_slides(
        deck,
        "Open decisions",
        columns,
        rows,
        lambda a, b: (
            "Decisions still to take:\n"
            + "\n".join(
                f"- {o.gate.name}: "
                + (f"waiting for {len(o.waiting)} criteria." if o.waiting else "ready to decide.")
                for o in pending[a:b]
            )
        ),
        "open-decisions",
        "Gates not yet decided",
        empty="Every gate is decided.",
    )
    latest = latest_decisions(project)
    log_rows = [
        [
            Cell(d.date.isoformat()),
            Cell(d.decision),
            Cell(role_names(project, [d.by])[0] if d.by else "—"),
            Cell(d.rationale or "—"),
        ]
        for d in latest
    ]
    columns = [Column("Date", 1.3), Column("Decision", 4.4), Column("By", 1.9), Column("Why", 4.4)]
    total = len(project.scoping.decision_log)
    title = (
        "Decision log"
        if total <= len(latest)
        else f"Decision log (latest {len(latest)} of {total})"
    )
    table_slides(
        deck,
        title,
        columns,
        log_rows,
        lambda a, b: (
            "Recent decisions:\n"
            + "\n".join(f"- {d.date.isoformat()}: {d.decision}" for d in latest[a:b])
        ),
        "decision-log",
        "Latest decisions",
        empty="No decisions logged yet.",
    )
