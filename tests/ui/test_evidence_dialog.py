"""Import Model Card… and Import DVC Lineage…: preview, one undo step, refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from raci_studio.ui import evidence_dialog
from raci_studio.ui.evidence_dialog import EvidencePreview

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _answer(monkeypatch, seen: list[EvidencePreview], accept: bool = True, date=None) -> None:
    def exec_(dialog):
        seen.append(dialog)
        if date is not None:
            dialog.date_edit.setDate(QDate(date.year, date.month, date.day))
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(EvidencePreview, "exec", exec_)


def test_model_card_preview_then_one_undo_step(main_window, monkeypatch) -> None:
    seen: list[EvidencePreview] = []
    _answer(monkeypatch, seen, date=dt.date(2026, 4, 30))
    adapter = main_window.adapter
    metrics_before = len(adapter.project.metrics)
    card = str(FIXTURES / "cards" / "sentiment-full.md")
    assert evidence_dialog.import_model_card(main_window, card)
    preview = seen[0]
    shown = [preview.lines.item(i).text() for i in range(preview.lines.count())]
    assert "Model card ▸ Intended use: filled (214 characters)" in shown
    assert any("0.912 on 2026-04-30" in line for line in shown)  # re-planned for the date
    assert len(adapter.project.metrics) == metrics_before + 3
    assert adapter.undo_stack.undoText() == "Import model card sentiment-full.md"
    adapter.undo_stack.undo()
    assert len(adapter.project.metrics) == metrics_before


def test_cancel_changes_nothing(main_window, monkeypatch) -> None:
    _answer(monkeypatch, [], accept=False)
    before = main_window.adapter.undo_stack.count()
    card = str(FIXTURES / "cards" / "toolkit.json")
    assert not evidence_dialog.import_model_card(main_window, card)
    assert main_window.adapter.undo_stack.count() == before


def test_a_broken_card_is_refused_in_words(main_window, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    card = str(FIXTURES / "cards" / "broken-yaml.md")
    assert not evidence_dialog.import_model_card(main_window, card)
    assert "the YAML cannot be read" in said[0]
    assert said[0].endswith("The plan has not changed.")


def test_dvc_lineage_preview_and_import(main_window, monkeypatch) -> None:
    seen: list[EvidencePreview] = []
    _answer(monkeypatch, seen)
    folder = str(FIXTURES / "dvc" / "pipeline")
    assert evidence_dialog.import_dvc_lineage(main_window, folder)
    assert "models left out" in seen[0].notes.text()
    rows = main_window.adapter.project.scoping.data_requirements
    assert {r.dataset for r in rows if r.lineage} == {"prepared", "reviews.csv"}
    assert main_window.adapter.undo_stack.undoText() == "Import data lineage from pipeline"


def test_the_menu_entries_exist_and_follow_the_project(main_window) -> None:
    for name in ("import-card", "import-dvc"):
        assert main_window.commands[name].isEnabled()
