"""File > Import: preview the detected layout, let the user correct it, then import.

Nothing changes until the user presses Import; the import becomes a new project or is merged
into the open one as one undo step, and a report says what was mapped and what was skipped.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions.merge import merge_edits
from raci_studio.io.sheets.cells import column_letter
from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.sheets.importer import Preview, import_sheet, read_preview
from raci_studio.io.sheets.layout import SheetLayout
from raci_studio.ui.busy import busy

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

TINTS = {
    "header": QColor("#DDE6F0"),
    "activity": QColor("#FFF4D6"),
    "role": QColor("#E3F1E8"),
    "phase": QColor("#F1E3EE"),
}
KIND_LABELS = {
    "grid": "Roles as columns",
    "transposed": "Letters as columns, role names in the cells",
    "long": "One row per activity, role and letter",
}


class ImportDialog(QDialog):
    """Show a sheet with its detected layout; every part of the layout can be corrected."""

    def __init__(self, path: Path, preview: Preview, can_merge: bool, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.preview = preview
        self.setWindowTitle(f"Import {path.name}")
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Sheet:", self))
        self.sheet_box = QComboBox(self)
        self.sheet_box.addItems(preview.sheet_names)
        self.sheet_box.setCurrentText(preview.sheet)
        self.sheet_box.currentTextChanged.connect(self._change_sheet)
        top.addWidget(self.sheet_box, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        top.addWidget(self.status, 3)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.addWidget(self._make_layout_form(), 1)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        body.addWidget(self.table, 3)
        layout.addLayout(body, 1)
        self.new_project = QRadioButton("Open as a new project", self)
        self.merge = QRadioButton("Merge into the open project (one undo step)", self)
        self.merge.setEnabled(can_merge)
        (self.merge if can_merge else self.new_project).setChecked(True)
        group = QButtonGroup(self)
        for button in (self.new_project, self.merge):
            group.addButton(button)
        row = QHBoxLayout()
        row.addWidget(self.new_project)
        row.addWidget(self.merge)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(preview)

    # -- the layout form ---------------------------------------------------------------------

    def _make_layout_form(self) -> QWidget:
        box = QGroupBox("Layout", self)
        form = QFormLayout(box)
        self.kind_box = QComboBox(box)
        for kind, label in KIND_LABELS.items():
            self.kind_box.addItem(label, kind)
        self.header_spin = QSpinBox(box)
        self.first_spin = QSpinBox(box)
        self.last_spin = QSpinBox(box)
        for spin in (self.header_spin, self.first_spin, self.last_spin):
            spin.setRange(1, 1_048_576)
        self.activity_box = QComboBox(box)
        self.id_box = QComboBox(box)
        self.phase_box = QComboBox(box)
        self.phase_rows_box = QCheckBox("Rows with a name and no letters start a phase", box)
        self.role_col_box = QComboBox(box)
        self.letter_col_box = QComboBox(box)
        self.roles_list = QListWidget(box)
        form.addRow("Layout:", self.kind_box)
        form.addRow("Header row:", self.header_spin)
        form.addRow("First row:", self.first_spin)
        form.addRow("Last row:", self.last_spin)
        form.addRow("Activity column:", self.activity_box)
        form.addRow("ID column:", self.id_box)
        form.addRow("Phase column:", self.phase_box)
        form.addRow(self.phase_rows_box)
        form.addRow("Role column (long):", self.role_col_box)
        form.addRow("Letter column (long):", self.letter_col_box)
        form.addRow(QLabel("Role columns (grid) or letter columns:", box))
        form.addRow(self.roles_list)
        for widget in (self.kind_box, self.activity_box, self.id_box, self.phase_box):
            widget.currentIndexChanged.connect(self._paint_table)
        self.phase_rows_box.toggled.connect(self._paint_table)
        for spin in (self.header_spin, self.first_spin, self.last_spin):
            spin.valueChanged.connect(self._paint_table)
        self.roles_list.itemChanged.connect(self._paint_table)
        return box

    def _columns(self) -> int:
        return max((len(r) for r in self.preview.rows), default=0)

    def _header(self, col: int) -> str:
        row = self.header_spin.value() - 1
        rows = self.preview.rows
        value = rows[row][col] if row < len(rows) and col < len(rows[row]) else None
        return f"{column_letter(col)}: {value}" if value else column_letter(col)

    def _fill_choices(self, layout: SheetLayout | None) -> None:
        widgets = (self.kind_box, self.header_spin, self.first_spin, self.last_spin)
        for w in widgets:
            w.blockSignals(True)
        self.roles_list.blockSignals(True)
        layout = layout or SheetLayout()
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(layout.kind)))
        self.header_spin.setValue(layout.header_row + 1)
        self.first_spin.setValue(layout.first_row + 1)
        self.last_spin.setValue(max(layout.last_row, layout.first_row) + 1)
        columns = self._columns()
        self.phase_rows_box.blockSignals(True)
        self.phase_rows_box.setChecked(layout.phase_rows)
        self.phase_rows_box.blockSignals(False)
        for box, chosen, optional in (
            (self.activity_box, layout.activity_col, False),
            (self.id_box, layout.id_col, True),
            (self.phase_box, layout.phase_col, True),
            (self.role_col_box, layout.role_col, True),
            (self.letter_col_box, layout.letter_col, True),
        ):
            box.blockSignals(True)
            box.clear()
            if optional:
                box.addItem("(none)", None)
            for col in range(columns):
                box.addItem(self._header(col), col)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        self.roles_list.clear()
        picked = layout.role_cols or layout.letter_cols
        for col in range(columns):
            item = QListWidgetItem(self._header(col))
            item.setData(Qt.ItemDataRole.UserRole, col)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if col in picked else Qt.CheckState.Unchecked)
            self.roles_list.addItem(item)
        for w in widgets:
            w.blockSignals(False)
        self.roles_list.blockSignals(False)

    def layout_chosen(self) -> SheetLayout:
        """The layout as the user left it (0-based, as the importer takes it)."""
        base = self.preview.layout or SheetLayout()
        kind = self.kind_box.currentData()
        checked = [
            self.roles_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.roles_list.count())
            if self.roles_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        header = self.header_spin.value() - 1
        rows = self.preview.rows

        def head(col: int) -> str:
            value = rows[header][col] if header < len(rows) and col < len(rows[header]) else None
            return str(value or column_letter(col)).strip()

        role_cols = {c: base.role_cols.get(c, head(c)) for c in checked} if kind == "grid" else {}
        letter_cols = (
            {c: base.letter_cols.get(c, head(c)[:1].upper()) for c in checked}
            if kind == "transposed"
            else {}
        )
        return dataclasses.replace(
            base,
            kind=kind,
            header_row=header,
            first_row=self.first_spin.value() - 1,
            last_row=self.last_spin.value() - 1,
            activity_col=self.activity_box.currentData() or 0,
            id_col=self.id_box.currentData(),
            phase_col=self.phase_box.currentData(),
            phase_rows=self.phase_rows_box.isChecked(),
            role_cols=role_cols,
            letter_cols=letter_cols,
            role_col=self.role_col_box.currentData(),
            letter_col=self.letter_col_box.currentData(),
        )

    # -- the preview -------------------------------------------------------------------------

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        if preview.own:
            self.status.setText(
                "A RACI Studio workbook: the whole project comes back as it was exported."
            )
        elif preview.layout is None:
            self.status.setText(
                f"No RACI grid found here: {preview.problem} Set the layout by hand."
            )
        else:
            self.status.setText(
                "Check the coloured parts: the header row, the activity column and the role "
                "columns. Correct anything on the left before importing."
            )
        self._fill_choices(preview.layout)
        self._paint_table()

    def _paint_table(self, *args) -> None:
        rows = self.preview.rows
        columns = self._columns()
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(columns)
        self.table.setHorizontalHeaderLabels([column_letter(c) for c in range(columns)])
        layout = self.layout_chosen()
        roles = set(layout.role_cols) | set(layout.letter_cols)
        for r, row in enumerate(rows):
            for c in range(columns):
                value = row[c] if c < len(row) else None
                item = QTableWidgetItem("" if value is None else str(value))
                tint = None
                if r == layout.header_row:
                    tint = TINTS["header"]
                elif layout.first_row <= r <= layout.last_row:
                    if c == layout.activity_col:
                        tint = TINTS["activity"]
                    elif c in roles or c in (layout.role_col, layout.letter_col):
                        tint = TINTS["role"]
                    elif c == layout.phase_col:
                        tint = TINTS["phase"]
                if tint is not None:
                    item.setBackground(QBrush(tint))
                self.table.setItem(r, c, item)

    def _change_sheet(self, name: str) -> None:
        try:
            with busy():
                preview = read_preview(self.path, sheet=name)
        except SheetImportError as exc:
            QMessageBox.warning(self, "Import", str(exc))
            return
        self._show(preview)


def run_import(window: MainWindow, path: Path) -> bool:
    """Preview ``path``, let the user adjust the layout, import, and report what happened."""
    try:
        with busy():
            preview = read_preview(path)
    except SheetImportError as exc:
        QMessageBox.warning(window, "Import", str(exc))
        return False
    dialog = ImportDialog(path, preview, can_merge=window.has_project, parent=window)
    if not dialog.exec():
        return False
    sheet = dialog.sheet_box.currentText()
    own = dialog.preview.own
    try:
        with busy():
            if own:
                result = import_sheet(path)
            else:
                result = import_sheet(path, sheet=sheet, layout=dialog.layout_chosen())
    except SheetImportError as exc:
        QMessageBox.warning(window, "Import", str(exc))
        return False
    if dialog.merge.isChecked():
        edit = merge_edits(window.adapter.project, result.project, f"Import {path.name}")
        if not window.adapter.push(edit):
            return False
    else:
        if not window.maybe_save():
            return False
        window.adapter.show(result.project, None, saved=False)
    show_report(window, result.report.to_text())
    return True


def show_report(window: QWidget, text: str) -> None:
    lines = text.splitlines()
    box = QMessageBox(QMessageBox.Icon.Information, "Import report", lines[0], parent=window)
    summary = [line for line in lines[1:] if line.startswith("Result:")]
    box.setInformativeText("\n".join(summary) or "Done.")
    box.setDetailedText(text)
    box.open()
