"""The window's selection: how views tell each other what the user picked, without references."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Signal

from raci_studio.core.findings import SUBJECTS, Subject


@dataclass(frozen=True)
class Picked:
    """What is selected: ``kind`` names what ``ids`` are ("" when nothing is)."""

    kind: Subject | Literal[""]
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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = Picked("", ())

    def pick(self, kind: Subject, ids: list[str] | tuple[str, ...], source: str = "") -> None:
        """Select ``ids`` of ``kind``; ``source`` names the view that picked them."""
        if kind not in SUBJECTS:
            raise ValueError(f"'{kind}' is not something a view can select")
        picked = Picked(kind, tuple(ids), source)
        if picked == self.current:
            return
        self.current = picked
        self.changed.emit(picked)
