"""The command line: check, fmt, new, schema, export and import, all headless.

Exit codes: 0 success; 1 a check found errors (or ``fmt --check`` found a file to rewrite);
2 a file could not be read or written, or the command was misused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from raci_studio import __version__

COMMANDS = ("check", "fmt", "new", "schema", "export", "import")
EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


# -- check ------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from raci_studio.core.rules import check_project
    from raci_studio.io.project.file import ProjectFileError, load_project

    results: list[dict[str, Any]] = []
    worst = EXIT_OK
    for name in args.files:
        entry: dict[str, Any] = {
            "path": name,
            "ok": False,
            "summary": None,
            "findings": [],
            "error": None,
        }
        try:
            project = load_project(name)
        except ProjectFileError as exc:
            entry["error"] = str(exc)
            worst = EXIT_UNREADABLE
            results.append(entry)
            continue
        findings = check_project(project)
        errors = sum(1 for f in findings if f.severity == "error")
        entry["ok"] = errors == 0
        entry["summary"] = _summary(project)
        entry["findings"] = [
            {"code": f.code, "severity": str(f.severity), "message": f.message, "ids": list(f.ids)}
            for f in findings
        ]
        if errors and worst == EXIT_OK:
            worst = EXIT_FINDINGS
        results.append(entry)
    if args.json:
        _out(json.dumps({"files": results}, indent=2, ensure_ascii=False))
    else:
        for entry in results:
            _print_check(entry, args.quiet)
    return worst


def _summary(project) -> dict[str, int]:
    return {
        "phases": len(project.phases),
        "activities": len(project.activities),
        "roles": len(project.roles),
        "assignments": sum(len(a.raci) for a in project.activities),
        "metrics": len(project.metrics),
        "measurements": sum(len(m.measurements) for m in project.metrics),
    }


def _print_check(entry: dict[str, Any], quiet: bool) -> None:
    if entry["error"]:
        _out(f"{entry['path']}: cannot be read")
        for line in entry["error"].splitlines():
            _out(f"  {line}")
        return
    findings = entry["findings"]
    counts = {
        s: sum(1 for f in findings if f["severity"] == s) for s in ("error", "warning", "info")
    }
    s = entry["summary"]
    verdict = "OK" if entry["ok"] else "FAILED"
    _out(
        f"{entry['path']}: {verdict} — {counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} notes ({s['activities']} activities, {s['roles']} roles, "
        f"{s['metrics']} metrics)"
    )
    for f in findings:
        if quiet and f["severity"] != "error":
            continue
        _out(f"  {f['severity']:<7} {f['code']}: {f['message']}")


# -- fmt --------------------------------------------------------------------------------------


def cmd_fmt(args: argparse.Namespace) -> int:
    from raci_studio.io.atomic_write import write_atomic
    from raci_studio.io.project.file import ProjectFileError, canonical_bytes

    status = EXIT_OK
    for name in args.files:
        try:
            data = Path(name).read_bytes()
            canonical = canonical_bytes(data, name)
        except OSError as exc:
            _err(f"{name}: cannot be read ({exc.strerror or exc})")
            status = EXIT_UNREADABLE
            continue
        except ProjectFileError as exc:
            _err(str(exc))
            status = EXIT_UNREADABLE
            continue
        if canonical == data:
            continue
        if args.check:
            _out(f"{name}: not in canonical form (run raci-studio fmt {name})")
            status = max(status, EXIT_FINDINGS)
        else:
            try:
                write_atomic(name, canonical)
            except OSError as exc:
                _err(f"{name}: could not write ({exc.strerror or exc}); the file is unchanged")
                status = EXIT_UNREADABLE
                continue
            _out(f"{name}: reformatted")
    return status


# -- new, schema ------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from raci_studio.core.templates import list_templates, new_from_template

    if args.list or not args.template:
        for info in list_templates():
            _out(f"{info.id:<16} {info.name} — {info.description}")
        return EXIT_OK if args.list else EXIT_UNREADABLE
    if not args.output:
        _err("raci-studio new: say where to write the project with -o FILE")
        return EXIT_UNREADABLE
    try:
        project = new_from_template(args.template, args.name)
    except (KeyError, ValueError) as exc:
        _err(f"raci-studio new: {exc.args[0] if exc.args else exc}")
        return EXIT_UNREADABLE
    return _save(project, args.output, args.force)


def _save(project, output: str, force: bool) -> int:
    from raci_studio.io.project.file import ProjectFileError, save_project

    if Path(output).exists() and not force:
        _err(f"{output}: already exists (use --force to replace it)")
        return EXIT_UNREADABLE
    try:
        save_project(project, output)
    except ProjectFileError as exc:
        _err(str(exc))
        return EXIT_UNREADABLE
    _out(f"wrote {output}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from raci_studio.io.project.file import project_json_schema

    _out(json.dumps(project_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


# -- export, import ---------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from raci_studio.io.exporters import format_key, load_formats
    from raci_studio.io.project.file import ProjectFileError, load_project

    formats = load_formats()
    try:
        project = load_project(args.file)
    except ProjectFileError as exc:
        _err(str(exc))
        return EXIT_UNREADABLE
    output = Path(args.output)
    fmt = formats.get(format_key(output, args.chart, args.report))
    if fmt is None:
        known = ", ".join(sorted(k for k in formats if k.startswith(".")))
        _err(f"raci-studio export: cannot write “{output.name}” (formats: {known})")
        return EXIT_UNREADABLE
    try:
        report = fmt.write(project, output, args)
    except (OSError, ValueError) as exc:
        _err(f"{output}: {exc}")
        return EXIT_UNREADABLE
    for warning in getattr(report, "warnings", None) or []:
        _err(f"warning: {warning}")
    _out(f"wrote {output}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from raci_studio.io.sheets.importer import SheetImportError, import_sheet

    try:
        result = import_sheet(args.file, sheet=args.sheet, scheme=args.scheme)
    except SheetImportError as exc:
        if args.json:
            _out(json.dumps({"ok": False, "error": str(exc)}, indent=2, ensure_ascii=False))
        else:
            _err(str(exc))
        return EXIT_UNREADABLE
    if args.json:
        _out(
            json.dumps(
                {"ok": True, "report": result.report.to_dict()}, indent=2, ensure_ascii=False
            )
        )
    else:
        _out(result.report.to_text())
    if not args.output:
        return EXIT_OK
    return _save(result.project, args.output, args.force)


# -- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="raci-studio",
        description="Plan ML projects: RACI grid, lifecycle, metrics and scoping in one file. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"RACI Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="check projects against the RACI rules")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("fmt", help="rewrite projects in canonical form")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file would change"
    )
    p.set_defaults(run=cmd_fmt)

    p = sub.add_parser("new", help="create a project from a template")
    p.add_argument("--template", "-t", help="template id (see --list)")
    p.add_argument("--name", help="project name")
    p.add_argument("-o", "--output", help="the file to write")
    p.add_argument("--list", action="store_true", help="list the templates")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("schema", help="print the JSON Schema of the project file")
    p.set_defaults(run=cmd_schema)

    p = sub.add_parser(
        "export", help="export a project (.xlsx, .csv, .svg, .png, .pdf, .md, .html)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--chart", help="scorecard, drift, metric:ID or kpi:ID (for .png/.svg/.pdf)")
    p.add_argument("--report", help="mrd or model-card (for .md/.html/.json)")
    p.add_argument(
        "--scale", type=float, default=2.0, help="pixels per point for .png images (default 2)"
    )
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("import", help="import a RACI sheet (.xlsx, .xlsm, .csv)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", help="write the imported project here")
    p.add_argument("--sheet", help="the sheet that holds the grid")
    p.add_argument("--scheme", default="RACI", choices=["RACI", "RASCI"])
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=cmd_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_UNREADABLE
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
