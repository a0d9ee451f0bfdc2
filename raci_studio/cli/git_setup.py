"""``raci-studio git-setup``: make git merge and diff project files with RACI Studio."""

from __future__ import annotations

import argparse

from raci_studio.cli.common import EXIT_OK, EXIT_UNREADABLE, err, out


def run(args: argparse.Namespace) -> int:
    from raci_studio.io.git.run import GitError
    from raci_studio.io.git.setup import set_up_git

    try:
        steps = set_up_git(args.repo, user_wide=args.user_wide)
    except (GitError, OSError) as exc:
        err(f"git-setup: {getattr(exc, 'strerror', None) or exc}")
        return EXIT_UNREADABLE
    for step in steps:
        out(f"{'set' if step.changed else 'already set'}: {step.what}  ({step.where})")
    if not args.user_wide:
        out("Commit .gitattributes so that everyone who clones the repository gets it.")
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``git-setup`` command to the parser."""
    p = sub.add_parser(
        "git-setup",
        help="make git merge and diff *.raci.json files with RACI Studio",
        description="Write the .gitattributes line and the git config of the raci-studio "
        "merge and diff drivers (for this repository, or with --global for every one).",
    )
    p.add_argument(
        "--global", dest="user_wide", action="store_true", help="set up for every repository"
    )
    p.add_argument("--repo", default=".", metavar="DIR", help="the repository (default: here)")
    p.set_defaults(run=run)
