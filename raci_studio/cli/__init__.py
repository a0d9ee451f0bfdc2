"""The command line, one module per command (see COMMAND_MODULES), all headless.

Exit codes: 0 success; 1 a check found errors (or ``fmt --check`` found a file to rewrite,
``diff`` found a change, ``merge`` left conflicts); 2 a file could not be read or written, or
the command was misused.

Commands that write (``new``, ``export``, ``import``) keep an existing file unless ``--force``
is given, and every command uses the words of :mod:`raci_studio.cli.common` for a missing
input or a folder. ``tests/cli`` holds the contract: exit codes, ``--json`` shapes, help text.

Each command is a module of this package with ``add_parser(sub)`` and ``run(args)``;
:data:`COMMAND_MODULES` lists them in the order ``--help`` shows them. To add a command, copy
:mod:`raci_studio.cli.schema` and name the module below and in :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import sys

from raci_studio import __version__
from raci_studio.cli import (
    audit,
    check,
    diff,
    export,
    fmt,
    git_setup,
    import_sheet,
    measure,
    merge,
    new,
    schema,
)
from raci_studio.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE

__all__ = ["COMMANDS", "EXIT_FINDINGS", "EXIT_OK", "EXIT_UNREADABLE", "build_parser", "main"]

#: The command modules, in the order the help lists them.
COMMAND_MODULES = (
    check,
    fmt,
    new,
    schema,
    export,
    import_sheet,
    diff,
    merge,
    git_setup,
    audit,
    measure,
)
#: The command names (``python -m raci_studio`` hands these to the CLI, anything else to the app).
COMMANDS = (
    "check",
    "fmt",
    "new",
    "schema",
    "export",
    "import",
    "diff",
    "merge",
    "git-setup",
    "audit",
    "measure",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every command."""
    parser = argparse.ArgumentParser(
        prog="raci-studio",
        description="Plan ML projects: RACI grid, lifecycle, metrics and scoping in one file. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"RACI Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parser(sub)
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
