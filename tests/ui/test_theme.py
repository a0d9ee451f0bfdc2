"""Light and dark: the system's scheme followed, a forced choice remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from raci_studio.core import palette
from raci_studio.ui.theme import Appearance, Theme


def test_forcing_dark_and_back(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    theme = Theme(settings)
    seen: list[str] = []
    theme.changed.connect(seen.append)
    app = QApplication.instance()
    try:
        theme.set_appearance(Appearance.DARK)
        assert theme.scheme == "dark" and seen == ["dark"]
        base = app.palette().color(QPalette.ColorRole.Base).name().upper()
        assert base == palette.BACKGROUND["dark"].upper()
        assert settings.value("appearance") == "dark"
        again = Theme(settings)  # the next start remembers
        assert again.appearance is Appearance.DARK and again.scheme == "dark"
        theme.set_appearance(Appearance.LIGHT)
        assert theme.scheme == "light" and seen == ["dark", "light"]
        assert app.palette().color(QPalette.ColorRole.Base).lightness() > 200
    finally:
        theme.set_appearance(Appearance.LIGHT)


def test_system_is_followed_and_odd_settings_ignored(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance", "purple")
    theme = Theme(settings)
    assert theme.appearance is Appearance.SYSTEM
    assert theme.scheme == theme.system_scheme()


def test_view_menu_offers_the_three_choices(main_window) -> None:
    actions = [main_window.commands[f"appearance-{a.value}"] for a in Appearance]
    assert [a.isChecked() for a in actions] == [True, False, False]
    try:
        actions[2].trigger()
        assert main_window.theme.scheme == "dark"
        assert [a.isChecked() for a in actions] == [False, False, True]
    finally:
        main_window.theme.set_appearance(Appearance.LIGHT)


def test_the_grid_paints_its_chips_in_the_scheme(main_window) -> None:
    view = main_window.grid.view
    delegate = view.itemDelegate()
    try:
        main_window.theme.set_appearance(Appearance.DARK)
        assert delegate.scheme == "dark"
        fill = delegate._paints().fill["R"].color().name().upper()
        assert fill == palette.fill("R", "dark").upper()
        assert "#5A6470" in view._frozen.styleSheet()
    finally:
        main_window.theme.set_appearance(Appearance.LIGHT)
    assert delegate._paints().fill["R"].color().name().upper() == palette.fill("R").upper()


def test_switching_the_scheme_re_themes_the_charts(main_window, qtbot) -> None:
    panel = next(widget for title, widget in main_window.views() if title == "Metrics")
    main_window.tabs.setCurrentWidget(panel)
    chart = panel.chart
    qtbot.waitUntil(lambda: chart.loaded and not chart._dirty, timeout=20_000)
    light_face = chart.figure.get_facecolor()
    try:
        main_window.theme.set_appearance(Appearance.DARK)
        qtbot.waitUntil(lambda: not chart._dirty, timeout=5000)
        dark_face = chart.figure.get_facecolor()
        assert dark_face != light_face
        assert sum(dark_face[:3]) < 0.6  # a dark figure, never a white rectangle
        texts = [t for t in chart.figure.findobj(lambda a: hasattr(a, "get_color"))]
        assert texts
    finally:
        main_window.theme.set_appearance(Appearance.LIGHT)
    qtbot.waitUntil(lambda: not chart._dirty, timeout=5000)
    assert chart.figure.get_facecolor() == light_face
