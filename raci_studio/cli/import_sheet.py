"""``raci-studio import``: a RACI sheet someone made, as a project and a report."""

from __future__ import annotations

import argparse
import json

from raci_studio.cli import import_evidence
from raci_studio.cli.common import EXIT_OK, EXIT_UNREADABLE, err, out, save_new_project


def run(args: argparse.Namespace) -> int:
    if import_evidence.wants_evidence(args):
        return import_evidence.run(args)
    from raci_studio.io.sheets.importer import SheetImportError, import_sheet

    try:
        result = import_sheet(args.file, sheet=args.sheet, scheme=args.scheme)
    except SheetImportError as exc:
        if args.json:
            out(json.dumps({"ok": False, "error": str(exc)}, indent=2, ensure_ascii=False))
        else:
            err(str(exc))
        return EXIT_UNREADABLE
    if args.json:
        out(
            json.dumps(
                {"ok": True, "report": result.report.to_dict()}, indent=2, ensure_ascii=False
            )
        )
    else:
        out(result.report.to_text())
    if not args.output:
        return EXIT_OK
    return save_new_project(result.project, args.output, args.force, quiet=args.json)


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``import`` command to the parser."""
    p = sub.add_parser(
        "import",
        help="import a RACI sheet (.xlsx, .xlsm, .csv), a model card or DVC lineage",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", help="write the imported project here")
    p.add_argument("--sheet", help="the sheet that holds the grid")
    p.add_argument(
        "--scheme",
        default="auto",
        choices=["auto", "RACI", "RASCI"],
        help="the letter scheme (default: RASCI when the grid uses S, else RACI)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    import_evidence.add_arguments(p)
    p.set_defaults(run=run)
