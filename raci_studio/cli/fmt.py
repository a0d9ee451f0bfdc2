"""``raci-studio fmt``: rewrite project files in canonical form, or say which would change."""

from __future__ import annotations

import argparse

from raci_studio.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNREADABLE,
    err,
    input_problem,
    out,
)


def run(args: argparse.Namespace) -> int:
    """Rewrite (or, with ``--check``, judge) every file of ``args.files``."""
    from raci_studio.io.atomic_write import write_atomic
    from raci_studio.io.project.file import ProjectFileError, canonical_bytes, read_project_bytes

    status = EXIT_OK
    for name in args.files:
        problem = input_problem(name, "a project file")
        if problem:
            err(problem)
            status = EXIT_UNREADABLE
            continue
        try:
            data = read_project_bytes(name)
            canonical = canonical_bytes(data, name)
        except ProjectFileError as exc:
            err(str(exc))
            status = EXIT_UNREADABLE
            continue
        if canonical == data:
            continue
        if args.check:
            out(f"{name}: not in canonical form (run raci-studio fmt {name})")
            status = max(status, EXIT_FINDINGS)
        else:
            try:
                write_atomic(name, canonical)
            except OSError as exc:
                err(f"{name}: could not write ({exc.strerror or exc}); the file is unchanged")
                status = EXIT_UNREADABLE
                continue
            out(f"{name}: reformatted")
    return status


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``fmt`` command to the parser."""
    p = sub.add_parser("fmt", help="rewrite projects in canonical form")
    p.add_argument("files", nargs="+", metavar="FILE", help="the project files (.raci.json)")
    p.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file would change"
    )
    p.set_defaults(run=run)
