"""Merge an imported project (a RACI sheet read from a file) into the open one: one undo step.

Roles, phases and activities are matched by name (case-insensitive, spacing ignored); what has
no match is added, and the imported letters are set through :class:`SetCells`: they replace
the letters of the same cell, while cells the import leaves empty keep theirs, so a merge
never clears anyone's work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from raci_studio.core.edits import Batch, Cell, Edit, EditError, InsertItem, SetCells
from raci_studio.core.ids import unique_id
from raci_studio.core.model import Activity, Phase, Project, Role
from raci_studio.core.scheme import scheme_for


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class _Plan:
    """The edits being built, and the ids in use once they are applied."""

    role_ids: set[str]
    node_ids: set[str]  # phases and gates share the diagram's id space
    activity_ids: set[str]
    phase_order: list[str]
    rows: list[tuple[str, str]]  # (activity id, phase id) in list order, as after the edits
    edits: list[Edit] = field(default_factory=list)


def merge_edits(project: Project, imported: Project, label: str = "Import sheet") -> Batch:
    """Return one :class:`Batch` that merges ``imported`` into ``project``.

    Parameters
    ----------
    project
        The open project; it is only read.
    imported
        A project read from a sheet (for example ``import_sheet(...).project``).
    label
        The undo label.

    Returns
    -------
    Batch
        Inserts for new roles, phases and activities (new activities go at the end of their
        phase), then one :class:`SetCells` with every imported letter that differs.

    Raises
    ------
    EditError
        If imported letters do not fit the open project's scheme (e.g. S in a RACI project).
    """
    plan = _Plan(
        role_ids={r.id for r in project.roles},
        node_ids={p.id for p in project.phases} | {g.id for g in project.gates},
        activity_ids={a.id for a in project.activities},
        phase_order=[p.id for p in project.phases],
        rows=[(a.id, a.phase) for a in project.activities],
    )
    roles = _match_roles(project, imported.roles, plan)
    phases = _match_phases(project, imported.phases, plan)
    cells = _merge_activities(project, imported, roles, phases, plan)
    if cells:
        plan.edits.append(SetCells(tuple(cells), label))
    return Batch(tuple(plan.edits), label)


def _match_roles(project: Project, roles: Iterable[Role], plan: _Plan) -> dict[str, str]:
    existing: dict[str, str] = {}
    for role in project.roles:
        existing.setdefault(_key(role.name), role.id)
    mapping: dict[str, str] = {}
    count = len(project.roles)
    for role in roles:
        key = _key(role.name)
        if key not in existing:
            ident = unique_id(role.name, plan.role_ids, "role")
            plan.role_ids.add(ident)
            plan.edits.append(InsertItem(("roles",), count, role.model_copy(update={"id": ident})))
            count += 1
            existing[key] = ident
        mapping[role.id] = existing[key]
    return mapping


def _match_phases(project: Project, phases: Iterable[Phase], plan: _Plan) -> dict[str, str]:
    existing: dict[str, str] = {}
    for phase in project.phases:
        existing.setdefault(_key(phase.name), phase.id)
    mapping: dict[str, str] = {}
    for phase in phases:
        key = _key(phase.name)
        if key not in existing:
            ident = unique_id(phase.name, plan.node_ids, "phase")
            plan.node_ids.add(ident)
            index = len(plan.phase_order)
            plan.edits.append(
                InsertItem(("phases",), index, phase.model_copy(update={"id": ident}))
            )
            plan.phase_order.append(ident)
            existing[key] = ident
        mapping[phase.id] = existing[key]
    return mapping


def _merge_activities(
    project: Project,
    imported: Project,
    roles: dict[str, str],
    phases: dict[str, str],
    plan: _Plan,
) -> list[Cell]:
    scheme = scheme_for(project.scheme)
    unmatched: dict[str, list[Activity]] = {}
    for activity in project.activities:
        unmatched.setdefault(_key(activity.name), []).append(activity)
    letters: dict[tuple[str, str], str] = {}
    current: dict[tuple[str, str], str] = {}
    for source in imported.activities:
        phase = phases.get(source.phase)
        if phase is None:
            raise EditError(f"imported activity '{source.name}' has no phase")
        target = _take_match(unmatched.get(_key(source.name), []), phase)
        if target is None:
            ident = _insert_activity(source, phase, plan)
        else:
            ident = target.id
            current.update({(ident, r): x for r, x in target.raci.items()})
        for role, value in source.raci.items():
            if role not in roles:
                raise EditError(f"imported activity '{source.name}' names an unknown role")
            try:
                normal = scheme.normalise(letters.get((ident, roles[role]), "") + value)
            except ValueError as exc:
                raise EditError(f"'{source.name}': {exc}") from None
            letters[(ident, roles[role])] = normal
    return [(a, r, x) for (a, r), x in letters.items() if current.get((a, r), "") != x]


def _take_match(candidates: list[Activity], phase: str) -> Activity | None:
    """Take the first unmatched activity of that name, preferring one in the same phase."""
    if not candidates:
        return None
    chosen = next((a for a in candidates if a.phase == phase), candidates[0])
    candidates.remove(chosen)
    return chosen


def _insert_activity(source: Activity, phase: str, plan: _Plan) -> str:
    ident = unique_id(source.name, plan.activity_ids, "activity")
    plan.activity_ids.add(ident)
    rank = {p: i for i, p in enumerate(plan.phase_order)}
    index = 0
    for i, (_, row_phase) in enumerate(plan.rows):
        if rank.get(row_phase, len(rank)) <= rank[phase]:
            index = i + 1
    activity = Activity(id=ident, name=source.name, phase=phase, description=source.description)
    plan.edits.append(InsertItem(("activities",), index, activity))
    plan.rows.insert(index, (ident, phase))
    return ident
