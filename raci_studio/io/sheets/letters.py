"""Read the letters of a RACI cell in every spelling people use.

"R", "r", "A/R", "R, A", "R & A", "R (A)", "AR", "C /I", "Responsible", "Verantwortlich", …
give letters; "N", "-", "–" and empty cells mean "no letter"; anything else (an "x" that marks
involvement without saying which letter, a "Q", a sentence) is *not understood* and reported,
never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from raci_studio.core.scheme import scheme_for

Kind = Literal["letters", "none", "empty", "unknown"]

#: Whole words people write instead of letters (English and German), lower-case.
WORDS: dict[str, str] = {
    "responsible": "R",
    "accountable": "A",
    "consulted": "C",
    "consult": "C",
    "informed": "I",
    "inform": "I",
    "support": "S",
    "supports": "S",
    "supportive": "S",
    "verantwortlich": "R",
    "durchführend": "R",
    "rechenschaftspflichtig": "A",
    "genehmigend": "A",
    "konsultiert": "C",
    "beratend": "C",
    "informiert": "I",
    "unterstützend": "S",
}
#: Cells that say "this role has no letter here".
NONE_MARKERS = frozenset(
    {"n", "-", "–", "—", "--", "n/a", "na", "none", "nil", "keine", "nein", "/", ".", "0"}
)
#: Marks of involvement that do not say which letter.
INVOLVEMENT_MARKS = frozenset({"x", "✓", "✔", "✗", "✘", "•", "*", "+", "y", "yes", "ja"})

_SEPARATORS = re.compile(r"[/,;&+|\\\s]+|\band\b|\bund\b")
_PARENS = re.compile(r"[()\[\]]")
_MAX_QUOTE = 40


@dataclass(frozen=True)
class ParsedLetters:
    """What one cell says.

    Attributes
    ----------
    kind
        ``letters`` (``letters`` holds them), ``none`` (an explicit "no letter" such as "N"),
        ``empty`` (nothing in the cell) or ``unknown`` (not understood: see ``error``).
    letters
        The letters in scheme order, e.g. "RA"; empty unless ``kind`` is ``letters``.
    error
        Why the text was not understood, e.g. ``"Q" is not a RACI letter``.
    note
        A remark about a reading that is not plain, e.g. parentheses read as letters.
    """

    kind: Kind
    letters: str = ""
    error: str = ""
    note: str = ""

    @property
    def ok(self) -> bool:
        """Return True unless the cell was not understood."""
        return self.kind != "unknown"


EMPTY = ParsedLetters("empty")
NONE = ParsedLetters("none")


def _quote(text: str) -> str:
    shown = " ".join(text.split())
    if len(shown) > _MAX_QUOTE:
        shown = shown[: _MAX_QUOTE - 1] + "…"
    return f'"{shown}"'


def parse_letters(text: str | None, scheme: str = "RACI") -> ParsedLetters:
    """Read the letters of one cell for ``scheme`` ("RACI" or "RASCI")."""
    if text is None:
        return EMPTY
    return _parse(str(text), scheme)


@lru_cache(maxsize=4096)
def _parse(text: str, scheme_name: str) -> ParsedLetters:
    scheme = scheme_for(scheme_name)
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return EMPTY
    folded = cleaned.casefold()
    if folded in NONE_MARKERS:
        return NONE
    if folded in INVOLVEMENT_MARKS:
        return ParsedLetters(
            "unknown",
            error=f"{_quote(cleaned)} marks involvement without saying which letter "
            f"({', '.join(scheme.codes)})",
        )
    if len(cleaned) > 60:
        return ParsedLetters("unknown", error=f"{_quote(cleaned)} is not a {scheme.name} letter")
    has_parens = bool(_PARENS.search(cleaned))
    tokens = [t for t in _SEPARATORS.split(_PARENS.sub(" ", cleaned)) if t]
    found: set[str] = set()
    for token in tokens:
        letters = _token_letters(token.rstrip(".:").strip("'\""))
        if letters is None:
            return _unknown(cleaned, token, scheme.name, scheme.codes)
        found.update(letters)
    if not found:
        return ParsedLetters("unknown", error=f"{_quote(cleaned)} is not a {scheme.name} letter")
    outside = sorted(c for c in found if c not in scheme.codes)
    if outside:
        return _unknown(cleaned, "".join(outside), scheme.name, scheme.codes)
    letters = scheme.normalise("".join(found))
    note = f"{_quote(cleaned)} read as {letters} (parentheses ignored)" if has_parens else ""
    return ParsedLetters("letters", letters=letters, note=note)


def _token_letters(token: str) -> str | None:
    """Return the letters one token stands for, or None when it is not a letter token."""
    if not token:
        return ""
    word = WORDS.get(token.casefold())
    if word:
        return word
    upper = token.upper()
    # "AR", "RA", "r": runs of distinct letters, at most five (R, A, S, C, I)
    runs = len(upper) <= 5 and upper.isascii() and upper.isalpha() and set(upper) <= set("RASCI")
    if runs and (len(upper) <= 2 or token.isupper()):
        return upper
    return None


def _unknown(cleaned: str, token: str, scheme: str, codes: str) -> ParsedLetters:
    hint = " (that letter needs the RASCI scheme)" if token.upper() == "S" else ""
    if token.casefold() == cleaned.casefold():
        error = f"{_quote(cleaned)} is not a {scheme} letter{hint}"
    else:
        error = f"{_quote(cleaned)} holds {_quote(token)}, which is not a {scheme} letter{hint}"
    return ParsedLetters("unknown", error=error)
