"""Names for the buttons Qt adds by itself, so a screen reader never announces a bare "button".

Tables get a corner button (select all), line edits a clear button, calendars month arrows,
toolbars and the menu bar an extension button for what does not fit; Qt leaves all of them
without a name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from raci_studio.ui.i18n import translate


def _qt_button_name(button: QAbstractButton) -> str:
    """Return the name for one of Qt's own buttons ("" for a button that is not Qt's)."""
    kind = button.objectName()
    if kind == "qt_tableview_cornerbutton":
        return translate("Accessibility", "Select All")
    if kind == "qt_toolbar_ext_button":
        return translate("Accessibility", "More Commands")
    if kind == "qt_menubar_ext_button":
        return translate("Accessibility", "More Menus")
    if kind == "qt_calendar_prevmonth":
        return translate("Accessibility", "Previous Month")
    if kind == "qt_calendar_nextmonth":
        return translate("Accessibility", "Next Month")
    if button.metaObject().className() == "QLineEditIconButton" and isinstance(
        button.parentWidget(), QLineEdit
    ):
        return translate("Accessibility", "Clear")
    return ""


def name_qt_buttons(root: QWidget) -> int:
    """Give Qt's own unnamed buttons under ``root`` a name; return how many were named."""
    named = 0
    for button in root.findChildren(QAbstractButton):
        if button.accessibleName() or button.text():
            continue
        name = _qt_button_name(button)
        if name:
            button.setAccessibleName(name)
            named += 1
    return named
