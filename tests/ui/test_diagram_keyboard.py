"""The lifecycle diagram without a mouse, for screen readers, and in the dark scheme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication

from raci_studio.core import lifecycle as lc
from raci_studio.core.actions import lifecycle as la
from raci_studio.ui.diagram.items import item_style
from raci_studio.ui.diagram.keyboard import spoken
from raci_studio.ui.theme import Appearance


@pytest.fixture
def panel(qtbot, main_window):
    """The Lifecycle tab of a shown window on the small project, made current, focused."""
    from raci_studio.ui.diagram.panel import DiagramPanel

    panel = next(w for _t, w in main_window.views() if isinstance(w, DiagramPanel))
    main_window.tabs.setCurrentWidget(panel)
    qtbot.waitExposed(panel.view)
    main_window.activateWindow()
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    yield panel
    if panel.editor is not None:
        panel.editor.cancel()


def _said(view, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    return interface.text(which)


def test_tab_and_arrows_walk_the_nodes_in_reading_order(qtbot, panel) -> None:
    order = panel.keys.reading_order()
    assert set(order) == set(panel.scene.nodes) and len(order) >= 3
    rows = [(panel.scene.nodes[n].y(), panel.scene.nodes[n].x()) for n in order]
    assert rows[0][0] <= min(y for y, _x in rows) + lc.PHASE_H / 2
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert panel.keys.current == order[0]
    assert panel.scene.selected_nodes() == [order[0]]
    assert panel.scene.nodes[order[0]].focused
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    assert panel.keys.current == order[1]
    assert panel.scene.nodes[order[1]].focused and not panel.scene.nodes[order[0]].focused
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert panel.keys.current == order[2]
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    assert panel.keys.current == order[0]
    qtbot.keyClick(panel.view, Qt.Key.Key_End)
    assert panel.keys.current == order[-1]
    # Tab past the last node leaves the diagram: nothing traps the focus
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert panel.keys.current is None
    qtbot.waitUntil(lambda: not panel.view.hasFocus())
    assert not any(item.focused for item in panel.scene.nodes.values())


def test_the_view_speaks_for_the_focused_node(qtbot, panel, main_window) -> None:
    panel.keys.focus_node("data-collection")
    name = _said(panel.view, QAccessible.Text.Name)
    assert name.startswith("Data Collection, phase, ") or "phase" in name
    assert "Accountable: PM, DS" in name and "Responsible: DS, MLE" in name
    assert "2 activities" in name
    description = _said(panel.view, QAccessible.Text.Description)
    assert "Lifecycle diagram, node" in description and "Enter or F2: rename" in description
    panel.keys.focus_node("go-no-go")
    name = _said(panel.view, QAccessible.Text.Name)
    assert name == spoken(panel.scene.nodes["go-no-go"])
    assert "gate" in name and "passed" in name
    # a rename of the focused node is spoken at once
    main_window.adapter.run(lambda p: la.rename_node(p, "go-no-go", "Ship it?"))
    assert _said(panel.view, QAccessible.Text.Name).startswith("Ship it?, ")


def test_keyboard_only_phase_connected_to_another_with_undo(qtbot, panel, main_window) -> None:
    stack = main_window.adapter.undo_stack
    before = (len(main_window.adapter.project.phases), len(main_window.adapter.project.flows))
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    editor = panel.editor
    assert editor is not None and editor.hasFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Pilot")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    project = main_window.adapter.project
    assert any(p.id == "new-phase" and p.name == "Pilot" for p in project.phases)
    qtbot.waitUntil(panel.view.hasFocus)
    assert panel.keys.current == "new-phase" and panel.scene.nodes["new-phase"].focused
    order = panel.keys.reading_order()
    if order[-1] == "new-phase":  # connect from the node before it instead
        qtbot.keyClick(panel.view, Qt.Key.Key_Left)
    source = panel.keys.current
    target = order[order.index(source) + 1]
    qtbot.keyClick(panel.view, Qt.Key.Key_C)
    flows = {(f.source, f.target) for f in main_window.adapter.project.flows}
    assert (source, target) in flows
    assert "new-phase" in (source, target)
    assert stack.count() == 3
    for _ in range(3):
        stack.undo()
    project = main_window.adapter.project
    assert (len(project.phases), len(project.flows)) == before
    assert "new-phase" not in panel.scene.nodes


def test_ctrl_arrow_moves_the_selected_node_a_grid_step(qtbot, panel, main_window) -> None:
    panel.keys.focus_node("monitoring")
    start = panel.scene.shown_positions()["monitoring"]
    qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = main_window.adapter.project.layout["monitoring"]
    assert moved == (start[0] + lc.GRID, start[1] + lc.GRID)
    assert panel.scene.nodes["monitoring"].pos().x() == pytest.approx(start[0] + lc.GRID)
    stack = main_window.adapter.undo_stack
    assert stack.count() == 2
    stack.undo()
    assert main_window.adapter.project.layout["monitoring"] == (start[0] + lc.GRID, start[1])


def test_enter_opens_the_focused_node_for_renaming(qtbot, panel) -> None:
    panel.keys.focus_node("monitoring")
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.editor is not None and panel.editor.text() == "Monitoring"


def test_dark_scheme_re_themes_the_scene_and_exports_stay_light(qtbot, panel, main_window):
    from raci_studio.ui.diagram.export import svg_bytes

    card = panel.scene.nodes["monitoring"]
    light = item_style(card).card.color()
    main_window.theme.set_appearance(Appearance.DARK)
    assert panel.scene.scheme == "dark"
    dark = item_style(card).card.color()
    assert dark != light and dark.lightness() < 80 and light.lightness() > 200
    assert panel.scene.backgroundBrush().color().lightness() < 60
    image = panel.view.grab().toImage()
    box = panel.view.mapFromScene(card.sceneBoundingRect()).boundingRect()
    samples = [
        QColor(image.pixel(box.left() + box.width() * i // 10, box.top() + box.height() * j // 10))
        for i in range(2, 9)
        for j in range(3, 9)
    ]
    assert sorted(c.lightness() for c in samples)[len(samples) // 2] < 80
    svg = svg_bytes(main_window.adapter.project).decode().lower()
    assert "#ffffff" in svg and dark.name().lower() not in svg
    main_window.theme.set_appearance(Appearance.LIGHT)
    assert item_style(card).card.color() == light


def test_presentation_follows_the_scheme(qtbot, panel, main_window) -> None:
    main_window.theme.set_appearance(Appearance.DARK)
    panel.present()
    window = panel.presentation
    assert window is not None
    try:
        assert window.scene.scheme == "dark"
        assert window.palette().window().color().lightness() < 60
    finally:
        window.close()
        QApplication.processEvents()
