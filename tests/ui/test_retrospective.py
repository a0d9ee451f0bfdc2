"""The Retrospective tab, date editing with undo, Save as Template → New from it, portfolios."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from raci_studio.core.model import GateOutcome
from raci_studio.ui.retrospective.panel import RetrospectivePanel
from raci_studio.ui.schedule_tables import GATE_FIELDS, PHASE_FIELDS
from tests.ui.conftest import SAMPLES

RETRO = SAMPLES / "demand-forecast-retrospective.raci.json"


def column(columns: tuple[str | tuple[str, str], ...], field: str) -> int:
    return [c if isinstance(c, str) else c[0] for c in columns].index(field)


@pytest.fixture
def retro_panel(main_window, qtbot) -> RetrospectivePanel:
    titles = main_window.view_titles()
    main_window.tabs.setCurrentIndex(titles.index("Retrospective"))
    panel = main_window.current_view()
    assert isinstance(panel, RetrospectivePanel)
    qtbot.waitUntil(lambda: panel.canvas is not None, timeout=20_000)
    return panel


def test_tab_draws_the_timeline_and_the_analysis(main_window, qtbot) -> None:
    assert main_window.open_path(RETRO)
    main_window.tabs.setCurrentIndex(main_window.view_titles().index("Retrospective"))
    panel = main_window.current_view()
    qtbot.waitUntil(lambda: panel.canvas is not None, timeout=20_000)
    qtbot.waitUntil(lambda: "missed its target by 40%" in panel.analysis.toPlainText())
    text = panel.analysis.toPlainText()
    assert "Proxy misalignment" in text and "Revised checklist" in text
    axes = panel.figure.get_axes()
    assert len(axes) >= 3  # the timeline and the metric panels below it
    labels = [t.get_text() for t in axes[0].get_yticklabels()]
    assert "Data collection" in labels


def test_phase_dates_edit_and_undo(main_window, retro_panel, qtbot) -> None:
    model = retro_panel.phase_dates
    index = model.index(1, column(PHASE_FIELDS, "planned_end"))
    assert model.setData(index, dt.date(2026, 3, 1))
    phase = main_window.adapter.project.phases[1]
    assert phase.planned_end == dt.date(2026, 3, 1)
    assert model.data(index) == "2026-03-01"
    stack = main_window.adapter.undo_stack
    assert stack.undoText() == "Set planned end of 'Data collection'"
    stack.undo()
    assert main_window.adapter.project.phases[1].planned_end is None
    # an end before the start is refused with words, and nothing enters the history
    refused: list[str] = []
    main_window.adapter.refused.connect(refused.append)
    assert model.setData(model.index(1, column(PHASE_FIELDS, "actual_start")), dt.date(2026, 3, 9))
    end = model.index(1, column(PHASE_FIELDS, "actual_end"))
    assert not model.setData(end, dt.date(2026, 3, 1))
    assert refused and "before its actual start" in refused[0]


def test_overrun_shows_in_the_table(main_window, retro_panel) -> None:
    model = retro_panel.phase_dates
    for field, day in (
        ("planned_start", 1),
        ("planned_end", 10),
        ("actual_start", 1),
        ("actual_end", 15),
    ):
        model.setData(model.index(0, column(PHASE_FIELDS, field)), dt.date(2026, 1, day))
    assert model.data(model.index(0, column(PHASE_FIELDS, "overrun"))) == "+5 days"


def test_gate_decision_and_clearing_it(main_window, retro_panel) -> None:
    model = retro_panel.gate_dates
    outcome = model.index(0, column(GATE_FIELDS, "outcome"))
    assert model.setData(outcome, GateOutcome.DEFERRED)
    gate = main_window.adapter.project.gates[0]
    assert gate.outcome is GateOutcome.DEFERRED and gate.decided_on == dt.date.today()
    by = model.index(0, column(GATE_FIELDS, "decided_by"))
    assert model.setData(by, "product-manager")
    assert model.data(by) == "Product Manager"
    assert model.setData(outcome, None)
    assert main_window.adapter.project.gates[0].decided_by is None
    main_window.adapter.undo_stack.undo()
    assert main_window.adapter.project.gates[0].decided_by == "product-manager"


def test_notes_summary_is_one_undo_step(main_window, retro_panel) -> None:
    notes = retro_panel.notes
    notes.summary.setPlainText("We shipped late and missed the KPI.")
    retro_panel.commit_pending()
    assert main_window.adapter.project.retrospective.summary.startswith("We shipped late")
    main_window.adapter.undo_stack.undo()
    assert main_window.adapter.project.retrospective.summary == ""


def test_save_as_template_then_new_from_it(main_window, monkeypatch, tmp_path: Path) -> None:
    from raci_studio.ui import dialogs, template_dialog

    monkeypatch.setenv("RACI_STUDIO_TEMPLATES", str(tmp_path / "templates"))
    assert main_window.open_path(RETRO)

    def accept_template(dialog: QDialog) -> int:
        dialog.name.setText("Forecasting standard")
        item = dialog.sections.item(0)  # Problem statement only
        for i in range(dialog.sections.count()):
            dialog.sections.item(i).setCheckState(Qt.CheckState.Unchecked)
        item.setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(template_dialog.SaveTemplateDialog, "exec", accept_template)
    path = template_dialog.save_as_template_and_say(main_window)
    assert path is not None and path.exists()

    def pick_own(dialog: QDialog) -> int:
        rows = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
        dialog.templates.setCurrentRow(next(i for i, t in enumerate(rows) if "own template" in t))
        dialog.name.setText("Next forecast")
        return 1

    monkeypatch.setattr(dialogs.NewFromTemplateDialog, "exec", pick_own)
    main_window.has_project = False  # no "save changes?" question
    main_window.adapter.mark_saved()
    main_window.new_from_template()
    project = main_window.adapter.project
    assert project.name == "Next forecast"
    assert project.scoping.mandatory_sections == ["problem-statement"]
    assert all(m.measurements == [] for m in project.metrics)


def test_open_portfolio_shows_and_saves_the_audit(main_window, qtbot, tmp_path: Path) -> None:
    from raci_studio.ui.portfolio_dialog import open_portfolio

    dialog = open_portfolio(main_window, SAMPLES)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "1 succeeded, 2 failed, 2 in progress" in dialog.page.toPlainText()
    assert dialog.save(tmp_path / "audit.xlsx") and (tmp_path / "audit.xlsx").exists()
    dialog.close()


def test_diagram_marks_a_phase_that_overran(main_window, qtbot) -> None:
    from raci_studio.ui.diagram.items import PhaseItem

    assert main_window.open_path(RETRO)
    main_window.tabs.setCurrentIndex(main_window.view_titles().index("Lifecycle"))
    panel = main_window.current_view()
    items = {i.node_id: i for i in panel.scene.items() if isinstance(i, PhaseItem)}
    assert items["data-collection"].overrun == 21
    assert items["feature-engineering"].overrun == 0
    assert "Ran 21 days past its planned end" in items["data-collection"].tooltip_text()


def test_dates_window_from_the_project_menu(main_window, qtbot) -> None:
    from raci_studio.ui.schedule_tables import ScheduleDialog

    main_window.commands["schedule"].trigger()
    dialog = main_window.findChild(ScheduleDialog)
    assert dialog is not None and dialog.isVisible()
    model = dialog.phases.model()
    assert model.setData(model.index(0, 1), dt.date(2026, 2, 2))
    assert main_window.adapter.project.phases[0].planned_start == dt.date(2026, 2, 2)
    main_window.commands["schedule"].trigger()  # the same window again, not a second one
    assert len(main_window.findChildren(ScheduleDialog)) == 1
    dialog.close()


def test_activity_tracking_edits_sorts_filters_and_hides(main_window, retro_panel) -> None:
    from raci_studio.core.model import WorkStatus
    from raci_studio.ui.retrospective.tracking import FIELDS

    tracking = retro_panel.tracking
    model, proxy = tracking.model, tracking.proxy
    due, status, deliverable = (FIELDS.index(f) for f in ("due", "status", "deliverable"))
    assert model.setData(model.index(2, due), dt.date(2026, 5, 1))
    assert model.setData(model.index(1, due), dt.date(2026, 6, 1))
    assert model.setData(model.index(2, status), WorkStatus.BLOCKED)
    assert model.setData(model.index(0, deliverable), "KPI sheet")
    activities = main_window.adapter.project.activities
    assert activities[2].status is WorkStatus.BLOCKED and activities[0].deliverable == "KPI sheet"
    main_window.adapter.undo_stack.undo()
    assert main_window.adapter.project.activities[0].deliverable == ""
    tracking.table.sortByColumn(due, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, due).data() == "2026-06-01"
    tracking.status.setCurrentIndex(tracking.status.findData(WorkStatus.BLOCKED))
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Label 5,000 tickets"
    tracking.status.setCurrentIndex(0)
    tracking.search.setText("drift")
    assert proxy.rowCount() == 1
    menu = tracking.columns_menu()
    hide = next(a for a in menu.actions() if a.text() == "Deliverable")
    hide.setChecked(False)
    assert tracking.table.isColumnHidden(deliverable)
