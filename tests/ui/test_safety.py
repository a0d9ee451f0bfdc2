"""Never lose work: recovery copies, crash restore, save failures, changes on disk, errors."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from raci_studio.core.edits import SetCells
from raci_studio.io.project.file import load_project, save_project
from raci_studio.io.project.recovery import RecoveryStore
from raci_studio.ui import safety

ROOT = Path(__file__).resolve().parents[2]


def edit(window) -> None:
    window.adapter.push(SetCells((("define-kpis", "ml-engineer", "I"),), "Set I"))


def test_autosave_writes_a_copy_beside_never_over_the_file(
    main_window, project_file, private_recovery_folder
):
    original = project_file.read_bytes()
    assert not main_window.autosaver.save_now()  # nothing unsaved yet
    edit(main_window)
    assert main_window.autosaver.save_now()
    store = RecoveryStore(private_recovery_folder)
    entries = store.entries(include_live=True)
    assert [e.original for e in entries] == [str(project_file)]
    assert store.load(entries[0]).activities[0].raci["ml-engineer"] == "I"
    assert project_file.read_bytes() == original
    main_window.save()
    assert store.entries(include_live=True) == []  # saved work needs no recovery copy


def test_a_live_process_keeps_its_copy_to_itself(tmp_path):
    store = RecoveryStore(tmp_path)
    from tests.core.conftest import build_small_project

    entry = store.write("k", build_small_project(), None)
    assert store.entries() == [entry]  # our own copy is listed
    note = tmp_path / "k.note.json"
    note.write_text(note.read_text().replace(f'"pid": {os.getpid()}', '"pid": 1'))
    assert store.entries() == []  # pid 1 is alive: not ours to offer
    assert store.entries(include_live=True)[0].key == "k"


CRASHING_APP = textwrap.dedent(
    """
    import os, signal, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QSettings, QTimer
    app = QApplication([])
    from raci_studio.ui.main_window import MainWindow
    from raci_studio.core.edits import SetCells
    w = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
    w.show()
    assert w.open_path(sys.argv[1])
    w.adapter.push(SetCells((("define-kpis", "ml-engineer", "C"),), "Set C"))
    folder = os.environ["RACI_STUDIO_RECOVERY_DIR"]
    deadline = time.time() + 20

    def saved():
        return os.path.isdir(folder) and any(n.endswith(".note.json") for n in os.listdir(folder))

    def kill_when_saved():
        if saved() or time.time() > deadline:
            os.kill(os.getpid(), signal.SIGKILL)

    poll = QTimer()
    poll.timeout.connect(kill_when_saved)
    poll.start(20)
    app.exec()
    """
)


def test_killed_mid_edit_then_restored(
    main_window, project_file, tmp_path, private_recovery_folder, monkeypatch
):
    env = dict(os.environ, RACI_STUDIO_AUTOSAVE_MS="100", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(project_file), str(tmp_path / "child.ini")],
        env=env,
        cwd=ROOT,
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert done.returncode == -9, done.stderr
    store = RecoveryStore(private_recovery_folder)
    [entry] = store.entries()
    assert entry.original == str(project_file)
    assert load_project(project_file).activities[0].raci.get("ml-engineer") is None

    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(safety, "_ask_restore", lambda window, e: next(answers))
    assert not safety.offer_restore(main_window, store)  # "Later" keeps the copy
    assert store.entries() == [entry]
    assert safety.offer_restore(main_window, store)
    project = main_window.adapter.project
    assert project.activities[0].raci["ml-engineer"] == "C"
    assert main_window.adapter.path == project_file
    assert main_window.isWindowModified()


@pytest.mark.parametrize(
    "failure",
    [
        PermissionError(errno.EACCES, "Permission denied"),
        OSError(errno.ENOSPC, "No space left on device"),
    ],
)
def test_save_failure_keeps_the_project_modified_and_the_file_whole(
    main_window, project_file, monkeypatch, failure
):
    before = project_file.read_bytes()
    edit(main_window)
    shown = []
    monkeypatch.setattr(main_window, "_error", lambda title, text: shown.append((title, text)))

    def fail(path, data):
        raise failure

    monkeypatch.setattr("raci_studio.io.project.file.write_atomic", fail)
    assert not main_window.save()
    assert shown and shown[0][0] == "Could not save the project"
    assert "still open" in shown[0][1]
    assert main_window.isWindowModified()
    assert project_file.read_bytes() == before


def test_change_on_disk_reloads_a_clean_project(qtbot, main_window, project_file):
    other = load_project(project_file)
    other.name = "Renamed by a colleague"
    save_project(other, project_file)
    main_window.file_watch.check()
    assert main_window.adapter.project.name == "Renamed by a colleague"
    assert not main_window.isWindowModified()


def test_change_on_disk_asks_when_there_are_unsaved_changes(main_window, project_file, monkeypatch):
    edit(main_window)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    other = load_project(project_file)
    other.name = "Theirs"
    save_project(other, project_file)
    main_window.file_watch.check()
    assert asked and "changed by another program" in asked[0]
    assert main_window.adapter.project.name == "Support ticket deflection"
    assert main_window.adapter.project.activities[0].raci["ml-engineer"] == "I"
    assert main_window.isWindowModified()


def test_deleted_file_is_reported_and_the_project_stays_open(main_window, project_file):
    project_file.unlink()
    main_window.file_watch.check()
    assert main_window.has_project
    assert main_window.isWindowModified()
    box = next(b for b in main_window.findChildren(QMessageBox) if b.isVisible())
    assert "deleted or moved" in box.text()
    box.close()
    assert main_window.save()
    assert project_file.exists()


def test_unexpected_exception_shows_a_dialog_and_saves_a_copy(
    main_window, private_recovery_folder, monkeypatch
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    safety.install_exception_hook(main_window)
    edit(main_window)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    box = next(b for b in main_window.findChildren(QMessageBox) if b.isVisible())
    assert "unexpected error" in box.text()
    assert "RuntimeError: boom" in box.informativeText()
    assert "Traceback" in box.detailedText()
    box.close()
    assert RecoveryStore(private_recovery_folder).entries(include_live=True)
    assert main_window.has_project
