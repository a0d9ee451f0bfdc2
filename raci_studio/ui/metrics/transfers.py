"""The Metrics tab's imports (CSV, MLflow, W&B) and chart export, with their menu actions.

A base of :class:`~raci_studio.ui.metrics.panel.MetricsPanel`: every import is applied as one
undo step through the document adapter, after its report when the user has not seen one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from raci_studio.core.actions import metrics as ma
from raci_studio.core.chart_data import ChartError
from raci_studio.core.ids import slugify
from raci_studio.io.measurements.csv_file import read_measurements_csv
from raci_studio.io.measurements.found import MeasurementImport, MeasurementImportError
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.metrics import import_dialogs
from raci_studio.ui.metrics.chart_view import ChartView


def chart_filters() -> str:
    """Return the file types a chart is exported to, as a file dialog's filter."""
    return translate("Metrics", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")


class MetricsTransfers(QWidget):
    """Imports into the project and the chart export, for the panel that shows them.

    Signals
    -------
    message(str)
        A short note for the status bar (what an import or a paste did).
    """

    message = Signal(str)
    # set by the panel
    _adapter: DocumentAdapter
    _actions: list[QAction] | None
    _current_id: str | None
    chart: ChartView

    def select_metric(self, metric_id: str) -> None:
        """Make ``metric_id`` the current metric (the panel shows it)."""
        raise NotImplementedError

    def window_actions(self) -> list[QAction]:
        """Actions for the View menu (the same objects on every call)."""
        if self._actions is None:
            specs = (
                (translate("Metrics", "Import Measurements from CS&V…"), self.import_csv_dialog),
                (
                    translate("Metrics", "Import Measurements from MLflo&w…"),
                    self.import_mlflow_dialog,
                ),
                (translate("Metrics", "Import Measurements from W&&B…"), self.import_wandb_dialog),
                (translate("Metrics", "E&xport Metrics Chart…"), self.export_chart_dialog),
            )
            self._actions = []
            for text, slot in specs:
                action = QAction(text, self)
                action.triggered.connect(lambda _checked=False, s=slot: s())
                self._actions.append(action)
        return self._actions

    def _start_folder(self) -> str:
        path = self._adapter.path
        return str(path.parent) if path else str(Path.home())

    def import_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Metrics", "Import Measurements from CSV"), self._start_folder(),
            translate("Metrics", "CSV files (*.csv *.txt *.tsv);;All files (*)"),
        )  # fmt: skip
        if path:
            self.import_csv_file(Path(path))

    def import_csv_file(self, path: Path) -> bool:
        """Read a long-form CSV, show its report, and apply it as one undo step if confirmed."""
        try:
            result = read_measurements_csv(path, self._adapter.project)
        except MeasurementImportError as exc:
            QMessageBox.warning(self, translate("Metrics", "Import Measurements"), str(exc))
            return False
        return self.apply_import(result)

    def apply_import(self, result: MeasurementImport, confirm: bool = True) -> bool:
        """Apply the rows of an import (after showing its report) as one undo step."""
        project = self._adapter.project
        if confirm and not import_dialogs.confirm_import(self, result, project):
            return False
        if not result.rows:
            return False
        label = ma.import_label(len(result.rows), result.source)
        plan = ma.merge_measurements(project, result.rows, label)
        if plan.edit is None:
            self.message.emit(
                translate("Metrics", "Nothing new to import: every value is already recorded.")
            )
            return False
        if not self._adapter.push(plan.edit):
            return False
        self.message.emit(
            translate("Metrics", "Imported from {source}: {summary}").format(
                source=result.source, summary=plan.summary()
            )
        )
        if self._current_id not in plan.metrics and plan.metrics:
            self.select_metric(plan.metrics[0])
        return True

    def import_mlflow_dialog(self) -> None:
        dialog = import_dialogs.MlflowDialog(self._adapter.project, self)
        if dialog.exec() and dialog.imported is not None:
            self.apply_import(dialog.imported, confirm=False)

    def import_wandb_dialog(self) -> None:
        """Pick a W&B export or offline run, map its metrics and import them as one step."""
        from raci_studio.ui.metrics.wandb_dialog import WandbDialog

        dialog = WandbDialog(self._adapter.project, self)
        if dialog.exec() and dialog.imported is not None:
            self.apply_import(dialog.imported, confirm=False)

    def export_chart_dialog(self) -> None:
        spec = self.chart.spec()
        name = slugify(str(spec).replace(":", "-") if spec else "chart", "chart")
        suggested = str(Path(self._start_folder()) / f"{name}.png")
        path, chosen = QFileDialog.getSaveFileName(
            self, translate("Metrics", "Export Chart"), suggested, chart_filters()
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg", ".pdf"):
            target = target.with_name(target.name + "." + chosen.split("*.")[-1].rstrip(")"))
        try:
            self.chart.export(target)
        except (ChartError, OSError) as exc:
            QMessageBox.critical(
                self,
                translate("Metrics", "Export failed"),
                translate("Metrics", "Could not export {path}: {problem}").format(
                    path=target, problem=exc
                ),
            )
            return
        self.message.emit(translate("Metrics", "Exported {name}").format(name=target.name))

    def _report_rejected(self, title: str, result: MeasurementImport) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, result.summary(), parent=self)
        box.setInformativeText(
            translate("Metrics", "These rows were not understood and were left out:")
        )
        box.setDetailedText("\n".join(str(r) for r in result.rejected))
        box.open()
