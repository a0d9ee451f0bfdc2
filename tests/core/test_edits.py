"""Every edit is exact: apply then apply the inverse gives back the project as it was."""

from __future__ import annotations

import pytest

from raci_studio.core.actions import raci as actions
from raci_studio.core.document import Document
from raci_studio.core.edits import (
    Batch,
    EditError,
    InsertItem,
    MoveItem,
    RemoveItem,
    Reorder,
    SetCells,
    SetLayout,
    UpdateFields,
)
from raci_studio.core.model import (
    Activity,
    Criterion,
    Gate,
    Measurement,
    Metric,
    Phase,
    Project,
    Risk,
    Role,
)


def make_project() -> Project:
    return Project(
        name="Demo",
        roles=[
            Role(id="pm", name="Product Manager", short="PM"),
            Role(id="ds", name="Data Scientist", short="DS"),
            Role(id="mle", name="ML Engineer", short="MLE"),
        ],
        phases=[Phase(id="scope", name="Scope"), Phase(id="train", name="Train")],
        gates=[
            Gate(
                id="go",
                name="Go/no-go",
                after="scope",
                criteria=[Criterion(id="acc", text="Accuracy ok", metric="acc", checked_by="pm")],
            )
        ],
        activities=[
            Activity(id="a1", name="Frame problem", phase="scope", raci={"ds": "C", "pm": "RA"}),
            Activity(id="a2", name="Collect data", phase="scope", raci={"ds": "R", "pm": "A"}),
            Activity(id="a3", name="Train model", phase="train", raci={"ds": "R", "mle": "A"}),
        ],
        metrics=[
            Metric(
                id="acc",
                name="Accuracy",
                target=0.9,
                measurements=[Measurement(date="2026-01-01", value=0.8)],
            )
        ],
        layout={"scope": (0.0, 0.0), "train": (200.0, 0.0)},
    )


def round_trip(edit, project: Project) -> Project:
    before = project.model_dump_json()
    inverse, change = edit.apply(project)
    after = project.model_dump_json()
    again, _ = inverse.apply(project)
    assert project.model_dump_json() == before
    again.apply(project)  # the inverse of the inverse redoes the edit
    assert project.model_dump_json() == after
    inverse.apply(project)
    return change


def test_set_cells_round_trip_and_sorted_keys():
    p = make_project()
    change = round_trip(SetCells((("a3", "pm", "I"), ("a3", "ds", ""))), p)
    assert change.cells == {("a3", "pm"), ("a3", "ds")}
    SetCells((("a3", "pm", "I"),)).apply(p)
    assert list(p.activities[2].raci) == ["ds", "mle", "pm"]


def test_set_cells_refuses_unknown_targets():
    p = make_project()
    with pytest.raises(EditError, match="no role"):
        SetCells((("a1", "ghost", "R"),)).apply(p)
    with pytest.raises(EditError, match="no activity"):
        SetCells((("ghost", "pm", "R"),)).apply(p)


def test_update_fields_validates_and_round_trips():
    p = make_project()
    change = round_trip(UpdateFields(("phases", "train"), {"status": "done"}), p)
    assert change.ids("phases") == {"train"}
    with pytest.raises(EditError, match="name"):
        UpdateFields(("roles", "pm"), {"name": "x" * 300}).apply(p)
    with pytest.raises(EditError, match="ids never change"):
        UpdateFields(("roles", "pm"), {"id": "other"}).apply(p)
    with pytest.raises(EditError, match="no field"):
        UpdateFields(("roles", "pm"), {"colour_name": "red"}).apply(p)
    assert p.roles[0].name == "Product Manager"


def test_nested_paths_reach_measurements_and_criteria():
    p = make_project()
    round_trip(UpdateFields(("metrics", "acc", "measurements", 0), {"value": 0.85}), p)
    round_trip(UpdateFields(("gates", "go", "criteria", "acc"), {"checked": True}), p)
    round_trip(UpdateFields(("scoping",), {"problem_statement": "Too many tickets"}), p)
    with pytest.raises(EditError, match="nothing at"):
        UpdateFields(("nowhere",), {"x": 1}).apply(p)


def test_insert_remove_move_round_trip():
    p = make_project()
    risk = Risk(id="leak", description="Label leakage")
    change = round_trip(InsertItem(("scoping", "risks"), 0, risk), p)
    assert "scoping" in change.restructured
    round_trip(RemoveItem(("activities",), "a2"), p)
    round_trip(MoveItem(("roles",), "mle", 0), p)
    round_trip(RemoveItem(("metrics", "acc", "measurements"), 0), p)
    with pytest.raises(EditError, match="already exists"):
        InsertItem(("roles",), 0, Role(id="pm", name="Again")).apply(p)


def test_reorder_requires_every_item():
    p = make_project()
    round_trip(Reorder(("activities",), ("a3", "a1", "a2")), p)
    with pytest.raises(EditError, match="every item"):
        Reorder(("activities",), ("a3", "a1")).apply(p)


def test_layout_round_trip():
    p = make_project()
    change = round_trip(SetLayout((("scope", (10, 20)), ("train", None), ("go", (5, 5)))), p)
    assert change.layout == {"scope", "train", "go"}
    assert change.is_layout_only


def test_failed_batch_leaves_project_untouched():
    p = make_project()
    before = p.model_dump_json()
    batch = Batch((SetCells((("a1", "ds", "R"),)), RemoveItem(("roles",), "ghost")))
    with pytest.raises(EditError):
        batch.apply(p)
    assert p.model_dump_json() == before


def test_document_notifies_listeners():
    doc = Document(make_project())
    seen = []
    doc.subscribe(seen.append)
    inverse = doc.apply(SetCells((("a1", "mle", "I"),)))
    doc.apply(inverse)
    assert [c.cells for c in seen] == [{("a1", "mle")}, {("a1", "mle")}]


def test_toggle_letter_adds_then_removes():
    p = make_project()
    cells = [("a1", "ds"), ("a2", "ds")]
    edit = actions.toggle_letter(p, cells, "a")
    assert edit.label == "Set A on 2 cells"
    edit.apply(p)
    assert p.activities[0].raci["ds"] == "AC"
    assert p.activities[1].raci["ds"] == "RA"
    edit = actions.toggle_letter(p, cells, "A")
    assert edit.label.startswith("Clear A")
    edit.apply(p)
    assert p.activities[0].raci["ds"] == "C"


def test_set_letters_refuses_letters_outside_scheme():
    p = make_project()
    with pytest.raises(ValueError, match='"S" is not a RACI letter'):
        actions.set_letters(p, [("a1", "ds")], "S")
    p.scheme = "RASCI"
    edit = actions.set_letters(p, [("a1", "ds")], "s")
    assert edit.label == "Set S on 'Frame problem'"


def test_remove_role_clears_cells_and_references():
    p = make_project()
    edit = actions.remove_role(p, "pm")
    round_trip(edit, p)
    edit.apply(p)
    assert all("pm" not in a.raci for a in p.activities)
    assert p.gates[0].criteria[0].checked_by is None
    assert [r.id for r in p.roles] == ["ds", "mle"]


def test_remove_phase_moves_or_removes_activities():
    p = make_project()
    edit = actions.remove_phase(p, "scope", move_activities_to="train")
    round_trip(edit, p)
    edit.apply(p)
    assert [a.phase for a in p.activities] == ["train", "train", "train"]
    assert p.gates[0].after is None
    assert "scope" not in p.layout
    q = make_project()
    actions.remove_phase(q, "scope").apply(q)
    assert [a.id for a in q.activities] == ["a3"]


def test_remove_metric_unbinds_criteria():
    p = make_project()
    edit = actions.remove_metric(p, "acc")
    round_trip(edit, p)
    edit.apply(p)
    assert p.gates[0].criteria[0].metric is None
    assert p.metrics == []


def test_add_and_step_activities():
    p = make_project()
    edit = actions.add_activity(p, "Write report", "scope")
    edit.apply(p)
    assert [a.id for a in p.activities] == ["a1", "a2", "write-report", "a3"]
    actions.step_activity(p, "write-report", -1).apply(p)
    assert [a.id for a in p.activities] == ["a1", "write-report", "a2", "a3"]
    assert actions.step_activity(p, "a1", -1) is None
    assert actions.step_activity(p, "a3", +1) is None


def test_move_activities_to_phase_keeps_them_together():
    p = make_project()
    edit = actions.move_activity_to_phase(p, ["a1"], "train")
    round_trip(edit, p)
    edit.apply(p)
    assert [a.id for a in p.activities] == ["a2", "a3", "a1"]
    assert p.activities[2].phase == "train"
    assert edit.label == "Move 'Frame problem' to Train"


def test_add_role_makes_unique_ids_and_short_labels():
    p = make_project()
    actions.add_role(p, "Data Scientist").apply(p)
    assert p.roles[-1].id == "data-scientist"
    actions.add_role(p, "Data Scientist").apply(p)
    assert p.roles[-1].id == "data-scientist-2"
    assert p.roles[-1].short == "DS"


def test_every_top_level_collection_of_a_project_is_a_change_topic() -> None:
    """An edit of any list the project file holds can be announced to the views."""
    from raci_studio.core.changes import TOPICS
    from raci_studio.core.model import Project

    lists = {name for name, f in Project.model_fields.items() if "list" in str(f.annotation)}
    assert lists <= set(TOPICS)
