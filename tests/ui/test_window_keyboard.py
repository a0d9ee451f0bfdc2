"""The main window without a mouse or without eyes: mnemonics, status tips, names, Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QMenu

from raci_studio.ui.focus_order import pane_rank
from raci_studio.ui.i18n import PseudoTranslator
from raci_studio.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """Return the letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def entries(menu: QMenu) -> list[QAction]:
    """The visible entries of a menu, separators left out."""
    return [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def build_every_view(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.tabs.setCurrentIndex(0)


def test_mnemonic_reads_the_letter_after_a_single_ampersand():
    assert mnemonic("Save &As…") == "a"
    assert mnemonic("Import from W&&B…") is None
    assert mnemonic("R&&D &Budget") == "b"
    assert mnemonic("Plain") is None


def test_every_menu_has_mnemonics_unique_within_it(qtbot, main_window):
    build_every_view(main_window)
    views_own = {id(a) for view in main_window.built_views() for a in view.window_actions()}
    bar = main_window.menuBar()
    titles = [mnemonic(a.text()) for a in bar.actions()]
    assert None not in titles, [a.text() for a in bar.actions()]
    assert len(set(titles)) == len(titles), titles
    menus = [a.menu() for a in bar.actions()]
    checked = 0
    while menus:
        menu = menus.pop()
        letters: dict[str, str] = {}
        for action in entries(menu):
            if action.menu() is not None:
                menus.append(action.menu())
            letter = mnemonic(action.text())
            if letter is None:
                # a view's own entries in the View menu are that view's to name
                assert id(action) in views_own, f"{menu.title()!r} ▸ {action.text()!r}"
                continue
            clash = letters.get(letter)
            assert clash is None, f"{menu.title()!r}: {clash!r}, {action.text()!r} share {letter}"
            letters[letter] = action.text()
            checked += 1
    assert checked > 50


def test_every_window_command_says_what_it_does_in_the_status_bar(qtbot, main_window):
    build_every_view(main_window)
    commands = {name: a for name, a in main_window.commands.items() if name != "view-menu"}
    assert len(commands) > 45
    silent = [name for name, action in commands.items() if not action.statusTip()]
    assert not silent
    assert main_window.findings_dock.toggleViewAction().statusTip()
    main_window.commands["save"].showStatusText(main_window)
    assert main_window.statusBar().currentMessage() == "Save the project to its file"


def test_every_button_in_the_window_has_an_accessible_name(qtbot, main_window):
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: _tables_let_tab_go(main_window))  # the view's widgets exist
    unnamed = []
    buttons = main_window.findChildren(QAbstractButton)
    assert len(buttons) > 30
    for button in buttons:
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface is not None
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append((button.objectName(), button.parentWidget().metaObject().className()))
    assert not unnamed


def test_toolbar_buttons_are_named_after_their_commands(qtbot, main_window):
    from PySide6.QtWidgets import QToolBar

    toolbar = main_window.findChild(QToolBar, "main-toolbar")
    names = {}
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            interface = QAccessible.queryAccessibleInterface(button)
            names[action.text()] = interface.text(QAccessible.Text.Name)
    assert len(names) == 8
    for text, name in names.items():
        assert name and name in text.replace("&", ""), (text, name)


def _tables_let_tab_go(window: MainWindow) -> bool:
    return not any(view.tabKeyNavigation() for view in window.findChildren(QAbstractItemView))


def _tab_through(qtbot, window: MainWindow, presses: int) -> list[int]:
    """Press Tab from the tab bar; return the pane of each stop (tabs 0, view 1, docks 2+)."""
    qtbot.waitUntil(lambda: _tables_let_tab_go(window))  # set once the view shows
    window.tabs.tabBar().setFocus()
    ranks = []
    for _press in range(presses):
        focus = QApplication.focusWidget()
        ranks.append(pane_rank(window, focus))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return ranks


def _panes(ranks: list[int]) -> list[int]:
    """The panes in the order Tab visits them (repeats within a pane folded)."""
    return [r for i, r in enumerate(ranks) if i == 0 or ranks[i - 1] != r]


def test_tab_goes_from_the_tabs_to_the_current_view_to_the_findings_and_round(qtbot, main_window):
    build_every_view(main_window)
    assert main_window.findings_dock.isVisible()
    for index, key in enumerate(main_window.view_titles()):
        main_window.tabs.setCurrentIndex(index)
        panes = _panes(_tab_through(qtbot, main_window, 400))
        assert panes[:3] == [0, 1, 2], key
        assert panes.count(0) >= 2, f"Tab never came back to the tabs from the {key} tab"
        assert 4 not in panes, key  # nothing outside the panes (hidden tabs, the welcome page)


def test_shift_tab_goes_back_the_same_way(qtbot, main_window):
    main_window.tabs.setCurrentIndex(0)
    main_window.tabs.tabBar().setFocus()
    qtbot.keyClick(main_window.tabs.tabBar(), Qt.Key.Key_Backtab)
    assert pane_rank(main_window, QApplication.focusWidget()) == 2  # the findings, last


def test_tabs_are_found_by_key_whatever_their_translated_title(qtbot, qapp, settings):
    pseudo = PseudoTranslator(qapp)
    qapp.installTranslator(pseudo)
    try:
        window = MainWindow(settings=settings)
        qtbot.addWidget(window)
        shown = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert all(title.startswith("[~") for title in shown), shown
        assert window.view_titles()[:3] == ["RACI Grid", "Lifecycle", "Metrics"]
        window.show_view_for("metric")
        assert window.tabs.currentIndex() == window.view_titles().index("Metrics")
        assert type(window.current_view()).__name__ == "MetricsPanel"
        assert window.menuBar().actions()[0].text().startswith("[~&F")  # the mnemonic kept
    finally:
        qapp.removeTranslator(pseudo)
