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


def rasci_sheet(path: Path) -> Path:
    """A grid with S letters, an unknown letter and a totals row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "PM", "Engineer", "Tester"])
    ws.append(["Plan the work", "A", "R", "S"])
    ws.append(["Build it", "A", "R;C;X", "S"])
    ws.append(["Total", 2, 2, 2])
    wb.save(path)
    return path


def _dialog(qtbot, path: Path, can_merge: bool = True) -> ImportDialog:
    from raci_studio.io.sheets.importer import read_preview

    dialog = ImportDialog(path, read_preview(path), can_merge=can_merge)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_project_is_the_default_even_with_a_project_open(qtbot, tmp_path):
    dialog = _dialog(qtbot, foreign_sheet(tmp_path / "team.xlsx"), can_merge=True)
    assert dialog.merge.isEnabled()
    assert dialog.new_project.isChecked()
    assert not dialog.merge.isChecked()


def test_the_detected_scheme_is_shown_and_can_be_changed(qtbot, tmp_path):
    from raci_studio.ui.import_preview import TINTS

    dialog = _dialog(qtbot, rasci_sheet(tmp_path / "rasci.xlsx"))
    assert dialog.scheme_chosen() == "auto"
    assert dialog.scheme_box.itemText(0) == "Detected: RASCI"
    assert dialog.table.item(1, 3).toolTip() == ""  # S is a letter of RASCI
    dialog.scheme_box.setCurrentIndex(dialog.scheme_box.findData("RACI"))
    dialog.refresh()
    tester = dialog.table.item(1, 3)
    assert "RASCI" in tester.toolTip()
    assert tester.background().color() == TINTS["skipped"]


def test_notes_and_skipped_rows_show_beside_their_cells(qtbot, tmp_path):
    from raci_studio.ui.import_preview import TINTS

    dialog = _dialog(qtbot, rasci_sheet(tmp_path / "rasci.xlsx"))
    partial = dialog.table.item(2, 2)  # "R;C;X": RC imported, X named
    assert '"X"' in partial.toolTip() and "RC was read" in partial.toolTip()
    assert partial.background().color() == TINTS["skipped"]
    total = dialog.table.item(3, 0)
    assert total.font().strikeOut()
    assert "totals row" in total.toolTip()
    assert "2 activities" in dialog.view.summary.text()
    assert "1 row and" in dialog.view.summary.text()
    texts = [dialog.view.notes.item(i).text() for i in range(dialog.view.notes.count())]
    row = next(i for i, t in enumerate(texts) if t.endswith("C3: " + partial.toolTip()))
    dialog.view.notes.setCurrentRow(row)
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (2, 2)


def test_inner_groups_choice_and_two_row_header_reach_the_layout(qtbot, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "groups.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append([None, "Business", None, "Tech"])
    ws.append(["Activity", "Owner", "Analyst", "Engineer"])
    ws.append(["Milestone 1", None, None, None])
    ws.append(["Data", None, None, None])
    ws.append(["Collect", "A", "R", "C"])
    ws.append(["Milestone 2", None, None, None])
    ws.append(["Model", None, None, None])
    ws.append(["Train", "A", "C", "R"])
    wb.save(path)
    dialog = _dialog(qtbot, path)
    layout = dialog.layout_chosen()
    assert dialog.two_rows_box.isChecked()
    assert layout.group_row == 0 and layout.role_groups == {1: "Business", 2: "Business", 3: "Tech"}
    assert dialog.run is not None and dialog.run.groups == {2: 0, 3: 1, 5: 0, 6: 1}
    dialog.inner_box.setCurrentIndex(dialog.inner_box.findData("prefix"))
    assert dialog.layout_chosen().inner_groups == "prefix"
    dialog.two_rows_box.setChecked(False)
    assert dialog.layout_chosen().role_groups == {}


def test_file_open_of_a_spreadsheet_opens_the_import_dialog(main_window, tmp_path, monkeypatch):
    path = foreign_sheet(tmp_path / "team.xlsx")
    shown = []

    def accept(self):
        shown.append(self.path)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", accept)
    assert main_window.open_path(path)
    assert shown == [path]
    assert any(a.name == "Train the model" for a in main_window.adapter.project.activities)
