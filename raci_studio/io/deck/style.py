"""The deck's type sizes and colours, taken from the app's palette (no python-pptx here)."""

from __future__ import annotations

from raci_studio.core.metrics import GateState, MetricStatus
from raci_studio.core.palette import (
    HEAT_COLOURS,
    LETTER_COLOURS,
    PHASE_STATUS_COLOURS,
    RAG_FILLS,
    STATUS_COLOURS,
)

#: Smallest text anywhere in the deck: it stays readable from the back of a meeting room.
MIN_PT = 12.0
TITLE_PT = 28.0
BODY_PT = 14.0
TABLE_PT = 12.0
#: Height of one table row of one line at TABLE_PT, margins included, in inches.
ROW_IN = 0.34
#: Cell margins a table cell keeps around its text, left+right and top+bottom, in inches.
CELL_PAD_W = 0.2
CELL_PAD_H = 0.12

INK = "#1F2933"
MUTED = "#52606D"
LINE = "#52606D"
WHITE = "#FFFFFF"
CARD_FILL = "#F4F7FA"
NOTE_FILL = "#FFFFFF"

#: Theme accents of the built-in look (Okabe–Ito, the palette of the letters and charts).
ACCENTS: dict[str, str] = {
    "accent1": "#0072B2",
    "accent2": "#D55E00",
    "accent3": "#009E73",
    "accent4": "#CC79A7",
    "accent5": "#E69F00",
    "accent6": "#56B4E9",
    "dk2": "#1F2933",
    "lt2": "#F4F7FA",
}
FONTS: dict[str, str] = {"majorFont": "Calibri", "minorFont": "Calibri"}

PHASE_STATUS_WORDS: dict[str, str] = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "blocked": "Blocked",
}

#: A metric's status -> (fill, text colour) of its table cell: green, amber, red, grey.
STATUS_FILLS: dict[MetricStatus, tuple[str, str]] = {
    MetricStatus.MET: RAG_FILLS["green"],
    MetricStatus.AT_RISK: RAG_FILLS["amber"],
    MetricStatus.BREACHED: RAG_FILLS["red"],
    MetricStatus.NO_DATA: RAG_FILLS["grey"],
}
#: A metric state of :data:`raci_studio.core.palette.METRIC_STATES` -> (fill, text colour).
STATE_FILLS: dict[str, tuple[str, str]] = {
    "met": RAG_FILLS["green"],
    "at_risk": RAG_FILLS["amber"],
    "breached": RAG_FILLS["red"],
    "no_data": RAG_FILLS["grey"],
    "no_target": RAG_FILLS["grey"],
}
VERDICT_FILLS: dict[GateState, tuple[str, str]] = {
    GateState.PASS: RAG_FILLS["green"],
    GateState.FAIL: RAG_FILLS["red"],
    GateState.NOT_YET: RAG_FILLS["grey"],
}
HEAT_FILLS = HEAT_COLOURS


def letter_fill(letters: str) -> tuple[str, str]:
    """Return (fill, text colour) of a cell holding ``letters``: A's colours win over R's."""
    for letter in ("A", "R", "S", "C", "I"):
        if letter in letters and letter in LETTER_COLOURS:
            _strong, light, ink = LETTER_COLOURS[letter]
            return light, ink
    return WHITE, INK


def status_colour(status: str) -> str:
    """Return the colour of a phase status."""
    return PHASE_STATUS_COLOURS.get(status, MUTED)


def chart_colour(status: MetricStatus) -> str:
    """Return the colour of a metric status in charts."""
    return STATUS_COLOURS[status]


def hex_rgb(colour: str) -> str:
    """Return "#0072B2" as "0072B2", the form DrawingML writes."""
    return colour.lstrip("#").upper()
