"""Handoffs: where the work passes from one role to another, derived from the plan.

A handoff is never typed. It is found in three places:

- between consecutive phases, where the role that leads the work changes: the lead
  Accountable (or Responsible) role of a phase is the role holding that letter on most of the
  phase's activities (ties go to the role listed first);
- in the decision log, where an entry hands an activity from one Accountable role to another
  (``activity``, ``from_role``, ``to_role``);
- in the file's history (its committed versions, read by ``io/git/history.py``), where a
  commit took an activity's Accountable or Responsible letter from one role and gave it to
  another. A change the decision log already records is not counted twice.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from raci_studio.core.model import Activity, Phase, Project


@dataclass(frozen=True)
class Handoff:
    """One change of hands.

    Attributes
    ----------
    kind : str
        ``"phase"`` (between consecutive phases), ``"decision"`` (from the decision log) or
        ``"history"`` (between two committed versions of the file).
    letter : str
        ``"A"`` when the Accountable role changes, ``"R"`` for the Responsible one.
    from_role, to_role : str or None
        Role ids; None where the log does not say.
    from_phase, to_phase : str or None
        Phase ids of a phase handoff (the activity's phase for a decision handoff).
    activity : str or None
        The activity handed over by a decision.
    date : datetime.date or None
        When it happened: the decision's date, or the boundary between the phases (the next
        phase's actual start, else its planned start).
    decision : str or None
        The decision-log entry's id.
    commit, author : str or None
        The hash and author of the commit that made a history handoff.
    from_name, to_name, activity_name : str or None
        The names a history handoff's version gave its roles and activity, for those the
        current plan no longer has.
    """

    kind: str
    letter: str
    from_role: str | None
    to_role: str | None
    from_phase: str | None = None
    to_phase: str | None = None
    activity: str | None = None
    date: dt.date | None = None
    decision: str | None = None
    commit: str | None = None
    author: str | None = None
    from_name: str | None = None
    to_name: str | None = None
    activity_name: str | None = None


#: One committed version of a plan: (when, author, commit hash, the plan as committed).
Version = tuple[dt.date, str, str, Project]


def lead_role(
    activities: Iterable[Activity], letter: str, role_order: dict[str, int]
) -> str | None:
    """Return the role holding ``letter`` on most of ``activities`` (first listed on a tie)."""
    counts = Counter(
        role_id
        for activity in activities
        for role_id, letters in activity.raci.items()
        if letter in letters
    )
    if not counts:
        return None
    return min(counts, key=lambda r: (-counts[r], role_order.get(r, len(role_order)), r))


def boundary_date(phase: Phase) -> dt.date | None:
    """Return when work entered ``phase``: its actual start, else its planned start."""
    return phase.actual_start or phase.planned_start


def phase_handoffs(project: Project) -> list[Handoff]:
    """Return the changes of lead Accountable and Responsible role between consecutive phases.

    Phases without activities are passed over: the work goes from the last phase that had
    some to the next one that has some.
    """
    order = {role.id: i for i, role in enumerate(project.roles)}
    by_phase: dict[str, list[Activity]] = {}
    for activity in project.activities:
        by_phase.setdefault(activity.phase, []).append(activity)
    staffed = [p for p in project.phases if by_phase.get(p.id)]
    result: list[Handoff] = []
    for before, after in itertools.pairwise(staffed):
        for letter in ("A", "R"):
            old = lead_role(by_phase[before.id], letter, order)
            new = lead_role(by_phase[after.id], letter, order)
            if old is not None and new is not None and old != new:
                result.append(
                    Handoff(
                        "phase", letter, old, new, before.id, after.id, None, boundary_date(after)
                    )
                )
    return result


def decision_handoffs(project: Project) -> list[Handoff]:
    """Return the handoffs recorded in the decision log, in date order."""
    phase_of = {a.id: a.phase for a in project.activities}
    result = [
        Handoff(
            "decision",
            "A",
            d.from_role,
            d.to_role,
            phase_of.get(d.activity) if d.activity else None,
            phase_of.get(d.activity) if d.activity else None,
            d.activity,
            d.date,
            d.id,
        )
        for d in project.scoping.decision_log
        if d.activity is not None or (d.from_role is not None and d.to_role is not None)
    ]
    return sorted(result, key=lambda h: h.date or dt.date.min)


def _holders(activity: Activity, letter: str) -> set[str]:
    return {role_id for role_id, letters in activity.raci.items() if letter in letters}


def _first(roles: set[str], order: dict[str, int]) -> str:
    return min(roles, key=lambda r: (order.get(r, len(order)), r))


def version_handoffs(before: Version, after: Version) -> list[Handoff]:
    """Return the activities whose A or R passed from one role to another between two versions.

    A letter passes when ``after`` took it from a role and gave it to another; a letter only
    added (a second Accountable) or only removed is a gap the rules report, not a handoff.
    """
    old_project, (when, author, commit, project) = before[3], after
    day = when.date() if isinstance(when, dt.datetime) else when
    old_activities = {a.id: a for a in old_project.activities}
    old_roles = {r.id: r.name for r in old_project.roles}
    new_roles = {r.id: r.name for r in project.roles}
    old_order = {role_id: i for i, role_id in enumerate(old_roles)}
    new_order = {role_id: i for i, role_id in enumerate(new_roles)}
    found: list[Handoff] = []
    for activity in project.activities:
        previous = old_activities.get(activity.id)
        if previous is None or previous.raci == activity.raci:
            continue
        for letter in ("A", "R"):
            had, has = _holders(previous, letter), _holders(activity, letter)
            lost, gained = had - has, has - had
            if not lost or not gained:
                continue
            old, new = _first(lost, old_order), _first(gained, new_order)
            found.append(
                Handoff(
                    kind="history",
                    letter=letter,
                    from_role=old,
                    to_role=new,
                    from_phase=previous.phase,
                    to_phase=activity.phase,
                    activity=activity.id,
                    date=day,
                    commit=commit,
                    author=author,
                    from_name=old_roles.get(old),
                    to_name=new_roles.get(new),
                    activity_name=activity.name,
                )
            )
    return found


def history_handoffs(versions: Sequence[Version]) -> list[Handoff]:
    """Return the handoffs between consecutive committed versions (given oldest first)."""
    result: list[Handoff] = []
    for before, after in itertools.pairwise(versions):
        result.extend(version_handoffs(before, after))
    return result


def _logged(project: Project) -> set[tuple[str | None, str | None, str | None]]:
    return {(d.activity, d.from_role, d.to_role) for d in project.scoping.decision_log}


def handoffs(project: Project, history: Sequence[Handoff] = ()) -> list[Handoff]:
    """Return every handoff: between phases (in phase order), then the log's and history's by date.

    A history handoff the decision log already records (same activity and roles) is left out.
    """
    logged = _logged(project)
    unrecorded = [
        h for h in history if h.letter != "A" or (h.activity, h.from_role, h.to_role) not in logged
    ]
    dated = sorted(decision_handoffs(project) + unrecorded, key=lambda h: h.date or dt.date.min)
    return phase_handoffs(project) + dated


def describe(project: Project, handoff: Handoff) -> str:
    """Return a handoff in words: "Data collection → Training: Accountable passes from …"."""
    roles = {r.id: r.name for r in project.roles}
    phases = {p.id: p.name for p in project.phases}
    activities = {a.id: a.name for a in project.activities}
    duty = "Accountable" if handoff.letter == "A" else "Responsible"
    old = roles.get(handoff.from_role or "") or handoff.from_name or "an unrecorded role"
    new = roles.get(handoff.to_role or "") or handoff.to_name or "an unrecorded role"
    if handoff.kind == "phase":
        source = phases.get(handoff.from_phase or "", "?")
        where = f"{source} → {phases.get(handoff.to_phase or '', '?')}"
        return f"{where}: the lead {duty} role passes from {old} to {new}"
    what = activities.get(handoff.activity or "") or handoff.activity_name or "work"
    words = f'"{what}": {duty} passes from {old} to {new}'
    if handoff.kind == "history" and handoff.commit:
        by = f" by {handoff.author}" if handoff.author else ""
        words += f" (commit {handoff.commit[:7]}{by})"
    return words
