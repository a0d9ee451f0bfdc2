"""File > Import and File > Export: choose a file, run the io layer, report in words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

EXPORT_FILTERS = {
    "Excel workbook (*.xlsx)": ".xlsx",
    "CSV, one row per assignment (*.csv)": ".csv",
}


class _Busy:
    """Show a wait cursor while a file is written or read."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()


def export_dialog(window: MainWindow) -> None:
    project = window.adapter.project
    base = window.adapter.path.parent if window.adapter.path else Path.home()
    from raci_studio.core.ids import slugify

    suggested = base / f"{slugify(project.name, 'project')}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(
        window, "Export", str(suggested), ";;".join(EXPORT_FILTERS)
    )
    if not path:
        return
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FILTERS.values():
        path += EXPORT_FILTERS.get(chosen, ".xlsx")
    export_to(window, Path(path))


def export_to(window: MainWindow, path: Path) -> bool:
    """Write the project to ``path`` in the format its extension names."""
    project = window.adapter.project
    suffix = path.suffix.lower()
    warnings: list[str] = []
    try:
        with _Busy():
            if suffix == ".xlsx":
                from raci_studio.io.xlsx_export import export_xlsx

                report = export_xlsx(project, path)
                warnings = list(getattr(report, "warnings", []) or [])
            elif suffix == ".csv":
                from raci_studio.io.csv_export import export_csv

                export_csv(project, path)
            else:
                raise ValueError(f"RACI Studio cannot export to “{suffix}” files")
    except (OSError, ValueError) as exc:
        QMessageBox.critical(window, "Export failed", f"{path}: {exc}")
        return False
    if warnings:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Exported with warnings", str(path), parent=window
        )
        box.setDetailedText("\n".join(str(w) for w in warnings))
        box.open()
    window.statusBar().showMessage(f"Exported {path.name}", 5000)
    return True


def import_dialog(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        "Import RACI Sheet",
        str(window.adapter.path.parent if window.adapter.path else Path.home()),
        "Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)",
    )
    if path:
        from raci_studio.ui.import_dialog import run_import

        run_import(window, Path(path))
