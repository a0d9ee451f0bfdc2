"""What the kickoff deck says beyond the diagram and the grid: owner, open decisions, log.

Pure readings of a project, shared by the deck writer and its tests, so that every choice of
*what* a slide shows (who owns the project, which gates are still open, which decisions are
the latest) is made here and tested without PowerPoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from raci_studio.core.lifecycle import GATE_KIND_LABELS, node_name, ranked_roles
from raci_studio.core.metrics import CriterionState, GateState, explain_criterion, gate_state
from raci_studio.core.model import Decision, Gate, GateOutcome, Metric, Project, Role

#: How many decision-log entries the deck shows, newest first.
LATEST_DECISIONS = 12


def accountable_owner(project: Project) -> Role | None:
    """Return the role Accountable for the most activities (ties: role order), or None."""
    counts: dict[str, int] = {}
    for activity in project.activities:
        for role, letters in activity.raci.items():
            if "A" in letters:
                counts[role] = counts.get(role, 0) + 1
    order = {r.id: i for i, r in enumerate(project.roles)}
    ranked = ranked_roles(counts, order)
    if not ranked:
        return None
    return next(r for r in project.roles if r.id == ranked[0])


def owner_words(project: Project) -> str:
    """Return "Accountable owner: Product Manager (Dana, Lee)" or a sentence saying none."""
    role = accountable_owner(project)
    if role is None:
        return "Accountable owner: not assigned yet"
    people = f" ({', '.join(role.people)})" if role.people else ""
    return f"Accountable owner: {role.name}{people}"


@dataclass(frozen=True)
class OpenGate:
    """A gate that is not decided yet, with what it still waits for.

    Attributes
    ----------
    gate : Gate
    kind : str
        The gate's kind in words ("Go / no-go").
    follows : str
        The name of the phase it follows ("" when it follows none).
    waiting : tuple of str
        The texts of the criteria that are neither passed nor checked.
    state : GateState
        What the criteria say so far (a failed criterion makes it "fail").
    """

    gate: Gate
    kind: str
    follows: str
    waiting: tuple[str, ...]
    state: GateState


def open_gates(project: Project) -> list[OpenGate]:
    """Return the gates nobody has decided yet (no outcome, or deferred), in gate order."""
    metrics: Mapping[str, Metric] = {m.id: m for m in project.metrics}
    done = (CriterionState.PASSED, CriterionState.CHECKED)
    out = []
    for gate in project.gates:
        if gate.outcome is not None and gate.outcome is not GateOutcome.DEFERRED:
            continue
        waiting = tuple(
            c.text
            for c in gate.criteria
            if explain_criterion(project, c, metrics).state not in done
        )
        follows = node_name(project, gate.after) if gate.after else ""
        state = gate_state(project, gate, metrics)
        out.append(OpenGate(gate, GATE_KIND_LABELS[gate.kind], follows, waiting, state))
    return out


def latest_decisions(project: Project, count: int = LATEST_DECISIONS) -> list[Decision]:
    """Return the newest ``count`` decision-log entries, newest first (ties: later listed)."""
    log = project.scoping.decision_log
    ordered = sorted(range(len(log)), key=lambda i: (log[i].date, i), reverse=True)
    return [log[i] for i in ordered[: max(count, 0)]]
