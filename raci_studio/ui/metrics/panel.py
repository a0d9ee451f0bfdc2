"""The Metrics tab: the metrics table, the selected metric's measurements, and the chart.

Its imports and the chart export live in :mod:`raci_studio.ui.metrics.transfers`.

Everything the user changes goes through core edits pushed on the window's undo stack, one
push per action. matplotlib is imported only when the tab is first shown (on a zero-delay
timer after it appears, behind a "Loading charts…" label), never when the window is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions import metrics as ma
from raci_studio.core.changes import Change
from raci_studio.core.edits import Edit
from raci_studio.core.model import MetricCategory, Project
from raci_studio.core.numbers import parse_number
from raci_studio.core.palette import Scheme
from raci_studio.io.measurements.csv_file import parse_pasted_measurements
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import FindingsModel
from raci_studio.ui.i18n import translate
from raci_studio.ui.metrics.chart_view import ChartView
from raci_studio.ui.metrics.delegates import ChoiceDelegate
from raci_studio.ui.metrics.measurements_model import MeasurementsModel
from raci_studio.ui.metrics.measurements_pane import MeasurementsPane
from raci_studio.ui.metrics.metrics_model import COLUMNS, FIELD_COLUMN, MetricsTableModel
from raci_studio.ui.metrics.metrics_model import number_text as _number_text
from raci_studio.ui.metrics.transfers import MetricsTransfers
from raci_studio.ui.metrics.words import category_labels, direction_labels, status_words
from raci_studio.ui.selection import Picked, Selection
from raci_studio.ui.view import EditCommand
from raci_studio.ui.window_layout import remember_splitter, table_height

SOURCE = "metrics"
_WIDTHS = {"status": 124, "name": 220, "category": 110, "unit": 60, "direction": 120,
           "baseline": 72, "target": 72, "threshold": 78, "latest": 150, "proxies": 170,
           "gates": 200}  # fmt: skip


def _column_words(view: QTableView) -> dict[str, int]:
    """Return the width that shows the longest word of each fixed-vocabulary column whole."""
    metrics = view.fontMetrics()
    padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12

    def widest(texts: Iterable[str]) -> int:
        return max(metrics.horizontalAdvance(text) for text in texts) + padding

    return {
        "status": widest(status_words().values()) + view.iconSize().width() + 6,
        "category": widest(category_labels().values()),
        "direction": widest(direction_labels().values()),
    }


class MetricsPanel(MetricsTransfers):
    """The metrics tab, built as ``MetricsPanel(adapter, selection, findings, parent)``.

    Signals
    -------
    message(str)
        A short note for the status bar (what an import or a paste did).
    """

    def __init__(
        self,
        adapter: DocumentAdapter,
        selection: Selection,
        findings: FindingsModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._selection = selection
        self._findings = findings
        self._current_id: str | None = None
        self._zoom = 0
        self._actions: list[QAction] | None = None
        self._chart_load_scheduled = False
        self.metrics_model = MetricsTableModel(adapter, self)
        self.measurements_model = MeasurementsModel(adapter, self)
        self.chart = ChartView(lambda: self._adapter.project, self)
        self.chart.export_button.clicked.connect(self.export_chart_dialog)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(self._make_toolbar())
        self.split = split = QSplitter(Qt.Orientation.Vertical, self)  # table over the rest
        split.addWidget(self._make_metrics_table())
        self.lower_split = lower = QSplitter(Qt.Orientation.Horizontal, split)
        lower.addWidget(self._make_measurements())
        lower.addWidget(self.chart)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 5)
        lower.setSizes([380, 900])
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        lower.setChildrenCollapsible(False)
        self._split_placed = False  # sized for the screen on the first show, unless restored
        layout.addWidget(split, 1)
        self.note = QLabel("", self)
        self.note.setStyleSheet("color: #52606D;")
        layout.addWidget(self.note)

        adapter.changed.connect(self._on_changed)
        selection.changed.connect(self._follow_selection)
        findings.updated.connect(self._apply_findings)
        self.metrics_model.modelReset.connect(self._restore_current)
        self.metrics_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.message.connect(self._show_note)
        self._restore_current()
        self._apply_findings()
        self._order_tabs()

    # -- building -----------------------------------------------------------------------------

    def _make_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("Metrics", "Add Metric"), self)
        self.add_button.clicked.connect(self.add_metric)
        self.remove_button = QPushButton(translate("Metrics", "Delete Metric"), self)
        self.remove_button.clicked.connect(self.remove_metric)
        self.csv_button = QPushButton(translate("Metrics", "Import Measurements from CSV…"), self)
        self.csv_button.clicked.connect(self.import_csv_dialog)
        self.mlflow_button = QPushButton(translate("Metrics", "Import from MLflow…"), self)
        self.mlflow_button.clicked.connect(self.import_mlflow_dialog)
        self.wandb_button = QPushButton(translate("Metrics", "Import from W&&B…"), self)
        self.wandb_button.setToolTip(translate("Metrics", "Import from Weights & Biases"))
        self.wandb_button.clicked.connect(self.import_wandb_dialog)
        for button in (self.add_button, self.remove_button):
            row.addWidget(button)
        row.addSpacing(16)
        row.addWidget(self.csv_button)
        row.addWidget(self.mlflow_button)
        row.addWidget(self.wandb_button)
        row.addStretch(1)
        return row

    def _order_tabs(self) -> None:
        """Let Tab follow reading order: the buttons, the metrics, the form, the chart."""
        chain: list[QWidget] = [
            self.add_button, self.remove_button, self.csv_button, self.mlflow_button,
            self.wandb_button, self.metrics_view, *self.measurements_pane.tab_stops(),
            self.chart.picker, self.chart.export_button, self.chart.scroll_area,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _make_metrics_table(self) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(translate("Metrics", "Metrics"))
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        view.setModel(self.metrics_model)
        view.setItemDelegate(ChoiceDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setIconSize(QSize(14, 14))
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        words = _column_words(view)
        for key in COLUMNS:
            if key in _WIDTHS:
                column = FIELD_COLUMN[key]
                # never narrower than the header's words or the column's fixed vocabulary
                # (statuses, categories, directions), which a translation may lengthen
                wanted = max(_WIDTHS[key], header.sectionSizeHint(column), words.get(key, 0))
                header.resizeSection(column, wanted)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.metrics_view = view
        return view

    def _make_measurements(self) -> QWidget:
        self.measurements_pane = pane = MeasurementsPane(self.measurements_model, self)
        self.measurements_title = pane.title
        self.date_box, self.value_box, self.note_box = pane.date_box, pane.value_box, pane.note_box
        self.measurements_view = pane.view
        for signal in (
            self.value_box.returnPressed,
            self.note_box.returnPressed,
            pane.add_button.clicked,
        ):
            signal.connect(self.add_measurement_from_form)
        pane.remove_button.clicked.connect(self.remove_measurements)
        return pane

    # -- lazy charts --------------------------------------------------------------------------

    def remember_layout(self, settings: QSettings) -> None:
        """Put the splitters where the user last left them and keep them there."""
        for key, splitter in (("metrics", self.split), ("metrics-lower", self.lower_split)):
            if settings.contains(f"splitters/{key}"):
                self._split_placed = True
            remember_splitter(splitter, settings, key)

    def _place_split(self) -> None:
        """Give the metrics table room for up to six rows and the chart the rest."""
        wanted = table_height(self.metrics_view, min(max(self.metrics_model.rowCount(), 3), 6))
        total = sum(self.split.sizes())
        if total > 0:
            top = min(wanted, total * 2 // 5)
            self.split.setSizes([top, total - top])
            lower = self.lower_split.width()
            self.lower_split.setSizes([lower * 2 // 7, lower * 5 // 7])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._split_placed:
            self._split_placed = True
            self._place_split()
        if not self.chart.loaded and not self._chart_load_scheduled:
            # Let the tab paint its tables and the "Loading charts…" label first.
            self._chart_load_scheduled = True
            QTimer.singleShot(0, self.chart, self.chart.load)

    # -- following the document, the selection and the findings ------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.concerns("metrics", "gates"):
            self.chart.request_redraw()
        if change.concerns("metrics"):
            self._update_title()

    def _restore_current(self) -> None:
        row = self.metrics_model.row_of(self._current_id) if self._current_id else None
        if row is None and self.metrics_model.rowCount():
            row = 0
        if row is None:
            self._set_current(None)
            return
        self.metrics_view.setCurrentIndex(self.metrics_model.index(row, FIELD_COLUMN["name"]))
        self._set_current(self.metrics_model.metric(row).id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        metric_id = self.metrics_model.metric(current.row()).id
        self._set_current(metric_id)
        self._selection.pick("metric", [metric_id], SOURCE)

    def _set_current(self, metric_id: str | None) -> None:
        self._current_id = metric_id
        self.measurements_model.show_metric(metric_id)
        self.chart.set_metric(metric_id)
        self._update_title()

    def _update_title(self) -> None:
        self.measurements_pane.show_metric(self.measurements_model.metric())

    def _follow_selection(self, picked: Picked) -> None:
        if picked.source == SOURCE or picked.kind != "metric" or not picked.ids:
            return
        self.select_metric(picked.ids[0])

    def select_metric(self, metric_id: str) -> None:
        """Make ``metric_id`` the current metric (its measurements and charts follow)."""
        row = self.metrics_model.row_of(metric_id)
        if row is not None:
            self.metrics_view.setCurrentIndex(self.metrics_model.index(row, FIELD_COLUMN["name"]))

    def current_metric_id(self) -> str | None:
        return self._current_id

    def _apply_findings(self) -> None:
        notes: dict[str, list[str]] = {}
        for finding in self._findings.findings:
            if finding.subject == "metric" and finding.ids:
                notes.setdefault(finding.ids[0], []).append(finding.message)
        self.metrics_model.set_notes(notes)

    def _show_note(self, text: str) -> None:
        self.note.setText(text)

    # -- metrics ------------------------------------------------------------------------------

    def add_metric(self) -> None:
        """Add a metric after the current one and start editing its name."""
        row = self.metrics_model.row_of(self._current_id) if self._current_id else None
        index = None if row is None else row + 1
        edit = self._adapter.run(
            lambda p: ma.add_metric(p, "New metric", MetricCategory.MODEL, index)
        )
        if edit is not None and edit.created is not None:
            self.select_metric(edit.created)
            self.metrics_view.edit(self.metrics_view.currentIndex())

    def remove_metric(self) -> None:
        """Delete the current metric (criteria bound to it become manual)."""
        metric_id = self._current_id
        if metric_id is not None:
            self._adapter.run(lambda p: ma.remove_metric(p, metric_id))

    # -- measurements -------------------------------------------------------------------------

    def add_measurement_from_form(self) -> None:
        """Add the measurement typed in the form above the table (one undo step)."""
        if self._current_id is None:
            self.message.emit(translate("Metrics", "Add a metric first."))
            return
        metric_id, text, note = self._current_id, self.value_box.text(), self.note_box.text()
        date = self.measurements_pane.form_date()

        def build(project: Project) -> Edit:
            try:
                number = parse_number(text)
            except ValueError as exc:
                raise ValueError(
                    translate("Metrics", "Value: {problem}").format(problem=exc)
                ) from None
            return ma.add_measurement(project, metric_id, date, number, note)

        if self._adapter.run(build) is None:
            self.value_box.setFocus()
        else:
            self.value_box.clear()
            self.note_box.clear()
            self.value_box.setFocus()

    def selected_measurements(self) -> list[int]:
        rows = self.measurements_view.selectionModel().selectedRows()
        return sorted({index.row() for index in rows})

    def remove_measurements(self) -> None:
        """Delete the selected measurements (one undo step)."""
        rows, metric_id = self.selected_measurements(), self._current_id
        if metric_id is not None and rows:
            self._adapter.run(lambda p: ma.remove_measurements(p, metric_id, rows))

    # -- commands the window calls on the current tab ---------------------------------------------

    def copy(self) -> None:
        """Copy the selected measurements as tab-separated rows (date, value, note, source)."""
        metric = self.measurements_model.metric()
        rows = self.selected_measurements()
        if metric is None or not rows:
            return
        lines = []
        for row in rows:
            m = metric.measurements[row]
            lines.append("\t".join((m.date.isoformat(), _number_text(m.value), m.note, m.source)))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def cut(self) -> None:
        self.copy()
        self.remove_measurements()

    def paste(self, text: str | None = None) -> None:
        """Add rows pasted from a spreadsheet to the current metric, as one undo step."""
        metric = self.measurements_model.metric()
        if metric is None:
            self.message.emit(translate("Metrics", "Select a metric to paste measurements into."))
            return
        text = QGuiApplication.clipboard().text() if text is None else text
        result = parse_pasted_measurements(text, metric)
        if result.rows:
            plan = ma.paste_measurements(
                self._adapter.project, metric.id, [m for _, m in result.rows]
            )
            if plan.edit is not None and self._adapter.push(plan.edit):
                self.message.emit(
                    translate("Metrics", "Pasted into {name}: {summary}").format(
                        name=metric.name, summary=plan.summary()
                    )
                )
            elif plan.edit is None:
                self.message.emit(
                    translate("Metrics", "Nothing new to paste: those values are already recorded.")
                )
        if result.rejected:
            self._report_rejected(translate("Metrics", "Paste"), result)
        elif not result.rows:
            self.message.emit(
                translate(
                    "Metrics", "Nothing to paste: copy rows of date and value from a spreadsheet."
                )
            )

    def delete_selected(self) -> None:
        if self.metrics_view.hasFocus():
            self.remove_metric()
        else:
            self.remove_measurements()

    def selectAll(self) -> None:
        self.measurements_view.selectAll()

    def focus_find(self) -> None:
        self.metrics_view.setFocus()

    def commit_pending(self) -> None:
        """Nothing to do: a table cell's editor commits when it closes."""

    def edit_commands(self) -> dict[EditCommand, Callable[[], object]]:
        """What the Edit menu's commands do here."""
        return {
            "cut": self.cut,
            "copy": self.copy,
            "paste": self.paste,
            "delete": self.delete_selected,
            "select-all": self.selectAll,
            "find": self.focus_find,
        }

    def zoom(self, step: int) -> None:
        """Make the tables' text larger (+1), smaller (-1) or back to normal (0)."""
        self._zoom = 0 if step == 0 else max(-3, min(6, self._zoom + step))
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() + self._zoom))
        for view in (self.metrics_view, self.measurements_view):
            view.setFont(font)
            view.verticalHeader().setDefaultSectionSize(24 + 3 * self._zoom)

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw the chart in the light or dark colours (its exports stay light)."""
        self.chart.set_scheme(scheme)
