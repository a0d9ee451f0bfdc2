"""``raci-studio new``: a project from a built-in template or a template file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from raci_studio.cli.common import (
    EXIT_OK,
    EXIT_UNREADABLE,
    FORCE_HELP,
    err,
    out,
    output_problem,
    save_new_project,
)


def run(args: argparse.Namespace) -> int:
    """List the templates, or write a new project made from one."""
    from raci_studio.core.templates import list_templates, new_from_template

    templates = list_templates()
    if args.list:
        for info in templates:
            out(f"{info.id:<16} {info.name} — {info.description}")
        return EXIT_OK
    if not args.template:
        known = ", ".join(info.id for info in templates)
        err(
            f"raci-studio new: choose a template with --template ID (one of: {known}; "
            "--list describes them) or --template FILE"
        )
        return EXIT_UNREADABLE
    if not args.output:
        err("raci-studio new: say where to write the project with -o FILE")
        return EXIT_UNREADABLE
    problem = output_problem(args.output, args.force)  # before the template is built
    if problem:
        err(problem)
        return EXIT_UNREADABLE
    if _is_file(args.template):
        from raci_studio.core.own_templates import project_from_template
        from raci_studio.io.project.file import ProjectFileError
        from raci_studio.io.project.template_file import load_template

        try:
            own = load_template(args.template)
        except ProjectFileError as exc:
            err(str(exc))
            return EXIT_UNREADABLE
        return save_new_project(
            project_from_template(own.project, args.name), args.output, args.force
        )
    try:
        project = new_from_template(args.template, args.name)
    except (KeyError, ValueError) as exc:
        err(f"raci-studio new: {exc.args[0] if exc.args else exc}")
        return EXIT_UNREADABLE
    return save_new_project(project, args.output, args.force)


def _is_file(template: str) -> bool:
    """Tell a template file (a path, or a name ending in .json) from a built-in id."""
    return template.endswith(".json") or os.sep in template or Path(template).exists()


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``new`` command to the parser."""
    p = sub.add_parser("new", help="create a project from a template")
    p.add_argument(
        "--template",
        "-t",
        metavar="ID|FILE",
        help="a built-in template's id (see --list) or a template file",
    )
    p.add_argument("--name", help="the project's name (default: the template's)")
    p.add_argument("-o", "--output", metavar="FILE", help="the project file to write")
    p.add_argument("--list", action="store_true", help="list the templates and stop")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(run=run)
