"""``raci-studio check``: the RACI rules over project files, as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from raci_studio.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, input_problem, out
from raci_studio.core.numbers import plural

if TYPE_CHECKING:
    from raci_studio.core.model import Project


def run(args: argparse.Namespace) -> int:
    """Check every file of ``args.files``; the exit is the worst of their outcomes."""
    from raci_studio.core.rules import check_project

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
        project = _load(name)
        if isinstance(project, str):
            entry["error"] = project
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


def _load(name: str) -> Project | str:
    """Return the project in the file ``name``, or why it cannot be read."""
    from raci_studio.io.project.file import ProjectFileError, load_project

    problem = input_problem(name, "a project file")
    if problem:
        return problem
    try:
        return load_project(name)
    except ProjectFileError as exc:
        return str(exc)


def _summary(project: Project) -> dict[str, int]:
    return {
        "phases": len(project.phases),
        "activities": len(project.activities),
        "roles": len(project.roles),
        "assignments": sum(len(a.raci) for a in project.activities),
        "metrics": len(project.metrics),
        "measurements": sum(len(m.measurements) for m in project.metrics),
    }


def _print_check(entry: dict[str, Any], quiet: bool) -> None:
    if entry["error"]:  # it names the file, and the place of each problem
        out(entry["error"])
        return
    findings = entry["findings"]
    severities = [f["severity"] for f in findings]
    tally = ", ".join(
        plural(severities.count(severity), word)
        for severity, word in (("error", "error"), ("warning", "warning"), ("info", "note"))
    )
    summary = entry["summary"]
    sizes = ", ".join(
        plural(summary[key], word, many)
        for key, word, many in (
            ("activities", "activity", "activities"),
            ("roles", "role", "roles"),
            ("metrics", "metric", "metrics"),
        )
    )
    verdict = "OK" if entry["ok"] else "FAILED"
    out(f"{entry['path']}: {verdict} — {tally} ({sizes})")
    for f in findings:
        if quiet and f["severity"] != "error":
            continue
        out(f"  {f['severity']:<7} {f['code']}: {f['message']}")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``check`` command to the parser."""
    p = sub.add_parser("check", help="check projects against the RACI rules")
    p.add_argument("files", nargs="+", metavar="FILE", help="the project files (.raci.json)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.set_defaults(run=run)
