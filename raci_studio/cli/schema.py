"""``raci-studio schema``: the JSON Schema of the project file."""

from __future__ import annotations

import argparse
import json

from raci_studio.cli.common import EXIT_OK, out


def run(args: argparse.Namespace) -> int:
    from raci_studio.io.project.file import project_json_schema

    out(json.dumps(project_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``schema`` command to the parser."""
    p = sub.add_parser("schema", help="print the JSON Schema of the project file")
    p.set_defaults(run=run)
