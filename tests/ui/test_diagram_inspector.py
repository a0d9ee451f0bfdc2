"""The Lifecycle tab's properties pane: a phase's dates and a gate's decision, with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from raci_studio.core.actions import schedule as sa
from raci_studio.core.model import GateOutcome, PhaseStatus
from raci_studio.ui.diagram.date_field import UNSET
from raci_studio.ui.theme import Appearance


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


def _phase(main_window, phase_id: str):
    return next(p for p in main_window.adapter.project.phases if p.id == phase_id)


def _gate(main_window, gate_id: str):
    return next(g for g in main_window.adapter.project.gates if g.id == gate_id)


def test_the_pane_follows_the_selection(panel) -> None:
    pane = panel.inspector
    assert pane.isVisible() and pane.pages.currentWidget() is pane.hint
    panel.scene.select_only(["data-collection"])
    assert pane.node_id == "data-collection"
    assert pane.phase_name.text() == "Data collection"
    assert pane.status.currentData() == PhaseStatus.IN_PROGRESS.value
    assert pane.planned_start.edit.date() == UNSET
    assert pane.planned_start.edit.text() == "Not set"
    panel.scene.select_only(["go-no-go"])
    assert pane.node_id == "go-no-go" and pane.gate_name.text() == "Go / no-go"
    panel.selectAll()
    assert pane.node_id is None and "nodes selected" in pane.hint.text()
    panel.scene.select_only([])
    assert pane.pages.currentWidget() is pane.hint


def test_a_picked_date_is_one_undo_step_and_the_card_shows_the_overrun(panel, main_window) -> None:
    stack = main_window.adapter.undo_stack
    pane = panel.inspector
    panel.scene.select_only(["data-collection"])
    pane.planned_start.choose(dt.date(2026, 1, 5))
    pane.planned_end.choose(dt.date(2026, 1, 30))
    pane.actual_start.choose(dt.date(2026, 1, 5))
    pane.actual_end.choose(dt.date(2026, 2, 9))
    phase = _phase(main_window, "data-collection")
    assert (phase.planned_end, phase.actual_end) == (dt.date(2026, 1, 30), dt.date(2026, 2, 9))
    assert stack.count() == 4 and stack.undoText() == "Set actual end of 'Data collection'"
    card = panel.scene.nodes["data-collection"]
    assert card.overrun == 10
    assert pane.overrun.text() == "10 days past its planned end"
    stack.undo()
    assert _phase(main_window, "data-collection").actual_end is None
    assert pane.actual_end.value() is None and pane.actual_end.edit.date() == UNSET
    assert "still open" in pane.overrun.text()  # started, running past its end until today
    stack.redo()
    assert pane.actual_end.edit.date() == QDate(2026, 2, 9)
    assert card.overrun == 10


def test_typing_a_date_and_delete_clearing_it(qtbot, panel, main_window) -> None:
    pane = panel.inspector
    panel.scene.select_only(["monitoring"])
    edit = pane.planned_end.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    # the first digit typed into an empty field starts from today, never from 1900
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() != UNSET
    edit.setDate(QDate(2026, 3, 31))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _phase(main_window, "monitoring").planned_end == dt.date(2026, 3, 31)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert _phase(main_window, "monitoring").planned_end is None
    assert edit.text() == "Not set"
    assert main_window.adapter.undo_stack.count() == 2
    pane.planned_end.clear_button.click()  # already empty: no empty step
    assert main_window.adapter.undo_stack.count() == 2


def test_an_end_before_its_start_is_refused_and_the_field_put_back(panel, main_window) -> None:
    pane = panel.inspector
    panel.scene.select_only(["monitoring"])
    pane.planned_start.choose(dt.date(2026, 5, 1))
    pane.planned_end.choose(dt.date(2026, 4, 1))
    assert _phase(main_window, "monitoring").planned_end is None
    assert pane.planned_end.edit.date() == UNSET
    assert "would come before" in main_window.statusBar().currentMessage()


def test_name_and_status_are_edited_in_the_pane(qtbot, panel, main_window) -> None:
    pane = panel.inspector
    panel.scene.select_only(["monitoring"])
    pane.phase_name.setFocus()
    pane.phase_name.selectAll()
    qtbot.keyClicks(pane.phase_name, "Monitoring in production")
    qtbot.keyClick(pane.phase_name, Qt.Key.Key_Return)
    assert _phase(main_window, "monitoring").name == "Monitoring in production"
    assert panel.scene.nodes["monitoring"].name == "Monitoring in production"
    pane.status.setCurrentIndex(pane.status.findData(PhaseStatus.BLOCKED.value))
    pane.status.activated.emit(pane.status.currentIndex())
    assert _phase(main_window, "monitoring").status == PhaseStatus.BLOCKED
    main_window.adapter.undo_stack.undo()
    assert pane.status.currentData() == PhaseStatus.NOT_STARTED.value


def test_a_gate_decision_with_date_and_role(panel, main_window) -> None:
    stack = main_window.adapter.undo_stack
    pane = panel.inspector
    main_window.adapter.run(lambda p: sa.decide_gate(p, "go-no-go", None))
    panel.scene.select_only(["go-no-go"])
    assert not pane.decided_on.isEnabled() and not pane.decided_by.isEnabled()
    pane.planned_date.choose(dt.date(2026, 2, 2))
    assert _gate(main_window, "go-no-go").planned_date == dt.date(2026, 2, 2)
    pane.outcome.setCurrentIndex(pane.outcome.findData(GateOutcome.DEFERRED.value))
    pane.outcome.activated.emit(pane.outcome.currentIndex())
    gate = _gate(main_window, "go-no-go")
    assert (gate.outcome, gate.decided_on) == (GateOutcome.DEFERRED, dt.date.today())
    assert pane.decided_on.isEnabled() and pane.decided_by.isEnabled()
    pane.decided_on.choose(dt.date(2026, 2, 3))
    pane.decided_by.setCurrentIndex(pane.decided_by.findData("product-manager"))
    pane.decided_by.activated.emit(pane.decided_by.currentIndex())
    gate = _gate(main_window, "go-no-go")
    assert (gate.decided_on, gate.decided_by) == (dt.date(2026, 2, 3), "product-manager")
    assert stack.undoText() == "Record 'Go / no-go' as deferred"
    stack.undo()
    assert pane.decided_by.currentData() is None
    pane.outcome.setCurrentIndex(0)
    pane.outcome.activated.emit(0)
    gate = _gate(main_window, "go-no-go")
    assert (gate.outcome, gate.decided_on, gate.decided_by) == (None, None, None)
    assert not pane.decided_on.isEnabled()


def test_the_pane_follows_undo_of_another_view_and_a_deleted_node(panel, main_window) -> None:
    pane = panel.inspector
    panel.scene.select_only(["monitoring"])
    main_window.adapter.run(
        lambda p: sa.set_phase_dates(p, "monitoring", {"planned_start": dt.date(2026, 6, 1)})
    )
    assert pane.planned_start.edit.date() == QDate(2026, 6, 1)
    panel.scene.select_only(["go-no-go"])
    panel.delete_selected()
    assert pane.pages.currentWidget() is pane.hint


def test_the_pane_can_be_hidden_and_the_canvas_widens(qtbot, panel) -> None:
    before = panel.view.width()
    panel.inspector_action.trigger()
    assert not panel.inspector.isVisible()
    qtbot.waitUntil(lambda: panel.view.width() > before)
    panel.inspector_action.trigger()
    assert panel.inspector.isVisible()
    assert panel.inspector_action in panel.window_actions()


def test_the_overrun_is_coloured_for_the_scheme(panel, main_window) -> None:
    pane = panel.inspector
    panel.scene.select_only(["data-collection"])
    pane.planned_end.choose(dt.date(2020, 1, 31))
    pane.actual_end.choose(dt.date(2020, 2, 9))
    light = pane.overrun.styleSheet()
    main_window.theme.set_appearance(Appearance.DARK)
    try:
        assert pane.overrun.styleSheet() != light and "color" in light
    finally:
        main_window.theme.set_appearance(Appearance.LIGHT)
    QApplication.processEvents()


# -- the keyboard: Tab order in reading order, F6, accessible names ----------------------------


def _tab(qtbot, forward: bool = True) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    if forward:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)


def test_tab_walks_toolbar_canvas_and_pane_in_reading_order(qtbot, panel, main_window) -> None:
    from raci_studio.ui.diagram.toolbar import toolbar_buttons

    main_window.activateWindow()
    bar = main_window.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    buttons = toolbar_buttons(panel.toolbar)
    shown = [b for b in buttons if b.isVisible()]
    for button in shown:
        _tab(qtbot)
        assert QApplication.focusWidget() is button
    _tab(qtbot)
    order = panel.keys.reading_order()
    assert panel.view.hasFocus() and panel.keys.current == order[0]
    for node in order[1:]:
        _tab(qtbot)
        assert panel.keys.current == node
    _tab(qtbot)  # past the last node: into the pane, which shows that node
    pane = panel.inspector
    assert QApplication.focusWidget() is pane.first_field()
    assert pane.node_id == order[-1]
    _tab(qtbot, forward=False)  # and back onto the canvas, at the last node
    assert panel.view.hasFocus() and panel.keys.current == order[-1]
    for _node in order[:-1]:
        _tab(qtbot, forward=False)
    assert panel.keys.current == order[0]
    _tab(qtbot, forward=False)  # before the first node: the toolbar's last button
    assert QApplication.focusWidget() is shown[-1]


def test_the_date_fields_let_tab_through(qtbot, panel, main_window) -> None:
    main_window.activateWindow()
    pane = panel.inspector
    panel.scene.select_only(["monitoring"])
    pane.status.setFocus()
    qtbot.waitUntil(pane.status.hasFocus)
    for field in pane.dates.values():
        _tab(qtbot)
        assert QApplication.focusWidget() is field.edit
    _tab(qtbot, forward=False)
    assert QApplication.focusWidget() is pane.actual_start.edit


def test_f6_puts_the_focus_on_the_canvas_then_on_the_pane(qtbot, panel, main_window) -> None:
    main_window.activateWindow()
    main_window.tabs.tabBar().setFocus()
    qtbot.waitUntil(main_window.tabs.tabBar().hasFocus)
    assert panel.focus_action.shortcut().toString() == "F6"
    qtbot.keyClick(main_window.tabs.tabBar(), Qt.Key.Key_F6)
    assert panel.view.hasFocus()
    assert panel.keys.current == panel.keys.reading_order()[0]
    qtbot.keyClick(panel.view, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is panel.inspector.first_field()
    assert panel.focus_action in panel.window_actions()


def test_symbol_buttons_and_the_pane_have_accessible_names(panel) -> None:
    from raci_studio.ui.diagram.toolbar import toolbar_buttons

    names = {b.text(): b.accessibleName() for b in toolbar_buttons(panel.toolbar)}
    assert names["−"] == "Zoom Out" and names["+"] == "Zoom In"
    assert panel.zoom_label.accessibleName() == "Zoom level"
    pane = panel.inspector
    assert pane.planned_start.clear_button.accessibleName() == "Clear Planned start"
    assert pane.planned_start.edit.accessibleName() == "Planned start"
    assert pane.decided_by.accessibleName() == "Decided by"
    # the canvas keeps its own name and the keys it takes
    assert panel.view.accessibleName() == "Lifecycle diagram"
    assert "F6" in panel.view.accessibleDescription()


def test_the_calendar_of_an_empty_field_opens_on_today_and_a_pick_is_one_step(
    qtbot, panel, main_window
) -> None:
    pane = panel.inspector
    panel.scene.select_only(["monitoring"])
    calendar = pane.actual_start.edit.calendarWidget()
    popup = calendar.window()
    popup.show()  # what the arrow of an empty field does
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert pane.actual_start.edit.date() == UNSET  # opening it sets nothing
    popup.hide()
    assert main_window.adapter.undo_stack.count() == 0
    calendar.clicked.emit(QDate(2026, 4, 1))
    assert _phase(main_window, "monitoring").actual_start == dt.date(2026, 4, 1)
    assert main_window.adapter.undo_stack.count() == 1


def test_the_pane_stays_as_the_user_left_it(qtbot, panel, main_window) -> None:
    panel.inspector_action.setChecked(False)
    assert main_window.settings.value("lifecycle/properties-shown", type=bool) is False
    from raci_studio.ui.diagram.panel import DiagramPanel

    again = DiagramPanel(main_window.adapter, main_window.selection, main_window.findings)
    again.remember_layout(main_window.settings)
    assert not again.inspector_action.isChecked()
    again.deleteLater()


def test_the_pane_mnemonics_reach_their_fields_and_leave_the_menus_alone(
    qtbot, panel, main_window
) -> None:
    from PySide6.QtWidgets import QLabel

    main_window.activateWindow()
    pane = panel.inspector
    menus = {
        a.text().split("&")[1][0].lower()
        for a in main_window.menuBar().actions()
        if "&" in a.text()
    }
    for node in ("monitoring", "go-no-go"):
        panel.scene.select_only([node])
        labels = [label for label in pane.findChildren(QLabel) if label.isVisibleTo(pane)]
        keys = [lb.text().split("&")[1][0].lower() for lb in labels if "&" in lb.text()]
        assert keys and len(keys) == len(set(keys)) and not set(keys) & menus
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is pane.planned_date.edit
    qtbot.keyClick(pane.planned_date.edit, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is pane.kind


def test_a_name_being_typed_goes_to_its_own_node_when_the_selection_moves(
    qtbot, panel, main_window
) -> None:
    pane = panel.inspector
    panel.scene.select_only(["monitoring"])
    pane.phase_name.setFocus()
    pane.phase_name.selectAll()
    qtbot.keyClicks(pane.phase_name, "Watching")
    main_window.selection.pick("phase", ("data-collection",), "grid")
    panel.scene.select_only(["data-collection"])
    assert _phase(main_window, "monitoring").name == "Watching"
    assert _phase(main_window, "data-collection").name == "Data collection"
    assert pane.phase_name.text() == "Data collection"
