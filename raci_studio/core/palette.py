"""The app's colours, shared by the grid, the diagram, the charts and the exports.

Colours follow the Okabe–Ito colour-blind-safe set; each letter has a strong colour (chip
border, text) and a light fill, and the letter is always written so colour is never the only cue.
Every colour that carries text has a light and a dark variant, each passing WCAG AA contrast
(4.5:1) against its background; :func:`contrast_ratio` is how the tests check it. Exports stay
light: they are printed and pasted.
"""

from __future__ import annotations

from typing import Literal

from raci_studio.core.metrics import GateState, MetricStatus
from raci_studio.core.model import Level

#: The two colour schemes the app draws in.
Scheme = Literal["light", "dark"]
SCHEMES: tuple[Scheme, ...] = ("light", "dark")

#: The window background text colours are checked against, per scheme.
BACKGROUND: dict[Scheme, str] = {"light": "#FFFFFF", "dark": "#1E1F22"}
#: Ordinary text per scheme.
TEXT: dict[Scheme, str] = {"light": "#1C2833", "dark": "#E8EAED"}

#: letter -> (strong colour, light fill, text colour on the fill)
LETTER_COLOURS: dict[str, tuple[str, str, str]] = {
    "R": ("#0072B2", "#D6EAF8", "#003F63"),
    "A": ("#D55E00", "#FBE0CC", "#7A3600"),
    "C": ("#009E73", "#CFF0E5", "#005940"),
    "I": ("#CC79A7", "#F5E1EC", "#7A3A5E"),
    "S": ("#C47F00", "#FCEBC7", "#7A5400"),
}

#: The letters on a dark background: a deep fill, light text, a bright border.
LETTER_COLOURS_DARK: dict[str, tuple[str, str, str]] = {
    "R": ("#56B4E9", "#0B3A5A", "#D6EAF8"),
    "A": ("#F08A4B", "#5A2A0A", "#FBE0CC"),
    "C": ("#2FCB9B", "#0B4A3A", "#CFF0E5"),
    "I": ("#E39BC4", "#55263F", "#F5E1EC"),
    "S": ("#F5C04A", "#5A4308", "#FCEBC7"),
}
_UNKNOWN_LETTER: dict[Scheme, tuple[str, str, str]] = {
    "light": ("#555555", "#EEEEEE", "#222222"),
    "dark": ("#AAAAAA", "#3A3A3A", "#EEEEEE"),
}

SEVERITY_COLOURS: dict[str, str] = {
    "error": "#C0392B",
    "warning": "#9A6700",
    "info": "#1F6FA8",
}

PHASE_STATUS_COLOURS: dict[str, str] = {
    "not_started": "#95A5A6",
    "in_progress": "#2E86C1",
    "done": "#27AE60",
    "blocked": "#C0392B",
}


def letter_colours(scheme: Scheme = "light") -> dict[str, tuple[str, str, str]]:
    """Return letter -> (strong, fill, ink) for ``scheme``."""
    return LETTER_COLOURS_DARK if scheme == "dark" else LETTER_COLOURS


def _letter(letter: str, scheme: Scheme) -> tuple[str, str, str]:
    return letter_colours(scheme).get(letter, _UNKNOWN_LETTER[scheme])


def strong(letter: str, scheme: Scheme = "light") -> str:
    """Return the letter's strong colour (chip border, the letter on a plain background)."""
    return _letter(letter, scheme)[0]


def fill(letter: str, scheme: Scheme = "light") -> str:
    """Return the letter's chip fill."""
    return _letter(letter, scheme)[1]


def ink(letter: str, scheme: Scheme = "light") -> str:
    """Return the colour of the letter written on its fill."""
    return _letter(letter, scheme)[2]


#: Text colours of states and severities on the dark background (same keys as the light
#: colours of severities, gate verdicts and metric states).
DARK_TEXT: dict[str, str] = {
    "error": "#FF7B6E",
    "warning": "#F5B041",
    "info": "#6CB4EE",
    "pass": "#5FD38D",
    "fail": "#FF7B6E",
    "not_yet": "#AEB6BF",
    "met": "#5FD38D",
    "at_risk": "#F5B041",
    "breached": "#FF7B6E",
    "no_data": "#AEB6BF",
    "no_target": "#AEB6BF",
}


def text_colour(light: str, key: str, scheme: Scheme) -> str:
    """Return ``light`` in the light scheme, the dark variant of state ``key`` in the dark."""
    return DARK_TEXT.get(key, TEXT["dark"]) if scheme == "dark" else light


def relative_luminance(colour: str) -> float:
    """Return the WCAG relative luminance of "#RRGGBB" (0 for black, 1 for white)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(one: str, other: str) -> float:
    """Return the WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


#: Red / amber / green (and grey for "nothing to say yet") as (light fill, text colour): the
#: fills of status cells in tables, light enough for dark text; the word always goes with them.
RAG_FILLS: dict[str, tuple[str, str]] = {
    "green": ("#D5F0DD", "#1E5631"),
    "amber": ("#FCEBC7", "#7A5400"),
    "red": ("#F6CFCB", "#7B1E14"),
    "grey": ("#E5E8EB", "#3E4C59"),
}


# -- states: the colours and words of statuses, shared by views, charts and exports -----

#: Heat level -> (fill colour, text colour), shared by the scoping view and the reports.
HEAT_COLOURS: dict[Level, tuple[str, str]] = {
    Level.LOW: ("#D5F0DD", "#1E5631"),
    Level.MEDIUM: ("#FCEBC7", "#7A5400"),
    Level.HIGH: ("#F6CFCB", "#7B1E14"),
}

#: Verdict of one go/no-go criterion -> (colour, words), for the view and the reports.
VERDICT_STYLE: dict[GateState, tuple[str, str]] = {
    GateState.PASS: ("#1E8449", "Pass"),
    GateState.FAIL: ("#C0392B", "Fail"),
    GateState.NOT_YET: ("#5F6B6D", "Not yet"),
}

#: Where a metric stands (a :class:`MetricStatus` value) -> (colour, words).
METRIC_STATES: dict[str, tuple[str, str]] = {
    "met": ("#1E8449", "Target met"),
    "at_risk": ("#8A5A00", "At risk"),
    "breached": ("#C0392B", "Threshold breached"),
    "no_data": ("#5F6B6D", "Not measured yet"),
    "no_target": ("#5F6B6D", "No target set"),
}

#: Status colours (Okabe–Ito, colour-blind safe); a glyph and a word always go with them.
STATUS_COLOURS: dict[MetricStatus, str] = {
    MetricStatus.MET: "#009E73",
    MetricStatus.AT_RISK: "#C47F00",
    MetricStatus.BREACHED: "#D55E00",
    MetricStatus.NO_DATA: "#8C8C8C",
    MetricStatus.NO_TARGET: "#7F8C8D",
}
STATUS_WORDS: dict[MetricStatus, str] = {
    MetricStatus.MET: "Met",
    MetricStatus.AT_RISK: "At risk",
    MetricStatus.BREACHED: "Breached",
    MetricStatus.NO_DATA: "No data",
    MetricStatus.NO_TARGET: "No target set",
}
STATUS_GLYPHS: dict[MetricStatus, str] = {
    MetricStatus.MET: "✓",
    MetricStatus.AT_RISK: "!",
    MetricStatus.BREACHED: "✗",
    MetricStatus.NO_DATA: "–",
    MetricStatus.NO_TARGET: "?",
}
