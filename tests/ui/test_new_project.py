"""New project: templates listed with wrapped descriptions, and a blank project at the end."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_template_list_wraps_and_ends_with_a_blank_project(qtbot, main_window) -> None:
    from raci_studio.ui.dialogs import BLANK, NewFromTemplateDialog

    dialog = NewFromTemplateDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    listing = dialog.templates
    assert listing.wordWrap()
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert listing.horizontalScrollBar().maximum() == 0
    for row in range(listing.count()):  # every description shown whole, on wrapped lines
        rect = listing.visualItemRect(listing.item(row))
        assert rect.width() <= listing.viewport().width()
    last = listing.item(listing.count() - 1)
    assert last.text().startswith("Blank project")
    listing.setCurrentItem(last)
    dialog.name.setText("Fraud triage")
    assert dialog.choice() == (BLANK, "Fraud triage")


def test_a_blank_project_has_nothing_but_its_name(main_window, monkeypatch) -> None:
    from raci_studio.ui import dialogs

    monkeypatch.setattr(dialogs.NewFromTemplateDialog, "exec", lambda self: 1)
    monkeypatch.setattr(dialogs.NewFromTemplateDialog, "choice", lambda self: ("", "Fraud"))
    main_window.new_from_template()
    project = main_window.adapter.project
    assert project.name == "Fraud"
    assert not (project.phases or project.roles or project.activities or project.metrics)
    assert main_window.adapter.path is None and main_window.isWindowModified()
