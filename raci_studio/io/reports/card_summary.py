"""The model card summary for a product manager, as Markdown and as one HTML page."""

from __future__ import annotations

from html import escape

from raci_studio.core.card_summary import CardSummary, card_summary
from raci_studio.core.model import Project
from raci_studio.io.reports.html import page_css, text_html
from raci_studio.io.reports.markdown import escape_block, escape_inline


def _list_items(paragraph: str) -> tuple[str, list[str]] | None:
    """Split a paragraph that ends in a list ("- a" lines) into its lead and items."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    bullets = [line[:2] in ("- ", "* ") for line in lines]
    if not any(bullets):
        return None
    first = bullets.index(True)
    if not all(bullets[first:]):
        return None
    return " ".join(lines[:first]), [line[2:].strip() for line in lines[first:]]


def _markdown_paragraph(paragraph: str) -> str:
    split = _list_items(paragraph)
    if split is None:
        return escape_block(paragraph)
    lead, items = split
    listed = "\n".join(f"- {escape_inline(item)}" for item in items)
    return f"{escape_inline(lead)}\n\n{listed}" if lead else listed


def _html_paragraph(paragraph: str) -> str:
    split = _list_items(paragraph)
    if split is None:
        return text_html(paragraph)
    lead, items = split
    listed = "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
    return (f"<p>{escape(lead)}</p>" if lead else "") + listed


def _subtitle(summary: CardSummary) -> str:
    source = f", from {summary.source}" if summary.source else ""
    return f"The model card in plain words{source}"


def card_summary_markdown(project: Project) -> str:
    """Return the one-page summary of the project's model card as Markdown."""
    summary = card_summary(project)
    parts = [f"# {escape_inline(summary.name)}", f"*{escape_inline(_subtitle(summary))}.*"]
    for section in summary.sections:
        parts.append(f"## {escape_inline(section.title)}")
        if section.paragraphs:
            parts += [_markdown_paragraph(p) for p in section.paragraphs]
        else:
            parts.append(f"*{escape_inline(section.missing)}*")
    parts.append("## What to ask the vendor")
    if summary.questions:
        parts.append("\n".join(f"- {escape_inline(q)}" for q in summary.questions))
    else:
        parts.append(
            "*The card answers the usual questions; ask about anything above that "
            "matters for your use.*"
        )
    return "\n\n".join(parts) + "\n"


def card_summary_html(project: Project) -> str:
    """Return the one-page summary of the project's model card as a self-contained page."""
    summary = card_summary(project)
    body: list[str] = []
    for section in summary.sections:
        content = (
            "\n".join(_html_paragraph(p) for p in section.paragraphs)
            if section.paragraphs
            else f'<p class="note">{escape(section.missing)}</p>'
        )
        body.append(
            f'<section id="{section.key}">\n<h2>{escape(section.title)}</h2>\n{content}\n</section>'
        )
    items = "".join(f"<li>{escape(q)}</li>" for q in summary.questions)
    body.append(
        '<section id="ask">\n<h2>What to ask the vendor</h2>\n'
        + (
            f"<ul>{items}</ul>"
            if items
            else '<p class="note">The card answers the usual '
            "questions; ask about anything above that matters for your use.</p>"
        )
        + "\n</section>"
    )
    name = escape(summary.name)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}: the model card in plain words</title>
<style>{page_css()}
main, header, footer {{ max-width: 760px; }}
</style>
</head>
<body>
<header>
<h1>{name}<small>{escape(_subtitle(summary))}</small></h1>
</header>
<main>
{chr(10).join(body)}
</main>
<footer>Written with RACI Studio from the plan's model card, metrics, risks and data.</footer>
</body>
</html>
"""
