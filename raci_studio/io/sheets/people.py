"""Role names against the other sheets of a workbook: a people list may spell them otherwise.

Reported, never guessed: "Jon Smith" on the grid and "John Smith" on the people sheet may be
one person or two, and only the person importing knows.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping, Sequence

from raci_studio.io.sheets.cells import Value, clean_name

#: How many names of the other sheets are compared (a people list, not a data dump).
MAX_NAMES = 2000
#: How many roles are looked up.
MAX_ROLES = 200
#: How alike two spellings must be to be mentioned.
CUTOFF = 0.8


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def _names(sheets: Mapping[str, Sequence[Sequence[Value]]]) -> dict[str, tuple[str, str]]:
    """Return key -> (text, sheet) for the short texts of ``sheets`` that could be names."""
    found: dict[str, tuple[str, str]] = {}
    for sheet, rows in sheets.items():
        for row in rows:
            for value in row:
                text = clean_name(value)
                if 2 < len(text) <= 60 and any(ch.isalpha() for ch in text):
                    found.setdefault(_key(text), (text, sheet))
                    if len(found) >= MAX_NAMES:
                        return found
    return found


def spelled_elsewhere(
    roles: Sequence[str], sheets: Mapping[str, Sequence[Sequence[Value]]]
) -> list[str]:
    """Return a warning for each role that another sheet spells a little differently."""
    if not sheets or not roles:
        return []
    names = _names(sheets)
    if not names:
        return []
    keys = list(names)
    warnings = []
    for role in roles[:MAX_ROLES]:
        key = _key(role)
        if key in names:
            continue
        close = difflib.get_close_matches(key, keys, n=1, cutoff=CUTOFF)
        if close:
            text, sheet = names[close[0]]
            warnings.append(
                f'role "{role}" is spelled "{text}" on sheet {sheet}; kept as the grid writes '
                "it (rename it if they are the same)"
            )
    return warnings
