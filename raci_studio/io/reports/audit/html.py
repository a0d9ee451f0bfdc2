"""The portfolio audit as one self-contained web page, with the people heat map coloured."""

from __future__ import annotations

from html import escape

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
from raci_studio.io.reports.html import page_css, table_html

OUTCOME_CLASSES = {"succeeded": "ok", "failed": "bad", "in progress": "open"}
_CSS = """
.outcome { font-weight: 600; }
.outcome.ok { color: #1e8449; } .outcome.bad { color: #c0392b; } .outcome.open { color: #5d6d7e; }
table.heat td.n { text-align: right; min-width: 52px; }
"""


def heat_colour(value: int, top: int) -> str:
    """Return the background of a heat-map cell: white for 0, deep orange for the maximum."""
    if top <= 0 or value <= 0:
        return "#ffffff"
    share = min(1.0, value / top)
    low, high = (255, 244, 229), (214, 96, 26)
    rgb = (round(a + (b - a) * share) for a, b in zip(low, high, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def audit_html(audit: PortfolioAudit) -> str:
    """Return the audit as one HTML page."""
    rows = [project_row(r) for r in audit.projects]
    classes = [{1: f"outcome {OUTCOME_CLASSES.get(r.outcome, 'open')}"} for r in audit.projects]
    failed, good = separator_rows(audit)
    sections = [
        ("Projects", table_html(PROJECT_HEADER, rows, classes)),
        (
            "Only in failed projects",
            table_html(SEPARATOR_HEADER, failed)
            if failed
            else _note("Nothing the successful projects lack."),
        ),
        (
            "Only in successful projects",
            table_html(SEPARATOR_HEADER, good)
            if good
            else _note("Nothing the failed projects lack."),
        ),
        ("People across projects", _heat(audit)),
    ]
    body = "\n".join(f"<section>\n<h2>{escape(t)}</h2>\n{html}\n</section>" for t, html in sections)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}</title>
<style>{page_css()}{_CSS}
</style>
</head>
<body>
<header>
<h1>{TITLE}<small>{escape(summary(audit))}</small></h1>
</header>
<main>
{body}
</main>
<footer>Written with RACI Studio.</footer>
</body>
</html>
"""


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def _heat(audit: PortfolioAudit) -> str:
    people = shared_people(audit)
    if not people:
        return _note("Nobody is named in two projects.")
    columns = people_columns(audit)
    top = max(max(person_cells(p, columns)) for p in people)
    head = "".join(f"<th>{escape(h)}</th>" for h in ("Person", "R", "A", *columns, "Overloaded"))
    lines = []
    for p in people:
        cells = "".join(
            f'<td class="n" style="background:{heat_colour(v, top)}">{v or ""}</td>'
            for v in person_cells(p, columns)
        )
        flag = "<strong>overloaded</strong>" if p.overloaded else ""
        lines.append(
            f'<tr><td>{escape(p.name)}</td><td class="n">{p.responsible}</td>'
            f'<td class="n">{p.accountable}</td>{cells}<td>{flag}</td></tr>'
        )
    intro = (
        "<p>Responsible plus Accountable activities per project, for everyone named in two or "
        "more projects; darker means more load.</p>"
    )
    body = "".join(lines)
    return f'{intro}<table class="heat"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
