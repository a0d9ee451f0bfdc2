"""The retrospective report (Markdown with its chart beside it, HTML with inline SVG) and chart."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest

from raci_studio import cli
from raci_studio.core.model import Lesson, Note, Project
from raci_studio.core.rca import analyse
from raci_studio.io import exporters
from raci_studio.io.charts.timeline import (
    decision_numbers,
    metric_panels,
    render_retrospective,
    retrospective_size,
)
from raci_studio.io.project.file import load_project
from raci_studio.io.reports.retrospective import retrospective_html, retrospective_markdown

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "demand-forecast-retrospective.raci.json"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def sample() -> Project:
    return load_project(SAMPLE)


def test_the_sample_tells_its_story(sample: Project) -> None:
    """The demand-forecast sample: KPI 40 % short, proxies green, a gate passed unmet."""
    analysis = analyse(sample, today=dt.date(2026, 3, 1))
    (kpi,) = analysis.kpis
    assert kpi.shortfall == pytest.approx(0.4)
    codes = {f.code for f in analysis.findings}
    assert {"kpi-missed", "proxy-misaligned", "phase-overrun", "gate-passed-unmet"} <= codes
    assert {"drift-response", "accountable-changed"} <= codes
    assert "loop-never-taken" not in codes  # both feedback loops were taken by decisions
    assert any(h.kind == "decision" for h in analysis.handoffs)


def test_cli_writes_markdown_with_the_timeline_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "rca.md"
    assert cli.main(["export", str(SAMPLE), "--report", "retrospective", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    picture = tmp_path / "rca-timeline.png"
    assert picture.read_bytes().startswith(PNG)
    assert "![Timeline of Store demand forecast (retrospective)](rca-timeline.png)" in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Outcome",
        "## Timeline",
        "## Root-cause analysis",
        "## Findings",
        "## Contributing factors",
        "## Lessons",
        "## Revised checklist",
    ]
    assert "| Stock-out rate | 5% | 4.5% | 4.7% (2026-01-23) | 40% |" in text
    assert "- [ ] Model error is monitored and alerted per category" in text
    assert '"Rollout decision" passed on 2025-03-28 with 1 criterion unmet' in text


def test_cli_writes_html_with_inline_svg(tmp_path: Path) -> None:
    out = tmp_path / "rca.html"
    assert cli.main(["export", str(SAMPLE), "--report", "retrospective", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text
    ids = [i for i in ("outcome", "timeline", "root-causes", "checklist") if f'id="{i}"' in text]
    assert ids == ["outcome", "timeline", "root-causes", "checklist"]
    parser = HTMLParser()
    parser.feed(text)  # well-formed enough for a parser to read through
    assert "retrospective.md" not in text


def test_reports_escape_what_people_typed(sample: Project) -> None:
    project = sample.model_copy(deep=True)
    project.retrospective.findings.append(Note(id="x", text="<script>alert(1)</script> | pipe"))
    project.retrospective.lessons.append(Lesson(id="y", text="*bold*", criterion="[link](x)"))
    html = retrospective_html(project)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    markdown = retrospective_markdown(project)
    assert r"\<script\>" in markdown and r"\| pipe" in markdown
    assert r"- [ ] \[link\](x)" in markdown


def test_a_project_without_history_still_reports(tmp_path: Path) -> None:
    project = Project(name="Fresh plan")
    markdown = retrospective_markdown(project)
    assert "_Nothing recorded._" in markdown and "No computed finding" in markdown
    assert render_retrospective(project).startswith(PNG)  # says there are no dates yet
    assert retrospective_size(project)[1] > 1


def test_chart_panels_and_numbers(sample: Project) -> None:
    panels = metric_panels(sample)
    assert [p.title for p in panels][:2] == [
        "Business KPI: Stock-out rate",
        "Model metrics standing in for Stock-out rate",
    ]
    assert [m.id for m in panels[1].metrics] == ["wmape-all", "wmape-fresh"]
    numbers = decision_numbers(sample)
    assert numbers[0][0] == 1 and [d for _n, d, _t in numbers] == sorted(d for _n, d, _t in numbers)
    svg = render_retrospective(sample, "svg")
    assert b"Stock-out rate" in svg and b"Monitoring" in svg


def test_formats_are_registered() -> None:
    formats = exporters.load_formats()
    assert "report:retrospective.md" in formats and "report:retrospective.html" in formats
    assert exporters.render("retrospective-svg", Project(name="x")) is not None
