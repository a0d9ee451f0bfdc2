"""The retrospective as Markdown and HTML: outcome, timeline, root causes, revised checklist.

Everything computable comes from :mod:`raci_studio.core.rca`; the PM's summary, findings,
contributing factors and lessons come from the project's ``retrospective``. The timeline chart
is an image beside the Markdown file and inline SVG in the HTML page (drawn by the
``retrospective-png`` / ``retrospective-svg`` renderers). Every text from the project is
escaped for its format. Handoffs found in the file's git history (``history``, read by the
caller) join the ones the plan holds, with ``history_note`` saying what was read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from raci_studio.core.handoffs import Handoff, describe
from raci_studio.core.lessons import revised_checklist
from raci_studio.core.model import Metric, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.rca import AREAS, ChecklistItem, RootCauseAnalysis, analyse
from raci_studio.core.timeline import PhaseBar, build_timeline
from raci_studio.io.exporters import render
from raci_studio.io.reports.html import page_css, table_html, text_html
from raci_studio.io.reports.markdown import escape_block, escape_inline, table

KPI_HEADER = ("Business KPI", "Baseline", "Target", "Achieved", "Shortfall")
PHASE_HEADER = ("Phase", "Planned", "Actual", "Overrun")
DECISION_HEADER = ("#", "Date", "Decision", "By")
NOTHING = "Nothing recorded."
NO_FINDING = "No computed finding: the plan and its history show no misalignment."


@dataclass(frozen=True)
class RetroContent:
    """What both formats show, as plain strings (escaped by each writer)."""

    analysis: RootCauseAnalysis
    kpi_rows: list[tuple[str, ...]]
    phase_rows: list[tuple[str, ...]]
    decision_rows: list[tuple[str, ...]]
    handoffs: list[str]
    checklist: list[ChecklistItem]
    history_note: str | None = None


def _value(metric: Metric, number: float | None) -> str:
    if number is None:
        return "—"
    unit = metric.unit
    return (
        f"{format_value(number)}{unit}" if unit == "%" else f"{format_value(number)} {unit}".strip()
    )


def _span(span: tuple[dt.date, dt.date] | None, still_open: bool = False) -> str:
    if span is None:
        return "—"
    end = "open" if still_open else span[1].isoformat()
    return f"{span[0].isoformat()} → {end}"


def _phase_row(bar: PhaseBar) -> tuple[str, ...]:
    late = f"+{bar.overrun_days} days" if bar.overrun_days else ""
    return (bar.name, _span(bar.planned), _span(bar.actual, bar.open), late)


def retro_content(
    project: Project,
    today: dt.date | None = None,
    history: Sequence[Handoff] = (),
    history_note: str | None = None,
) -> RetroContent:
    """Compute what the retrospective report shows (``history``: handoffs found in git)."""
    analysis = analyse(project, today, history)
    roles = {r.id: r.name for r in project.roles}
    kpi_rows: list[tuple[str, ...]] = [
        (
            k.metric.name,
            _value(k.metric, k.metric.baseline),
            _value(k.metric, k.metric.target),
            _value(k.metric, k.achieved) + (f" ({k.achieved_on})" if k.achieved_on else ""),
            "met" if k.met else ("—" if k.shortfall is None else f"{k.shortfall:.0%}"),
        )
        for k in analysis.kpis
    ]
    timeline = build_timeline(project, today, history)
    ordered = sorted(project.scoping.decision_log, key=lambda d: d.date)
    decision_rows: list[tuple[str, ...]] = [
        (str(i), d.date.isoformat(), d.decision, roles.get(d.by or "", ""))
        for i, d in enumerate(ordered, 1)
    ]
    return RetroContent(
        analysis,
        kpi_rows,
        [_phase_row(bar) for bar in timeline.bars if bar.planned or bar.actual],
        decision_rows,
        [(f"{h.date}: " if h.date else "") + describe(project, h) for h in analysis.handoffs],
        revised_checklist(project, analysis),
        history_note,
    )


# -- Markdown -------------------------------------------------------------------------------


def retrospective_markdown(
    project: Project,
    image: str | None = None,
    today: dt.date | None = None,
    history: Sequence[Handoff] = (),
    history_note: str | None = None,
) -> str:
    """Return the retrospective as Markdown; ``image`` is the timeline picture's file name."""
    content = retro_content(project, today, history, history_note)
    retro = project.retrospective
    parts = [f"# {escape_inline(project.name)}: Retrospective"]
    if retro.summary.strip():
        parts.append(escape_block(retro.summary))
    parts.append(
        "## Outcome\n\n"
        + (table(KPI_HEADER, content.kpi_rows) if content.kpi_rows else f"_{NOTHING}_")
    )
    timeline = ["## Timeline"]
    if image:
        timeline.append(f"![Timeline of {escape_inline(project.name)}]({image})")
    timeline.append(
        table(PHASE_HEADER, content.phase_rows) if content.phase_rows else f"_{NOTHING}_"
    )
    parts.append("\n\n".join(timeline))
    parts.append(
        "### Decisions\n\n"
        + (
            table(DECISION_HEADER, content.decision_rows)
            if content.decision_rows
            else f"_{NOTHING}_"
        )
    )
    note = f"_{escape_inline(_note(content))}_\n\n" if content.history_note else ""
    parts.append("### Handoffs\n\n" + note + _md_list(content.handoffs))
    analysis = ["## Root-cause analysis"]
    for area, found in content.analysis.by_area().items():
        analysis.append(f"### {AREAS[area]}\n\n" + _md_list([f.text for f in found]))
    if len(analysis) == 1:
        analysis.append(f"_{NO_FINDING}_")
    parts.append("\n\n".join(analysis))
    parts.append("## Findings\n\n" + _md_list([n.text for n in retro.findings]))
    parts.append(
        "## Contributing factors\n\n" + _md_list([n.text for n in retro.contributing_factors])
    )
    parts.append("## Lessons\n\n" + _md_list([lesson.text for lesson in retro.lessons]))
    checklist = "\n".join(f"- [ ] {escape_inline(item.text)}" for item in content.checklist)
    parts.append(
        "## Revised checklist\n\nGo/no-go criteria to copy into the next project's template:\n\n"
        + (checklist or f"_{NOTHING}_")
    )
    return "\n\n".join(parts) + "\n"


def _note(content: RetroContent) -> str:
    return f"From the file's git history: {content.history_note}."


def _md_list(items: list[str]) -> str:
    if not items:
        return f"_{NOTHING}_"
    return "\n".join(f"- {escape_inline(' '.join(item.split()))}" for item in items)


# -- HTML -----------------------------------------------------------------------------------

_RETRO_CSS = """
figure.timeline svg { width: 100%; height: auto; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li::before { content: "\\2610\\00A0\\00A0"; }
ul.checklist .source { color: var(--muted); font-size: 12px; }
"""


def retrospective_html(
    project: Project,
    today: dt.date | None = None,
    history: Sequence[Handoff] = (),
    history_note: str | None = None,
) -> str:
    """Return the retrospective as one self-contained HTML page (timeline as inline SVG)."""
    content = retro_content(project, today, history, history_note)
    retro = project.retrospective
    name = escape(project.name)
    sections = [
        ("outcome", "Outcome", _html_table(KPI_HEADER, content.kpi_rows)),
        (
            "timeline",
            "Timeline",
            _timeline_svg(project, history) + _html_table(PHASE_HEADER, content.phase_rows),
        ),
        ("decisions", "Decisions", _html_table(DECISION_HEADER, content.decision_rows)),
        ("handoffs", "Handoffs", _html_note(content) + _html_list(content.handoffs)),
        ("root-causes", "Root-cause analysis", _html_analysis(content.analysis)),
        ("findings", "Findings", _html_list([n.text for n in retro.findings])),
        (
            "factors",
            "Contributing factors",
            _html_list([n.text for n in retro.contributing_factors]),
        ),
        ("lessons", "Lessons", _html_list([lesson.text for lesson in retro.lessons])),
        ("checklist", "Revised checklist", _html_checklist(content.checklist)),
    ]
    body = "\n".join(
        f'<section id="{key}">\n<h2>{escape(title)}</h2>\n{html}\n</section>'
        for key, title, html in sections
    )
    toc = "".join(f'<a href="#{key}">{escape(title)}</a>' for key, title, _ in sections)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}: Retrospective</title>
<style>{page_css()}{_RETRO_CSS}
</style>
</head>
<body>
<header>
<h1>{name}<small>Retrospective</small></h1>
{text_html(retro.summary)}
<nav class="toc">{toc}</nav>
</header>
<main>
{body}
</main>
<footer>Written with RACI Studio.</footer>
</body>
</html>
"""


def _html_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return (
        table_html(header, rows, nowrap=frozenset({1}))
        if rows
        else f'<p class="note">{NOTHING}</p>'
    )


def _html_note(content: RetroContent) -> str:
    return f'<p class="note">{escape(_note(content))}</p>' if content.history_note else ""


def _html_list(items: list[str]) -> str:
    if not items:
        return f'<p class="note">{NOTHING}</p>'
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _html_analysis(analysis: RootCauseAnalysis) -> str:
    grouped = analysis.by_area()
    if not grouped:
        return f'<p class="note">{NO_FINDING}</p>'
    return "\n".join(
        f"<h3>{escape(AREAS[area])}</h3>\n{_html_list([f.text for f in found])}"
        for area, found in grouped.items()
    )


def _html_checklist(items: list[ChecklistItem]) -> str:
    if not items:
        return f'<p class="note">{NOTHING}</p>'
    lines = "".join(
        f'<li>{escape(item.text)} <span class="source">({_source(item)})</span></li>'
        for item in items
    )
    intro = "<p>Go/no-go criteria to copy into the next project's template:</p>"
    return f'{intro}\n<ul class="checklist">{lines}</ul>'


def _source(item: ChecklistItem) -> str:
    return "lesson" if item.source == "lesson" else "from the analysis"


def _timeline_svg(project: Project, history: Sequence[Handoff] = ()) -> str:
    data = render("retrospective-svg", project, history=history)
    if not data:
        return '<p class="note">Timeline chart: not available in this export.</p>'
    text = data.decode("utf-8", errors="replace")
    start = text.find("<svg")
    if start < 0:
        return ""
    caption = (
        "Timeline: planned and actual phases, gate decisions, decisions and handoffs, with the "
        "business KPI and its proxies below"
    )
    figure = text[start:].strip()
    return f'<figure class="timeline">{figure}<figcaption>{caption}</figcaption></figure>'
