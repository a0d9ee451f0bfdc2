"""Reports: the MRD in Markdown and HTML, the model card in Markdown and JSON, via the registry."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from raci_studio import cli
from raci_studio.core.model import Project, Risk
from raci_studio.core.scoping import SECTION_TITLES
from raci_studio.io import exporters
from raci_studio.io.project.file import load_project
from raci_studio.io.reports.common import MRD_SECTIONS
from raci_studio.io.reports.html import mrd_html
from raci_studio.io.reports.markdown import escape_block, escape_cell, mrd_markdown
from raci_studio.io.reports.model_card import (
    model_card_json,
    model_card_markdown,
    yaml_number,
    yaml_string,
)

Factory = Callable[[], Project]
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "support-ticket-deflection.raci.json"
GOLDEN = Path(__file__).parent / "golden" / "support-ticket-deflection.mrd.md"
HOSTILE = "<script>alert('x')</script> | pipes | & &amp; *bold* [link](http://x)"


class Page(HTMLParser):
    """Collect what the tests look at: tags, section ids, headings, tables and all text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.sections: list[str] = []
        self.h2: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.text: list[str] = []
        self._h2 = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "section":
            self.sections.append(dict(attrs)["id"] or "")
        elif tag == "h2":
            self._h2 = True
            self.h2.append("")
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._h2 = False
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._h2:
            self.h2[-1] += data
        if self._cell is not None:
            self._cell.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def hostile_project(small_project: Factory) -> Project:
    project = small_project()
    project.name = 'Deflection "v2" <b>'
    project.scoping.risks.append(Risk(id="hostile", description=HOSTILE, mitigation="a\nb"))
    project.scoping.problem_statement = "# Not a heading\n- not a list\n1. nor this\n\nSecond."
    return project


def table_with_header(page: Page, first: str) -> list[list[str]]:
    return next(t for t in page.tables if t and t[0] and t[0][0] == first)


def md_cells(line: str) -> list[str]:
    """Split a Markdown table row on its unescaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


# -- registry and CLI -----------------------------------------------------------------------


def test_formats_are_registered() -> None:
    formats = exporters.load_formats()
    for key in (
        ".md",
        ".html",
        "report:mrd.md",
        "report:mrd.html",
        "report:model-card.md",
        "report:model-card.json",
    ):
        assert key in formats, key


@pytest.mark.parametrize(
    ("args", "name", "start"),
    [
        ([], "mrd.md", "# Support ticket deflection: Model Requirements Document"),
        ([], "mrd.html", "<!DOCTYPE html>"),
        (["--report", "mrd"], "mrd.md", "# Support ticket deflection"),
        (["--report", "model-card"], "card.md", "---\ntags:"),
        (["--report", "model-card"], "card.json", "{\n"),
    ],
)
def test_cli_writes_the_reports(tmp_path: Path, args: list[str], name: str, start: str) -> None:
    out = tmp_path / name
    assert cli.main(["export", str(SAMPLE), *args, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith(start)


# -- Markdown -------------------------------------------------------------------------------


def test_markdown_golden_file() -> None:
    text = mrd_markdown(load_project(SAMPLE))
    if os.environ.get("RACI_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_markdown_is_deterministic_without_a_date(small_project: Factory) -> None:
    import datetime as dt

    project = small_project()
    assert mrd_markdown(project) == mrd_markdown(project)
    assert "Exported on" not in mrd_markdown(project)
    assert "_Exported on 2026-06-01._" in mrd_markdown(project, dt.date(2026, 6, 1))


def test_markdown_sections_in_order(small_project: Factory) -> None:
    text = mrd_markdown(small_project())
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == list(MRD_SECTIONS.values())


def test_markdown_escapes_pipes_and_newlines_in_cells(small_project: Factory) -> None:
    text = mrd_markdown(hostile_project(small_project))
    row = next(line for line in text.splitlines() if "pipes" in line and line.startswith("|"))
    cells = md_cells(row)
    assert len(cells) == 6  # the risk table's columns: the pipes did not add any
    assert cells[0] == (
        r"\<script\>alert('x')\</script\> \| pipes \| & \&amp; \*bold\* \[link\](http://x)"
    )
    assert cells[4] == "a<br>b"
    assert "\n- not a list" not in text
    assert "\\# Not a heading\\\n\\- not a list\\\n1\\. nor this\n\nSecond." in text


def test_escape_helpers() -> None:
    assert escape_cell("a | b\nc") == r"a \| b<br>c"
    assert escape_cell("") == ""
    assert escape_block("> quote\n+ plus\n=====") == "\\> quote\\\n\\+ plus\\\n\\====="
    assert escape_block("R&D &copy;") == r"R&D \&copy;"


def test_markdown_of_a_blank_project_says_what_is_missing() -> None:
    text = mrd_markdown(Project(name="Blank"))
    assert "**Completeness:** 0 of 5 mandatory sections filled (0%)." in text
    for title in SECTION_TITLES.values():
        assert f"- {title}:" in text.replace("\\", "")
    assert text.count("_Not written yet._") >= 8


# -- HTML -----------------------------------------------------------------------------------


def test_html_has_every_section_and_its_tables(small_project: Factory) -> None:
    page = parse(mrd_html(small_project()))
    assert page.sections == list(MRD_SECTIONS)
    assert page.h2 == list(MRD_SECTIONS.values())
    assert "script" not in page.tags
    risks = table_with_header(page, "Risk")
    assert risks[0] == ["Risk", "Likelihood", "Impact", "Score", "Mitigation", "Owner"]
    assert risks[1] == ["Noisy labels", "Medium", "Medium", "4 (medium)", "", "Data Scientist"]
    data = table_with_header(page, "Data set")
    assert data[1][:3] == ["Ticket export", "", "Data Scientist"]
    gate = table_with_header(page, "Criterion")
    assert gate[1][2] == "Pass"
    assert gate[1][1] == "Metric: Tier-1 tickets per month ≤ 11,500 tickets"
    metrics = table_with_header(page, "Metric")
    assert [row[0] for row in metrics[1:]] == [
        "Tier-1 tickets per month",
        "Intent accuracy",
        "p95 latency",
        "Accuracy gap between groups",
    ]


def test_html_raci_matrix_uses_the_letter_colours(small_project: Factory) -> None:
    from raci_studio.core import palette

    html = mrd_html(small_project())
    page = parse(html)
    matrix = table_with_header(page, "Activity")
    assert matrix[0] == ["Activity", "PM", "DS", "MLE"]
    assert matrix[1] == ["Business understanding"]
    assert matrix[2] == ["Define success KPIs", "AR", "C", ""]
    strong, fill, ink = palette.LETTER_COLOURS["A"]
    assert f".l-A {{ background: {fill}; color: {ink}; border: 1px solid {strong}; }}" in html


def test_html_escapes_everything_from_the_project(small_project: Factory) -> None:
    html = mrd_html(hostile_project(small_project))
    page = parse(html)
    assert "script" not in page.tags and "b" not in page.tags
    text = "".join(page.text)
    assert HOSTILE in text
    assert 'Deflection "v2" <b>' in text
    assert "&lt;script&gt;" in html


def test_html_embeds_the_renderers_or_says_they_are_missing(
    small_project: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = small_project()
    monkeypatch.delitem(exporters.RENDERERS, "diagram-svg", raising=False)
    monkeypatch.delitem(exporters.RENDERERS, "scorecard-svg", raising=False)
    html = mrd_html(project)
    assert "<svg" not in html
    assert "Lifecycle diagram: not available in this export." in html
    assert "Scorecard of the success metrics: not available in this export." in html

    def diagram(_: Project) -> bytes:
        return b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g id="d"/></svg>'

    monkeypatch.setitem(exporters.RENDERERS, "diagram-svg", diagram)
    monkeypatch.setitem(exporters.RENDERERS, "scorecard-svg", lambda _: b"<svg id='s'></svg>")
    html = mrd_html(project)
    assert '<figure class="diagram-svg"><svg xmlns="http://www.w3.org/2000/svg">' in html
    assert "<svg id='s'></svg>" in html
    assert "<?xml" not in html
    assert "not available" not in html


def test_html_is_print_friendly_and_self_contained(small_project: Factory) -> None:
    html = mrd_html(small_project())
    assert "@media print" in html
    assert not re.search(r"<(link|script|img)\b", html)
    assert not re.search(r'(src|href)="(?!#)', html)  # nothing fetched from elsewhere
    assert not re.search(r"url\((?!#)", html)


# -- model card -----------------------------------------------------------------------------


def test_model_card_markdown_front_matter_and_sections() -> None:
    text = model_card_markdown(load_project(SAMPLE))
    head, body = text.split("\n---\n", 1)
    assert head.startswith("---\n")
    assert '- name: "Support ticket deflection"' in head
    assert '    - type: "intent-accuracy"\n      value: 0.9\n' in head
    assert '      name: "False-positive rate of auto-responses"' in head
    assert "p95-latency" not in head  # operational metrics are not model results
    headings = re.findall(r"^#+ .+$", body, flags=re.MULTILINE)
    assert headings[:6] == [
        "# Model Card for Support ticket deflection",
        "## Model Details",
        "### Model Description",
        "## Uses",
        "### Direct Use",
        "### Out-of-Scope Use",
    ]
    assert "## Bias, Risks, and Limitations" in headings and "### Results" in headings
    assert "#### Testing Data\n\n[More Information Needed]" in body


def test_model_card_yaml_strings_are_quoted_safely(small_project: Factory) -> None:
    tricky = 'Name: "quoted" \\ back # not a comment\nnext\tline'
    assert yaml_string(tricky) == json.dumps(tricky, ensure_ascii=False)
    assert yaml_string("\x01") == '"\\x01"'
    project = small_project()
    project.name = tricky
    head = model_card_markdown(project).split("\n---\n", 1)[0]
    assert f"- name: {json.dumps(tricky, ensure_ascii=False)}" in head
    assert all(
        line.startswith(("---", " ", "-", "tags:", "model-index:")) for line in head.split("\n")
    )


@pytest.mark.parametrize(
    ("number", "text"),
    [(3.0, "3"), (0.85, "0.85"), (1e20, "1.0e+20"), (1.5e-07, "1.5e-07"), (2e-9, "2.0e-09")],
)
def test_yaml_numbers_read_back_as_numbers(number: float, text: str) -> None:
    assert yaml_number(number) == text
    assert float(text) == number


def test_model_card_without_measurements_has_no_results(small_project: Factory) -> None:
    project = small_project()
    for metric in project.metrics:
        metric.measurements = []
    assert "  results: []\n---" in model_card_markdown(project)


def test_model_card_json_uses_the_toolkit_schema() -> None:
    card = model_card_json(load_project(SAMPLE))
    assert set(card) == {
        "schema_version",
        "model_details",
        "model_parameters",
        "quantitative_analysis",
        "considerations",
    }
    assert card["model_details"]["name"] == "Support ticket deflection"
    assert card["model_details"]["documentation"].startswith("Multilingual intent classifier")
    assert card["quantitative_analysis"]["performance_metrics"] == [
        {"type": "Intent classification accuracy", "value": 0.9},
        {"type": "False-positive rate of auto-responses", "value": 2.7},
    ]
    considerations = card["considerations"]
    assert set(considerations) == {
        "users",
        "use_cases",
        "limitations",
        "tradeoffs",
        "ethical_considerations",
    }
    assert considerations["use_cases"][0]["description"].startswith("Route incoming chat")
    assert considerations["limitations"][0]["description"].startswith("Out of scope: ")
    risk = considerations["ethical_considerations"][0]
    assert set(risk) == {"name", "mitigation_strategy"}
    data = card["model_parameters"]["data"]
    assert data[0] == {"name": "Training data", "description": data[0]["description"]}
    assert data[1]["sensitive"]["sensitive_data"][0].startswith("Personal data")
    json.dumps(card)  # serialisable as is
