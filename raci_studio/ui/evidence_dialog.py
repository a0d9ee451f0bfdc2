"""File ▸ Import Model Card… and Import DVC Lineage…: a preview of what goes where, then one step.

The dialog reads the file, shows line by line what the import adds or changes (recomputed
when the evidence's date changes), and pushes the core action's edit as one undo step only
when the user says Import. Nothing changes on Cancel or on a file that cannot be read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions.evidence import EvidencePlan
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

Planner = Callable[[dt.date], EvidencePlan]


class EvidencePreview(QDialog):
    """Show what an evidence import does, with its date, before anything changes."""

    def __init__(
        self,
        title: str,
        intro: str,
        planner: Planner,
        on: dt.date,
        notes: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._planner = planner
        self.plan = planner(on)
        layout = QVBoxLayout(self)
        heading = QLabel(intro, self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate(on.year, on.month, on.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(translate("EvidenceDialog", "Date of the evidence"))
        self.date_edit.dateChanged.connect(self._replan)
        form.addRow(translate("EvidenceDialog", "&Date of the evidence:"), self.date_edit)
        layout.addLayout(form)
        self.lines = QListWidget(self)
        self.lines.setWordWrap(True)
        self.lines.setAccessibleName(translate("EvidenceDialog", "What the import adds or changes"))
        layout.addWidget(self.lines, 1)
        self.notes = QLabel("\n".join(notes or []), self)
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("EvidenceDialog", "&Import")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self._show_plan()
        self.date_edit.setFocus()

    def _replan(self, date: QDate) -> None:
        self.plan = self._planner(dt.date(date.year(), date.month(), date.day()))
        self._show_plan()

    def _show_plan(self) -> None:
        self.lines.clear()
        self.lines.addItems(
            list(self.plan.lines) or [translate("EvidenceDialog", "Nothing to import.")]
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.plan.edit is not None)


def _start_folder(window: MainWindow) -> str:
    path = window.adapter.path
    return str(path.parent if path else Path.home())


def _refuse(window: MainWindow, title: str, message: str) -> None:
    QMessageBox.warning(
        window,
        title,
        translate("EvidenceDialog", "{problem}\n\nThe plan has not changed.").format(
            problem=message
        ),
    )


def import_model_card(window: MainWindow, path: str | None = None) -> bool:
    """Ask for a model card, preview it and import it as one undo step; True if imported."""
    from raci_studio.core.actions.evidence import import_card
    from raci_studio.io.evidence.card import read_card
    from raci_studio.io.evidence.errors import EvidenceError

    title = translate("EvidenceDialog", "Import Model Card")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            title,
            _start_folder(window),
            ";;".join(
                (
                    translate("EvidenceDialog", "Model cards (*.md *.json)"),
                    translate("EvidenceDialog", "Hugging Face model card (*.md)"),
                    translate("EvidenceDialog", "Model Card Toolkit JSON (*.json)"),
                )
            ),
        )
    if not path:
        return False
    try:
        card = read_card(path)
    except EvidenceError as exc:
        _refuse(
            window,
            title,
            translate("EvidenceDialog", "The model card cannot be read.\n\n{error}").format(
                error=exc
            ),
        )
        return False
    project = window.adapter.project
    if card.kind == "huggingface":
        kind = translate("EvidenceDialog", "Hugging Face card")
    else:
        kind = translate("EvidenceDialog", "Model Card Toolkit card")
    if card.name:
        kind = translate("EvidenceDialog", "{kind} of {model}").format(kind=kind, model=card.name)
    dialog = EvidencePreview(
        title,
        translate(
            "EvidenceDialog",
            "From {file} ({card}). The reported results become measurements on the date below.",
        ).format(file=Path(path).name, card=kind),
        lambda on: import_card(project, card, on),
        card.date or dt.date.today(),
        parent=window,
    )
    return _run(window, dialog)


def import_dvc_lineage(window: MainWindow, path: str | None = None) -> bool:
    """Ask for a folder with DVC files, preview its data sets and record them as one step."""
    from raci_studio.core.actions.evidence import import_lineage
    from raci_studio.io.evidence.dvc import read_lineage
    from raci_studio.io.evidence.errors import EvidenceError

    title = translate("EvidenceDialog", "Import DVC Lineage")
    if path is None:
        path = QFileDialog.getExistingDirectory(window, title, _start_folder(window))
    if not path:
        return False
    try:
        lineage = read_lineage(path)
    except EvidenceError as exc:
        _refuse(
            window,
            title,
            translate("EvidenceDialog", "The DVC files cannot be read.\n\n{error}").format(
                error=exc
            ),
        )
        return False
    project = window.adapter.project
    read = ", ".join(lineage.files[:6]) + (" …" if len(lineage.files) > 6 else "")
    dialog = EvidencePreview(
        title,
        translate(
            "EvidenceDialog",
            "From {folder}: {files}. Each tracked data set becomes or updates a data "
            "requirement; a changed content hash is dated below.",
        ).format(folder=Path(path).name, files=read),
        lambda on: import_lineage(project, lineage.tracked, on, Path(path).name),
        dt.date.today(),
        list(lineage.notes),
        parent=window,
    )
    return _run(window, dialog)


def _run(window: MainWindow, dialog: EvidencePreview) -> bool:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan.edit is None:
        return False
    return bool(window.adapter.push(dialog.plan.edit))
