"""What every command shares: output, exit codes, the words for bad paths, writing a project.

Every command says the same thing about the same problem: a missing input is
``FILE: there is no such file``, a folder where a file belongs is ``FILE: is a folder, …``,
and an existing output is refused unless ``--force`` is given.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from raci_studio.core.model import Project

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2

#: The help text of every ``--force`` option.
FORCE_HELP = "replace the output file if it already exists (without it, an existing file is kept)"


def out(text: str = "") -> None:
    """Print a line of the command's result on standard output."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """Print a message on standard error."""
    sys.stderr.write(text + "\n")


def input_problem(name: str, what: str, *, folder_ok: bool = False) -> str | None:
    """Return why ``name`` cannot be read as ``what`` (missing, or a folder), else None.

    Other problems (permissions, content) are left to the reader, which names them.
    """
    path = Path(name)
    if path.is_dir():
        return None if folder_ok else f"{name}: is a folder, not {what}"
    if not path.exists():
        return f"{name}: there is no such file" + (" or folder" if folder_ok else "")
    return None


def folder_problem(name: str, example: str) -> str:
    """Return the words for an output ``name`` that is a folder, suggesting a file in it."""
    return f"{name}: is a folder; name the file to write, such as {Path(name) / example}"


def output_problem(name: str, force: bool, example: str = "plan.raci.json") -> str | None:
    """Return why the command must not write ``name`` (a folder, or a file kept), else None."""
    path = Path(name)
    if path.is_dir():
        return folder_problem(name, example)
    if path.exists() and not force:
        return f"{name}: already exists (use --force to replace it)"
    folder = path.absolute().parent
    if not folder.is_dir():
        return f"{name}: cannot be written, there is no folder {folder}"
    return None


def save_new_project(project: Project, output: str, force: bool, quiet: bool = False) -> int:
    """Write ``project`` to ``output`` unless it exists (and ``force`` is off); return the exit.

    ``quiet`` says "wrote" on standard error, so that JSON on standard output stays JSON.
    """
    from raci_studio.io.project.file import ProjectFileError, save_project

    problem = output_problem(output, force)
    if problem:
        err(problem)
        return EXIT_UNREADABLE
    try:
        save_project(project, output)
    except ProjectFileError as exc:
        err(str(exc))
        return EXIT_UNREADABLE
    (err if quiet else out)(f"wrote {output}")
    return EXIT_OK
