"""Properties of the three-way merge over random edits on two sides of generated projects."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_studio.core.model import Project
from raci_studio.core.versions.merge import merge_projects
from raci_studio.io.project.file import dumps_project, load_project, loads_project
from tests.core.test_edits import make_project
from tests.core.versions_support import covered, edited, facts

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "support-ticket-deflection.raci.json"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _bytes(project: Project) -> bytes:
    return dumps_project(project.model_copy(deep=True))


def _base(data: st.DataObject) -> Project:
    return make_project() if data.draw(st.booleans(), label="small") else load_project(SAMPLE)


@SETTINGS
@given(st.data())
def test_merging_with_an_unchanged_side_or_the_same_change_gives_that_change(data):
    base = _base(data)
    x = edited(data, base, "x")
    assert _bytes(merge_projects(base, x, base).project) == _bytes(x)
    assert _bytes(merge_projects(base, base, x).project) == _bytes(x)
    assert _bytes(merge_projects(base, x, x).project) == _bytes(x)


@SETTINGS
@given(st.data())
def test_every_change_of_either_side_is_merged_or_listed_and_the_result_loads(data):
    base = _base(data)
    x, y = edited(data, base, "ours"), edited(data, base, "theirs")
    outcome = merge_projects(base, x, y)
    loads_project(dumps_project(outcome.project.model_copy(deep=True)))  # valid, whole
    result, before = facts(outcome.project), facts(base)
    listed = [tuple(c.path) for c in outcome.conflicts]
    for side in (x, y):
        after = facts(side)
        for place in before.keys() | after.keys():
            if before.get(place) == after.get(place):
                continue  # not changed on this side
            assert result.get(place) == after.get(place) or covered(place, listed), place


@SETTINGS
@given(st.data())
def test_swapping_the_sides_gives_the_mirror_result(data):
    base = _base(data)
    x, y = edited(data, base, "ours"), edited(data, base, "theirs")
    one, other = merge_projects(base, x, y), merge_projects(base, y, x)

    def listed(outcome, mirror: bool) -> set:
        return {
            (
                tuple(c.path),
                c.kind,
                repr(c.base),
                repr(c.theirs if mirror else c.ours),
                repr(c.ours if mirror else c.theirs),
            )
            for c in outcome.conflicts
        }

    assert listed(one, False) == listed(other, True)
    paths = [tuple(c.path) for c in one.conflicts]
    a, b = facts(one.project), facts(other.project)
    differing = {p for p in a.keys() | b.keys() if a.get(p) != b.get(p)}
    assert all(covered(p, paths) for p in differing), sorted(differing)[:5]
