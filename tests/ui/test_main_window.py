"""The main window: files, the unsaved-changes prompt, recent files, menus and start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from raci_studio.core.edits import SetCells
from raci_studio.io.project.file import load_project
from raci_studio.ui.main_window import MainWindow


def edit_something(window: MainWindow) -> None:
    window.adapter.push(SetCells((("define-kpis", "ml-engineer", "I"),), "Set I"))


def test_title_shows_name_and_modified_marker(main_window):
    assert main_window.windowTitle() == "Support ticket deflection[*] — RACI Studio"
    assert not main_window.isWindowModified()
    edit_something(main_window)
    assert main_window.isWindowModified()
    main_window.adapter.undo_stack.undo()
    assert not main_window.isWindowModified()


def test_save_writes_the_file_and_marks_clean(main_window, project_file):
    edit_something(main_window)
    assert main_window.save()
    assert not main_window.isWindowModified()
    saved = load_project(project_file)
    assert saved.activities[0].raci["ml-engineer"] == "I"


def test_save_as_uses_the_chosen_path(main_window, tmp_path, monkeypatch):
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert main_window.save_as()
    assert (tmp_path / "copy.raci.json").is_file()
    assert main_window.adapter.path == tmp_path / "copy.raci.json"
    assert main_window.recent_files()[0] == str((tmp_path / "copy.raci.json").resolve())


@pytest.mark.parametrize(
    ("answer", "opened", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_unsaved_changes_prompt(
    main_window, project_file, tmp_path, monkeypatch, answer, opened, saved
):
    other = tmp_path / "other.raci.json"
    other.write_bytes(
        project_file.read_bytes().replace(b"Support ticket deflection", b"Other plan")
    )
    edit_something(main_window)
    asked = []

    def reply(*args, **kwargs):
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "warning", reply)
    assert main_window.open_path(other) is opened
    assert asked and "unsaved changes" in asked[0]
    assert (main_window.adapter.project.name == "Other plan") is opened
    on_disk = load_project(project_file).activities[0].raci.get("ml-engineer")
    assert (on_disk == "I") is saved


def test_broken_file_shows_the_message_and_keeps_the_project(main_window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.raci.json"
    broken.write_text('{"format": "raci-studio", "schema_version": 1, "name": ', encoding="utf-8")
    edit_something(main_window)
    shown = []

    class Box:
        Icon = QMessageBox.Icon
        StandardButton = QMessageBox.StandardButton

        @staticmethod
        def warning(*args):
            return QMessageBox.StandardButton.Discard

        def __init__(self, icon, title, text, parent=None):
            shown.append((title, text))

        def setInformativeText(self, text):
            shown.append(("info", text))

        def setDetailedText(self, text):
            pass

        def exec(self):
            return 0

    monkeypatch.setattr("raci_studio.ui.window_files.QMessageBox", Box)
    assert not main_window.open_path(broken)
    assert shown[0][0] == "Could not open the project"
    assert "broken.raci.json" in shown[0][1] and "line 1" in shown[0][1]
    assert main_window.adapter.project.name == "Support ticket deflection"
    assert main_window.adapter.project.activities[0].raci["ml-engineer"] == "I"


def test_recent_files_and_welcome_page(main_window, project_file):
    assert main_window.recent_files() == [str(project_file.resolve())]
    name = main_window.adapter.project.name
    main_window.close_project()
    assert not main_window.has_project
    assert main_window.stack.currentWidget() is main_window.welcome
    assert main_window.welcome.recent.count() == 1
    item = main_window.welcome.recent.item(0)  # listed by project name, the path on hover
    assert (item.text(), item.toolTip()) == (name, str(project_file.resolve()))
    menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&File")
    recent = next(a.menu() for a in menu.actions() if a.text() == "Open &Recent")
    assert recent.actions()[0].text() == f"&1 {name}"
    assert not main_window.commands["save"].isEnabled()
    main_window.welcome._open_item(main_window.welcome.recent.item(0))
    assert main_window.has_project


def test_dropping_a_project_file_opens_it(qtbot, main_window, project_file, tmp_path):
    main_window.close_project()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(project_file))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main_window.dropEvent(event)
    qtbot.waitUntil(lambda: main_window.has_project)


def test_menus_have_standard_entries_and_shortcuts(main_window):
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles[:5] == ["&File", "&Edit", "&Project", "&View", "&Help"]
    c = main_window.commands
    assert c["open"].shortcut().toString() == "Ctrl+O"
    assert c["save"].shortcut().toString() == "Ctrl+S"
    assert c["undo"].shortcut().toString() == "Ctrl+Z"
    assert c["find"].shortcut().toString() == "Ctrl+F"
    edit_something(main_window)
    assert c["undo"].text() == "&Undo Set I"


def test_new_from_template(main_window, monkeypatch):
    from raci_studio.ui import dialogs

    monkeypatch.setattr(dialogs.NewFromTemplateDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        dialogs.NewFromTemplateDialog, "choice", lambda self: ("crisp-ml-q", "Fraud")
    )
    main_window.new_from_template()
    assert main_window.adapter.project.name == "Fraud"
    assert main_window.adapter.path is None
    assert main_window.isWindowModified()


def test_cli_starts_without_qt_and_app_start_skips_heavy_imports(tmp_path):
    """The CLI never loads Qt; the window never loads matplotlib or openpyxl at start."""
    code = (
        "import sys\n"
        "from raci_studio.cli import main\n"
        "main(['new', '--list'])\n"
        "assert 'PySide6' not in sys.modules, 'the CLI imported Qt'\n"
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        "from PySide6.QtCore import QSettings\n"
        "from raci_studio.ui.main_window import MainWindow\n"
        f"ini = {str(tmp_path / 's.ini')!r}\n"
        "w = MainWindow(settings=QSettings(ini, QSettings.Format.IniFormat))\n"
        "w.show(); app.processEvents()\n"
        "heavy = [m for m in ('matplotlib', 'openpyxl') if m in sys.modules]\n"
        "print(json.dumps(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json\n" + code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_no_display_gives_a_clear_message_not_a_crash():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = subprocess.run(
        [sys.executable, "-m", "raci_studio"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 2
    assert "no display" in out.stderr


def test_findings_panel_hides_on_the_welcome_page_and_keeps_the_users_choice(
    main_window, project_file
):
    assert main_window.findings_dock.isVisible()
    main_window.close_project()
    assert not main_window.findings_dock.isVisible()
    assert main_window.open_path(project_file)
    assert main_window.findings_dock.isVisible()
    main_window.findings_dock.toggleViewAction().trigger()  # F8: the user hides it
    main_window.close_project()
    assert main_window.open_path(project_file)
    assert not main_window.findings_dock.isVisible()


def test_a_shipped_sample_opens_as_an_untitled_copy(main_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from raci_studio.ui.samples import SAMPLES_DIR, shipped_samples

    sample = shipped_samples()[0]
    before = sample.read_bytes()
    assert main_window.open_path(sample)
    assert main_window.adapter.path is None  # Ctrl+S asks where: the sample is never written
    assert str(sample) not in main_window.recent_files()
    target = tmp_path / "mine.raci.json"
    asked = []

    def save_as(*args, **kwargs):
        asked.append(args[2])
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert main_window.save()
    assert asked and Path(asked[0]).parent != SAMPLES_DIR
    assert target.exists() and sample.read_bytes() == before
