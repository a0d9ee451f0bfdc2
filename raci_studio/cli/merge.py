"""``raci-studio merge``: three-way merge of project files, by hand or as git's merge driver.

``merge BASE OURS THEIRS [-o OUT]`` writes the merged project to OUT (standard output when
omitted). As a git merge driver (``merge %O %A %B --path %P``) the result replaces OURS, the
file git reads back. Exit 0: merged cleanly; 1: conflicts, listed in the file (it still
loads, and ``check`` fails until they are resolved); 2: a file could not be read or written,
and OURS is left exactly as it was. The output file is written atomically, never empty.
"""

from __future__ import annotations

import argparse
import sys

from raci_studio.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, err


def run(args: argparse.Namespace) -> int:
    from raci_studio.core.versions.merge import meaning_conflicts, merge_projects
    from raci_studio.io.atomic_write import write_atomic
    from raci_studio.io.project.file import ProjectFileError, dumps_project, load_project

    label = args.path or args.ours
    target = args.output or (args.ours if args.path else None)
    try:
        base = _base(args.base)
        ours, theirs = (load_project(name) for name in (args.ours, args.theirs))
    except ProjectFileError as exc:
        err(f"{label}: not merged, {'our version is kept' if args.path else 'nothing written'}")
        err(str(exc))
        return EXIT_UNREADABLE
    outcome = merge_projects(base, ours, theirs)
    meaning = meaning_conflicts(outcome.project, ours, theirs)
    try:
        data = dumps_project(outcome.project)
        if target is None:
            sys.stdout.buffer.write(data)
        else:
            write_atomic(target, data)
    except (ProjectFileError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        err(f"{label}: the merge could not be written ({reason}); the file is unchanged")
        return EXIT_UNREADABLE
    _report(label, outcome.conflicts, meaning)
    return EXIT_FINDINGS if outcome.conflicts else EXIT_OK


def _base(name: str):
    """Load the common ancestor; an empty file (git's base when both sides added the file)
    stands for a project with nothing in it, so every item counts as added on both sides."""
    from pathlib import Path

    from raci_studio.core.model import Project
    from raci_studio.io.project.file import load_project

    path = Path(name)
    if path.is_file() and path.stat().st_size == 0:
        return Project(name="")
    return load_project(name)


def _report(label: str, conflicts: list, meaning: list) -> None:
    """Say on standard error what the merge could not decide, and what it now means."""
    if conflicts:
        many = "s" if len(conflicts) > 1 else ""
        err(f"{label}: {len(conflicts)} conflict{many}; the file holds our side's value{many}:")
        for c in conflicts:
            sides = ", ".join(f"{side} {_words(c, side)}" for side in ("base", "ours", "theirs"))
            err(f"  {c.where}: {sides}")
        err(
            "Resolve them in RACI Studio (the Conflicts panel); raci-studio check fails until then."
        )
    for finding in meaning:
        err(f"{label}: conflict of meaning (not fixed): {finding.message}")


def _words(conflict, side: str) -> str:
    from raci_studio.core.versions.words import place_value_words

    if side in conflict.absent:
        return "deleted" if side != "base" else "absent"
    return place_value_words(conflict.path, getattr(conflict, side))


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``merge`` command to the parser."""
    p = sub.add_parser(
        "merge",
        help="three-way merge of project files (also git's merge driver)",
        description="Merge the changes BASE→OURS and BASE→THEIRS by ids. Exit 0 when clean, "
        "1 when conflicts are listed in the result, 2 when a file cannot be read.",
    )
    p.add_argument("base", metavar="BASE", help="the project both sides started from")
    p.add_argument("ours", metavar="OURS", help="our version of the project")
    p.add_argument("theirs", metavar="THEIRS", help="their version of the project")
    p.add_argument("-o", "--output", metavar="OUT", help="write the result here")
    p.add_argument(
        "--path",
        metavar="PATH",
        help="as git's merge driver: the file's path in the repository; the result replaces OURS",
    )
    p.set_defaults(run=run)
