"""File > Import: preview the detected layout and scheme, let the user correct them, import.

Nothing changes until the user presses Import. The preview is a dry run of the import: the
rows that will be skipped and the notes beside the cells they concern show before anything
changes. The import opens as a new project (the default) or is merged into the open one as one
undo step, and a report says what was mapped and what was skipped.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
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
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions.merge import merge_edits
from raci_studio.io.sheets.cells import column_letter
from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.sheets.importer import DryRun, Preview, dry_run, import_sheet, read_preview
from raci_studio.io.sheets.layout import SheetLayout, relabel
from raci_studio.ui.busy import busy
from raci_studio.ui.i18n import translate
from raci_studio.ui.import_preview import TINTS, ImportPreview

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

__all__ = ["TINTS", "ImportDialog", "run_import", "show_report"]  # i18n: not shown


def scheme_choices() -> tuple[tuple[str, str], ...]:
    """Return the letter schemes to import with: value and words."""
    return (
        ("auto", translate("ImportDialog", "Detected")),
        ("RACI", "RACI"),  # i18n: not shown: a name
        ("RASCI", translate("ImportDialog", "RASCI (S = Support)")),  # i18n: not shown: value
    )


def inner_choices() -> tuple[tuple[str, str], ...]:
    """Return where inner group rows go: value and words."""
    return (
        ("description", translate("ImportDialog", "In the description")),
        ("prefix", translate("ImportDialog", "As a name prefix")),
    )


def kind_choices() -> tuple[tuple[str, str], ...]:
    """Return the sheet layouts the import reads: value and words."""
    return (
        ("grid", translate("ImportDialog", "Roles as columns")),
        ("transposed", translate("ImportDialog", "Letters as columns, role names in the cells")),
        ("long", translate("ImportDialog", "One row per activity, role and letter")),
    )


class ImportDialog(QDialog):
    """Show a sheet with its detected layout and scheme; every part of them can be corrected."""

    def __init__(self, path: Path, preview: Preview, can_merge: bool, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.preview = preview
        self.run: DryRun | None = None
        self.setWindowTitle(translate("ImportDialog", "Import {name}").format(name=path.name))
        self._fit_to_screen()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        sheet_label = QLabel(translate("ImportDialog", "S&heet:"), self)
        top.addWidget(sheet_label)
        self.sheet_box = QComboBox(self)
        sheet_label.setBuddy(self.sheet_box)
        self.sheet_box.addItems(preview.sheet_names)
        self.sheet_box.setCurrentText(preview.sheet)
        self.sheet_box.currentTextChanged.connect(self._change_sheet)
        top.addWidget(self.sheet_box, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        top.addWidget(self.status, 3)
        layout.addLayout(top)
        # made in reading order, which is the order Tab goes: the form, then the preview
        form = self._make_layout_form()
        self.view = ImportPreview(self)
        self.table = self.view.table
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(form)
        body.addWidget(self.view)
        body.setStretchFactor(1, 1)
        body.setSizes([form.minimumWidth(), 800])
        layout.addWidget(body, 1)
        self.new_project = QRadioButton(translate("ImportDialog", "Open as a &new project"), self)
        self.merge = QRadioButton(
            translate("ImportDialog", "&Merge into the open project (one undo step)"), self
        )
        self.merge.setEnabled(can_merge)
        group = QButtonGroup(self)
        for button in (self.new_project, self.merge):
            group.addButton(button)
        # checked once grouped: Tab stops at the chosen one, arrow keys change the choice
        self.new_project.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.new_project)
        row.addWidget(self.merge)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            translate("ImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # a burst of changes (typing a row number) gives one dry run
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)
        self._show(preview)
        self.import_button.setDefault(True)
        self.sheet_box.setFocus()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1180, 740
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    # -- the layout form ---------------------------------------------------------------------

    def _make_layout_form(self) -> QWidget:
        box = QGroupBox(translate("ImportDialog", "Layout"), self)
        form = QFormLayout(box)
        self.kind_box = QComboBox(box)
        for kind, label in kind_choices():
            self.kind_box.addItem(label, kind)
        self.scheme_box = QComboBox(box)
        for scheme, label in scheme_choices():
            self.scheme_box.addItem(label, scheme)
        self.scheme_box.setToolTip(
            translate(
                "ImportDialog",
                "Detected: RASCI when some cell holds S (Support), else RACI. Letters of no "
                "scheme are listed cell by cell.",
            )
        )
        self.header_spin = QSpinBox(box)
        self.two_rows_box = QCheckBox(
            translate("ImportDialog", "Header over two rows (role &groups)"), box
        )
        self.first_spin = QSpinBox(box)
        self.last_spin = QSpinBox(box)
        for spin in (self.header_spin, self.first_spin, self.last_spin):
            spin.setRange(1, 1_048_576)
        self.activity_box = QComboBox(box)
        self.id_box = QComboBox(box)
        self.phase_box = QComboBox(box)
        self.phase_rows_box = QCheckBox(
            translate("ImportDialog", "Rows with a name and no letters are g&roups"), box
        )
        self.inner_box = QComboBox(box)
        for value, label in inner_choices():
            self.inner_box.addItem(label, value)
        self.inner_box.setToolTip(
            translate(
                "ImportDialog",
                "The outer group rows become phases; inner ones (an area under a milestone) "
                "are kept in each activity's description or put before its name.",
            )
        )
        self.role_col_box = QComboBox(box)
        self.letter_col_box = QComboBox(box)
        self.roles_list = QListWidget(box)
        self.roles_list.setMinimumHeight(120)
        form.addRow(translate("ImportDialog", "&Layout:"), self.kind_box)
        form.addRow(translate("ImportDialog", "Le&tters:"), self.scheme_box)
        form.addRow(translate("ImportDialog", "Header ro&w:"), self.header_spin)
        form.addRow(self.two_rows_box)
        form.addRow(translate("ImportDialog", "&First row:"), self.first_spin)
        form.addRow(translate("ImportDialog", "Las&t row:"), self.last_spin)
        form.addRow(translate("ImportDialog", "&Activity column:"), self.activity_box)
        form.addRow(translate("ImportDialog", "I&D column:"), self.id_box)
        form.addRow(translate("ImportDialog", "&Phase column:"), self.phase_box)
        form.addRow(self.phase_rows_box)
        form.addRow(translate("ImportDialog", "Inner gro&ups:"), self.inner_box)
        form.addRow(translate("ImportDialog", "R&ole column (long):"), self.role_col_box)
        form.addRow(translate("ImportDialog", "Letter &column (long):"), self.letter_col_box)
        columns_label = QLabel(
            translate("ImportDialog", "Role columns (grid) or letter columns:"), box
        )
        columns_label.setBuddy(self.roles_list)
        columns_label.setWordWrap(True)
        form.addRow(columns_label)
        form.addRow(self.roles_list)
        combos = (self.kind_box, self.activity_box, self.id_box, self.phase_box, self.inner_box)
        for combo in (*combos, self.scheme_box, self.role_col_box, self.letter_col_box):
            # a long column title shortens with "…" (the list shows it whole) instead of
            # widening the form past the screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        for widget in (*combos, self.scheme_box, self.role_col_box, self.letter_col_box):
            widget.currentIndexChanged.connect(self._schedule)
        for check in (self.phase_rows_box, self.two_rows_box):
            check.toggled.connect(self._schedule)
        for spin in (self.header_spin, self.first_spin, self.last_spin):
            spin.valueChanged.connect(self._schedule)
        self.roles_list.itemChanged.connect(self._schedule)
        scroll = QScrollArea(self)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as wide as the form wants (long labels in other languages too): it never scrolls
        # sideways, so a narrower column would cut the fields off at the right
        frame = 2 * scroll.frameWidth() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(max(360, box.minimumSizeHint().width() + frame))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not the frame
        return scroll

    def _columns(self) -> int:
        return max((len(r) for r in self.preview.rows), default=0)

    def _header(self, col: int) -> str:
        row = self.header_spin.value() - 1
        rows = self.preview.rows
        value = rows[row][col] if row < len(rows) and col < len(rows[row]) else None
        return f"{column_letter(col)}: {value}" if value else column_letter(col)

    def _fill_choices(self, layout: SheetLayout | None) -> None:
        widgets: list[QWidget] = [
            self.kind_box,
            self.header_spin,
            self.first_spin,
            self.last_spin,
            self.roles_list,
            self.phase_rows_box,
            self.two_rows_box,
            self.inner_box,
        ]
        for w in widgets:
            w.blockSignals(True)
        layout = layout or SheetLayout()
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(layout.kind)))
        self.header_spin.setValue(layout.header_row + 1)
        self.first_spin.setValue(layout.first_row + 1)
        self.last_spin.setValue(max(layout.last_row, layout.first_row) + 1)
        self.phase_rows_box.setChecked(layout.phase_rows)
        self.two_rows_box.setChecked(layout.group_row is not None)
        self.inner_box.setCurrentIndex(max(0, self.inner_box.findData(layout.inner_groups)))
        columns = self._columns()
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
                box.addItem(translate("ImportDialog", "(none)"), None)
            for col in range(columns):
                box.addItem(self._header(col), col)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        self.roles_list.clear()
        picked = layout.role_cols or layout.letter_cols
        for col in range(columns):
            name = layout.role_cols.get(col)
            group = layout.role_groups.get(col)
            label = f"{column_letter(col)}: {name}" if name else self._header(col)
            item = QListWidgetItem(f"{label} ({group})" if group else label)
            item.setData(Qt.ItemDataRole.UserRole, col)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if col in picked else Qt.CheckState.Unchecked)
            self.roles_list.addItem(item)
        for w in widgets:
            w.blockSignals(False)

    def scheme_chosen(self) -> str:
        """Return the letter scheme to import with: "auto", "RACI" or "RASCI"."""
        return str(self.scheme_box.currentData() or "auto")

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
        two_rows = self.two_rows_box.isChecked() and header > 0
        chosen = dataclasses.replace(
            base,
            kind=kind,
            header_row=header,
            group_row=header - 1 if two_rows else None,
            first_row=self.first_spin.value() - 1,
            last_row=self.last_spin.value() - 1,
            activity_col=self.activity_box.currentData() or 0,
            id_col=self.id_box.currentData(),
            phase_col=self.phase_box.currentData(),
            phase_rows=self.phase_rows_box.isChecked(),
            inner_groups=self.inner_box.currentData() or "description",
            role_cols=dict.fromkeys(checked, "") if kind == "grid" else {},
            letter_cols=(
                {c: base.letter_cols.get(c, "") for c in checked} if kind == "transposed" else {}
            ),
            extra_cols=[
                c
                for c in base.extra_cols
                if c not in checked
                and c
                not in (
                    self.activity_box.currentData(),
                    self.id_box.currentData(),
                    self.phase_box.currentData(),
                )
            ],
            role_col=self.role_col_box.currentData(),
            letter_col=self.letter_col_box.currentData(),
        )
        return relabel(chosen, self.preview.rows)

    # -- the preview -------------------------------------------------------------------------

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        self._fill_choices(preview.layout)
        self.refresh()

    def _schedule(self, *_args: object) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Run the import on the shown rows and paint what it would do."""
        self._refresh_timer.stop()
        preview = self.preview
        if preview.own:
            self.run = None
            self.status.setText(
                translate(
                    "ImportDialog",
                    "A RACI Studio workbook: the whole project comes back as it was exported.",
                )
            )
            self.view.show_rows(preview.rows, None, None)
            return
        layout = self.layout_chosen()
        self.run = dry_run(preview, layout, self.scheme_chosen())
        report = self.run.report
        detected = report.mapped.get("scheme", "") if report is not None else ""
        if self.scheme_chosen() == "auto" and detected:
            self.scheme_box.setItemText(
                0,
                translate("ImportDialog", "Detected: {scheme}").format(
                    scheme=detected.split(" (")[0]
                ),
            )
        self.scheme_box.setToolTip(detected or self.scheme_box.toolTip())
        if preview.layout is None and report is None:
            self.status.setText(
                translate(
                    "ImportDialog", "No RACI grid found here: {problem} Set the layout by hand."
                ).format(problem=preview.problem)
            )
        elif report is None:
            self.status.setText(
                translate("ImportDialog", "This layout does not fit: {problem}").format(
                    problem=self.run.problem
                )
            )
        else:
            self.status.setText(
                translate(
                    "ImportDialog",
                    "Letters: {scheme}. Check the coloured parts and the notes under the "
                    "table; correct anything on the left before importing.",
                ).format(scheme=detected)
            )
        self.import_button.setEnabled(report is not None or preview.own)
        self.view.show_rows(preview.rows, layout, self.run)

    def _change_sheet(self, name: str) -> None:
        try:
            with busy():
                preview = read_preview(self.path, sheet=name)
        except SheetImportError as exc:
            QMessageBox.warning(self, translate("ImportDialog", "Import"), str(exc))
            return
        self._show(preview)


def run_import(window: MainWindow, path: Path) -> bool:
    """Preview ``path``, let the user adjust the layout, import, and report what happened."""
    try:
        with busy():
            preview = read_preview(path)
    except SheetImportError as exc:
        QMessageBox.warning(window, translate("ImportDialog", "Import"), str(exc))
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
                result = import_sheet(
                    path,
                    sheet=sheet,
                    layout=dialog.layout_chosen(),
                    scheme=dialog.scheme_chosen(),
                )
    except SheetImportError as exc:
        QMessageBox.warning(window, translate("ImportDialog", "Import"), str(exc))
        return False
    if dialog.merge.isChecked():
        edit = merge_edits(
            window.adapter.project,
            result.project,
            translate("ImportDialog", "Import {name}").format(name=path.name),
        )
        if not window.adapter.push(edit):
            return False
    else:
        if not window.maybe_save():
            return False
        window.adapter.show(result.project, None, saved=False)
    show_report(window, result.report.to_text())
    return True


def show_report(window: QWidget, text: str) -> None:
    """Show the import's report: its first line, the result, and the whole text on demand."""
    lines = text.splitlines()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("ImportDialog", "Import report"),
        lines[0],
        parent=window,
    )
    summary = [line for line in lines[1:] if line.startswith("Result:")]
    box.setInformativeText("\n".join(summary) or translate("ImportDialog", "Done."))
    box.setDetailedText(text)
    box.open()
