"""Build a project from a sheet's cells and a layout, reporting everything not imported.

Pure functions over a grid of values (no files), so they are tested and fuzzed directly.
Letters are read with :func:`raci_studio.io.sheets.letters.parse_letters`; a cell that is not
understood is skipped and reported with its address, never guessed. Rows with no A, or
several, are imported as they are: the RACI rules flag them in the app and in ``check``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from raci_studio.core.ids import slugify, unique_id
from raci_studio.core.model import Activity, Phase, Project, Role
from raci_studio.core.scheme import scheme_for
from raci_studio.io.sheets.cells import Cells, Value, address, clean_name, column_letter
from raci_studio.io.sheets.grid_rows import DEFAULT_PHASE, read_grid, read_transposed
from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.sheets.layout import SheetLayout, check_layout
from raci_studio.io.sheets.report import ImportReport, describe_layout
from raci_studio.io.sheets.scheme_guess import detect_scheme

NAME_LIMIT = 200
SHORT_LIMIT = 12
MAX_ROLES = 1000
MAX_PHASES = 1000
_SHOWN_ROWS = 10


@dataclass
class _Builder:
    """Collects roles, phases and activities while the rows are read."""

    cells: Cells
    layout: SheetLayout
    sheet: str
    report: ImportReport
    roles: dict[str, Role] = field(default_factory=dict)  # casefolded name -> role
    phases: dict[str, Phase] = field(default_factory=dict)
    activities: list[Activity] = field(default_factory=list)
    rows_of: dict[str, int] = field(default_factory=dict)  # activity id -> sheet row
    first_seen: dict[str, int] = field(default_factory=dict)  # casefolded name -> row
    shorts: set[str] = field(default_factory=set)
    same_slug: dict[str, int] = field(default_factory=dict)  # slug -> activities made from it

    def at(self, row: int, col: int) -> str:
        return address(self.sheet, row, col)

    def role(self, name: str, group: str = "") -> Role:
        key = name.casefold()
        if key not in self.roles:
            if len(self.roles) >= MAX_ROLES:
                raise SheetImportError(f"the sheet names more than {MAX_ROLES:,} roles")
            ident = unique_id(name, {r.id for r in self.roles.values()}, "role")
            short = short_label(name, self.shorts)
            self.shorts.add(short.casefold())
            self.roles[key] = Role(id=ident, name=_fit(name), short=short, group=_fit(group))
        return self.roles[key]

    def phase(self, name: str) -> Phase:
        key = name.casefold()
        if key not in self.phases:
            if len(self.phases) >= MAX_PHASES:
                raise SheetImportError(
                    f"the sheet has more than {MAX_PHASES:,} phases; check the phase column "
                    "or switch off phase rows"
                )
            ident = unique_id(name, {p.id for p in self.phases.values()}, "phase")
            self.phases[key] = Phase(id=ident, name=_fit(name))
        return self.phases[key]

    def activity(self, row: int, name: str, phase: Phase, description: str = "") -> Activity:
        col = self.layout.activity_col
        if len(name) > NAME_LIMIT:
            self.report.notes.append(
                f"{self.at(row, col)}: the name is {len(name):,} characters; it was cut to "
                f"{NAME_LIMIT} and kept whole in the description"
            )
            description = "\n".join(x for x in (name, description) if x)
        key = name.casefold()
        if key in self.first_seen:
            self.report.notes.append(
                f'{self.at(row, col)}: "{_fit(name, 60)}" is also on row '
                f"{self.first_seen[key] + 1}; both were imported"
            )
        else:
            self.first_seen[key] = row
        # a sheet of 100,000 rows named "TBD" must not try 100,000 suffixes per row
        slug = slugify(name, "activity")
        self.same_slug[slug] = made = self.same_slug.get(slug, 0) + 1
        ident = unique_id(name, self.rows_of.keys(), "activity", start=made)
        activity = Activity(id=ident, name=_fit(name), phase=phase.id, description=description)
        self.activities.append(activity)
        self.rows_of[ident] = row
        return activity

    def assign(self, row: int, col: int, activity: Activity, role: Role, text: str | None) -> int:
        """Read one cell into ``activity``; return the number of letters it set (0 or 1)."""
        parsed = self.cells.letters(row, col)
        if parsed.kind == "unknown":
            self.report.skip(self.at(row, col), text, parsed.error)
            return 0
        if parsed.kind != "letters":
            return 0
        if parsed.partial:  # the letters understood are kept, the rest is named
            self.report.skip(self.at(row, col), text, parsed.error)
        if parsed.note:
            self.report.notes.append(f"{self.at(row, col)}: {parsed.note}")
        before = activity.raci.get(role.id)
        if before:  # the long form gives a role's letters on several rows
            letters = scheme_for(self.cells.scheme).normalise(before + parsed.letters)
        else:
            letters = parsed.letters
        activity.raci[role.id] = letters
        return 1


def short_label(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """Return a column label of at most 12 characters: the name, or its initials."""
    words = re.findall(r"[^\W_]+", name)
    if len(name) <= SHORT_LIMIT:
        base = name
    else:
        initials = "".join(w[0].upper() if not w.isdigit() else w for w in words)
        base = initials[:SHORT_LIMIT] if len(initials) >= 2 else name[:SHORT_LIMIT].strip()
    label, n = base, 1
    while label.casefold() in taken:
        n += 1
        suffix = str(n)
        label = base[: SHORT_LIMIT - len(suffix)] + suffix
    return label


def _fit(name: str, limit: int = NAME_LIMIT) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def build_project(
    rows: Sequence[Sequence[Value]],
    layout: SheetLayout,
    *,
    sheet: str,
    source: str,
    project_name: str,
    scheme: str = "auto",
) -> tuple[Project, ImportReport]:
    """Read the grid that ``layout`` describes into a new project and its report.

    ``scheme`` is "RACI", "RASCI" or "auto": RASCI when the grid uses S, else RACI.
    """
    if scheme not in ("RACI", "RASCI", "auto"):
        raise SheetImportError(f"{scheme} is not a letter scheme (use RACI, RASCI or auto)")
    check_layout(layout, rows)
    found = detect_scheme(rows, layout)
    used = found.scheme if scheme == "auto" else scheme
    cells = Cells(rows, used)
    report = ImportReport(source=source, sheet=sheet, kind=layout.kind, layout=layout)
    upper = layout.group_row
    report.mapped = describe_layout(
        layout,
        [
            cells.value(layout.header_row, c)
            or (cells.value(upper, c) if upper is not None else None)
            for c in range(cells.width)
        ],
    )
    report.mapped["scheme"] = found.describe(used, scheme == "auto")
    report.scheme = used
    builder = _Builder(cells, layout, sheet, report)
    reader = {"grid": read_grid, "transposed": read_transposed, "long": _read_long}
    reader[layout.kind](builder)
    if not builder.activities:
        raise SheetImportError(
            f"no activities were found below the header row {layout.header_row + 1} "
            f"(rows {layout.first_row + 1}–{layout.last_row + 1}, column "
            f"{column_letter(layout.activity_col)})"
        )
    _warn_about_letters(builder)
    if found.other_letters:
        listed = ", ".join(f"{k} ({n:,})" for k, n in sorted(found.other_letters.items()))
        report.warnings.append(
            f"letters that no scheme holds were found ({listed}); they are listed cell by cell, "
            "and the letters beside them were imported"
        )
    project = _assemble(builder, project_name, used, source, sheet)
    report.counts = {
        "roles": len(project.roles),
        "phases": len(project.phases),
        "activities": len(project.activities),
        "cells": sum(len(a.raci) for a in project.activities),
        "skipped": len(report.skipped),
    }
    return project, report


def _assemble(builder: _Builder, name: str, scheme: str, source: str, sheet: str) -> Project:
    activities = builder.activities
    for activity in activities:  # keys sorted by role id, the canonical order
        activity.raci = dict(sorted(activity.raci.items()))
    try:
        return Project(
            name=_fit(clean_name(name) or "Imported RACI"),
            description=f"Imported from {source}" + (f", sheet {sheet}" if sheet != source else ""),
            scheme=scheme,
            roles=list(builder.roles.values()),
            phases=list(builder.phases.values()),
            activities=activities,
        )
    except ValidationError as exc:  # pragma: no cover - names are cleaned above
        raise SheetImportError(
            f"the imported project is not valid: {exc.errors()[0]['msg']}"
        ) from None


def _read_long(builder: _Builder) -> int:
    cells, layout = builder.cells, builder.layout
    if layout.role_col is None or layout.letter_col is None:  # refused by check_layout
        return 0
    by_key: dict[tuple[str, str], Activity] = {}
    set_cells = 0
    for row in range(layout.first_row, min(layout.last_row, cells.height - 1) + 1):
        if cells.is_blank(row, layout.used_columns()):
            continue
        label = clean_name(cells.value(row, layout.activity_col))
        role_name = clean_name(cells.value(row, layout.role_col))
        if not label or not role_name:
            what = "an activity name" if not label else "a role name"
            col = layout.activity_col if not label else layout.role_col
            builder.report.skip(
                builder.at(row, col), None, f"the row has no {what}; skipped", whole_row=True
            )
            continue
        phase_name = (
            clean_name(cells.value(row, layout.phase_col)) if layout.phase_col is not None else ""
        )
        phase = builder.phase(phase_name or DEFAULT_PHASE)
        ident = clean_name(cells.value(row, layout.id_col)) if layout.id_col is not None else ""
        key = (ident.casefold(), "") if ident else (phase.id, label.casefold())
        activity = by_key.get(key)
        if activity is None:
            activity = builder.activity(row, label, phase)
            by_key[key] = activity
        role = builder.role(role_name)
        set_cells += builder.assign(
            row, layout.letter_col, activity, role, cells.raw(row, layout.letter_col)
        )
    return set_cells


def _warn_about_letters(builder: _Builder) -> None:
    """Warn about rows with no A, several A or no R (imported as they are)."""
    problems: dict[str, list[int]] = {"no A": [], "more than one A": [], "no R": []}
    for activity in builder.activities:
        letters = "".join(activity.raci.values())
        row = builder.rows_of[activity.id] + 1
        if "A" not in letters:
            problems["no A"].append(row)
        elif letters.count("A") > 1:
            problems["more than one A"].append(row)
        if "R" not in letters:
            problems["no R"].append(row)
    for what, rows in problems.items():
        if rows:
            shown = ", ".join(str(r) for r in rows[:_SHOWN_ROWS])
            more = f" and {len(rows) - _SHOWN_ROWS:,} more" if len(rows) > _SHOWN_ROWS else ""
            builder.report.warnings.append(
                f"{len(rows):,} {'activity has' if len(rows) == 1 else 'activities have'} "
                f"{what} (sheet rows {shown}{more}); imported as they are, the RACI check "
                "lists them"
            )
    needs_rasci = sum("needs the RASCI scheme" in s.reason for s in builder.report.skipped)
    if needs_rasci:
        builder.report.warnings.append(
            f"{needs_rasci:,} {'cell holds' if needs_rasci == 1 else 'cells hold'} S (Support); "
            "import with the RASCI scheme to keep them"
        )
