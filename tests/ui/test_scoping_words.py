"""The Scoping tab's words for core's values read as core's English when untranslated."""

from __future__ import annotations

from raci_studio.core.palette import METRIC_STATES
from raci_studio.core.scoping import ALL_SECTION_TITLES
from raci_studio.ui.scoping.sections import completeness_titles, metric_state_words


def test_section_titles_match_core():
    assert completeness_titles() == ALL_SECTION_TITLES


def test_metric_state_words_match_core():
    assert metric_state_words() == {key: word for key, (_, word) in METRIC_STATES.items()}
