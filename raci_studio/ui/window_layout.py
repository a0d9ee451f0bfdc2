"""How the window and its panes are laid out: a first size that fits the screen, and the
splitter positions people chose, kept between sessions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTableView

#: Room a window manager takes around a window (title bar, borders), roughly.
FRAME_ALLOWANCE = QSize(16, 48)
#: The window's size on a large screen.
PREFERRED_SIZE = QSize(1280, 820)


def first_window_size(available: QSize) -> QSize:
    """Return the first window's size: the preferred size, or all of a smaller screen."""
    room = available - FRAME_ALLOWANCE
    return QSize(
        min(PREFERRED_SIZE.width(), room.width()), min(PREFERRED_SIZE.height(), room.height())
    )


def opens_maximized(available: QSize) -> bool:
    """Return True for a screen with little room to spare around the preferred size."""
    return (
        available.width() < PREFERRED_SIZE.width() + 160
        or available.height() < PREFERRED_SIZE.height() + 120
    )


def fit_first_window(window: QMainWindow, findings: QDockWidget) -> None:
    """Size the window for the screen it opens on; a laptop's screen gets all of it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1600, 1000)
    size = first_window_size(area.size())
    window.resize(size)
    window.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
    if opens_maximized(area.size()):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    # the findings take about a seventh of the height, never a quarter of a small screen
    height = max(110, min(170, area.height() // 7))
    window.resizeDocks([findings], [height], Qt.Orientation.Vertical)


def remember_splitter(splitter: QSplitter, settings: QSettings, key: str) -> None:
    """Put ``splitter`` where the user last left it, and keep its position when it moves."""
    saved = settings.value(f"splitters/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(
        lambda _pos, _index: settings.setValue(f"splitters/{key}", splitter.saveState())
    )


def table_height(table: QTableView, rows: int) -> int:
    """Return the height a table needs to show its header and ``rows`` rows."""
    return (
        table.horizontalHeader().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + table.horizontalScrollBar().sizeHint().height()
        + 2 * table.frameWidth()
        + 2
    )
