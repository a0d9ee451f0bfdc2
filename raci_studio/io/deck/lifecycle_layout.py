"""Where the lifecycle's shapes go on slides: columns wrapped onto rows, rows onto slides.

The order comes from the diagram (:func:`raci_studio.core.lifecycle.resolve_positions`): nodes
are read in columns left to right, as the person laid them out or as auto-layout placed them.
Shapes keep a fixed size with 12 pt text, so a lifecycle too wide for one slide wraps onto
rows (a row breaks before a phase, so a gate stays beside the phase it follows) and rows that
do not fit go on the next slide. Every flow gets a route: a straight or elbow line between
neighbours, a loop below the row (feedback, or a forward flow skipping nodes), or a line
through the gap between two rows. Pure Python, in inches.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from raci_studio.core.lifecycle import NodeKind, node_kinds, resolve_positions
from raci_studio.core.lifecycle import columns as auto_columns
from raci_studio.core.model import Flow, FlowKind, Project

PHASE_W, PHASE_H = 2.2, 1.45
GATE_D = 0.72
GATE_LABEL_W = 1.7
#: Three lines of 12 pt above the diamond: the gate's kind, then its name on up to two lines.
GATE_LABEL_H = 0.64
COLUMN_GAP = 0.42
STACK_GAP = 0.3
LANE = 0.2
MIN_GUTTER = 0.42
#: Columns closer than this (in scene units) are read as one column of the diagram.
SAME_COLUMN = 60.0
#: Node centres further apart than this vertically (scene units) are on different rows.
ROW_BAND = 200.0


@dataclass
class NodeSpot:
    """A node's place: its slide, row and body centre (inches, slide coordinates)."""

    node_id: str
    kind: NodeKind
    slide: int
    row: int
    x: float
    y: float

    @property
    def size(self) -> tuple[float, float]:
        return (PHASE_W, PHASE_H) if self.kind == "phase" else (GATE_D, GATE_D)

    @property
    def left(self) -> float:
        return self.x - self.size[0] / 2

    @property
    def top(self) -> float:
        return self.y - self.size[1] / 2

    @property
    def bottom(self) -> float:
        return self.y + self.size[1] / 2


@dataclass(frozen=True)
class FlowRoute:
    """How one flow is drawn.

    ``style`` is "straight" or "elbow" (neighbours: right side to left side), "loop" (bottom to
    bottom through the lane at ``lane_y``), "down" (bottom to top through the gap below the
    source's row) or "up" (top of the source to the bottom of the target, through the gap
    below the target's row). ``slide`` is None when the ends are on different slides.
    """

    flow_id: str
    source: str
    target: str
    style: str
    slide: int | None
    lane_y: float = 0.0


@dataclass
class LifecycleLayout:
    """Every node's spot and every flow's route, and how many slides they take."""

    spots: dict[str, NodeSpot] = field(default_factory=dict)
    routes: list[FlowRoute] = field(default_factory=list)
    slides: int = 1


def diagram_columns(project: Project) -> list[list[str]]:
    """Return the diagram's nodes in columns, in reading order, each column top to bottom.

    Without a saved layout this is the auto-layout's column order. With one, the nodes are
    read as the person placed them: bands of rows top to bottom, columns left to right.
    """
    kinds = node_kinds(project)
    if not any(node in project.layout for node in kinds):
        return auto_columns(project)
    positions = resolve_positions(project)
    out: list[list[str]] = []
    for band in _bands(positions):
        band.sort(key=lambda n: (positions[n][0], positions[n][1]))
        column_x: float | None = None
        for node in band:
            x = positions[node][0]
            if column_x is None or x - column_x > SAME_COLUMN:
                out.append([])
                column_x = x
            out[-1].append(node)
    for column in out:
        column.sort(key=lambda n: positions[n][1])
    return out


def _bands(positions: dict[str, tuple[float, float]]) -> list[list[str]]:
    """Split nodes into the diagram's rows: runs of centres less than ROW_BAND apart."""
    ordered = sorted(positions, key=lambda n: positions[n][1])
    bands: list[list[str]] = []
    previous: float | None = None
    for node in ordered:
        y = positions[node][1]
        if previous is None or y - previous > ROW_BAND:
            bands.append([])
        bands[-1].append(node)
        previous = y
    return bands


def _column_width(kinds: dict[str, NodeKind], column: list[str]) -> float:
    return max(PHASE_W if kinds[n] == "phase" else GATE_LABEL_W for n in column)


def _slot_height(kind: NodeKind) -> tuple[float, float]:
    """Return how far a node reaches above and below its centre (a gate's label included)."""
    if kind == "phase":
        return PHASE_H / 2, PHASE_H / 2
    return GATE_D / 2 + GATE_LABEL_H, GATE_D / 2


def _rows(kinds: dict[str, NodeKind], columns: list[list[str]], width: float) -> list[list[int]]:
    """Pack column indexes onto rows, breaking before a column that starts with a phase."""
    units: list[list[int]] = []
    for i, column in enumerate(columns):
        if not units or kinds[column[0]] == "phase":
            units.append([])
        units[-1].append(i)
    rows: list[list[int]] = [[]]
    used = 0.0
    for unit in units:
        unit_w = sum(_column_width(kinds, columns[i]) for i in unit) + COLUMN_GAP * (len(unit) - 1)
        if rows[-1] and used + COLUMN_GAP + unit_w > width:
            rows.append([])
            used = 0.0
        for i in unit:  # a unit wider than a row breaks between its columns
            w = _column_width(kinds, columns[i])
            if rows[-1] and used + COLUMN_GAP + w > width:
                rows.append([])
                used = 0.0
            used += (COLUMN_GAP if rows[-1] else 0.0) + w
            rows[-1].append(i)
    return [row for row in rows if row]


def layout_lifecycle(
    project: Project, left: float, top: float, width: float, height: float
) -> LifecycleLayout:
    """Place every phase and gate in the area given (inches) and route every flow."""
    kinds = node_kinds(project)
    columns = diagram_columns(project)
    rows = _rows(kinds, columns, width)
    row_of = {n: r for r, row in enumerate(rows) for i in row for n in columns[i]}
    lanes = _lanes(project, row_of, columns)
    out = LifecycleLayout()
    slide, y = 0, top
    bottoms: dict[int, float] = {}
    for r, row in enumerate(rows):
        reach_up, reach_down = _row_reach(kinds, [columns[i] for i in row])
        gutter = max(MIN_GUTTER, (lanes.get(r, 0) + 1) * LANE + 0.1)
        if y > top and y + reach_up + reach_down > top + height:
            slide, y = slide + 1, top
        row_w = sum(_column_width(kinds, columns[i]) for i in row) + COLUMN_GAP * (len(row) - 1)
        x = left + max(0.0, (width - row_w) / 2)
        for i in row:
            w = _column_width(kinds, columns[i])
            cy = y + reach_up
            for n in columns[i]:
                up, down = _slot_height(kinds[n])
                out.spots[n] = NodeSpot(n, kinds[n], slide, r, x + w / 2, cy)
                cy += down + STACK_GAP + up
            x += w + COLUMN_GAP
        y += reach_up + reach_down + gutter
        bottoms[slide] = y - gutter + 0.1 + lanes.get(r, 0) * LANE
    out.slides = slide + 1
    for spot in out.spots.values():  # centre each slide's rows in the height they leave
        spot.y += max(0.0, (top + height - bottoms[spot.slide]) / 2)
    out.routes = _routes(project, out.spots, rows, columns)
    return out


def _row_reach(kinds: dict[str, NodeKind], columns: list[list[str]]) -> tuple[float, float]:
    """Return how far a row reaches above its centre line and below it."""
    up, down = PHASE_H / 2, PHASE_H / 2
    for column in columns:
        first_up = _slot_height(kinds[column[0]])[0]
        extent = sum(sum(_slot_height(kinds[n])) for n in column)
        extent += STACK_GAP * (len(column) - 1)
        up, down = max(up, first_up), max(down, extent - first_up)
    return up, down


def _lanes(project: Project, row_of: dict[str, int], columns: list[list[str]]) -> dict[int, int]:
    """Count the flows that run through the gap below each row (to size the gaps)."""
    column_of = {n: i for i, column in enumerate(columns) for n in column}
    counts: dict[int, int] = {}
    for flow in project.flows:
        rs, rt = row_of.get(flow.source), row_of.get(flow.target)
        if rs is None or rt is None or _neighbours(flow, rs, rt, column_of):
            continue
        gap = min(rs, rt)
        counts[gap] = counts.get(gap, 0) + 1
    return counts


def _neighbours(flow: Flow, rs: int, rt: int, column_of: dict[str, int]) -> bool:
    """Return True for a forward flow into the next column of the same row."""
    return (
        flow.kind == FlowKind.FORWARD
        and rs == rt
        and column_of[flow.target] == column_of[flow.source] + 1
    )


def _routes(
    project: Project,
    spots: dict[str, NodeSpot],
    rows: list[list[int]],
    columns: list[list[str]],
) -> list[FlowRoute]:
    column_of = {n: i for i, column in enumerate(columns) for n in column}
    used: dict[tuple[int, int], int] = {}  # (slide, gap below row) -> lanes taken
    routes = []
    for flow in project.flows:
        s, t = spots.get(flow.source), spots.get(flow.target)
        if s is None or t is None:
            continue
        slide = s.slide if s.slide == t.slide else None
        if _neighbours(flow, s.row, t.row, column_of):
            style = "straight" if abs(s.y - t.y) < 1e-6 else "elbow"
            routes.append(FlowRoute(flow.id, flow.source, flow.target, style, slide))
            continue
        if s.row == t.row:
            style, gap_row = "loop", s.row
        elif s.row < t.row:
            style, gap_row = "down", s.row
        else:
            style, gap_row = "up", t.row
        lane = used.get((s.slide, gap_row), 0)
        used[(s.slide, gap_row)] = lane + 1
        base = max(sp.bottom for sp in spots.values() if sp.row == gap_row)
        routes.append(
            FlowRoute(flow.id, flow.source, flow.target, style, slide, base + 0.16 + lane * LANE)
        )
    return routes
