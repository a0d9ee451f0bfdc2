"""The lifecycle as native shapes: phases, gates and flows glued to them.

Each phase is a rounded rectangle named ``phase:ID`` showing its name, status and A/R
owners; each gate a diamond named ``gate:ID`` with a caption above; each flow a connector
named ``flow:ID`` whose ends are glued to the shapes' connection sites (top 0, left 1,
bottom 2, right 3 on both shapes), so moving a phase in PowerPoint drags its arrows along.
"""

from __future__ import annotations

from typing import Any

from raci_studio.core.lifecycle import (
    GATE_KIND_LABELS,
    GATE_STATE_LABELS,
    gate_states,
    node_name,
    phase_infos,
    role_labels,
)
from raci_studio.core.model import FlowKind, Project
from raci_studio.io.deck.fit import clip_text, page_label, says, wrapped_lines
from raci_studio.io.deck.frame import Deck, emu
from raci_studio.io.deck.lifecycle_layout import (
    GATE_LABEL_H,
    GATE_LABEL_W,
    PHASE_W,
    NodeSpot,
    layout_lifecycle,
)
from raci_studio.io.deck.shapes import Run, add_text, bend_through, glue, rgb
from raci_studio.io.deck.style import (
    CARD_FILL,
    INK,
    LINE,
    MIN_PT,
    MUTED,
    PHASE_STATUS_WORDS,
    status_colour,
)

LEGEND_H = 0.3
TEXT_W = PHASE_W - 0.25
_GATE_FILLS = {"pass": "#D5F0DD", "fail": "#F6CFCB", "not_yet": "#FFFFFF"}
_GATE_LINES = {"pass": "#1E8449", "fail": "#C0392B", "not_yet": "#52606D"}


def add_lifecycle(deck: Deck, project: Project) -> None:
    """Add the lifecycle slide(s): every phase, gate and flow as editable shapes."""
    area = deck.content
    layout = layout_lifecycle(
        project, area.left, area.top, area.width, area.height - LEGEND_H - 0.1
    )
    infos = phase_infos(project)
    states = gate_states(project)
    phases = {p.id: p for p in project.phases}
    gates = {g.id: g for g in project.gates}
    for index in range(layout.slides):
        notes = _notes(project, layout.spots, index, infos)
        slide = deck.slide(page_label("The lifecycle", index, layout.slides), notes)
        shapes: dict[str, Any] = {}
        for spot in layout.spots.values():
            if spot.slide != index:
                continue
            if spot.kind == "phase":
                shapes[spot.node_id] = _phase_shape(slide, project, spot, phases, infos)
            else:
                shapes[spot.node_id] = _gate_shape(slide, spot, gates, states, deck.branded)
        elsewhere = []
        for route in layout.routes:
            if route.slide != index:
                if index in (layout.spots[route.source].slide, layout.spots[route.target].slide):
                    elsewhere.append(route)
                continue
            _connector(slide, project, route, layout.spots, shapes)
        _legend(slide, deck, project, layout.spots, elsewhere)


def _phase_shape(slide: Any, project: Project, spot: NodeSpot, phases: dict, infos: dict) -> Any:
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt

    phase = phases[spot.node_id]
    info = infos[phase.id]
    width, height = spot.size
    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, emu(spot.left), emu(spot.top), emu(width), emu(height)
    )
    shape.name = f"phase:{phase.id}"
    shape.adjustments[0] = 0.12
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(CARD_FILL)
    shape.line.color.rgb = rgb(status_colour(phase.status))
    shape.line.width = Pt(2.25)
    shape.shadow.inherit = False
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    for margin in ("margin_left", "margin_right"):
        setattr(frame, margin, emu(0.1))
    frame.margin_top, frame.margin_bottom = emu(0.06), emu(0.04)
    status = PHASE_STATUS_WORDS.get(phase.status, phase.status)
    count = f"{info.activity_count} activit{'y' if info.activity_count == 1 else 'ies'}"
    accountable = ", ".join(role_labels(project, info.accountable)) or "none yet"
    responsible = ", ".join(role_labels(project, info.responsible)) or "none yet"
    state = f"{status} · {count}"
    if wrapped_lines(state, TEXT_W, MIN_PT, bold=True) > 1:
        state = status
    lines = [
        Run(clip_text(phase.name, TEXT_W, MIN_PT, 2, bold=True), MIN_PT, INK, True),
        Run(state, MIN_PT, status_colour(phase.status), True),
        Run(clip_text(f"A: {accountable}", TEXT_W, MIN_PT, 1), MIN_PT, INK),
        Run(clip_text(f"R: {responsible}", TEXT_W, MIN_PT, 1), MIN_PT, INK),
    ]
    for i, spec in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.LEFT
        run = paragraph.add_run()
        run.text = spec.text
        run.font.size = Pt(spec.size)
        run.font.bold = spec.bold
        run.font.color.rgb = rgb(spec.colour)
    return shape


def _gate_shape(slide: Any, spot: NodeSpot, gates: dict, states: dict, branded: bool) -> Any:
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    gate = gates[spot.node_id]
    state = states[gate.id]
    size = spot.size[0]
    shape = slide.shapes.add_shape(
        MSO_SHAPE.DIAMOND, emu(spot.left), emu(spot.top), emu(size), emu(size)
    )
    shape.name = f"gate:{gate.id}"
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(_GATE_FILLS[state.value])
    shape.line.color.rgb = rgb(_GATE_LINES[state.value])
    shape.line.width = Pt(2.25)
    shape.shadow.inherit = False
    glyph = {"pass": "✓", "fail": "✗", "not_yet": "?"}[state.value]
    frame = shape.text_frame
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    run = frame.paragraphs[0].add_run()
    run.text = glyph
    run.font.size = Pt(16)
    run.font.bold = True
    run.font.color.rgb = rgb(_GATE_LINES[state.value])
    from pptx.enum.text import PP_ALIGN

    frame.paragraphs[0].alignment = PP_ALIGN.CENTER
    caption = GATE_KIND_LABELS[gate.kind]
    name = Run(clip_text(gate.name, GATE_LABEL_W - 0.1, MIN_PT, 2, True), MIN_PT, INK, True)
    paragraphs = [[name]]
    if not says(gate.name, caption):  # "Ethical review" is not said twice
        paragraphs.insert(
            0, [Run(clip_text(caption, GATE_LABEL_W - 0.1, MIN_PT, 1), MIN_PT, MUTED)]
        )
    top = spot.top - GATE_LABEL_H
    add_text(
        slide,
        (spot.x - GATE_LABEL_W / 2, top, GATE_LABEL_W, GATE_LABEL_H),
        paragraphs,
        name=f"gate-label:{gate.id}",
        align="c",
        anchor="b",
        branded=branded,
    )
    return shape


def _connector(slide: Any, project: Project, route: Any, spots: dict, shapes: dict) -> None:
    from pptx.enum.shapes import MSO_CONNECTOR
    from pptx.util import Pt

    source, target = shapes[route.source], shapes[route.target]
    s, t = spots[route.source], spots[route.target]
    flow = next(f for f in project.flows if f.id == route.flow_id)
    straight = route.style == "straight"
    kind = MSO_CONNECTOR.STRAIGHT if straight else MSO_CONNECTOR.ELBOW
    line = slide.shapes.add_connector(kind, 0, 0, 0, 0)
    line.name = f"flow:{flow.id}"
    if route.style in ("straight", "elbow"):
        glue(line, source, 3, target, 1)
    elif route.style == "loop":
        glue(line, source, 2, target, 2)
        bend_through(line, (s.x, s.bottom), (t.x, t.bottom), route.lane_y)
    elif route.style == "down":
        glue(line, source, 2, target, 0)
        bend_through(line, (s.x, s.bottom), (t.x, t.top), route.lane_y)
    else:  # up: from the source's top to the target's bottom, through the gap below it
        glue(line, source, 0, target, 2)
        bend_through(line, (s.x, s.top), (t.x, t.bottom), route.lane_y)
    feedback = flow.kind == FlowKind.FEEDBACK
    line.line.color.rgb = rgb(MUTED if feedback else LINE)
    line.line.width = Pt(1.75)
    if feedback:
        from pptx.enum.dml import MSO_LINE_DASH_STYLE

        line.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    _arrow_head(line)


def _arrow_head(connector: Any) -> None:
    from lxml import etree
    from pptx.oxml.ns import qn

    ln = connector.line._get_or_add_ln()
    tail = etree.SubElement(ln, qn("a:tailEnd"))
    tail.set("type", "triangle")
    tail.set("w", "med")
    tail.set("len", "med")


def _legend(slide: Any, deck: Deck, project: Project, spots: dict, elsewhere: list) -> None:
    """Write the key to the lines, and the flows that lead to another slide."""
    area = deck.content
    text = "Solid arrow: forward flow · dashed arrow: feedback loop · ✓ passed ✗ failed ? open"
    if elsewhere:
        names = {**{p.id: p.name for p in project.phases}, **{g.id: g.name for g in project.gates}}
        links = "; ".join(f"{names[r.source]} → {names[r.target]}" for r in elsewhere[:4])
        more = f" and {len(elsewhere) - 4} more" if len(elsewhere) > 4 else ""
        text = f"Continues on another slide: {links}{more}"
    add_text(
        slide,
        (area.left, area.bottom - LEGEND_H, area.width, LEGEND_H),
        [[Run(clip_text(text, area.width - 0.1, MIN_PT, 1), MIN_PT, MUTED)]],
        name="legend",
        branded=deck.branded,
    )


def _notes(project: Project, spots: dict, index: int, infos: dict) -> str:
    lines = ["The lifecycle, left to right (moving a phase keeps its arrows attached):"]
    names = {r.id: r.name for r in project.roles}
    for phase in project.phases:
        spot = spots.get(phase.id)
        if spot is None or spot.slide != index:
            continue
        info = infos[phase.id]
        a = ", ".join(names[r] for r in info.accountable) or "nobody yet"
        r = ", ".join(names[x] for x in info.responsible) or "nobody yet"
        status = PHASE_STATUS_WORDS.get(phase.status, phase.status)
        lines.append(f"- {phase.name} ({status.lower()}): accountable {a}; responsible {r}.")
    states = gate_states(project)
    for gate in project.gates:
        spot = spots.get(gate.id)
        if spot is None or spot.slide != index:
            continue
        kind = GATE_KIND_LABELS[gate.kind]
        lines.append(f"- Gate {gate.name} ({kind}): {GATE_STATE_LABELS[states[gate.id]]}.")
    loops = [f for f in project.flows if f.kind == FlowKind.FEEDBACK]
    for flow in loops:
        src, tgt = spots.get(flow.source), spots.get(flow.target)
        if src is not None and src.slide == index and tgt is not None:
            label = f" ({flow.label})" if flow.label else ""
            lines.append(
                f"- Feedback loop{label}: back from {node_name(project, flow.source)} "
                f"to {node_name(project, flow.target)}."
            )
    return "\n".join(lines)
