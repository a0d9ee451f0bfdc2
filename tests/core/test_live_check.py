"""The live check gives exactly the findings of a full check after any sequence of edits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_studio.core.actions import raci as actions
from raci_studio.core.edits import UpdateFields
from raci_studio.core.live_check import LiveCheck
from raci_studio.core.rules import check_project
from tests.core.test_edits import make_project
from tests.core.test_undo_property import draw_edit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_live_check_matches_a_full_check(data):
    project = make_project()
    live = LiveCheck()
    assert live.run(project) == check_project(project)
    for _ in range(data.draw(st.integers(1, 10), label="steps")):
        if data.draw(st.booleans(), label="rename"):
            role = data.draw(st.sampled_from([r.id for r in project.roles] or ["none"]))
            edit = (
                UpdateFields(("roles", role), {"name": data.draw(st.sampled_from(["X", "Y"]))})
                if project.roles
                else None
            )
        else:
            edit = draw_edit(data, project)
        if edit is None:
            continue
        _inverse, change = edit.apply(project)
        live.note(change)
        if data.draw(st.booleans(), label="check now"):
            assert live.run(project) == check_project(project)
    assert live.run(project) == check_project(project)


def test_unchanged_activities_are_not_read_again(monkeypatch):
    project = make_project()
    live = LiveCheck()
    live.run(project)
    read = []
    import raci_studio.core.rules.raci as rules

    original = rules._summarise
    monkeypatch.setattr(
        rules, "_summarise", lambda a, *rest: read.append(a.id) or original(a, *rest)
    )
    edit = actions.toggle_letter(project, [("a1", "mle")], "I")
    _inverse, change = edit.apply(project)
    live.note(change)
    live.run(project)
    assert read == ["a1"]
