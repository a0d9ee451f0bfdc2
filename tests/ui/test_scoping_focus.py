"""The Scoping form for keyboard and screen-reader users: Tab in reading order, no traps."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from raci_studio.ui.scoping.fields import CommitTextEdit
from raci_studio.ui.scoping.panel import ScopingPanel


@pytest.fixture
def panel(main_window) -> ScopingPanel:
    found = next(view for title, view in main_window.views() if title == "Scoping")
    main_window.tabs.setCurrentWidget(found)
    assert isinstance(found, ScopingPanel) and found.sections
    return found


def tab_stops(page: QWidget) -> list[QWidget]:
    """Return the widgets of ``page`` that Tab visits, in the order of the focus chain."""
    stops = []
    widget = page.nextInFocusChain()
    while widget is not page:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if (
            page.isAncestorOf(widget)
            and takes_tab
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_focus_follows_reading_order(panel):
    page = panel._page
    stops = tab_stops(page)
    # The title bar: the meter's links on the left, then the export button on the right.
    assert stops[0] is panel.meter.label
    assert isinstance(stops[1], QAbstractButton) and stops[1].text() == "Export MRD…"
    # Then the form, top to bottom, and left to right within a row.
    places = [(w.mapTo(page, w.rect().topLeft()), w) for w in stops[2:]]
    for (before, a), (after, b) in pairwise(places):
        same_row = abs(after.y() - before.y()) < 4
        assert after.y() > before.y() or (same_row and after.x() > before.x()), (
            f"{b.accessibleName() or b.metaObject().className()} comes before "
            f"{a.accessibleName() or a.metaObject().className()} on screen"
        )
    # Every field and table of the form is a stop, once.
    editors = [*panel.texts.values(), *(e.view for e in panel.tables.values())]
    editors += [panel.metrics_view, panel.team_view, *panel.schedule.tables()]
    assert all(stops.count(editor) == 1 for editor in editors)


def test_tab_walks_the_whole_form_and_leaves_it(qtbot, panel):
    page = panel._page
    stops = tab_stops(page)
    stops[1].setFocus()
    qtbot.waitUntil(stops[1].hasFocus)
    visited = [stops[1]]
    for _ in range(len(stops) + 5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if not page.isAncestorOf(focused):
            break  # out of the form: nothing held the focus
        if focused is not visited[-1]:
            visited.append(focused)
    else:
        pytest.fail("Tab never left the form")
    assert visited == stops[1:]


def test_text_fields_and_tables_let_tab_move_on(qtbot, panel):
    field = panel.texts[("scoping", "problem_statement")]
    text = field.toPlainText()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus() and field.toPlainText() == text  # no tab typed in
    assert panel.texts[("scoping", "business_objective")].hasFocus()
    for view in (panel.tables["risks"].view, panel.schedule.phases):
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 1))
        qtbot.waitUntil(view.hasFocus)
        qtbot.keyClick(view, Qt.Key.Key_Right)  # arrows move between cells
        assert view.currentIndex().column() == 2
        qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab moves on to the next control
        assert not view.hasFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert view.hasFocus()
    # Shift+Tab from a paragraph goes back too.
    second = panel.texts[("scoping", "business_objective")]
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Backtab)
    assert field.hasFocus()
    assert isinstance(field, CommitTextEdit) and field.tabChangesFocus()


def test_every_button_and_table_has_a_name(panel):
    buttons = [b for b in panel._page.findChildren(QAbstractButton) if b.isVisibleTo(panel._page)]
    assert len(buttons) > 10
    for button in buttons:
        assert button.text() or button.accessibleName(), button
    for stop in tab_stops(panel._page):
        if not isinstance(stop, QAbstractButton):
            assert stop.accessibleName(), stop.metaObject().className()
