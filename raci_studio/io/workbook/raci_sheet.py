"""Read the RACI sheet of our own workbook back into activities.

The hidden first column keys each row: ``phase:<id>`` on a phase group row, the activity id
on an activity row. Rows a recipient added (no key) become new activities with an id made
from their name; the "#" column restores the project's order of activities.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from raci_studio.core.ids import slugify, unique_id
from raci_studio.core.model import Activity, Role, WorkStatus
from raci_studio.core.scheme import Scheme
from raci_studio.io.workbook.common import excel_unescape
from raci_studio.io.workbook.read import (
    OwnWorkbookError,
    SheetReader,
    Where,
    as_text,
    cell_at,
    is_empty,
)
from raci_studio.io.workbook.tables import (
    ACTIVITY_HEADER,
    CHECK_HEADER,
    DELIVERABLE_HEADER,
    DESCRIPTION_HEADER,
    DUE_HEADER,
    KEY_HEADER,
    PHASE_KEY,
    RACI_SHEET,
    STATUS_HEADER,
    Column,
)

NAME_COL = 2  # 0-based: A key, B number, C activity
FIRST_ROLE = 3
HEADER_SEARCH_ROWS = 100
#: The activity tracking columns after the description, read by header.
TRACKING_COLUMNS: dict[str, Column] = {
    "due": Column(DUE_HEADER, "due", "optional_date"),
    "status": Column(STATUS_HEADER, "status", "enum", enum=WorkStatus),
    "deliverable": Column(DELIVERABLE_HEADER, "deliverable"),
}


def read_raci_grid(
    reader: SheetReader, rows: Sequence[tuple[Any, ...]], roles: list[Role], scheme: Scheme
) -> list[Activity]:
    """Return the activities of the RACI sheet, in project order, validated."""
    header = _header_row(rows)
    headers = rows[header]
    roles_end = _role_columns(reader, headers, header + 1, roles)
    desc = _index(headers, DESCRIPTION_HEADER, roles_end)
    # Tracking columns are optional: workbooks written before them, or a recipient who
    # deleted one, still read back (the fields keep their defaults).
    tracking = {
        field: (index, column)
        for field, column in TRACKING_COLUMNS.items()
        if (index := _index(headers, column.header, roles_end)) is not None
    }
    found: list[tuple[tuple[float, int], dict[str, Any], Where]] = []
    phase: str | None = None
    last_number = 0.0
    parsed: dict[str, str] = {}  # a grid holds a handful of distinct cell texts
    for offset, row in enumerate(rows[header + 1 :], header + 2):
        key = cell_at(row, 0)
        if isinstance(key, str) and key.startswith(PHASE_KEY):
            phase = key[len(PHASE_KEY) :]
            continue
        if is_empty(row):
            continue
        if phase is None:
            raise reader.fail(
                RACI_SHEET, offset, NAME_COL + 1, "this activity sits above the first phase row"
            )
        raci = {}
        for i, role in enumerate(roles, FIRST_ROLE):
            cell = cell_at(row, i)
            if cell is None or cell == "":
                continue
            letters = parsed.get(cell) if isinstance(cell, str) else None
            if letters is None:
                letters = _letters(reader, scheme, cell, offset, i + 1)
                parsed[cell] = letters
            if letters:
                raci[role.id] = letters
        number = cell_at(row, 1)
        if isinstance(number, int | float) and not isinstance(number, bool):
            last_number = float(number)
            order = (last_number, 0)
        else:
            order = (last_number, len(found) + 1)  # after the numbered row above it
        name = cell_at(row, NAME_COL)
        description = cell_at(row, desc) if desc is not None else None
        data = {
            "id": key if isinstance(key, str) and key else None,
            "name": "" if name is None else excel_unescape(as_text(name)),
            "phase": phase,
            "description": "" if description is None else excel_unescape(as_text(description)),
            "raci": dict(sorted(raci.items())),
        }
        columns = {"id": 1, "name": NAME_COL + 1, "phase": 1, "raci": FIRST_ROLE + 1}
        if desc is not None:
            columns["description"] = desc + 1
        for field, (index, column) in tracking.items():
            value = reader.convert(column, cell_at(row, index), RACI_SHEET, offset, index + 1)
            if field == "deliverable" and isinstance(value, str):
                value = " ".join(value.split())
            data[field] = value
            columns[field] = index + 1
        where = Where(
            RACI_SHEET, offset, columns, NAME_COL + 1, {"id": "the hidden ID", "name": "the name"}
        )
        found.append((order, data, where))
    _name_new_rows(found)
    found.sort(key=lambda item: item[0])
    result = []
    for i, (_order, data, where) in enumerate(found):
        reader.places[f"$.activities[{i}]"] = where
        result.append(reader.validate(Activity, data, where))
    return result


def _header_row(rows: Sequence[tuple[Any, ...]]) -> int:
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if cell_at(row, 0) == KEY_HEADER and cell_at(row, NAME_COL) == ACTIVITY_HEADER:
            return i
    raise OwnWorkbookError(
        f'The {RACI_SHEET} sheet has no header row (a row starting "{KEY_HEADER}", '
        f'"#", "{ACTIVITY_HEADER}"); was it moved or deleted?'
    )


def _index(headers: Sequence[Any], wanted: str, start: int) -> int | None:
    for i in range(start, len(headers)):
        if headers[i] == wanted:
            return i
    return None


def _role_columns(reader: SheetReader, headers: Sequence[Any], row: int, roles: list[Role]) -> int:
    """Check that the role columns match the Roles sheet, in order; return where they end."""
    expected = FIRST_ROLE + len(roles)  # where we wrote the Check column
    end: int | None = None
    if expected < len(headers) and headers[expected] in (CHECK_HEADER, DESCRIPTION_HEADER):
        end = expected  # a role may itself be called "Check": trust the position first
    if end is None:
        end = _index(headers, CHECK_HEADER, FIRST_ROLE)
    if end is None:
        end = _index(headers, DESCRIPTION_HEADER, FIRST_ROLE)
    if end is None:
        end = len(headers)
    shown = [excel_unescape(as_text(h)) if h is not None else "" for h in headers[FIRST_ROLE:end]]
    for i, role in enumerate(roles):
        if i >= len(shown):
            raise reader.fail(
                RACI_SHEET,
                row,
                FIRST_ROLE + i + 1,
                f'the column of role "{role.name}" (from the Roles sheet) is missing',
            )
        if shown[i] != role.name:
            raise reader.fail(
                RACI_SHEET,
                row,
                FIRST_ROLE + i + 1,
                f'this column is headed "{shown[i]}" but the Roles sheet lists "{role.name}" '
                "here; add, rename or move roles in the Roles sheet or in RACI Studio",
            )
    if len(shown) > len(roles):
        raise reader.fail(
            RACI_SHEET,
            row,
            FIRST_ROLE + len(roles) + 1,
            f'the column "{shown[len(roles)]}" is not a role of the Roles sheet; '
            "add roles there first",
        )
    return end


def _letters(reader: SheetReader, scheme: Scheme, cell: Any, row: int, col: int) -> str:
    if not isinstance(cell, str):
        raise reader.fail(
            RACI_SHEET, row, col, f'"{cell}" is not {scheme.name} letters (use {scheme.codes})'
        )
    try:
        return scheme.parse(cell)
    except ValueError as exc:
        raise reader.fail(RACI_SHEET, row, col, str(exc)) from None


def _name_new_rows(found: list[tuple[tuple[float, int], dict[str, Any], Where]]) -> None:
    """Give rows a recipient added an id made from their name."""
    taken = {data["id"] for _o, data, _w in found if data["id"]}
    made: dict[str, int] = {}  # slug -> ids made from it: thousands of "TBD" rows stay fast
    for _order, data, _where in found:
        if not data["id"]:
            slug = slugify(data["name"], "activity")
            made[slug] = made.get(slug, 0) + 1
            data["id"] = unique_id(data["name"], taken, "activity", start=made[slug])
            taken.add(data["id"])
