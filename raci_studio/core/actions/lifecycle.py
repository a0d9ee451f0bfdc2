"""User-level edits of the lifecycle diagram, each one undo step with a readable label.

Positions follow one rule: a project without a saved layout is shown with the auto-layout
and nothing is written until the user places something. The first edit that places a node
(a move, an alignment, a node added at a point) also saves where every other node is shown,
so that the diagram never jumps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from raci_studio.core.actions import raci as actions
from raci_studio.core.edits import (
    Batch,
    Edit,
    EditError,
    InsertItem,
    RemoveItem,
    SetLayout,
    UpdateFields,
    find,
)
from raci_studio.core.ids import unique_id
from raci_studio.core.lifecycle import (
    DEFAULT_ASPECT,
    GATE_KIND_LABELS,
    NodeKind,
    Point,
    align,
    auto_layout,
    distribute,
    free_spot,
    node_kinds,
    node_name,
    resolve_positions,
    snap,
)
from raci_studio.core.model import Flow, FlowKind, Gate, GateKind, PhaseStatus, Project

FLOW_KIND_LABELS = {FlowKind.FORWARD: "forward", FlowKind.FEEDBACK: "feedback"}


def _placements(
    project: Project, moves: Mapping[str, Point], shown: Mapping[str, Point] | None
) -> tuple[tuple[str, tuple[float, float] | None], ...]:
    """Return layout entries for ``moves`` plus, once, every unsaved node where it is shown."""
    entries: dict[str, Point] = {}
    kinds = node_kinds(project)
    if shown is None:
        shown = resolve_positions(project)
    for node, pos in shown.items():
        if node in kinds and node not in project.layout:
            entries[node] = pos
    entries.update(moves)
    return tuple((node, (float(x), float(y))) for node, (x, y) in entries.items())


def move_nodes(
    project: Project, moves: Mapping[str, Point], shown: Mapping[str, Point] | None = None
) -> SetLayout:
    """Place nodes where they were dropped: one edit for a drag of any number of nodes.

    Parameters
    ----------
    project : Project
    moves : mapping
        Node id -> new centre.
    shown : mapping, optional
        Where the diagram shows every node now (defaults to :func:`resolve_positions`);
        nodes with no saved position are saved there too, so nothing else moves.

    Raises
    ------
    EditError
        When a moved id is neither a phase nor a gate.
    """
    kinds = node_kinds(project)
    unknown = [node for node in moves if node not in kinds]
    if unknown:
        raise EditError(f"no phase or gate '{unknown[0]}'")
    if len(moves) == 1:
        label = f"Move '{node_name(project, next(iter(moves)))}'"
    else:
        label = f"Move {len(moves)} nodes"
    return SetLayout(_placements(project, moves, shown), label)


def auto_layout_edit(project: Project, aspect: float | None = DEFAULT_ASPECT) -> SetLayout:
    """Place every node where the auto-layout puts it for an area of ``aspect`` (undoable)."""
    return SetLayout(tuple(auto_layout(project, aspect).items()), "Auto-layout")


def forget_layout(project: Project) -> SetLayout:
    """Forget every saved position, so the diagram follows the auto-layout again."""
    return SetLayout(tuple((node, None) for node in project.layout), "Reset layout")


def align_nodes(
    project: Project, node_ids: Sequence[str], mode: str, shown: Mapping[str, Point]
) -> SetLayout:
    """Align the nodes on one edge or centre line (see :func:`~.lifecycle.align`)."""
    kinds = node_kinds(project)
    chosen = {n: shown[n] for n in node_ids if n in kinds and n in shown}
    if len(chosen) < 2:
        raise EditError("select at least two nodes to align")
    moved = align(chosen, kinds, mode)
    edit = SetLayout(_placements(project, moved, shown), f"Align {len(chosen)} nodes ({mode})")
    return edit


def distribute_nodes(
    project: Project, node_ids: Sequence[str], axis: str, shown: Mapping[str, Point]
) -> SetLayout:
    """Space the nodes evenly along an axis (see :func:`~.lifecycle.distribute`)."""
    kinds = node_kinds(project)
    chosen = {n: shown[n] for n in node_ids if n in kinds and n in shown}
    if len(chosen) < 3:
        raise EditError("select at least three nodes to distribute")
    moved = distribute(chosen, kinds, axis)
    return SetLayout(_placements(project, moved, shown), f"Distribute {len(chosen)} nodes")


# -- adding -----------------------------------------------------------------------------------


def _place_new(
    project: Project, node_id: str, kind: NodeKind, at: Point | None, near: str | None
) -> list[Edit]:
    """Return the layout edit for a new node: at a point, or beside ``near`` in a laid-out
    project; nothing when the project follows the auto-layout."""
    if at is None and not project.layout:
        return []
    shown = resolve_positions(project)
    if at is None:
        kinds = node_kinds(project)
        anchor = shown.get(near or "") or max(shown.values(), default=(0.0, 0.0))
        at = free_spot(kinds, shown, kind, (anchor[0] + 120.0, anchor[1]))
    return [SetLayout(_placements(project, {node_id: snap(at)}, shown))]


def add_phase(
    project: Project,
    name: str,
    index: int | None = None,
    at: Point | None = None,
    near: str | None = None,
) -> Edit:
    """Add a phase (at ``index`` in phase order), placed at ``at`` when given.

    Parameters
    ----------
    project : Project
    name : str
        The new phase's name (its id is a unique slug of it).
    index : int, optional
        Position in the phase order; the end when None.
    at : Point, optional
        Where the user asked for it (a double-click on the canvas).
    near : str, optional
        A node to put it beside when the project has a saved layout and ``at`` is None.
    """
    insert = actions.add_phase(project, name.strip() or "New phase", index)
    placed = _place_new(project, insert.item.id, "phase", at, near)
    return Batch((insert, *placed), insert.label, insert.item.id) if placed else insert


def add_gate(
    project: Project,
    kind: GateKind | str = GateKind.GO_NO_GO,
    name: str | None = None,
    after: str | None = None,
    at: Point | None = None,
) -> Edit:
    """Add a decision gate of ``kind``, following phase ``after``, placed at ``at``.

    Raises
    ------
    EditError
        When ``after`` names no phase or ``kind`` is not a gate kind.
    """
    try:
        kind = GateKind(kind)
    except ValueError:
        raise EditError(f"'{kind}' is not a kind of gate") from None
    if after is not None and not any(p.id == after for p in project.phases):
        raise EditError(f"no phase '{after}'")
    name = (name or "").strip() or GATE_KIND_LABELS[kind]
    ident = unique_id(name, set(node_kinds(project)), "gate")
    gate = Gate(id=ident, name=name, kind=kind, after=after)
    insert = InsertItem(("gates",), len(project.gates), gate, f"Add gate '{name}'")
    placed = _place_new(project, ident, "gate", at, after)
    return Batch((insert, *placed), insert.label, ident) if placed else insert


def add_flow(
    project: Project, source: str, target: str, kind: FlowKind | str | None = None
) -> InsertItem:
    """Connect two nodes with a flow.

    Parameters
    ----------
    project : Project
    source, target : str
        Phase or gate ids.
    kind : FlowKind, optional
        When None, "feedback" if the target comes before the source in the lifecycle (as
        auto-layout orders it), else "forward".

    Raises
    ------
    EditError
        For an unknown node, a flow from a node to itself, or a second flow between the same
        two nodes in the same direction.
    """
    kinds = node_kinds(project)
    for node in (source, target):
        if node not in kinds:
            raise EditError(f"no phase or gate '{node}'")
    if source == target:
        raise EditError("a flow must connect two different nodes")
    if any(f.source == source and f.target == target for f in project.flows):
        raise EditError(
            f"'{node_name(project, source)}' already leads to '{node_name(project, target)}'"
        )
    if kind is None:
        order = {n: i for i, n in enumerate(auto_layout(project))}
        kind = FlowKind.FEEDBACK if order[target] < order[source] else FlowKind.FORWARD
    kind = FlowKind(kind)
    ident = unique_id(f"{source}-to-{target}", {f.id for f in project.flows}, "flow")
    flow = Flow(id=ident, source=source, target=target, kind=kind)
    label = f"Connect '{node_name(project, source)}' to '{node_name(project, target)}'"
    return InsertItem(("flows",), len(project.flows), flow, label)


def set_flow_kind(project: Project, flow_id: str, kind: FlowKind | str) -> UpdateFields:
    """Make a flow forward or feedback."""
    flow = _flow(project, flow_id)
    kind = FlowKind(kind)
    return UpdateFields(("flows", flow.id), {"kind": kind}, f"Make flow {FLOW_KIND_LABELS[kind]}")


def set_flow_label(project: Project, flow_id: str, label: str) -> UpdateFields:
    """Set the text written along a flow."""
    flow = _flow(project, flow_id)
    return UpdateFields(("flows", flow.id), {"label": label.strip()}, "Label flow")


def rename_node(project: Project, node_id: str, name: str) -> UpdateFields:
    """Rename a phase or a gate (its id never changes).

    Raises
    ------
    EditError
        When the id names no node or the new name is blank.
    """
    kinds = node_kinds(project)
    if node_id not in kinds:
        raise EditError(f"no phase or gate '{node_id}'")
    if not name.strip():
        raise EditError("a name cannot be empty")
    return actions.rename(project, kinds[node_id] + "s", node_id, name.strip())


def _flow(project: Project, flow_id: str) -> Flow:
    return find(project.flows, flow_id, "flow")


# -- deleting ---------------------------------------------------------------------------------


def delete_selection(
    project: Project,
    node_ids: Iterable[str] = (),
    flow_ids: Iterable[str] = (),
    activities_to: Mapping[str, str | None] | None = None,
) -> Edit:
    """Delete phases, gates and flows as one step.

    Parameters
    ----------
    project : Project
    node_ids : iterable of str
        Phases and gates; their flows and saved positions go with them.
    flow_ids : iterable of str
        Flows to delete.
    activities_to : mapping, optional
        Phase id -> the phase that receives its activities (None or absent: they are deleted
        with it). The receiving phase must not be deleted too.

    Raises
    ------
    EditError
        For an unknown id, or activities sent to a phase that is being deleted.
    """
    node_ids = list(dict.fromkeys(node_ids))
    flow_ids = list(dict.fromkeys(flow_ids))
    activities_to = activities_to or {}
    kinds = node_kinds(project)
    for node in node_ids:
        if node not in kinds:
            raise EditError(f"no phase or gate '{node}'")
        target = activities_to.get(node)
        if target is not None and target in node_ids:
            raise EditError(f"'{node_name(project, target)}' is being deleted too")
    for flow_id in flow_ids:
        _flow(project, flow_id)
    # Each removal is built against the project as the previous ones left it (a copy), so
    # that cascades (a flow between two deleted phases) are removed exactly once.
    scratch = project.model_copy(deep=True)
    edits: list[Edit] = []
    for node in node_ids:
        if kinds[node] == "phase":
            edit = actions.remove_phase(scratch, node, activities_to.get(node))
        else:
            edit = actions.remove_gate(scratch, node)
        edit.apply(scratch)
        edits.append(edit)
    remaining = [f for f in flow_ids if f in {flow.id for flow in scratch.flows}]
    edits.extend(actions.unlink_decisions(scratch, "flow", remaining))
    edits.extend(RemoveItem(("flows",), f) for f in remaining)
    return Batch(tuple(edits), _delete_label(project, node_ids, flow_ids))


def _delete_label(project: Project, node_ids: list[str], flow_ids: list[str]) -> str:
    if len(node_ids) == 1 and not flow_ids:
        return f"Delete '{node_name(project, node_ids[0])}'"
    if not node_ids and len(flow_ids) == 1:
        return "Delete flow"
    parts = []
    if node_ids:
        parts.append(f"{len(node_ids)} node{'s' if len(node_ids) > 1 else ''}")
    if flow_ids:
        parts.append(f"{len(flow_ids)} flow{'s' if len(flow_ids) > 1 else ''}")
    return "Delete " + " and ".join(parts)


def set_phase_status(project: Project, phase_id: str, status: str) -> UpdateFields:
    """Mark a phase not started, in progress, done or blocked."""
    phase = find(project.phases, phase_id, "phase")
    try:
        value = PhaseStatus(status)
    except ValueError:
        raise EditError(f"'{status}' is not a phase status") from None
    words = value.value.replace("_", " ")
    return UpdateFields(("phases", phase_id), {"status": value}, f"Mark '{phase.name}' {words}")


def set_gate_kind(project: Project, gate_id: str, kind: GateKind | str) -> UpdateFields:
    """Change what kind of decision a gate is."""
    gate = find(project.gates, gate_id, "gate")
    try:
        value = GateKind(kind)
    except ValueError:
        raise EditError(f"'{kind}' is not a kind of gate") from None
    label = f"Make '{gate.name}' a {GATE_KIND_LABELS[value].lower()} gate"
    return UpdateFields(("gates", gate_id), {"kind": value}, label)
