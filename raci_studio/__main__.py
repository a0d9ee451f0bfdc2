"""``raci-studio`` / ``python -m raci_studio``: the app, or the CLI with a sub-command."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # RACI Studio uses no Pydantic plugins; looking for them scans every installed package's
    # metadata at the first validation (~30 ms of start-up).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from raci_studio.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        from raci_studio.cli import main as cli_main

        if args[0] == "export":
            register_qt_formats()

        return cli_main(args)
    from raci_studio.ui.app import run

    return run(args)


def register_qt_formats() -> None:
    """Add the formats drawn with Qt (the lifecycle diagram) to the export registry."""
    import importlib

    module = "raci_studio.ui.diagram.formats"
    try:
        importlib.import_module(module).register_qt_formats()
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise


if __name__ == "__main__":
    sys.exit(main())
