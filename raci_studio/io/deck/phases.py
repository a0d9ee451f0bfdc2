"""One slide per phase (more when it is long): its activities with A and R, its gate's criteria.

The activities are a native table whose Accountable and Responsible cells carry the letters'
colours; beside it, the criteria of the gate(s) the phase leads into, each with its state.
"""

from __future__ import annotations

from typing import Any

from raci_studio.core.go_no_go import describe_criterion
from raci_studio.core.lifecycle import GATE_KIND_LABELS, GATE_STATE_LABELS, gates_following
from raci_studio.core.metrics import CriterionState, GateState, explain_criterion, gate_state
from raci_studio.core.model import Activity, Project
from raci_studio.core.palette import LETTER_COLOURS
from raci_studio.io.deck.fit import page_label, paginate, says, text_height
from raci_studio.io.deck.frame import Deck
from raci_studio.io.deck.shapes import Cell, Run, add_table, add_text, set_alt_text
from raci_studio.io.deck.style import INK, MIN_PT, MUTED, PHASE_STATUS_WORDS, status_colour
from raci_studio.io.deck.tables import Column, fit_rows, header_height

#: Share of the content width the activity table takes; the gate panel has the rest.
TABLE_SHARE = 0.64
PANEL_GAP = 0.3
_GLYPHS = {
    CriterionState.PASSED: "✓",
    CriterionState.CHECKED: "✓",
    CriterionState.FAILED: "✗",
}
_STATE_INK = {GateState.PASS: "#1E5631", GateState.FAIL: "#7B1E14", GateState.NOT_YET: MUTED}


def activity_cells(project: Project, activity: Activity) -> list[Cell]:
    """Return an activity's row: its name, the Accountable and the Responsible roles."""
    names = {r.id: r.name for r in project.roles}
    order = {r.id: i for i, r in enumerate(project.roles)}
    holders = sorted(activity.raci, key=lambda r: order.get(r, len(order)))
    a = [names.get(r, r) for r in holders if "A" in activity.raci[r]]
    r = [names.get(x, x) for x in holders if "R" in activity.raci[x]]
    _sa, a_fill, a_ink = LETTER_COLOURS["A"]
    _sr, r_fill, r_ink = LETTER_COLOURS["R"]
    return [
        Cell(activity.name),
        Cell(", ".join(a) or "— none —", a_fill if a else None, a_ink if a else INK),
        Cell(", ".join(r) or "— none —", r_fill if r else None, r_ink if r else INK),
    ]


def add_phases(deck: Deck, project: Project) -> None:
    """Add the slides of every phase, in phase order."""
    by_phase: dict[str, list[Activity]] = {p.id: [] for p in project.phases}
    for activity in project.activities:
        by_phase.setdefault(activity.phase, []).append(activity)
    metrics = {m.id: m for m in project.metrics}
    for phase in project.phases:
        activities = by_phase[phase.id]
        panel = _panel(
            project, phase.id, metrics, deck.content.width * (1 - TABLE_SHARE) - PANEL_GAP
        )
        _phase_slides(deck, project, phase, activities, panel)


def _panel(
    project: Project, phase_id: str, metrics: dict, width: float
) -> list[tuple[list[Run], float]]:
    """Return the gate panel as paragraphs with their heights."""
    items: list[tuple[list[Run], float]] = []
    for gate in gates_following(project, phase_id):
        state = gate_state(project, gate, metrics)
        kind = GATE_KIND_LABELS[gate.kind]
        named = says(gate.name, kind)  # "Go/no-go" needs no "(Go / no-go)"
        head = f"Gate: {gate.name}{'' if named else f' ({kind})'} · {GATE_STATE_LABELS[state]}"
        items.append(
            ([Run(head, MIN_PT, _STATE_INK[state], True)], text_height(head, width, MIN_PT) + 0.06)
        )
        if not gate.criteria:
            items.append(
                ([Run("No criteria yet.", MIN_PT, MUTED)], text_height("x", width, MIN_PT))
            )
        for criterion in gate.criteria:
            result = explain_criterion(project, criterion, metrics)
            glyph = _GLYPHS.get(result.state, "○")
            words = describe_criterion(project, criterion, result, metrics)
            text = f"{glyph} {criterion.text}"
            items.append(([Run(text, MIN_PT, INK)], text_height(text, width, MIN_PT)))
            items.append(([Run(words, MIN_PT, MUTED)], text_height(words, width, MIN_PT) + 0.05))
        items.append(([Run("", MIN_PT, INK)], 0.2))
    if not items:
        text = "No gate follows this phase."
        items.append(([Run(text, MIN_PT, MUTED)], text_height(text, width, MIN_PT)))
    return items


def _phase_slides(
    deck: Deck,
    project: Project,
    phase: Any,
    activities: list[Activity],
    panel: list[tuple[list[Run], float]],
) -> None:
    area = deck.content
    status = PHASE_STATUS_WORDS.get(phase.status, phase.status)
    sub_h = 0.34
    top = area.top + sub_h
    height = area.height - sub_h
    columns = [
        Column("Activity", 5.0),
        Column("Accountable (A)", 2.4),
        Column("Responsible (R)", 2.8),
    ]
    table_w = area.width * TABLE_SHARE
    total = sum(c.share for c in columns)
    widths = [table_w * c.share / total for c in columns]
    rows, heights = fit_rows([activity_cells(project, a) for a in activities], widths)
    header_h = header_height(columns, widths)
    table_pages = paginate(heights, height - header_h) if rows else [(0, 0)]
    panel_pages = paginate([h for _runs, h in panel], height)
    count = max(len(table_pages), len(panel_pages))
    panel_x = area.left + table_w + PANEL_GAP
    panel_w = area.right - panel_x
    for i in range(count):
        start, stop = table_pages[i] if i < len(table_pages) else (0, 0)
        p_start, p_stop = panel_pages[i] if i < len(panel_pages) else (0, 0)
        notes = _notes(project, phase, activities[start:stop], panel[p_start:p_stop])
        slide = deck.slide(page_label(f"Phase: {phase.name}", i, count), notes)
        summary = f"{status} · {len(activities)} activit{'y' if len(activities) == 1 else 'ies'}"
        summary += _dates(phase)
        add_text(
            slide,
            (area.left, area.top, area.width, sub_h),
            [[Run(summary, MIN_PT, status_colour(phase.status), True)]],
            name="phase-status",
        )
        if stop > start:
            frame = add_table(
                slide,
                area.left,
                top,
                widths,
                [c.header for c in columns],
                rows[start:stop],
                [header_h, *heights[start:stop]],
                f"activities:{phase.id}",
            )
            set_alt_text(
                frame,
                f"Activities of {phase.name} with their Accountable and "
                f"Responsible roles (rows {start + 1} to {stop})",
            )
        elif not activities and i == 0:
            add_text(
                slide,
                (area.left, top, table_w, 0.4),
                [[Run("No activities in this phase yet.", MIN_PT, MUTED)]],
                name="empty",
            )
        if p_stop > p_start:
            used = sum(h for _r, h in panel[p_start:p_stop])
            add_text(
                slide,
                (panel_x, top, panel_w, used + 0.1),
                [runs for runs, _h in panel[p_start:p_stop]],
                name=f"criteria:{phase.id}",
            )


def _dates(phase: Any) -> str:
    """Return " · planned 2026-03-01 to 2026-04-15" (and the actual dates) when known."""
    parts = []
    for word, start, end in (
        ("planned", phase.planned_start, phase.planned_end),
        ("actual", phase.actual_start, phase.actual_end),
    ):
        if start or end:
            first = start.isoformat() if start else "…"
            last = end.isoformat() if end else "…"
            parts.append(f"{word} {first} to {last}")
    return "".join(f" · {p}" for p in parts)


def _notes(project: Project, phase: Any, activities: list[Activity], panel: list) -> str:
    names = {r.id: r.name for r in project.roles}
    lines = [f"{phase.name}: what happens here and who does it."]
    for activity in activities:
        a = [names.get(r, r) for r, letters in activity.raci.items() if "A" in letters]
        r = [names.get(x, x) for x, letters in activity.raci.items() if "R" in letters]
        lines.append(
            f"- {activity.name}: {', '.join(r) or 'nobody'} does it, "
            f"{', '.join(a) or 'nobody'} signs it off."
        )
    if panel:
        lines.append("Before moving on:")
        lines.extend("  " + "".join(run.text for run in runs) for runs, _h in panel)
    return "\n".join(lines)
