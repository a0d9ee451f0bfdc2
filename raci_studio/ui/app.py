"""Start the application: one QApplication, one main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

from raci_studio import __version__


def _no_display() -> bool:
    """True on Linux with no screen to show a window on (and no platform chosen)."""
    env = os.environ
    return (
        sys.platform.startswith("linux")
        and not env.get("QT_QPA_PLATFORM")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
    )


def run(argv: list[str]) -> int:
    """Open the window on a file, or on the last project, or on the welcome page."""
    if _no_display() and "--smoke-test" not in argv:
        # English, like the command line: no catalogue can be loaded before the application
        sys.stderr.write(  # i18n: not shown (in the window)
            "RACI Studio found no display to open its window on (DISPLAY is not set).\n"
            "The command line works without one: raci-studio --help\n"
        )
        return 2
    if _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication), "the window needs a widget application"
    app.setApplicationName("RACI Studio")  # i18n: not shown (the settings' folder)
    app.setOrganizationName("RACI Studio")  # i18n: not shown
    app.setApplicationVersion(__version__)
    from raci_studio.ui.i18n import install_translators
    from raci_studio.ui.resources import APP_ID, app_icon

    install_translators(app)

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # must match the .desktop entry for Wayland and docks
    from raci_studio.ui.main_window import MainWindow
    from raci_studio.ui.safety import install_exception_hook, offer_restore

    window = MainWindow()
    install_exception_hook(window)
    files = [a for a in argv if not a.startswith("-")]
    window.show()
    smoke = "--smoke-test" in argv
    if files:
        window.open_path(Path(files[0]))
    else:
        restored = not smoke and offer_restore(window, window.autosaver.store)
        recent = window.recent_files()
        if not restored and recent and Path(recent[0]).is_file():
            window.open_path(Path(recent[0]))
    if smoke:
        QTimer.singleShot(0, lambda: smoke_test(window))
    return app.exec()


def smoke_test(window: MainWindow) -> None:
    """Render every view once and quit: proves a build starts and draws (exit code 0)."""
    app = QApplication.instance()
    assert app is not None, "the smoke test runs inside the application"
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        window.tabs.currentWidget().grab()
    window.adapter.mark_saved()
    app.exit(0 if window.has_project else 3)
