"""The Lifecycle tab's toolbar: adding, connecting, arranging, zoom, export and the pane.

Its buttons take the focus with Tab (a toolbar's buttons do not by default), so that the
tab reads toolbar, canvas, properties pane with the keyboard as it does on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from raci_studio.core.lifecycle import ALIGN_MODES
from raci_studio.core.model import GateKind
from raci_studio.ui.diagram.words import gate_kind_words
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.diagram.panel import DiagramPanel


def align_words() -> dict[str, str]:
    """Return each alignment mode in words, in the order of the Align menus."""
    words = (
        translate("Diagram", "Left"),
        translate("Diagram", "Centre"),
        translate("Diagram", "Right"),
        translate("Diagram", "Top"),
        translate("Diagram", "Middle"),
        translate("Diagram", "Bottom"),
    )
    return dict(zip(ALIGN_MODES, words, strict=True))


def make_action(
    parent: QWidget, text: str, slot: Callable[[], object], key: str | None = None
) -> QAction:
    """Return an action with ``text`` that calls ``slot`` (and its shortcut ``key``)."""
    action = QAction(text, parent)
    action.triggered.connect(lambda _checked=False: slot())
    if key:
        action.setShortcut(QKeySequence(key))
    return action


def gate_menu(parent: QWidget, slot: Callable[[GateKind], object], title: str = "") -> QMenu:
    """Return a menu of the kinds of gate, each calling ``slot`` with its kind."""
    menu = QMenu(title, parent)
    for kind in GateKind:
        menu.addAction(gate_kind_words()[kind], partial(slot, kind))
    return menu


def _menu_button(parent: QWidget, text: str, menu: QMenu) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


def _align_menu(panel: DiagramPanel) -> QMenu:
    menu = QMenu(translate("Diagram", "Align"), panel)
    for mode, word in align_words().items():
        menu.addAction(word, partial(panel.align, mode))
        if mode == "right":
            menu.addSeparator()
    return menu


def _distribute_menu(panel: DiagramPanel) -> QMenu:
    menu = QMenu(translate("Diagram", "Distribute"), panel)
    menu.addAction(translate("Diagram", "Horizontally"), lambda: panel.distribute("horizontal"))
    menu.addAction(translate("Diagram", "Vertically"), lambda: panel.distribute("vertical"))
    return menu


def _add_named(bar: QToolBar, action: QAction, name: str) -> None:
    """Add a symbol-only button with the words its tooltip and a screen reader say."""
    action.setToolTip(name)
    bar.addAction(action)
    button = bar.widgetForAction(action)
    if button is not None:
        button.setAccessibleName(name)


def build_toolbar(panel: DiagramPanel) -> QToolBar:
    """Return the tab's toolbar; it sets ``panel.connect_action`` and ``panel.zoom_label``."""
    bar = QToolBar(translate("Diagram", "Diagram"), panel)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.addAction(make_action(panel, translate("Diagram", "Add Phase"), panel.add_phase))
    add_gate = gate_menu(panel, lambda k: panel.add_gate(k))
    bar.addWidget(_menu_button(panel, translate("Diagram", "Add Gate"), add_gate))
    panel.connect_action = make_action(panel, translate("Diagram", "Connect"), lambda: None)
    panel.connect_action.setCheckable(True)
    panel.connect_action.setToolTip(
        translate("Diagram", "Drag from one node to another to connect them")
    )
    panel.connect_action.toggled.connect(panel.set_connect_mode)
    bar.addAction(panel.connect_action)
    bar.addSeparator()
    bar.addAction(make_action(panel, translate("Diagram", "Auto-layout"), panel.auto_layout))
    bar.addWidget(_menu_button(panel, translate("Diagram", "Align"), _align_menu(panel)))
    distribute = _distribute_menu(panel)
    bar.addWidget(_menu_button(panel, translate("Diagram", "Distribute"), distribute))
    bar.addSeparator()
    zoom_out = make_action(panel, "−", lambda: panel.zoom(-1))  # i18n: not shown
    _add_named(bar, zoom_out, translate("Diagram", "Zoom Out"))
    panel.zoom_label = QLabel("100%", bar)  # i18n: not shown
    panel.zoom_label.setMinimumWidth(44)
    panel.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    panel.zoom_label.setAccessibleName(translate("Diagram", "Zoom level"))
    bar.addWidget(panel.zoom_label)
    zoom_in = make_action(panel, "+", lambda: panel.zoom(1))  # i18n: not shown
    _add_named(bar, zoom_in, translate("Diagram", "Zoom In"))
    fit = make_action(panel, translate("Diagram", "Fit"), panel.fit)
    fit.setToolTip(translate("Diagram", "Show the whole diagram"))
    bar.addAction(fit)
    bar.addSeparator()
    bar.addAction(make_action(panel, translate("Diagram", "Export…"), panel.export_dialog))
    bar.addAction(panel.present_action)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addAction(panel.inspector_action)
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if isinstance(widget, QToolButton):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return bar


#: View ▸ Move Focus to Diagram: the canvas, or from the canvas the properties pane (F6 moves
#: between the panes of a window in most desktop apps).
FOCUS_KEY = "F6"  # i18n: not shown
PRESENT_KEY = "F5"  # i18n: not shown
#: Show or hide the properties pane (Alt+Enter opens properties in many desktop apps).
PANE_KEY = "Alt+Return"  # i18n: not shown


def build_actions(panel: DiagramPanel) -> None:
    """Make the tab's window-wide actions: present, auto-layout, focus, the properties pane."""
    window_wide = Qt.ShortcutContext.WindowShortcut  # only while the tab is shown
    panel.present_action = make_action(
        panel, translate("Diagram", "Present Lifec&ycle"), panel.present, PRESENT_KEY
    )
    panel.present_action.setShortcutContext(window_wide)
    panel.layout_action = make_action(
        panel, translate("Diagram", "A&uto-layout Diagram"), panel.auto_layout
    )
    panel.focus_action = make_action(
        panel, translate("Diagram", "Move Focus to Diagram"), panel.focus_next_area, FOCUS_KEY
    )
    panel.focus_action.setShortcutContext(window_wide)
    panel.focus_action.setToolTip(
        translate("Diagram", "Put the keyboard focus on the diagram, or from it on the pane")
    )
    panel.inspector_action = QAction(translate("Diagram", "Lifecycle Properties Pane"), panel)
    panel.inspector_action.setIconText(translate("Diagram", "Properties"))  # on the toolbar
    panel.inspector_action.setShortcut(QKeySequence(PANE_KEY))
    panel.inspector_action.setShortcutContext(window_wide)
    panel.inspector_action.setCheckable(True)
    panel.inspector_action.setChecked(True)
    panel.inspector_action.setToolTip(
        translate("Diagram", "Show or hide the properties of the selected phase or gate")
    )


def toolbar_buttons(bar: QToolBar) -> list[QToolButton]:
    """Return the toolbar's buttons, left to right (its part of the tab order)."""
    buttons = [bar.widgetForAction(a) for a in bar.actions()]
    return [b for b in buttons if isinstance(b, QToolButton)]
