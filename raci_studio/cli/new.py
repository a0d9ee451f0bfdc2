"""``raci-studio new``: a project from a template."""

from __future__ import annotations

import argparse

from raci_studio.cli.common import EXIT_OK, EXIT_UNREADABLE, err, out, save_new_project


def run(args: argparse.Namespace) -> int:
    from raci_studio.core.templates import list_templates, new_from_template

    if args.list or not args.template:
        for info in list_templates():
            out(f"{info.id:<16} {info.name} — {info.description}")
        return EXIT_OK if args.list else EXIT_UNREADABLE
    if not args.output:
        err("raci-studio new: say where to write the project with -o FILE")
        return EXIT_UNREADABLE
    try:
        project = new_from_template(args.template, args.name)
    except (KeyError, ValueError) as exc:
        err(f"raci-studio new: {exc.args[0] if exc.args else exc}")
        return EXIT_UNREADABLE
    return save_new_project(project, args.output, args.force)


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``new`` command to the parser."""
    p = sub.add_parser("new", help="create a project from a template")
    p.add_argument("--template", "-t", help="template id (see --list)")
    p.add_argument("--name", help="project name")
    p.add_argument("-o", "--output", help="the file to write")
    p.add_argument("--list", action="store_true", help="list the templates")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=run)
