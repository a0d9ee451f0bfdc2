"""The diagram's words for gate kinds and states read as core's English when untranslated."""

from __future__ import annotations

from raci_studio.core.lifecycle import GATE_KIND_LABELS, GATE_STATE_LABELS
from raci_studio.ui.diagram.words import gate_kind_words, gate_state_words


def test_gate_kind_words_match_core():
    assert gate_kind_words() == GATE_KIND_LABELS


def test_gate_state_words_match_core():
    assert gate_state_words() == GATE_STATE_LABELS
