"""A window that fits a laptop: first size, remembered splitters, a metrics tab laid out for it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt

from raci_studio.io.project.file import save_project
from raci_studio.ui.window_layout import first_window_size, opens_maximized
from tests.core.conftest import build_small_project


def test_first_window_fits_the_screen_it_opens_on() -> None:
    laptop = QSize(1366, 740)
    size = first_window_size(laptop)
    assert size.width() <= laptop.width() and size.height() <= laptop.height() - 40
    assert opens_maximized(laptop)
    big = QSize(1600, 960)
    assert first_window_size(big) == QSize(1280, 820) and not opens_maximized(big)
    tiny = QSize(1024, 600)
    assert first_window_size(tiny).height() <= 600 - 40


def _metrics_window(qtbot, tmp_path, settings: QSettings):
    from raci_studio.ui.main_window import MainWindow
    from raci_studio.ui.metrics.panel import MetricsPanel

    path = tmp_path / "small.raci.json"
    if not path.exists():
        save_project(build_small_project(), path)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.adapter.undo_stack.setClean())
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 740)  # a laptop's screen under a title bar
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    panel = next(w for _t, w in window.views() if isinstance(w, MetricsPanel))
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.chart.loaded, timeout=20_000)
    qtbot.waitUntil(lambda: not panel.chart._dirty, timeout=5000)
    return window, panel


def test_metrics_tab_at_1366_by_768(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window, panel = _metrics_window(qtbot, tmp_path, settings)
    table = panel.metrics_view
    rows_shown = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows_shown >= min(panel.metrics_model.rowCount(), 5)
    # the chart fills its pane: no scrolling inside it
    assert panel.chart.canvas.height() >= panel.chart.scroll_area.viewport().height() - 1
    assert panel.chart.scroll_area.verticalScrollBar().maximum() == 0
    assert panel.chart.canvas.height() >= 220
    # the findings take a small share of the height, not a quarter
    assert window.findings_dock.height() < window.height() / 5


def test_splitter_positions_are_remembered(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window, panel = _metrics_window(qtbot, tmp_path, settings)
    total = sum(panel.split.sizes())
    panel.split.setSizes([total // 2, total - total // 2])
    panel.split.splitterMoved.emit(total // 2, 1)  # as a drag of the handle reports it
    wanted = panel.split.sizes()
    window.close()
    _again, panel2 = _metrics_window(qtbot, tmp_path, settings)
    assert abs(panel2.split.sizes()[0] - wanted[0]) <= 2
