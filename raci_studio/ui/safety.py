"""Never lose work: autosave to recovery copies, watch the file on disk, survive exceptions."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import traceback
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QFileSystemWatcher,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from raci_studio.io.project.file import ProjectFileError
from raci_studio.io.project.recovery import RecoveryEntry, RecoveryStore
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

AUTOSAVE_MS = 60_000


def recovery_folder() -> Path:
    """Where recovery copies live: the platform's app-data folder (or $RACI_STUDIO_RECOVERY_DIR)."""
    override = os.environ.get("RACI_STUDIO_RECOVERY_DIR")
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".raci-studio") / "recovery"


def file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Autosaver(QObject):
    """Write a recovery copy every minute and on focus loss while there are unsaved changes."""

    def __init__(self, window: MainWindow, store: RecoveryStore, interval_ms: int | None = None):
        super().__init__(window)
        self._window = window
        self.store = store
        self._session = uuid.uuid4().hex
        self._key: str | None = None
        self.timer = QTimer(self)
        env_ms = os.environ.get("RACI_STUDIO_AUTOSAVE_MS")
        self.timer.setInterval(interval_ms or int(env_ms or AUTOSAVE_MS))
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        window.adapter.undo_stack.cleanChanged.connect(self._clean_changed)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):  # a console-only application has no states
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.save_now()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def save_now(self) -> bool:
        """Write the recovery copy if there is unsaved work; never raise."""
        window = self._window
        if not window.has_project or window.adapter.is_saved:
            return False
        key = RecoveryStore.key_for(window.adapter.path, self._session)
        if self._key and self._key != key:
            self.store.discard(self._key)  # the project was saved under another name
        try:
            self.store.write(key, window.adapter.project, window.adapter.path)
        except (OSError, ProjectFileError) as exc:
            window.statusBar().showMessage(
                translate("Recovery", "Could not write the recovery copy: {reason}").format(
                    reason=exc
                ),
                8000,
            )
            return False
        self._key = key
        return True

    def discard(self) -> None:
        """Forget the recovery copy (the work was saved, or deliberately discarded)."""
        if self._key:
            self.store.discard(self._key)
            self._key = None


def offer_restore(window: MainWindow, store: RecoveryStore) -> bool:
    """At start, offer each recovery copy left by a crash; True when one was restored."""
    for entry in store.entries():
        answer = _ask_restore(window, entry)
        if answer == QMessageBox.StandardButton.Discard:
            store.discard(entry.key)
        elif answer == QMessageBox.StandardButton.Yes:
            return restore(window, store, entry)
    return False


def _ask_restore(window: MainWindow, entry: RecoveryEntry) -> QMessageBox.StandardButton:
    # the date and time as the reader's language writes them
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(entry.saved_at.timestamp())),
        QLocale.FormatType.ShortFormat,
    )
    if entry.original:
        saved = translate(
            "Recovery",
            "A recovery copy was saved on {when}, for {file}. Restore it now? “Later” keeps "
            "the copy until you restore or discard it.",
        ).format(when=when, file=entry.original)
    else:
        saved = translate(
            "Recovery",
            "A recovery copy was saved on {when}, for a project never saved. Restore it now? "
            "“Later” keeps the copy until you restore or discard it.",
        ).format(when=when)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore unsaved work?"))
    box.setText(
        translate("Recovery", "RACI Studio closed before “{name}” was saved.").format(
            name=entry.name
        )
    )
    box.setInformativeText(saved)
    restore_button = box.addButton(
        translate("Recovery", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Recovery", "&Later"), QMessageBox.ButtonRole.RejectRole)
    discard_button = box.addButton(
        translate("Recovery", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore_button:
        return QMessageBox.StandardButton.Yes
    if clicked is discard_button:
        return QMessageBox.StandardButton.Discard
    return QMessageBox.StandardButton.Cancel


def restore(window: MainWindow, store: RecoveryStore, entry: RecoveryEntry) -> bool:
    """Open a recovery copy as unsaved changes to the file it belongs to."""
    try:
        project = store.load(entry)
    except ProjectFileError as exc:
        QMessageBox.critical(window, translate("Recovery", "Could not restore"), str(exc))
        return False
    original = Path(entry.original) if entry.original else None
    window.show_recovered(project, original)
    store.discard(entry.key)
    window.autosaver.save_now()  # the restored work is protected again at once
    return True


class FileWatch(QObject):
    """Notice when the open file is changed, deleted or moved by someone else."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._watcher.fileChanged.connect(lambda _path: self._debounce.start())
        self._debounce.timeout.connect(self.check)
        self._path: Path | None = None
        self._digest: str | None = None

    def follow(self, path: Path | None) -> None:
        """Watch ``path`` and remember its content as ours (after an open or a save)."""
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
        self._path = path
        self._digest = file_digest(path) if path else None
        if path is not None and path.exists():
            self._watcher.addPath(str(path))

    def check(self) -> None:
        path = self._path
        if path is None:
            return
        if not path.exists():
            self._window.file_missing(path)
            return
        if str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))  # an atomic save by others replaced the file
        digest = file_digest(path)
        if digest is not None and digest != self._digest:
            self._digest = digest
            self._window.file_changed_on_disk(path)


_CRASH_BOX: list[QMessageBox] = []


def install_exception_hook(window: MainWindow) -> None:
    """Show unexpected errors in a dialog, save a recovery copy at once, and keep running."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        with contextlib.suppress(Exception):  # the hook itself must never raise
            window.autosaver.save_now()
        if _CRASH_BOX and _CRASH_BOX[0].isVisible():
            return  # one dialog at a time; the details are on stderr too
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Recovery", "Something went wrong"),
            translate(
                "Recovery",
                "RACI Studio hit an unexpected error. Your work is safe: a recovery copy was "
                "saved, and you can keep working. Please save your project.",
            ),
            parent=window,
        )
        box.setInformativeText(f"{kind.__name__}: {value}")
        box.setDetailedText(details)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _CRASH_BOX[:] = [box]
        box.open()

    sys.excepthook = hook
