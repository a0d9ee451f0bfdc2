"""Import from W&B: the MLflow picker over W&B exports and offline runs, one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate

from raci_studio.core.model import Metric, Project
from raci_studio.ui.metrics.wandb_dialog import WandbDialog

WANDB = Path(__file__).resolve().parents[1] / "fixtures" / "wandb"


def _project() -> Project:
    return Project(name="Intents", metrics=[Metric(id="accuracy", name="Accuracy")])


def test_offline_runs_listed_mapped_and_previewed(qtbot) -> None:
    dialog = WandbDialog(_project())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import from Weights & Biases"
    assert dialog.open_path(WANDB)
    assert dialog.runs.rowCount() == 2
    dialog.select_run("a1b2c3d4")
    dialog.set_mapping("eval/accuracy", "accuracy")
    assert dialog.imported is not None and len(dialog.imported.rows) == 2
    assert "2 measurements can be imported" in dialog.preview.toPlainText()


def test_step_only_exports_take_the_chosen_date(qtbot) -> None:
    dialog = WandbDialog(_project())
    qtbot.addWidget(dialog)
    assert dialog.open_path(WANDB / "step-only.csv")
    dialog.select_run("run-7")
    dialog.set_mapping("val_acc", "accuracy")
    dialog.date_edit.setDate(QDate(2026, 4, 1))
    rows = dialog.imported.rows
    assert [(m.date.isoformat(), m.value) for _, m in rows] == [("2026-04-01", 0.79)]


def test_a_file_that_is_no_export_is_said_in_words(qtbot, tmp_path) -> None:
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    dialog = WandbDialog(_project())
    qtbot.addWidget(dialog)
    assert not dialog.open_path(bad)
    assert "expected a Step column" in dialog.preview.toPlainText()


def test_the_metrics_tab_applies_it_as_one_step(main_window, qtbot) -> None:
    panel = next(widget for title, widget in main_window.views() if title == "Metrics")
    dialog = WandbDialog(main_window.adapter.project, panel)
    qtbot.addWidget(dialog)
    metric_id = main_window.adapter.project.metrics[0].id
    assert dialog.open_path(WANDB / "long-export.csv")
    dialog.select_run("baseline")
    dialog.set_mapping("eval/accuracy", metric_id)
    assert panel.apply_import(dialog.imported, confirm=False)
    assert main_window.adapter.undo_stack.undoText().startswith("Import 2 measurements from W&B")
