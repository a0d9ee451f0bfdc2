"""The lifecycle diagram without Qt: node geometry, auto-layout, positions and derived info.

Positions are the *centres* of nodes' bodies (the phase card, the gate diamond), in scene
units. A project's ``layout`` holds the positions the user chose; a project without one (a
template, an import) is shown with :func:`auto_layout`, which is never written into the
project until the user moves something or runs auto-layout.

Auto-layout reads left to right in phase order: each phase has its own column, gates get the
columns between the phase they follow and the next one (gates that follow each other along
forward flows get successive columns; parallel gates share a column). The columns wrap into
rows like lines of text, as many as show the diagram largest in the area it is laid out for
(:mod:`raci_studio.core.lifecycle_rows`); feedback loops are routed below the nodes by
:mod:`raci_studio.core.lifecycle_routes`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

from raci_studio.core import lifecycle_rows as rows_mod
from raci_studio.core.lifecycle_cards import (  # noqa: F401  (the diagram's API, in one place)
    PhaseInfo,
    gate_states,
    gates_following,
    phase_infos,
    ranked_roles,
    role_labels,
)
from raci_studio.core.lifecycle_rows import DEFAULT_ASPECT
from raci_studio.core.metrics import GateState
from raci_studio.core.model import FlowKind, Gate, GateKind, Project

Point = tuple[float, float]
NodeKind = Literal["phase", "gate"]

#: Snap grid of the editor, in scene units.
GRID = 20.0
#: Size of a phase card.
PHASE_W, PHASE_H = 188.0, 128.0
#: Width and height of a gate diamond.
GATE_SIZE = 64.0
#: Width kept for a gate's caption (its kind, above) and name (below).
GATE_LABEL_W = 136.0
GATE_CAPTION_H = 20.0
GATE_NAME_H = 52.0
#: Horizontal gap between columns, and vertical gap between nodes stacked in one column.
COLUMN_GAP = 60.0
ROW_GAP = 56.0

GATE_KIND_LABELS: dict[str, str] = {
    GateKind.GO_NO_GO: "Go / no-go",
    GateKind.ETHICAL_REVIEW: "Ethical review",
    GateKind.COST_BENEFIT: "Cost-benefit",
    GateKind.LAUNCH_READINESS: "Launch readiness",
    GateKind.OTHER: "Review",
}

GATE_STATE_LABELS: dict[str, str] = {
    GateState.PASS: "passed",
    GateState.FAIL: "failed",
    GateState.NOT_YET: "not yet decided",
}


class Box(NamedTuple):
    """An axis-aligned rectangle in scene units (a named tuple: cheap to make by the thousand)."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def centre(self) -> Point:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    def intersects(self, other: Box) -> bool:
        """Return True when the two boxes overlap (touching edges do not count)."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def united(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )


def body_box(kind: NodeKind, centre: Point) -> Box:
    """Return the box of a node's body (card or diamond), where flows attach."""
    w, h = (PHASE_W, PHASE_H) if kind == "phase" else (GATE_SIZE, GATE_SIZE)
    x, y = centre
    return Box(x - w / 2, y - h / 2, x + w / 2, y + h / 2)


def extent_box(kind: NodeKind, centre: Point) -> Box:
    """Return everything a node draws (a gate's caption and name too): what flows avoid."""
    if kind == "phase":
        return body_box(kind, centre)
    x, y = centre
    half = GATE_SIZE / 2
    return Box(
        x - GATE_LABEL_W / 2,
        y - half - GATE_CAPTION_H,
        x + GATE_LABEL_W / 2,
        y + half + GATE_NAME_H,
    )


def node_kinds(project: Project) -> dict[str, NodeKind]:
    """Return every diagram node id with its kind: phases first, then gates."""
    kinds: dict[str, NodeKind] = {p.id: "phase" for p in project.phases}
    for gate in project.gates:
        kinds.setdefault(gate.id, "gate")
    return kinds


def node_name(project: Project, node_id: str) -> str:
    """Return the display name of a phase or gate (the id when there is none)."""
    named = [(p.id, p.name) for p in project.phases] + [(g.id, g.name) for g in project.gates]
    return next((name for ident, name in named if ident == node_id), node_id)


# -- auto-layout ------------------------------------------------------------------------------


def columns(project: Project) -> list[list[str]]:
    """Return the auto-layout columns, left to right: node ids, top to bottom.

    Returns
    -------
    list of list of str
        One column per phase, in phase order; gates in the columns right after the phase they
        follow (``gate.after``, else inferred from forward flows, else after the last phase).
        Gates following the same phase that are chained by forward flows get successive
        columns; unchained ones share a column.
    """
    phase_ids = [p.id for p in project.phases]
    slots: dict[str | None, list[str]] = {}
    for gate in project.gates:
        slots.setdefault(_gate_slot(project, gate, phase_ids), []).append(gate.id)
    forward = [(f.source, f.target) for f in project.flows if f.kind == FlowKind.FORWARD]
    out: list[list[str]] = []
    for slot in (None, *phase_ids):
        if slot is not None:
            out.append([slot])
        out.extend(_gate_columns(slots.get(slot, []), forward))
    return out


def _gate_slot(project: Project, gate: Gate, phase_ids: list[str]) -> str | None:
    """Return the phase a gate follows (None: before the first phase)."""
    if gate.after in phase_ids:
        return gate.after
    for flow in project.flows:
        if flow.kind == FlowKind.FORWARD and flow.target == gate.id and flow.source in phase_ids:
            return flow.source
    for flow in project.flows:
        if flow.kind == FlowKind.FORWARD and flow.source == gate.id and flow.target in phase_ids:
            index = phase_ids.index(flow.target)
            return phase_ids[index - 1] if index > 0 else None
    return phase_ids[-1] if phase_ids else None


def _gate_columns(gates: list[str], forward: list[tuple[str, str]]) -> list[list[str]]:
    """Split the gates of one slot into columns by their depth along forward flows."""
    if not gates:
        return []
    members = set(gates)
    preds: dict[str, list[str]] = {g: [] for g in gates}
    for source, target in forward:
        if source in members and target in members and source != target:
            preds[target].append(source)
    depth = dict.fromkeys(gates, 0)
    for _ in range(len(gates)):  # longest path, bounded so that a cycle cannot loop forever
        changed = False
        for gate in gates:
            best = max((depth[p] + 1 for p in preds[gate]), default=0)
            if best > depth[gate] and best < len(gates):
                depth[gate] = best
                changed = True
        if not changed:
            break
    out: list[list[str]] = [[] for _ in range(max(depth.values()) + 1)]
    for gate in gates:
        out[depth[gate]].append(gate)
    return [column for column in out if column]


def auto_layout(project: Project, aspect: float | None = DEFAULT_ASPECT) -> dict[str, Point]:
    """Return auto-layout positions (node centres, on the grid) for every phase and gate.

    Parameters
    ----------
    project : Project
    aspect : float or None
        Width over height of the area the diagram is shown in: the columns wrap into the rows
        that show the diagram largest there (see :mod:`~raci_studio.core.lifecycle_rows`).
        None keeps every column on one row.

    Returns
    -------
    dict
        Node id -> (x, y), in column order. The first row's centre line is y = 0 and every
        row starts at x = 0.
    """
    kinds = node_kinds(project)
    cols = columns(project)
    shapes = [_column_shape(column, kinds) for column in cols]
    if aspect is None or len(cols) < 2:
        laid = rows_mod.Rows((tuple(range(len(cols))),), (0.0,), 0.0, 0.0)
    else:
        column_of = {node: i for i, column in enumerate(cols) for node in column}
        flows = [(f.source, f.target, f.kind == FlowKind.FEEDBACK) for f in project.flows]
        counter = rows_mod.LaneCounter(column_of, flows)
        laid = rows_mod.best_rows([s for s, _ys in shapes], counter, aspect, COLUMN_GAP)
    positions: dict[str, Point] = {}
    for row, centre in zip(laid.rows, laid.centres, strict=True):
        x = 0.0
        for index in row:
            shape, offsets = shapes[index]
            cx = snap_value(x + shape.width / 2)
            for node, dy in zip(cols[index], offsets, strict=True):
                positions[node] = (cx, snap_value(centre + dy))
            x = cx + shape.width / 2 + COLUMN_GAP
    return positions


def _column_shape(
    column: list[str], kinds: Mapping[str, NodeKind]
) -> tuple[rows_mod.Column, list[float]]:
    """Return a column's width and vertical extent, and each node's offset from the row line."""
    width = max(_column_width(kinds[node]) for node in column)
    pitch = max(_slot_height(kinds[node]) for node in column) + ROW_GAP
    offsets = [snap_value((i - (len(column) - 1) / 2) * pitch) for i in range(len(column))]
    boxes = [extent_box(kinds[n], (0.0, dy)) for n, dy in zip(column, offsets, strict=True)]
    top = min(b.top for b in boxes)
    bottom = max(b.bottom for b in boxes)
    return rows_mod.Column(width, top, bottom), offsets


def _column_width(kind: NodeKind) -> float:
    return PHASE_W if kind == "phase" else GATE_LABEL_W


def _slot_height(kind: NodeKind) -> float:
    return PHASE_H if kind == "phase" else GATE_SIZE + GATE_CAPTION_H + GATE_NAME_H


def resolve_positions(
    project: Project,
    auto: Mapping[str, Point] | None = None,
    aspect: float | None = DEFAULT_ASPECT,
) -> dict[str, Point]:
    """Return where every node is shown: its saved position, else an automatic one.

    Parameters
    ----------
    project : Project
    auto : mapping, optional
        The project's auto-layout, when the caller has it already.
    aspect : float or None
        Width over height of the area shown, for the auto-layout (see :func:`auto_layout`).

    Returns
    -------
    dict
        Node id -> centre. With no saved position at all, the auto-layout. Nodes missing from
        a saved layout (added since) continue the row to the right of everything placed.
    """
    kinds = node_kinds(project)
    saved = {node: project.layout[node] for node in kinds if node in project.layout}
    if not saved:
        return dict(auto) if auto is not None else auto_layout(project, aspect)
    missing = [node for node in kinds if node not in saved]
    if not missing:
        return saved
    ys = sorted(y for _x, y in saved.values())
    row = ys[len(ys) // 2]
    x = max(extent_box(kinds[n], p).right for n, p in saved.items()) + COLUMN_GAP
    for node in missing:
        width = _column_width(kinds[node])
        saved[node] = (snap_value(x + width / 2), row)
        x = saved[node][0] + width / 2 + COLUMN_GAP
    return saved


def bounds(kinds: Mapping[str, NodeKind], positions: Mapping[str, Point]) -> Box | None:
    """Return the box around every node's extent, or None when there are no nodes."""
    box: Box | None = None
    for node, pos in positions.items():
        kind = kinds.get(node)
        if kind is None:
            continue
        ext = extent_box(kind, pos)
        box = ext if box is None else box.united(ext)
    return box


def free_spot(
    kinds: Mapping[str, NodeKind], positions: Mapping[str, Point], kind: NodeKind, near: Point
) -> Point:
    """Return a grid point near ``near`` where a new node of ``kind`` overlaps nothing."""
    boxes = [extent_box(kinds[n], p) for n, p in positions.items() if n in kinds]
    step_x = _column_width(kind) + COLUMN_GAP
    step_y = _slot_height(kind) + ROW_GAP
    x0, y0 = snap(near)
    for ring in range(0, 40):
        for dy in range(0, ring + 1):
            for dx in (ring, -ring) if ring else (0,):
                candidate = snap((x0 + dx * step_x / 2, y0 + dy * step_y))
                pad = extent_box(kind, candidate)
                pad = Box(pad.left - 12, pad.top - 12, pad.right + 12, pad.bottom + 12)
                if not any(pad.intersects(b) for b in boxes):
                    return candidate
    return snap((x0, y0))


# -- snapping, alignment, distribution --------------------------------------------------------


def snap_value(value: float, grid: float = GRID) -> float:
    """Round one coordinate to the nearest grid line."""
    return float(round(value / grid) * grid)


def snap(point: Point, grid: float = GRID) -> Point:
    """Round a position to the nearest grid point."""
    return (snap_value(point[0], grid), snap_value(point[1], grid))


ALIGN_MODES = ("left", "centre", "right", "top", "middle", "bottom")


def align(
    positions: Mapping[str, Point], kinds: Mapping[str, NodeKind], mode: str
) -> dict[str, Point]:
    """Return new positions lining the nodes up on one edge or centre line.

    Parameters
    ----------
    positions : mapping
        The nodes to align: id -> current centre.
    kinds : mapping
        Node id -> kind (sizes differ between phases and gates).
    mode : str
        One of :data:`ALIGN_MODES`: "left", "centre", "right" move nodes horizontally;
        "top", "middle", "bottom" vertically.

    Returns
    -------
    dict
        Id -> new centre, for every node given.
    """
    if mode not in ALIGN_MODES:
        raise ValueError(f"unknown alignment '{mode}'")
    boxes = {n: body_box(kinds[n], p) for n, p in positions.items()}
    if not boxes:
        return {}
    edge = {
        "left": min(b.left for b in boxes.values()),
        "right": max(b.right for b in boxes.values()),
        "top": min(b.top for b in boxes.values()),
        "bottom": max(b.bottom for b in boxes.values()),
    }
    out: dict[str, Point] = {}
    for node, box in boxes.items():
        x, y = positions[node]
        if mode == "left":
            x = edge["left"] + box.width / 2
        elif mode == "right":
            x = edge["right"] - box.width / 2
        elif mode == "centre":
            x = sum(p[0] for p in positions.values()) / len(positions)
        elif mode == "top":
            y = edge["top"] + box.height / 2
        elif mode == "bottom":
            y = edge["bottom"] - box.height / 2
        else:
            y = sum(p[1] for p in positions.values()) / len(positions)
        out[node] = (x, y)
    return out


def distribute(
    positions: Mapping[str, Point], kinds: Mapping[str, NodeKind], axis: str
) -> dict[str, Point]:
    """Return new positions spacing the nodes evenly between the outermost two.

    Parameters
    ----------
    positions : mapping
        The nodes: id -> current centre; at least three make a difference.
    kinds : mapping
        Node id -> kind.
    axis : str
        "horizontal" spaces the gaps between bodies equally along x, "vertical" along y.

    Returns
    -------
    dict
        Id -> new centre; the first and last node (along the axis) stay where they are.
    """
    if axis not in ("horizontal", "vertical"):
        raise ValueError(f"unknown axis '{axis}'")
    i = 0 if axis == "horizontal" else 1
    order = sorted(positions, key=lambda n: (positions[n][i], n))
    if len(order) < 3:
        return dict(positions)
    sizes = {n: _size(kinds[n])[i] for n in order}
    start = positions[order[0]][i] - sizes[order[0]] / 2
    end = positions[order[-1]][i] + sizes[order[-1]] / 2
    gap = (end - start - sum(sizes.values())) / (len(order) - 1)
    out: dict[str, Point] = {}
    cursor = start
    for node in order:
        centre = cursor + sizes[node] / 2
        x, y = positions[node]
        out[node] = (centre, y) if i == 0 else (x, centre)
        cursor += sizes[node] + gap
    return out


def _size(kind: NodeKind) -> tuple[float, float]:
    box = body_box(kind, (0.0, 0.0))
    return (box.width, box.height)
