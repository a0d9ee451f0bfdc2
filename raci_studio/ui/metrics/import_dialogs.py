"""Dialogs of the measurement imports: the report before applying, and the MLflow picker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.model import Project
from raci_studio.io.measurements.found import MeasurementImport, MeasurementImportError
from raci_studio.io.measurements.mlflow_store import (
    MlflowStoreBusyError,
    open_store,
    read_run,
    suggest_mapping,
)
from raci_studio.ui.i18n import translate


@dataclass(frozen=True)
class TrackerWords:
    """What an import dialog says about its tracker, each a whole sentence for translators."""

    title: str
    intro: str
    key_header: str  # the mapping's first column: the tracker's metric keys
    mapping_title: str
    map_first: str  # the preview when no key is mapped yet


def confirm_import(parent: QWidget, result: MeasurementImport, project: Project) -> bool:
    """Show what an import found (and what it rejected) and ask whether to apply it."""
    count = len(result.rows)
    if not count:
        title = translate("MeasurementImport", "Nothing to import")
        box = QMessageBox(QMessageBox.Icon.Warning, title, result.summary(), parent=parent)
        box.setDetailedText(result.to_text(project))
        box.exec()
        return False
    icon = QMessageBox.Icon.Question if result.complete else QMessageBox.Icon.Warning
    title = translate("MeasurementImport", "Import measurements")
    box = QMessageBox(icon, title, result.summary(), parent=parent)
    if not result.complete:
        box.setInformativeText(
            translate(
                "MeasurementImport",
                "Rejected rows are left out. Import the others, as one step you can undo?",
            )
        )
    else:
        box.setInformativeText(
            translate("MeasurementImport", "Import them as one step you can undo?")
        )
    box.setDetailedText(result.to_text(project))
    apply = box.addButton(
        translate("MeasurementImport", "Import %n", None, count), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(apply)
    box.exec()
    return box.clickedButton() is apply


class MlflowDialog(QDialog):
    """Pick an MLflow store and a run, map its metric keys to project metrics, preview, apply.

    After ``exec()`` returns Accepted, :attr:`imported` holds the measurements to add. Other
    experiment trackers reuse the dialog by overriding :meth:`_words`, :meth:`_sources`,
    :meth:`_open` and :meth:`_read` (see :mod:`raci_studio.ui.metrics.wandb_dialog`).
    """

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words = self._words()
        self.setWindowTitle(words.title)
        self.resize(860, 620)
        self.project = project
        self.store: Any = None
        self.imported: MeasurementImport | None = None
        layout = QVBoxLayout(self)
        intro_label = QLabel(words.intro, self)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        source = QHBoxLayout()
        self.path_box = QLineEdit(self)
        self.path_box.setReadOnly(True)
        self.path_box.setPlaceholderText(translate("MeasurementImport", "Nothing chosen yet"))
        self.path_box.setAccessibleName(translate("MeasurementImport", "Store read from"))
        source.addWidget(self.path_box, 1)
        self.choosers: list[QPushButton] = []
        for label, choose in self._sources():
            chooser = QPushButton(label, self)
            chooser.clicked.connect(choose)
            source.addWidget(chooser)
            self.choosers.append(chooser)
        #: Widgets a tracker adds after the choosers, in reading order (see _order_tabs).
        self.extra_stops: list[QWidget] = []
        layout.addLayout(source)
        busy_row = QHBoxLayout()
        self.busy_note = QLabel(self)
        self.busy_note.setWordWrap(True)
        self.retry_button = QPushButton(translate("MeasurementImport", "Try Again"), self)
        self.retry_button.clicked.connect(self.retry)
        busy_row.addWidget(self.busy_note, 1)
        busy_row.addWidget(self.retry_button)
        layout.addLayout(busy_row)
        self._retry: Callable[[], object] | None = None
        self._show_busy(None)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.runs = self._table(
            [
                translate("MeasurementImport", "Run"),
                translate("MeasurementImport", "Parent run"),
                translate("MeasurementImport", "Experiment"),
                translate("MeasurementImport", "Started (local time)"),
                translate("MeasurementImport", "Status"),
                translate("MeasurementImport", "Metrics"),
            ]
        )
        self._fit_columns(self.runs)  # the headers fit before any run is listed
        self.runs.itemSelectionChanged.connect(self._run_picked)
        self.mapping = self._table(
            [
                words.key_header,
                translate("MeasurementImport", "Project metric"),
            ]
        )
        # the column holds combo boxes, which ResizeToContents does not measure
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.mapping.setColumnWidth(1, 300)
        split.addWidget(self._titled(translate("MeasurementImport", "Runs"), self.runs))
        split.addWidget(self._titled(words.mapping_title, self.mapping))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        split.addWidget(
            self._titled(translate("MeasurementImport", "What will be imported"), self.preview)
        )
        layout.addWidget(split, 1)
        modes = QHBoxLayout()
        self.per_day = QRadioButton(
            translate("MeasurementImport", "One value per day (the last one logged that day)"),
            self,
        )
        self.per_day.setChecked(True)
        self.latest_only = QRadioButton(
            translate("MeasurementImport", "Only the latest value"), self
        )
        for mode in (self.per_day, self.latest_only):
            mode.toggled.connect(self._update_preview)
            modes.addWidget(mode)
        modes.addStretch(1)
        layout.addLayout(modes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("MeasurementImport", "Import")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._order_tabs()
        self._update_preview()

    def _order_tabs(self) -> None:
        """Let Tab follow reading order, through the mapping's drop-downs to the preview."""
        boxes = [self.mapping.cellWidget(row, 1) for row in range(self.mapping.rowCount())]
        layout = self.buttons.layout()
        assert layout is not None  # a button box lays its buttons out itself
        buttons = sorted(self.buttons.buttons(), key=layout.indexOf)
        chain = [
            self.path_box, *self.choosers, *self.extra_stops, self.retry_button, self.runs,
            self.mapping, *(box for box in boxes if box is not None), self.preview,
            self.per_day, self.latest_only, *buttons,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        return table

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        label = QLabel(title, box)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        label.setWordWrap(True)
        widget.setAccessibleName(title)
        column.addWidget(label)
        column.addWidget(widget)
        return box

    # -- what differs between trackers -----------------------------------------------------

    def _words(self) -> TrackerWords:
        """Return what the dialog says about this tracker."""
        return TrackerWords(
            title=translate("MeasurementImport", "Import from MLflow"),
            intro=translate(
                "MeasurementImport",
                "Read a run's metric history from a local <b>mlruns</b> folder or an "
                "<b>mlflow.db</b> tracking store (no MLflow installation needed).",
            ),
            key_header=translate("MeasurementImport", "MLflow metric"),
            mapping_title=translate("MeasurementImport", "Map MLflow metrics to project metrics"),
            map_first=translate(
                "MeasurementImport", "Map at least one MLflow metric to a project metric."
            ),
        )

    def _sources(self) -> list[tuple[str, Callable[[], None]]]:
        """Return the buttons that choose where to read from."""
        return [
            (translate("MeasurementImport", "mlruns Folder…"), self._choose_folder),
            (translate("MeasurementImport", "mlflow.db File…"), self._choose_database),
        ]

    def _open(self, path: Path) -> Any:
        """Open the store at ``path`` (raises the tracker's MeasurementImportError)."""
        return open_store(path)

    def _read(self, run_id: str, mapping: dict[str, str]) -> MeasurementImport:
        """Read the mapped metrics of one run as measurements."""
        return read_run(
            self.store, run_id, mapping, self.project, latest_only=self.latest_only.isChecked()
        )

    def _suggest(self, keys: tuple[str, ...]) -> dict[str, str]:
        return suggest_mapping(keys, self.project)

    # -- choosing -----------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("MeasurementImport", "Choose an mlruns Folder")
        )
        if path:
            self.open_path(Path(path))

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MeasurementImport", "Choose an MLflow Database"),
            "",
            translate("MeasurementImport", "MLflow databases (*.db *.sqlite);;All (*)"),
        )
        if path:
            self.open_path(Path(path))

    def _show_busy(self, message: str | None, retry: Callable[[], object] | None = None) -> None:
        """Say that the store is being written and offer to try again (None: hide)."""
        self._retry = retry
        self.busy_note.setText(message or "")
        self.busy_note.setVisible(bool(message))
        self.retry_button.setVisible(bool(message))

    def retry(self) -> None:
        """Try the read that found the store being written again."""
        action = self._retry
        self._show_busy(None)
        if action is not None:
            action()

    def open_path(self, path: Path) -> bool:
        """Open a store and list its runs; say why when it cannot be read."""
        self._show_busy(None)
        self.path_box.setText(str(path))
        try:
            store = self._open(path)
        except MlflowStoreBusyError as exc:
            self._clear(str(exc))
            self._show_busy(_busy_words(), lambda: self.open_path(path))
            return False
        except MeasurementImportError as exc:
            self._clear(str(exc))
            return False
        self.store = store
        count = len(store.runs)  # lupdate drops a translate call whose count is not a plain name
        listed = translate("MeasurementImport", "{path}  ({kind}, %n runs)", None, count)
        self.path_box.setText(listed.format(path=path, kind=store.kind))
        self.runs.setRowCount(len(store.runs))
        for row, run in enumerate(store.runs):
            cells = (
                run.name,
                run.parent_name,
                run.experiment,
                run.local_start(),
                run.status,
                str(len(run.metric_keys)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, run.run_id)
                item.setToolTip(text if column else f"{run.name}\nid {run.run_id}")
                self.runs.setItem(row, column, item)
        self._fit_columns(self.runs)
        if store.runs:
            self.runs.selectRow(0)
        else:
            self.preview.setPlainText(translate("MeasurementImport", "This store has no runs."))
        return True

    def _fit_columns(self, table: QTableWidget, widest: int = 220) -> None:
        """Size the columns after the first to their text, none wider than ``widest``."""
        for column in range(1, table.columnCount()):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), widest))

    def _clear(self, message: str) -> None:
        self.store = None
        self.runs.setRowCount(0)
        self.mapping.setRowCount(0)
        self.preview.setPlainText(message)
        self._set_importable(False)

    def select_run(self, run_id: str) -> None:
        """Pick the run with ``run_id``."""
        for row in range(self.runs.rowCount()):
            if _first_item(self.runs, row).data(Qt.ItemDataRole.UserRole) == run_id:
                self.runs.selectRow(row)
                return

    def run_id(self) -> str | None:
        rows = self.runs.selectionModel().selectedRows()
        if not rows:
            return None
        return str(_first_item(self.runs, rows[0].row()).data(Qt.ItemDataRole.UserRole))

    def _run_picked(self) -> None:
        run_id = self.run_id()
        if self.store is None or run_id is None:
            return
        run = self.store.run(run_id)
        guess = self._suggest(run.metric_keys)
        self.mapping.setRowCount(len(run.metric_keys))
        for row, key in enumerate(run.metric_keys):
            self.mapping.setItem(row, 0, QTableWidgetItem(key))
            box = QComboBox(self.mapping)
            box.setAccessibleName(
                translate("MeasurementImport", "Project metric for {key}").format(key=key)
            )
            box.addItem(translate("MeasurementImport", "(do not import)"), "")
            for metric in self.project.metrics:
                box.addItem(metric.name, metric.id)
            box.setCurrentIndex(max(0, box.findData(guess.get(key, ""))))
            box.currentIndexChanged.connect(self._update_preview)
            self.mapping.setCellWidget(row, 1, box)
        self._order_tabs()
        self._update_preview()

    def set_mapping(self, key: str, metric_id: str) -> None:
        """Map the MLflow metric ``key`` to the project metric ``metric_id`` ("" to skip)."""
        for row in range(self.mapping.rowCount()):
            if _first_item(self.mapping, row).text() == key:
                box = self.mapping.cellWidget(row, 1)
                assert isinstance(box, QComboBox)
                box.setCurrentIndex(max(0, box.findData(metric_id)))

    def mapping_dict(self) -> dict[str, str]:
        out = {}
        for row in range(self.mapping.rowCount()):
            box = self.mapping.cellWidget(row, 1)
            if isinstance(box, QComboBox) and box.currentData():
                out[_first_item(self.mapping, row).text()] = str(box.currentData())
        return out

    def _update_preview(self) -> None:
        run_id = self.run_id()
        mapping = self.mapping_dict()
        if self.store is None or run_id is None:
            self._set_importable(False)
            return
        if not mapping:
            self.imported = None
            self.preview.setPlainText(self.words.map_first)
            self._set_importable(False)
            return
        try:
            self.imported = self._read(run_id, mapping)
        except MlflowStoreBusyError as exc:
            self.imported = None
            self.preview.setPlainText(str(exc))
            self._set_importable(False)
            self._show_busy(_busy_words(), self._update_preview)
            return
        except MeasurementImportError as exc:
            self.imported = None
            self.preview.setPlainText(str(exc))
            self._set_importable(False)
            return
        text = self.imported.to_text(self.project)
        if self.store.problems:
            listing = translate("MeasurementImport", "While listing runs:")
            text += f"\n{listing}\n" + "\n".join(f"  - {p}" for p in self.store.problems)
        self.preview.setPlainText(text)
        self._set_importable(bool(self.imported.rows))

    def _set_importable(self, enabled: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)


def _busy_words() -> str:
    """Return what the dialog says when the store is being written."""
    return translate(
        "MeasurementImport", "The store is being written (a run may be logging to it right now)."
    )


def _first_item(table: QTableWidget, row: int) -> QTableWidgetItem:
    """Return the item in the first column of ``row`` (filled whenever the row is)."""
    item = table.item(row, 0)
    assert item is not None, f"row {row} has no first-column item"
    return item
