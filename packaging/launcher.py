"""Entry point of the desktop bundle: the app, or the command line with a sub-command.

A file named on the command line is looked for in the working folder first, then inside the
bundle, so ``raci-studio samples/support-ticket-deflection.raci.json`` opens the bundled sample
from anywhere. Command-line sub-commands get their arguments untouched (an output path must
never point into the bundle).
"""

from __future__ import annotations

import sys

from raci_studio.__main__ import main
from raci_studio.cli import COMMANDS

CLI_FLAGS = ("-h", "--help", "--version")


def app_args(args: list[str]) -> list[str]:
    """Resolve the file arguments of an app start; leave a CLI command's arguments alone."""
    if args and (args[0] in COMMANDS or args[0] in CLI_FLAGS):
        return args
    from raci_studio.ui.resources import resolve_input

    return [a if a.startswith("-") else str(resolve_input(a)) for a in args]


if __name__ == "__main__":
    sys.exit(main(app_args(sys.argv[1:])))
