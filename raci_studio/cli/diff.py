"""``raci-studio diff``: what changed between two project files, in words; or a textconv.

``diff OLD NEW`` prints the changes grouped by area, one fact a line (``--json`` for
machines) and exits 0 when the projects are equal, 1 when they differ, 2 when a file cannot
be read. ``diff --textconv FILE`` prints the project as stable one-fact-per-line text for
git's ``textconv``; a file that is not a readable project is printed as it is, so that
``git diff`` still shows something.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from raci_studio.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, err, out


def run(args: argparse.Namespace) -> int:
    if args.textconv:
        if len(args.files) != 1:
            err("diff --textconv takes one file")
            return EXIT_UNREADABLE
        return _textconv(args.files[0])
    if len(args.files) != 2:
        err("diff takes two files: OLD NEW (or --textconv FILE)")
        return EXIT_UNREADABLE
    from raci_studio.core.versions.diff import diff_projects, diff_text
    from raci_studio.io.project.file import ProjectFileError, load_project

    try:
        old, new = (load_project(name) for name in args.files)
    except ProjectFileError as exc:
        err(str(exc))
        return EXIT_UNREADABLE
    lines = diff_projects(old, new)
    if args.json:
        out(
            json.dumps(
                {"equal": not lines, "changes": [x.as_json() for x in lines]},
                indent=2,
                ensure_ascii=False,
            )
        )
    elif lines:
        sys.stdout.write(diff_text(lines))
    return EXIT_FINDINGS if lines else EXIT_OK


def _textconv(name: str) -> int:
    from raci_studio.core.versions.text import project_text
    from raci_studio.io.project.file import ProjectFileError, loads_project

    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        err(f"{name}: cannot be read ({exc.strerror or exc})")
        return EXIT_UNREADABLE
    try:
        text = project_text(loads_project(data, name))
    except ProjectFileError:
        sys.stdout.buffer.write(data)  # not a project we can read: show it as it is
        return EXIT_OK
    sys.stdout.buffer.write(text.encode("utf-8"))
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``diff`` command to the parser."""
    p = sub.add_parser(
        "diff",
        help="show what changed between two projects, in words",
        description="Compare two project files by ids: exit 0 when equal, 1 when they differ.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="OLD NEW, or one FILE with --textconv")
    p.add_argument("--json", action="store_true", help="print the changes as JSON")
    p.add_argument(
        "--textconv",
        action="store_true",
        help="print FILE as one-fact-per-line text (for git's diff.textconv)",
    )
    p.set_defaults(run=run)
