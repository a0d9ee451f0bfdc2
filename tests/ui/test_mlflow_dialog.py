"""The MLflow import dialog: parents of nested runs, local start times, a store being written."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from raci_studio.io.measurements import mlflow_sqlite
from raci_studio.ui.metrics import import_dialogs
from tests.core.conftest import build_small_project
from tests.io.test_mlflow_import import make_db
from tests.io.test_mlflow_live_store import damaged_copy

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mlflow"


def row_of(dialog: import_dialogs.MlflowDialog, name: str) -> list[str]:
    for row in range(dialog.runs.rowCount()):
        if dialog.runs.item(row, 0).text() == name:
            return [dialog.runs.item(row, c).text() for c in range(dialog.runs.columnCount())]
    raise AssertionError(f"no run {name}")


def test_nested_runs_show_their_parent_and_start_in_local_time(qtbot):
    dialog = import_dialogs.MlflowDialog(build_small_project())
    qtbot.addWidget(dialog)
    assert dialog.open_path(FIXTURES / "mlflow3-sqlite" / "mlflow.db")
    headers = [dialog.runs.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers[1] == "Parent run" and headers[3] == "Started (local time)"
    child = row_of(dialog, "child 1 \U0001f680 «fold»")
    assert child[1] == "Ana's run"
    assert row_of(dialog, "grandchild: 'a' #2")[1] == child[0]
    assert row_of(dialog, "Ana's run")[1] == ""
    local = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC).astimezone()
    assert row_of(dialog, "Ana's run")[3] == local.strftime("%Y-%m-%d %H:%M")


def test_a_store_being_written_says_so_and_try_again_reads_it(qtbot, tmp_path, monkeypatch):
    good = make_db(tmp_path / "good.db")
    path = tmp_path / "mlflow.db"
    damaged_copy(good, path)
    journal = tmp_path / "mlflow.db-journal"
    journal.write_bytes(b"")
    monkeypatch.setattr(mlflow_sqlite, "_pause", lambda seconds: None)
    dialog = import_dialogs.MlflowDialog(build_small_project())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_path(path)
    assert dialog.retry_button.isVisible()
    assert "being written" in dialog.busy_note.text()
    assert "Try again in a moment" in dialog.preview.toPlainText()
    assert "damaged" not in dialog.preview.toPlainText()
    shutil.copyfile(good, path)  # the run finished writing
    journal.unlink()
    dialog.retry_button.click()
    assert not dialog.retry_button.isVisible()
    assert dialog.runs.rowCount() == 2
