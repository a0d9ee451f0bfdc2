"""Letter schemes: RACI by default, RASCI as a variant; a project setting, not a fork."""

from __future__ import annotations

from dataclasses import dataclass


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
            raise ValueError(
                f"{', '.join(unknown)} {'is' if len(unknown) == 1 else 'are'} not "
                f"{self.name} letter{'s' if len(unknown) > 1 else ''} "
                f"(use {', '.join(self.codes)})"
            )
        return "".join(c for c in self.codes if c in letters)

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
