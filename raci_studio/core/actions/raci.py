"""User-level actions: build the edits for what a person asked, with readable undo labels.

Each function reads the project as it is now and returns one :class:`Edit` (often a
:class:`Batch`) that does the whole thing, so that one user action is one undo step. Removals
cascade (removing a role clears its cells and every reference to it) so that the project stays
valid and loadable after any action.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from raci_studio.core.edits import (
    Batch,
    Cell,
    Edit,
    EditError,
    InsertItem,
    MoveItem,
    RemoveItem,
    Reorder,
    SetCells,
    SetLayout,
    UpdateFields,
    find,
    first_error,
)
from raci_studio.core.ids import unique_id
from raci_studio.core.model import Activity, Phase, Project, Role
from raci_studio.core.scheme import display_letters, scheme_for

CellRef = tuple[str, str]  # (activity id, role id)


def _activity_name(project: Project, activity_id: str) -> str:
    return next((a.name for a in project.activities if a.id == activity_id), activity_id)


def _cells_label(project: Project, verb: str, cells: Sequence[CellRef]) -> str:
    if len(cells) == 1:
        return f"{verb} on '{_activity_name(project, cells[0][0])}'"
    return f"{verb} on {len(cells)} cells"


def set_letters(project: Project, cells: Iterable[CellRef], letters: str) -> SetCells:
    """Give every cell exactly ``letters`` (normalised to the scheme; "" clears)."""
    cells = list(dict.fromkeys(cells))
    normal = scheme_for(project.scheme).normalise(letters.upper())
    verb = f"Set {display_letters(normal)}" if normal else "Clear"
    return SetCells(tuple((a, r, normal) for a, r in cells), _cells_label(project, verb, cells))


def toggle_letter(project: Project, cells: Iterable[CellRef], letter: str) -> SetCells:
    """Add ``letter`` to every cell, or remove it from all when every cell has it already."""
    cells = list(dict.fromkeys(cells))
    scheme = scheme_for(project.scheme)
    letter = scheme.normalise(letter.upper())
    current = _current_letters(project, cells)
    remove = all(letter in current[cell] for cell in cells)
    out: list[Cell] = []
    for a, r in cells:
        have = current[(a, r)]
        new = have.replace(letter, "") if remove else scheme.normalise(have + letter)
        out.append((a, r, new))
    verb = f"Clear {letter}" if remove else f"Set {letter}"
    return SetCells(tuple(out), _cells_label(project, verb, cells))


def clear_cells(project: Project, cells: Iterable[CellRef]) -> SetCells:
    """Clear every letter of the cells."""
    return set_letters(project, cells, "")


def fill_cells(project: Project, values: Sequence[tuple[str, str, str]], label: str) -> SetCells:
    """Set many cells to their own letters at once (a paste): one undo step."""
    scheme = scheme_for(project.scheme)
    return SetCells(tuple((a, r, scheme.normalise(x.upper())) for a, r, x in values), label)


def _current_letters(project: Project, cells: Sequence[CellRef]) -> dict[CellRef, str]:
    by_id = {a.id: a for a in project.activities}
    out: dict[CellRef, str] = {}
    for a, r in cells:
        activity = by_id.get(a)
        if activity is None:
            raise EditError(f"no activity '{a}'")
        out[(a, r)] = activity.raci.get(r, "")
    return out


# -- activities -------------------------------------------------------------------------------


def add_activity(
    project: Project, name: str, phase_id: str, index: int | None = None
) -> InsertItem:
    """Add an activity to a phase, at ``index`` in the activity list (end of the phase if None)."""
    if not any(p.id == phase_id for p in project.phases):
        raise EditError(f"no phase '{phase_id}'")
    ident = unique_id(name, {a.id for a in project.activities}, "activity")
    if index is None:
        index = _end_of_phase(project, phase_id)
    activity = Activity(id=ident, name=name, phase=phase_id)
    return InsertItem(("activities",), index, activity, f"Add activity '{name}'")


def _end_of_phase(project: Project, phase_id: str) -> int:
    """Index just after the last activity of ``phase_id`` (or of an earlier phase)."""
    order = {p.id: i for i, p in enumerate(project.phases)}
    rank = order[phase_id]
    index = 0
    for i, activity in enumerate(project.activities):
        if order.get(activity.phase, len(order)) <= rank:
            index = i + 1
    return index


_KIND = {
    "activities": "activity",
    "roles": "role",
    "phases": "phase",
    "gates": "gate",
    "metrics": "metric",
}


def rename(project: Project, collection: str, ident: str, name: str) -> UpdateFields:
    """Rename an activity, role, phase, gate or metric (its id never changes)."""
    kind = _KIND[collection]
    return UpdateFields((collection, ident), {"name": name}, f"Rename {kind} to '{name}'")


def move_activity_to_phase(project: Project, activity_ids: Sequence[str], phase_id: str) -> Edit:
    """Move activities to another phase, after that phase's last activity."""
    return place_activities(project, activity_ids, phase_id, before=None)


def place_activities(
    project: Project, activity_ids: Sequence[str], phase_id: str, before: str | None
) -> Edit:
    """Move activities into ``phase_id``, just before activity ``before`` (or at its end).

    This is what dragging rows in the grid does: one undo step, whatever was dragged.
    """
    phase = _phase(project, phase_id)
    moving = set(activity_ids)
    rest = [a for a in project.activities if a.id not in moving]
    if before is not None and before not in moving:
        at = next(i for i, a in enumerate(rest) if a.id == before)
    else:
        order = {p.id: i for i, p in enumerate(project.phases)}
        rank = order[phase_id]
        at = 0
        for i, activity in enumerate(rest):
            if order.get(activity.phase, len(order)) <= rank:
                at = i + 1
    ids = [a.id for a in rest]
    ids[at:at] = [a.id for a in project.activities if a.id in moving]
    edits: list[Edit] = [
        UpdateFields(("activities", a.id), {"phase": phase_id})
        for a in project.activities
        if a.id in moving and a.phase != phase_id
    ]
    if ids != [a.id for a in project.activities]:
        edits.append(Reorder(("activities",), tuple(ids)))
    if len(activity_ids) == 1:
        what = f"'{_activity_name(project, activity_ids[0])}'"
    else:
        what = f"{len(activity_ids)} activities"
    return Batch(tuple(edits), f"Move {what} to {phase.name}")


def step_activity(project: Project, activity_id: str, delta: int) -> Edit | None:
    """Move an activity up (-1) or down (+1) among the activities of its phase."""
    acts = project.activities
    index = next(i for i, a in enumerate(acts) if a.id == activity_id)
    phase = acts[index].phase
    same = [i for i, a in enumerate(acts) if a.phase == phase]
    pos = same.index(index) + delta
    if not 0 <= pos < len(same):
        return None
    name = acts[index].name
    word = "up" if delta < 0 else "down"
    return MoveItem(("activities",), activity_id, same[pos], f"Move '{name}' {word}")


def remove_activities(project: Project, activity_ids: Sequence[str]) -> Edit:
    """Remove activities (and their assignments)."""
    edits = [
        *unlink_decisions(project, "activity", activity_ids),
        *(RemoveItem(("activities",), ident) for ident in activity_ids),
    ]
    if len(activity_ids) == 1:
        label = f"Delete activity '{_activity_name(project, activity_ids[0])}'"
    else:
        label = f"Delete {len(activity_ids)} activities"
    return Batch(tuple(edits), label)


# -- the project ------------------------------------------------------------------------------


def edit_project(project: Project, values: Mapping[str, Any]) -> Edit | None:
    """Set the project's name, description or letter scheme; None when nothing differs.

    A scheme without some letters (RASCI to RACI drops S) removes those letters from every
    cell in the same undo step, so the grid never holds a letter its scheme does not know. An
    empty name keeps the old one.
    """
    values = {k: v for k, v in values.items() if not (k == "name" and not v)}
    changed = {k: v for k, v in values.items() if getattr(project, k) != v}
    if not changed:
        return None
    edits: list[Edit] = []
    if "scheme" in changed:
        try:
            codes = scheme_for(str(changed["scheme"])).codes
        except KeyError:
            raise EditError(f"'{changed['scheme']}' is not a letter scheme") from None
        cells = tuple(
            (a.id, r, "".join(c for c in letters if c in codes))
            for a in project.activities
            for r, letters in a.raci.items()
            if any(c not in codes for c in letters)
        )
        if cells:
            edits.append(SetCells(cells))
    edits.append(UpdateFields((), changed))
    return Batch(tuple(edits), "Edit project properties")


# -- roles ------------------------------------------------------------------------------------


def add_role(
    project: Project,
    name: str,
    short: str = "",
    index: int | None = None,
    group: str = "",
    people: Sequence[str] = (),
) -> InsertItem:
    """Add a role (a grid column) at ``index`` (the end if None), with its group and people.

    Raises
    ------
    EditError
        When the name is empty or a value is one the project file does not allow.
    """
    name = " ".join(name.split())
    if not name:
        raise EditError("a role needs a name")
    ident = unique_id(name, {r.id for r in project.roles}, "role")
    try:
        role = Role(
            id=ident, name=name, short=short or _short_label(name), group=group, people=list(people)
        )
    except ValidationError as exc:
        raise EditError(first_error(exc, ("roles", ident))) from None
    index = len(project.roles) if index is None else index
    return InsertItem(("roles",), index, role, f"Add role '{name}'")


def edit_role(project: Project, role_id: str, values: Mapping[str, Any]) -> Edit | None:
    """Set a role's name, short label, group or people; None when nothing differs.

    An empty name keeps the old one (a role always has a name).
    """
    role = _role(project, role_id)
    values = {k: v for k, v in values.items() if not (k == "name" and not v)}
    changed = {k: v for k, v in values.items() if getattr(role, k) != v}
    if not changed:
        return None
    return UpdateFields(("roles", role_id), changed, f"Edit role '{role.name}'")


def _short_label(name: str) -> str:
    words = [w for w in name.replace("/", " ").split() if w]
    if len(words) > 1:
        return "".join(w[0].upper() for w in words)[:6]
    return name[:6]


def move_role(project: Project, role_id: str, index: int) -> Edit:
    role = _role(project, role_id)
    return MoveItem(("roles",), role_id, index, f"Move role '{role.name}'")


def remove_role(project: Project, role_id: str) -> Edit:
    """Remove a role, its letters in every activity, and every reference to it."""
    role = _role(project, role_id)
    cells = tuple((a.id, role_id, "") for a in project.activities if role_id in a.raci)
    edits: list[Edit] = []
    if cells:
        edits.append(SetCells(cells))
    edits.extend(_unreference_role(project, role_id))
    edits.append(RemoveItem(("roles",), role_id))
    return Batch(tuple(edits), f"Delete role '{role.name}'")


def _unreference_role(project: Project, role_id: str) -> list[Edit]:
    s = project.scoping
    edits: list[Edit] = []
    for table, attr in (("data_requirements", "owner"), ("risks", "owner"), ("decision_log", "by")):
        for row in getattr(s, table):
            if getattr(row, attr) == role_id:
                edits.append(UpdateFields(("scoping", table, row.id), {attr: None}))
    for decision in s.decision_log:
        ends = {f: None for f in ("from_role", "to_role") if getattr(decision, f) == role_id}
        if ends:
            edits.append(UpdateFields(("scoping", "decision_log", decision.id), ends))
    for gate in project.gates:
        if gate.decided_by == role_id:
            edits.append(UpdateFields(("gates", gate.id), {"decided_by": None}))
    for gate in project.gates:
        for c in gate.criteria:
            if c.checked_by == role_id:
                edits.append(
                    UpdateFields(("gates", gate.id, "criteria", c.id), {"checked_by": None})
                )
    for c in s.go_no_go:
        if c.checked_by == role_id:
            edits.append(UpdateFields(("scoping", "go_no_go", c.id), {"checked_by": None}))
    return edits


# -- phases, gates, flows, metrics ------------------------------------------------------------


def add_phase(project: Project, name: str, index: int | None = None) -> InsertItem:
    ident = unique_id(name, _node_ids(project), "phase")
    index = len(project.phases) if index is None else index
    return InsertItem(("phases",), index, Phase(id=ident, name=name), f"Add phase '{name}'")


def move_phase(project: Project, phase_id: str, index: int) -> Edit:
    phase = _phase(project, phase_id)
    return MoveItem(("phases",), phase_id, index, f"Move phase '{phase.name}'")


def remove_phase(project: Project, phase_id: str, move_activities_to: str | None = None) -> Edit:
    """Remove a phase: its activities go to another phase, or are removed with it."""
    phase = _phase(project, phase_id)
    edits: list[Edit] = []
    owned = [a.id for a in project.activities if a.phase == phase_id]
    if owned and move_activities_to:
        _phase(project, move_activities_to)
        edits.append(move_activity_to_phase(project, owned, move_activities_to))
    else:
        edits.extend(unlink_decisions(project, "activity", owned))
        edits.extend(RemoveItem(("activities",), ident) for ident in owned)
    for gate in project.gates:
        if gate.after == phase_id:
            edits.append(UpdateFields(("gates", gate.id), {"after": None}))
    edits.extend(_remove_node_links(project, phase_id))
    edits.append(RemoveItem(("phases",), phase_id))
    return Batch(tuple(edits), f"Delete phase '{phase.name}'")


def remove_gate(project: Project, gate_id: str) -> Edit:
    gate = find(project.gates, gate_id, "gate")
    edits = [*_remove_node_links(project, gate_id), RemoveItem(("gates",), gate_id)]
    return Batch(tuple(edits), f"Delete gate '{gate.name}'")


def unlink_decisions(project: Project, field: str, ids: Iterable[str]) -> list[Edit]:
    """Return edits clearing decision-log links (``activity`` or ``flow``) to removed ids.

    The log entries stay: what was decided is history; only the link to the removed object
    goes.
    """
    gone = set(ids)
    return [
        UpdateFields(("scoping", "decision_log", d.id), {field: None})
        for d in project.scoping.decision_log
        if getattr(d, field) in gone
    ]


def _remove_node_links(project: Project, node_id: str) -> list[Edit]:
    links = [f.id for f in project.flows if node_id in (f.source, f.target)]
    edits: list[Edit] = [
        *unlink_decisions(project, "flow", links),
        *(RemoveItem(("flows",), f) for f in links),
    ]
    if node_id in project.layout:
        edits.append(SetLayout(((node_id, None),)))
    return edits


def remove_metric(project: Project, metric_id: str) -> Edit:
    """Remove a metric; criteria bound to it become manual and proxies to it are unlinked."""
    metric = find(project.metrics, metric_id, "metric")
    edits: list[Edit] = []
    for other in project.metrics:
        if other.proxies == metric_id:
            edits.append(UpdateFields(("metrics", other.id), {"proxies": None}))
    for gate in project.gates:
        for c in gate.criteria:
            if c.metric == metric_id:
                edits.append(UpdateFields(("gates", gate.id, "criteria", c.id), {"metric": None}))
    for c in project.scoping.go_no_go:
        if c.metric == metric_id:
            edits.append(UpdateFields(("scoping", "go_no_go", c.id), {"metric": None}))
    edits.append(RemoveItem(("metrics",), metric_id))
    return Batch(tuple(edits), f"Delete metric '{metric.name}'")


def _node_ids(project: Project) -> set[str]:
    return {p.id for p in project.phases} | {g.id for g in project.gates}


def _phase(project: Project, phase_id: str) -> Phase:
    return find(project.phases, phase_id, "phase")


def _role(project: Project, role_id: str) -> Role:
    return find(project.roles, role_id, "role")
