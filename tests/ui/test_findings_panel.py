"""The findings panel speaks the user's language: catalogued sentences, its own words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator

from raci_studio.core.findings import Finding, Severity, finding
from raci_studio.core.messages import MESSAGES
from raci_studio.core.model import Project
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import (
    FindingsDock,
    FindingsModel,
    severity_word,
    shown_message,
    subject_word,
)
from raci_studio.ui.i18n import PseudoTranslator
from tests.core.broken_projects import broken_projects

GERMAN = {
    ("Findings", MESSAGES["missing-accountable"], "missing-accountable"): (
        "„{activity}“ hat keine verantwortliche Rolle (A); es muss genau eine geben."
    ),
    ("Findings", MESSAGES["idle-role"], "idle-role"): "„{rolle}“ ist kaputt übersetzt.",
    ("Findings", "Finding", ""): "Befund",
    ("Findings", "Error", ""): "Fehler",
    ("Findings", "Activity", ""): "Aktivität",
    ("Findings", "{subject}: {name}", ""): "{subject} „{name}“",
}


class Catalogue(QTranslator):
    """A translation held in a dict, as a compiled catalogue would answer."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return GERMAN.get((context, source, disambiguation or ""))  # None: not translated

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def install(qapp):
    """Install a translator for one test, and remove it after."""
    installed: list[QTranslator] = []

    def add(translator: QTranslator) -> None:
        qapp.installTranslator(translator)
        installed.append(translator)

    yield add
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def project() -> Project:
    """A project with an activity missing its Accountable and an idle role, among others."""
    return broken_projects()["letters"]


@pytest.fixture
def model(qtbot, project) -> FindingsModel:
    return FindingsModel(DocumentAdapter(project))


def _row(model: FindingsModel, code: str) -> int:
    return next(i for i, f in enumerate(model.findings) if f.code == code)


def _text(model: FindingsModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_without_a_catalogue_the_english_sentence_is_shown(model) -> None:
    for row, f in enumerate(model.findings):
        assert _text(model, row, 1) == f.message
    row = _row(model, "missing-accountable")
    assert _text(model, row, 2) == "Activity: Train model"
    assert _text(model, row, 0, Qt.ItemDataRole.ToolTipRole) == "Error (missing-accountable)"
    assert _text(model, row, 1, Qt.ItemDataRole.ToolTipRole) == (
        f"{model.findings[row].message}\n\nRule: missing-accountable"
    )


def test_a_catalogued_sentence_is_shown_translated_with_its_values(model, install) -> None:
    install(Catalogue())
    row = _row(model, "missing-accountable")
    assert _text(model, row, 1) == (
        "„Train model“ hat keine verantwortliche Rolle (A); es muss genau eine geben."
    )
    assert _text(model, row, 2) == "Aktivität „Train model“"
    assert _text(model, row, 0, Qt.ItemDataRole.ToolTipRole) == "Fehler (missing-accountable)"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Befund"
    untranslated = _row(model, "missing-responsible")
    assert _text(model, untranslated, 1) == model.findings[untranslated].message


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english(install) -> None:
    install(Catalogue())
    idle = finding("idle-role", Severity.WARNING, "role", ("pm",), role="Product Manager")
    assert shown_message(idle) == idle.message


def test_a_finding_written_without_the_catalogue_is_shown_as_written(install) -> None:
    install(Catalogue())
    own = Finding("house-rule", Severity.INFO, "Every activity needs a budget line.")
    assert shown_message(own) == "Every activity needs a budget line."


def test_every_word_of_the_panel_goes_through_the_catalogue(qtbot, model, install) -> None:
    install(PseudoTranslator())
    dock = FindingsDock(model)
    qtbot.addWidget(dock)
    assert dock.windowTitle().startswith("[~")
    assert model.headerData(2, Qt.Orientation.Horizontal).startswith("[~")
    for row in range(model.rowCount()):
        for column in (1, 2):
            assert _text(model, row, column).startswith("[~"), (row, column)
    assert severity_word("info").startswith("[~") and subject_word("gate").startswith("[~")
    # The values stay the user's own words, inside the translated sentence.
    row = _row(model, "multiple-accountable")
    assert "Audit data sources" in _text(model, row, 1)
    assert "three" in _text(model, row, 1)  # {count:w} kept its meaning


def test_the_summary_counts_each_severity(qtbot, model) -> None:
    dock = FindingsDock(model)
    qtbot.addWidget(dock)
    counts = model.counts()
    assert dock._summary.text() == (
        f"Errors: {counts['error']} · Warnings: {counts['warning']} · Notes: {counts['info']}"
    )


def test_a_clean_project_says_every_rule_passes(qtbot) -> None:
    project = broken_projects()["letters"]
    project.activities.clear()
    project.phases.clear()
    model = FindingsModel(DocumentAdapter(project))
    dock = FindingsDock(model)
    qtbot.addWidget(dock)
    assert model.rowCount(QModelIndex()) == 0
    assert dock._summary.text() == "No findings: every rule passes."


def test_screen_readers_hear_the_severity_and_the_sentence(model) -> None:
    row = _row(model, "missing-accountable")
    assert _text(model, row, 0, Qt.ItemDataRole.AccessibleTextRole) == "Error"
    assert _text(model, row, 1, Qt.ItemDataRole.AccessibleTextRole) == (model.findings[row].message)
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == (
        "Severity"
    )
