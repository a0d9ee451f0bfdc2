"""``raci-studio import --model-card | --dvc``: evidence taken into a plan, as one change.

With ``--into PLAN`` the plan is updated atomically in place (or written to ``-o``); without
it a model card becomes a new project written to ``-o``. What went where is printed line by
line, as the app's preview shows it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from raci_studio.cli.common import (
    EXIT_OK,
    EXIT_UNREADABLE,
    err,
    input_problem,
    out,
    output_problem,
)


def wants_evidence(args: argparse.Namespace) -> bool:
    """Return True when the import is of evidence: a flag, or a card's front matter."""
    if args.model_card or args.dvc:
        return True
    from raci_studio.io.evidence.card import looks_like_card

    if Path(args.file).suffix.lower() == ".md" and looks_like_card(args.file):
        args.model_card = True
        return True
    return False


def run(args: argparse.Namespace) -> int:
    """Import the model card or DVC lineage named by ``args`` into a plan."""
    from raci_studio.core.actions.evidence import import_card, import_lineage
    from raci_studio.core.model import Project
    from raci_studio.io.evidence.card import read_card
    from raci_studio.io.evidence.dvc import read_lineage
    from raci_studio.io.evidence.errors import EvidenceError
    from raci_studio.io.project.file import ProjectFileError, load_project, save_project

    if args.model_card and args.dvc:
        err("raci-studio import: choose one of --model-card and --dvc")
        return EXIT_UNREADABLE
    target = args.output or args.into
    if not target:
        err("raci-studio import: say which plan to update with --into PLAN (or -o FILE)")
        return EXIT_UNREADABLE
    what = "DVC lineage" if args.dvc else "a model card"
    problem = input_problem(args.file, what, folder_ok=args.dvc)
    if not problem and args.into:
        problem = input_problem(args.into, "a project file")
    if not problem and args.output and args.output != args.into and not args.dry_run:
        problem = output_problem(args.output, args.force)
    if problem:
        err(problem)
        return EXIT_UNREADABLE
    on = args.date or dt.date.today()
    try:
        project = load_project(args.into) if args.into else None
        if args.dvc:
            lineage = read_lineage(args.file)
            project = project or Project(name=Path(args.file).resolve().name or "Data lineage")
            plan = import_lineage(project, lineage.tracked, on, Path(args.file).name)
            notes = list(lineage.notes)
        else:
            card = read_card(args.file)
            project = project or Project(name=card.name or Path(args.file).stem)
            plan = import_card(project, card, card.date or on)
            notes = []
    except (EvidenceError, ProjectFileError) as exc:
        err(str(exc))
        return EXIT_UNREADABLE
    if args.json:
        out(json.dumps({"ok": True, "lines": [*plan.lines, *notes]}, indent=2, ensure_ascii=False))
    else:
        for line in [*plan.lines, *notes]:
            out(line)
    if plan.edit is None:
        out("nothing to change")
        return EXIT_OK
    if args.dry_run:
        out(f"nothing was written (a dry run; {target} would be updated)")
        return EXIT_OK
    plan.edit.apply(project)
    try:
        save_project(project, target)
    except ProjectFileError as exc:
        err(str(exc))
        return EXIT_UNREADABLE
    out(f"wrote {target}")
    return EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the evidence options to the ``import`` command."""
    p.add_argument(
        "--model-card",
        action="store_true",
        help="FILE is a model card (Hugging Face README.md or Model Card Toolkit .json)",
    )
    p.add_argument(
        "--dvc",
        action="store_true",
        help="FILE is a folder (or file) of DVC lineage: *.dvc, dvc.lock, dvc.yaml",
    )
    p.add_argument(
        "--into",
        metavar="PLAN",
        help="with --model-card or --dvc: the plan to update (in place unless -o is given)",
    )
    p.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        help="with --model-card or --dvc: the date of the evidence, YYYY-MM-DD (default: the "
        "card's own date, else today)",
    )
