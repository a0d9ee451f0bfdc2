"""The Retrospective tab: the timeline chart over the dates, the root-cause analysis, the notes.

The timeline (phases planned against actual, gate decisions, decisions and handoffs, the KPI
and its proxies below with each decision as a line) is drawn by
:mod:`raci_studio.io.charts.timeline` on a matplotlib canvas imported the first time the tab is
shown, never pyplot. Dates are edited in the tables below it, each change one undo step; the
analysis on the right is recomputed after every change. When the file is in a git work tree,
the handoffs of its history (read in a thread by :mod:`.history`) join the timeline and the
analysis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from html import escape
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPalette
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
from raci_studio.core.handoffs import Handoff, describe
from raci_studio.core.lessons import revised_checklist
from raci_studio.core.palette import Scheme
from raci_studio.core.rca import AREAS, analyse
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import FindingsModel
from raci_studio.ui.i18n import translate
from raci_studio.ui.retrospective.history import HistoryBar
from raci_studio.ui.retrospective.notes import RetroNotes
from raci_studio.ui.retrospective.tracking import TrackingPanel
from raci_studio.ui.schedule_tables import GateDatesModel, PhaseDatesModel, ScheduleTable
from raci_studio.ui.selection import Selection
from raci_studio.ui.view import EditCommand

DPI = 100


def report_filters() -> str:
    """Return the file types of the retrospective report, for the Save dialog."""
    return translate("Retrospective", "Markdown (*.md);;Web page (*.html)")


def image_filters() -> str:
    """Return the file types of the timeline image, for the Save dialog."""
    return translate("Retrospective", "PNG image (*.png);;SVG drawing (*.svg)")


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
        self.scheme: Scheme = "light"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        bar = QHBoxLayout()
        title = QLabel(
            translate(
                "Retrospective",
                "Planned against actual, with every decision on the same time axis.",
            ),
            self,
        )
        title.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in any theme
        bar.addWidget(title)
        bar.addStretch(1)
        self.export_button = QPushButton(translate("Retrospective", "Export Retrospective…"), self)
        self.export_button.setToolTip(
            translate(
                "Retrospective",
                "The root-cause analysis with its timeline, as Markdown or a web page",
            )
        )
        self.export_button.clicked.connect(self.export_report_dialog)
        self.image_button = QPushButton(translate("Retrospective", "Export Timeline…"), self)
        self.image_button.setToolTip(
            translate("Retrospective", "The timeline chart as a PNG image or an SVG drawing")
        )
        self.image_button.clicked.connect(self.export_image_dialog)
        bar.addWidget(self.export_button)
        bar.addWidget(self.image_button)
        layout.addLayout(bar)
        self.history = HistoryBar(lambda: adapter.path, self)
        self.history.handoffs_changed.connect(self._history_changed)
        layout.addWidget(self.history)

        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.placeholder: QLabel | None = QLabel(
            translate("Retrospective", "Loading the timeline…"), self
        )
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
        self.tabs.addTab(self.phase_table, translate("Retrospective", "Phase dates"))
        self.tabs.addTab(self.gate_table, translate("Retrospective", "Gate decisions"))
        self.tracking = TrackingPanel(adapter, self.tabs)
        self.tabs.addTab(self.tracking, translate("Retrospective", "Activities"))
        self.notes = RetroNotes(adapter, self.tabs)
        self.tabs.addTab(self.notes, translate("Retrospective", "Notes and lessons"))
        lower.addWidget(self.tabs)
        self.analysis = QTextBrowser(lower)
        self.analysis.setOpenLinks(False)
        self.analysis.setAccessibleName(translate("Retrospective", "Root-cause analysis"))
        lower.addWidget(self.analysis)
        lower.setSizes([620, 520])
        self.split.addWidget(lower)
        self.split.setSizes([430, 300])
        self.split.setChildrenCollapsible(False)
        layout.addWidget(self.split, 1)
        adapter.changed.connect(self._changed)
        adapter.shown.connect(self._follow_file)
        adapter.closed.connect(self._follow_file)
        adapter.undo_stack.cleanChanged.connect(self._follow_file)  # Save As may move it
        self.message.connect(lambda _text: None)
        self._follow_file()
        self.setTabOrder(self.export_button, self.image_button)
        self.setTabOrder(self.image_button, self.history.read_button)
        self.setTabOrder(self.history.read_button, self.tabs)
        self.setTabOrder(self.tabs, self.analysis)

    # -- the View protocol ------------------------------------------------------------------

    def window_actions(self) -> list[QAction]:
        return [self.history.read_action]

    def commit_pending(self) -> None:
        self.notes.commit_pending()

    def zoom(self, step: int) -> None:
        del step  # the chart follows the window's size

    def edit_commands(self) -> Mapping[EditCommand, Callable[[], object]]:
        return {}

    # -- git history ------------------------------------------------------------------------

    @property
    def history_handoffs(self) -> tuple[Handoff, ...]:
        """Return the handoffs found in the file's git history (none until read)."""
        return self.history.handoffs

    def _follow_file(self) -> None:
        self.history.set_path(self._adapter.path)
        if self.isVisible():
            self.history.read_once()

    def _history_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

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
        self._follow_file()  # a file in git: its handoffs, read in a thread

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
        self.analysis.setHtml(analysis_html(self._adapter.project, None, self.history_handoffs))

    def _draw(self) -> None:
        from raci_studio.io.charts.timeline import draw_retrospective, retrospective_size
        from raci_studio.ui.chart_words import chart_words

        project = self._adapter.project
        height = retrospective_size(project)[1]
        wanted = int(height * DPI)
        if self.canvas.minimumHeight() != wanted:
            self.canvas.setMinimumHeight(wanted)
        width = max(self.canvas.width(), 400) / DPI
        self.figure.set_size_inches(width, height, forward=False)
        draw_retrospective(self.figure, project, None, self.history_handoffs, chart_words())
        from raci_studio.io.charts.scheme import apply_scheme

        apply_scheme(self.figure, self.scheme)

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw the timeline in the light or dark colours (its exports stay light)."""
        if scheme == self.scheme:
            return
        self.scheme = scheme
        self._dirty = True
        if self.isVisible() and self.canvas is not None:
            self._timer.start()

    # -- exports ------------------------------------------------------------------------------

    def _start(self, suffix: str) -> str:
        path = self._adapter.path
        stem = path.name.removesuffix(".raci.json") if path else "retrospective"
        folder = path.parent if path else Path.home()
        return str(folder / f"{stem}-retrospective{suffix}")

    def export_report_dialog(self) -> None:
        """Ask where to write the retrospective report, then write it."""
        title = translate("Retrospective", "Export Retrospective")
        path, chosen = QFileDialog.getSaveFileName(
            self, title, self._start(".md"), report_filters()
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".md", ".html"):
            target = target.with_suffix(".html" if "html" in chosen.lower() else ".md")
        try:
            export_report(self._adapter.project, target, self.history_handoffs)
        except OSError as exc:
            QMessageBox.warning(self, title, cannot_write(target, exc))
            return
        self.message.emit(translate("Retrospective", "Wrote {name}").format(name=target.name))

    def export_image_dialog(self) -> None:
        """Ask where to write the timeline image, then write it."""
        title = translate("Retrospective", "Export Timeline")
        path, chosen = QFileDialog.getSaveFileName(
            self, title, self._start("-timeline.png"), image_filters()
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        from raci_studio.io.atomic_write import write_atomic
        from raci_studio.io.charts.timeline import render_retrospective

        project, fmt = self._adapter.project, target.suffix[1:]
        try:
            write_atomic(target, render_retrospective(project, fmt, history=self.history_handoffs))
        except OSError as exc:
            QMessageBox.warning(self, title, cannot_write(target, exc))
            return
        self.message.emit(translate("Retrospective", "Wrote {name}").format(name=target.name))


def cannot_write(target: Path, exc: OSError) -> str:
    """Return why ``target`` could not be written, in words."""
    return translate("Retrospective", "{path} cannot be written: {reason}").format(
        path=target, reason=exc.strerror or exc
    )


def export_report(project: Any, target: Path, history: Sequence[Handoff] = ()) -> None:
    """Write the retrospective report to ``target`` (.md with its image beside it, or .html).

    ``history`` holds the handoffs found in the file's git history, for the report to show.
    """
    from raci_studio.io.exporters import load_formats

    formats = load_formats()
    key = f"report:retrospective{target.suffix.lower()}"
    options = SimpleNamespace(history_handoffs=tuple(history))
    formats[key].write(project, target, options)


def analysis_html(
    project: Any, today: dt.date | None = None, history: Sequence[Handoff] = ()
) -> str:
    """Return the computed analysis as a small HTML page for the side panel."""
    analysis = analyse(project, today, history)
    heading = translate("Retrospective", "Root-cause analysis")
    parts = [f"<h3>{escape(heading)}</h3>"]
    grouped = analysis.by_area()
    if not grouped:
        empty = translate(
            "Retrospective", "No computed finding yet: add dates, gate decisions and measurements."
        )
        parts.append(f"<p><i>{escape(empty)}</i></p>")
    for area, found in grouped.items():
        items = "".join(f"<li>{escape(f.text)}</li>" for f in found)
        parts.append(f"<p><b>{escape(AREAS[area])}</b></p><ul>{items}</ul>")
    if analysis.handoffs:
        items = "".join(
            f"<li>{escape((f'{h.date}: ' if h.date else '') + describe(project, h))}</li>"
            for h in analysis.handoffs
        )
        handoffs = translate("Retrospective", "Handoffs")
        parts.append(f"<p><b>{escape(handoffs)}</b></p><ul>{items}</ul>")
    checklist = revised_checklist(project, analysis)
    if checklist:
        items = "".join(f"<li>☐ {escape(item.text)}</li>" for item in checklist)
        checklist_title = translate("Retrospective", "Revised checklist")
        parts.append(f"<p><b>{escape(checklist_title)}</b></p><ul>{items}</ul>")
    return "\n".join(parts)
