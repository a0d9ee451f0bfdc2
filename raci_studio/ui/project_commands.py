"""Commands of the Project menu that need a question or a dialog before the edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from raci_studio.core.actions import raci as actions
from raci_studio.core.edits import Batch, Edit, SetCells, UpdateFields
from raci_studio.core.scheme import scheme_for
from raci_studio.ui import dialogs, transfer

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


def _current_role(window: MainWindow) -> str | None:
    grid = window.grid
    return grid.model.role_at(grid.view.currentIndex().column())


def add_role(window: MainWindow) -> None:
    dialog = dialogs.RoleDialog(None, window)
    if not dialog.exec():
        return
    values = dialog.values()
    name = str(values["name"])
    if not name:
        window.statusBar().showMessage("A role needs a name.", 5000)
        return
    project = window.adapter.project
    current = _current_role(window)
    index = None
    if current is not None:
        index = next(i for i, r in enumerate(project.roles) if r.id == current) + 1
    insert = actions.add_role(project, name, str(values["short"]), index)
    extra = {k: values[k] for k in ("group", "people") if values[k]}
    edit: Edit = insert
    if extra:
        edit = Batch((insert, UpdateFields(("roles", insert.item.id), extra)), insert.label)
    window.adapter.push(edit)


def edit_role(window: MainWindow) -> None:
    role_id = _current_role(window)
    if role_id is None:
        window.statusBar().showMessage("Select a cell in the role's column first.", 5000)
        return
    role = next(r for r in window.adapter.project.roles if r.id == role_id)
    dialog = dialogs.RoleDialog(role, window)
    if dialog.exec():
        values = dialog.values()
        if not values["name"]:
            values.pop("name")
        changed = {k: v for k, v in values.items() if getattr(role, k) != v}
        if changed:
            window.adapter.push(
                UpdateFields(("roles", role_id), changed, f"Edit role '{role.name}'")
            )


def delete_role(window: MainWindow) -> None:
    role_id = _current_role(window)
    if role_id is None:
        window.statusBar().showMessage("Select a cell in the role's column first.", 5000)
        return
    project = window.adapter.project
    role = next(r for r in project.roles if r.id == role_id)
    used = sum(1 for a in project.activities if role_id in a.raci)
    if used:
        answer = QMessageBox.question(
            window,
            "Delete Role",
            f"“{role.name}” holds letters in {used} activities. Delete the role and its letters?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    window.adapter.push(actions.remove_role(project, role_id))


def move_role(window: MainWindow, delta: int) -> None:
    role_id = _current_role(window)
    if role_id is None:
        return
    project = window.adapter.project
    index = next(i for i, r in enumerate(project.roles) if r.id == role_id) + delta
    if 0 <= index < len(project.roles):
        window.adapter.push(actions.move_role(project, role_id, index))
        view = window.grid.view
        column = window.grid.model.column_for(role_id)
        if column is not None:
            view.setCurrentIndex(window.grid.model.index(max(0, view.currentIndex().row()), column))


def add_phase(window: MainWindow) -> None:
    name, ok = QInputDialog.getText(window, "Add Phase", "Phase name:")
    if not ok or not name.strip():
        return
    project = window.adapter.project
    current = window.grid.view.current_phase()
    index = None
    if current is not None:
        index = next(i for i, p in enumerate(project.phases) if p.id == current) + 1
    window.adapter.push(actions.add_phase(project, name.strip(), index))


def move_phase(window: MainWindow, delta: int) -> None:
    phase_id = window.grid.view.current_phase()
    if phase_id is None:
        return
    project = window.adapter.project
    index = next(i for i, p in enumerate(project.phases) if p.id == phase_id) + delta
    if 0 <= index < len(project.phases):
        window.adapter.push(actions.move_phase(project, phase_id, index))


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
        choices = [f"Move them to {p.name}" for p in others] + ["Delete them with the phase"]
        choice, ok = QInputDialog.getItem(
            window,
            "Delete Phase",
            f"“{phase.name}” has {owned} activities. What should happen to them?",
            choices,
            0,
            False,
        )
        if not ok:
            return
        index = choices.index(choice)
        target = others[index].id if index < len(others) else None
    window.adapter.push(actions.remove_phase(project, phase_id, target))


def fill_move_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    selected = window.grid.view.selected_activities()
    for phase in window.adapter.project.phases:
        action = menu.addAction(phase.name)
        action.setEnabled(bool(selected))
        action.triggered.connect(
            lambda _c=False, p=phase.id: window.adapter.push(
                actions.move_activity_to_phase(window.adapter.project, selected, p)
            )
        )


def edit_project(window: MainWindow) -> None:
    project = window.adapter.project
    dialog = dialogs.ProjectDialog(project, window)
    if not dialog.exec():
        return
    values = dialog.values()
    if not values["name"]:
        values.pop("name")
    changed = {k: v for k, v in values.items() if getattr(project, k) != v}
    if not changed:
        return
    edits: list[Edit] = []
    if "scheme" in changed:
        # Letters the new scheme does not have are dropped, in the same undo step.
        codes = scheme_for(str(changed["scheme"])).codes
        cells = tuple(
            (a.id, r, "".join(c for c in letters if c in codes))
            for a in project.activities
            for r, letters in a.raci.items()
            if any(c not in codes for c in letters)
        )
        if cells:
            edits.append(SetCells(cells))
    edits.append(UpdateFields((), changed))
    window.adapter.push(Batch(tuple(edits), "Edit project properties"))


def import_file(window: MainWindow) -> None:
    transfer.import_dialog(window)


def export_file(window: MainWindow) -> None:
    transfer.export_dialog(window)
