"""The Project menu: add, move and delete activities, roles and phases; the dates; properties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from raci_studio.ui import project_commands
from raci_studio.ui.commands import command, current_view_command
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


def project_menu(window: MainWindow, menu: QMenu) -> None:
    """Fill the Project menu: activities, roles, phases and the project's properties."""
    sp = QStyle.StandardPixmap
    a = lambda *args: command(window, *args)  # noqa: E731
    grid = window.grid
    menu.addAction(
        a(
            "add-activity",
            translate("Menus", "Add &Activity"),
            translate("Menus", "Add an activity below the current one"),
            grid.add_activity,
            [QKeySequence("Ctrl+Return"), QKeySequence("Insert")],
            sp.SP_FileDialogNewFolder,
        )
    )
    menu.addAction(
        a(
            "rename",
            translate("Menus", "&Rename"),
            translate("Menus", "Rename what is selected in the current view"),
            current_view_command(window, "rename"),
            QKeySequence("F2"),
        )
    )
    menu.addAction(
        a(
            "delete-activity",
            translate("Menus", "Delete Activit&y"),
            translate("Menus", "Delete the selected activities and their letters"),
            grid.delete_activities,
            QKeySequence("Ctrl+Del"),
        )
    )
    menu.addAction(
        a(
            "move-up",
            translate("Menus", "Move Activity &Up"),
            translate("Menus", "Move the current activity one row up"),
            lambda: grid.view.step_current(-1),
            QKeySequence("Alt+Up"),
        )
    )
    menu.addAction(
        a(
            "move-down",
            translate("Menus", "Move Activity Do&wn"),
            translate("Menus", "Move the current activity one row down"),
            lambda: grid.view.step_current(1),
            QKeySequence("Alt+Down"),
        )
    )
    move_to = menu.addMenu(translate("Menus", "Move Activity to &Phase"))
    move_to.aboutToShow.connect(lambda: project_commands.fill_move_menu(window, move_to))
    menu.addSeparator()
    _role_entries(window, menu)
    menu.addSeparator()
    _phase_entries(window, menu)
    menu.addSeparator()
    menu.addAction(
        a(
            "project-properties",
            translate("Menus", "Pro&ject Properties…"),
            translate("Menus", "Edit the project's name, description and letter scheme"),
            lambda: project_commands.edit_project(window),
        )
    )


def _role_entries(window: MainWindow, menu: QMenu) -> None:
    a = lambda *args: command(window, *args)  # noqa: E731
    menu.addAction(
        a(
            "add-role",
            translate("Menus", "Add R&ole…"),
            translate("Menus", "Add a role (a column of the grid) after the current one"),
            lambda: project_commands.add_role(window),
        )
    )
    menu.addAction(
        a(
            "edit-role",
            translate("Menus", "&Edit Role…"),
            translate("Menus", "Edit the current column's role: name, short name, people"),
            lambda: project_commands.edit_role(window),
        )
    )
    menu.addAction(
        a(
            "delete-role",
            translate("Menus", "Delete Ro&le"),
            translate("Menus", "Delete the current column's role and its letters"),
            lambda: project_commands.delete_role(window),
        )
    )
    menu.addAction(
        a(
            "role-left",
            translate("Menus", "Move Role Le&ft"),
            translate("Menus", "Move the current role one column to the left"),
            lambda: project_commands.move_role(window, -1),
            QKeySequence("Alt+Left"),
        )
    )
    menu.addAction(
        a(
            "role-right",
            translate("Menus", "Move Role Ri&ght"),
            translate("Menus", "Move the current role one column to the right"),
            lambda: project_commands.move_role(window, 1),
            QKeySequence("Alt+Right"),
        )
    )


def _phase_entries(window: MainWindow, menu: QMenu) -> None:
    a = lambda *args: command(window, *args)  # noqa: E731
    menu.addAction(
        a(
            "add-phase",
            translate("Menus", "Add Pha&se…"),
            translate("Menus", "Add a phase after the current one"),
            lambda: project_commands.add_phase(window),
        )
    )
    menu.addAction(
        a(
            "phase-up",
            translate("Menus", "Move Phase Earl&ier"),
            translate("Menus", "Move the current phase before the one above it"),
            lambda: project_commands.move_phase(window, -1),
        )
    )
    menu.addAction(
        a(
            "phase-down",
            translate("Menus", "&Move Phase Later"),
            translate("Menus", "Move the current phase after the one below it"),
            lambda: project_commands.move_phase(window, 1),
        )
    )
    menu.addAction(
        a(
            "delete-phase",
            translate("Menus", "Delete P&hase…"),
            translate("Menus", "Delete the current phase; you choose where its activities go"),
            lambda: project_commands.delete_phase(window),
        )
    )
    menu.addAction(
        a(
            "schedule",
            translate("Menus", "Phase and Gate Da&tes…"),
            translate("Menus", "Plan and record the dates of phases and gates"),
            lambda: _show_schedule(window),
            QKeySequence("Ctrl+Shift+D"),
        )
    )


def _show_schedule(window: MainWindow) -> None:
    """Open the window of phase and gate dates (imported when first asked for)."""
    from raci_studio.ui.schedule_tables import show_schedule

    show_schedule(window, window.adapter)
