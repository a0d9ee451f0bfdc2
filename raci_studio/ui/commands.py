"""The window's commands: each a QAction made once by name, some done by the current view."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from raci_studio.ui.view import EditCommand

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

Std = QKeySequence.StandardKey


def command(
    window: MainWindow,
    name: str,
    text: str,
    tip: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | Std | str | list | None = None,
    icon: QStyle.StandardPixmap | None = None,
) -> QAction:
    """Return the window's command ``name``, made once with its text, status tip and keys."""
    action = window.commands.get(name)
    if action is None:
        action = QAction(text, window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(window.style().standardIcon(icon))
        window.commands[name] = action
    return action


def current_view_command(window: MainWindow, command: EditCommand) -> Callable[[], None]:
    """Do ``command`` (copy, paste, …) in the current view, when that view supports it."""

    def call() -> None:
        view = window.current_view()
        handler = view.edit_commands().get(command) if view is not None else None
        if handler is not None:
            handler()

    return call
