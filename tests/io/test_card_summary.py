"""The model card summary for a PM: built from the card's fields, gaps said to be missing."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from raci_studio.cli import main as cli_main
from raci_studio.core.actions.evidence import import_card
from raci_studio.core.card_summary import card_summary
from raci_studio.core.model import Project
from raci_studio.io.evidence.card import read_card
from raci_studio.io.project.file import save_project
from raci_studio.io.reports.card_summary import card_summary_html, card_summary_markdown

CARDS = Path(__file__).resolve().parents[1] / "fixtures" / "cards"


def _plan_with(card_file: str) -> Project:
    project = Project(name="Vendor review")
    reading = read_card(CARDS / card_file)
    import_card(project, reading, reading.date or dt.date(2026, 1, 5)).edit.apply(project)
    return project


def test_every_section_comes_from_the_card() -> None:
    summary = card_summary(_plan_with("sentiment-full.md"))
    by_key = {s.key: s for s in summary.sections}
    assert summary.source == "sentiment-full.md"
    assert any("route negative reviews" in p for p in by_key["does"].paragraphs)
    assert any("400,000 reviews" in p for p in by_key["trained"].paragraphs)
    assert "Macro F1: 0.897 on Amazon Reviews (multilingual) (test), Sentiment analysis." in (
        by_key["results"].paragraphs
    )
    assert any("Moderating content" in p for p in by_key["not-for"].paragraphs)
    assert any("Sarcasm" in p for p in by_key["risks"].paragraphs)
    assert summary.questions == (
        "How does the model do on a sample of our own data, not only on these?",
    )


def test_missing_sections_are_said_to_be_missing_and_become_questions() -> None:
    summary = card_summary(_plan_with("no-model-index.md"))
    by_key = {s.key: s for s in summary.sections}
    assert by_key["results"].paragraphs == ()
    assert by_key["results"].missing == "The card reports no results."
    assert by_key["not-for"].paragraphs == ()
    assert "How well does the model do, measured on which data?" in summary.questions
    assert "Where must the model not be used?" in summary.questions
    markdown = card_summary_markdown(_plan_with("no-model-index.md"))
    assert "*The card reports no results.*" in markdown
    assert "## What to ask the vendor" in markdown


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_html_is_one_escaped_page() -> None:
    project = _plan_with("html-heavy.md")
    project.name = "<script>alert(1)</script> review"
    page = card_summary_html(project)
    parser = _Text()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "<script>alert(1)</script> review" in "".join(parser.text)
    assert parser.tags.count("h2") == 6
    assert "ul" in parser.tags  # the limitations as a list


def test_export_from_the_command_line(tmp_path, capsys) -> None:
    plan = tmp_path / "plan.raci.json"
    save_project(_plan_with("toolkit.json"), plan)
    out = tmp_path / "summary.html"
    assert cli_main(["export", str(plan), "--report", "card-summary", "-o", str(out)]) == 0
    assert "Choosing whom retention offers go to." in out.read_text(encoding="utf-8")
    md = tmp_path / "summary.md"
    assert cli_main(["export", str(plan), "--report", "card-summary", "-o", str(md)]) == 0
    assert md.read_text(encoding="utf-8").startswith("# Vendor review\n")
