"""``raci-studio audit``: past projects side by side, and what separates success from failure."""

from __future__ import annotations

import argparse
from pathlib import Path

from raci_studio.cli.common import EXIT_OK, EXIT_UNREADABLE, err, out

#: Output suffix -> what is written.
OUTPUTS = {".xlsx": "workbook", ".html": "web page", ".md": "Markdown"}


def run(args: argparse.Namespace) -> int:
    from raci_studio.core.audit import audit_portfolio
    from raci_studio.io.project.portfolio import load_portfolio

    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() not in OUTPUTS:
        err(f'{output}: cannot write an audit as "{output.suffix}" (use .xlsx, .html or .md)')
        return EXIT_UNREADABLE
    portfolio = load_portfolio(args.paths)
    for problem in portfolio.problems:
        err(f"left out: {problem}")
    if not portfolio.projects:
        err("no project file could be read: name .raci.json files or folders holding them")
        return EXIT_UNREADABLE
    audit = audit_portfolio(portfolio.projects)
    if output is None:
        from raci_studio.io.reports.audit.markdown import audit_markdown

        out(audit_markdown(audit).rstrip("\n"))
    else:
        try:
            write_audit(audit, output)
        except OSError as exc:
            err(f"{output}: cannot be written ({exc.strerror or exc})")
            return EXIT_UNREADABLE
        out(f"wrote {output} ({len(portfolio.projects)} projects)")
    return EXIT_UNREADABLE if portfolio.problems else EXIT_OK


def write_audit(audit: object, output: Path) -> None:
    """Write ``audit`` to ``output`` in the format its suffix names."""
    from raci_studio.core.audit import PortfolioAudit
    from raci_studio.io.atomic_write import write_atomic

    assert isinstance(audit, PortfolioAudit)
    suffix = output.suffix.lower()
    if suffix == ".xlsx":
        from raci_studio.io.reports.audit.xlsx import write_audit_xlsx

        write_audit_xlsx(audit, output)
    elif suffix == ".html":
        from raci_studio.io.reports.audit.html import audit_html

        write_atomic(output, audit_html(audit).encode("utf-8"))
    else:
        from raci_studio.io.reports.audit.markdown import audit_markdown

        write_atomic(output, audit_markdown(audit).encode("utf-8"))


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add the ``audit`` command to the parser."""
    p = sub.add_parser(
        "audit",
        help="audit past projects: outcomes, gates, RACI hygiene, what separates success",
        description="Audit a portfolio of project files (or folders of them): one row per "
        "project, the findings only failed projects show, and people's load across projects.",
    )
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER", help=".raci.json files or folders")
    p.add_argument(
        "-o", "--output", help="write the audit to a .xlsx, .html or .md file (default: print)"
    )
    p.set_defaults(run=run)
