"""The lifecycle diagram's core: layout, routing, derived roles and the diagram's edits."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from raci_studio.core import lifecycle as lc
from raci_studio.core.actions import lifecycle as la
from raci_studio.core.edits import EditError
from raci_studio.core.lifecycle_routes import Route, route_flows
from raci_studio.core.metrics import GateState
from raci_studio.core.model import (
    Activity,
    Flow,
    FlowKind,
    Gate,
    GateKind,
    Phase,
    Project,
    Role,
)
from raci_studio.core.templates import list_templates, new_from_template

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sample(name: str) -> Project:
    return Project.model_validate_json((SAMPLES / f"{name}.raci.json").read_text("utf-8"))


def _chain(n_phases: int = 4) -> Project:
    phases = [Phase(id=f"p{i}", name=f"Phase {i}") for i in range(n_phases)]
    flows = [Flow(id=f"f{i}", source=f"p{i}", target=f"p{i + 1}") for i in range(n_phases - 1)]
    return Project(name="Chain", phases=phases, flows=flows)


def _round_trip(project: Project, edit) -> Project:
    before = project.model_dump()
    inverse, _change = edit.apply(project)
    after = project.model_dump()
    inverse.apply(project)
    assert project.model_dump() == before
    return Project.model_validate(after)


# -- layout -----------------------------------------------------------------------------------


def test_auto_layout_reads_left_to_right_in_phase_order_with_gates_between() -> None:
    project = _sample("support-ticket-deflection")
    pos = lc.auto_layout(project, aspect=None)
    order = sorted(pos, key=lambda n: pos[n][0])
    assert order[:3] == ["business-data-understanding", "go-no-go", "data-collection"]
    # two chained gates after evaluation get successive columns before deployment
    assert order.index("evaluation") < order.index("ethical-review")
    assert order.index("ethical-review") < order.index("launch-readiness")
    assert order.index("launch-readiness") < order.index("deployment")
    assert {y for _x, y in pos.values()} == {0.0}


def test_auto_layout_never_overlaps_and_sits_on_the_grid() -> None:
    projects = [new_from_template(t.id) for t in list_templates()]
    projects += [_sample(p.name.removesuffix(".raci.json")) for p in SAMPLES.glob("*.json")]
    for project in projects:
        kinds = lc.node_kinds(project)
        for aspect in (None, 0.7, 1.0, lc.DEFAULT_ASPECT, 3.0):
            pos = lc.auto_layout(project, aspect)
            assert set(pos) == set(kinds)
            boxes = [lc.extent_box(kinds[n], p) for n, p in pos.items()]
            for i, a in enumerate(boxes):
                assert not any(a.intersects(b) for b in boxes[i + 1 :]), project.name
            for x, y in pos.values():
                assert (x, y) == lc.snap((x, y))


def _rows(pos: dict[str, lc.Point]) -> list[list[str]]:
    """Group nodes into rows by their centre lines (gates stacked in a column stay apart)."""
    out: dict[float, list[str]] = {}
    for node, (_x, y) in pos.items():
        out.setdefault(y, []).append(node)
    return [sorted(nodes, key=lambda n: pos[n][0]) for _y, nodes in sorted(out.items())]


def test_auto_layout_wraps_into_rows_that_read_like_lines_of_text() -> None:
    project = _sample("churn-prediction")
    one_row = lc.auto_layout(project, aspect=None)
    reading = sorted(one_row, key=lambda n: one_row[n][0])
    pos = lc.auto_layout(project, aspect=16 / 9)
    rows = _rows(pos)
    assert len(rows) == 2
    assert [n for row in rows for n in row] == reading  # each row left to right, then the next
    assert {pos[row[0]][0] for row in rows} == {pos[reading[0]][0]}  # rows start on one margin
    # a wide area keeps one row, a tall one gets more rows
    assert len(_rows(lc.auto_layout(project, aspect=8.0))) == 1
    assert len(_rows(lc.auto_layout(project, aspect=1.0))) > 2


def _fitted(project: Project, pos: dict[str, lc.Point], width: float, height: float) -> float:
    kinds = lc.node_kinds(project)
    box = lc.bounds(kinds, pos)
    assert box is not None
    for route in route_flows(project.flows, kinds, pos).values():
        for x, y in route.points:
            box = box.united(lc.Box(x, y, x, y))
    return min(width / (box.width + 60), height / (box.height + 60))


def test_wrapped_layout_shows_the_cards_larger_at_fit() -> None:
    for name in ("churn-prediction", "support-ticket-deflection"):
        project = _sample(name)
        # the Lifecycle tab's view in a 1366 x 768 window
        strip = _fitted(project, lc.auto_layout(project, aspect=None), 1340, 560)
        wrapped = _fitted(project, lc.auto_layout(project, aspect=1340 / 560), 1340, 560)
        assert wrapped > 1.6 * strip
        assert wrapped >= 0.9  # card text near its full size, not 55 %


@pytest.mark.parametrize("aspect", [0.8, 1.3, lc.DEFAULT_ASPECT, 2.4])
def test_wrapped_routes_keep_clear_of_the_cards(aspect: float) -> None:
    projects = [_sample(p.name.removesuffix(".raci.json")) for p in SAMPLES.glob("*.json")]
    projects += [new_from_template(t.id) for t in list_templates()]
    for project in projects:
        kinds = lc.node_kinds(project)
        pos = lc.auto_layout(project, aspect)
        routes = route_flows(project.flows, kinds, pos)
        assert set(routes) == {f.id for f in project.flows if f.source != f.target}
        for flow in project.flows:
            route = routes[flow.id]
            for (x1, y1), (x2, y2) in pairwise(route.points):
                assert x1 == x2 or y1 == y2  # orthogonal pieces only
            for node, p in pos.items():
                if node not in (flow.source, flow.target):
                    box = lc.extent_box(kinds[node], p)
                    assert not _crosses(route, box), (project.name, flow.id, node)
            if flow.kind == FlowKind.FEEDBACK:
                assert route.end_direction == (0.0, -1.0)  # loops enter from below
            elif pos[flow.target][1] > pos[flow.source][1] + lc.PHASE_H:
                assert route.end_direction == (1.0, 0.0)  # the next row is entered from the left


def test_flow_wrapping_to_the_next_row_runs_below_the_loops_between_the_rows() -> None:
    project = _sample("churn-prediction")
    kinds = lc.node_kinds(project)
    pos = lc.auto_layout(project, aspect=16 / 9)
    rows = _rows(pos)
    wrap = next(f for f in project.flows if f.source == rows[0][-1] and f.target == rows[1][0])
    routes = route_flows(project.flows, kinds, pos)
    lane = routes[wrap.id].points[2][1]
    first_row_bottom = max(lc.extent_box(kinds[n], pos[n]).bottom for n in rows[0])
    second_row_top = min(lc.extent_box(kinds[n], pos[n]).top for n in rows[1])
    assert first_row_bottom < lane < second_row_top
    for flow in project.flows:
        if flow.kind == FlowKind.FEEDBACK:
            ys = [y for _x, y in routes[flow.id].points if first_row_bottom < y < second_row_top]
            assert all(y < lane for y in ys)  # loop lanes above the wrapping flow: no crossing
    # a loop between the rows runs outside the diagram's margin, clear of the wrapping flow
    cross = routes["monitoring-to-data-collection"]
    xs = [x for (x, _y) in cross.points]
    assert min(xs) < routes[wrap.id].points[3][0] or max(xs) > routes[wrap.id].points[1][0]


def test_saved_positions_are_kept_whatever_the_area() -> None:
    project = _sample("churn-prediction")
    project.layout = lc.auto_layout(project, aspect=None)
    for aspect in (0.8, 1.6, 3.0):
        assert lc.resolve_positions(project, aspect=aspect) == project.layout
    edit = la.auto_layout_edit(project, aspect=1.6)
    after = _round_trip(project, edit)
    assert len(_rows(after.layout)) == 2


def test_parallel_gates_share_a_column_and_gates_without_after_follow_their_flows() -> None:
    project = _chain(3)
    project.gates = [
        Gate(id="g1", name="Ethics", after="p0"),
        Gate(id="g2", name="Cost", after="p0"),
        Gate(id="g3", name="Launch"),
    ]
    project.flows.append(Flow(id="x", source="p1", target="g3"))
    pos = lc.auto_layout(project, aspect=None)
    assert pos["g1"][0] == pos["g2"][0]
    assert pos["g1"][1] < 0 < pos["g2"][1]
    assert pos["p0"][0] < pos["g1"][0] < pos["p1"][0] < pos["g3"][0] < pos["p2"][0]


def test_saved_layout_wins_and_new_nodes_continue_the_row() -> None:
    project = _chain(3)
    project.layout = {"p0": (0.0, 100.0), "p1": (300.0, 100.0)}
    pos = lc.resolve_positions(project)
    assert pos["p0"] == (0.0, 100.0)
    assert pos["p2"][1] == 100.0
    assert lc.extent_box("phase", pos["p2"]).left > lc.extent_box("phase", pos["p1"]).right


def test_snap_align_and_distribute() -> None:
    assert lc.snap((31.0, -9.0)) == (40.0, -0.0)
    kinds: dict[str, lc.NodeKind] = {"a": "phase", "b": "gate", "c": "phase"}
    pos = {"a": (0.0, 0.0), "b": (200.0, 40.0), "c": (900.0, -30.0)}
    top = lc.align(pos, kinds, "top")
    tops = {lc.body_box(kinds[n], p).top for n, p in top.items()}
    assert tops == {-30.0 - lc.PHASE_H / 2}
    assert all(top[n][0] == pos[n][0] for n in pos)
    middle = lc.align(pos, kinds, "middle")
    assert len({y for _x, y in middle.values()}) == 1
    spread = lc.distribute(pos, kinds, "horizontal")
    boxes = sorted((lc.body_box(kinds[n], p) for n, p in spread.items()), key=lambda b: b.left)
    gaps = [b.left - a.right for a, b in pairwise(boxes)]
    assert gaps[0] == pytest.approx(gaps[1])
    assert spread["a"] == pos["a"] and spread["c"] == pos["c"]
    with pytest.raises(ValueError, match="alignment"):
        lc.align(pos, kinds, "diagonal")


def test_free_spot_avoids_nodes() -> None:
    kinds: dict[str, lc.NodeKind] = {"a": "phase"}
    spot = lc.free_spot(kinds, {"a": (0.0, 0.0)}, "phase", (0.0, 0.0))
    assert not lc.extent_box("phase", spot).intersects(lc.extent_box("phase", (0.0, 0.0)))


# -- routing ----------------------------------------------------------------------------------


def _crosses(route: Route, box: lc.Box) -> bool:
    for (x1, y1), (x2, y2) in pairwise(route.points):
        seg = lc.Box(min(x1, x2), min(y1, y2), max(x1, x2) + 0.01, max(y1, y2) + 0.01)
        if seg.intersects(box):
            return True
    return False


def test_forward_flows_are_straight_and_feedback_loops_go_below_what_they_skip() -> None:
    project = _sample("churn-prediction")
    kinds = lc.node_kinds(project)
    pos = lc.auto_layout(project, aspect=None)
    routes = route_flows(project.flows, kinds, pos)
    assert set(routes) == {f.id for f in project.flows}
    lowest = max(lc.extent_box(kinds[n], p).bottom for n, p in pos.items())
    for flow in project.flows:
        route = routes[flow.id]
        if flow.kind == FlowKind.FORWARD:
            assert len(route.points) == 2 and not route.curved
            assert route.points[0][1] == route.points[1][1]
        else:
            assert route.curved
            assert route.points[1][1] > lowest  # the lane runs below every node
            assert route.end_direction == (0.0, -1.0)  # it enters its target from below
        for node, p in pos.items():
            if node not in (flow.source, flow.target):
                assert not _crosses(route, lc.extent_box(kinds[node], p)), (flow.id, node)


def test_nested_feedback_loops_get_separate_lanes() -> None:
    project = _chain(4)
    project.flows += [
        Flow(id="short", source="p2", target="p1", kind=FlowKind.FEEDBACK),
        Flow(id="long", source="p3", target="p0", kind=FlowKind.FEEDBACK),
    ]
    kinds = lc.node_kinds(project)
    routes = route_flows(project.flows, kinds, lc.auto_layout(project, aspect=None))
    assert routes["long"].points[1][1] > routes["short"].points[1][1]


def test_forward_flow_that_skips_nodes_goes_over_them() -> None:
    project = _chain(3)
    project.flows.append(Flow(id="skip", source="p0", target="p2"))
    kinds = lc.node_kinds(project)
    pos = lc.auto_layout(project)
    route = route_flows(project.flows, kinds, pos)["skip"]
    assert route.points[1][1] < lc.extent_box("phase", pos["p1"]).top
    assert not _crosses(route, lc.extent_box("phase", pos["p1"]))


def test_orthogonal_route_to_a_node_on_another_row() -> None:
    project = _chain(2)
    pos = {"p0": (0.0, 0.0), "p1": (400.0, 200.0)}
    route = route_flows(project.flows, lc.node_kinds(project), pos)["f0"]
    assert len(route.points) == 4
    for (x1, y1), (x2, y2) in pairwise(route.points):
        assert x1 == x2 or y1 == y2


# -- derived info -----------------------------------------------------------------------------


def test_phase_info_ranks_accountable_and_responsible_roles() -> None:
    project = _chain(2)
    project.roles = [Role(id=r, name=r.upper(), short=r.upper()) for r in ("pm", "ds", "mle")]
    project.activities = [
        Activity(id="a", name="A", phase="p0", raci={"ds": "R", "pm": "A"}),
        Activity(id="b", name="B", phase="p0", raci={"ds": "A", "mle": "R"}),
        Activity(id="c", name="C", phase="p0", raci={"mle": "RA"}),
        Activity(id="d", name="D", phase="p0", raci={"pm": "A", "mle": "R"}),
    ]
    info = lc.phase_infos(project)
    assert info["p0"].activity_count == 4
    assert info["p0"].accountable == ("pm", "ds", "mle")
    assert info["p0"].responsible == ("mle", "ds")
    assert info["p1"] == lc.PhaseInfo(0, (), ())
    assert lc.role_labels(project, info["p0"].responsible) == ["MLE", "DS"]


def test_gate_states_and_gates_following_a_phase() -> None:
    project = _sample("support-ticket-deflection")
    states = lc.gate_states(project)
    assert set(states) == {g.id for g in project.gates}
    assert all(isinstance(s, GateState) for s in states.values())
    following = [g.id for g in lc.gates_following(project, "evaluation")]
    assert following == ["ethical-review", "launch-readiness"]
    assert lc.gates_following(project, "data-collection") == []


# -- actions ----------------------------------------------------------------------------------


def test_move_nodes_is_one_edit_and_saves_the_shown_layout_once() -> None:
    project = _sample("support-ticket-deflection")
    assert not project.layout
    shown = lc.resolve_positions(project)
    edit = la.move_nodes(project, {"evaluation": (1300.0, 200.0), "deployment": (0.0, 0.0)})
    assert edit.label == "Move 2 nodes"
    after = _round_trip(project, edit)
    assert after.layout["evaluation"] == (1300.0, 200.0)
    assert after.layout["monitoring"] == shown["monitoring"]
    assert set(after.layout) == set(shown)
    with pytest.raises(EditError):
        la.move_nodes(project, {"nope": (0.0, 0.0)})


def test_auto_layout_edit_and_forget_layout_round_trip() -> None:
    project = _sample("churn-prediction")
    after = _round_trip(project, la.auto_layout_edit(project))
    assert after.layout == lc.auto_layout(project)
    assert not _round_trip(after, la.forget_layout(after)).layout


def test_add_gate_phase_and_flow() -> None:
    project = _chain(3)
    after = _round_trip(project, la.add_gate(project, "ethical_review", after="p1"))
    gate = after.gates[-1]
    assert (gate.kind, gate.name, gate.after) == (GateKind.ETHICAL_REVIEW, "Ethical review", "p1")
    assert not after.layout  # an auto-laid-out project stays so
    placed = _round_trip(project, la.add_phase(project, "Pilot", at=(505.0, 300.0)))
    assert placed.layout["pilot"] == (500.0, 300.0)
    assert set(placed.layout) == {"p0", "p1", "p2", "pilot"}
    with pytest.raises(EditError, match="kind of gate"):
        la.add_gate(project, "party")

    flow = _round_trip(project, la.add_flow(project, "p2", "p0")).flows[-1]
    assert (flow.source, flow.target, flow.kind) == ("p2", "p0", FlowKind.FEEDBACK)
    assert la.add_flow(project, "p0", "p2").item.kind == FlowKind.FORWARD
    with pytest.raises(EditError, match="already leads"):
        la.add_flow(project, "p0", "p1")
    with pytest.raises(EditError, match="different"):
        la.add_flow(project, "p0", "p0")
    ids = {la.add_flow(project, "p0", "p2").item.id, "p0-to-p2"}
    assert len(ids) == 1


def test_flow_ids_are_unique() -> None:
    project = _chain(2)
    project.flows.append(Flow(id="p1-to-p0", source="p0", target="p1", kind="feedback"))
    project.flows = [project.flows[1]]
    edit = la.add_flow(project, "p1", "p0")
    assert edit.item.id == "p1-to-p0-2"


def test_flow_kind_rename_and_label() -> None:
    project = _chain(2)
    after = _round_trip(project, la.set_flow_kind(project, "f0", "feedback"))
    assert after.flows[0].kind == FlowKind.FEEDBACK
    assert _round_trip(project, la.rename_node(project, "p1", " Train ")).phases[1].name == "Train"
    assert _round_trip(project, la.set_flow_label(project, "f0", "retry")).flows[0].label
    with pytest.raises(EditError):
        la.rename_node(project, "p1", "  ")
    with pytest.raises(EditError):
        la.set_flow_kind(project, "nope", "forward")


def test_delete_selection_cascades_once_and_moves_activities() -> None:
    project = _sample("support-ticket-deflection")
    owned = [a.id for a in project.activities if a.phase == "feature-engineering"]
    edit = la.delete_selection(
        project,
        ["feature-engineering", "model-training", "ethical-review"],
        ["data-collection-to-feature-engineering", "deployment-to-monitoring"],
        {"feature-engineering": "data-collection"},
    )
    after = _round_trip(project, edit)
    nodes = lc.node_kinds(after)
    assert "feature-engineering" not in nodes and "ethical-review" not in nodes
    assert all(f.source in nodes and f.target in nodes for f in after.flows)
    assert "deployment-to-monitoring" not in {f.id for f in after.flows}
    moved = {a.id: a.phase for a in after.activities}
    assert all(moved[a] == "data-collection" for a in owned)
    assert not any(a.phase == "model-training" for a in after.activities)
    assert edit.label == "Delete 3 nodes and 2 flows"
    with pytest.raises(EditError, match="deleted too"):
        la.delete_selection(project, ["evaluation", "deployment"], (), {"evaluation": "deployment"})


def test_loops_of_one_row_stay_above_the_next_row() -> None:
    project = _chain(6)
    project.flows.append(Flow(id="back", source="p2", target="p0", kind=FlowKind.FEEDBACK))
    # two rows of three: the loop runs under the first row, not under the second
    project.layout = {f"p{i}": (float(i % 3) * 260, float(i // 3) * 320) for i in range(6)}
    kinds = lc.node_kinds(project)
    pos = lc.resolve_positions(project)
    route = route_flows(project.flows, kinds, pos)["back"]
    lane = route.points[1][1]
    assert lc.extent_box("phase", pos["p0"]).bottom < lane < lc.extent_box("phase", pos["p3"]).top
    for node in ("p1", "p3", "p4", "p5"):
        assert not _crosses(route, lc.extent_box("phase", pos[node]))


def test_a_lane_is_pushed_past_a_node_in_its_way() -> None:
    project = _chain(3)
    project.flows.append(Flow(id="back", source="p2", target="p0", kind=FlowKind.FEEDBACK))
    # p1 sits just below the row, where the lane would run
    project.layout = {"p0": (0.0, 0.0), "p1": (260.0, 150.0), "p2": (520.0, 0.0)}
    kinds = lc.node_kinds(project)
    pos = lc.resolve_positions(project)
    route = route_flows(project.flows, kinds, pos)["back"]
    for node in ("p1",):
        assert not _crosses(route, lc.extent_box("phase", pos[node]))
