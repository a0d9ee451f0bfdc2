"""The letter palette, shared by the grid, the diagram and the Excel export.

Colours follow the Okabe–Ito colour-blind-safe set; each letter has a strong colour (chip
border, text) and a light fill, and the letter is always written so colour is never the only cue.
"""

from __future__ import annotations

#: letter -> (strong colour, light fill, text colour on the fill)
LETTER_COLOURS: dict[str, tuple[str, str, str]] = {
    "R": ("#0072B2", "#D6EAF8", "#003F63"),
    "A": ("#D55E00", "#FBE0CC", "#7A3600"),
    "C": ("#009E73", "#CFF0E5", "#005940"),
    "I": ("#CC79A7", "#F5E1EC", "#7A3A5E"),
    "S": ("#E69F00", "#FCEBC7", "#7A5400"),
}

SEVERITY_COLOURS: dict[str, str] = {
    "error": "#C0392B",
    "warning": "#D68910",
    "info": "#2E86C1",
}

PHASE_STATUS_COLOURS: dict[str, str] = {
    "not_started": "#95A5A6",
    "in_progress": "#2E86C1",
    "done": "#27AE60",
    "blocked": "#C0392B",
}


def strong(letter: str) -> str:
    return LETTER_COLOURS.get(letter, ("#555555", "#EEEEEE", "#222222"))[0]


def fill(letter: str) -> str:
    return LETTER_COLOURS.get(letter, ("#555555", "#EEEEEE", "#222222"))[1]


def ink(letter: str) -> str:
    return LETTER_COLOURS.get(letter, ("#555555", "#EEEEEE", "#222222"))[2]


#: Red / amber / green (and grey for "nothing to say yet") as (light fill, text colour): the
#: fills of status cells in tables, light enough for dark text; the word always goes with them.
RAG_FILLS: dict[str, tuple[str, str]] = {
    "green": ("#D5F0DD", "#1E5631"),
    "amber": ("#FCEBC7", "#7A5400"),
    "red": ("#F6CFCB", "#7B1E14"),
    "grey": ("#E5E8EB", "#3E4C59"),
}
