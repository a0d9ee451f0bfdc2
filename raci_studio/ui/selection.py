"""The window's selection: how views tell each other what the user picked, without references."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Picked:
    """What is selected: ``kind`` is "phase", "gate", "activity", "role" or "metric"."""

    kind: str
    ids: tuple[str, ...]
    source: str = ""


class Selection(QObject):
    """Hold the current selection; every view may set it and every view may follow it.

    Signals
    -------
    changed(Picked)
        The selection changed; ``source`` names the view that changed it, so it can ignore
        its own echo.
    """

    changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.current = Picked("", ())

    def pick(self, kind: str, ids: list[str] | tuple[str, ...], source: str = "") -> None:
        picked = Picked(kind, tuple(ids), source)
        if picked == self.current:
            return
        self.current = picked
        self.changed.emit(picked)
