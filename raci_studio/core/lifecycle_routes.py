"""Flow routing for the lifecycle diagram, without Qt.

A :class:`Route` is a polyline of corner points; the view draws forward routes with small
rounded corners and feedback routes with wide ones (curved, dashed). Rules:

- a forward flow to a node on its right goes straight (same row) or orthogonally (one elbow
  between the columns); if nodes stand in the way it goes over them in a lane above;
- a forward flow to a node below or above goes down or up with one elbow;
- a forward flow to a node on its left on a lower row (the auto-layout wrapping into the next
  row) leaves the source's right side, runs left between the rows, below their loops, and
  enters the target from its left;
- a feedback flow (and a forward flow to a node on its left) leaves the bottom of its source
  and enters the bottom of its target through a lane below every node it skips; nested
  loops get deeper lanes so they never overlap. A loop between two rows runs below its
  source's row to the margin beside the diagram, along it, and below the target's row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from raci_studio.core.lifecycle import (
    GATE_LABEL_W,
    PHASE_W,
    Box,
    NodeKind,
    Point,
    body_box,
    extent_box,
)
from raci_studio.core.model import Flow, FlowKind

#: Space between a node and the first lane above or below it.
LANE_CLEARANCE = 34.0
#: Space between two lanes.
LANE_SPACING = 30.0
#: Space between the feedback ports along the bottom edge of one node.
PORT_SPACING = 18.0
#: How far below a lane another lane still counts as the same stack of nested loops.
NEST_REACH = 8 * LANE_SPACING
#: The shortest straight piece leaving or entering a node.
STUB = 14.0


@dataclass(frozen=True)
class Route:
    """The path of one flow.

    Attributes
    ----------
    points : tuple of Point
        Start, corners and end; the end touches the target's border.
    curved : bool
        True for loops drawn with wide round corners (feedback flows).
    label : Point
        Where the flow's label is centred.
    """

    points: tuple[Point, ...]
    curved: bool
    label: Point

    @property
    def end_direction(self) -> Point:
        """Return the unit vector of the last segment (for the arrowhead)."""
        (x1, y1), (x2, y2) = self.points[-2], self.points[-1]
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 or 1.0
        return ((x2 - x1) / length, (y2 - y1) / length)


class Obstacles:
    """Node extents indexed by x (for columns) and by grid cell (for small boxes)."""

    CELL = 256.0

    def __init__(self, kinds: Mapping[str, NodeKind], positions: Mapping[str, Point]) -> None:
        items = sorted(
            (pos[0], node, extent_box(kind, pos))
            for node, pos in positions.items()
            if (kind := kinds.get(node)) is not None
        )
        self._xs = [x for x, _n, _b in items]
        self._items = [(n, b) for _x, n, b in items]
        self._reach = max(PHASE_W, GATE_LABEL_W) / 2
        self._cells: dict[tuple[int, int], list[tuple[str, Box]]] = {}
        for node, box in self._items:
            for cell in self._cells_of(box):
                self._cells.setdefault(cell, []).append((node, box))

    def _cells_of(self, box: Box) -> Iterable[tuple[int, int]]:
        c = self.CELL
        for i in range(int(box.left // c), int(box.right // c) + 1):
            for j in range(int(box.top // c), int(box.bottom // c) + 1):
                yield (i, j)

    def touching(self, box: Box) -> list[tuple[str, Box]]:
        """Return the nodes whose extent overlaps ``box``."""
        seen: dict[str, Box] = {}
        for cell in self._cells_of(box):
            for node, other in self._cells.get(cell, ()):
                if node not in seen and other.intersects(box):
                    seen[node] = other
        return list(seen.items())

    def within(self, left: float, right: float) -> Iterable[tuple[str, Box]]:
        """Yield the nodes whose extent overlaps the x range [left, right]."""
        lo = bisect_left(self._xs, left - self._reach)
        hi = bisect_right(self._xs, right + self._reach)
        for node, box in self._items[lo:hi]:
            if box.right > left and box.left < right:
                yield node, box


def route_flows(
    flows: Iterable[Flow],
    kinds: Mapping[str, NodeKind],
    positions: Mapping[str, Point],
    obstacles: Obstacles | None = None,
) -> dict[str, Route]:
    """Route every flow whose two ends are placed.

    Parameters
    ----------
    flows : iterable of Flow
    kinds : mapping
        Node id -> kind.
    positions : mapping
        Node id -> centre.
    obstacles : Obstacles, optional
        The nodes flows must avoid (all placed nodes when omitted).

    Returns
    -------
    dict
        Flow id -> :class:`Route`; flows with an unknown or unplaced end are left out.
    """
    obstacles = obstacles or Obstacles(kinds, positions)
    below: list[_Loop] = []
    above: list[_Loop] = []
    wraps: list[tuple[Flow, Box, Box]] = []
    routes: dict[str, Route] = {}
    placed = [f for f in flows if f.source in positions and f.target in positions]
    for flow in placed:
        if flow.source == flow.target:
            continue
        src = body_box(kinds[flow.source], positions[flow.source])
        tgt = body_box(kinds[flow.target], positions[flow.target])
        route = None
        if flow.kind != FlowKind.FEEDBACK:
            if tgt.right <= src.left and tgt.top >= src.bottom + 2 * STUB:
                wraps.append((flow, src, tgt))
                continue
            route = _forward_route(flow, src, tgt, obstacles)
        if route is None:
            below.append(_Loop(flow, kinds, positions))
        elif route is _OVER:
            above.append(_Loop(flow, kinds, positions))
        elif isinstance(route, Route):
            routes[flow.id] = route
    _spread_ports(below)
    lanes: list[float] = []
    routes.update(_route_loops(below, obstacles, down=True, lanes=lanes))
    routes.update(_route_loops(above, obstacles, down=False))
    for flow, src, tgt in wraps:
        routes[flow.id] = _wrap_route(flow, src, tgt, obstacles, lanes)
    return routes


def _wrap_route(flow: Flow, src: Box, tgt: Box, obs: Obstacles, lanes: list[float]) -> Route:
    """Return the route of a forward flow from the end of one row to the start of a lower one.

    It leaves the source's right side, turns down past the source, runs left below everything
    between the two rows (lanes of loops included) and enters the target from its left, like
    the eye going from the end of one line of text to the start of the next.
    """
    sy, ty = src.centre[1], tgt.centre[1]
    right = src.right + 2 * STUB
    left = tgt.left - 2 * STUB
    floor = max(
        [src.bottom]
        + [y for y in lanes if src.bottom < y < tgt.top]
        + [b.bottom for _n, b in obs.within(left, right) if sy < b.bottom < tgt.top - STUB]
    )
    lane = floor + LANE_SPACING
    ceiling = min([tgt.top] + [b.top for _n, b in obs.within(left, right) if b.top > floor])
    if lane > ceiling - STUB:
        lane = (floor + ceiling) / 2
    points = ((src.right, sy), (right, sy), (right, lane), (left, lane), (left, ty), (tgt.left, ty))
    return Route(points, False, _label_point(points))


_OVER = object()  # marker: a forward flow that must go over the nodes between its ends


def _forward_route(flow: Flow, src: Box, tgt: Box, obstacles: Obstacles) -> Route | object | None:
    """Return the route of a forward flow, _OVER, or None when it must loop below."""
    if tgt.left >= src.right + 2 * STUB:
        sy, ty = src.centre[1], tgt.centre[1]
        if abs(sy - ty) < 0.5:
            points: tuple[Point, ...] = ((src.right, sy), (tgt.left, ty))
        else:
            mx = _clear_column(src.right, tgt.left, min(sy, ty), max(sy, ty), obstacles)
            points = ((src.right, sy), (mx, sy), (mx, ty), (tgt.left, ty))
        if _blocked(points, obstacles, {flow.source, flow.target}):
            return _OVER
        return Route(points, False, _label_point(points))
    sx, tx = src.centre[0], tgt.centre[0]
    if tgt.top >= src.bottom + 2 * STUB:
        my = (src.bottom + tgt.top) / 2
        points = ((sx, src.bottom), (sx, my), (tx, my), (tx, tgt.top))
    elif tgt.bottom <= src.top - 2 * STUB:
        my = (src.top + tgt.bottom) / 2
        points = ((sx, src.top), (sx, my), (tx, my), (tx, tgt.bottom))
    else:
        return None
    if abs(sx - tx) < 0.5:
        points = (points[0], points[-1])
    return Route(points, False, _label_point(points))


def _clear_column(left: float, right: float, top: float, bottom: float, obs: Obstacles) -> float:
    """Return an x between two columns for a vertical piece, away from nodes if possible."""
    middle = (left + right) / 2
    if obs.touching(Box(middle - 1, top, middle + 1, bottom)):
        return left + STUB
    return middle


def _blocked(points: tuple[Point, ...], obs: Obstacles, ends: set[str]) -> bool:
    """Return True when a segment of the polyline crosses a node other than its ends."""
    for (x1, y1), (x2, y2) in pairwise(points):
        seg = Box(min(x1, x2) - 1, min(y1, y2) - 1, max(x1, x2) + 1, max(y1, y2) + 1)
        if any(node not in ends for node, _box in obs.touching(seg)):
            return True
    return False


def _label_point(points: tuple[Point, ...]) -> Point:
    """Return the middle of the longest horizontal segment (or of the whole line)."""
    best: tuple[float, Point] | None = None
    for (x1, y1), (x2, y2) in pairwise(points):
        if abs(y1 - y2) < 0.5 and (best is None or abs(x2 - x1) > best[0]):
            best = (abs(x2 - x1), ((x1 + x2) / 2, y1))
    if best is not None:
        return best[1]
    (x1, y1), (x2, y2) = points[0], points[-1]
    return ((x1 + x2) / 2, (y1 + y2) / 2)


class _Loop:
    """A flow routed through a lane: its ends, ports and span."""

    def __init__(
        self, flow: Flow, kinds: Mapping[str, NodeKind], positions: Mapping[str, Point]
    ) -> None:
        self.flow = flow
        self.src = extent_box(kinds[flow.source], positions[flow.source])
        self.tgt = extent_box(kinds[flow.target], positions[flow.target])
        self.sx = positions[flow.source][0]
        self.tx = positions[flow.target][0]

    @property
    def span(self) -> tuple[float, float]:
        return (min(self.sx, self.tx), max(self.sx, self.tx))

    @property
    def crosses_rows(self) -> bool:
        """True when the two ends stand on different rows (no height in common)."""
        return self.src.bottom <= self.tgt.top or self.tgt.bottom <= self.src.top


def _spread_ports(loops: list[_Loop]) -> None:
    """Give loops that share a node separate ports along its bottom edge, ordered by x."""
    at: dict[str, list[tuple[float, _Loop, str]]] = {}
    for loop in loops:
        at.setdefault(loop.flow.source, []).append((loop.tx, loop, "s"))
        at.setdefault(loop.flow.target, []).append((loop.sx, loop, "t"))
    for ends in at.values():
        if len(ends) < 2:
            continue
        ends.sort(key=lambda e: e[0])
        for i, (_x, loop, end) in enumerate(ends):
            shift = (i - (len(ends) - 1) / 2) * PORT_SPACING
            if end == "s":
                loop.sx += shift
            else:
                loop.tx += shift


def _route_loops(
    loops: list[_Loop], obs: Obstacles, down: bool, lanes: list[float] | None = None
) -> dict[str, Route]:
    """Route loops through lanes below (or above) the row of their ends.

    Narrow loops are routed first, so a loop spanning another goes outside it. A lane never
    runs through a node (of another row, say): it is pushed past it. A loop between two rows
    runs below its source's row to the margin beside every node, along it to the target's
    row, and below that row to its target. The y of every lane is added to ``lanes``.
    """
    margin = _margins(obs)
    loops = sorted(loops, key=lambda lp: (lp.crosses_rows, lp.span[1] - lp.span[0], lp.flow.id))
    done: list[tuple[float, float, float]] = []  # (left, right, lane depth)
    used = [0, 0]  # loops already running along the left and the right margin
    out: dict[str, Route] = {}
    for loop in loops:
        curved = loop.flow.kind == FlowKind.FEEDBACK
        start = (loop.sx, loop.src.bottom if down else loop.src.top)
        end = (loop.tx, loop.tgt.bottom if down else loop.tgt.top)
        if not (down and loop.crosses_rows):
            lane = _lane(loop.span, (loop.src, loop.tgt), obs, down, done)
            y = lane if down else -lane
            points: tuple[Point, ...] = (start, (loop.sx, y), (loop.tx, y), end)
            out[loop.flow.id] = Route(points, curved, ((loop.sx + loop.tx) / 2, y))
            if lanes is not None and down:
                lanes.append(y)
            continue
        middle = (loop.sx + loop.tx) / 2
        side = 0 if middle - margin[0] <= margin[1] - middle else 1
        x = margin[side] + (LANE_SPACING if side else -LANE_SPACING) * used[side]
        used[side] += 1
        y1 = _lane(_between(loop.sx, x), (loop.src,), obs, down, done)
        y2 = _lane(_between(loop.tx, x), (loop.tgt,), obs, down, done)
        points = (start, (loop.sx, y1), (x, y1), (x, y2), (loop.tx, y2), end)
        out[loop.flow.id] = Route(points, curved, _label_point(points))
        if lanes is not None:
            lanes.extend((y1, y2))
    return out


def _between(a: float, b: float) -> tuple[float, float]:
    return (min(a, b), max(a, b))


def _margins(obs: Obstacles) -> tuple[float, float]:
    """Return the x of the first lane left of every node and right of every node."""
    boxes = [b for _n, b in obs.within(float("-inf"), float("inf"))]
    if not boxes:
        return (0.0, 0.0)
    # outside the pieces of wrapping flows, which run 2 * STUB beside the nodes
    left = min(b.left for b in boxes) - 2 * STUB - LANE_SPACING
    right = max(b.right for b in boxes) + 2 * STUB + LANE_SPACING
    return (left, right)


def _lane(
    span: tuple[float, float],
    ends: tuple[Box, ...],
    obs: Obstacles,
    down: bool,
    done: list[tuple[float, float, float]],
) -> float:
    """Return the depth of a free lane below (or above) ``ends`` across ``span``; record it."""
    left, right = span
    # work in "depth": distance away from the row, downwards (or upwards when not down)
    boxes = [_depth(b, down) for _n, b in obs.within(left - 1, right + 1)]
    depths = [_depth(b, down) for b in ends]
    band = (min(d[0] for d in depths), max(d[1] for d in depths))
    row = [far for near, far in boxes if near < band[1] and far > band[0]]
    lane = max([band[1], *row]) + LANE_CLEARANCE
    for _ in range(4 * len(boxes) + len(done) + 1):
        pushed = lane
        for l2, r2, d2 in done:
            overlap = l2 <= right + PORT_SPACING and left <= r2 + PORT_SPACING
            if overlap and lane - LANE_SPACING < d2 < lane + NEST_REACH:
                lane = d2 + LANE_SPACING
        for near, far in boxes:
            if near - LANE_SPACING / 2 < lane < far + LANE_SPACING / 2:
                lane = far + LANE_CLEARANCE
        if lane == pushed:
            break
    done.append((left, right, lane))
    return lane


def _depth(box: Box, down: bool) -> tuple[float, float]:
    """Return a box's near and far edge along the direction a lane is pushed."""
    return (box.top, box.bottom) if down else (-box.bottom, -box.top)
