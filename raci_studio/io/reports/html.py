"""The MRD as one self-contained HTML file: inline CSS, inline SVG, print-friendly.

Every text from the project is HTML-escaped (a risk called ``<script>`` shows as text). The
lifecycle diagram and the scorecard chart are embedded when their renderers are registered
(:func:`raci_studio.io.exporters.render`); otherwise a short note says they are not available.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from raci_studio.core import palette
from raci_studio.core.model import Level, Project
from raci_studio.core.palette import HEAT_COLOURS, METRIC_STATES, VERDICT_STYLE
from raci_studio.core.scheme import display_letters, scheme_for
from raci_studio.core.scoping import completeness
from raci_studio.io.exporters import render
from raci_studio.io.reports.common import (
    CONSTRAINT_HEADER,
    DATA_HEADER,
    DECISION_HEADER,
    GO_NO_GO_HEADER,
    METRIC_HEADER,
    MRD_SECTIONS,
    NOT_WRITTEN,
    RISK_HEADER,
    TEAM_HEADER,
    constraint_rows,
    data_rows,
    decision_rows,
    go_no_go_rows,
    metric_rows,
    model_card_items,
    model_card_metric_lines,
    risk_rows,
    team_rows,
)

_CSS = """
:root { --ink: #1c2833; --muted: #5d6d7e; --line: #d5d8dc; --band: #f4f6f7; }
* { box-sizing: border-box; }
body { font: 14px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); margin: 0; background: #fff; }
main, header { max-width: 1120px; margin: 0 auto; padding: 0 28px; }
header { padding-top: 28px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h1 small { display: block; font-size: 14px; font-weight: normal; color: var(--muted); }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px;
  border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 18px 0 6px; }
p { margin: 0 0 10px; }
.muted, .note { color: var(--muted); }
.note { font-style: italic; }
nav.toc { margin: 14px 0 0; font-size: 13px; }
nav.toc a { color: var(--muted); margin-right: 12px; text-decoration: none; white-space: nowrap; }
.meter { margin: 16px 0 4px; }
.meter .bar { height: 10px; background: var(--band); border-radius: 5px; overflow: hidden;
  border: 1px solid var(--line); max-width: 420px; }
.meter .fill { height: 100%; background: #1e8449; }
.meter ul { margin: 6px 0 0; padding-left: 18px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--band); font-weight: 600; }
tbody tr:nth-child(even) td { background: #fbfcfc; }
td.num { white-space: nowrap; }
td.proxy { padding-left: 22px; }
.chip { display: inline-block; padding: 1px 7px; border-radius: 9px; font-weight: 600;
  font-size: 12px; white-space: nowrap; }
.state::before { content: "\\25CF\\00A0"; }
table.raci td, table.raci th { text-align: center; padding: 3px 4px; }
table.raci td.activity, table.raci th.activity { text-align: left; min-width: 220px; }
table.raci tr.phase td { background: #eaeded; font-weight: 600; text-align: left; }
.l { display: inline-block; min-width: 18px; padding: 0 3px; margin: 0 1px; border-radius: 3px;
  font-weight: 700; font-size: 12px; }
.legend span { margin-right: 14px; }
figure { margin: 10px 0 16px; }
figure svg { max-width: 100%; height: auto; }
figure.diagram-svg svg { width: 100%; }
td.nowrap { white-space: nowrap; }
figcaption { color: var(--muted); font-size: 12px; }
footer { max-width: 1120px; margin: 30px auto; padding: 0 28px; color: var(--muted);
  font-size: 12px; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 11px; }
  main, header, footer { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _letter_css() -> str:
    rules = [
        f".l-{code} {{ background: {fill}; color: {ink}; border: 1px solid {strong}; }}"
        for code, (strong, fill, ink) in palette.LETTER_COLOURS.items()
    ]
    rules += [
        f".heat-{level.value} {{ background: {bg}; color: {fg}; }}"
        for level, (bg, fg) in HEAT_COLOURS.items()
    ]
    rules += [f".v-{state.value} {{ color: {c}; }}" for state, (c, _) in VERDICT_STYLE.items()]
    rules += [f".m-{key} {{ color: {c}; }}" for key, (c, _) in METRIC_STATES.items()]
    return "\n".join(rules)


def text_html(text: str) -> str:
    """Escape multi-line text as paragraphs, keeping line breaks."""
    paragraphs = re.split(r"\n\s*\n", text.strip().replace("\r\n", "\n"))
    return "\n".join(
        "<p>" + "<br>".join(escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
        if p.strip()
    )


def cell_html(text: str) -> str:
    """Escape one table cell's text, line breaks kept."""
    return "<br>".join(escape(line) for line in text.strip().split("\n"))


def table_html(
    header: tuple[str, ...],
    rows: list[tuple[str, ...]],
    classes: list[dict[int, str]] | None = None,
    css: str = "",
    nowrap: frozenset[int] = frozenset(),
) -> str:
    """Return a table; ``classes[row][column]`` wraps a cell's text in a styled span.

    Columns in ``nowrap`` (dates) never break across lines.
    """
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = []
    for r, row in enumerate(rows):
        styled = classes[r] if classes else {}
        cells = []
        for c, text in enumerate(row):
            inner = cell_html(text)
            if c in styled:
                inner = f'<span class="{styled[c]}">{inner}</span>'
            cells.append(f'<td class="nowrap">{inner}</td>' if c in nowrap else f"<td>{inner}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    attr = f' class="{css}"' if css else ""
    return (
        f"<table{attr}><thead><tr>{head}</tr></thead><tbody>\n"
        + "\n".join(body)
        + "\n</tbody></table>"
    )


def _not_written(text: str = NOT_WRITTEN) -> str:
    return f'<p class="note">{escape(text)}</p>'


def mrd_html(project: Project, generated_on: dt.date | None = None) -> str:
    """Return the Model Requirements Document of ``project`` as one HTML page."""
    s = project.scoping
    sections = {
        "problem-statement": text_html(s.problem_statement) or _not_written(),
        "business-objective": text_html(s.business_objective) or _not_written(),
        "success-metrics": _metrics(project),
        "data-requirements": _rows_or_note(DATA_HEADER, data_rows(project)),
        "risks": _risks(project),
        "assumptions": _assumptions(project),
        "constraints": _rows_or_note(CONSTRAINT_HEADER, constraint_rows(project)),
        "team": _team(project),
        "go-no-go": _go_no_go(project),
        "decision-log": _decisions(project),
        "model-card": _model_card(project),
    }
    body = "\n".join(
        f'<section id="{key}">\n<h2>{escape(title)}</h2>\n{sections[key]}\n</section>'
        for key, title in MRD_SECTIONS.items()
    )
    toc = "".join(f'<a href="#{k}">{escape(t)}</a>' for k, t in MRD_SECTIONS.items())
    name = escape(project.name)
    description = text_html(project.description)
    footer = "Written with RACI Studio"
    if generated_on is not None:
        footer += f" on {generated_on.isoformat()}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}: Model Requirements Document</title>
<style>{_CSS}{_letter_css()}
</style>
</head>
<body>
<header>
<h1>{name}<small>Model Requirements Document</small></h1>
{description}
{_meter(project)}
<nav class="toc">{toc}</nav>
</header>
<main>
{body}
</main>
<footer>{escape(footer)}.</footer>
</body>
</html>
"""


def _meter(project: Project) -> str:
    result = completeness(project)
    missing = "".join(f"<li>{escape(s.title)}: {escape(s.missing)}</li>" for s in result.missing)
    items = f"<ul>{missing}</ul>" if missing else ""
    return (
        f'<div class="meter" id="completeness"><strong>Completeness:</strong> '
        f"{result.filled} of {len(result.sections)} mandatory sections filled "
        f"({result.percent}%)"
        f'<div class="bar"><div class="fill" style="width: {result.percent}%"></div></div>'
        f"{items}</div>"
    )


def _rows_or_note(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return table_html(header, rows) if rows else _not_written()


def _metrics(project: Project) -> str:
    rows = metric_rows(project)
    if not rows:
        return _not_written()
    head = "".join(f"<th>{escape(h)}</th>" for h in METRIC_HEADER)
    body = []
    for row in rows:
        cells = [f'<td class="{"proxy" if row.indent else ""}">{cell_html(row.cells[0])}</td>']
        cells += [f"<td>{cell_html(c)}</td>" for c in row.cells[1:2]]
        cells += [f'<td class="num">{cell_html(c)}</td>' for c in row.cells[2:6]]
        cells.append(
            f'<td><span class="state m-{row.status}">{cell_html(row.cells[6])}</span></td>'
        )
        body.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        f'<table class="metrics"><thead><tr>{head}</tr></thead><tbody>\n'
        + "\n".join(body)
        + "\n</tbody></table>"
    )
    return table + _figure(project, "scorecard-svg", "Scorecard of the success metrics")


def _figure(project: Project, renderer: str, caption: str) -> str:
    svg = _svg(project, renderer)
    if svg is None:
        return _not_written(f"{caption}: not available in this export.")
    return f'<figure class="{renderer}">{svg}<figcaption>{escape(caption)}</figcaption></figure>'


def _svg(project: Project, renderer: str) -> str | None:
    data = render(renderer, project)
    if not data:
        return None
    text = data.decode("utf-8", errors="replace")
    start = text.find("<svg")
    return text[start:].strip() if start >= 0 else None


def _decisions(project: Project) -> str:
    rows = decision_rows(project)
    return table_html(DECISION_HEADER, rows, nowrap=frozenset({0})) if rows else _not_written()


def _risks(project: Project) -> str:
    rows = risk_rows(project)
    if not rows:
        return _not_written()
    classes = [{3: f"chip heat-{Level(heat).value}"} for _, heat in rows]
    return table_html(RISK_HEADER, [cells for cells, _ in rows], classes)


def _assumptions(project: Project) -> str:
    items = project.scoping.assumptions
    if not items:
        return _not_written()
    return "<ul>" + "".join(f"<li>{cell_html(a.text)}</li>" for a in items) + "</ul>"


def _team(project: Project) -> str:
    rows = team_rows(project)
    parts = [
        "<p>Who is Accountable (A) and Responsible (R) for the activities of each phase.</p>",
        table_html(TEAM_HEADER, rows) if rows else _not_written(),
        "<h3>Lifecycle</h3>",
        _figure(project, "diagram-svg", "Lifecycle diagram"),
        "<h3>RACI matrix</h3>",
        _raci_matrix(project),
    ]
    return "\n".join(parts)


def _raci_matrix(project: Project) -> str:
    if not project.activities or not project.roles:
        return _not_written("No activities or roles yet.")
    scheme = scheme_for(project.scheme)
    head = '<th class="activity">Activity</th>' + "".join(
        f'<th title="{escape(r.name)}">{escape(r.short or r.name)}</th>' for r in project.roles
    )
    width = len(project.roles) + 1
    by_phase: dict[str, list[str]] = {}
    phase_names = {p.id: p.name for p in project.phases}
    order = [p.id for p in project.phases]
    for activity in project.activities:
        by_phase.setdefault(activity.phase, [])
    order += [p for p in by_phase if p not in phase_names]
    body = []
    for phase_id in order:
        members = [a for a in project.activities if a.phase == phase_id]
        if not members:
            continue
        title = phase_names.get(phase_id, f"Unknown phase ({phase_id})")
        body.append(f'<tr class="phase"><td colspan="{width}">{escape(title)}</td></tr>')
        for activity in members:
            cells = "".join(
                f"<td>{_letters_html(activity.raci.get(r.id, ''))}</td>" for r in project.roles
            )
            body.append(f'<tr><td class="activity">{escape(activity.name)}</td>{cells}</tr>')
    legend = "".join(
        f'<span><span class="l l-{x.code}">{x.code}</span> {escape(x.name)}</span>'
        for x in scheme.letters
    )
    return (
        f'<p class="legend">{legend}</p>'
        f'<table class="raci"><thead><tr>{head}</tr></thead><tbody>\n'
        + "\n".join(body)
        + "\n</tbody></table>"
    )


def _letters_html(letters: str) -> str:
    if not letters:
        return ""
    shown = display_letters(letters).split("/")
    return "".join(f'<span class="l l-{escape(c)}">{escape(c)}</span>' for c in shown)


def _go_no_go(project: Project) -> str:
    rows, overall, state = go_no_go_rows(project)
    if not rows:
        return _not_written()
    classes = [{2: f"state v-{verdict}"} for _, verdict in rows]
    return (
        f'<p><strong>Overall:</strong> <span class="state v-{state}">{escape(overall)}</span></p>'
        + table_html(GO_NO_GO_HEADER, [cells for cells, _ in rows], classes, "go-no-go")
    )


def _model_card(project: Project) -> str:
    items = model_card_items(project)
    if not any(text.strip() for _, text in items):
        return _not_written("Not written yet; fill it in once a model exists.")
    parts = [
        f"<h3>{escape(title)}</h3>\n{text_html(text) or _not_written()}" for title, text in items
    ]
    metrics = model_card_metric_lines(project)
    if metrics:
        lines = "".join(f"<li>{cell_html(line)}</li>" for line in metrics)
        parts.append(f"<h3>Metrics</h3>\n<p>From the project's metrics:</p>\n<ul>{lines}</ul>")
    return "\n".join(parts)


def page_css() -> str:
    """Return the style sheet of the reports' HTML pages (print-friendly, the app's colours)."""
    return _CSS + _letter_css()
