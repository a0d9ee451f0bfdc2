"""Property: any sequence of user actions undoes to the original, byte for byte, and redoes.

Every module of ``core/actions`` has a drawer that picks its actions at random; a refused
action must leave the project exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import raci_studio.core.actions as actions_package
from raci_studio.core.actions import evidence as ev
from raci_studio.core.actions import lifecycle as la
from raci_studio.core.actions import metrics as ma
from raci_studio.core.actions import raci as actions
from raci_studio.core.actions import retrospective as rt
from raci_studio.core.actions import schedule as sc
from raci_studio.core.actions import scoping as sa
from raci_studio.core.actions.conflicts import open_conflicts, resolve_conflict
from raci_studio.core.actions.merge import merge_edits
from raci_studio.core.edits import Edit, EditError, InsertItem, SetLayout, UpdateFields
from raci_studio.core.evidence import CARD_SECTIONS, CardReading, ReportedResult, TrackedData
from raci_studio.core.lifecycle import ALIGN_MODES, resolve_positions
from raci_studio.core.model import (
    FlowKind,
    GateKind,
    GateOutcome,
    Measurement,
    MetricCategory,
    PhaseStatus,
    Project,
    Risk,
    WorkStatus,
)
from raci_studio.core.versions.merge import merge_projects
from raci_studio.io.project.file import dumps_project, load_project
from tests.core.test_edits import make_project

LETTERS = ["", "R", "A", "C", "I", "RA", "RC"]
# a name of spaces alone is refused by the actions (names are normalised), so none is drawn
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30
).filter(str.split)


SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "support-ticket-deflection.raci.json"


def _dump(project: Project) -> bytes:
    """The bytes of the project file (of a copy: saving must not tidy what is compared)."""
    return dumps_project(project.model_copy(deep=True))


def draw_edit(data: st.DataObject, p: Project) -> Edit | None:
    """Pick one action of the RACI grid (and a few raw edits) that makes sense for ``p``."""
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


def _pick(data: st.DataObject, items: list[str]) -> str:
    return data.draw(st.sampled_from(items)) if items else "missing"


POINT = st.tuples(st.integers(-800, 800), st.integers(-400, 400)).map(
    lambda xy: (float(xy[0]), float(xy[1]))
)


def draw_lifecycle(data: st.DataObject, p: Project) -> Edit | None:
    """Pick one action of the lifecycle diagram."""
    nodes = [ph.id for ph in p.phases] + [g.id for g in p.gates]
    flows = [f.id for f in p.flows]
    kind = data.draw(st.integers(0, 12), label="lifecycle")
    if kind == 0:
        return la.add_phase(p, data.draw(TEXT), at=data.draw(st.none() | POINT))
    if kind == 1:
        after = data.draw(st.none() | st.sampled_from([ph.id for ph in p.phases] or [None]))
        return la.add_gate(p, data.draw(st.sampled_from(list(GateKind))), after=after)
    if kind == 2 and len(nodes) > 1:
        source, target = data.draw(st.permutations(nodes))[:2]
        return la.add_flow(p, source, target, data.draw(st.sampled_from(list(FlowKind))))
    if kind == 3 and nodes:
        return la.move_nodes(p, {_pick(data, nodes): data.draw(POINT)})
    if kind == 4:
        return la.auto_layout_edit(p) if data.draw(st.booleans()) else la.forget_layout(p)
    if kind == 5 and len(nodes) > 1:
        chosen = data.draw(st.lists(st.sampled_from(nodes), min_size=2, max_size=4, unique=True))
        shown = resolve_positions(p)
        if data.draw(st.booleans()):
            return la.align_nodes(p, chosen, data.draw(st.sampled_from(ALIGN_MODES)), shown)
        return la.distribute_nodes(
            p, chosen, data.draw(st.sampled_from(["horizontal", "vertical"])), shown
        )
    if kind == 6 and flows:
        flow = _pick(data, flows)
        if data.draw(st.booleans()):
            return la.set_flow_kind(p, flow, data.draw(st.sampled_from(list(FlowKind))))
        return la.set_flow_label(p, flow, data.draw(TEXT))
    if kind == 7 and nodes:
        return la.rename_node(p, _pick(data, nodes), data.draw(TEXT))
    if kind == 8 and (nodes or flows):
        gone = data.draw(st.lists(st.sampled_from(nodes), max_size=2, unique=True)) if nodes else []
        cut = data.draw(st.lists(st.sampled_from(flows), max_size=2, unique=True)) if flows else []
        return la.delete_selection(p, gone, cut)
    if kind == 9 and p.phases:
        status = data.draw(st.sampled_from([s.value for s in PhaseStatus]))
        return la.set_phase_status(p, _pick(data, [ph.id for ph in p.phases]), status)
    if kind == 10 and p.gates:
        kind_ = data.draw(st.sampled_from(list(GateKind)))
        return la.set_gate_kind(p, _pick(data, [g.id for g in p.gates]), kind_)
    return None


NUMBER = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
DAY = st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31))


def draw_metrics(data: st.DataObject, p: Project) -> Edit | None:
    """Pick one action of the metrics view."""
    metrics = [m.id for m in p.metrics]
    kind = data.draw(st.integers(0, 7), label="metrics")
    if kind == 0:
        category = data.draw(st.sampled_from(list(MetricCategory)))
        return ma.add_metric(p, data.draw(TEXT), category, target=data.draw(st.none() | NUMBER))
    if not metrics:
        return None
    metric = _pick(data, metrics)
    count = len(next(m for m in p.metrics if m.id == metric).measurements)
    if kind == 1:
        field = data.draw(st.sampled_from(["target", "threshold", "baseline", "unit", "name"]))
        value = data.draw(TEXT) if field in ("unit", "name") else data.draw(st.none() | NUMBER)
        return ma.edit_metric(p, metric, {field: value})
    if kind == 2:
        return ma.remove_metric(p, metric)
    if kind == 3:
        return ma.add_measurement(p, metric, data.draw(DAY), data.draw(NUMBER), data.draw(TEXT))
    if kind == 4 and count:
        field = data.draw(st.sampled_from(["value", "note", "date"]))
        value = {"value": NUMBER, "note": TEXT, "date": DAY}[field]
        return ma.edit_measurement(
            p, metric, data.draw(st.integers(0, count - 1)), {field: data.draw(value)}
        )
    if kind == 5 and count:
        rows = data.draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=3))
        return ma.remove_measurements(p, metric, rows)
    if kind in (6, 7):
        rows = [
            (metric, Measurement(date=data.draw(DAY), value=data.draw(NUMBER)))
            for _ in range(data.draw(st.integers(1, 4)))
        ]
        if kind == 6:
            return ma.merge_measurements(p, rows, "Import test.csv").edit
        return ma.paste_measurements(p, metric, [m for _, m in rows]).edit
    return None


def draw_scoping(data: st.DataObject, p: Project) -> Edit | None:
    """Pick one action of the scoping form (the MRD)."""
    kind = data.draw(st.integers(0, 11), label="scoping")
    table = data.draw(st.sampled_from(sorted(sa.SECTIONS)))
    ids = [row.id for row in sa.rows(p, table)]
    criteria = [c.id for c in p.scoping.go_no_go]
    metrics = [m.id for m in p.metrics]
    roles = [r.id for r in p.roles]
    if kind == 0:
        return sa.set_text(p, data.draw(st.sampled_from(sorted(sa.TEXT_FIELDS))), data.draw(TEXT))
    if kind == 1:
        if data.draw(st.booleans()):
            return sa.clear_model_card(p)
        field = data.draw(st.sampled_from(sorted(sa.MODEL_CARD_FIELDS)))
        return sa.set_model_card_text(p, field, data.draw(TEXT))
    if kind == 2:
        return sa.add_row(p, table, index=data.draw(st.none() | st.integers(0, 5)))
    if kind == 3 and ids:
        spec = sa.section(table)
        return sa.edit_row(p, table, _pick(data, ids), {spec.title_field: data.draw(TEXT)})
    if kind == 4 and ids:
        return sa.remove_rows(p, table, data.draw(st.lists(st.sampled_from(ids), min_size=1)))
    if kind == 5 and ids:
        if data.draw(st.booleans()):
            return sa.move_row(p, table, _pick(data, ids), data.draw(st.integers(0, 5)))
        return sa.reorder_rows(p, table, data.draw(st.permutations(ids)))
    if kind == 6:
        if metrics and data.draw(st.booleans()):
            return sa.add_metric_criterion(p, data.draw(TEXT), _pick(data, metrics), ">=", 0.5)
        return sa.add_manual_criterion(p, data.draw(TEXT))
    if kind == 7 and criteria:
        by = data.draw(st.none() | st.sampled_from(roles)) if roles else None
        return sa.check_criterion(p, _pick(data, criteria), data.draw(st.booleans()), by=by)
    if kind == 8 and criteria:
        if metrics and data.draw(st.booleans()):
            return sa.bind_criterion(p, _pick(data, criteria), _pick(data, metrics), "<=", 3.0)
        return sa.make_manual(p, _pick(data, criteria))
    if kind == 9:
        by = data.draw(st.none() | st.sampled_from(roles)) if roles else None
        return sa.add_decision(p, data.draw(TEXT), data.draw(DAY), by, data.draw(TEXT))
    if kind == 10 and metrics:
        field = data.draw(st.sampled_from(["baseline", "target", "threshold"]))
        return sa.set_metric_value(p, _pick(data, metrics), field, data.draw(st.none() | NUMBER))
    if kind == 11 and len(metrics) > 1:
        model, kpi = data.draw(st.permutations(metrics))[:2]
        return sa.link_proxy(p, model, data.draw(st.none() | st.just(kpi)))
    return None


def draw_merge(data: st.DataObject, p: Project) -> Edit | None:
    """Merge a sheet read into a project: its roles, phases and letters."""
    other = make_project() if data.draw(st.booleans()) else load_project(SAMPLE)
    for _ in range(data.draw(st.integers(0, 4))):
        edit = draw_edit(data, other)
        if edit is not None:
            _attempt(edit, other)
    return merge_edits(p, other, "Import sheet.xlsx")


WORDS = st.text(alphabet="abcdefgh XYZ-", min_size=1, max_size=20)


def draw_evidence(data: st.DataObject, p: Project) -> Edit | None:
    """Take a model card or DVC lineage in: model card text, results, risks, data sets."""
    on = data.draw(DAY)
    if data.draw(st.booleans()):
        results = tuple(
            ReportedResult(data.draw(WORDS), data.draw(NUMBER), data.draw(WORDS))
            for _ in range(data.draw(st.integers(0, 3)))
        )
        card = CardReading(
            source="card.md",
            kind="huggingface",
            name=data.draw(WORDS),
            sections={
                key: data.draw(TEXT)
                for key in data.draw(st.sets(st.sampled_from(sorted(CARD_SECTIONS))))
            },
            results=results,
            datasets=tuple(data.draw(st.lists(WORDS, max_size=3))),
            limitations=tuple(data.draw(st.lists(WORDS, max_size=3))),
        )
        return ev.import_card(p, card, on).edit
    tracked = [
        TrackedData(
            path=f"data/{data.draw(WORDS).strip() or 'set'}",
            hash=data.draw(st.sampled_from(["", "a" * 32, "b" * 32])),
            size=data.draw(st.none() | st.integers(0, 10**9)),
        )
        for _ in range(data.draw(st.integers(1, 3)))
    ]
    return ev.import_lineage(p, tracked, on, "dvc.lock").edit


def draw_schedule(data: st.DataObject, p: Project) -> Edit | None:
    """Pick one dating or tracking action: phase dates, gate decisions, activity status."""
    phases = [ph.id for ph in p.phases]
    gates = [g.id for g in p.gates]
    acts = [a.id for a in p.activities]
    roles = [r.id for r in p.roles]
    kind = data.draw(st.integers(0, 5), label="schedule")
    day = st.none() | DAY
    if kind == 0 and phases:
        fields = data.draw(st.sets(st.sampled_from(sorted(sc.PHASE_DATE_FIELDS)), min_size=1))
        return sc.set_phase_dates(p, _pick(data, phases), {f: data.draw(day) for f in fields})
    if kind == 1 and gates:
        return sc.set_gate_planned_date(p, _pick(data, gates), data.draw(day))
    if kind == 2 and gates:
        outcome = data.draw(st.none() | st.sampled_from(list(GateOutcome)))
        by = data.draw(st.none() | st.sampled_from(roles)) if roles else None
        return sc.decide_gate(p, _pick(data, gates), outcome, data.draw(day), by)
    if not acts:
        return None
    chosen = data.draw(st.lists(st.sampled_from(acts), min_size=1, max_size=3, unique=True))
    if kind == 3:
        return sc.set_activity_due(p, chosen, data.draw(day))
    if kind == 4:
        status = data.draw(st.none() | st.sampled_from(list(WorkStatus)))
        return sc.set_activity_status(p, chosen, status)
    if kind == 5:
        return sc.set_deliverable(p, chosen, data.draw(TEXT))
    return None


def draw_retrospective(data: st.DataObject, p: Project) -> Edit | None:
    """Pick one action of the retrospective: its summary, findings, factors and lessons."""
    name = data.draw(st.sampled_from(sorted(rt.RETRO_LISTS)))
    ids = [entry.id for entry in getattr(p.retrospective, name)]
    kind = data.draw(st.integers(0, 3), label="retrospective")
    if kind == 0:
        return rt.set_summary(p, data.draw(TEXT))
    if kind == 1 or not ids:
        criterion = data.draw(TEXT) if name == "lessons" and data.draw(st.booleans()) else ""
        return rt.add_entry(p, name, data.draw(TEXT), criterion)
    if kind == 2:
        return rt.edit_entry(p, name, _pick(data, ids), text=data.draw(TEXT))
    return rt.remove_entries(p, name, data.draw(st.lists(st.sampled_from(ids), min_size=1)))


def conflicted_project() -> Project:
    """The sample merged with two edits of it that disagree: a file with open conflicts."""
    base = load_project(SAMPLE)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.name, theirs.name = "Deflection (ours)", "Deflection (theirs)"
    ours.metrics[0].target, theirs.metrics[0].target = 10000, 9800
    role = ours.roles[-1].id
    ours.activities[0].raci[role], theirs.activities[0].raci[role] = "R", "C"
    ours.activities = ours.activities[:-1]
    theirs.activities[-1].description = "Weekly."
    return merge_projects(base, ours, theirs).project


def draw_conflicts(data: st.DataObject, p: Project) -> Edit | None:
    """Resolve one open merge conflict with a side chosen at random."""
    conflicts = [c.id for c in open_conflicts(p)]
    if not conflicts:
        return None
    choice = data.draw(st.sampled_from(["base", "ours", "theirs"]))
    return resolve_conflict(p, _pick(data, conflicts), choice)


#: One drawer per module of ``core/actions``: a module without one fails a test below.
DRAWERS: dict[str, Callable[[st.DataObject, Project], Edit | None]] = {
    "raci": draw_edit,
    "lifecycle": draw_lifecycle,
    "metrics": draw_metrics,
    "scoping": draw_scoping,
    "merge": draw_merge,
    "evidence": draw_evidence,
    "schedule": draw_schedule,
    "retrospective": draw_retrospective,
    "conflicts": draw_conflicts,
}


def _attempt(edit: Edit, project: Project) -> Edit | None:
    """Apply ``edit``; a refused edit must leave the project exactly as it was."""
    before = _dump(project)
    try:
        inverse, _ = edit.apply(project)
    except EditError:
        assert _dump(project) == before
        return None
    return inverse


def _draw(data: st.DataObject, project: Project, area: str) -> Edit | None:
    drawer = (
        DRAWERS[data.draw(st.sampled_from(sorted(DRAWERS)), label="area")]
        if area == "all"
        else DRAWERS[area]
    )
    try:
        return drawer(data, project)
    except EditError:
        return None  # the action refused what was drawn before building anything


def test_every_action_module_has_a_drawer() -> None:
    found = {m.name for m in pkgutil.iter_modules(actions_package.__path__)}
    assert found == set(DRAWERS)


@pytest.mark.parametrize("area", [*sorted(DRAWERS), "all"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_actions_undo_and_redo_exactly(area: str, data: st.DataObject) -> None:
    start = data.draw(st.sampled_from(["small", "sample", "conflicted"]), label="start")
    if start == "small":
        project = make_project()
    elif start == "sample":
        project = load_project(SAMPLE)
    else:
        project = conflicted_project()
    original = _dump(project)
    if start == "sample":
        assert original == SAMPLE.read_bytes()  # the sample file itself, byte for byte
    done: list[Edit] = []
    for _ in range(data.draw(st.integers(1, 10), label="steps")):
        edit = _draw(data, project, area)
        inverse = _attempt(edit, project) if edit is not None else None
        if inverse is not None:
            done.append(inverse)
    final = _dump(project)
    redo: list[Edit] = []
    for inverse in reversed(done):
        again, _ = inverse.apply(project)
        redo.append(again)
    assert _dump(project) == original
    for again in reversed(redo):
        again.apply(project)
    assert _dump(project) == final
