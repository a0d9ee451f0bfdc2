"""What the lifecycle diagram's cards and gates show, derived from the project, without Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from raci_studio.core.metrics import GateState, gate_state
from raci_studio.core.model import FlowKind, Gate, Project


@dataclass(frozen=True)
class PhaseInfo:
    """What a phase card shows, derived from the RACI.

    Attributes
    ----------
    activity_count : int
        Activities in the phase.
    accountable : tuple of str
        Role ids holding A in the phase's activities, most often first (ties: role order).
    responsible : tuple of str
        Role ids holding R, the same way.
    """

    activity_count: int
    accountable: tuple[str, ...]
    responsible: tuple[str, ...]


def phase_infos(project: Project) -> dict[str, PhaseInfo]:
    """Return the card info of every phase, in one pass over the activities."""
    counts: dict[str, int] = {}
    a_counts: dict[str, dict[str, int]] = {p.id: {} for p in project.phases}
    r_counts: dict[str, dict[str, int]] = {p.id: {} for p in project.phases}
    for activity in project.activities:
        phase = activity.phase
        counts[phase] = counts.get(phase, 0) + 1
        a, r = a_counts.get(phase), r_counts.get(phase)
        if a is None or r is None:
            continue  # an activity of an unknown phase has no card to count on
        for role, letters in activity.raci.items():
            if "A" in letters:
                a[role] = a.get(role, 0) + 1
            if "R" in letters:
                r[role] = r.get(role, 0) + 1
    order = {r.id: i for i, r in enumerate(project.roles)}
    return {
        p.id: PhaseInfo(
            counts.get(p.id, 0),
            ranked_roles(a_counts[p.id], order),
            ranked_roles(r_counts[p.id], order),
        )
        for p in project.phases
    }


def ranked_roles(counts: Mapping[str, int], order: Mapping[str, int]) -> tuple[str, ...]:
    """Return role ids by count, highest first; ties keep the project's role order."""
    known = [role for role in counts if role in order and counts[role] > 0]
    return tuple(sorted(known, key=lambda role: (-counts[role], order[role])))


def gate_states(project: Project) -> dict[str, GateState]:
    """Return the pass / fail / not-yet state of every gate."""
    metrics = {m.id: m for m in project.metrics}
    return {g.id: gate_state(project, g, metrics) for g in project.gates}


def gates_following(project: Project, phase_id: str) -> list[Gate]:
    """Return the gates a phase leads into: those ``after`` it, then those its flows reach.

    Gates reached through other gates along forward flows count too (a review followed by a
    launch-readiness check), in the order they are met.
    """
    by_id = {g.id: g for g in project.gates}
    found = [g.id for g in project.gates if g.after == phase_id]
    frontier = [phase_id, *found]
    while frontier:
        node = frontier.pop(0)
        for flow in project.flows:
            if (
                flow.kind == FlowKind.FORWARD
                and flow.source == node
                and flow.target in by_id
                and flow.target not in found
            ):
                found.append(flow.target)
                frontier.append(flow.target)
    return [by_id[g] for g in found]


def role_labels(project: Project, role_ids: Iterable[str]) -> list[str]:
    """Return the short labels of roles (their names when they have none)."""
    by_id = {r.id: r for r in project.roles}
    return [(by_id[r].short or by_id[r].name) for r in role_ids if r in by_id]
