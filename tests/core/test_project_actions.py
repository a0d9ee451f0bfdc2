"""Actions the Project menu asks for: roles with their people, project properties, new ids."""

from __future__ import annotations

import pytest

from raci_studio.core.actions import lifecycle as la
from raci_studio.core.actions import metrics as ma
from raci_studio.core.actions import raci as actions
from raci_studio.core.actions import scoping as sa
from raci_studio.core.edits import Batch, EditError
from raci_studio.core.model import Activity, Phase, Project, Role
from tests.core.test_edits import make_project, round_trip


def test_add_role_with_group_and_people_is_one_step_that_undoes() -> None:
    p = make_project()
    edit = actions.add_role(p, "  Data   Engineer ", "", 1, group="Platform", people=["Ana", "Bo"])
    round_trip(edit, p)
    edit.apply(p)
    role = p.roles[1]
    assert (role.id, role.name, role.short) == ("data-engineer", "Data Engineer", "DE")
    assert (role.group, role.people) == ("Platform", ["Ana", "Bo"])
    assert edit.created == "data-engineer"
    assert edit.label == "Add role 'Data Engineer'"


def test_add_role_refuses_what_the_file_would_refuse() -> None:
    p = make_project()
    with pytest.raises(EditError, match="needs a name"):
        actions.add_role(p, "   ")
    with pytest.raises(EditError, match="roles/lead/people"):
        actions.add_role(p, "Lead", people=["x" * 500])


def test_edit_role_sets_only_what_differs_and_keeps_a_name() -> None:
    p = make_project()
    same = {"name": "Data Scientist", "short": "DS", "group": "", "people": []}
    assert actions.edit_role(p, "ds", same) is None
    edit = actions.edit_role(p, "ds", {**same, "name": "", "group": "Science"})
    assert edit is not None
    round_trip(edit, p)
    edit.apply(p)
    assert (p.roles[1].name, p.roles[1].group) == ("Data Scientist", "Science")
    assert edit.label == "Edit role 'Data Scientist'"
    with pytest.raises(EditError):
        actions.edit_role(p, "ghost", same)


def _rasci_project() -> Project:
    return Project(
        name="Plan",
        scheme="RASCI",
        roles=[Role(id="a", name="A"), Role(id="b", name="B")],
        phases=[Phase(id="p", name="P")],
        activities=[
            Activity(id="x", name="X", phase="p", raci={"a": "RA", "b": "S"}),
            Activity(id="y", name="Y", phase="p", raci={"a": "SC", "b": "I"}),
        ],
    )


def test_scheme_change_drops_letters_the_new_scheme_lacks_in_one_undo_step() -> None:
    p = _rasci_project()
    edit = actions.edit_project(p, {"name": "Plan", "description": "", "scheme": "RACI"})
    assert edit is not None
    change = round_trip(edit, p)
    assert ("x", "b") in change.cells and "scheme" in change.fields
    edit.apply(p)
    assert p.scheme == "RACI"
    assert [a.raci for a in p.activities] == [{"a": "RA"}, {"a": "C", "b": "I"}]
    assert edit.label == "Edit project properties"


def test_edit_project_without_differences_or_with_an_unknown_scheme() -> None:
    p = _rasci_project()
    assert actions.edit_project(p, {"name": "", "description": "", "scheme": "RASCI"}) is None
    with pytest.raises(EditError, match="not a letter scheme"):
        actions.edit_project(p, {"scheme": "RAPID"})
    edit = actions.edit_project(p, {"name": "Renamed", "scheme": "RASCI"})
    assert edit is not None
    edit.apply(p)
    assert p.name == "Renamed" and p.activities[0].raci == {"a": "RA", "b": "S"}


def test_actions_that_add_name_the_id_they_created() -> None:
    p = make_project()
    assert actions.add_activity(p, "Ship it", "train").created == "ship-it"
    assert actions.add_phase(p, "Deploy").created == "deploy"
    assert ma.add_metric(p, "Latency").created == "latency"
    assert sa.add_manual_criterion(p, "Legal signs off").created is not None
    # a laid-out project places new nodes too: the edit is a batch that still names its node
    placed = la.add_phase(p, "Monitor", at=(400.0, 0.0))
    gate = la.add_gate(p, after="train", at=(300.0, 80.0))
    assert isinstance(placed, Batch) and isinstance(gate, Batch)
    assert placed.created == "monitor" and gate.created == "go-no-go"
    round_trip(placed, p)
    round_trip(gate, p)
    assert actions.set_letters(p, [("a1", "ds")], "R").created is None
