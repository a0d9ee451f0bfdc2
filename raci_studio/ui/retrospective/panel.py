"""The Retrospective tab: the timeline chart over the dates, the root-cause analysis, the notes.

The timeline (phases planned against actual, gate decisions, decisions and handoffs, the KPI
and its proxies below with each decision as a line) is drawn by
:mod:`raci_studio.io.charts.timeline` on a matplotlib canvas imported the first time the tab is
shown, never pyplot. Dates are edited in the tables below it, each change one undo step; the
analysis on the right is recomputed after every change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.changes import Change
from raci_studio.core.handoffs import describe
from raci_studio.core.lessons import revised_checklist
from raci_studio.core.rca import AREAS, analyse
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import FindingsModel
from raci_studio.ui.retrospective.notes import RetroNotes
from raci_studio.ui.retrospective.tracking import TrackingPanel
from raci_studio.ui.schedule_tables import GateDatesModel, PhaseDatesModel, ScheduleTable
from raci_studio.ui.selection import Selection
from raci_studio.ui.view import EditCommand

DPI = 100
REPORT_FILTERS = "Markdown (*.md);;Web page (*.html)"
IMAGE_FILTERS = "PNG image (*.png);;SVG drawing (*.svg)"


class RetrospectivePanel(QWidget):
    """The retrospective tab, built as ``RetrospectivePanel(adapter, selection, findings, parent)``.

    Signals
    -------
    message(str)
        A short note for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        adapter: DocumentAdapter,
        selection: Selection,
        findings: FindingsModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.figure: Any = None
        self.canvas: Any = None
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        bar = QHBoxLayout()
        title = QLabel("Planned against actual, with every decision on the same time axis.", self)
        title.setStyleSheet("color: #52606D;")
        bar.addWidget(title)
        bar.addStretch(1)
        self.export_button = QPushButton("Export Retrospective…", self)
        self.export_button.setToolTip(
            "The root-cause analysis with its timeline, as Markdown or a web page"
        )
        self.export_button.clicked.connect(self.export_report_dialog)
        self.image_button = QPushButton("Export Timeline…", self)
        self.image_button.clicked.connect(self.export_image_dialog)
        bar.addWidget(self.export_button)
        bar.addWidget(self.image_button)
        layout.addLayout(bar)

        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.placeholder: QLabel | None = QLabel("Loading the timeline…", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_area = QScrollArea(self)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_area.setWidget(self.placeholder)
        self.split.addWidget(self.chart_area)
        lower = QSplitter(Qt.Orientation.Horizontal, self.split)
        self.tabs = QTabWidget(lower)
        self.phase_dates = PhaseDatesModel(adapter, self)
        self.gate_dates = GateDatesModel(adapter, self)
        self.phase_table = ScheduleTable(self.phase_dates, adapter, self.tabs)
        self.gate_table = ScheduleTable(self.gate_dates, adapter, self.tabs)
        self.tabs.addTab(self.phase_table, "Phase dates")
        self.tabs.addTab(self.gate_table, "Gate decisions")
        self.tracking = TrackingPanel(adapter, self.tabs)
        self.tabs.addTab(self.tracking, "Activities")
        self.notes = RetroNotes(adapter, self.tabs)
        self.tabs.addTab(self.notes, "Notes and lessons")
        lower.addWidget(self.tabs)
        self.analysis = QTextBrowser(lower)
        self.analysis.setOpenLinks(False)
        lower.addWidget(self.analysis)
        lower.setSizes([620, 520])
        self.split.addWidget(lower)
        self.split.setSizes([430, 300])
        self.split.setChildrenCollapsible(False)
        layout.addWidget(self.split, 1)
        adapter.changed.connect(self._changed)
        self.message.connect(lambda _text: None)

    # -- the View protocol ------------------------------------------------------------------

    def window_actions(self) -> list[QAction]:
        return []

    def commit_pending(self) -> None:
        self.notes.commit_pending()

    def zoom(self, step: int) -> None:
        del step  # the chart follows the window's size

    def edit_commands(self) -> Mapping[EditCommand, Callable[[], object]]:
        return {}

    # -- drawing ------------------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if change.is_layout_only:
            return
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty or self.canvas is None:
            self._timer.start()  # after the tab appears: matplotlib loads then, not before

    def load(self) -> None:
        """Import matplotlib and build the canvas (once)."""
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(dpi=DPI)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.chart_area.setWidget(self.canvas)
        self.placeholder = None
        self.canvas.mpl_connect("resize_event", lambda _event: self._draw())

    def _refresh(self) -> None:
        if not self.isVisible():
            return
        self.load()
        self._dirty = False
        self._draw()
        self.canvas.draw_idle()
        self.analysis.setHtml(analysis_html(self._adapter.project))

    def _draw(self) -> None:
        from raci_studio.io.charts.timeline import draw_retrospective, retrospective_size

        project = self._adapter.project
        height = retrospective_size(project)[1]
        wanted = int(height * DPI)
        if self.canvas.minimumHeight() != wanted:
            self.canvas.setMinimumHeight(wanted)
        width = max(self.canvas.width(), 400) / DPI
        self.figure.set_size_inches(width, height, forward=False)
        draw_retrospective(self.figure, project)

    # -- exports ------------------------------------------------------------------------------

    def _start(self, suffix: str) -> str:
        path = self._adapter.path
        stem = path.name.removesuffix(".raci.json") if path else "retrospective"
        folder = path.parent if path else Path.home()
        return str(folder / f"{stem}-retrospective{suffix}")

    def export_report_dialog(self) -> None:
        """Ask where to write the retrospective report, then write it."""
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export Retrospective", self._start(".md"), REPORT_FILTERS
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".md", ".html"):
            target = target.with_suffix(".html" if "html" in chosen else ".md")
        try:
            export_report(self._adapter.project, target)
        except OSError as exc:
            QMessageBox.warning(self, "Export Retrospective", f"{target} cannot be written: {exc}")
            return
        self.message.emit(f"Wrote {target.name}")

    def export_image_dialog(self) -> None:
        """Ask where to write the timeline image, then write it."""
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export Timeline", self._start("-timeline.png"), IMAGE_FILTERS
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in chosen else ".png")
        from raci_studio.io.atomic_write import write_atomic
        from raci_studio.io.charts.timeline import render_retrospective

        try:
            write_atomic(target, render_retrospective(self._adapter.project, target.suffix[1:]))
        except OSError as exc:
            QMessageBox.warning(self, "Export Timeline", f"{target} cannot be written: {exc}")
            return
        self.message.emit(f"Wrote {target.name}")


def export_report(project: Any, target: Path) -> None:
    """Write the retrospective report to ``target`` (.md with its image beside it, or .html)."""
    from raci_studio.io.exporters import load_formats

    formats = load_formats()
    key = f"report:retrospective{target.suffix.lower()}"
    formats[key].write(project, target, None)


def analysis_html(project: Any, today: dt.date | None = None) -> str:
    """Return the computed analysis as a small HTML page for the side panel."""
    analysis = analyse(project, today)
    parts = ["<h3>Root-cause analysis</h3>"]
    grouped = analysis.by_area()
    if not grouped:
        parts.append(
            "<p><i>No computed finding yet: add dates, gate decisions and measurements.</i></p>"
        )
    for area, found in grouped.items():
        items = "".join(f"<li>{escape(f.text)}</li>" for f in found)
        parts.append(f"<p><b>{escape(AREAS[area])}</b></p><ul>{items}</ul>")
    if analysis.handoffs:
        items = "".join(
            f"<li>{escape((f'{h.date}: ' if h.date else '') + describe(project, h))}</li>"
            for h in analysis.handoffs
        )
        parts.append(f"<p><b>Handoffs</b></p><ul>{items}</ul>")
    checklist = revised_checklist(project, analysis)
    if checklist:
        items = "".join(f"<li>☐ {escape(item.text)}</li>" for item in checklist)
        parts.append(f"<p><b>Revised checklist</b></p><ul>{items}</ul>")
    return "\n".join(parts)
