"""Read the letters of a RACI cell in every spelling people use.

"R", "r", "A/R", "R, A", "R & A", "R (A)", "AR", "C /I", "Responsible", "Verantwortlich",
"Ответственный", look-alike Greek or Cyrillic letters … give letters; "N", "-", "–" and empty
cells mean "no letter"; anything else (an "x" that marks involvement without saying which
letter, a "Q", a sentence) is *not understood* and reported, never guessed. A cell read in part
("R;C;X") keeps the letters that were understood and names the rest.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from raci_studio.core.scheme import scheme_for
from raci_studio.io.sheets.words import JOINING_WORDS, full_width, latin_lookalikes, word_letter

Kind = Literal["letters", "none", "empty", "unknown"]

#: Cells that say "this role has no letter here".
NONE_MARKERS = frozenset(
    {"n", "-", "–", "—", "--", "n/a", "na", "n.a.", "none", "nil", "keine", "nein", "/", ".", "0"}
)
#: Marks of involvement that do not say which letter.
INVOLVEMENT_MARKS = frozenset({"x", "✓", "✔", "✗", "✘", "•", "*", "+", "y", "yes", "ja"})
#: Letters of other schemes (DACI, RAPID, PACSI, RACI-VS …), reported with a hint, never mapped.
OTHER_SCHEME_LETTERS = frozenset("DVOP")

_SEPARATORS = re.compile(r"[/,;&+|\\\s]+")
_PARENS = re.compile(r"[()\[\]]")
_MAX_QUOTE = 40
#: A token not understood that is longer than this is a word: the cell is text, not letters.
_SHORT_TOKEN = 3


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
        Why (part of) the text was not understood, e.g. ``"Q" is not a RACI letter``. A cell
        of kind ``letters`` with an error was read in part: "R;C;X" gives RC and names X.
    note
        A remark about a reading that is not plain, e.g. parentheses or look-alike letters.
    unknown
        The parts not understood, joined by spaces ("X", "D V"); empty when all was read.
    """

    kind: Kind
    letters: str = ""
    error: str = ""
    note: str = ""
    unknown: str = ""

    @property
    def ok(self) -> bool:
        """Return True unless the cell was not understood at all."""
        return self.kind != "unknown"

    @property
    def partial(self) -> bool:
        """Return True when some letters were read and some parts were not."""
        return self.kind == "letters" and bool(self.error)


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


@lru_cache(maxsize=8192)
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
    if len(tokens) > 1:
        tokens = [t for t in tokens if t.casefold() not in JOINING_WORDS] or tokens
    found: set[str] = set()
    unknown: list[str] = []
    scripts: set[str] = set()
    for token in tokens:
        letters, script = _token_letters(token.rstrip(".:").strip("'\""))
        if letters is None:
            if len(token) > _SHORT_TOKEN or not token.isalpha():
                return _unknown(cleaned, token, scheme.name)  # a word or a code: not letters
            unknown.append(token)
            continue
        scripts.update(filter(None, [script]))
        for ch in letters:
            (found.add if ch in scheme.codes else unknown.append)(ch)
    unknown = list(dict.fromkeys(unknown))
    if not found:
        return _unknown(cleaned, " ".join(unknown) or cleaned, scheme.name)
    letters = scheme.normalise("".join(found))
    note = _note(text, cleaned, letters, has_parens, scripts)
    if not unknown:
        return ParsedLetters("letters", letters=letters, note=note)
    error = _unknown(cleaned, " ".join(unknown), scheme.name).error + f"; {letters} was read"
    return ParsedLetters("letters", letters, error, note, " ".join(unknown))


def _note(text: str, cleaned: str, letters: str, parens: bool, scripts: set[str]) -> str:
    """Return why the reading of a cell deserves a look, or ""."""
    why = []
    if parens:
        why.append("parentheses ignored")
    if scripts:
        why.append(f"{' and '.join(sorted(scripts))} look-alike letters read as Latin")
    if full_width(text):
        why.append("full-width letters read as Latin")
    shown = _quote(text.strip() if scripts or full_width(text) else cleaned)
    return f"{shown} read as {letters} ({'; '.join(why)})" if why else ""


def _token_letters(token: str) -> tuple[str | None, str]:
    """Return the letters one token stands for (None: not a letter token) and any script."""
    if not token:
        return "", ""
    word = word_letter(token)
    if word:
        return word, ""
    latin, script = latin_lookalikes(token)
    upper = latin.upper()
    # "AR", "RA", "r", "D": runs of distinct letters, at most five; a joined run with a letter
    # no scheme holds ("DS", "PM") is a name, not letters
    runs = (
        len(upper) <= 5
        and upper.isascii()
        and upper.isalpha()
        and len(set(upper)) == len(upper)
        and (set(upper) <= set("RASCI") or len(upper) == 1)
    )
    if runs and (len(upper) <= 2 or latin.isupper()):
        return upper, script
    return None, ""


def _unknown(cleaned: str, token: str, scheme: str) -> ParsedLetters:
    parts = token.upper().split()
    if scheme == "RACI" and "S" in parts:
        hint = " (that letter needs the RASCI scheme)"
    elif parts and all(p in OTHER_SCHEME_LETTERS for p in parts):
        hint = " (a letter of another scheme; RACI Studio does not guess what it means)"
    else:
        hint = ""
    quoted = ", ".join(f'"{p}"' for p in token.split()) if len(token.split()) > 1 else ""
    if token.casefold() == cleaned.casefold():
        error = f"{_quote(cleaned)} is not a {scheme} letter{hint}"
    elif quoted:
        error = f"{_quote(cleaned)} holds {quoted}, which are not {scheme} letters{hint}"
    else:
        error = f"{_quote(cleaned)} holds {_quote(token)}, which is not a {scheme} letter{hint}"
    return ParsedLetters("unknown", error=error, unknown=token)
