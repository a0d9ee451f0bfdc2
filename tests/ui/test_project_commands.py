"""The Project menu's commands: each asks what it needs, then makes one undo step (or none)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from raci_studio.core.actions import raci as actions
from raci_studio.ui import dialogs, project_commands, transfer
from raci_studio.ui.main_window import MainWindow


def role_ids(window: MainWindow) -> list[str]:
    return [r.id for r in window.adapter.project.roles]


def phase_ids(window: MainWindow) -> list[str]:
    return [p.id for p in window.adapter.project.phases]


def at_cell(window: MainWindow, activity: str, role: str | None = None) -> None:
    window.grid.view.select_activity(activity, role)


def answer_role_dialog(monkeypatch, accepted: bool, **values: object) -> None:
    monkeypatch.setattr(dialogs.RoleDialog, "exec", lambda self: accepted)
    if values:
        monkeypatch.setattr(dialogs.RoleDialog, "values", lambda self: values)


def test_add_role_after_the_current_column_with_group_and_people(main_window, monkeypatch):
    at_cell(main_window, "define-kpis", "product-manager")
    answer_role_dialog(
        monkeypatch, True, name="Data Engineer", short="DE", group="Platform", people=["Bo"]
    )
    project_commands.add_role(main_window)
    assert role_ids(main_window)[:2] == ["product-manager", "data-engineer"]
    role = main_window.adapter.project.roles[1]
    assert (role.group, role.people) == ("Platform", ["Bo"])
    stack = main_window.adapter.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Add role 'Data Engineer'"
    stack.undo()
    assert "data-engineer" not in role_ids(main_window)


def test_add_role_without_a_name_is_refused_in_words(main_window, monkeypatch, qtbot):
    answer_role_dialog(monkeypatch, True, name="", short="", group="", people=[])
    with qtbot.waitSignal(main_window.adapter.refused) as refused:
        project_commands.add_role(main_window)
    assert refused.args == ["a role needs a name"]
    assert "Not done: a role needs a name" in main_window.statusBar().currentMessage()
    assert main_window.adapter.undo_stack.count() == 0


def test_a_cancelled_role_dialog_changes_nothing(main_window, monkeypatch):
    answer_role_dialog(monkeypatch, False)
    at_cell(main_window, "define-kpis", "ml-engineer")
    project_commands.add_role(main_window)
    project_commands.edit_role(main_window)
    assert main_window.adapter.undo_stack.count() == 0


def test_edit_role_needs_a_role_column_then_sets_what_changed(main_window, monkeypatch):
    at_cell(main_window, "define-kpis")  # the name column: no role
    project_commands.edit_role(main_window)
    assert "role's column" in main_window.statusBar().currentMessage()
    at_cell(main_window, "define-kpis", "ml-engineer")
    answer_role_dialog(
        monkeypatch, True, name="", short="MLE", group="Platform", people=["Ana Núñez"]
    )
    project_commands.edit_role(main_window)
    role = main_window.adapter.project.roles[2]
    assert (role.name, role.group) == ("ML Engineer", "Platform")
    assert main_window.adapter.undo_stack.undoText() == "Edit role 'ML Engineer'"


@pytest.mark.parametrize(
    ("answer", "kept"),
    [(QMessageBox.StandardButton.No, True), (QMessageBox.StandardButton.Yes, False)],
)
def test_delete_role_with_letters_asks_first(main_window, monkeypatch, answer, kept):
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    at_cell(main_window, "define-kpis", "ml-engineer")
    project_commands.delete_role(main_window)
    assert asked and "holds letters in" in asked[0]
    assert ("ml-engineer" in role_ids(main_window)) is kept


def test_delete_role_needs_a_role_column(main_window):
    at_cell(main_window, "define-kpis")
    project_commands.delete_role(main_window)
    assert "role's column" in main_window.statusBar().currentMessage()
    assert len(role_ids(main_window)) == 3


def test_delete_a_role_without_letters_at_once(main_window, monkeypatch):
    answer_role_dialog(monkeypatch, True, name="Legal", short="", group="", people=[])
    project_commands.add_role(main_window)  # no column is current: at the end
    assert role_ids(main_window)[-1] == "legal"
    at_cell(main_window, "define-kpis", "legal")
    project_commands.delete_role(main_window)  # no question: no letters to lose
    assert "legal" not in role_ids(main_window)


def test_move_role_steps_within_the_columns(main_window):
    project_commands.move_role(main_window, 1)  # no current role: nothing
    at_cell(main_window, "define-kpis", "product-manager")
    project_commands.move_role(main_window, 1)
    assert role_ids(main_window) == ["data-scientist", "product-manager", "ml-engineer"]
    current = main_window.grid.view.currentIndex().column()
    assert main_window.grid.model.role_at(current) == "product-manager"  # it moved along
    at_cell(main_window, "define-kpis", "ml-engineer")
    project_commands.move_role(main_window, 1)  # already last
    assert main_window.adapter.undo_stack.count() == 1


def test_add_phase_after_the_current_one(main_window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  QA  ", True))
    at_cell(main_window, "define-kpis")
    project_commands.add_phase(main_window)
    assert phase_ids(main_window)[:2] == ["business-understanding", "qa"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ignored", False))
    project_commands.add_phase(main_window)
    assert len(phase_ids(main_window)) == 4


def test_move_phase_later_and_not_past_the_end(main_window):
    at_cell(main_window, "define-kpis")
    project_commands.move_phase(main_window, 1)
    assert phase_ids(main_window)[:2] == ["data-collection", "business-understanding"]
    at_cell(main_window, "watch-drift")
    project_commands.move_phase(main_window, 1)
    assert main_window.adapter.undo_stack.count() == 1


def test_delete_phase_asks_where_its_activities_go(main_window, monkeypatch):
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, text, choices, *a: (choices[0], True)
    )
    project_commands.delete_phase(main_window, "data-collection")
    project = main_window.adapter.project
    assert "data-collection" not in phase_ids(main_window)
    moved = [a.phase for a in project.activities if a.id in ("audit-sources", "label-tickets")]
    assert moved == ["business-understanding", "business-understanding"]


def test_delete_phase_cancelled_or_with_its_activities(main_window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("", False))
    project_commands.delete_phase(main_window, "monitoring")
    assert "monitoring" in phase_ids(main_window)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, text, choices, *a: (choices[-1], True)
    )
    project_commands.delete_phase(main_window, "monitoring")
    assert "monitoring" not in phase_ids(main_window)
    assert all(a.id != "watch-drift" for a in main_window.adapter.project.activities)


def test_move_menu_moves_the_selected_activities(main_window):
    at_cell(main_window, "define-kpis")
    menu = QMenu(main_window)
    project_commands.fill_move_menu(main_window, menu)
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == ["Business understanding", "Data collection", "Monitoring"]
    actions["Monitoring"].trigger()
    moved = next(a for a in main_window.adapter.project.activities if a.id == "define-kpis")
    assert moved.phase == "monitoring"


def test_scheme_change_in_project_properties_drops_letters_in_one_step(main_window, monkeypatch):
    def properties(name: str, scheme: str) -> None:
        description = main_window.adapter.project.description
        values = {"name": name, "description": description, "scheme": scheme}
        monkeypatch.setattr(dialogs.ProjectDialog, "exec", lambda self: True)
        monkeypatch.setattr(dialogs.ProjectDialog, "values", lambda self: values)
        project_commands.edit_project(main_window)

    properties("", "RASCI")
    main_window.adapter.run(lambda p: actions.set_letters(p, [("define-kpis", "ml-engineer")], "S"))
    properties("Renamed", "RACI")
    project = main_window.adapter.project
    assert project.name == "Renamed" and project.scheme == "RACI"
    assert "ml-engineer" not in project.activities[0].raci
    main_window.adapter.undo_stack.undo()
    assert main_window.adapter.project.activities[0].raci["ml-engineer"] == "S"
    assert main_window.windowTitle().startswith("Support ticket deflection")
    before = main_window.adapter.undo_stack.index()
    properties("Support ticket deflection", "RASCI")  # nothing differs: no step
    assert main_window.adapter.undo_stack.index() == before


def test_import_and_export_open_their_dialogs(main_window, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(transfer, "import_dialog", lambda window: seen.append("import"))
    monkeypatch.setattr(transfer, "export_dialog", lambda window: seen.append("export"))
    project_commands.import_file(main_window)
    project_commands.export_file(main_window)
    assert seen == ["import", "export"]
