"""The MRD as Markdown that pastes cleanly into Confluence, Notion or a GitHub page.

Only CommonMark and GitHub tables are used. Every text from the project is escaped, so what
people typed renders as text: a risk called ``<script>`` or ``| pipes |`` shows as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from raci_studio.core.model import Project
from raci_studio.core.scoping import completeness
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

# Characters that mean something inline in CommonMark or GitHub Markdown.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# An entity reference would be decoded ("&lt;" shows as "<"), so its "&" is escaped.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What turns a line into a heading, quote, list item, rule or setext underline.
_LINE_START = re.compile(r"^([#>+=-])|^(\d+)([.)])")


def escape_inline(text: str) -> str:
    """Escape ``text`` so that Markdown shows it literally within a line."""
    return _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))


def escape_cell(text: str) -> str:
    """Escape ``text`` for a table cell: pipes escaped, line breaks as ``<br>``."""
    lines = [escape_inline(line.strip()) for line in text.strip().splitlines()]
    return "<br>".join(line for line in lines) if lines else ""


def escape_block(text: str) -> str:
    """Escape multi-line text: paragraphs kept, line breaks kept as hard breaks."""
    paragraphs = re.split(r"\n\s*\n", text.strip().replace("\r\n", "\n"))
    out = []
    for paragraph in paragraphs:
        lines = [_escape_line(line) for line in paragraph.split("\n") if line.strip()]
        out.append("\\\n".join(lines))
    return "\n\n".join(p for p in out if p)


def _escape_line(line: str) -> str:
    escaped = escape_inline(line.strip())
    return _LINE_START.sub(
        lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped
    )


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """Return a GitHub table; every cell is escaped."""
    lines = [
        "| " + " | ".join(escape_cell(h) for h in header) + " |",
        "|" + "|".join(" --- " for _ in header) + "|",
    ]
    lines.extend("| " + " | ".join(escape_cell(c) or " " for c in row) + " |" for row in rows)
    return "\n".join(lines)


def _text_or_note(text: str) -> str:
    return escape_block(text) if text.strip() else f"_{NOT_WRITTEN}_"


def mrd_markdown(project: Project, generated_on: dt.date | None = None) -> str:
    """Return the Model Requirements Document of ``project`` as Markdown.

    The output depends only on the project (no date unless ``generated_on`` is given), so
    two exports of the same file are byte for byte the same.
    """
    s = project.scoping
    parts = [f"# {escape_inline(project.name)}: Model Requirements Document"]
    if project.description.strip():
        parts.append(escape_block(project.description))
    if generated_on is not None:
        parts.append(f"_Exported on {generated_on.isoformat()}._")
    parts.append(_completeness(project))
    sections = {
        "problem-statement": _text_or_note(s.problem_statement),
        "business-objective": _text_or_note(s.business_objective),
        "success-metrics": _metrics(project),
        "data-requirements": _table_or_note(DATA_HEADER, data_rows(project)),
        "risks": _table_or_note(RISK_HEADER, [cells for cells, _ in risk_rows(project)]),
        "assumptions": _bullets([a.text for a in s.assumptions]),
        "constraints": _table_or_note(CONSTRAINT_HEADER, constraint_rows(project)),
        "team": _team(project),
        "go-no-go": _go_no_go(project),
        "decision-log": _table_or_note(DECISION_HEADER, decision_rows(project)),
        "model-card": _model_card(project),
    }
    for key, title in MRD_SECTIONS.items():
        parts.append(f"## {title}\n\n{sections[key]}")
    return "\n\n".join(parts) + "\n"


def _completeness(project: Project) -> str:
    result = completeness(project)
    head = (
        f"**Completeness:** {result.filled} of {len(result.sections)} mandatory sections "
        f"filled ({result.percent}%)."
    )
    if not result.missing:
        return head
    missing = "\n".join(
        f"- {escape_inline(s.title)}: {escape_inline(s.missing)}" for s in result.missing
    )
    return f"{head} Still missing:\n\n{missing}"


def _table_or_note(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return table(header, rows) if rows else f"_{NOT_WRITTEN}_"


def _bullets(items: list[str]) -> str:
    if not items:
        return f"_{NOT_WRITTEN}_"
    return "\n".join(f"- {escape_cell(item)}" for item in items)


def _metrics(project: Project) -> str:
    rows = metric_rows(project)
    if not rows:
        return f"_{NOT_WRITTEN}_"
    cells = [(("↳ " if row.indent else "") + row.cells[0], *row.cells[1:]) for row in rows]
    return table(METRIC_HEADER, cells)


def _team(project: Project) -> str:
    rows = team_rows(project)
    if not rows:
        return f"_{NOT_WRITTEN}_"
    note = "Who is Accountable (A) and Responsible (R) for the activities of each phase."
    return f"{note}\n\n{table(TEAM_HEADER, rows)}"


def _go_no_go(project: Project) -> str:
    rows, overall, _ = go_no_go_rows(project)
    if not rows:
        return f"_{NOT_WRITTEN}_"
    return f"**Overall:** {escape_inline(overall)}\n\n" + table(
        GO_NO_GO_HEADER, [cells for cells, _ in rows]
    )


def _model_card(project: Project) -> str:
    items = model_card_items(project)
    if not any(text.strip() for _, text in items):
        return "_Not written yet; fill it in once a model exists._"
    parts = [f"### {escape_inline(title)}\n\n{_text_or_note(text)}" for title, text in items]
    metrics = model_card_metric_lines(project)
    if metrics:
        lines = "\n".join(f"- {escape_cell(line)}" for line in metrics)
        parts.append(f"### Metrics\n\nFrom the project's metrics:\n\n{lines}")
    return "\n\n".join(parts)
