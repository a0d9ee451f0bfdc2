"""The window's tabs: each a :class:`View`, those after the grid built when first needed."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from raci_studio.ui.view import View

#: What builds a listed view: ``make(module, class name)`` returns the panel.
Maker = Callable[[object, str], QWidget]


class ViewTabs(QObject):
    """Keep the views of a tab widget: the ones added, and the ones listed to build later.

    A listed view gets a "Loading…" tab at once and is built just after the window first
    shows, or at once when its tab is opened or :meth:`views` is asked for, so the window
    appears without waiting for views nobody has looked at yet.

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
        self._views: dict[str, View] = {}  # the views built so far, by tab title
        self._pending: dict[str, str] = {}  # listed views not built yet: title -> "module:Class"
        tabs.currentChanged.connect(lambda index: self.build(tabs.tabText(index)))

    def add(self, title: str, widget: QWidget) -> None:
        """Add a built view as a tab."""
        self._adopt(title, widget)
        self._tabs.append((title, widget))
        self.tabs.addTab(widget, title)

    def list_later(self, specs: tuple[tuple[str, str], ...]) -> None:
        """Give each ``(title, "module:Class")`` a tab now; build it when it is first needed."""
        for title, spec in specs:
            placeholder = QLabel("Loading…", self.tabs)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._pending[title] = spec
            self._tabs.append((title, placeholder))
            self.tabs.blockSignals(True)  # adding a tab is not opening it
            self.tabs.addTab(placeholder, title)
            self.tabs.blockSignals(False)

    def _adopt(self, title: str, widget: QWidget) -> None:
        """Take ``widget`` as the view of tab ``title``; it must answer the View protocol."""
        if not isinstance(widget, View):
            raise TypeError(f"the {title} tab ({type(widget).__name__}) is not a View")
        self._views[title] = widget
        widget.message.connect(self.message.emit)

    def build_soon(self) -> None:
        """Build the listed views one per turn of the event loop (the window stays responsive)."""
        if self._pending:
            QTimer.singleShot(0, self._build_next)

    def _build_next(self) -> None:
        if self._pending:
            self.build(next(iter(self._pending)))
            QTimer.singleShot(0, self._build_next)

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
            self.tabs.insertTab(index, panel, title)
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.built.emit()

    def build_all(self) -> None:
        """Build every listed view now."""
        for title in list(self._pending):
            self.build(title)

    def views(self) -> list[tuple[str, QWidget]]:
        """Every view (building those not built yet), as (tab title, widget)."""
        self.build_all()
        return list(self._tabs)

    def titles(self) -> list[str]:
        """The tab titles, in order."""
        return [title for title, _w in self._tabs]

    def built_views(self) -> list[View]:
        """The views built so far, in tab order."""
        return [self._views[title] for title, _w in self._tabs if title in self._views]

    def current(self) -> View | None:
        """The view of the current tab (None while it is still being built)."""
        return self._views.get(self.tabs.tabText(self.tabs.currentIndex()))
