"""Property: any sequence of user actions undoes to the original, byte for byte, and redoes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_studio.core.actions import raci as actions
from raci_studio.core.edits import Edit, InsertItem, SetLayout, UpdateFields
from raci_studio.core.model import Measurement, Project, Risk
from raci_studio.io.project.file import dumps_project, load_project
from tests.core.test_edits import make_project

LETTERS = ["", "R", "A", "C", "I", "RA", "RC"]
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30)


SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "support-ticket-deflection.raci.json"


def _dump(project: Project) -> bytes:
    """The bytes of the project file (of a copy: saving must not tidy what is compared)."""
    return dumps_project(project.model_copy(deep=True))


def draw_edit(data: st.DataObject, p: Project) -> Edit | None:
    """Pick one user action that makes sense for the project as it is now."""
    kind = data.draw(st.integers(0, 13), label="kind")
    acts = [a.id for a in p.activities]
    roles = [r.id for r in p.roles]
    phases = [ph.id for ph in p.phases]
    if kind == 0 and acts and roles:
        cells = data.draw(
            st.lists(st.tuples(st.sampled_from(acts), st.sampled_from(roles)), min_size=1)
        )
        return actions.set_letters(p, cells, data.draw(st.sampled_from(LETTERS)))
    if kind == 1 and acts and roles:
        cells = [(data.draw(st.sampled_from(acts)), data.draw(st.sampled_from(roles)))]
        return actions.toggle_letter(p, cells, data.draw(st.sampled_from("RACI")))
    if kind == 2 and phases:
        return actions.add_activity(p, data.draw(TEXT), data.draw(st.sampled_from(phases)))
    if kind == 3 and acts:
        return actions.remove_activities(p, [data.draw(st.sampled_from(acts))])
    if kind == 4 and acts:
        return actions.step_activity(
            p, data.draw(st.sampled_from(acts)), data.draw(st.sampled_from([-1, 1]))
        )
    if kind == 5:
        return actions.add_role(p, data.draw(TEXT), index=data.draw(st.integers(0, 5)))
    if kind == 6 and roles:
        return actions.remove_role(p, data.draw(st.sampled_from(roles)))
    if kind == 7 and roles:
        return actions.move_role(p, data.draw(st.sampled_from(roles)), data.draw(st.integers(0, 5)))
    if kind == 8:
        return actions.add_phase(p, data.draw(TEXT))
    if kind == 9 and len(phases) > 1:
        gone, keep = data.draw(st.permutations(phases))[:2]
        target = data.draw(st.sampled_from([None, keep]))
        return actions.remove_phase(p, gone, move_activities_to=target)
    if kind == 10 and acts and phases:
        return actions.move_activity_to_phase(
            p, [data.draw(st.sampled_from(acts))], data.draw(st.sampled_from(phases))
        )
    if kind == 11 and phases:
        node = data.draw(st.sampled_from(phases))
        pos = (data.draw(st.integers(-500, 500)), data.draw(st.integers(-500, 500)))
        return SetLayout(((node, pos),))
    if kind == 12 and p.metrics:
        metric = p.metrics[0].id
        m = Measurement(date="2026-02-01", value=data.draw(st.floats(0, 1)))
        return InsertItem(("metrics", metric, "measurements"), 0, m)
    if kind == 13:
        n = len(p.scoping.risks)
        if data.draw(st.booleans()) or not n:
            return InsertItem(("scoping", "risks"), n, Risk(id=f"r{n}", description="risk"))
        return UpdateFields(("scoping", "risks", 0), {"mitigation": data.draw(TEXT)})
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_actions_undo_and_redo_exactly(data):
    project = make_project() if data.draw(st.booleans(), label="small") else load_project(SAMPLE)
    original = _dump(project)
    if project.name != "Demo":
        assert original == SAMPLE.read_bytes()  # the sample file itself, byte for byte
    done: list[tuple[Edit, Edit]] = []
    for _ in range(data.draw(st.integers(1, 12), label="steps")):
        edit = draw_edit(data, project)
        if edit is not None:
            inverse, _ = edit.apply(project)
            done.append((edit, inverse))
    final = _dump(project)
    redo: list[Edit] = []
    for _edit, inverse in reversed(done):
        again, _ = inverse.apply(project)
        redo.append(again)
    assert _dump(project) == original
    for again in reversed(redo):
        again.apply(project)
    assert _dump(project) == final
