"""``raci-studio export``: a project as a workbook, CSV, image, report or deck."""

from __future__ import annotations

import argparse
from pathlib import Path

from raci_studio.cli.common import (
    EXIT_OK,
    EXIT_UNREADABLE,
    FORCE_HELP,
    err,
    folder_problem,
    input_problem,
    out,
    output_problem,
)


def run(args: argparse.Namespace) -> int:
    """Write the project ``args.file`` in the format ``args.output``'s extension names."""
    from raci_studio.io.exporters import format_key, load_formats
    from raci_studio.io.project.file import ProjectFileError, load_project

    problem = input_problem(args.file, "a project file")
    if problem:
        err(problem)
        return EXIT_UNREADABLE
    output = Path(args.output)
    if output.is_dir():  # said before the format, which a folder's name never names
        err(folder_problem(args.output, _example_name(args.file)))
        return EXIT_UNREADABLE
    formats = load_formats()
    fmt = formats.get(format_key(output, args.chart, args.report))
    if fmt is None:
        known = ", ".join(sorted(k for k in formats if k.startswith(".")))
        err(f"raci-studio export: cannot write “{output.name}” (formats: {known})")
        return EXIT_UNREADABLE
    problem = output_problem(args.output, args.force)
    if problem:
        err(problem)
        return EXIT_UNREADABLE
    try:
        project = load_project(args.file)
    except ProjectFileError as exc:
        err(str(exc))
        return EXIT_UNREADABLE
    if getattr(args, "git_history", None) is not None:
        if args.report != "retrospective":
            err("raci-studio export: --git-history goes with --report retrospective")
            return EXIT_UNREADABLE
        _read_git_history(args)
    try:
        report = fmt.write(project, output, args)
    except (OSError, ValueError) as exc:
        message = str(exc)  # writers' errors usually name the file already
        err(message if str(output) in message else f"{output}: {message}")
        return EXIT_UNREADABLE
    for warning in getattr(report, "warnings", None) or []:
        err(f"warning: {warning}")
    out(f"wrote {output}")
    return EXIT_OK


def _read_git_history(args: argparse.Namespace) -> None:
    """Find the handoffs in the file's git history and put them on ``args`` for the report."""
    from raci_studio.core.handoffs import history_handoffs
    from raci_studio.io.git.history import read_history
    from raci_studio.io.project.file import loads_project

    history = read_history(args.file, loads_project, limit=args.git_history)
    if history.reason:
        err(f"warning: no git history read: {history.reason}")
        return
    args.history_handoffs = history_handoffs(history.versions)
    found = len(args.history_handoffs)
    args.history_note = f"{history.summary()}, {found} handoff{'s' if found != 1 else ''} found"
    out(f"git history: {args.history_note}")
    for problem in history.problems:
        err(f"warning: {problem}")


def _positive(text: str) -> int:
    """Return ``text`` as a count of at least 2 commits (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 2:
        raise argparse.ArgumentTypeError("at least 2 commits are needed to see a change")
    return value


def _example_name(source: str) -> str:
    """Return a file name to suggest for an export of ``source``: its stem as a workbook."""
    name = Path(source).name
    stem = name[: -len(".raci.json")] if name.endswith(".raci.json") else Path(name).stem
    return f"{stem or 'plan'}.xlsx"


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` command to the parser."""
    from raci_studio.io.git.history import DEFAULT_LIMIT

    p = sub.add_parser(
        "export",
        help="export a project (.xlsx, .csv, .svg, .png, .pdf, .md, .html, .pptx)",
        description="Write the project in the format OUT's extension names. An existing OUT "
        "is kept unless --force is given.",
    )
    p.add_argument("file", metavar="FILE", help="the project file (.raci.json) to export")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the file to write; its extension chooses the format",
    )
    p.add_argument("--chart", help="scorecard, drift, metric:ID or kpi:ID (for .png/.svg/.pdf)")
    p.add_argument(
        "--report", help="mrd, model-card, card-summary or retrospective (for .md/.html/.json)"
    )
    p.add_argument(
        "--git-history",
        nargs="?",
        const=DEFAULT_LIMIT,
        type=_positive,
        metavar="MAX",
        help="with --report retrospective: also find handoffs in the file's git history (the "
        "activities whose Accountable or Responsible role a commit changed), reading at most "
        f"MAX commits, the newest (default {DEFAULT_LIMIT}); off unless given, so the report "
        "depends only on the file",
    )
    p.add_argument(
        "--template",
        metavar="PPTX",
        help="for .pptx: a company presentation whose slide master, layouts, fonts, colours "
        "and logo the kickoff deck uses (its own slides are left out)",
    )
    p.add_argument(
        "--scale", type=float, default=2.0, help="pixels per point for .png images (default 2)"
    )
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(run=run)
