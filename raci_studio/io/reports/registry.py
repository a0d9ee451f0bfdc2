"""Register the reports: the MRD as Markdown and HTML, the model card as Markdown and JSON.

``raci-studio export plan.raci.json -o mrd.md`` (or ``.html``) writes the MRD;
``--report model-card -o card.md`` (or ``.json``) writes the model card, and
``--report card-summary -o summary.md`` (or ``.html``) its plain-language summary, and
``--report retrospective -o rca.md`` (or ``.html``) the retrospective with its root-cause
analysis (the Markdown's timeline chart is written beside it as ``rca-timeline.png``).
Files are written atomically, so an existing report is never left half-written.

Options (the CLI's arguments, or None from the app) may carry ``generated_on`` (a date) to
print an export date; without it the output depends only on the project. The retrospective
also takes ``history_handoffs`` (handoffs found in the file's git history, read by the caller)
and ``history_note`` (what was read, in words).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from raci_studio.core.model import Project
from raci_studio.io.atomic_write import write_atomic
from raci_studio.io.exporters import register_format, render
from raci_studio.io.reports.card_summary import card_summary_html, card_summary_markdown
from raci_studio.io.reports.html import mrd_html
from raci_studio.io.reports.markdown import mrd_markdown
from raci_studio.io.reports.model_card import model_card_json, model_card_markdown
from raci_studio.io.reports.retrospective import retrospective_html, retrospective_markdown


def _generated_on(options: Any) -> dt.date | None:
    value = getattr(options, "generated_on", None)
    return value if isinstance(value, dt.date) else None


def _history(options: Any) -> dict[str, Any]:
    return {
        "history": tuple(getattr(options, "history_handoffs", None) or ()),
        "history_note": getattr(options, "history_note", None),
    }


def _write(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


@register_format(".md", "Model Requirements Document, Markdown (*.md)")
@register_format("report:mrd.md", "Model Requirements Document, Markdown (*.md)")
def write_mrd_markdown(project: Project, path: Path, options: Any = None) -> None:
    """Write the MRD of ``project`` as Markdown to ``path``."""
    _write(path, mrd_markdown(project, _generated_on(options)))


@register_format(".html", "Model Requirements Document, web page (*.html)")
@register_format("report:mrd.html", "Model Requirements Document, web page (*.html)")
def write_mrd_html(project: Project, path: Path, options: Any = None) -> None:
    """Write the MRD of ``project`` as one self-contained HTML file to ``path``."""
    _write(path, mrd_html(project, _generated_on(options)))


@register_format("report:model-card.md", "Model card, Hugging Face Markdown (*.md)")
def write_model_card_markdown(project: Project, path: Path, options: Any = None) -> None:
    """Write the model card of ``project`` as Hugging Face Markdown to ``path``."""
    _write(path, model_card_markdown(project))


@register_format("report:model-card.json", "Model card, Model Card Toolkit JSON (*.json)")
def write_model_card_json(project: Project, path: Path, options: Any = None) -> None:
    """Write the model card of ``project`` as Model Card Toolkit JSON to ``path``."""
    text = json.dumps(model_card_json(project), indent=2, ensure_ascii=False)
    _write(path, text + "\n")


@register_format("report:card-summary.md", "Model card summary for a PM, Markdown (*.md)")
def write_card_summary_markdown(project: Project, path: Path, options: Any = None) -> None:
    """Write the plain-language summary of the model card as Markdown to ``path``."""
    _write(path, card_summary_markdown(project))


@register_format("report:card-summary.html", "Model card summary for a PM, web page (*.html)")
def write_card_summary_html(project: Project, path: Path, options: Any = None) -> None:
    """Write the plain-language summary of the model card as one HTML page to ``path``."""
    _write(path, card_summary_html(project))


@register_format(
    "report:retrospective.md", "Retrospective and root-cause analysis, Markdown (*.md)"
)
def write_retrospective_markdown(project: Project, path: Path, options: Any = None) -> None:
    """Write the retrospective as Markdown, with its timeline chart as a PNG beside it."""
    history = _history(options)
    image = render("retrospective-png", project, history=history["history"])
    name = None
    if image:
        picture = path.with_name(f"{path.stem}-timeline.png")
        write_atomic(picture, image)
        name = picture.name
    _write(path, retrospective_markdown(project, name, None, **history))


@register_format(
    "report:retrospective.html", "Retrospective and root-cause analysis, web page (*.html)"
)
def write_retrospective_html(project: Project, path: Path, options: Any = None) -> None:
    """Write the retrospective as one self-contained HTML page to ``path``."""
    _write(path, retrospective_html(project, None, **_history(options)))
