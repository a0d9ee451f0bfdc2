"""The portfolio audit as Markdown (GitHub tables; every text escaped)."""

from __future__ import annotations

from raci_studio.core.audit import PortfolioAudit
from raci_studio.io.reports.audit.rows import (
    PROJECT_HEADER,
    SEPARATOR_HEADER,
    TITLE,
    people_columns,
    person_cells,
    project_row,
    separator_rows,
    shared_people,
    summary,
)
from raci_studio.io.reports.markdown import escape_inline, table


def audit_markdown(audit: PortfolioAudit) -> str:
    """Return the audit as Markdown."""
    parts = [f"# {TITLE}", summary(audit)]
    parts.append(
        "## Projects\n\n" + table(PROJECT_HEADER, [project_row(r) for r in audit.projects])
    )
    failed, good = separator_rows(audit)
    parts.append("## What separates success from failure")
    parts.append(
        "### Only in failed projects\n\n"
        + (table(SEPARATOR_HEADER, failed) if failed else "_Nothing the successful projects lack._")
    )
    parts.append(
        "### Only in successful projects\n\n"
        + (table(SEPARATOR_HEADER, good) if good else "_Nothing the failed projects lack._")
    )
    people = shared_people(audit)
    columns = people_columns(audit)
    header = ("Person", "R", "A", *columns, "Overloaded")
    rows = [
        (
            p.name,
            str(p.responsible),
            str(p.accountable),
            *map(str, person_cells(p, columns)),
            "yes" if p.overloaded else "",
        )
        for p in people
    ]
    parts.append(
        "## People across projects\n\nResponsible plus Accountable activities per project, "
        "for everyone named in two or more projects.\n\n"
        + (table(header, rows) if rows else "_Nobody is named in two projects._")
    )
    return "\n\n".join(parts).replace(TITLE, escape_inline(TITLE), 1) + "\n"
