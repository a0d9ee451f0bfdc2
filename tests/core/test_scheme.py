"""Letter schemes: normalising and reading cells as people type them."""

from __future__ import annotations

import pytest

from raci_studio.core.scheme import SCHEMES, display_letters

RACI = SCHEMES["RACI"]
RASCI = SCHEMES["RASCI"]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("R", "R"),
        ("r", "R"),
        ("A/R", "RA"),
        ("R / A", "RA"),
        ("r, a", "RA"),
        ("R & A", "RA"),
        ("R (A)", "RA"),
        ("(R)", "R"),
        ("AR", "RA"),
        ("I  / R ", "RI"),
        ("Responsible", "R"),
        ("accountable", "A"),
        ("-", ""),
        ("N", ""),
        ("", ""),
    ],
)
def test_parse_reads_common_spellings(text, letters):
    assert RACI.parse(text) == letters


def test_parse_refuses_what_it_does_not_understand():
    with pytest.raises(ValueError, match='"Q" is not a RACI letter'):
        RACI.parse("Q")
    with pytest.raises(ValueError, match='"S" is not a RACI letter'):
        RACI.parse("S")
    with pytest.raises(ValueError, match="not a RACI letter"):
        RACI.parse("maybe later")
    assert RASCI.parse("S/R") == "RS"


def test_normalise_orders_by_scheme_and_names_every_unknown_letter():
    assert RACI.normalise("IRCAR") == "RACI"
    with pytest.raises(ValueError, match='"Q", "X" are not RACI letters'):
        RACI.normalise("QX")


def test_display_letters_writes_a_before_r():
    assert display_letters("RA") == "A/R"
    assert display_letters("C") == "C"
