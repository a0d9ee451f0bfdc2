"""The Scoping tab's Schedule section: phase and gate dates edited in place, one undo step each."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit

from raci_studio.core.model import GateOutcome
from raci_studio.core.templates import blank_project
from raci_studio.ui.schedule_tables import GATE_FIELDS, PHASE_FIELDS, ScheduleTable
from raci_studio.ui.scoping.panel import ScopingPanel
from raci_studio.ui.scoping.schedule import FitScheduleTable


@pytest.fixture
def panel(main_window) -> ScopingPanel:
    found = next(view for title, view in main_window.views() if title == "Scoping")
    main_window.tabs.setCurrentWidget(found)
    assert isinstance(found, ScopingPanel) and found.sections
    return found


def pick_date(qtbot, table: FitScheduleTable, row: int, field: str, day: dt.date) -> None:
    """Open the calendar picker of a cell, as a double-click does, pick ``day`` and press Enter."""
    fields = PHASE_FIELDS if table is table.parent().phases else GATE_FIELDS
    index = table.model().index(row, fields.index(field))
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QDateEdit) and editor.calendarPopup()
    editor.setDate(QDate(day.year, day.month, day.day))
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_schedule_sits_between_the_team_and_the_go_no_go_criteria(panel, qtmodeltester):
    keys = list(panel.sections)
    assert keys.index("schedule") == keys.index("team") + 1
    assert keys.index("go-no-go") == keys.index("schedule") + 1
    phases, gates = panel.schedule.tables()
    # The same tables as the Dates window and the Retrospective tab.
    assert isinstance(phases, ScheduleTable) and isinstance(gates, ScheduleTable)
    assert phases.model().rowCount() == 3 and gates.model().rowCount() == 1
    assert phases.model().headerData(1, Qt.Orientation.Horizontal) == "Planned start"
    for table in (phases, gates):
        qtmodeltester.check(table.model(), force_py=True)
        # As tall as its rows: the form scrolls, the table never does.
        assert table.verticalScrollBar().maximum() == 0
        assert table.height() >= table.verticalHeader().length()


def test_pick_a_phase_date_from_the_scoping_tab_then_undo_and_redo(qtbot, main_window, panel):
    stack = main_window.adapter.undo_stack
    phase = main_window.adapter.project.phases[1]
    pick_date(qtbot, panel.schedule.phases, 1, "planned_end", dt.date(2026, 3, 20))
    qtbot.waitUntil(lambda: phase.planned_end == dt.date(2026, 3, 20))
    assert stack.count() == 1
    table = panel.schedule.phases
    cell = table.model().index(1, PHASE_FIELDS.index("planned_end"))
    assert cell.data() == "2026-03-20"
    assert table.currentIndex() == cell  # the keyboard stays on the cell it edited
    stack.undo()
    assert main_window.adapter.project.phases[1].planned_end is None
    assert cell.data() == "—"
    stack.redo()
    assert main_window.adapter.project.phases[1].planned_end == dt.date(2026, 3, 20)
    assert cell.data() == "2026-03-20"


def test_pick_a_gate_date_from_the_scoping_tab_then_undo_and_redo(qtbot, main_window, panel):
    stack = main_window.adapter.undo_stack
    gates = panel.schedule.gates
    pick_date(qtbot, gates, 0, "planned_date", dt.date(2026, 2, 27))
    project = main_window.adapter.project
    qtbot.waitUntil(lambda: project.gates[0].planned_date == dt.date(2026, 2, 27))
    # Deciding the gate: the date first, so the outcome says passed until changed.
    pick_date(qtbot, gates, 0, "decided_on", dt.date(2026, 3, 2))
    qtbot.waitUntil(lambda: main_window.adapter.project.gates[0].decided_on is not None)
    gate = main_window.adapter.project.gates[0]
    assert (gate.decided_on, gate.outcome) == (dt.date(2026, 3, 2), GateOutcome.PASSED)
    assert stack.count() == 2
    stack.undo()
    assert main_window.adapter.project.gates[0].decided_on is None
    assert main_window.adapter.project.gates[0].planned_date == dt.date(2026, 2, 27)
    stack.undo()
    assert main_window.adapter.project.gates[0].planned_date is None
    stack.redo()
    stack.redo()
    assert main_window.adapter.project.gates[0].decided_on == dt.date(2026, 3, 2)
    outcome = gates.model().index(0, GATE_FIELDS.index("outcome"))
    assert outcome.data() == "passed"


def test_pick_a_gate_outcome_from_its_list(qtbot, main_window, panel):
    gates = panel.schedule.gates
    index = gates.model().index(0, GATE_FIELDS.index("outcome"))
    gates.setFocus()
    gates.edit(index)
    box = gates.findChild(QComboBox)
    assert box is not None and box.itemText(0) == "Not decided"
    box.setCurrentIndex(box.findData(GateOutcome.DEFERRED))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.adapter.project.gates[0].outcome is GateOutcome.DEFERRED)
    assert main_window.adapter.project.gates[0].decided_on == dt.date.today()


def test_delete_clears_a_date_in_one_step_before_the_window_shortcut(qtbot, main_window, panel):
    table = panel.schedule.phases
    model = table.model()
    field = PHASE_FIELDS.index("planned_start")
    assert model.setData(model.index(0, field), dt.date(2026, 1, 5))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(model.index(0, field))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert main_window.adapter.project.phases[0].planned_start is None
    assert main_window.adapter.undo_stack.count() == 2
    main_window.adapter.undo_stack.undo()
    assert main_window.adapter.project.phases[0].planned_start == dt.date(2026, 1, 5)
    panel.delete_selected()  # Edit ▸ Delete from the menu, with the table focused
    assert main_window.adapter.project.phases[0].planned_start is None


def test_a_change_elsewhere_shows_here(main_window, panel):
    from raci_studio.core.actions import schedule as sa

    phase_id = main_window.adapter.project.phases[2].id
    main_window.adapter.run(
        lambda p: sa.set_phase_dates(p, phase_id, {"actual_start": dt.date(2026, 6, 1)})
    )
    model = panel.schedule.phases.model()
    assert model.index(2, PHASE_FIELDS.index("actual_start")).data() == "2026-06-01"


def test_the_schedule_follows_the_selection_both_ways(qtbot, main_window, panel):
    selection = main_window.selection
    selection.pick("gate", ["go-no-go"], "diagram")
    assert panel.schedule.gates.currentIndex().row() == 0
    assert selection.current.source == "diagram"  # following is not picking again
    selection.pick("phase", ["monitoring"], "diagram")
    assert panel.schedule.phases.currentIndex().row() == 2
    with qtbot.waitSignal(selection.changed) as picked:
        panel.schedule.phases.setCurrentIndex(panel.schedule.phases.model().index(1, 1))
    assert (picked.args[0].kind, picked.args[0].ids) == ("phase", ("data-collection",))
    panel._show_current_node()  # the "Show in Lifecycle" link
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Lifecycle"
    main_window.tabs.setCurrentWidget(panel)
    gates = panel.schedule.gates
    name = gates.model().index(0, 0)
    gates.doubleClicked.emit(name)  # double-click a gate's name
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Lifecycle"
    assert (selection.current.kind, selection.current.ids) == ("gate", ("go-no-go",))


def test_a_project_without_phases_or_gates_says_where_to_add_them(qtbot, main_window, panel):
    main_window.adapter.show(blank_project("Empty"))
    schedule = panel.schedule
    assert schedule.phases.isHidden() and not schedule.phases_empty.isHidden()
    assert "Lifecycle tab" in schedule.phases_empty.text()
    assert schedule.gates.isHidden() and not schedule.gates_empty.isHidden()
    assert schedule.current() is None


def test_columns_fit_what_they_show_after_a_change(main_window, panel):
    from raci_studio.core.actions import schedule as sa

    project = main_window.adapter.project
    main_window.adapter.run(
        lambda p: sa.decide_gate(
            p, "go-no-go", GateOutcome.DEFERRED, dt.date(2026, 2, 1), "data-scientist"
        )
    )
    main_window.adapter.run(
        lambda p: sa.set_phase_dates(
            p,
            project.phases[0].id,
            {
                "planned_start": dt.date(2025, 1, 1),
                "planned_end": dt.date(2025, 1, 2),
                "actual_start": dt.date(2025, 1, 1),
                "actual_end": dt.date(2025, 4, 12),
            },
        )
    )
    for table in panel.schedule.tables():
        model, metrics = table.model(), table.fontMetrics()
        for column in range(1, model.columnCount()):
            width = table.columnWidth(column)
            for row in range(model.rowCount()):
                text = model.index(row, column).data() or ""
                assert metrics.horizontalAdvance(text) < width, (text, width)
    overrun = panel.schedule.phases.model().index(0, PHASE_FIELDS.index("overrun"))
    assert overrun.data() == "+100 days"
