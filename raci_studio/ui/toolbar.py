"""The main window's toolbar: its commands with drawn icons, names and keys on hover."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar
from shiboken6 import isValid

from raci_studio.ui.i18n import translate
from raci_studio.ui.icons import toolbar_icon

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

#: The toolbar's commands, in order (None: a separator).
TOOLBAR = ("new", "open", "save", None, "undo", "redo", None, "add-activity", "add-role", None,
           "export")  # fmt: skip


def build_toolbar(window: MainWindow) -> None:
    """Add the main toolbar once (its buttons follow their actions afterwards)."""
    if window.findChild(QToolBar, "main-toolbar"):
        return
    toolbar = window.addToolBar(translate("Menus", "Main Toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
            continue
        action = window.commands[name]
        icon = toolbar_icon(name)
        if icon is not None:
            action.setIcon(icon)
        toolbar.addAction(action)
        _tooltip_with_keys(action)
        action.changed.connect(lambda a=action: _tooltip_with_keys(a))  # undo text changes
    _show_labels(window, labels_action(window).isChecked())


def plain_name(action: QAction) -> str:
    """Return an action's text without its mnemonic or trailing ellipsis: "Save As"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip(".…")


def labels_action(window: MainWindow) -> QAction:
    """Return View ▸ Toolbar Labels (made once), checked as the user last left it."""
    labels = window.commands.get("toolbar-labels")
    if labels is None:
        labels = QAction(translate("Menus", "Toolbar La&bels"), window)
        labels.setStatusTip(
            translate("Menus", "Show the commands' names under the toolbar's icons")
        )
        labels.setCheckable(True)
        labels.setChecked(bool(window.settings.value("toolbar/labels", False, type=bool)))
        labels.toggled.connect(lambda on: _show_labels(window, on))
        window.commands["toolbar-labels"] = labels
    return labels


def _show_labels(window: MainWindow, on: bool) -> None:
    """Show the commands' names under their icons, or icons alone; remember the choice."""
    toolbar = window.findChild(QToolBar, "main-toolbar")
    if toolbar is not None:
        toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon
            if on
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
    window.settings.setValue("toolbar/labels", on)


def _tooltip_with_keys(action: QAction) -> None:
    """Say the command's name and its shortcut when hovering it: "Undo Typing (Ctrl+Z)"."""
    if not isValid(action):  # a change reported while the window is being torn down
        return
    name = plain_name(action)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = translate("Menus", "{command} ({keys})").format(command=name, keys=keys) if keys else name
    if action.toolTip() != tip:
        action.setToolTip(tip)
