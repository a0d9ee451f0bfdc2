"""Tests of the chart exports: PNG size from its header, SVG parsed, CLI --chart, renderer."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import pytest

from raci_studio.cli import main as cli_main
from raci_studio.core.chart_data import ChartError, ChartSpec
from raci_studio.io.charts import export as chart_export
from raci_studio.io.charts.draw import figure_size
from raci_studio.io.charts.style import DPI, spread_labels
from raci_studio.io.exporters import FORMATS, load_formats, render
from raci_studio.io.project.file import load_project
from tests.core.conftest import build_small_project
from tests.io.conftest import ROOT

SAMPLE = ROOT / "samples" / "demand-forecast-retrospective.raci.json"


def png_size(data: bytes) -> tuple[int, int]:
    """Return (width, height) from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def expected_pixels(project, spec: ChartSpec) -> tuple[int, int]:
    width, height = figure_size(project, spec)
    return round(width * DPI), round(height * DPI)


@pytest.mark.parametrize(
    "spec",
    [
        ChartSpec("metric", "wmape-fresh"),
        ChartSpec("kpi", "stock-out-rate"),
        ChartSpec("scorecard"),
        ChartSpec("drift"),
    ],
    ids=str,
)
def test_every_chart_exports_a_png_of_the_expected_size(spec):
    project = load_project(SAMPLE)
    data = chart_export.render_chart(project, spec, "png")
    assert png_size(data) == expected_pixels(project, spec)


def test_scorecard_grows_with_the_number_of_metrics():
    small = build_small_project()
    sample = load_project(SAMPLE)
    assert (
        figure_size(sample, ChartSpec("scorecard"))[1] > figure_size(small, ChartSpec("drift"))[1]
    )
    assert png_size(chart_export.render_chart(sample, ChartSpec("scorecard")))[1] > 560


def test_svg_parses_and_holds_the_metric_names_as_text():
    project = load_project(SAMPLE)
    data = chart_export.render_chart(project, ChartSpec("metric", "wmape-fresh"), "svg")
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "WMAPE, fresh and chilled SKUs" in texts
    card = ET.fromstring(render("scorecard-svg", project) or b"")
    card_text = " ".join(t.text or "" for t in card.iter() if t.tag.endswith("text"))
    for metric in project.metrics:
        assert metric.name in card_text
    assert chart_export.render_chart(project, ChartSpec("drift"), "svg") == (
        chart_export.render_chart(project, ChartSpec("drift"), "svg")
    )  # the same project gives the same bytes


def test_pdf_is_a_pdf():
    data = chart_export.render_chart(build_small_project(), ChartSpec("drift"), "pdf")
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_charts_draw_projects_without_metrics_or_data():
    from raci_studio.core.model import Metric, MetricCategory, Project

    empty = Project(name="Empty")
    for spec in (ChartSpec("scorecard"), ChartSpec("drift")):
        assert png_size(chart_export.render_chart(empty, spec)) == expected_pixels(empty, spec)
    bare = Project(
        name="Bare", metrics=[Metric(id="k", name="K", category=MetricCategory.BUSINESS_KPI)]
    )
    for spec in (ChartSpec("metric", "k"), ChartSpec("kpi", "k"), ChartSpec("scorecard")):
        assert chart_export.render_chart(bare, spec).startswith(b"\x89PNG")


def test_formats_are_registered_for_the_cli_and_unknown_charts_are_refused():
    load_formats()
    assert {"chart.png", "chart.svg", "chart.pdf"} <= set(FORMATS)
    assert chart_export.chart_spec_from(type("Args", (), {"chart": "kpi:x"})()) == ChartSpec(
        "kpi", "x"
    )
    with pytest.raises(ChartError, match="say which chart"):
        chart_export.chart_spec_from(None)
    with pytest.raises(ChartError, match="png, svg or pdf"):
        chart_export.render_chart(build_small_project(), ChartSpec("drift"), "gif")


def test_cli_exports_charts_headless(tmp_path, capsys):
    out = tmp_path / "scorecard.png"
    assert cli_main(["export", str(SAMPLE), "-o", str(out), "--chart", "scorecard"]) == 0
    assert png_size(out.read_bytes())[0] == 1000
    svg = tmp_path / "fresh.svg"
    assert cli_main(["export", str(SAMPLE), "-o", str(svg), "--chart", "metric:wmape-fresh"]) == 0
    assert b"WMAPE" in svg.read_bytes()
    pdf = tmp_path / "kpi.pdf"
    assert cli_main(["export", str(SAMPLE), "-o", str(pdf), "--chart", "kpi:stock-out-rate"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    other = tmp_path / "other.png"
    assert cli_main(["export", str(SAMPLE), "-o", str(other), "--chart", "pie"]) == 2
    assert 'unknown chart "pie"' in capsys.readouterr().err
    assert cli_main(["export", str(SAMPLE), "-o", str(other), "--chart", "metric:nope"]) == 2
    assert 'no metric "nope"' in capsys.readouterr().err


def test_importing_the_chart_modules_does_not_import_matplotlib():
    code = (
        "import sys, raci_studio.io.charts.export, raci_studio.io.charts.draw;"
        "print('matplotlib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"


def test_spread_labels_keeps_order_and_spacing():
    spots = spread_labels([0.5, 0.5, 0.51, 0.99], 0.05)
    assert spots == sorted(spots)
    assert all(b - a >= 0.05 - 1e-9 for a, b in pairwise(spots))
    assert max(spots) <= 1.0
    assert spread_labels([0.1, 0.9], 0.05) == [0.1, 0.9]


def test_export_writes_the_file_atomically(tmp_path: Path):
    path = tmp_path / "chart.svg"
    chart_export.export_chart(build_small_project(), ChartSpec("scorecard"), path)
    assert ET.fromstring(path.read_bytes()).tag.endswith("svg")
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]
