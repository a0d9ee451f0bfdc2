"""The charts drawn in the window speak the user's language; the exports keep English."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import QCoreApplication

from raci_studio.io.charts.words import ENGLISH
from raci_studio.ui.chart_words import chart_words
from raci_studio.ui.i18n import PseudoTranslator

_LETTERS = re.compile(r"[A-Za-z]{2,}")


def test_the_translated_words_read_as_the_english_defaults_without_a_catalogue():
    words = chart_words()
    for field in dataclasses.fields(ENGLISH):
        english, shown = getattr(ENGLISH, field.name), getattr(words, field.name)
        if callable(english):
            for count in (0, 1, 2, 17):
                assert shown(count) == english(count), (field.name, count)
        else:
            assert shown == english, field.name


@pytest.fixture
def pseudo(qapp):
    """Every translate call answers in the pseudo language while the test runs."""
    translator = PseudoTranslator(qapp)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _drawn_words(figure) -> list[str]:
    """Every text drawn on ``figure`` except tick labels (numbers and dates)."""
    texts = [t.get_text() for t in figure.texts]
    for legend in figure.legends:
        texts += [t.get_text() for t in legend.get_texts()]
    for ax in figure.axes:
        texts += [t.get_text() for t in ax.texts]
        texts += [ax.get_title(loc) for loc in ("left", "center", "right")]
        texts += [ax.get_xlabel(), ax.get_ylabel()]
        if ax.get_legend() is not None:
            texts += [t.get_text() for t in ax.get_legend().get_texts()]
        labels = [t.get_text() for t in ax.get_yticklabels()]
        texts += [t for t in labels if _LETTERS.search(t)]  # lanes are named, values are not
    return [t for t in texts if t.strip()]


def _plain(texts: list[str], data: set[str]) -> list[str]:
    """The texts neither pseudo-translated nor the project's own words, numbers and dates."""
    ordered = sorted(data, key=len, reverse=True)
    left = []
    for text in texts:
        if "[~" in text:
            continue
        rest = text
        for word in ordered:
            rest = rest.replace(word, "")
        if _LETTERS.search(rest):
            left.append(text)
    return left


def _project_data(project) -> set[str]:
    words = {project.name}
    for metric in project.metrics:
        words |= {metric.name, metric.unit}
    for phase in project.phases:
        words.add(phase.name)
    return {w for w in words if w}


def test_every_chart_of_the_metrics_tab_is_drawn_in_the_users_language(pseudo, main_window, qtbot):
    panel = next(w for title, w in main_window.views() if title == "Metrics")
    main_window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.chart.loaded, timeout=20_000)
    chart = panel.chart
    panel.select_metric("tier1-tickets")
    data = _project_data(main_window.adapter.project)
    for kind in ("metric", "kpi", "scorecard", "drift"):
        chart.set_kind(kind)
        chart._rebuild()
        texts = _drawn_words(chart.figure)
        assert len(texts) >= 3, kind
        assert _plain(texts, data) == [], kind


def test_the_retrospective_timeline_is_drawn_in_the_users_language(pseudo, main_window, qtbot):
    panel = next(w for title, w in main_window.views() if title == "Retrospective")
    main_window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.canvas is not None, timeout=20_000)
    panel._draw()
    texts = _drawn_words(panel.figure)
    assert len(texts) >= 5
    assert _plain(texts, _project_data(main_window.adapter.project)) == []
