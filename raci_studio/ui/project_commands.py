"""Commands of the Project menu that need a question or a dialog before the edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from raci_studio.core.actions import raci as actions
from raci_studio.core.edits import Edit
from raci_studio.core.model import Project
from raci_studio.ui import dialogs, transfer
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


def _current_role(window: MainWindow) -> str | None:
    grid = window.grid
    return grid.model.role_at(grid.view.currentIndex().column())


def add_role(window: MainWindow) -> None:
    """Ask for a role and add it after the current column (the end when none is current)."""
    dialog = dialogs.RoleDialog(None, window)
    if not dialog.exec():
        return
    values = dialog.values()
    current = _current_role(window)

    def build(project: Project) -> Edit:
        index = None
        if current is not None:
            index = next(i for i, r in enumerate(project.roles) if r.id == current) + 1
        return actions.add_role(
            project,
            values["name"],
            values["short"],
            index,
            group=values["group"],
            people=values["people"],
        )

    window.adapter.run(build)


def edit_role(window: MainWindow) -> None:
    """Edit the current column's role in its dialog."""
    role_id = _current_role(window)
    if role_id is None:
        _ask_for_a_role(window)
        return
    role = next(r for r in window.adapter.project.roles if r.id == role_id)
    dialog = dialogs.RoleDialog(role, window)
    if dialog.exec():
        values = dialog.values()
        window.adapter.run(lambda project: actions.edit_role(project, role_id, values))


def _ask_for_a_role(window: MainWindow) -> None:
    window.statusBar().showMessage(
        translate("ProjectCommands", "Select a cell in the role's column first."), 5000
    )


def delete_role(window: MainWindow) -> None:
    """Delete the current column's role, asking first when it holds letters."""
    role_id = _current_role(window)
    if role_id is None:
        _ask_for_a_role(window)
        return
    project = window.adapter.project
    role = next(r for r in project.roles if r.id == role_id)
    used = sum(1 for a in project.activities if role_id in a.raci)
    if used:
        answer = QMessageBox.question(
            window,
            translate("ProjectCommands", "Delete Role"),
            translate(
                "ProjectCommands",
                "“{name}” holds letters in %n activities. Delete the role and its letters?",
                None,
                used,
            ).format(name=role.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    window.adapter.run(lambda p: actions.remove_role(p, role_id))


def move_role(window: MainWindow, delta: int) -> None:
    role_id = _current_role(window)
    if role_id is None:
        return
    project = window.adapter.project
    index = next(i for i, r in enumerate(project.roles) if r.id == role_id) + delta
    if 0 <= index < len(project.roles):
        window.adapter.run(lambda p: actions.move_role(p, role_id, index))
        view = window.grid.view
        column = window.grid.model.column_for(role_id)
        if column is not None:
            view.setCurrentIndex(window.grid.model.index(max(0, view.currentIndex().row()), column))


def add_phase(window: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        window,
        translate("ProjectCommands", "Add Phase"),
        translate("ProjectCommands", "Phase name:"),
    )
    if not ok or not name.strip():
        return
    project = window.adapter.project
    current = window.grid.view.current_phase()
    index = None
    if current is not None:
        index = next(i for i, p in enumerate(project.phases) if p.id == current) + 1
    window.adapter.run(lambda p: actions.add_phase(p, name.strip(), index))


def move_phase(window: MainWindow, delta: int) -> None:
    phase_id = window.grid.view.current_phase()
    if phase_id is None:
        return
    project = window.adapter.project
    index = next(i for i, p in enumerate(project.phases) if p.id == phase_id) + delta
    if 0 <= index < len(project.phases):
        window.adapter.run(lambda p: actions.move_phase(p, phase_id, index))


def delete_phase(window: MainWindow, phase_id: str | None = None) -> None:
    """Delete a phase; when it still has activities, ask where they go."""
    phase_id = phase_id or window.grid.view.current_phase()
    if phase_id is None:
        return
    project = window.adapter.project
    phase = next(p for p in project.phases if p.id == phase_id)
    owned = sum(1 for a in project.activities if a.phase == phase_id)
    target = None
    if owned:
        others = [p for p in project.phases if p.id != phase_id]
        choices = [
            translate("ProjectCommands", "Move them to {phase}").format(phase=p.name)
            for p in others
        ] + [translate("ProjectCommands", "Delete them with the phase")]
        choice, ok = QInputDialog.getItem(
            window,
            translate("ProjectCommands", "Delete Phase"),
            translate(
                "ProjectCommands",
                "“{name}” has %n activities. What should happen to them?",
                None,
                owned,
            ).format(name=phase.name),
            choices,
            0,
            False,
        )
        if not ok:
            return
        index = choices.index(choice)
        target = others[index].id if index < len(others) else None
    window.adapter.run(lambda p: actions.remove_phase(p, phase_id, target))


def fill_move_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    selected = window.grid.view.selected_activities()
    for phase in window.adapter.project.phases:
        action = menu.addAction(phase.name)
        action.setEnabled(bool(selected))
        action.triggered.connect(
            lambda _c=False, target=phase.id: window.adapter.run(
                lambda p: actions.move_activity_to_phase(p, selected, target)
            )
        )


def edit_project(window: MainWindow) -> None:
    """Edit the project's name, description and letter scheme in one undo step."""
    dialog = dialogs.ProjectDialog(window.adapter.project, window)
    if dialog.exec():
        values = dialog.values()
        window.adapter.run(lambda project: actions.edit_project(project, values))


def import_file(window: MainWindow) -> None:
    transfer.import_dialog(window)


def export_file(window: MainWindow) -> None:
    transfer.export_dialog(window)


def export_deck(window: MainWindow) -> None:
    """Export the kickoff deck (PowerPoint), asking for the company template."""
    transfer.export_dialog(window, ".pptx")
