"""The RACI grid's rows without Qt: what the filter keeps, the order, the workload counts.

Filtering and sorting are a view state: they change which rows show and in what order within
each phase, never the project.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any

from raci_studio.core.model import Activity, Project, WorkStatus


class RowKind(IntEnum):
    """What a grid row shows: a phase header, an activity, or the workload totals."""

    PHASE = 0
    ACTIVITY = 1
    WORKLOAD = 2


NAME_COLUMN = 0
Row = tuple[RowKind, str]  # (kind, phase or activity id; "" for the workload row)


class DueFilter(Enum):
    """Which due dates the grid keeps."""

    ANY = "any"
    OVERDUE = "overdue"  # due before today and not done
    WEEK = "week"  # due from today to a week ahead
    BEFORE = "before"  # due before a chosen date
    NONE = "none"  # no due date


#: The status filter's choice for activities whose status nobody has set.
NO_STATUS = "unset"


@dataclass
class GridFilter:
    """What the grid shows: text, phases, a role's letters, a status and due dates.

    ``statuses`` holds :class:`WorkStatus` values and :data:`NO_STATUS`; with
    ``status_negated`` the filter keeps the activities whose status is *not* among them.
    """

    text: str = ""
    phases: frozenset[str] = frozenset()
    role: str | None = None
    letters: str = ""
    collapsed: set[str] = field(default_factory=set)
    statuses: frozenset[str] = frozenset()
    status_negated: bool = False
    due: DueFilter = DueFilter.ANY
    due_before: dt.date | None = None
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def active(self) -> bool:
        """Whether the filter hides anything (collapsed phases aside)."""
        return bool(
            self.text
            or self.phases
            or (self.role and self.letters)
            or self.statuses
            or self._due_active
        )

    @property
    def _due_active(self) -> bool:
        return self.due is not DueFilter.ANY and (
            self.due is not DueFilter.BEFORE or self.due_before is not None
        )

    def keeps(self, activity: Activity) -> bool:
        """Whether ``activity`` passes every part of the filter."""
        if self.phases and activity.phase not in self.phases:
            return False
        if self.text:
            needle = self.text.casefold()
            if (
                needle not in activity.name.casefold()
                and needle not in activity.deliverable.casefold()
            ):
                return False
        if self.role and self.letters:
            held = activity.raci.get(self.role, "")
            if not any(letter in held for letter in self.letters):
                return False
        if self.statuses:
            status = activity.status.value if activity.status is not None else NO_STATUS
            if (status in self.statuses) == self.status_negated:
                return False
        return not self._due_active or self._keeps_due(activity)

    def _keeps_due(self, activity: Activity) -> bool:
        due = activity.due
        if self.due is DueFilter.NONE:
            return due is None
        if due is None:
            return False
        if self.due is DueFilter.OVERDUE:
            return is_overdue(activity, self.today)
        if self.due is DueFilter.WEEK:
            return self.today <= due <= self.today + dt.timedelta(days=7)
        return self.due_before is not None and due < self.due_before


def is_overdue(activity: Activity, today: dt.date) -> bool:
    """Whether an activity's due date has passed while its work is not done."""
    return (
        activity.due is not None and activity.due < today and activity.status is not WorkStatus.DONE
    )


@dataclass(frozen=True)
class GridSort:
    """Sort activities within each phase by ``key`` ("name", a field, or "role:<id>")."""

    key: str
    descending: bool = False


#: Status order for sorting: the work's progress, blocked before done so it stands out.
STATUS_ORDER = {
    WorkStatus.NOT_STARTED: 0,
    WorkStatus.IN_PROGRESS: 1,
    WorkStatus.BLOCKED: 2,
    WorkStatus.DONE: 3,
}


def sort_value(key: str, codes: str) -> Callable[[Activity], Any]:
    """Return what an activity sorts by for ``key``; None means "no value" (always last)."""
    if key == "name":
        return lambda a: a.name.casefold()
    if key == "due":
        return lambda a: a.due
    if key == "status":
        return lambda a: None if a.status is None else STATUS_ORDER[a.status]
    if key == "deliverable":
        return lambda a: a.deliverable.casefold() or None
    if key.startswith("role:"):
        role = key[5:]
        rank = {c: i for i, c in enumerate(codes)}

        def letters(a: Activity) -> tuple[int, ...] | None:
            held = a.raci.get(role, "")
            return tuple(sorted(rank.get(c, len(rank)) for c in held)) or None

        return letters
    raise ValueError(f"the grid cannot sort by '{key}'")


def sorted_ids(activities: list[Activity], grid_sort: GridSort, codes: str) -> list[str]:
    """Return the activities' ids in sort order; those without a value keep plan order, last."""
    value = sort_value(grid_sort.key, codes)
    keyed = [(value(a), a.id) for a in activities]
    present = [(v, i) for v, i in keyed if v is not None]
    present.sort(key=lambda pair: pair[0], reverse=grid_sort.descending)  # stable: ties keep plan
    return [i for _, i in present] + [i for v, i in keyed if v is None]


def layout_rows(
    project: Project,
    grid_filter: GridFilter,
    grid_sort: GridSort | None = None,
    codes: str = "RACI",  # i18n: not shown
) -> list[Row]:
    """Return the rows the grid shows: each phase, then its activities, then the workload row."""
    by_phase: dict[str, list[Activity]] = {p.id: [] for p in project.phases}
    for activity in project.activities:
        if grid_filter.keeps(activity):
            by_phase.setdefault(activity.phase, []).append(activity)
    rows: list[Row] = []
    for phase in project.phases:
        members = (
            sorted_ids(by_phase[phase.id], grid_sort, codes)
            if grid_sort is not None
            else [a.id for a in by_phase[phase.id]]
        )
        if grid_filter.active and not members:
            continue
        if grid_filter.phases and phase.id not in grid_filter.phases:
            continue
        rows.append((RowKind.PHASE, phase.id))
        if phase.id not in grid_filter.collapsed:
            rows.extend((RowKind.ACTIVITY, ident) for ident in members)
    rows.append((RowKind.WORKLOAD, ""))
    return rows


def count_letters(project: Project, roles: Iterable[str], codes: str) -> dict[str, dict[str, int]]:
    """Return, per role, how many cells hold each of the scheme's letters."""
    load = {r: dict.fromkeys(codes, 0) for r in roles}
    for activity in project.activities:
        for role_id, letters in activity.raci.items():
            counts = load.get(role_id)
            if counts is not None:
                for c in letters:
                    counts[c] = counts.get(c, 0) + 1
    return load


def role_heat(load: dict[str, dict[str, int]], role_id: str) -> float:
    """Return a role's workload as a share (0–1) of the busiest role's."""
    # R and A are the letters that cost a role time; C and I much less.
    weight = {r: 2 * c.get("A", 0) + 2 * c.get("R", 0) + c.get("C", 0) for r, c in load.items()}
    top = max(weight.values(), default=0)
    return weight[role_id] / top if top else 0.0


def workload_text(counts: dict[str, int]) -> str:
    """Return a role's letter counts on two short lines ("R2 A5" over "C3 I2"), or "—".

    Two lines fit a narrow role column whole, where one line would be cut.
    """
    parts = [f"{c}{n}" for c, n in counts.items() if n]
    if not parts:
        return "—"
    half = (len(parts) + 1) // 2
    return " ".join(parts[:half]) + ("\n" + " ".join(parts[half:]) if len(parts) > 1 else "")
