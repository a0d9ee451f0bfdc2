"""``raci-studio import``: a RACI sheet someone made, as a project and a report.

The project is written to ``-o FILE``, or next to the sheet with the sheet's name and the
``.raci.json`` extension (``their-sheet.xlsx`` → ``their-sheet.raci.json``). An existing
file is kept unless ``--force`` is given; ``--dry-run`` reports and writes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from raci_studio.cli import import_evidence
from raci_studio.cli.common import (
    EXIT_OK,
    EXIT_UNREADABLE,
    FORCE_HELP,
    err,
    input_problem,
    out,
    output_problem,
    save_new_project,
)


def run(args: argparse.Namespace) -> int:
    """Import the sheet (or, with its options, the evidence) named by ``args``."""
    if import_evidence.wants_evidence(args):
        return import_evidence.run(args)
    from raci_studio.io.sheets.importer import SheetImportError, import_sheet

    output = args.output or default_output(args.file)
    problem = input_problem(args.file, "a spreadsheet (.xlsx, .xlsm or .csv)")
    if not problem and not args.dry_run:
        problem = output_problem(output, args.force)  # said before the sheet is read
    if problem:
        _refuse(problem, args.json)
        return EXIT_UNREADABLE
    try:
        result = import_sheet(args.file, sheet=args.sheet, scheme=args.scheme)
    except SheetImportError as exc:
        _refuse(str(exc), args.json)
        return EXIT_UNREADABLE
    if args.json:
        data = {"ok": True, "report": result.report.to_dict()}
        data["output"] = None if args.dry_run else output
        out(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        out(result.report.to_text(dry_run=args.dry_run))
    if args.dry_run:
        return EXIT_OK
    return save_new_project(result.project, output, args.force, quiet=args.json)


def default_output(sheet: str) -> str:
    """Return where a sheet's project goes without ``-o``: beside it, named after it."""
    from raci_studio.io.sheets.importer import CSV_SUFFIXES, XLSX_SUFFIXES

    path = Path(sheet)
    name = path.name
    for suffix in (*XLSX_SUFFIXES, *CSV_SUFFIXES):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return str(path.with_name(f"{name or 'imported'}.raci.json"))


def _refuse(problem: str, as_json: bool) -> None:
    if as_json:
        out(json.dumps({"ok": False, "error": problem}, indent=2, ensure_ascii=False))
    else:
        err(problem)


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``import`` command to the parser."""
    p = sub.add_parser(
        "import",
        help="import a RACI sheet (.xlsx, .xlsm, .csv), a model card or DVC lineage",
        description="Import a RACI sheet as a new project, written to -o OUT or next to the "
        "sheet (their-sheet.xlsx becomes their-sheet.raci.json); an existing file is kept "
        "unless --force is given. With --model-card or --dvc, take evidence into a plan.",
    )
    p.add_argument(
        "file", metavar="FILE", help="the sheet (.xlsx, .xlsm, .csv), model card or DVC folder"
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the project file to write (default: next to FILE, named after it)",
    )
    p.add_argument("--sheet", help="the sheet that holds the grid (default: the one found)")
    p.add_argument(
        "--scheme",
        default="auto",
        choices=["auto", "RACI", "RASCI"],
        help="the letter scheme (default: RASCI when the grid uses S, else RACI)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--dry-run", action="store_true", help="read and report, but write nothing")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    import_evidence.add_arguments(p)
    p.set_defaults(run=run)
