"""The chart panel: a matplotlib canvas loaded the first time it is shown, never at start-up.

Until then a "Loading charts…" label stands in its place. Redraws are gathered on a zero-delay
timer, so that one edit (or a burst of them) costs one ``draw_idle()``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.chart_data import ChartError, ChartSpec, kpi_for
from raci_studio.core.model import Project
from raci_studio.core.palette import Scheme
from raci_studio.io.charts.style import DPI
from raci_studio.ui.i18n import translate

#: The smallest canvas a chart is drawn on; a larger pane is filled.
MIN_CANVAS_HEIGHT = 160
#: Height of one scorecard row when the pane is short: rows closer than in an export.
COMPACT_ROW_INCHES = 0.3

#: The charts, in the order the picker offers them.
KINDS = ("metric", "kpi", "scorecard", "drift")


def kind_names() -> dict[str, str]:
    """Return each chart's name as the picker shows it."""
    return {
        "metric": translate("Metrics", "Metric over time"),
        "kpi": translate("Metrics", "KPI and its proxies"),
        "scorecard": translate("Metrics", "Scorecard"),
        "drift": translate("Metrics", "Degradation"),
    }


def toolbar_words() -> dict[str, tuple[str, str]]:
    """Return the name and tooltip of each of matplotlib's chart tools, by its callback."""
    return {
        "home": (
            translate("Metrics", "Reset View"),
            translate("Metrics", "Show the whole chart again"),
        ),
        "back": (
            translate("Metrics", "Previous View"),
            translate("Metrics", "Go back to the previous zoom or pan"),
        ),
        "forward": (
            translate("Metrics", "Next View"),
            translate("Metrics", "Go forward to the next zoom or pan"),
        ),
        "pan": (
            translate("Metrics", "Pan"),
            translate("Metrics", "Drag to move the chart; drag with the right button to zoom"),
        ),
        "zoom": (
            translate("Metrics", "Zoom"),
            translate("Metrics", "Drag a rectangle to zoom into it"),
        ),
    }


#: matplotlib's tools that open its own dialogs, which speak English only (and whose margins
#: and styles the next redraw would undo); Export Chart… saves the chart.
DROPPED_TOOLS = ("configure_subplots", "edit_parameters", "save_figure")


def empty_message(kind: str) -> str:
    """Return what the chart pane says when the chart ``kind`` has nothing to draw."""
    if kind == "metric":
        return translate("Metrics", "Select a metric in the table to see it over time.")
    if kind == "kpi":
        return translate(
            "Metrics",
            "This project has no business KPI yet: set a metric's category to Business KPI.",
        )
    return ""


class ChartView(QWidget):
    """Show one of the four metrics charts for the project the adapter holds.

    Signals
    -------
    kind_changed(str)
        The user picked another chart.
    """

    kind_changed = Signal(str)

    def __init__(self, project: Callable[[], Project], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.metric_id: str | None = None
        self.figure: Any = None
        self.scheme: Scheme = "light"
        self.canvas: Any = None
        self.toolbar: Any = None
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._redraw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        picker_label = QLabel(translate("Metrics", "&Chart:"), self)
        bar.addWidget(picker_label)
        self.picker = QComboBox(self)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        picker_label.setBuddy(self.picker)
        names = kind_names()
        for kind in KINDS:
            self.picker.addItem(names[kind], kind)
        self.picker.currentIndexChanged.connect(self._picked)
        bar.addWidget(self.picker)
        bar.addStretch(1)
        self._bar = bar
        self.export_button = QPushButton(translate("Metrics", "Export Chart…"), self)
        self.export_button.setToolTip(translate("Metrics", "Save this chart as PNG, SVG or PDF"))
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.placeholder = QLabel(translate("Metrics", "Loading charts…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #6B7785; font-size: 14px;")
        layout.addWidget(self.placeholder, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # the Tab stop of the chart: arrow keys scroll a scorecard taller than the pane
        self.scroll_area.setAccessibleName(translate("Metrics", "Chart"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.hide()
        self._describe_canvas()
        layout.addWidget(self.scroll_area, 1)

    # -- what to draw -------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.picker.currentData())

    @property
    def loaded(self) -> bool:
        return self.canvas is not None

    def set_kind(self, kind: str) -> None:
        """Show the chart ``kind`` (metric, kpi, scorecard or drift)."""
        index = self.picker.findData(kind)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    def _picked(self) -> None:
        self._describe_canvas()
        self.kind_changed.emit(self.kind)
        self.request_redraw()

    def set_metric(self, metric_id: str | None) -> None:
        """Follow the selected metric (used by the metric and KPI charts)."""
        if metric_id == self.metric_id:
            return
        self.metric_id = metric_id
        if self.kind in ("metric", "kpi"):
            self.request_redraw()

    def spec(self) -> ChartSpec | None:
        """Return the chart to draw now, or None when the chart needs a metric there is not."""
        kind = self.kind
        if kind == "metric":
            return ChartSpec("metric", self.metric_id) if self.metric_id else None
        if kind == "kpi":
            kpi = kpi_for(self._project(), self.metric_id)
            return ChartSpec("kpi", kpi) if kpi else None
        return ChartSpec(kind)

    # -- loading matplotlib and drawing ---------------------------------------------------------

    def load(self) -> None:
        """Import matplotlib and build the canvas (once); then draw."""
        if self.loaded:
            return
        import matplotlib
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
        from matplotlib.figure import Figure

        from raci_studio.io.charts.style import RC_PARAMS

        for key, value in RC_PARAMS.items():  # the app's only matplotlib user is this view
            matplotlib.rcParams[key] = value

        self.figure = Figure(dpi=DPI)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(MIN_CANVAS_HEIGHT)
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
        self._name_tools()
        # beside the chart picker, so that the chart keeps the height
        self._bar.insertWidget(2, self.toolbar)
        self.canvas.setAccessibleName(translate("Metrics", "Chart"))
        self._describe_canvas()
        self.scroll_area.setWidget(self.canvas)
        self.placeholder.hide()
        self.scroll_area.show()
        # The canvas repaints itself after a resize; rebuild the chart first so that labels
        # are placed for the new size, without a second paint.
        self.canvas.mpl_connect("resize_event", lambda _event: self._rebuild())
        self.request_redraw()

    def _name_tools(self) -> None:
        """Keep the tools that need no English dialog; name them in the user's language."""
        self.toolbar.setAccessibleName(translate("Metrics", "Chart tools"))
        for callback in DROPPED_TOOLS:
            dropped = self.toolbar._actions.pop(callback, None)
            if dropped is not None:
                self.toolbar.removeAction(dropped)
        words = toolbar_words()
        for callback, action in self.toolbar._actions.items():
            if callback not in words:
                continue
            name, tip = words[callback]
            action.setText(name)
            action.setToolTip(tip)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(name)
                button.setToolTip(tip)

    def _describe_canvas(self) -> None:
        """Tell accessibility tools which chart the canvas shows."""
        name = kind_names().get(self.kind, "")
        self.scroll_area.setAccessibleDescription(name)
        if self.canvas is not None:
            self.canvas.setAccessibleDescription(name)

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw in the light or dark colours from now on (exports stay light)."""
        if scheme != self.scheme:
            self.scheme = scheme
            self.request_redraw()

    def request_redraw(self) -> None:
        """Redraw on the next turn of the event loop (many requests make one redraw)."""
        self._dirty = True
        if self.loaded:
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty and self.loaded:
            self._timer.start()

    def _redraw(self) -> None:
        if not self.loaded or not self.isVisible():
            return  # drawn when shown again
        if self.canvas.width() < 40 or self.canvas.height() < 40:
            return  # not laid out yet: its first resize draws it
        self._rebuild()
        self.canvas.draw_idle()

    def _rebuild(self) -> None:
        """Draw the chart on the figure (the canvas paints it on its next draw)."""
        self._dirty = False
        from raci_studio.io.charts.draw import draw_chart, draw_message
        from raci_studio.io.charts.fit import fit_figure
        from raci_studio.io.charts.scheme import apply_scheme
        from raci_studio.ui.chart_words import chart_words

        spec = self.spec()
        self._fit_height(spec)
        if spec is None:
            draw_message(self.figure, empty_message(self.kind))
        else:
            try:
                draw_chart(self.figure, self._project(), spec, chart_words())
                fit_figure(self.figure)  # laid out for this canvas: nothing cut at its edges
            except ChartError as exc:
                draw_message(self.figure, str(exc))
        apply_scheme(self.figure, self.scheme)

    def _fit_height(self, spec: ChartSpec | None) -> None:
        """Let a chart fill its pane; only a scorecard of many rows asks for more (and scrolls)."""
        minimum = MIN_CANVAS_HEIGHT
        if spec is not None and spec.kind == "scorecard":
            from raci_studio.core.chart_overview import scorecard

            card = scorecard(self._project())
            lines = len(card.rows) + len(card.groups)
            minimum = max(minimum, int((1.0 + COMPACT_ROW_INCHES * lines) * DPI))
        if self.canvas.minimumHeight() != minimum:
            self.canvas.setMinimumHeight(minimum)

    def export(self, path: Path) -> None:
        """Write the current chart to ``path`` (PNG, SVG or PDF by its suffix)."""
        spec = self.spec()
        if spec is None:
            raise ChartError(empty_message(self.kind))
        from raci_studio.io.charts.export import export_chart

        export_chart(self._project(), spec, path)
