"""Time the Excel export and the reading-back of our own workbook against bare openpyxl.

    python benchmarks/bench_xlsx.py [--activities 2000 --roles 60 --runs 11]

Baselines, measured in the same run and interleaved round by round:

- export: a bare openpyxl write-only dump of the very cell values the export writes (every
  sheet, read back from an exported file beforehand), with no styles, conditional formats,
  validation or text checks; saved to a file like the export.
- import: a bare openpyxl read-only, data-only pass over every row of every sheet of the
  exported file (and, for a like-for-like ratio, over the sheets the importer reads: all but
  Assignments, a view of the RACI sheet).

Targets: export and import each within 1.5x their baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_project
from timing import measure

from raci_studio.io.workbook.export import export_xlsx
from raci_studio.io.workbook.own import project_from_own_workbook


def sheet_values(path: Path) -> list[tuple[str, str, list[tuple[Any, ...]]]]:
    """Return (title, state, rows) of every sheet, formulas as their text."""
    wb = openpyxl.load_workbook(path, read_only=True)
    result = [(ws.title, ws.sheet_state, list(ws.iter_rows(values_only=True))) for ws in wb]
    wb.close()
    return result


def bare_dump(sheets: list[tuple[str, str, list[tuple[Any, ...]]]], path: Path) -> None:
    """Write the same cell values with openpyxl's write-only mode and nothing else."""
    wb = openpyxl.Workbook(write_only=True)
    for title, _state, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def bare_read(path: Path, skip: tuple[str, ...] = ()) -> int:
    """Read every row of every sheet (but ``skip``), read-only and data-only; count cells."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for ws in wb:
        if ws.title in skip:
            continue
        for row in ws.iter_rows(values_only=True):
            cells += len(row)
    wb.close()
    return cells


def own_read(path: Path) -> object:
    """Open the workbook the same way and rebuild the project."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    project = project_from_own_workbook(wb)
    wb.close()
    return project


def main(argv: list[str] | None = None) -> None:
    """Generate a project, time the cases and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)

    project = generate_project(activities=args.activities, roles=args.roles)
    with tempfile.TemporaryDirectory() as folder:
        exported = Path(folder) / "export.xlsx"
        export_xlsx(project, exported)
        sheets = sheet_values(exported)
        cells = sum(1 for _t, _s, rows in sheets for row in rows for v in row if v is not None)
        assert own_read(exported) == project, "the benchmark must read back the same project"
        bare = Path(folder) / "bare.xlsx"
        cases: dict[str, Callable[[], object]] = {
            "bare write-only dump": lambda: bare_dump(sheets, bare),
            "export_xlsx": lambda: export_xlsx(project, exported),
            "bare read-only pass": lambda: bare_read(exported),
            "  same, sheets it reads": lambda: bare_read(exported, skip=("Assignments",)),
            "project_from_own_workbook": lambda: own_read(exported),
        }
        medians = measure(cases, args.runs)
        size = exported.stat().st_size

    print(
        f"{args.activities:,} activities x {args.roles} roles, {cells:,} cells, "
        f"{size / 1e6:.2f} MB, median of {args.runs} runs (Python {sys.version.split()[0]}, "
        f"openpyxl {openpyxl.__version__})"
    )
    print(f"{'case':28} {'ms':>9} {'ratio':>7}")
    baselines = {
        "bare write-only dump": "bare write-only dump",
        "export_xlsx": "bare write-only dump",
        "bare read-only pass": "bare read-only pass",
        "  same, sheets it reads": "bare read-only pass",
        "project_from_own_workbook": "bare read-only pass",
    }
    for case, base in baselines.items():
        ratio = medians[case] / medians[base]
        print(f"{case:28} {medians[case] * 1000:9.1f} {ratio:7.2f}")
    own, fair = medians["project_from_own_workbook"], medians["  same, sheets it reads"]
    print(f"import against a bare pass over the sheets it reads: {own / fair:.2f}")


if __name__ == "__main__":
    main()
