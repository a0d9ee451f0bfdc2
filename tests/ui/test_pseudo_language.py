"""In the pseudo language, every word the window shows is translated (none hard-coded).

The window is opened on a sample with :class:`~raci_studio.ui.i18n.PseudoTranslator`
installed; every menu, action, tab, label, button and header of each main view is then read.
A text passes when it is pseudo-translated (it contains ``[~``), when it is the project's
own words (names typed by the user), or when it has no letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from raci_studio.io.project.file import load_project
from raci_studio.ui.i18n import PseudoTranslator

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "demand-forecast-retrospective.raci.json"
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_TAGS = re.compile(r"<[^<>]*>")


def _project_words(path: Path) -> set[str]:
    """Every text of the project file: names, notes, criteria, people."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(load_project(path).model_dump(mode="json"))
    return {w for w in words if w}


def _untranslated(text: str, project: set[str]) -> bool:
    plain = _TAGS.sub(" ", text).replace("&&", "&").strip()
    if "[~" in plain or not _LETTERS.search(plain):
        return False
    if plain in project or plain.replace("&", "") in project:
        return False
    return not any(p and p in plain and len(p) >= len(plain) - 3 for p in project)


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} ▸ {action.text()}")
        elif not action.data():  # recent files and the like carry their file as data
            yield f"{where} ▸ action", action.text()
            yield f"{where} ▸ {action.text()} tip", action.statusTip()


def _widget_texts(root: QWidget, where: str) -> Iterator[tuple[str, str]]:
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root):
            yield f"{where} label", label.text()
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            yield f"{where} button", button.text()
            yield f"{where} button tip", button.toolTip()
    for box in root.findChildren(QGroupBox):
        yield f"{where} group", box.title()
    for edit in root.findChildren(QLineEdit):
        yield f"{where} placeholder", edit.placeholderText()
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield f"{where} header {column}", header


@pytest.fixture
def pseudo_window(qtbot, qapp, settings):
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    from raci_studio.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(SAMPLE)
    yield window
    window.has_project = False
    window.close()
    window.deleteLater()
    qapp.removeTranslator(translator)


def test_every_word_of_the_main_views_is_translated(pseudo_window):
    window = pseudo_window
    project = _project_words(SAMPLE)
    texts: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            texts.extend(_menu_texts(action.menu(), action.text()))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        texts.append(("tab", window.tabs.tabText(index)))
        texts.extend(_widget_texts(window.tabs.widget(index), f"tab {index}"))
    texts.append(("window title", window.windowTitle().replace(SAMPLE.name, "")))
    missed = sorted({f"{where}: {text!r}" for where, text in texts if _untranslated(text, project)})
    assert not missed, f"{len(missed)} untranslated:\n" + "\n".join(missed)
