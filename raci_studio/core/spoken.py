"""The grid read aloud: each cell, header and workload count as a sentence for screen readers.

Colour is never the only cue on screen; for a person who does not see the screen the letters
become words ("Responsible and Accountable") and the rules a cell breaks are said after them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from raci_studio.core.findings import Finding
from raci_studio.core.scheme import Scheme

#: What each rule's finding says in a few words, after "breaks:".
SHORT_WORDS: dict[str, str] = {
    "missing-accountable": "no Accountable",
    "multiple-accountable": "more than one Accountable",
    "missing-responsible": "no Responsible",
    "too-many-consulted": "too many Consulted",
    "letter-not-in-scheme": "a letter the scheme does not have",
    "unknown-role": "a role that does not exist",
    "unknown-phase": "a phase that does not exist",
}


def letter_words(letters: str, scheme: Scheme) -> str:
    """Return "Responsible and Accountable" for "RA"; "no letter" for ""."""
    names = {letter.code: letter.name for letter in scheme.letters}
    words = [names.get(code, code) for code in letters]
    if not words:
        return "no letter"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def problem_words(findings: Iterable[Finding]) -> str:
    """Return what the findings break, in a few words each, without repeats."""
    seen: list[str] = []
    for finding in findings:
        words = SHORT_WORDS.get(finding.code, finding.code.replace("-", " "))
        if words not in seen:
            seen.append(words)
    return "; ".join(seen)


def cell_sentence(
    activity: str, role: str, letters: str, scheme: Scheme, problems: str = ""
) -> str:
    """Return "Train model, Data Scientist: Responsible and Accountable; breaks: …"."""
    text = f"{activity}, {role}: {letter_words(letters, scheme)}"
    return f"{text}; breaks: {problems}" if problems else text


def workload_sentence(role: str, counts: Mapping[str, int], scheme: Scheme) -> str:
    """Return "Data Scientist holds 4 Responsible, 3 Accountable, no Consulted, 1 Informed"."""
    names = {letter.code: letter.name for letter in scheme.letters}
    parts = [
        f"{n if n else 'no'} {names.get(code, code)}" for code, n in counts.items() if code in names
    ]
    return f"{role} holds {', '.join(parts)}"
