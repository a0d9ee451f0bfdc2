"""Which grid column shows what: the activity name, tracking fields, roles, the summary.

The grid's columns are, left to right: the activity name (frozen), the tracking fields the user
chose to show (due date, status, deliverable), one column per role, and the summary. Every
piece of code that turns a column number into a role or a field asks :class:`GridColumns`,
so showing or hiding a field column moves the roles without offsets spread around.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from raci_studio.core.actions.schedule import TRACKING_FIELDS
from raci_studio.ui.grid_rows import NAME_COLUMN


class ColumnKind(IntEnum):
    """What a grid column holds."""

    NAME = 0
    FIELD = 1
    ROLE = 2
    SUMMARY = 3


@dataclass(frozen=True)
class GridColumns:
    """The column layout for a list of roles and the shown tracking fields."""

    roles: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    @classmethod
    def build(cls, roles: Iterable[str], shown: Iterable[str]) -> GridColumns:
        """Lay out ``roles`` with the shown fields (kept in :data:`TRACKING_FIELDS` order)."""
        wanted = set(shown)
        return cls(tuple(roles), tuple(f for f in TRACKING_FIELDS if f in wanted))

    @property
    def first_role(self) -> int:
        """The column of the first role (also where roles would start when there are none)."""
        return NAME_COLUMN + 1 + len(self.fields)

    @property
    def summary(self) -> int:
        """The summary column, the last one."""
        return self.first_role + len(self.roles)

    @property
    def count(self) -> int:
        """How many columns the grid has."""
        return self.summary + 1

    def kind(self, column: int) -> ColumnKind:
        """Return what ``column`` holds."""
        if column == NAME_COLUMN:
            return ColumnKind.NAME
        if column < self.first_role:
            return ColumnKind.FIELD
        if column < self.summary:
            return ColumnKind.ROLE
        return ColumnKind.SUMMARY

    def role_at(self, column: int) -> str | None:
        """Return the role shown in ``column``, or None for other columns."""
        offset = column - self.first_role
        if 0 <= offset < len(self.roles):
            return self.roles[offset]
        return None

    def field_at(self, column: int) -> str | None:
        """Return the tracking field shown in ``column``, or None for other columns."""
        offset = column - NAME_COLUMN - 1
        if 0 <= offset < len(self.fields):
            return self.fields[offset]
        return None

    def column_for_role(self, role_id: str) -> int | None:
        """Return the column of ``role_id``, or None when the grid has no such role."""
        try:
            return self.first_role + self.roles.index(role_id)
        except ValueError:
            return None

    def column_for_field(self, field: str) -> int | None:
        """Return the column of a shown tracking field, or None when it is hidden."""
        try:
            return NAME_COLUMN + 1 + self.fields.index(field)
        except ValueError:
            return None

    def with_fields(self, shown: Sequence[str]) -> GridColumns:
        """Return the same roles with other fields shown."""
        return GridColumns.build(self.roles, shown)

    def sort_key_at(self, column: int) -> str | None:
        """Return the key rows sort by when ``column``'s header is clicked (None: not sortable).

        Keys are ``"name"``, a field name, or ``"role:<id>"``.
        """
        kind = self.kind(column)
        if kind is ColumnKind.NAME:
            return "name"
        if kind is ColumnKind.FIELD:
            return self.field_at(column)
        if kind is ColumnKind.ROLE:
            return f"role:{self.role_at(column)}"
        return None

    def column_for_sort_key(self, key: str) -> int | None:
        """Return the column whose header shows the sort ``key``, or None when it is hidden."""
        if key == "name":
            return NAME_COLUMN
        if key.startswith("role:"):
            return self.column_for_role(key[5:])
        return self.column_for_field(key)
