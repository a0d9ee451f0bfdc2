"""File > Export Kickoff Deck: the template choice and the written deck."""

from __future__ import annotations

from types import SimpleNamespace

from pptx import Presentation
from PySide6.QtGui import QKeySequence

from raci_studio.ui import transfer
from raci_studio.ui.deck_options import TEMPLATE_KEY, DeckOptionsDialog
from tests.io.deck_template import build_template


def test_dialog_offers_the_builtin_look_first(qtbot, settings) -> None:
    dialog = DeckOptionsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.builtin.isChecked()
    assert dialog.template() is None
    dialog.accept()
    assert dialog.result() == DeckOptionsDialog.DialogCode.Accepted


def test_dialog_refuses_a_missing_template_and_stays_open(qtbot, settings, tmp_path) -> None:
    dialog = DeckOptionsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(tmp_path / "nowhere.pptx"))
    assert dialog.company.isChecked()  # typing a path chooses the template
    dialog.accept()
    assert dialog.isVisible()
    assert "There is no file" in dialog.error.text()


def test_dialog_remembers_the_company_template(qtbot, settings, tmp_path) -> None:
    template = build_template(tmp_path / "company.pptx")
    dialog = DeckOptionsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.company.setChecked(True)
    dialog.path.setText(str(template))
    dialog.accept()
    assert dialog.options().template == template
    assert settings.value(TEMPLATE_KEY) == str(template)
    again = DeckOptionsDialog(settings)
    qtbot.addWidget(again)
    assert again.company.isChecked() and again.template() == template


def test_menu_entry_exports_the_deck_on_the_chosen_template(
    main_window, monkeypatch, tmp_path
) -> None:
    action = main_window.commands["export-deck"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert action.isEnabled()
    template = build_template(tmp_path / "company.pptx")
    out = tmp_path / "kickoff"
    offered = {}

    def save_name(parent, caption, suggested, types):
        offered["start"], offered["first"] = str(suggested), dict(types)[suggested.suffix]
        return out.with_name(out.name + suggested.suffix)  # as the dialog adds the type's

    monkeypatch.setattr(transfer, "ask_save_path", save_name)
    monkeypatch.setattr(transfer, "deck_options", lambda w: SimpleNamespace(template=template))
    action.trigger()
    assert offered["start"].endswith(".pptx") and "PowerPoint" in offered["first"]
    written = out.with_name("kickoff.pptx")
    prs = Presentation(str(written))
    assert prs.slides[0].shapes.title.text_frame.text == main_window.adapter.project.name
    assert prs.slides[0].slide_layout.name.startswith("Company ")


def test_cancelling_the_template_choice_writes_nothing(main_window, monkeypatch, tmp_path):
    out = tmp_path / "kickoff.pptx"
    monkeypatch.setattr(transfer, "ask_save_path", lambda *a: out)
    monkeypatch.setattr(transfer, "deck_options", lambda w: None)
    main_window.commands["export-deck"].trigger()
    assert not out.exists()


def test_cancelling_while_writing_leaves_the_old_file(main_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QProgressDialog

    out = tmp_path / "kickoff.pptx"
    out.write_bytes(b"the deck from last week")
    monkeypatch.setattr(transfer, "ask_save_path", lambda *a: out)
    monkeypatch.setattr(transfer, "deck_options", lambda w: SimpleNamespace(template=None))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    main_window.commands["export-deck"].trigger()
    assert out.read_bytes() == b"the deck from last week"
    assert "cancelled" in main_window.statusBar().currentMessage()
