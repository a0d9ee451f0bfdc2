"""File > Import and File > Export: choose a file, run the io layer, report in words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog

from raci_studio.core.ids import slugify
from raci_studio.io.exporters import Format, format_key, load_formats
from raci_studio.ui.busy import busy
from raci_studio.ui.i18n import translate
from raci_studio.ui.save_dialog import ask_save_path

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


def _file_formats() -> dict[str, Format]:
    """The formats File > Export offers: those named by a plain file suffix."""
    return {key: fmt for key, fmt in load_formats().items() if key.startswith(".")}


def export_dialog(window: MainWindow, suffix: str = ".xlsx") -> None:
    """Ask where to export (``suffix`` is the format offered first), then write the file."""
    window.commit_pending()
    project = window.adapter.project
    base = window.adapter.path.parent if window.adapter.path else Path.home()
    formats = _file_formats()
    types = [(key, fmt.description) for key, fmt in formats.items()]
    suggested = base / f"{slugify(project.name, 'project')}{suffix}"
    output = ask_save_path(window, translate("Transfer", "Export"), suggested, types)
    if output is None:
        return
    if format_key(output) == ".pptx":
        options = deck_options(window)
        if options is not None:
            export_deck_to(window, output, options)
        return
    export_to(window, output)


def deck_options(window: MainWindow) -> object | None:
    """Ask for the deck's look (built-in or a company template); None when cancelled."""
    from raci_studio.ui.deck_options import DeckOptionsDialog

    dialog = DeckOptionsDialog(window.settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()


def export_to(window: MainWindow, path: Path, options: object = None) -> bool:
    """Write the project to ``path`` in the format its extension names."""
    fmt = load_formats().get(format_key(path))
    if fmt is None:
        QMessageBox.critical(
            window,
            translate("Transfer", "Export failed"),
            translate("Transfer", "RACI Studio cannot write “{name}”.").format(name=path.name),
        )
        return False
    try:
        with busy():
            report = fmt.write(window.adapter.project, path, options)
    except (OSError, ValueError) as exc:
        QMessageBox.critical(
            window,
            translate("Transfer", "Export failed"),
            translate("Transfer", "{path}: {reason}").format(path=path, reason=exc),
        )
        return False
    warnings = list(getattr(report, "warnings", None) or [])
    if warnings:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Transfer", "Exported with warnings"),
            str(path),
            parent=window,
        )
        box.setDetailedText("\n".join(str(w) for w in warnings))
        box.open()
    window.statusBar().showMessage(
        translate("Transfer", "Exported {name}").format(name=path.name), 5000
    )
    return True


class _CancelledError(Exception):
    """The person stopped the export."""


def export_deck_to(window: MainWindow, path: Path, options: Any) -> bool:
    """Write the kickoff deck with a progress dialog that can stop it (nothing is written)."""
    dialog = QProgressDialog(
        translate("Transfer", "Writing the kickoff deck…"),
        translate("Transfer", "Cancel"),
        0,
        0,
        window,
    )
    dialog.setWindowTitle(translate("Transfer", "Kickoff Deck"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def progress(slide: int) -> None:
        dialog.setLabelText(translate("Transfer", "Writing slide {number}…").format(number=slide))
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise _CancelledError

    options.progress = progress
    try:
        return export_to(window, path, options)
    except _CancelledError:
        window.statusBar().showMessage(
            translate("Transfer", "Export cancelled: nothing was written"), 5000
        )
        return False
    finally:
        dialog.close()
        dialog.deleteLater()


def import_dialog(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("Transfer", "Import RACI Sheet"),
        str(window.adapter.path.parent if window.adapter.path else Path.home()),
        translate("Transfer", "Spreadsheets (*.xlsx *.xlsm *.csv)")
        + ";;"
        + translate("Transfer", "All files (*)"),
    )
    if path:
        from raci_studio.ui.import_dialog import run_import

        run_import(window, Path(path))
