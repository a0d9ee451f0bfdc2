"""Status marks: a coloured disc with a glyph, always shown beside the status word."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from raci_studio.core.metrics import MetricStatus
from raci_studio.core.palette import STATUS_COLOURS, STATUS_GLYPHS
from raci_studio.ui.badge import badge_icon


def status_icon(status: MetricStatus, size: int = 14) -> QIcon:
    """Return a round mark in the status colour with its glyph (✓ ! ✗ –) written on it."""
    return badge_icon(STATUS_COLOURS[status], STATUS_GLYPHS[status], size)
