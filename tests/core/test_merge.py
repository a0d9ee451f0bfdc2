"""Merging an imported sheet into the open project: matched by name, one undo step."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci_studio.core.actions.merge import merge_edits
from raci_studio.core.edits import Batch, EditError, InsertItem, SetCells
from raci_studio.core.model import Activity, Phase, Project, Role
from tests.core.conftest import build_small_project

Factory = Callable[[], Project]


def _imported() -> Project:
    """A sheet as the importer builds it: some names known (in other cases), some new."""
    return Project(
        name="Imported",
        roles=[
            Role(id="data-scientist", name="data  scientist", short="DS"),
            Role(id="legal", name="Legal", short="Legal"),
        ],
        phases=[
            Phase(id="data-collection", name="DATA COLLECTION"),
            Phase(id="imported", name="Imported"),
        ],
        activities=[
            Activity(
                id="audit-data-sources",
                name="audit data sources",
                phase="data-collection",
                raci={"data-scientist": "A", "legal": "C"},
            ),
            Activity(
                id="privacy-review",
                name="Privacy review",
                phase="data-collection",
                raci={"legal": "RA"},
            ),
            Activity(id="sign-off", name="Sign off", phase="imported", raci={"legal": "A"}),
        ],
    )


def _apply(project: Project, batch: Batch) -> Batch:
    inverse, _ = batch.apply(project)
    assert isinstance(inverse, Batch)
    return inverse


def test_names_are_matched_case_insensitively_and_new_ones_added(small_project: Factory) -> None:
    project = small_project()
    _apply(project, merge_edits(project, _imported()))
    assert [r.id for r in project.roles] == [
        "product-manager",
        "data-scientist",
        "ml-engineer",
        "legal",
    ]
    assert [p.name for p in project.phases][-1] == "Imported"
    assert len(project.phases) == 4
    audit = next(a for a in project.activities if a.id == "audit-sources")
    # imported letters replace the same cell; cells the sheet left empty keep theirs
    assert audit.raci == {
        "data-scientist": "A",
        "legal": "C",
        "ml-engineer": "I",
        "product-manager": "A",
    }


def test_new_activities_go_at_the_end_of_their_phase(small_project: Factory) -> None:
    project = small_project()
    _apply(project, merge_edits(project, _imported()))
    ids = [a.id for a in project.activities]
    assert ids == [
        "define-kpis",
        "audit-sources",
        "label-tickets",
        "privacy-review",
        "watch-drift",
        "sign-off",
    ]
    review = next(a for a in project.activities if a.id == "privacy-review")
    assert review.phase == "data-collection"
    assert review.raci == {"legal": "RA"}


def test_the_merge_is_one_batch_and_its_inverse_restores_the_project_exactly(
    small_project: Factory,
) -> None:
    project = small_project()
    before = project.model_dump(mode="json")
    batch = merge_edits(project, _imported(), label="Import plan.xlsx")
    assert isinstance(batch, Batch)
    assert batch.label == "Import plan.xlsx"
    assert sum(isinstance(e, SetCells) for e in batch.edits) == 1
    assert all(isinstance(e, InsertItem | SetCells) for e in batch.edits)
    inverse = _apply(project, batch)
    assert project.model_dump(mode="json") != before
    inverse.apply(project)
    assert project.model_dump(mode="json") == before


def test_merging_the_same_sheet_twice_changes_nothing_more(small_project: Factory) -> None:
    project = small_project()
    _apply(project, merge_edits(project, _imported()))
    after_first = project.model_dump(mode="json")
    again = merge_edits(project, _imported())
    assert again.edits == ()
    _apply(project, again)
    assert project.model_dump(mode="json") == after_first


def test_new_phase_ids_do_not_collide_with_gates(small_project: Factory) -> None:
    project = small_project()
    gate = project.gates[0].id
    imported = Project(
        name="x",
        roles=[Role(id="pm", name="Product Manager")],
        phases=[Phase(id=gate, name=gate)],
        activities=[Activity(id="a", name="A", phase=gate, raci={"pm": "A"})],
    )
    _apply(project, merge_edits(project, imported))
    assert project.phases[-1].id != gate


def test_letters_outside_the_scheme_are_refused(small_project: Factory) -> None:
    project = small_project()
    imported = Project(
        name="x",
        scheme="RASCI",
        roles=[Role(id="pm", name="Product Manager")],
        phases=[Phase(id="p", name="Monitoring")],
        activities=[Activity(id="a", name="Watch for drift", phase="p", raci={"pm": "S"})],
    )
    with pytest.raises(EditError, match='"S" is not a RACI letter'):
        merge_edits(project, imported)


def test_duplicate_imported_names_match_distinct_activities(small_project: Factory) -> None:
    project = small_project()
    imported = Project(
        name="x",
        roles=[Role(id="pm", name="Product Manager")],
        phases=[Phase(id="p", name="Monitoring")],
        activities=[
            Activity(id="a", name="Watch for drift", phase="p", raci={"pm": "A"}),
            Activity(id="b", name="Watch for drift", phase="p", raci={"pm": "C"}),
        ],
    )
    _apply(project, merge_edits(project, imported))
    drift = [a for a in project.activities if a.name == "Watch for drift"]
    assert [a.raci.get("product-manager") for a in drift] == ["A", "C"]


_names = st.sampled_from(
    ["Product Manager", "data scientist", "Legal", "Ops", "Monitoring", "Watch for drift", "New"]
)


@settings(max_examples=60, deadline=None)
@given(
    roles=st.lists(_names, min_size=1, max_size=4, unique_by=str.casefold),
    phases=st.lists(_names, min_size=1, max_size=3, unique_by=str.casefold),
    rows=st.lists(
        st.tuples(
            _names,
            st.integers(0, 2),
            st.integers(0, 3),
            st.sampled_from(["R", "A", "RA", "C", "I"]),
        ),
        max_size=8,
    ),
)
def test_any_merge_round_trips(
    roles: list[str],
    phases: list[str],
    rows: list[tuple[str, int, int, str]],
) -> None:
    role_objs = [Role(id=f"r{i}", name=n) for i, n in enumerate(roles)]
    phase_objs = [Phase(id=f"p{i}", name=n) for i, n in enumerate(phases)]
    activities = [
        Activity(
            id=f"a{i}",
            name=name,
            phase=phase_objs[p % len(phase_objs)].id,
            raci={role_objs[r % len(role_objs)].id: letters},
        )
        for i, (name, p, r, letters) in enumerate(rows)
    ]
    imported = Project(name="x", roles=role_objs, phases=phase_objs, activities=activities)
    project = build_small_project()
    before = project.model_dump(mode="json")
    inverse = _apply(project, merge_edits(project, imported))
    Project.model_validate(project.model_dump())
    inverse.apply(project)
    assert project.model_dump(mode="json") == before
