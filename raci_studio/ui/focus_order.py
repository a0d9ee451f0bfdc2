"""The main window's Tab order: the tabs, then the current view, then the docks, and round.

Views are built after the docks, so Qt's own focus chain would visit the findings before a
view built later. Qt moves the focus within a pane (each view sets its own order); when Qt
leaves a pane for the wrong one, the window moves on to the next pane in reading order
instead (:func:`corrected_tab_stop`). A table that took Tab for itself would keep the focus for
ever (Qt wraps from the last cell to the first), so in the window Tab leaves every table and
the arrows move within it (:func:`let_tab_leave_tables`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTabBar, QWidget

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


def pane_rank(window: MainWindow, widget: QWidget) -> int:
    """Return where ``widget``'s pane comes when tabbing: tabs 0, view 1, docks 2 and 3."""
    if widget is window.tabs.tabBar():
        return 0
    page = window.tabs.currentWidget()
    if page is not None and page.isAncestorOf(widget):
        return 1
    for rank, dock in enumerate((window.findings_dock, window.conflicts_dock), start=2):
        if dock.isAncestorOf(widget):
            return rank
    if isinstance(widget, QTabBar) and widget.parentWidget() is window:
        return 2  # the tabs of docks stacked together: with the docks
    return 4


def _takes_tab_focus(widget: QWidget) -> bool:
    """True for a widget Tab may stop on now (as Qt decides it)."""
    policy = widget.focusPolicy()
    return (
        (policy & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def pane_widgets(window: MainWindow, rank: int) -> list[QWidget]:
    """Return the widgets Tab may stop on in pane ``rank``, in the order they were made."""
    roots: list[QWidget | None] = [
        window.tabs.tabBar(),
        window.tabs.currentWidget(),
        window.findings_dock,
        window.conflicts_dock,
    ]
    root = roots[rank] if 0 <= rank < len(roots) else None
    if root is None or not root.isVisible():
        return []
    found = [root] if _takes_tab_focus(root) else []
    found.extend(w for w in root.findChildren(QWidget) if _takes_tab_focus(w))
    return found


def corrected_tab_stop(
    window: MainWindow, before: QWidget | None, after: QWidget | None, forward: bool
) -> QWidget | None:
    """Return where Tab should have gone from ``before`` when Qt went to another pane's widget.

    None when Qt's move was right: within one pane, or to the next pane in reading order, or
    from a widget outside the panes (the welcome page).
    """
    if before is None:
        return None
    start = pane_rank(window, before)
    if start > 3 or (after is not None and pane_rank(window, after) == start):
        return None
    ranks = [rank for rank in range(4) if rank == start or pane_widgets(window, rank)]
    wanted = ranks[(ranks.index(start) + (1 if forward else -1)) % len(ranks)]
    if after is not None and pane_rank(window, after) == wanted:
        return None
    widgets = pane_widgets(window, wanted)
    if not widgets:
        return None
    return widgets[0] if forward else widgets[-1]


def let_tab_leave_tables(root: QWidget) -> None:
    """Make Tab go on from every table under ``root``; the arrow keys still move in it."""
    for view in root.findChildren(QAbstractItemView):
        if view.tabKeyNavigation():
            view.setTabKeyNavigation(False)
