"""Letter schemes: RACI by default, RASCI as a variant; a project setting, not a fork."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = re.compile(r"[\s/,&+;|()]+")
_NONE_MARKERS = {"-", "N", "NONE", "N/A", "NA", "\u2013", "\u2014"}


@dataclass(frozen=True)
class Letter:
    code: str
    name: str
    meaning: str


@dataclass(frozen=True)
class Scheme:
    """The letters a project may use, in their canonical order."""

    name: str
    letters: tuple[Letter, ...]

    @property
    def codes(self) -> str:
        return "".join(letter.code for letter in self.letters)

    def letter(self, code: str) -> Letter | None:
        return next((x for x in self.letters if x.code == code), None)

    def normalise(self, letters: str) -> str:
        """Return ``letters`` de-duplicated, in scheme order (e.g. "AR" -> "RA").

        Raises ``ValueError`` naming the letters the scheme does not have.
        """
        unknown = sorted({c for c in letters if c not in self.codes})
        if unknown:
            quoted = ", ".join(f'"{c}"' for c in unknown)
            what = (
                f"is not a {self.name} letter"
                if len(unknown) == 1
                else (f"are not {self.name} letters")
            )
            allowed = ", ".join(self.codes[:-1]) + f" or {self.codes[-1]}"
            raise ValueError(f"{quoted} {what} (use {allowed})")
        return "".join(c for c in self.codes if c in letters)

    def parse(self, text: str) -> str:
        """Read a cell as people type it ("A/R", "r, a", "Responsible", "-") into letters.

        Returns "" for an empty cell or a none-marker; raises ``ValueError`` naming what is
        not a letter of this scheme.
        """
        words = _WORDS.split(text.strip())
        letters = ""
        for word in filter(None, words):
            upper = word.upper()
            if upper in _NONE_MARKERS:
                continue
            named = next((x.code for x in self.letters if x.name.upper() == upper), None)
            if named:
                letters += named
            elif upper.isalpha() and len(upper) <= len(self.letters):
                letters += upper
            else:
                raise ValueError(f'"{word}" is not a {self.name} letter')
        return self.normalise(letters)

    def common_combinations(self) -> tuple[str, ...]:
        """Return the values people usually pick: each letter and the A/R pair."""
        return (*self.codes, "RA")


RESPONSIBLE = Letter("R", "Responsible", "Does the work. At least one per activity.")
ACCOUNTABLE = Letter(
    "A", "Accountable", "Owns the outcome and signs it off. Exactly one per activity."
)
CONSULTED = Letter("C", "Consulted", "Gives input before the work is done; two-way.")
INFORMED = Letter("I", "Informed", "Kept up to date on progress or results; one-way.")
SUPPORT = Letter("S", "Support", "Helps the Responsible role do the work.")

SCHEMES: dict[str, Scheme] = {
    "RACI": Scheme("RACI", (RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED)),
    "RASCI": Scheme("RASCI", (RESPONSIBLE, ACCOUNTABLE, SUPPORT, CONSULTED, INFORMED)),
}


def scheme_for(name: str) -> Scheme:
    return SCHEMES[name]


def display_letters(letters: str) -> str:
    """Return letters as people write them in a sheet: "RA" -> "A/R"."""
    if len(letters) < 2:
        return letters
    ordered = sorted(letters, key=lambda c: "ARSCI".find(c) if c in "ARSCI" else 99)
    return "/".join(ordered)
