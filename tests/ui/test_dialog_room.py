"""Every dialog has room for words 30 % longer than English, on a 1366 × 768 screen.

The dialogs are built in the pseudo language (each text accented, lengthened and bracketed),
then every label, button and group title is checked against the room the layout gives it:
text that would be cut off at the right or at the bottom fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from raci_studio.ui.i18n import PseudoTranslator
from tests.ui.focus_order import describe
from tests.ui.test_dialog_focus import CASES

SCREEN = (1366, 768)


@pytest.fixture
def pseudo_language(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def cut_off(root: QWidget) -> list[str]:
    """Return the texts under ``root`` that their widget is too small to show whole."""
    problems = []
    shown = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    for widget in shown:
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                problems.append(f"{describe(widget)} {widget.size().toTuple()}: too low")
        elif isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            need = widget.minimumSizeHint()
            if widget.width() < need.width() or widget.height() < need.height():
                problems.append(f"{describe(widget)} {widget.size().toTuple()} < {need.toTuple()}")
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox) and _cut_at_right(widget):
            problems.append(f"{describe(widget)}: cut off at the right by what holds it")
    return problems


def _cut_at_right(widget: QWidget) -> bool:
    """True when a widget holding ``widget`` (a scroll area's viewport) ends before it does.

    Only sideways: a scroll area may hide what is below, but a form must never lose the
    right end of its fields.
    """
    child = widget
    right = widget.width()
    while not child.isWindow():
        parent = child.parentWidget()
        right += child.x()
        if right > parent.width() + 1:
            return True
        child = parent
    return False


@pytest.mark.usefixtures("pseudo_language")
@pytest.mark.parametrize("name", list(CASES))
def test_longer_words_fit(name, qtbot, tmp_path):
    dialog = CASES[name](tmp_path).dialog
    qtbot.addWidget(dialog)
    assert all("[~" in b.text() for b in dialog.findChildren(QAbstractButton) if b.text())
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    need = dialog.minimumSizeHint()
    assert need.width() <= SCREEN[0] - 40 and need.height() <= SCREEN[1] - 60
    assert not cut_off(dialog)
