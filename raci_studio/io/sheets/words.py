"""The words real sheets use for RACI letters, in the languages people share sheets in.

English, German, French, Spanish, Portuguese, Italian, Dutch and Russian, singular and plural;
and the characters of other scripts that look exactly like a Latin letter. Lookups go through
:func:`word_letter` and :func:`latin_lookalikes`, so callers never see the tables' spelling rules.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Letter -> the words that stand for it (lower-case, with accents; plurals are derived).
_WORDS_BY_LETTER: dict[str, tuple[str, ...]] = {
    "R": (
        "responsible",
        "verantwortlich",
        "durchführend",
        "durchführung",
        "ausführend",
        "responsable",
        "réalisateur",
        "responsável",
        "responsáveis",
        "responsabile",
        "esecutore",
        "ejecutor",
        "executor",
        "verantwoordelijk",
        "uitvoerend",
        "ответственный",
        "исполнитель",
    ),
    "A": (
        "accountable",
        "approver",
        "rechenschaftspflichtig",
        "genehmigend",
        "genehmiger",
        "approbateur",
        "aprobador",
        "autoridad",
        "aprovador",
        "autoridade",
        "approvatore",
        "aansprakelijk",
        "eindverantwoordelijk",
        "goedkeurder",
        "утверждающий",
        "подотчётный",
        "подотчетный",
    ),
    "S": (
        "support",
        "supportive",
        "supporting",
        "unterstützend",
        "unterstützer",
        "soutien",
        "apoyo",
        "apoio",
        "suporte",
        "supporto",
        "ondersteunend",
        "ondersteuner",
        "поддержка",
        "поддерживающий",
    ),
    "C": (
        "consulted",
        "consult",
        "konsultiert",
        "beratend",
        "befragt",
        "consulté",
        "consultado",
        "consultato",
        "geconsulteerd",
        "geraadpleegd",
        "консультирующий",
        "консультант",
        "консультируемый",
    ),
    "I": (
        "informed",
        "inform",
        "informiert",
        "informé",
        "informado",
        "informato",
        "geïnformeerd",
        "geinformeerd",
        "информируемый",
        "информированный",
    ),
}

#: Words that join letters in a cell ("R and A", "R und A", "R et A", "R y A", "R и A").
JOINING_WORDS = frozenset({"and", "und", "et", "y", "e", "en", "ed", "и", "plus"})

#: Characters of other scripts that look exactly like a Latin letter.
_LOOKALIKES = {
    # Cyrillic
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ӏ": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y",
    "а": "a", "с": "c", "е": "e", "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s", "х": "x",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ζ": "Z", "Ϲ": "C", "ϲ": "c", "ο": "o", "ι": "i",
}  # fmt: skip
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)


def _plurals(word: str) -> set[str]:
    """Return ``word`` with the plural and adjective endings of the eight languages."""
    forms = {word, word + "s", word + "e", word + "en", word + "es", word + "er"}
    if word.endswith("e"):
        forms.add(word[:-1] + "i")  # responsabile -> responsabili
        forms.add(word + "n")
    if word.endswith("o"):
        forms.add(word[:-1] + "i")  # consultato -> consultati
        forms.add(word[:-1] + "a")  # consultado -> consultada
        forms.add(word[:-1] + "as")
    if word.endswith("l"):
        forms.add(word[:-1] + "is")  # responsável -> responsáveis
    if word.endswith("é"):
        forms.add(word + "e")  # consulté -> consultée
        forms.add(word + "es")
    if word.endswith(("ый", "ий")):
        forms.add(word[:-2] + "ые")  # ответственный -> ответственные
        forms.add(word[:-2] + "ие")
        forms.add(word[:-2] + "ая")
    if word.endswith(("ль", "нт")):
        forms.add(word[:-1] + "и" if word.endswith("ь") else word + "ы")
    return forms


def _fold(word: str) -> str:
    """Return ``word`` lower-cased with its accents removed (Cyrillic й and ё kept apart)."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for letter, words in _WORDS_BY_LETTER.items():
        for word in words:
            for form in _plurals(word):
                table.setdefault(form, letter)
                table.setdefault(_fold(form), letter)
    return table


_TABLE = _table()


@lru_cache(maxsize=4096)
def word_letter(word: str) -> str | None:
    """Return the letter a word stands for ("Verantwortlich" -> "R"), or None."""
    folded = word.casefold()
    return _TABLE.get(folded) or _TABLE.get(_fold(folded))


def latin_lookalikes(text: str) -> tuple[str, str]:
    """Return ``text`` with look-alike letters made Latin, and the scripts they came from."""
    mapped = text.translate(_LOOKALIKE_TABLE)
    if mapped == text:
        return text, ""
    scripts = sorted(
        {
            unicodedata.name(ch, "").split()[0].capitalize()
            for ch, new in zip(text, mapped, strict=True)
            if ch != new
        }
    )
    return mapped, " and ".join(scripts)


def full_width(text: str) -> bool:
    """Return True when ``text`` holds full-width letters (Ｒ, Ａ) as some keyboards type them."""
    return any("\uff01" <= ch <= "\uff5e" for ch in text)
