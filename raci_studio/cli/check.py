"""``raci-studio check``: the RACI rules over project files, as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from raci_studio.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, out
from raci_studio.core.numbers import plural


def run(args: argparse.Namespace) -> int:
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
        out(json.dumps({"files": results}, indent=2, ensure_ascii=False))
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
        out(f"{entry['path']}: cannot be read")
        for line in entry["error"].splitlines():
            out(f"  {line}")
        return
    findings = entry["findings"]
    counts = {
        s: sum(1 for f in findings if f["severity"] == s) for s in ("error", "warning", "info")
    }
    s = entry["summary"]
    verdict = "OK" if entry["ok"] else "FAILED"
    out(
        f"{entry['path']}: {verdict} — {plural(counts['error'], 'error')}, "
        f"{plural(counts['warning'], 'warning')}, {plural(counts['info'], 'note')} "
        f"({plural(s['activities'], 'activity', 'activities')}, {plural(s['roles'], 'role')}, "
        f"{plural(s['metrics'], 'metric')})"
    )
    for f in findings:
        if quiet and f["severity"] != "error":
            continue
        out(f"  {f['severity']:<7} {f['code']}: {f['message']}")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``check`` command to the parser."""
    p = sub.add_parser("check", help="check projects against the RACI rules")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.set_defaults(run=run)
