"""File > Import in the app: preview, corrected layout, new project or merge as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from raci_studio.ui.import_dialog import ImportDialog, run_import


def foreign_sheet(path: Path) -> Path:
    """A sheet as people make them: a title, a blank row, then the header on row 3."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws.append(["Team responsibilities"])
    ws.append([])
    ws.append(["Task", "Product Manager", "Data Scientist", "Notes"])
    ws.append(["Define success KPIs", "A/R", "C", "agreed in March"])
    ws.append(["Train the model", "I", "R (A)", ""])
    ws.append(["Review fairness", "A", "Q", ""])
    wb.save(path)
    return path


def test_dialog_shows_detected_layout_and_can_be_corrected(qtbot, tmp_path):
    from raci_studio.io.sheets.importer import read_preview

    path = foreign_sheet(tmp_path / "team.xlsx")
    preview = read_preview(path)
    dialog = ImportDialog(path, preview, can_merge=False)
    qtbot.addWidget(dialog)
    layout = dialog.layout_chosen()
    assert layout.header_row == 2
    assert layout.activity_col == 0
    assert sorted(layout.role_cols) == [1, 2]
    assert not dialog.merge.isEnabled()
    # untick the Data Scientist column: the corrected layout leaves it out
    item = dialog.roles_list.item(2)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert sorted(dialog.layout_chosen().role_cols) == [1]
    assert dialog.table.item(2, 0).background().color().name() == "#dde6f0"


@pytest.mark.parametrize("merge", [False, True])
def test_import_as_new_project_or_merge(main_window, tmp_path, monkeypatch, merge):
    path = foreign_sheet(tmp_path / "team.xlsx")

    def accept(self):
        (self.merge if merge else self.new_project).setChecked(True)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", accept)
    before = len(main_window.adapter.project.activities)
    assert run_import(main_window, path)
    project = main_window.adapter.project
    names = [a.name for a in project.activities]
    assert "Train the model" in names
    train = next(a for a in project.activities if a.name == "Train the model")
    scientist = next(r.id for r in project.roles if r.name == "Data Scientist")
    assert train.raci[scientist] == "RA"
    if merge:
        assert len(project.activities) == before + 2  # "Define success KPIs" matched by name
        main_window.adapter.undo_stack.undo()
        assert len(main_window.adapter.project.activities) == before
    else:
        assert project.name  # a new, unsaved project
        assert main_window.adapter.path is None
        assert main_window.isWindowModified()


def test_hostile_file_gives_a_message_and_changes_nothing(main_window, tmp_path, monkeypatch):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    said = []
    monkeypatch.setattr(
        "raci_studio.ui.import_dialog.QMessageBox.warning", lambda *a: said.append(a[2])
    )
    before = main_window.adapter.project.model_dump_json()
    assert not run_import(main_window, path)
    assert said and ".xls" in said[0]
    assert main_window.adapter.project.model_dump_json() == before
