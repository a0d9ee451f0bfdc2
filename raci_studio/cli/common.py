"""What every command shares: output, exit codes and writing a project."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def out(text: str = "") -> None:
    """Print a line of the command's result on standard output."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """Print a message on standard error."""
    sys.stderr.write(text + "\n")


def save_new_project(project, output: str, force: bool, quiet: bool = False) -> int:
    """Write ``project`` to ``output`` unless it exists (and ``force`` is off); return the exit.

    ``quiet`` says "wrote" on standard error, so that JSON on standard output stays JSON.
    """
    from raci_studio.io.project.file import ProjectFileError, save_project

    if Path(output).exists() and not force:
        err(f"{output}: already exists (use --force to replace it)")
        return EXIT_UNREADABLE
    try:
        save_project(project, output)
    except ProjectFileError as exc:
        err(str(exc))
        return EXIT_UNREADABLE
    (err if quiet else out)(f"wrote {output}")
    return EXIT_OK
