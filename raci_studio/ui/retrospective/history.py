"""Handoffs from the file's git history, read off the UI thread for the Retrospective tab.

A :class:`HistoryReader` thread runs :func:`raci_studio.io.git.history.read_history` (the
``git`` command, then each committed version parsed as a plan) and finds the handoffs between
versions; the :class:`HistoryBar` above the timeline starts it, shows its progress, cancels
it and says what was read. The tab reads the history by itself the first time it is shown for
a file in a git work tree; "Read History from Git" reads it again (after a commit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from raci_studio.core.handoffs import Handoff, history_handoffs
from raci_studio.io.git.history import (
    DEFAULT_LIMIT,
    GitHistory,
    HistoryCancelledError,
    read_history,
)
from raci_studio.io.git.run import GIT_TIMEOUT, work_tree_of
from raci_studio.io.project.file import loads_project
from raci_studio.ui.i18n import translate


@dataclass(frozen=True)
class HistoryResult:
    """The handoffs found in one file's history, and what was read."""

    path: Path
    handoffs: tuple[Handoff, ...]
    history: GitHistory


#: Readers still running. They have no parent, so that closing the tab never destroys a
#: running thread: a cancelled reader ends at the next version and removes itself.
_RUNNING: set[HistoryReader] = set()


class HistoryReader(QThread):
    """Read a file's git history and its handoffs in a thread; interruption cancels it."""

    progressed = Signal(int, int, int)  # serial, done, total
    done = Signal(int, object)  # serial, HistoryResult
    failed = Signal(int, str)  # serial, the reason

    def __init__(self, path: Path, serial: int, limit: int = DEFAULT_LIMIT) -> None:
        super().__init__()
        self.path = path
        self.serial = serial
        self.limit = limit
        _RUNNING.add(self)
        self.finished.connect(self._forget)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """Cancel and wait for the end (the app is quitting)."""
        self.requestInterruption()
        self.wait(int(GIT_TIMEOUT * 1000))

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()

    def run(self) -> None:
        """Read the history (the thread's body); emits done, failed or nothing when cancelled."""
        try:
            history = read_history(
                self.path,
                loads_project,
                self.limit,
                progress=lambda done, total: self.progressed.emit(self.serial, done, total),
                cancelled=self.isInterruptionRequested,
            )
            found = tuple(history_handoffs(history.versions))
        except HistoryCancelledError:
            return
        except Exception as exc:  # a reader must never take the window down
            self.failed.emit(self.serial, str(exc))
            return
        if not self.isInterruptionRequested():
            self.done.emit(self.serial, HistoryResult(self.path, found, history))


class HistoryBar(QWidget):
    """What the git history gave, its progress while read, and the buttons to read or cancel.

    Signals
    -------
    handoffs_changed()
        The handoffs from history changed (read, or cleared for another file).
    """

    handoffs_changed = Signal()

    def __init__(
        self, current_path: Callable[[], Path | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current_path = current_path  # the document's file, asked before every read
        self.result: HistoryResult | None = None
        self.reader: HistoryReader | None = None
        self._serial = 0  # which read the results of a reader belong to
        self._path: Path | None = None
        self._tried: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in any theme
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(translate("Retrospective", "Git history read so far"))
        self.progress.hide()
        self.cancel_button = QPushButton(translate("Retrospective", "Cancel"), self)
        self.cancel_button.setToolTip(translate("Retrospective", "Stop reading the git history"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.read_action = QAction(translate("Retrospective", "Read History from &Git"), self)
        self.read_action.setToolTip(
            translate(
                "Retrospective",
                "Find the handoffs in the file's git history: activities whose Accountable "
                "or Responsible role a commit changed",
            )
        )
        self.read_action.triggered.connect(self.read)
        self.read_button = QPushButton(translate("Retrospective", "Read History from Git"), self)
        self.read_button.setToolTip(self.read_action.toolTip())
        self.read_button.clicked.connect(self.read)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.read_button)
        self.set_path(None)

    @property
    def handoffs(self) -> tuple[Handoff, ...]:
        """Return the handoffs found in the current file's history (none before a read)."""
        if self.result is None or self.result.path != self._path:
            return ()
        return self.result.handoffs

    @property
    def reading(self) -> bool:
        """Return True while the history is being read."""
        return self.reader is not None

    def set_path(self, path: Path | None) -> None:
        """Follow the document's file: another file's history is dropped."""
        if path == self._path:
            return
        self.cancel()
        self._path = path
        had = self.result is not None
        self.result = None
        self.label.setText(self._no_file() if path is None else "")
        if had:
            self.handoffs_changed.emit()

    def read_once(self) -> None:
        """Read the history the first time the current file is shown, when it is in git."""
        if self._path is None or self._tried == self._path or self.reading:
            return
        self._tried = self._path
        if work_tree_of(self._path) is None:  # one quick git call; no thread for a loose file
            self.label.setText(
                translate("Retrospective", "Not in a git work tree: no history to read.")
            )
            return
        self.read()

    def read(self) -> None:
        """Read the current file's history in a thread, showing progress."""
        if self.reading:
            return
        self.set_path(self._current_path())  # Save As may have moved it
        if self._path is None:
            self.label.setText(self._no_file())
            return
        self._tried = self._path
        self._serial += 1
        reader = HistoryReader(self._path, self._serial, DEFAULT_LIMIT)
        reader.progressed.connect(self._progressed)
        reader.done.connect(self._done)
        reader.failed.connect(self._failed)
        self.destroyed.connect(reader.requestInterruption)  # the window closed: stop
        self.reader = reader
        self.label.setText(translate("Retrospective", "Reading the git history…"))
        self.progress.setRange(0, 0)  # busy until git has listed the commits
        self.progress.show()
        self.cancel_button.show()
        self.read_button.setEnabled(False)
        self.read_action.setEnabled(False)
        reader.start()

    def cancel(self) -> None:
        """Stop a read in progress; what was shown before stays."""
        reader = self.reader
        if reader is None:
            return
        reader.requestInterruption()
        self._finished(reader)
        self.label.setText(translate("Retrospective", "Reading the git history was cancelled."))

    def _current(self, serial: int) -> bool:
        """True when ``serial`` is the read in progress (not one cancelled or replaced)."""
        return self.reader is not None and self.reader.serial == serial

    def _progressed(self, serial: int, done: int, total: int) -> None:
        if not self._current(serial):
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.label.setText(
            translate("Retrospective", "Reading the git history: %n commits…", None, total)
        )

    def _done(self, serial: int, result: HistoryResult) -> None:
        if not self._current(serial) or self.reader is None:
            return  # a cancelled read
        self._finished(self.reader)
        if result.path != self._path:
            return
        self.result = result
        self.label.setText(self.summary(result))
        self.label.setToolTip("\n".join(result.history.problems))
        self.handoffs_changed.emit()

    def _failed(self, serial: int, message: str) -> None:
        if not self._current(serial) or self.reader is None:
            return
        self._finished(self.reader)
        self.label.setText(
            translate("Retrospective", "The git history could not be read: {reason}").format(
                reason=message
            )
        )

    def _finished(self, reader: HistoryReader) -> None:
        if self.reader is not reader:
            return
        self.reader = None
        self.progress.hide()
        self.cancel_button.hide()
        self.read_button.setEnabled(True)
        self.read_action.setEnabled(True)

    @staticmethod
    def _no_file() -> str:
        return translate("Retrospective", "Save the plan in a git work tree to see its history.")

    @staticmethod
    def summary(result: HistoryResult) -> str:
        """Return what the read found, in words, for the bar."""
        history = result.history
        if history.reason:
            return translate("Retrospective", "No git history: {reason}.").format(
                reason=history.reason
            )
        commits, handoffs, unread = history.commits, len(result.handoffs), history.skipped
        words = translate("Retrospective", "Git history: {commits}, {handoffs}.").format(
            commits=translate("Retrospective", "%n commits read", None, commits),
            handoffs=translate("Retrospective", "%n handoffs found", None, handoffs),
        )
        if unread:
            skipped = translate(
                "Retrospective", "%n versions skipped: not readable as a plan.", None, unread
            )
            words = f"{words} {skipped}"
        if history.capped:
            limit = history.limit
            capped = translate(
                "Retrospective", "Only the newest %n commits were read.", None, limit
            )
            words = f"{words} {capped}"
        return words
