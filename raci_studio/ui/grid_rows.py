"""The RACI grid's rows without Qt: what the filter keeps, the row layout, the workload counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum

from raci_studio.core.model import Activity, Project


class RowKind(IntEnum):
    """What a grid row shows: a phase header, an activity, or the workload totals."""

    PHASE = 0
    ACTIVITY = 1
    WORKLOAD = 2


NAME_COLUMN = 0
Row = tuple[RowKind, str]  # (kind, phase or activity id; "" for the workload row)


@dataclass
class GridFilter:
    """What the grid shows: text over activity names, phases, and a role's letters."""

    text: str = ""
    phases: frozenset[str] = frozenset()
    role: str | None = None
    letters: str = ""
    collapsed: set[str] = field(default_factory=set)

    @property
    def active(self) -> bool:
        return bool(self.text or self.phases or (self.role and self.letters))

    def keeps(self, activity: Activity) -> bool:
        if self.phases and activity.phase not in self.phases:
            return False
        if self.text and self.text.casefold() not in activity.name.casefold():
            return False
        if self.role and self.letters:
            held = activity.raci.get(self.role, "")
            if not any(letter in held for letter in self.letters):
                return False
        return True


def layout_rows(project: Project, grid_filter: GridFilter) -> list[Row]:
    """Return the rows the grid shows: each phase, then its activities, then the workload row."""
    by_phase: dict[str, list[str]] = {p.id: [] for p in project.phases}
    for activity in project.activities:
        if grid_filter.keeps(activity):
            by_phase.setdefault(activity.phase, []).append(activity.id)
    rows: list[Row] = []
    for phase in project.phases:
        members = by_phase[phase.id]
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
