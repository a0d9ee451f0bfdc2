"""The metrics tab: editing with undo, measurements, paste, imports, charts, lazy matplotlib."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from raci_studio.core.metrics import MetricStatus
from raci_studio.io.project.file import save_project
from raci_studio.ui.metrics import import_dialogs
from raci_studio.ui.metrics.metrics_model import FIELD_COLUMN
from tests.core.conftest import build_small_project
from tests.io.test_mlflow_import import make_mlruns

ROOT = Path(__file__).resolve().parents[2]
DEMAND = ROOT / "samples" / "demand-forecast-retrospective.raci.json"


@pytest.fixture
def window(qtbot, tmp_path):
    """A shown main window on the small project, with the metrics tab current."""
    from raci_studio.ui.main_window import MainWindow

    path = tmp_path / "small.raci.json"
    save_project(build_small_project(), path)
    win = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    # Edits leave the project modified: mark it clean before closing, so no dialog asks.
    qtbot.addWidget(win, before_close_func=lambda w: w.adapter.mark_saved())
    win.show()
    assert win.open_path(path)
    win.tabs.setCurrentWidget(panel_of(win))
    return win


def panel_of(win):
    return next(widget for title, widget in win.views() if title == "Metrics")


def metric(win, metric_id: str):
    return next(m for m in win.adapter.project.metrics if m.id == metric_id)


def cell(panel, metric_id: str, key: str):
    model = panel.metrics_model
    return model.index(model.row_of(metric_id), FIELD_COLUMN[key])


def test_models_pass_the_qt_model_tester(qtmodeltester, window):
    panel = panel_of(window)
    qtmodeltester.check(panel.metrics_model)
    qtmodeltester.check(panel.measurements_model)


def test_each_metric_shows_its_status_with_a_mark_and_a_word(window):
    panel = panel_of(window)
    model = panel.metrics_model
    index = cell(panel, "p95-latency", "status")
    assert model.data(index) == "No data"
    assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(index, model.StatusRole) is MetricStatus.NO_DATA
    tickets = cell(panel, "tier1-tickets", "status")
    assert model.data(tickets) == "At risk"  # 11,100: within the threshold, short of target
    assert "Threshold" in model.data(tickets, Qt.ItemDataRole.ToolTipRole)
    gates = model.data(cell(panel, "intent-accuracy", "gates"))
    assert gates == "Go / no-go: ✓ pass"


def test_edit_a_metric_field_and_undo(window):
    panel = panel_of(window)
    stack = window.adapter.undo_stack
    index = cell(panel, "intent-accuracy", "target")
    assert panel.metrics_model.data(index, Qt.ItemDataRole.EditRole) == "0.9"
    assert panel.metrics_model.setData(index, "0.95")
    assert metric(window, "intent-accuracy").target == 0.95
    assert stack.undoText() == "Set target of 'Intent accuracy' to 0.95"
    stack.undo()
    assert metric(window, "intent-accuracy").target == 0.9
    assert panel.metrics_model.setData(index, "")  # an empty cell clears the target
    assert metric(window, "intent-accuracy").target is None


def test_combo_fields_and_refused_values(window, qtbot):
    panel = panel_of(window)
    model = panel.metrics_model
    category = cell(panel, "p95-latency", "category")
    choices = model.data(category, model.ChoicesRole)
    assert ("Business KPI", "business_kpi") in choices
    assert model.setData(category, "responsible")
    assert metric(window, "p95-latency").category == "responsible"
    proxies = cell(panel, "p95-latency", "proxies")
    assert model.data(proxies, model.ChoicesRole) == [
        ("(none)", ""),
        ("Tier-1 tickets per month", "tier1-tickets"),
    ]
    with qtbot.waitSignal(window.adapter.refused) as refused:
        assert not model.setData(cell(panel, "p95-latency", "threshold"), "fast")
    assert "not a number" in refused.args[0]


def test_add_a_measurement_and_undo(window):
    panel = panel_of(window)
    panel.select_metric("intent-accuracy")
    panel.date_box.setDate(QDate(2026, 4, 1))
    panel.value_box.setText("0,88")
    panel.note_box.setText("shadow traffic")
    panel.add_measurement_from_form()
    values = [(m.date, m.value, m.note) for m in metric(window, "intent-accuracy").measurements]
    assert values[-1] == (dt.date(2026, 4, 1), 0.88, "shadow traffic")
    assert panel.measurements_model.rowCount() == 2
    assert window.adapter.undo_stack.undoText() == "Add measurement to 'Intent accuracy'"
    window.adapter.undo_stack.undo()
    assert len(metric(window, "intent-accuracy").measurements) == 1
    assert panel.measurements_model.rowCount() == 1


def test_edit_and_delete_measurements_in_the_table(window):
    panel = panel_of(window)
    panel.select_metric("tier1-tickets")
    model = panel.measurements_model
    assert model.data(model.index(0, 1)) == "11,800"
    assert model.setData(model.index(0, 1), "11700")
    assert model.setData(model.index(0, 0), QDate(2026, 5, 1))  # moves it after April
    assert [m.value for m in metric(window, "tier1-tickets").measurements] == [11100, 11700]
    panel.measurements_view.selectAll()
    panel.remove_measurements()
    assert metric(window, "tier1-tickets").measurements == []
    window.adapter.undo_stack.undo()
    assert len(metric(window, "tier1-tickets").measurements) == 2


def test_paste_measurements_is_one_undo_step(window, monkeypatch):
    panel = panel_of(window)
    panel.select_metric("p95-latency")
    stack = window.adapter.undo_stack
    before = stack.count()
    panel.paste("Date\tValue\n2026-04-01\t320\n2026-05-01\t290\tafter caching\n")
    assert stack.count() == before + 1
    assert stack.undoText() == "Paste 2 measurements into 'p95 latency'"
    assert [m.value for m in metric(window, "p95-latency").measurements] == [320, 290]
    assert panel.measurements_model.rowCount() == 2
    shown = []
    monkeypatch.setattr(panel, "_report_rejected", lambda title, result: shown.append(result))
    panel.paste("2026-06-01\t280\n2026-07-01\tfast\n")
    assert len(metric(window, "p95-latency").measurements) == 3
    assert [str(r) for r in shown[0].rejected] == ['row 2: "fast" is not a number']
    stack.undo()
    stack.undo()
    assert metric(window, "p95-latency").measurements == []


def test_add_and_delete_a_metric_with_undo(window):
    panel = panel_of(window)
    count = len(window.adapter.project.metrics)
    panel.select_metric("tier1-tickets")
    panel.add_metric()
    assert len(window.adapter.project.metrics) == count + 1
    assert window.adapter.project.metrics[1].id == "new-metric"
    assert panel.current_metric_id() == "new-metric"
    panel.remove_metric()
    assert len(window.adapter.project.metrics) == count
    window.adapter.undo_stack.undo()
    window.adapter.undo_stack.undo()
    assert len(window.adapter.project.metrics) == count


def test_selection_follows_and_is_announced(window):
    panel = panel_of(window)
    window.selection.pick("metric", ["gender-gap"], "findings")
    assert panel.current_metric_id() == "gender-gap"
    assert panel.measurements_model.metric_id == "gender-gap"
    panel.select_metric("intent-accuracy")
    assert window.selection.current.kind == "metric"
    assert window.selection.current.ids == ("intent-accuracy",)


def test_csv_import_shows_its_report_and_is_one_undo_step(window, tmp_path, monkeypatch):
    panel = panel_of(window)
    path = tmp_path / "weekly.csv"
    path.write_text(
        "date,metric,value\n2026-04-01,Intent accuracy,0.88\n2026-04-01,p95-latency,330\n"
        "2026-04-01,recall,0.5\n"
    )
    seen = []
    monkeypatch.setattr(
        import_dialogs,
        "confirm_import",
        lambda parent, result, project: seen.append(result) or True,
    )
    stack = window.adapter.undo_stack
    before = stack.count()
    assert panel.import_csv_file(path)
    assert stack.count() == before + 1
    assert stack.undoText() == "Import 2 measurements from weekly.csv"
    assert len(seen[0].rejected) == 1
    stack.undo()
    assert metric(window, "p95-latency").measurements == []
    monkeypatch.setattr(import_dialogs, "confirm_import", lambda *args: False)
    assert not panel.import_csv_file(path)
    assert stack.count() == before + 1  # the undone import is still there to redo


def test_mlflow_dialog_maps_keys_and_applies_as_one_step(window, tmp_path, qtbot):
    panel = panel_of(window)
    dialog = import_dialogs.MlflowDialog(window.adapter.project, panel)
    qtbot.addWidget(dialog)
    assert not dialog.open_path(tmp_path)  # an empty folder is not a store
    assert "not an MLflow store" in dialog.preview.toPlainText()
    assert dialog.open_path(make_mlruns(tmp_path))
    dialog.select_run("abc123")
    dialog.set_mapping("val/accuracy", "intent-accuracy")
    dialog.set_mapping("latency_ms", "")
    assert dialog.mapping_dict() == {"val/accuracy": "intent-accuracy"}
    assert dialog.imported is not None and len(dialog.imported.rows) == 2
    assert "2 measurements can be imported" in dialog.preview.toPlainText()
    assert panel.apply_import(dialog.imported, confirm=False)
    assert window.adapter.undo_stack.undoText() == "Import 2 measurements from MLflow run bert-base"


def test_charts_load_when_the_tab_is_shown_and_switch(window, qtbot):
    panel = panel_of(window)
    qtbot.waitUntil(lambda: panel.chart.loaded, timeout=20_000)
    chart = panel.chart
    panel.select_metric("tier1-tickets")
    for kind, expected in (
        ("metric", "Tier-1 tickets per month (tickets)"),
        ("kpi", "Tier-1 tickets per month: the KPI and its proxies"),
        ("scorecard", "Scorecard"),
        ("drift", "Degradation against baseline"),
    ):
        chart.set_kind(kind)
        qtbot.waitUntil(lambda: not chart._dirty, timeout=5000)
        texts = [t.get_text() for t in chart.figure.findobj(match=lambda a: hasattr(a, "get_text"))]
        # a title wider than a small canvas is shortened with an ellipsis, never cut
        shown = [t for t in texts if t == expected or (t.endswith("…") and t[:-1] in expected)]
        assert shown and expected.startswith(shown[0].rstrip("…")), kind
    assert "matplotlib.pyplot" not in sys.modules


def test_a_burst_of_edits_is_drawn_once_not_once_per_edit(window, qtbot):
    panel = panel_of(window)
    qtbot.waitUntil(lambda: panel.chart.loaded, timeout=20_000)
    qtbot.waitUntil(lambda: not panel.chart._dirty, timeout=5000)
    calls: list[int] = []
    panel.chart.canvas.draw_idle = lambda: calls.append(1)
    for value in range(10):  # ten edits before the event loop runs again
        panel.metrics_model.setData(cell(panel, "intent-accuracy", "threshold"), f"0.{value}")
    assert panel.chart._dirty and not calls  # nothing drawn yet: the draw is deferred
    qtbot.waitUntil(lambda: bool(calls) and not panel.chart._dirty, timeout=5000)
    # one coalesced draw (a resize the layout makes by itself may add one of its own)
    assert len(calls) < 10


def test_window_actions_are_stable(window):
    panel = panel_of(window)
    first = panel.window_actions()
    assert first == panel.window_actions()
    assert first[0].text() == "Import Measurements from CS&V…"


def test_matplotlib_is_not_imported_at_start_up(tmp_path):
    code = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from raci_studio.ui.main_window import MainWindow
window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print("matplotlib" in sys.modules)
window.open_path(sys.argv[2])
panel = next(w for t, w in window.views() if t == "Metrics")
window.tabs.setCurrentWidget(panel)
print(panel.chart.placeholder.text(), panel.chart.loaded)
for _ in range(50):
    app.processEvents()
    if panel.chart.loaded:
        break
print("matplotlib" in sys.modules, "matplotlib.pyplot" in sys.modules)
"""
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s.ini"), str(DEMAND)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert done.stdout.split("\n")[:3] == ["False", "Loading charts… False", "True False"]
