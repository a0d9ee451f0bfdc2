"""Three-way merge by ids: what lands, what conflicts, and how conflicts are resolved."""

from __future__ import annotations

import datetime as dt

import pytest

from raci_studio.core.actions.conflicts import open_conflicts, resolve_conflict
from raci_studio.core.actions.raci import move_role, remove_role
from raci_studio.core.edits import EditError
from raci_studio.core.model import ConflictKind, Measurement, Project, Role
from raci_studio.core.rules import check_project
from raci_studio.core.versions.merge import meaning_conflicts, merge_projects
from raci_studio.io.project.file import dumps_project, loads_project
from tests.core.conftest import build_small_project


def _sides() -> tuple[Project, Project, Project]:
    return build_small_project(), build_small_project(), build_small_project()


def _activity(project: Project, ident: str):
    return next(a for a in project.activities if a.id == ident)


def test_a_rename_on_one_side_and_a_description_on_the_other_both_land():
    base, ours, theirs = _sides()
    ours.roles[0].name = "Product Owner"
    theirs.roles[0].description = "Owns the roadmap."
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean
    role = outcome.project.roles[0]
    assert (role.name, role.description) == ("Product Owner", "Owns the roadmap.")


def test_cell_letters_merge_as_sets():
    base, ours, theirs = _sides()
    _activity(ours, "define-kpis").raci["data-scientist"] = "RC"  # ours adds R
    del _activity(theirs, "define-kpis").raci["data-scientist"]  # theirs removes C
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean
    assert _activity(outcome.project, "define-kpis").raci["data-scientist"] == "R"


def test_both_sides_giving_one_cell_different_new_letters_is_a_conflict():
    base, ours, theirs = _sides()
    _activity(ours, "define-kpis").raci["ml-engineer"] = "R"
    _activity(theirs, "define-kpis").raci["ml-engineer"] = "C"
    outcome = merge_projects(base, ours, theirs)
    [conflict] = outcome.conflicts
    assert conflict.where == 'Activity "Define success KPIs": ML Engineer'
    assert (conflict.base, conflict.ours, conflict.theirs) == (None, "R", "C")
    assert conflict.absent == ["base"]


def test_different_cells_of_one_activity_merge_cleanly():
    base, ours, theirs = _sides()
    _activity(ours, "audit-sources").raci["ml-engineer"] = "C"
    _activity(theirs, "audit-sources").raci["data-scientist"] = "RC"
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean
    assert _activity(outcome.project, "audit-sources").raci == {
        "data-scientist": "RC",
        "ml-engineer": "C",
        "product-manager": "A",
    }


def test_the_same_field_changed_differently_is_a_conflict_holding_ours():
    base, ours, theirs = _sides()
    ours.metrics[0].target = 10000
    theirs.metrics[0].target = 9800
    outcome = merge_projects(base, ours, theirs)
    [conflict] = outcome.conflicts
    assert conflict.kind is ConflictKind.EDITED
    assert conflict.where == 'Metric "Tier-1 tickets per month": target'
    assert conflict.path == ["metrics", "tier1-tickets", "target"]
    assert (conflict.base, conflict.ours, conflict.theirs) == (10200, 10000, 9800)
    assert outcome.project.metrics[0].target == 10000


def test_deleted_and_untouched_is_deleted_deleted_and_changed_is_a_conflict_both_ways():
    base, ours, theirs = _sides()
    ours.activities.pop(0)  # define-kpis: deleted by ours, untouched by theirs
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean and "define-kpis" not in {a.id for a in outcome.project.activities}

    _activity(theirs, "define-kpis").name = "Define KPIs with finance"
    outcome = merge_projects(base, ours, theirs)
    [conflict] = outcome.conflicts
    assert conflict.kind is ConflictKind.DELETED and conflict.absent == ["ours"]
    assert "define-kpis" not in {a.id for a in outcome.project.activities}  # ours: deleted

    mirror = merge_projects(base, theirs, ours)
    [conflict] = mirror.conflicts
    assert conflict.absent == ["theirs"]
    assert _activity(mirror.project, "define-kpis").name == "Define KPIs with finance"


def test_removing_a_role_does_not_conflict_with_deleting_an_activity_it_was_assigned_in():
    base, ours, theirs = _sides()
    remove_role(ours, "ml-engineer").apply(ours)  # clears the role's cells
    theirs.activities = [a for a in theirs.activities if a.id != "audit-sources"]
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean
    assert "audit-sources" not in {a.id for a in outcome.project.activities}


def test_a_role_deleted_on_one_side_and_assigned_on_the_other_is_kept_as_a_conflict():
    base, ours, theirs = _sides()
    remove_role(ours, "ml-engineer").apply(ours)
    _activity(theirs, "define-kpis").raci["ml-engineer"] = "C"
    outcome = merge_projects(base, ours, theirs)
    [conflict] = outcome.conflicts
    assert conflict.path == ["roles", "ml-engineer"] and conflict.absent == ["ours"]
    assert "still uses it" in conflict.note
    loads_project(dumps_project(outcome.project))  # every reference resolves
    assert _activity(outcome.project, "define-kpis").raci["ml-engineer"] == "C"


def test_the_same_new_id_added_with_different_content_is_a_conflict():
    base, ours, theirs = _sides()
    ours.roles.append(Role(id="legal", name="Legal"))
    theirs.roles.append(Role(id="legal", name="Legal & Privacy"))
    outcome = merge_projects(base, ours, theirs)
    [conflict] = outcome.conflicts
    assert conflict.kind is ConflictKind.ADDED and conflict.absent == ["base"]
    assert outcome.project.roles[-1].name == "Legal"


def test_additions_on_both_sides_are_kept_ours_first():
    base, ours, theirs = _sides()
    ours.roles.append(Role(id="legal", name="Legal"))
    theirs.roles.append(Role(id="finance", name="Finance"))
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean
    assert [r.id for r in outcome.project.roles][-2:] == ["legal", "finance"]


def test_moves_on_both_sides_survive():
    base, ours, theirs = _sides()
    move_role(ours, "ml-engineer", 0).apply(ours)  # ours: ml-engineer first
    theirs.activities.append(theirs.activities.pop(0))  # theirs: define-kpis last
    outcome = merge_projects(base, ours, theirs)
    assert outcome.project.roles[0].id == "ml-engineer"
    assert outcome.project.activities[-1].id == "define-kpis"


def test_measurements_merge_as_a_set_keyed_by_date_and_source():
    base, ours, theirs = _sides()
    ours.metrics[0].measurements.append(Measurement(date=dt.date(2026, 5, 1), value=10900))
    theirs.metrics[0].measurements.append(
        Measurement(date=dt.date(2026, 5, 1), value=10950, source="finance")
    )
    theirs.metrics[0].measurements.pop(0)
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean
    dates = [(m.date.isoformat(), m.source) for m in outcome.project.metrics[0].measurements]
    assert dates == [("2026-04-01", ""), ("2026-05-01", ""), ("2026-05-01", "finance")]


def test_the_same_measurement_added_with_different_values_is_a_conflict():
    base, ours, theirs = _sides()
    ours.metrics[1].measurements.append(Measurement(date=dt.date(2026, 4, 1), value=0.88))
    theirs.metrics[1].measurements.append(Measurement(date=dt.date(2026, 4, 1), value=0.89))
    [conflict] = merge_projects(base, ours, theirs).conflicts
    assert conflict.path == ["metrics", "intent-accuracy", "measurements", "2026-04-01"]
    assert conflict.where == 'Metric "Intent accuracy": measurement of 2026-04-01'


def test_layout_positions_merge_per_node():
    base, ours, theirs = _sides()
    ours.layout["monitoring"] = (500.0, 100.0)
    theirs.layout["go-no-go"] = (170.0, 60.0)
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean
    layout = outcome.project.layout
    assert layout["monitoring"] == (500.0, 100.0) and layout["go-no-go"] == (170.0, 60.0)


def test_two_accountables_added_on_two_sides_are_a_conflict_of_meaning_not_fixed():
    base, ours, theirs = _sides()
    _activity(ours, "label-tickets").raci["product-manager"] = "A"
    _activity(ours, "label-tickets").raci["data-scientist"] = "R"
    _activity(theirs, "label-tickets").raci["ml-engineer"] = "RA"
    outcome = merge_projects(base, ours, theirs)
    assert outcome.clean  # cell by cell nothing collides
    found = meaning_conflicts(outcome.project, ours, theirs)
    assert [f.code for f in found] == ["multiple-accountable"]
    cells = _activity(outcome.project, "label-tickets").raci
    assert sum("A" in letters for letters in cells.values()) == 2


def test_a_file_with_conflicts_loads_fails_check_and_resolves_in_one_undoable_step():
    base, ours, theirs = _sides()
    ours.name, theirs.name = "Deflection (ours)", "Deflection (theirs)"
    project = loads_project(dumps_project(merge_projects(base, ours, theirs).project))
    [finding] = [f for f in check_project(project) if f.code == "merge-conflict"]
    assert finding.severity == "error" and "Project name" in finding.message
    before = dumps_project(project.model_copy(deep=True))
    edit = resolve_conflict(project, project.conflicts[0].id, "theirs")
    inverse, _ = edit.apply(project)
    assert project.name == "Deflection (theirs)" and not open_conflicts(project)
    assert not [f for f in check_project(project) if f.code == "merge-conflict"]
    assert b"conflicts" not in dumps_project(project.model_copy(deep=True))  # saved: gone
    inverse.apply(project)
    assert dumps_project(project.model_copy(deep=True)) == before
    edit.apply(project)  # redo
    with pytest.raises(EditError, match="already resolved"):
        resolve_conflict(project, project.conflicts[0].id, "ours")


@pytest.mark.parametrize("choice", ["base", "ours", "theirs"])
def test_every_kind_of_conflict_resolves_to_the_chosen_side_and_undoes(choice):
    base, ours, theirs = _sides()
    ours.metrics[0].target, theirs.metrics[0].target = 10000, 9800
    _activity(ours, "define-kpis").raci["ml-engineer"] = "R"
    _activity(theirs, "define-kpis").raci["ml-engineer"] = "C"
    ours.activities = [a for a in ours.activities if a.id != "watch-drift"]
    _activity(theirs, "watch-drift").description = "Weekly."
    remove_role(theirs, "ml-engineer").apply(theirs)
    ours.layout["monitoring"], theirs.layout["monitoring"] = (1.0, 2.0), (3.0, 4.0)
    project = merge_projects(base, ours, theirs).project
    assert len(project.conflicts) >= 3
    before = dumps_project(project.model_copy(deep=True))
    undo = []
    for conflict in list(project.conflicts):
        inverse, _ = resolve_conflict(project, conflict.id, choice).apply(project)
        undo.append(inverse)
    assert not open_conflicts(project)
    loads_project(dumps_project(project.model_copy(deep=True)))  # still a valid project
    side = {"base": base, "ours": ours, "theirs": theirs}[choice]
    assert project.metrics[0].target == side.metrics[0].target
    assert project.layout.get("monitoring") == side.layout.get("monitoring")
    for inverse in reversed(undo):
        inverse.apply(project)
    assert dumps_project(project.model_copy(deep=True)) == before


def test_an_edited_resolution_takes_the_value_typed():
    base, ours, theirs = _sides()
    ours.description, theirs.description = "Ours.", "Theirs."
    project = merge_projects(base, ours, theirs).project
    resolve_conflict(project, project.conflicts[0].id, "edited", "Both, reconciled.").apply(project)
    assert project.description == "Both, reconciled."
    assert project.conflicts[0].resolved == "edited"


def test_a_typed_cell_value_is_read_as_people_write_letters():
    base, ours, theirs = _sides()
    _activity(ours, "define-kpis").raci["ml-engineer"] = "R"
    _activity(theirs, "define-kpis").raci["ml-engineer"] = "C"
    project = merge_projects(base, ours, theirs).project
    with pytest.raises(EditError, match="not a RACI letter"):
        resolve_conflict(project, "conflict-1", "edited", "X").apply(project)
    resolve_conflict(project, "conflict-1", "edited", "r, c").apply(project)
    assert _activity(project, "define-kpis").raci["ml-engineer"] == "RC"
