"""Letters in every spelling people use; anything else is reported, never guessed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raci_studio.io.sheets.letters import parse_letters


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("R", "R"),
        ("r", "R"),
        ("A ", "A"),
        ("A/R", "RA"),
        ("R/A", "RA"),
        ("R, A", "RA"),
        ("R & A", "RA"),
        ("R / A", "RA"),
        ("C /I", "CI"),
        ("I  / R ", "RI"),
        ("AR", "RA"),
        ("ar", "RA"),
        ("R+C", "RC"),
        ("R; I", "RI"),
        ("R and A", "RA"),
        ("Responsible", "R"),
        ("ACCOUNTABLE", "A"),
        ("Consulted", "C"),
        ("informed", "I"),
        ("Responsible / Accountable", "RA"),
        ("Verantwortlich", "R"),
        ("Rechenschaftspflichtig", "A"),
        ("Genehmigend", "A"),
        ("Konsultiert", "C"),
        ("Beratend", "C"),
        ("Informiert", "I"),
        ("R.", "R"),
    ],
)
def test_spellings_give_letters_in_scheme_order(text: str, letters: str) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.kind == "letters"
    assert parsed.letters == letters
    assert parsed.note == ""


@pytest.mark.parametrize(("text", "letters"), [("R (A)", "RA"), ("(R)", "R"), ("R (A) ", "RA")])
def test_parentheses_are_read_with_a_note(text: str, letters: str) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.letters == letters
    assert "parentheses" in parsed.note
    assert text.strip() in parsed.note


@pytest.mark.parametrize("text", ["N", "n", "-", "–", "—", "n/a", "None", " N "])
def test_none_markers_mean_no_letter(text: str) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.kind == "none"
    assert parsed.letters == ""
    assert parsed.ok


@pytest.mark.parametrize("text", [None, "", "   ", "\n"])
def test_empty_cells(text: str | None) -> None:
    assert parse_letters(text, "RACI").kind == "empty"


def test_an_unknown_letter_is_named() -> None:
    parsed = parse_letters("Q", "RACI")
    assert parsed.kind == "unknown"
    assert not parsed.ok
    assert parsed.error == '"Q" is not a RACI letter'


@pytest.mark.parametrize(
    ("text", "letters", "unknown"),
    [("R/Q", "R", "Q"), ("R;C;X", "RC", "X"), ("R, D, V", "R", "D V"), ("A/R/x", "RA", "X")],
)
def test_the_understood_letters_of_a_cell_are_kept_and_the_rest_named(
    text: str, letters: str, unknown: str
) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.kind == "letters"
    assert parsed.partial
    assert parsed.letters == letters
    assert parsed.unknown == unknown
    assert f"{letters} was read" in parsed.error
    for part in unknown.split():
        assert f'"{part}"' in parsed.error


def test_a_word_beside_letters_makes_the_cell_text() -> None:
    parsed = parse_letters("R after review", "RACI")
    assert parsed.kind == "unknown"
    assert parsed.letters == ""


@pytest.mark.parametrize("text", ["D", "V", "O", "P"])
def test_letters_of_other_schemes_are_reported_not_guessed(text: str) -> None:
    parsed = parse_letters(text, "RASCI")
    assert parsed.kind == "unknown"
    assert "another scheme" in parsed.error


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Responsable", "R"),
        ("Responsables", "R"),
        ("Responsável", "R"),
        ("Responsáveis", "R"),
        ("Responsabile", "R"),
        ("Responsabili", "R"),
        ("Verantwoordelijk", "R"),
        ("Ответственный", "R"),
        ("Ответственные", "R"),
        ("Aprobador", "A"),
        ("Approbateur", "A"),
        ("Aprovador", "A"),
        ("Eindverantwoordelijk", "A"),
        ("Утверждающий", "A"),
        ("Consulté", "C"),
        ("Consultés", "C"),
        ("Consultado", "C"),
        ("Consultati", "C"),
        ("Geraadpleegd", "C"),
        ("Консультирующий", "C"),
        ("Informé", "I"),
        ("Informados", "I"),
        ("Informati", "I"),
        ("Geïnformeerd", "I"),
        ("Информируемый", "I"),
        ("Verantwortlich (Responsible)", "R"),
        ("R und A", "RA"),
        ("R et A", "RA"),
        ("R y A", "RA"),
        ("R e A", "RA"),
        ("R en A", "RA"),
        ("R и A", "RA"),
        ("R\nA", "RA"),
    ],
)
def test_words_of_eight_languages(text: str, letters: str) -> None:
    assert parse_letters(text, "RACI").letters == letters


@pytest.mark.parametrize(
    ("text", "scheme", "letters"),
    [("Soutien", "RASCI", "S"), ("Apoyo", "RASCI", "S"), ("Unterstützend", "RASCI", "S")],
)
def test_support_words(text: str, scheme: str, letters: str) -> None:
    assert parse_letters(text, scheme).letters == letters


@pytest.mark.parametrize(
    ("text", "letters", "script"),
    [
        ("С", "C", "Cyrillic"),  # Cyrillic Es
        ("А/С", "AC", "Cyrillic"),
        ("Ι", "I", "Greek"),  # Greek Iota
        ("Α, Ι", "AI", "Greek"),
        ("Ｒ", "R", "full-width"),
        ("Ｒ／Ａ", "RA", "full-width"),
    ],
)
def test_look_alike_letters_are_read_as_latin_and_said(
    text: str, letters: str, script: str
) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.letters == letters
    assert script in parsed.note
    assert f'"{text}"' in parsed.note


@pytest.mark.parametrize("text", ["x", "X", "✓", "yes"])
def test_involvement_marks_are_not_guessed(text: str) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.kind == "unknown"
    assert "without saying which letter" in parsed.error


def test_support_needs_the_rasci_scheme() -> None:
    raci = parse_letters("S", "RACI")
    assert raci.kind == "unknown"
    assert "RASCI" in raci.error
    assert parse_letters("S", "RASCI").letters == "S"
    assert parse_letters("Support", "RASCI").letters == "S"
    assert parse_letters("R/S", "RASCI").letters == "RS"


@pytest.mark.parametrize("text", ["Review weekly", "12", "RACI matrix v2", "A1", "ok"])
def test_other_text_is_not_understood(text: str) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.kind == "unknown"
    assert "is not a RACI letter" in parsed.error or "holds" in parsed.error


def test_a_long_text_is_quoted_short() -> None:
    parsed = parse_letters("Responsible for the whole thing and more " * 5, "RACI")
    assert parsed.kind == "unknown"
    assert len(parsed.error) < 100
    assert "…" in parsed.error


@given(st.text(max_size=40))
def test_any_text_gives_a_clear_answer(text: str) -> None:
    parsed = parse_letters(text, "RACI")
    assert parsed.kind in ("letters", "none", "empty", "unknown")
    if parsed.kind == "letters":
        assert parsed.letters and set(parsed.letters) <= set("RACI")
    if parsed.kind == "unknown":
        assert parsed.error.startswith('"')
