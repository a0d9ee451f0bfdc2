"""Light and dark: follow the desktop's colour scheme, or the one the user forces.

The scheme comes from ``QStyleHints.colorScheme()`` and follows ``colorSchemeChanged``; View ▸
Appearance can force light or dark (kept in the settings). In dark the app draws with the
Fusion style and a dark palette built from :mod:`raci_studio.core.palette`, so every platform
looks the same; views that paint their own colours listen to :attr:`Theme.changed`.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from raci_studio.core import palette
from raci_studio.core.palette import Scheme
from raci_studio.ui.i18n import translate


class Appearance(StrEnum):
    """What the user chose: follow the system, or always light, or always dark."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def appearance_words() -> dict[Appearance, str]:
    """Return the View ▸ Appearance entries, in the reader's language."""
    return {
        Appearance.SYSTEM: translate("Menus", "&System"),
        Appearance.LIGHT: translate("Menus", "&Light"),
        Appearance.DARK: translate("Menus", "&Dark"),
    }


SETTING = "appearance"


def dark_palette() -> QPalette:
    """Return the dark palette: the core's background and text, Qt's roles filled in."""
    base = QColor(palette.BACKGROUND["dark"])
    window = QColor("#2A2C30")
    text = QColor(palette.TEXT["dark"])
    muted = QColor("#8A9099")
    highlight = QColor("#2F6FB0")
    result = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, role.Window, window)
        result.setColor(group, role.WindowText, text)
        result.setColor(group, role.Base, base)
        result.setColor(group, role.AlternateBase, QColor("#26282C"))
        result.setColor(group, role.Text, text)
        result.setColor(group, role.Button, window)
        result.setColor(group, role.ButtonText, text)
        result.setColor(group, role.ToolTipBase, QColor("#33363B"))
        result.setColor(group, role.ToolTipText, text)
        result.setColor(group, role.PlaceholderText, muted)
        result.setColor(group, role.Highlight, highlight)
        result.setColor(group, role.HighlightedText, QColor("#FFFFFF"))
        result.setColor(group, role.Link, QColor(palette.DARK_TEXT["info"]))
        result.setColor(group, role.BrightText, QColor("#FF7B6E"))
        result.setColor(group, role.Mid, QColor("#3A3D42"))
        result.setColor(group, role.Dark, QColor("#151618"))
        result.setColor(group, role.Light, QColor("#3F4247"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(disabled, r, muted)
    result.setColor(disabled, role.Base, window)
    result.setColor(disabled, role.Window, window)
    result.setColor(disabled, role.Button, window)
    return result


class Theme(QObject):
    """The scheme the app draws in, and the user's choice of appearance.

    Signals
    -------
    changed(str)
        The scheme became "light" or "dark" (after the palette was applied).
    """

    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        value = str(settings.value(SETTING, Appearance.SYSTEM.value))
        self._appearance = (
            Appearance(value) if value in Appearance._value2member_map_ else (Appearance.SYSTEM)
        )
        self._light_style = ""
        self._scheme: Scheme = "light"
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    @property
    def appearance(self) -> Appearance:
        """Return what the user chose."""
        return self._appearance

    @property
    def scheme(self) -> Scheme:
        """Return the scheme the app draws in now."""
        return self._scheme

    def set_appearance(self, appearance: Appearance | str) -> None:
        """Follow the system, or force light or dark; remembered for the next start."""
        self._appearance = Appearance(appearance)
        self._settings.setValue(SETTING, self._appearance.value)
        self.apply()

    def system_scheme(self) -> Scheme:
        """Return the desktop's scheme ("light" when the platform does not say)."""
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return "light"
        return "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._appearance is Appearance.SYSTEM:
            self.apply()

    def apply(self) -> None:
        """Apply the chosen scheme to the application and tell the views if it changed."""
        wanted: Scheme = (
            self.system_scheme()
            if self._appearance is Appearance.SYSTEM
            else "dark"
            if self._appearance is Appearance.DARK
            else "light"
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if not self._light_style:
                self._light_style = app.style().name()
            if wanted == "dark":
                app.setStyle("Fusion")  # i18n: not shown
                app.setPalette(dark_palette())
            else:
                app.setStyle(self._light_style)
                app.setPalette(app.style().standardPalette())
        if wanted != self._scheme:
            self._scheme = wanted
            self.changed.emit(wanted)
