"""Time importing our own large exported workbook against a bare openpyxl read-only pass.

    python benchmarks/bench_xlsx_import.py [--activities 2000 --roles 60 --runs 11]

The project of ``generate.py`` is exported with ``export_xlsx``; then, round-robin in one
process, the baseline (``openpyxl.load_workbook(read_only=True, data_only=True)`` and one pass
over every row of every sheet) and ``import_sheet`` (guard checks, the read-only open, and
``xlsx_own`` rebuilding the project) are timed with their parts. Target: import within 1.5x
the baseline.

The same project is also written as a sheet someone made by hand (a title, a two-row header
of role groups over role names, phase rows, letters as "A/R") and imported through layout
detection: ``detect_layout`` alone and the whole ``import_sheet`` against a bare pass over
that file, so a slower detection shows as a higher ratio.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_project
from timing import measure

from raci_studio.core.scheme import display_letters
from raci_studio.io.sheets.guard import (
    add_dimensions,
    check_package,
    open_workbook_safely,
)
from raci_studio.io.sheets.importer import import_sheet
from raci_studio.io.sheets.layout import detect_layout
from raci_studio.io.workbook.export import export_xlsx
from raci_studio.io.workbook.own import project_from_own_workbook


def bare_pass(path: Path) -> int:
    """Open read-only, data-only and touch every row of every sheet (the baseline)."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = 0
    for sheet in workbook.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            rows += 1
    workbook.close()
    return rows


def bare_pass_of(data: bytes, skip: str) -> int:
    """Open bytes read-only and touch every row of every sheet but ``skip`` (a reference)."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    rows = 0
    for sheet in workbook.worksheets:
        if sheet.title != skip:
            for _ in sheet.iter_rows(values_only=True):
                rows += 1
    workbook.close()
    return rows


def write_foreign(project: Any, path: Path) -> list[list[Any]]:
    """Write ``project`` as a hand-made RACI sheet; return its rows as the importer reads them."""
    from openpyxl import Workbook

    roles = project.roles
    rows: list[list[Any]] = [["RACI matrix"], []]
    rows.append([None, None] + [r.group if i % 10 == 0 else None for i, r in enumerate(roles)])
    rows.append(["ID", "Activity"] + [r.name for r in roles])
    by_phase: dict[str, list[Any]] = {}
    for activity in project.activities:
        by_phase.setdefault(activity.phase, []).append(activity)
    for phase in project.phases:
        rows.append([None, phase.name])
        for n, activity in enumerate(by_phase.get(phase.id, []), start=1):
            letters = [display_letters(activity.raci.get(r.id, "")) or None for r in roles]
            rows.append([f"{n}", activity.name, *letters])
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Responsibilities"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return [[None if v is None else str(v) for v in row] for row in rows]


def own_read(path: Path) -> object:
    """Open through the guard and rebuild the project (what import_sheet does, minus the report)."""
    workbook = open_workbook_safely(path)
    try:
        return project_from_own_workbook(workbook)
    finally:
        workbook.close()


def main(argv: list[str] | None = None) -> None:
    """Export a generated project, time the cases and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)

    project = generate_project(activities=args.activities, roles=args.roles)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.xlsx"
        export_xlsx(project, path)
        data = path.read_bytes()
        scan = check_package(data, path.name)
        imported = import_sheet(path).project
        assert imported == project, "the exported workbook did not come back whole"

        dimensioned = add_dimensions(data, set(scan.undimensioned), path.name)
        foreign = Path(folder) / "hand-made.xlsx"
        foreign_rows = write_foreign(project, foreign)
        found = import_sheet(foreign)
        assert len(found.project.activities) == len(project.activities), "detection failed"

        def guard_and_open() -> None:
            open_workbook_safely(path).close()

        def bare_open() -> None:
            import openpyxl

            openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True).close()

        cases: dict[str, Callable[[], object]] = {
            "bare openpyxl pass (baseline)": lambda: bare_pass(path),
            "import_sheet": lambda: import_sheet(path),
            "  guard: check package": lambda: check_package(data, path.name),
            "  guard: add dimensions": lambda: add_dimensions(
                data, set(scan.undimensioned), path.name
            ),
            "  guard + open": guard_and_open,
            "  open + xlsx_own read": lambda: own_read(path),
            "bare open only (ref)": bare_open,
            "bare pass, sheets xlsx_own reads (ref)": lambda: bare_pass_of(
                dimensioned, "Assignments"
            ),
            "hand-made sheet: bare pass (ref)": lambda: bare_pass(foreign),
            "hand-made sheet: import_sheet": lambda: import_sheet(foreign),
            "hand-made sheet: detect_layout": lambda: detect_layout(foreign_rows),
        }
        medians = measure(cases, args.runs)

    base = medians["bare openpyxl pass (baseline)"]
    print(
        f"{args.activities:,} activities x {args.roles} roles, {len(data) / 1e6:.2f} MB xlsx, "
        f"{len(scan.undimensioned)} sheets without a dimension, median of {args.runs} runs "
        f"(Python {sys.version.split()[0]})"
    )
    print(f"{'case':40} {'ms':>9} {'x baseline':>11}")
    for name, seconds in medians.items():
        print(f"{name:40} {seconds * 1000:9.1f} {seconds / base:11.2f}")


if __name__ == "__main__":
    main()
