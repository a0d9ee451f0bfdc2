"""The Export dialog: the file type follows the name's extension, and the other way round."""

from __future__ import annotations

from pathlib import Path

TYPES = [
    (".xlsx", "Excel workbook (*.xlsx)"),
    (".csv", "CSV, one row per assignment (*.csv)"),
    (".raci.json", "RACI Studio project (*.raci.json)"),
    (".md", "Model Requirements Document, Markdown (*.md)"),
]


def _dialog(qtbot, tmp_path: Path):
    from raci_studio.ui.save_dialog import TypedSaveDialog

    dialog = TypedSaveDialog(None, "Export", tmp_path / "churn.xlsx", TYPES)
    qtbot.addWidget(dialog)
    return dialog


def test_picking_a_type_changes_the_extension(qtbot, tmp_path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.name() == "churn.xlsx"
    assert dialog.selectedNameFilter() == TYPES[0][1]
    dialog.selectNameFilter(TYPES[2][1])
    dialog.filterSelected.emit(TYPES[2][1])  # as picking it in the list does
    assert dialog.name() == "churn.raci.json"
    dialog.filterSelected.emit(TYPES[1][1])
    assert dialog.name() == "churn.csv"  # the two-part extension is replaced whole


def test_typing_an_extension_picks_its_type(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QLineEdit

    dialog = _dialog(qtbot, tmp_path)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.clear()
    qtbot.keyClicks(edit, "plan.md")
    assert dialog.selectedNameFilter() == TYPES[3][1]
    edit.clear()
    qtbot.keyClicks(edit, "plan.raci.json")
    assert dialog.selectedNameFilter() == TYPES[2][1]
    edit.clear()
    qtbot.keyClicks(edit, "plan")  # no extension: the type stays, and adds its extension
    assert dialog.selectedNameFilter() == TYPES[2][1]
    assert dialog.current_suffix() == ".raci.json"
