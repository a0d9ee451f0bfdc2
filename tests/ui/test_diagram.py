"""The Lifecycle tab: editing with undo, the link to the grid, presentation mode, exports."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QInputDialog

from raci_studio.core import lifecycle as lc
from raci_studio.io.project.file import load_project
from raci_studio.ui.diagram.flows import FlowItem
from raci_studio.ui.diagram.items import GateItem, PhaseItem

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "support-ticket-deflection.raci.json"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def panel(qtbot, main_window):
    """The Lifecycle tab of a shown window on the small project, made current."""
    from raci_studio.ui.diagram.panel import DiagramPanel

    panel = next(w for _t, w in main_window.views() if isinstance(w, DiagramPanel))
    main_window.tabs.setCurrentWidget(panel)
    qtbot.waitExposed(panel.view)
    yield panel
    if panel.editor is not None:
        panel.editor.cancel()


@pytest.fixture
def sample_panel(qtbot, main_window, panel):
    """The Lifecycle tab on the support-ticket sample (no saved layout), the canvas alone.

    The auto-layout follows the canvas's shape: without the properties pane the canvas of the
    test window is as wide as these tests' rows expect.
    """
    panel.inspector_action.setChecked(False)
    qtbot.waitUntil(lambda: not panel._resize_timer.isActive())
    assert main_window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: "monitoring" in panel.scene.nodes)
    return panel


def _view_point(panel, scene_point: QPointF) -> QPoint:
    return panel.view.mapFromScene(scene_point)


def _drag(qtbot, panel, start: QPointF, end: QPointF) -> None:
    viewport = panel.view.viewport()
    a, b = _view_point(panel, start), _view_point(panel, end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, a + (b - a) * (i / 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_scene_mirrors_the_project(panel, main_window) -> None:
    project = main_window.adapter.project
    assert set(panel.scene.nodes) == {p.id for p in project.phases} | {g.id for g in project.gates}
    assert set(panel.scene.flows) == {f.id for f in project.flows}
    assert isinstance(panel.scene.nodes["monitoring"], PhaseItem)
    gate = panel.scene.nodes["go-no-go"]
    assert isinstance(gate, GateItem) and gate.state == "pass"
    kinds = {i.type() for i in panel.scene.items()}
    assert {PhaseItem.Type, GateItem.Type, FlowItem.Type} <= kinds
    card = panel.scene.nodes["data-collection"]
    assert (card.count, card.accountable, card.responsible) == (2, ["PM", "DS"], ["DS", "MLE"])
    assert panel.scene.flows["retrain"].route.curved


def test_add_phase_on_the_canvas_and_name_it_in_place(qtbot, panel, main_window) -> None:
    stack = main_window.adapter.undo_stack
    panel.add_phase(at=(900.0, 400.0))
    project = main_window.adapter.project
    assert project.phases[-1].name == "New phase"
    assert project.layout["new-phase"] == (900.0, 400.0)
    editor = panel.editor
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Pilot")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert project.phases[-1].name == "Pilot"
    assert panel.scene.nodes["new-phase"].name == "Pilot"
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert "new-phase" not in panel.scene.nodes
    assert "new-phase" not in main_window.adapter.project.layout


def test_double_click_on_empty_canvas_adds_a_phase(qtbot, panel, main_window) -> None:
    where = panel.view.viewport().rect().bottomLeft() + QPoint(40, -40)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert main_window.adapter.project.phases[-1].id == "new-phase"
    assert panel.editor is not None


def test_rename_with_f2_and_undo(qtbot, panel, main_window) -> None:
    panel.scene.select_only(["monitoring"])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = panel.editor
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Run and watch")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert main_window.adapter.project.phases[2].name == "Run and watch"
    assert main_window.adapter.undo_stack.undoText() == "Rename phase to 'Run and watch'"
    main_window.adapter.undo_stack.undo()
    assert panel.scene.nodes["monitoring"].name == "Monitoring"


def test_escape_leaves_the_name_alone(qtbot, panel, main_window) -> None:
    panel.start_rename("monitoring")
    qtbot.keyClicks(panel.editor, "zzz")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Escape)
    assert main_window.adapter.project.phases[2].name == "Monitoring"
    assert main_window.adapter.undo_stack.count() == 0


def test_connect_by_dragging_from_the_edge_handle(qtbot, sample_panel, main_window) -> None:
    panel = sample_panel
    count = len(main_window.adapter.project.flows)
    source = panel.scene.nodes["data-collection"]
    target = panel.scene.nodes["model-training"]
    assert source.pos().y() == target.pos().y()  # on one row, feature engineering between
    inside = source.mapToScene(source.handle_pos() - QPointF(3, 0))
    _drag(qtbot, panel, inside, target.scenePos())  # just inside the card: the handle
    flows = main_window.adapter.project.flows
    assert (flows[-1].source, flows[-1].target, flows[-1].kind) == (
        "data-collection",
        "model-training",
        "forward",
    )
    assert flows[-1].id in panel.scene.flows
    assert source.pos() == source.model_pos  # the node did not move
    route = panel.scene.flows[flows[-1].id].route
    assert route.points[1][1] < source.sceneBoundingRect().top()  # over what it skips
    main_window.adapter.undo_stack.undo()
    assert len(main_window.adapter.project.flows) == count
    assert len(panel.scene.flows) == count


def test_connecting_twice_is_refused_with_a_message(qtbot, panel, main_window) -> None:
    with qtbot.waitSignal(main_window.adapter.refused) as refused:
        panel.connect_nodes("data-collection", "monitoring")
    assert "already leads" in refused.args[0]
    assert main_window.adapter.undo_stack.count() == 0


def test_change_a_flows_kind(panel, main_window) -> None:
    panel.set_flow_kind("collection-to-monitoring", "feedback")
    item = panel.scene.flows["collection-to-monitoring"]
    assert item.kind == "feedback" and item.route.curved
    main_window.adapter.undo_stack.undo()
    assert item.kind == "forward" and not item.route.curved


def test_delete_a_phase_asks_where_its_activities_go(
    qtbot, panel, main_window, monkeypatch
) -> None:
    asked = []

    def answer(parent, title, label, items, current, editable):
        asked.append(label)
        return next(i for i in items if "Monitoring" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(answer))
    panel.scene.select_only(["data-collection"])
    panel.delete_selected()
    project = main_window.adapter.project
    assert "2 activities" in asked[0]
    assert "data-collection" not in panel.scene.nodes
    assert {a.phase for a in project.activities if a.id in ("audit-sources", "label-tickets")} == {
        "monitoring"
    }
    assert all("data-collection" not in (f.source, f.target) for f in project.flows)
    assert set(panel.scene.flows) == {f.id for f in project.flows}
    main_window.adapter.undo_stack.undo()
    assert "data-collection" in panel.scene.nodes
    assert len(panel.scene.flows) == 4


def test_delete_key_removes_a_gate_and_its_flows(qtbot, panel, main_window) -> None:
    panel.scene.select_only(["go-no-go"])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert not main_window.adapter.project.gates
    assert len(main_window.adapter.project.flows) == 2
    main_window.adapter.undo_stack.undo()
    assert "go-no-go" in panel.scene.nodes


def test_dragging_five_nodes_is_one_undo_step_and_keeps_the_items(
    qtbot, sample_panel, main_window
) -> None:
    panel = sample_panel
    adapter = main_window.adapter
    assert not adapter.project.layout
    moved = ["data-collection", "feature-engineering", "model-training", "evaluation", "go-no-go"]
    panel.scene.select_only(moved)
    items = dict(panel.scene.nodes)
    before = panel.scene.shown_positions()
    panel.view.centerOn(items["model-training"])
    grab = items["model-training"].scenePos() + QPointF(-30, 30)
    _drag(qtbot, panel, grab, grab + QPointF(38, 122))
    assert adapter.undo_stack.count() == 1
    assert adapter.undo_stack.undoText() == "Move 5 nodes"
    layout = adapter.project.layout
    for node in moved:
        x, y = layout[node]
        assert (x, y) == lc.snap((x, y)) and y == before[node][1] + 120
    assert layout["monitoring"] == before["monitoring"]  # the rest is saved where it was shown
    assert all(panel.scene.nodes[n] is items[n] for n in items)  # no rebuild
    route = panel.scene.flows["go-no-go-to-data-collection"].route
    assert route.points[-1][1] == layout["data-collection"][1]
    adapter.undo_stack.undo()
    assert not adapter.project.layout
    assert panel.scene.shown_positions() == before


def test_auto_layout_align_and_distribute_are_undoable(sample_panel, main_window) -> None:
    panel = sample_panel
    stack = main_window.adapter.undo_stack
    panel.auto_layout()
    assert main_window.adapter.project.layout == lc.auto_layout(main_window.adapter.project)
    panel.scene.select_only(["go-no-go", "data-collection", "monitoring"])
    panel.align("top")
    tops = {
        lc.body_box(panel.scene.kinds[n], p).top
        for n, p in panel.scene.shown_positions().items()
        if n in ("go-no-go", "data-collection", "monitoring")
    }
    assert len(tops) == 1
    panel.distribute("horizontal")
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    stack.undo()
    assert not main_window.adapter.project.layout


def test_picking_a_phase_selects_its_activities_in_the_grid(qtbot, panel, main_window) -> None:
    panel.scene.select_only(["data-collection"])
    picked = main_window.selection.current
    assert (picked.kind, picked.ids, picked.source) == ("phase", ("data-collection",), "diagram")
    assert set(main_window.grid.view.selected_activities()) == {"audit-sources", "label-tickets"}


def test_picking_an_activity_highlights_its_phase(panel, main_window) -> None:
    main_window.selection.pick("activity", ["watch-drift"], "grid")
    assert panel.linked_nodes() == ["monitoring"]
    main_window.selection.pick("role", ["ml-engineer"], "grid")
    assert panel.linked_nodes() == []


def test_window_actions_are_in_the_view_menu(panel, main_window) -> None:
    actions = panel.window_actions()
    assert actions == panel.window_actions()
    assert actions[0].shortcut().toString() == "F5"
    view_menu = main_window.commands["view-menu"].menu()
    assert actions[0] in view_menu.actions()


def test_zoom_and_fit(panel) -> None:
    panel.zoom(0)
    assert panel.view.zoom_level() == pytest.approx(1.0)
    panel.zoom(1)
    assert panel.view.zoom_level() == pytest.approx(1.2)
    panel.zoom(-1)
    panel.zoom(-1)
    assert panel.zoom_label.text() == f"{round(100 / 1.2)}%"
    panel.fit()
    rect = panel.view.mapFromScene(panel.scene.diagram_rect()).boundingRect()
    assert panel.view.viewport().rect().contains(rect)


def test_presentation_steps_through_the_phases(qtbot, sample_panel, main_window) -> None:
    sample_panel.present()
    show = sample_panel.presentation
    assert show is not None
    qtbot.waitExposed(show)
    phases = [p.id for p in main_window.adapter.project.phases]
    assert show.current() == "title"
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.current() == phases[0]
    assert show.scene.nodes[phases[0]].focused
    assert show.scene.nodes[phases[1]].opacity() < 1
    assert show.scene.nodes["go-no-go"].opacity() == 1  # the gate after the phase stays plain
    assert "Go/no-go" in show.card.text() and "DPIA approved" in show.card.text()
    qtbot.keyClick(show, Qt.Key.Key_Space)
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    assert show.current() == phases[2]
    qtbot.keyClick(show, Qt.Key.Key_PageUp)
    assert show.current() == phases[1]
    assert "Label 5,000 historical tickets" in show.card.text()
    qtbot.keyClick(show, Qt.Key.Key_End)
    assert show.current() == "all"
    assert all(item.opacity() == 1 for item in show.scene.nodes.values())
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.current() == "all"
    with qtbot.waitSignal(show.closed):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert sample_panel.presentation is None


# -- export -----------------------------------------------------------------------------------


def test_svg_export_parses_and_names_every_phase(qapp, tmp_path) -> None:
    from raci_studio.ui.diagram.export import export_svg

    project = load_project(SAMPLE)
    path = tmp_path / "lifecycle.svg"
    export_svg(project, path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert project.name in text
    for phase in project.phases:
        assert phase.name.split()[0] in text
    assert root.find(f"{SVG}title").text == project.name


def test_pdf_and_png_exports(qapp, tmp_path) -> None:
    from raci_studio.ui.diagram.export import build_scene, export_diagram, page_for

    project = load_project(SAMPLE)
    export_diagram(project, tmp_path / "d.pdf")
    assert (tmp_path / "d.pdf").read_bytes()[:5] == b"%PDF-"
    export_diagram(project, tmp_path / "d.png")
    page = page_for(build_scene(project))
    image = QImage(str(tmp_path / "d.png"))
    assert (image.width(), image.height()) == (round(page.width * 2), round(page.height * 2))
    export_diagram(project, tmp_path / "d1.png", scale=1.0)
    assert QImage(str(tmp_path / "d1.png")).width() == round(page.width)
    with pytest.raises(ValueError, match=r"png, \.svg or \.pdf"):
        export_diagram(project, tmp_path / "d.gif")


def test_registered_formats_and_renderer(qapp) -> None:
    from raci_studio.io import exporters
    from raci_studio.ui.diagram.formats import register_qt_formats

    register_qt_formats()
    assert {".svg", ".png", ".pdf"} <= set(exporters.FORMATS)
    svg = exporters.render("diagram-svg", load_project(SAMPLE))
    assert svg is not None and ET.fromstring(svg).tag == f"{SVG}svg"


@pytest.mark.parametrize("suffix", [".svg", ".png", ".pdf"])
def test_cli_exports_the_diagram_with_no_display(tmp_path, suffix) -> None:
    out = tmp_path / f"lifecycle{suffix}"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "raci_studio", "export", str(SAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    if suffix == ".svg":
        assert ET.fromstring(data).tag == f"{SVG}svg"
    elif suffix == ".pdf":
        assert data[:4] == b"%PDF"
    else:
        assert data[:8] == b"\x89PNG\r\n\x1a\n"


# -- gestures ---------------------------------------------------------------------------------


def test_rubber_band_selects_several_nodes(qtbot, sample_panel) -> None:
    panel = sample_panel
    panel.fit()
    first, third = (
        panel.scene.nodes["business-data-understanding"],
        panel.scene.nodes["data-collection"],
    )
    start = first.sceneBoundingRect().topLeft() + QPointF(-20, -30)
    end = third.sceneBoundingRect().bottomRight() + QPointF(5, 10)
    _drag(qtbot, panel, start, end)
    assert set(panel.scene.selected_nodes()) == {
        "business-data-understanding",
        "go-no-go",
        "data-collection",
    }


def test_ctrl_wheel_zooms_and_middle_button_pans(qtbot, sample_panel) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    panel = sample_panel
    panel.zoom(0)
    viewport = panel.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        P(0, 0),
        P(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert panel.view.zoom_level() == pytest.approx(1.2)
    bar = panel.view.horizontalScrollBar()
    before = bar.value()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=P(400, 200))
    qtbot.mouseMove(viewport, P(300, 200))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=P(300, 200))
    assert bar.value() == before + 100


def test_space_drag_pans_instead_of_selecting(qtbot, sample_panel) -> None:
    panel = sample_panel
    panel.zoom(0)
    panel.view.setFocus()
    qtbot.keyPress(panel.view, Qt.Key.Key_Space)
    assert panel.view.dragMode() == panel.view.DragMode.ScrollHandDrag
    assert not panel.view.isInteractive()
    qtbot.keyRelease(panel.view, Qt.Key.Key_Space)
    assert panel.view.dragMode() == panel.view.DragMode.RubberBandDrag
    assert panel.view.isInteractive()


def _menu_action(menu, text: str):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None and (found := _menu_action(action.menu(), text)):
            return found
    return None


def test_context_menus_change_a_flow_and_a_phase(panel, main_window) -> None:
    flow = panel.scene.flows["collection-to-monitoring"]
    flow.setSelected(True)
    _menu_action(panel.context_menu(flow, (0.0, 0.0)), "Feedback Loop").trigger()
    assert main_window.adapter.project.flows[2].kind == "feedback"
    assert main_window.adapter.undo_stack.undoText() == "Make flow feedback"
    node = panel.scene.nodes["monitoring"]
    panel.scene.select_only(["monitoring"])
    _menu_action(panel.context_menu(node, (0.0, 0.0)), "Blocked").trigger()
    assert main_window.adapter.project.phases[2].status == "blocked"
    assert node.status == "blocked"
    canvas = panel.context_menu(None, (600.0, 500.0))
    _menu_action(canvas, "Cost-benefit").trigger()
    gate = main_window.adapter.project.gates[-1]
    assert gate.kind == "cost_benefit"
    assert main_window.adapter.project.layout[gate.id] == (600.0, 500.0)


def test_add_a_gate_after_the_selected_phase(panel, main_window) -> None:
    panel.scene.select_only(["data-collection"])
    panel.add_gate("ethical_review")
    gate = main_window.adapter.project.gates[-1]
    assert (gate.kind, gate.after, gate.name) == (
        "ethical_review",
        "data-collection",
        "Ethical review",
    )
    assert isinstance(panel.scene.nodes[gate.id], GateItem)
    main_window.adapter.undo_stack.undo()
    assert gate.id not in panel.scene.nodes
