"""The import report: what was mapped, what was skipped and why, and what to look at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from raci_studio.io.sheets.cells import column_letter
from raci_studio.io.sheets.layout import SheetLayout

#: How many skipped cells and notes the text report lists before summarising the rest.
TEXT_LIMIT = 50


@dataclass(frozen=True)
class Skipped:
    """A cell or row that was not imported: where, what it held, and why."""

    address: str
    text: str
    reason: str
    #: True when the whole row was left out (a totals, filler or legend row), not one cell.
    whole_row: bool = False

    def to_dict(self) -> dict[str, str | bool]:
        """Return the entry as plain data."""
        data: dict[str, str | bool] = {
            "address": self.address,
            "text": self.text,
            "reason": self.reason,
        }
        if self.whole_row:
            data["whole_row"] = True
        return data


@dataclass
class ImportReport:
    """Everything a person needs to trust an import.

    Attributes
    ----------
    source
        The file name.
    sheet
        The sheet that was read (the file name for CSV).
    kind
        ``own`` (a RACI Studio workbook read back whole), ``grid``, ``transposed`` or ``long``.
    layout
        The layout used for a foreign sheet (None for our own workbooks).
    mapped
        What each part of the sheet became, in words: ``{"header row": "5", …}``.
    counts
        Roles, phases, activities, cells (activity and role pairs given letters), skipped.
    skipped
        Every cell or row not imported, with its address and the reason.
    notes
        Readings worth a look that were imported, e.g. ``"R (A)" read as RA``.
    warnings
        Things to check after the import (formula cells, rows without an A, …).
    scheme
        The letter scheme the project was given ("RACI" or "RASCI").
    """

    source: str
    sheet: str | None = None
    kind: str = "grid"
    layout: SheetLayout | None = None
    mapped: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    scheme: str = "RACI"

    def skip(self, address: str, text: str | None, reason: str, whole_row: bool = False) -> None:
        """Record a cell (or, with ``whole_row``, a row) that was not imported."""
        shown = " ".join((text or "").split())[:200]
        self.skipped.append(Skipped(address, shown, reason, whole_row))

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (for ``--json``)."""
        return {
            "source": self.source,
            "sheet": self.sheet,
            "kind": self.kind,
            "scheme": self.scheme,
            "layout": self.layout.to_dict() if self.layout else None,
            "mapped": dict(self.mapped),
            "counts": dict(self.counts),
            "skipped": [s.to_dict() for s in self.skipped],
            "notes": list(self.notes),
            "warnings": list(self.warnings),
        }

    def to_text(self, dry_run: bool = False) -> str:
        """Return the report as lines a person reads in a terminal.

        With ``dry_run`` the first line says that the import would be made, not that it was.
        """
        shown = self.sheet and self.sheet != self.source
        where = f"{self.source}, sheet {self.sheet}" if shown else self.source
        kind = _KINDS.get(self.kind, self.kind)
        head = f"Would import {where} ({kind}); nothing was written." if dry_run else None
        lines = [head or f"Imported {where} ({kind})."]
        lines += [f"  {key}: {value}" for key, value in self.mapped.items()]
        counted = ", ".join(_count(n, name) for name, n in self.counts.items())
        if counted:
            lines.append(f"Result: {counted}.")
        lines += _section("Not imported", [f"{s.address}: {s.reason}" for s in self.skipped])
        lines += _section("Read with care", self.notes)
        lines += _section("Warnings", self.warnings)
        return "\n".join(lines)


#: "Sheet1!C5: …" or "'My sheet'!AB12: …": a note about one cell.
_CELL_NOTE = re.compile(r"^((?:'(?:[^']|'')+'|[^!\s]+)![A-Z]{1,3}\d+): (.*)$", re.S)


def cell_of(note: str) -> tuple[str, str] | None:
    """Return the cell a note is about ("Sheet1!C5") and the rest of it, or None."""
    match = _CELL_NOTE.match(note)
    return (match.group(1), match.group(2)) if match else None


_KINDS = {
    "own": "a RACI Studio workbook",
    "grid": "roles as columns",
    "transposed": "letters as columns, role names in the cells",
    "long": "one row per activity, role and letter",
}


def _count(n: int, name: str) -> str:
    singular = {"activities": "activity", "cells": "cell", "roles": "role", "phases": "phase"}
    if n == 1:
        name = singular.get(name, name)
    return f"{n:,} {name}"


def _section(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    lines = [f"{title} ({len(items):,}):"]
    lines += [f"  - {item}" for item in items[:TEXT_LIMIT]]
    if len(items) > TEXT_LIMIT:
        lines.append(f"  … and {len(items) - TEXT_LIMIT:,} more (use --json for the full list)")
    return lines


def describe_layout(layout: SheetLayout, header: list[str | None]) -> dict[str, str]:
    """Return what each column of ``layout`` holds, in words, with sheet row and column names."""

    def col(c: int | None) -> str:
        if c is None:
            return "none"
        head = header[c] if 0 <= c < len(header) else None
        name = " ".join(head.split()) if head else ""
        return f"{column_letter(c)} ({name})" if name else column_letter(c)

    mapped = {
        "header row": str(layout.header_row + 1),
        "grid rows": f"{layout.first_row + 1}–{layout.last_row + 1}",
        "activity column": col(layout.activity_col),
    }
    if layout.group_row is not None:
        mapped["header row"] = f"{layout.group_row + 1}–{layout.header_row + 1} (two rows)"
    if layout.id_col is not None:
        mapped["id column"] = col(layout.id_col)
    if layout.extra_cols:
        mapped["kept in descriptions"] = ", ".join(col(c) for c in layout.extra_cols)
    if layout.phase_col is not None:
        mapped["phase column"] = col(layout.phase_col)
    elif layout.phase_rows:
        inner = "descriptions" if layout.inner_groups == "description" else "name prefixes"
        mapped["phases"] = f"rows with a label and no letters (inner groups as {inner})"
    if layout.kind == "grid":
        mapped["role columns"] = ", ".join(
            f"{column_letter(c)} ({name})" for c, name in sorted(layout.role_cols.items())
        )
        if layout.role_groups:
            groups = dict.fromkeys(layout.role_groups.values())
            mapped["role groups"] = ", ".join(groups)
    elif layout.kind == "transposed":
        mapped["letter columns"] = ", ".join(
            f"{column_letter(c)} ({letter})" for c, letter in sorted(layout.letter_cols.items())
        )
    else:
        mapped["role column"] = col(layout.role_col)
        mapped["letter column"] = col(layout.letter_col)
    return mapped
