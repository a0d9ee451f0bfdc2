"""Import from Weights & Biases: the MLflow picker, reading W&B exports and offline runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from raci_studio.core.model import Project
from raci_studio.io.measurements.found import MeasurementImport
from raci_studio.io.measurements.mlflow_store import suggest_mapping
from raci_studio.io.measurements.wandb_runs import open_wandb, read_run
from raci_studio.ui.i18n import translate
from raci_studio.ui.metrics.import_dialogs import MlflowDialog, TrackerWords


class WandbDialog(MlflowDialog):
    """Pick a W&B CSV export or offline run folder, a run, map its metrics, preview, apply."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(
                translate("MeasurementImport", "&Date for values the export does not date:"), self
            )
        )
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self._update_preview)
        row.itemAt(0).widget().setBuddy(self.date_edit)  # type: ignore[union-attr]
        row.addWidget(self.date_edit)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, row)
        self.extra_stops.append(self.date_edit)
        self._order_tabs()

    def _words(self) -> TrackerWords:
        return TrackerWords(
            title=translate("MeasurementImport", "Import from Weights & Biases"),
            intro=translate(
                "MeasurementImport",
                "Read a run's metrics from a <b>CSV export</b> of a W&amp;B chart or run table, "
                "or from <b>offline run folders</b> (wandb/offline-run-…), with no W&amp;B "
                "account or installation.",
            ),
            key_header=translate("MeasurementImport", "W&B metric"),
            mapping_title=translate("MeasurementImport", "Map W&B metrics to project metrics"),
            map_first=translate(
                "MeasurementImport", "Map at least one W&B metric to a project metric."
            ),
        )

    def _sources(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            (translate("MeasurementImport", "CSV Export…"), self._choose_csv),
            (translate("MeasurementImport", "Run Folder…"), self._choose_runs),
        ]

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MeasurementImport", "Choose a W&B CSV Export"),
            "",
            translate("MeasurementImport", "CSV files (*.csv);;All (*)"),
        )
        if path:
            self.open_path(Path(path))

    def _choose_runs(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("MeasurementImport", "Choose a wandb Folder or an Offline Run")
        )
        if path:
            self.open_path(Path(path))

    def _open(self, path: Path) -> Any:
        return open_wandb(path)

    def on_date(self) -> dt.date:
        """Return the date given to values whose source has no time."""
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def _read(self, run_id: str, mapping: dict[str, str]) -> MeasurementImport:
        return read_run(
            self.store,
            run_id,
            mapping,
            self.project,
            latest_only=self.latest_only.isChecked(),
            on=self.on_date(),
        )

    def _suggest(self, keys: tuple[str, ...]) -> dict[str, str]:
        return suggest_mapping(keys, self.project)
