"""File > Export and File > Import: the file asked for, the io layer run, the outcome in words."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from raci_studio.io.exporters import Format
from raci_studio.ui import transfer


@pytest.fixture
def criticals(monkeypatch) -> list[str]:
    """Messages of the error boxes the export shows (answered at once)."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: seen.append(text))
    return seen


def test_export_writes_the_file_its_suffix_names(main_window, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert transfer.export_to(main_window, target)
    assert target.read_bytes()[:2] == b"PK"  # a zip package, as every .xlsx is
    assert main_window.statusBar().currentMessage() == "Exported plan.xlsx"


def test_export_to_a_suffix_nobody_writes_says_so(main_window, tmp_path, criticals) -> None:
    assert not transfer.export_to(main_window, tmp_path / "plan.doc")
    assert criticals == ["RACI Studio cannot write “plan.doc”."]


def test_a_failed_write_names_the_file_and_keeps_the_project(
    main_window, tmp_path, criticals
) -> None:
    target = tmp_path / "missing-folder" / "plan.csv"
    assert not transfer.export_to(main_window, target)
    assert criticals and criticals[0].startswith(str(target))
    assert not target.exists()


def test_warnings_of_an_export_are_shown_with_their_details(
    main_window, tmp_path, monkeypatch
) -> None:
    def write(project, path, options):
        path.write_text("ok")
        return SimpleNamespace(warnings=["row 3 was too long and was cut"])

    fake = Format(".note", "A note", write)
    monkeypatch.setattr(transfer, "load_formats", lambda: {".note": fake})
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    assert transfer.export_to(main_window, tmp_path / "plan.note")
    assert shown[0].windowTitle() == "Exported with warnings"
    assert shown[0].detailedText() == "row 3 was too long and was cut"


def test_export_dialog_writes_where_the_user_chose(main_window, tmp_path, monkeypatch) -> None:
    offered: list[Path] = []

    def ask(parent, title, suggested, types):
        offered.append(suggested)
        assert any(key == ".xlsx" for key, _ in types)
        return tmp_path / "chosen.csv"

    monkeypatch.setattr(transfer, "ask_save_path", ask)
    transfer.export_dialog(main_window)
    assert offered[0].name == "support-ticket-deflection.xlsx"
    assert offered[0].parent == main_window.adapter.path.parent
    assert '"Activity ID"' in (tmp_path / "chosen.csv").read_text(encoding="utf-8-sig")


def test_export_dialog_cancelled_writes_nothing(main_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(transfer, "ask_save_path", lambda *a: None)
    transfer.export_dialog(main_window)
    monkeypatch.setattr(transfer, "ask_save_path", lambda *a: tmp_path / "deck.pptx")
    monkeypatch.setattr(transfer, "deck_options", lambda window: None)
    transfer.export_dialog(main_window, ".pptx")  # the deck's look was not chosen
    assert list(tmp_path.glob("*.pptx")) == [] and list(tmp_path.glob("*.xlsx")) == []


def test_deck_options_come_from_the_dialog(main_window, monkeypatch) -> None:
    from raci_studio.ui.deck_options import DeckOptionsDialog

    monkeypatch.setattr(DeckOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    options = transfer.deck_options(main_window)
    assert options is not None
    monkeypatch.setattr(DeckOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert transfer.deck_options(main_window) is None


def test_import_dialog_hands_the_chosen_sheet_to_the_import(main_window, monkeypatch) -> None:
    import raci_studio.ui.import_dialog as import_dialog

    started: list[Path] = []
    monkeypatch.setattr(import_dialog, "run_import", lambda window, path: started.append(path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    transfer.import_dialog(main_window)
    assert started == []
    sheet = main_window.adapter.path.parent / "team.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    transfer.import_dialog(main_window)
    assert started == [sheet]
