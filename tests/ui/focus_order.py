"""Keyboard checks for dialogs and forms: Tab goes in reading order and nothing traps focus.

``tab_chain`` walks Qt's focus chain (``nextInFocusChain``) from the widget that has the
focus when the dialog opens, keeping the widgets Tab stops at. ``out_of_reading_order`` says
where that chain jumps backwards: each next stop must sit below the previous one, or to its
right on the same line or in a column to its right (a form beside a preview).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QRadioButton, QTextEdit, QWidget

#: Pixels two stops may overlap and still count as one below or beside the other.
SLACK = 4


def open_for_keys(qtbot, widget: QWidget) -> QWidget:
    """Show ``widget``'s window, make it the active one and return the widget with focus."""
    window = widget.window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus when the window opens"
    return focused


def tab_stops(root: QWidget) -> list[QWidget]:
    """Return the widgets under ``root`` that Tab stops at, in no particular order."""
    return [w for w in root.findChildren(QWidget) if _takes_tab(w, root)]


def tab_chain(root: QWidget, first: QWidget) -> list[QWidget]:
    """Return the Tab stops under ``root`` in focus-chain order, starting at ``first``."""
    chain = [first]
    widget = first.nextInFocusChain()
    while widget is not first and widget is not None:
        if _takes_tab(widget, root) and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _takes_tab(widget: QWidget, root: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not _unchosen_radio(widget)
        and widget.focusProxy() is None
        and widget.isEnabled()
        and widget.isVisibleTo(root)
        and (widget is root or root.isAncestorOf(widget))
    )


def _unchosen_radio(widget: QWidget) -> bool:
    """True for a radio button whose group has another one checked: Tab stops at that one
    (Qt takes the others out of the Tab order once the group has the focus)."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    if group is not None:
        return group.checkedButton() is not None
    parent = widget.parentWidget()
    siblings = parent.findChildren(QRadioButton) if parent is not None else []
    return widget.autoExclusive() and any(
        s.isChecked() and s.autoExclusive() and s.parentWidget() is parent for s in siblings
    )


def place(widget: QWidget, root: QWidget) -> QRect:
    """Return ``widget``'s rectangle in ``root``'s coordinates."""
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def describe(widget: QWidget) -> str:
    """Name a widget in a failure message: its class and its name or text."""
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__}({name!r})"


def out_of_reading_order(chain: list[QWidget], root: QWidget) -> list[str]:
    """Return each step of ``chain`` that goes against reading order (empty when none does)."""
    problems = []
    for before, after in itertools.pairwise(chain):
        a, b = place(before, root), place(after, root)
        below = b.top() >= a.bottom() - SLACK
        right = b.left() >= a.right() - SLACK and b.top() < a.bottom()
        if not (below or right):
            problems.append(
                f"{describe(before)} at {a.getRect()} → {describe(after)} at {b.getRect()}"
            )
    return problems


def accessible_name(widget: QWidget) -> str:
    """Return what a screen reader calls ``widget`` (its text, label or accessible name)."""
    QAccessible.setActive(True)
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None and face.isValid() else ""


def text_boxes(root: QWidget) -> list[QWidget]:
    """Return the visible multi-line text boxes under ``root``."""
    boxes = root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit)
    return [box for box in boxes if box.isVisibleTo(root)]
