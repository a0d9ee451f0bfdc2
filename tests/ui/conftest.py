"""Fixtures for UI tests: a main window with private settings, opened on a project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from raci_studio.io.project.file import save_project
from tests.core.conftest import build_small_project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


class UnexpectedDialogError(AssertionError):
    """A modal dialog opened that the test did not answer (it would hang the run)."""


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """Speak English as the app does: with the catalogue of singular and plural forms."""
    from raci_studio.ui.i18n import install_english

    installed = install_english(qapp)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def private_recovery_folder(monkeypatch, tmp_path):
    """Recovery copies of tests go to a folder of their own, never the user's."""
    folder = tmp_path / "recovery"
    monkeypatch.setenv("RACI_STUDIO_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch):
    """Fail fast instead of hanging on a modal dialog a test did not expect.

    Tests that expect a dialog monkeypatch the method themselves, after this fixture.
    """
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    def refuse(*args, **kwargs):
        raise UnexpectedDialogError(f"a modal dialog opened: {args[1:3]!r}")

    for name in ("warning", "question", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.raci.json"
    save_project(build_small_project(), path)
    return path


@pytest.fixture
def main_window(qtbot, settings, project_file):
    """A shown main window on the small project; closes without asking when the test ends."""
    from raci_studio.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(project_file)
    yield window
    window.has_project = False  # closing must never ask to save
    window.close()
    window.deleteLater()
