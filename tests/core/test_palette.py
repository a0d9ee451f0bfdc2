"""Every colour that carries text passes WCAG AA (4.5:1) in both colour schemes."""

from __future__ import annotations

import pytest

from raci_studio.core import palette

AA_TEXT = 4.5


def test_contrast_ratio_matches_the_wcag_definition() -> None:
    assert palette.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert palette.contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert palette.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("scheme", palette.SCHEMES)
def test_letters_are_readable_on_their_chips(scheme) -> None:
    for letter, (_strong, fill, ink) in palette.letter_colours(scheme).items():
        assert palette.contrast_ratio(ink, fill) >= AA_TEXT, (scheme, letter)


@pytest.mark.parametrize("scheme", palette.SCHEMES)
def test_letters_on_the_plain_background(scheme) -> None:
    """The strong colour writes the letter in legends and the presentation."""
    background = palette.BACKGROUND[scheme]
    for letter, (strong, _fill, _ink) in palette.letter_colours(scheme).items():
        assert palette.contrast_ratio(strong, background) >= 3.0, (scheme, letter)


@pytest.mark.parametrize("scheme", palette.SCHEMES)
def test_state_words_are_readable(scheme) -> None:
    background = palette.BACKGROUND[scheme]
    assert palette.contrast_ratio(palette.TEXT[scheme], background) >= 7
    for key, light in palette.SEVERITY_COLOURS.items():
        colour = palette.text_colour(light, key, scheme)
        assert palette.contrast_ratio(colour, background) >= AA_TEXT, (scheme, key)
    for key in palette.DARK_TEXT:
        colour = palette.text_colour("#000000", key, scheme)
        assert palette.contrast_ratio(colour, background) >= AA_TEXT, (scheme, key)


def test_rag_fills_carry_readable_words() -> None:
    for key, (fill, ink) in palette.RAG_FILLS.items():
        assert palette.contrast_ratio(ink, fill) >= AA_TEXT, key


def test_unknown_letters_get_a_neutral_chip() -> None:
    assert palette.fill("X") == "#EEEEEE"
    assert palette.ink("X", "dark") == "#EEEEEE"


@pytest.mark.parametrize("scheme", palette.SCHEMES)
def test_gate_verdicts_and_metric_states_are_readable_words(scheme) -> None:
    background = palette.BACKGROUND[scheme]
    states = {**{k.value: v for k, v in palette.VERDICT_STYLE.items()}, **palette.METRIC_STATES}
    for key, (light, words) in states.items():
        assert words
        colour = palette.text_colour(light, key, scheme)
        assert palette.contrast_ratio(colour, background) >= AA_TEXT, (scheme, key)


def test_risk_heat_and_chart_marks() -> None:
    for level, (fill, ink) in palette.HEAT_COLOURS.items():
        assert palette.contrast_ratio(ink, fill) >= AA_TEXT, level
    for status, colour in palette.STATUS_COLOURS.items():  # marks, with a glyph and a word
        assert palette.contrast_ratio(colour, palette.BACKGROUND["light"]) >= 3.0, status
        assert palette.STATUS_WORDS[status] and palette.STATUS_GLYPHS[status]
