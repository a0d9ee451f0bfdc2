"""The window's tabs: each a :class:`View`, those after the grid built when first needed.

A tab is known by its key, the English source of its title (``"Metrics"``), kept as the tab
bar's data for the tab: the title shown is translated, so nothing looks a tab up by its text.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from raci_studio.ui.i18n import translate
from raci_studio.ui.view import View


def view_title(key: str) -> str:
    """Return the title shown on the tab of view ``key``, in the reader's language."""
    titles = {
        "RACI Grid": translate("Views", "RACI Grid"),
        "Lifecycle": translate("Views", "Lifecycle"),
        "Metrics": translate("Views", "Metrics"),
        "Scoping": translate("Views", "Scoping"),
        "Retrospective": translate("Views", "Retrospective"),
    }
    return titles.get(key, key)


#: What builds a listed view: ``make(module, class name)`` returns the panel.
Maker = Callable[[object, str], QWidget]


class ViewTabs(QObject):
    """Keep the views of a tab widget: the ones added, and the ones listed to build later.

    Tabs are named by key; :func:`view_title` gives the title shown. A listed view gets a
    "Loading…" tab at once and is built just after the window first shows, or at once when its
    tab is opened or :meth:`views` is asked for, so the window appears without waiting for
    views nobody has looked at yet.

    Signals
    -------
    built()
        A listed view was built (the menus may want to list its actions).
    message(str)
        A view has something to tell the user in the status bar.
    """

    built = Signal()
    message = Signal(str)

    def __init__(self, tabs: QTabWidget, make: Maker) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._make = make
        self._tabs: list[tuple[str, QWidget]] = []  # every tab, placeholders included
        self._views: dict[str, View] = {}  # the views built so far, by key
        self._pending: dict[str, str] = {}  # listed views not built yet: key -> "module:Class"
        tabs.currentChanged.connect(lambda index: self.build(self.key_at(index)))

    def key_at(self, index: int) -> str:
        """Return the key of the tab at ``index`` ("" for none)."""
        key = self.tabs.tabBar().tabData(index)
        return key if isinstance(key, str) else ""

    def _insert_tab(self, index: int, key: str, widget: QWidget) -> None:
        """Show ``widget`` at ``index`` under its translated title, keyed by ``key``."""
        index = self.tabs.insertTab(index, widget, view_title(key))
        self.tabs.tabBar().setTabData(index, key)

    def add(self, key: str, widget: QWidget) -> None:
        """Add a built view as a tab."""
        self._adopt(key, widget)
        self._tabs.append((key, widget))
        self._insert_tab(self.tabs.count(), key, widget)

    def list_later(self, specs: tuple[tuple[str, str], ...]) -> None:
        """Give each ``(key, "module:Class")`` a tab now; build it when it is first needed."""
        for key, spec in specs:
            placeholder = QLabel(translate("Views", "Loading…"), self.tabs)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._pending[key] = spec
            self._tabs.append((key, placeholder))
            self.tabs.blockSignals(True)  # adding a tab is not opening it
            self._insert_tab(self.tabs.count(), key, placeholder)
            self.tabs.blockSignals(False)

    def _adopt(self, key: str, widget: QWidget) -> None:
        """Take ``widget`` as the view of tab ``key``; it must answer the View protocol."""
        if not isinstance(widget, View):
            raise TypeError(f"the {key} tab ({type(widget).__name__}) is not a View")
        self._views[key] = widget
        widget.message.connect(self.message.emit)

    def build_soon(self) -> None:
        """Build the listed views one per turn of the event loop (the window stays responsive)."""
        if self._pending:
            QTimer.singleShot(0, self, self._build_next)

    def _build_next(self) -> None:
        if self._pending:
            self.build(next(iter(self._pending)))
            QTimer.singleShot(0, self, self._build_next)

    def build(self, title: str) -> None:
        """Build the listed view ``title`` now, if it is not built yet."""
        spec = self._pending.pop(title, None)
        if spec is None:
            return
        index = next(i for i, (t, _w) in enumerate(self._tabs) if t == title)
        placeholder = self._tabs[index][1]
        module_name, class_name = spec.split(":")
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not (exc.name and module_name.startswith(exc.name)):
                raise
            del self._tabs[index]  # that view is not part of this build
        else:
            panel = self._make(module, class_name)
            self._adopt(title, panel)
            self._tabs[index] = (title, panel)
            self._insert_tab(index, title, panel)
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.built.emit()

    def build_all(self) -> None:
        """Build every listed view now."""
        for title in list(self._pending):
            self.build(title)

    def views(self) -> list[tuple[str, QWidget]]:
        """Every view (building those not built yet), as (key, widget)."""
        self.build_all()
        return list(self._tabs)

    def keys(self) -> list[str]:
        """The tabs' keys, in order."""
        return [key for key, _w in self._tabs]

    def built_views(self) -> list[View]:
        """The views built so far, in tab order."""
        return [self._views[title] for title, _w in self._tabs if title in self._views]

    def current(self) -> View | None:
        """The view of the current tab (None while it is still being built)."""
        return self._views.get(self.key_at(self.tabs.currentIndex()))
