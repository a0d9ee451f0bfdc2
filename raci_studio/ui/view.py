"""What the main window asks of each of its tabs: the :class:`View` protocol."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction

from raci_studio.core.palette import Scheme

#: Commands of the Edit and Project menus that act on whatever the current tab shows.
EditCommand = Literal["cut", "copy", "paste", "delete", "select-all", "find", "rename"]


@runtime_checkable
class View(Protocol):
    """A tab of the main window (each is a QWidget built as ``Class(adapter, selection,
    findings, parent)``, listed in ``main_window.VIEWS``).

    A view answers only the Edit-menu commands it supports; the window disables nothing for
    the others, they simply do nothing there.
    """

    @property
    def message(self) -> SignalInstance:
        """Signal(str): something to tell the user in the status bar."""
        ...

    def window_actions(self) -> list[QAction]:
        """Actions this view adds to the View menu (the same objects every call)."""
        ...

    def commit_pending(self) -> None:
        """Turn text still being typed into its undo step (before a save or a close)."""
        ...

    def zoom(self, step: int) -> None:
        """Zoom in (1), out (-1) or back to the actual size (0)."""
        ...

    def edit_commands(self) -> Mapping[EditCommand, Callable[[], object]]:
        """What this view does for each Edit-menu command it supports."""
        ...


@runtime_checkable
class Themed(Protocol):
    """A view that paints colours of its own and redraws them for a colour scheme."""

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw in the light or dark colours from now on."""
        ...
