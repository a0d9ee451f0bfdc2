"""The kickoff deck: slides, native shapes, glued connectors, tables, chart, notes, templates."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from raci_studio.core.chart_overview import scorecard
from raci_studio.core.model import Activity, Phase, Project
from raci_studio.core.palette import LETTER_COLOURS, METRIC_STATES
from raci_studio.core.scoping import metric_state
from raci_studio.io.deck.frame import TemplateError
from raci_studio.io.deck.opening import series_values
from raci_studio.io.deck.style import STATE_FILLS, hex_rgb
from raci_studio.io.deck.writer import build_deck, write_deck
from raci_studio.io.project.file import load_project
from tests.io.deck_template import ACCENT, FONT, LOGO_BOX, build_template

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.raci.json"))
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def open_deck(data: bytes) -> Presentation:
    return Presentation(io.BytesIO(data))


def titles(prs: Presentation) -> list[str]:
    return [s.shapes.title.text_frame.text for s in prs.slides]


def shape_named(slide, name: str):
    return next(s for s in slide.shapes if s.name == name)


def slide_titled(prs: Presentation, title: str):
    return next(s for s in prs.slides if s.shapes.title.text_frame.text == title)


def fill_of(cell) -> str:
    fill = cell._tc.find(f"{A}tcPr/{A}solidFill/{A}srgbClr")
    return "" if fill is None else fill.get("val")


# -- what the deck holds ----------------------------------------------------------------------


def test_small_project_has_every_section_in_order(small_project) -> None:
    project = small_project()
    prs = open_deck(build_deck(project))
    assert titles(prs) == [
        project.name,
        "Success metrics",
        "Scorecard",
        "The lifecycle",
        "Phase: Business understanding",
        "Phase: Data collection",
        "Phase: Monitoring",
        "RACI overview",
        "Go/no-go criteria",
        "Risks",
        "Data requirements",
        "Open decisions",
        "Decision log",
    ]
    assert (prs.slide_width, prs.slide_height) == (Emu(12191695), Emu(6858000))


def test_title_slide_names_problem_and_accountable_owner(small_project) -> None:
    project = small_project()
    first = open_deck(build_deck(project)).slides[0]
    subtitle = shape_named(first, "Subtitle").text_frame.text
    assert project.scoping.problem_statement.split()[0] in subtitle
    assert "Accountable owner: Product Manager" in subtitle


def test_every_phase_and_gate_is_a_named_shape_and_flows_are_glued(small_project) -> None:
    project = small_project()
    slide = slide_titled(open_deck(build_deck(project)), "The lifecycle")
    shapes = {s.name: s for s in slide.shapes}
    for phase in project.phases:
        assert shapes[f"phase:{phase.id}"].auto_shape_type is not None
        assert phase.name in shapes[f"phase:{phase.id}"].text_frame.text
    gate = shapes["gate:go-no-go"]
    assert gate._element.find(f".//{A}prstGeom").get("prst") == "diamond"
    for flow in project.flows:
        connector = shapes[f"flow:{flow.id}"]
        c_nv = connector._element.find(f"{P}nvCxnSpPr/{P}cNvCxnSpPr")
        start, end = c_nv.find(f"{A}stCxn"), c_nv.find(f"{A}endCxn")
        assert int(start.get("id")) == shapes[_node(project, flow.source)].shape_id
        assert int(end.get("id")) == shapes[_node(project, flow.target)].shape_id


def _node(project: Project, node_id: str) -> str:
    kind = "phase" if any(p.id == node_id for p in project.phases) else "gate"
    return f"{kind}:{node_id}"


def test_phase_card_says_status_and_owners(small_project) -> None:
    slide = slide_titled(open_deck(build_deck(small_project())), "The lifecycle")
    text = shape_named(slide, "phase:data-collection").text_frame.text
    assert "In progress" in text
    assert "A: PM, DS" in text
    assert "R: DS, MLE" in text


def test_feedback_loop_runs_below_the_row_from_site_to_site(small_project) -> None:
    project = small_project()
    slide = slide_titled(open_deck(build_deck(project)), "The lifecycle")
    source = shape_named(slide, "phase:monitoring")
    target = shape_named(slide, "phase:data-collection")
    loop = shape_named(slide, "flow:retrain")
    points = rendered_bend(loop._element)
    bottom = max(source.top + source.height, target.top + target.height)
    start, end = points[0], points[-1]
    assert abs(start[0] - (source.left + source.width / 2)) < 2
    assert abs(start[1] - (source.top + source.height)) < 3200
    assert abs(end[0] - (target.left + target.width / 2)) < 2
    assert abs(end[1] - (target.top + target.height)) < 3200
    assert points[1][1] > bottom and points[2][1] > bottom  # the lane is below both cards


def rendered_bend(cxn) -> list[tuple[float, float]]:
    """Return a bentConnector3's four corners on the slide, as DrawingML draws them."""
    xfrm = cxn.find(f"{P}spPr/{A}xfrm")
    off, ext = xfrm.find(f"{A}off"), xfrm.find(f"{A}ext")
    x, y = int(off.get("x")), int(off.get("y"))
    w, h = int(ext.get("cx")), int(ext.get("cy"))
    adj = int(cxn.find(f".//{A}gd").get("fmla").split()[1])
    x1 = w * adj / 100000
    local = [(0, 0), (x1, 0), (x1, h), (w, h)]
    if xfrm.get("flipH") == "1":
        local = [(w - u, v) for u, v in local]
    if xfrm.get("flipV") == "1":
        local = [(u, h - v) for u, v in local]
    assert xfrm.get("rot") == "5400000"
    cx, cy = x + w / 2, y + h / 2
    # A quarter turn clockwise about the centre: (du, dv) -> (-dv, du).
    return [(cx - (v - h / 2), cy + (u - w / 2)) for u, v in local]


def test_phase_slide_table_has_letter_coloured_cells(small_project) -> None:
    slide = slide_titled(open_deck(build_deck(small_project())), "Phase: Data collection")
    table = shape_named(slide, "activities:data-collection").table
    assert [c.text for c in table.rows[0].cells] == [
        "Activity",
        "Accountable (A)",
        "Responsible (R)",
    ]
    row = [c for c in table.rows[2].cells]
    assert [c.text for c in row] == ["Label 5,000 tickets", "Data Scientist", "ML Engineer"]
    assert fill_of(row[1]) == hex_rgb(LETTER_COLOURS["A"][1])
    assert fill_of(row[2]) == hex_rgb(LETTER_COLOURS["R"][1])
    criteria = shape_named(slide, "criteria:data-collection").text_frame.text
    assert "No gate follows" in criteria


def test_gate_criteria_beside_the_phase_it_follows(small_project) -> None:
    slide = slide_titled(open_deck(build_deck(small_project())), "Phase: Business understanding")
    text = shape_named(slide, "criteria:business-understanding").text_frame.text
    assert "Gate: Go / no-go" in text
    assert "Intent accuracy ≥ 0.85" in text and "Budget signed off" in text


def test_metrics_table_status_in_words_and_colour(small_project) -> None:
    project = small_project()
    slide = slide_titled(open_deck(build_deck(project)), "Success metrics")
    table = shape_named(slide, "metrics-table").table
    by_name = {}
    for row in list(table.rows)[1:]:
        cells = list(row.cells)
        by_name[cells[1].text or cells[0].text] = cells
    for metric in project.metrics:
        cells = by_name[metric.name]
        state = metric_state(metric)
        assert cells[6].text == METRIC_STATES[state][1]
        assert fill_of(cells[6]) == hex_rgb(STATE_FILLS[state][0])


def test_scorecard_is_a_native_chart_with_the_projects_values(small_project) -> None:
    project = small_project()
    slide = slide_titled(open_deck(build_deck(project)), "Scorecard")
    frame = shape_named(slide, "scorecard")
    chart = frame.chart
    rows = scorecard(project).rows
    assert list(chart.plots[0].categories) == [r.name for r in rows]
    values = {s.name: list(s.values) for s in chart.plots[0].series}
    expected = series_values(rows)
    assert values == {k: [v for v in vs] for k, vs in expected.items()}
    assert values["Latest"] == [
        None if r.value_pos is None else round(r.value_pos * 100, 1) for r in rows
    ]
    assert frame._element.xpath("./*[1]/p:cNvPr")[0].get("descr").startswith("Bar chart")


def test_every_slide_has_notes_and_every_frame_alt_text(small_project) -> None:
    prs = open_deck(build_deck(small_project()))
    for slide in prs.slides:
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip()
        for shape in slide.shapes:
            if shape.has_chart or shape.has_table:
                assert shape._element.xpath("./*[1]/p:cNvPr")[0].get("descr")
    phase_notes = slide_titled(prs, "Phase: Data collection").notes_slide.notes_text_frame.text
    assert "Audit data sources" in phase_notes and "Label 5,000 tickets" in phase_notes


def test_project_text_stays_text(small_project) -> None:
    project = small_project()
    project.activities[0].name = '=HYPERLINK("x") <b>&amp;</b>'
    project.name = "<script>alert(1)</script> & =1+1"
    prs = open_deck(build_deck(project))
    assert prs.slides[0].shapes.title.text_frame.text == project.name
    slide = slide_titled(prs, "Phase: Business understanding")
    table = shape_named(slide, "activities:business-understanding").table
    assert table.cell(1, 0).text == project.activities[0].name


# -- size and overflow ------------------------------------------------------------------------


def test_large_project_wraps_pages_and_keeps_everything_on_the_slides(generate_project) -> None:
    project = generate_project(activities=300, roles=25, phases=12, metrics=20, measurements=5)
    project.activities[0].name = "A very long activity name " * 7
    prs = open_deck(build_deck(project))
    width, height = prs.slide_width, prs.slide_height
    names = titles(prs)
    assert sum(t.startswith("The lifecycle (") for t in names) >= 2
    assert sum(t.startswith("RACI overview (") for t in names) == 3  # 25 roles, 10 a slide
    assert any(t.startswith("Scorecard (") for t in names)
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith("flow:"):  # a connector's box is turned: check its corners
                if shape._element.find(f".//{A}gd") is not None:
                    for x, y in rendered_bend(shape._element):
                        assert 0 <= x <= width and 0 <= y <= height, shape.name
                continue
            assert shape.left >= 0 and shape.left + shape.width <= width, shape.name
            assert shape.top >= 0 and shape.top + shape.height <= height, shape.name
    sizes = {
        int(r.get("sz")) for s in prs.slides for r in s._element.iter(f"{A}rPr") if r.get("sz")
    }
    assert min(sizes) >= 1200


def test_every_activity_appears_once_across_phase_slides(generate_project) -> None:
    project = generate_project(activities=120, roles=8, phases=4, metrics=5, measurements=3)
    prs = open_deck(build_deck(project))
    seen = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith("activities:"):
                seen.extend(row.cells[0].text for row in list(shape.table.rows)[1:])
    assert len(seen) == len(project.activities)


def test_empty_project_still_makes_a_deck() -> None:
    prs = open_deck(build_deck(Project(name="Empty")))
    assert titles(prs)[0] == "Empty"
    assert "Open decisions" in titles(prs)


def test_many_phases_in_one_row_wrap_onto_rows(small_project) -> None:
    project = small_project()
    project.phases += [Phase(id=f"extra-{i}", name=f"Extra phase {i}") for i in range(6)]
    project.activities += [
        Activity(id=f"x-{i}", name="Work", phase=f"extra-{i}", raci={"ml-engineer": "RA"})
        for i in range(6)
    ]
    prs = open_deck(build_deck(project))
    first = next(s for s in prs.slides if s.shapes.title.text_frame.text.startswith("The life"))
    tops = {s.top for s in first.shapes if s.name.startswith("phase:")}
    assert len(tops) >= 2  # rows, not one long line of shrunken cards


# -- templates --------------------------------------------------------------------------------


def test_company_template_master_fonts_and_logo_are_used(small_project, tmp_path) -> None:
    template = build_template(tmp_path / "company.pptx", slides=2)
    prs = open_deck(build_deck(small_project(), template))
    assert len(prs.slides) == 13  # the template's own two slides are left out
    assert not any("Example slide" in t for t in titles(prs))
    master = prs.slide_master
    assert any(s.name == "Company logo" for s in master.shapes)
    for slide in prs.slides:
        assert slide.slide_layout.name.startswith("Company ")
    assert b'typeface="%s"' % FONT.encode() in _theme(prs)
    assert ACCENT.encode() in _theme(prs)
    logo_top = int(LOGO_BOX[1] * 914400)
    for slide in list(prs.slides)[1:]:
        for shape in slide.shapes:
            if not shape.name.startswith("flow:") and shape != slide.shapes.title:
                assert shape.top + shape.height <= logo_top, (slide.shapes.title.text, shape.name)


def test_an_old_4_3_template_keeps_everything_on_its_narrower_slides(
    generate_project, tmp_path
) -> None:
    template = build_template(tmp_path / "old.pptx", slides=0, width=10.0)
    project = generate_project(activities=80, roles=14, phases=8, metrics=6, measurements=3)
    prs = open_deck(build_deck(project, template))
    assert prs.slide_width == int(10.0 * 914400)
    logo_top = int(LOGO_BOX[1] * 914400)
    for slide in list(prs.slides)[1:]:
        for shape in slide.shapes:
            if shape.name.startswith("flow:") or shape == slide.shapes.title:
                continue
            assert shape.left >= 0 and shape.left + shape.width <= prs.slide_width, shape.name
            assert shape.top + shape.height <= logo_top, (slide.shapes.title.text, shape.name)


def _theme(prs: Presentation) -> bytes:
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    return prs.slide_master.part.part_related_by(RT.THEME).blob


def test_a_file_that_is_no_presentation_is_refused_in_words(small_project, tmp_path) -> None:
    bad = tmp_path / "company.pptx"
    bad.write_text("not a presentation")
    with pytest.raises(TemplateError, match="not a PowerPoint presentation"):
        build_deck(small_project(), bad)
    with pytest.raises(TemplateError, match="does not exist"):
        build_deck(small_project(), tmp_path / "missing.pptx")


def test_write_deck_replaces_atomically(small_project, tmp_path) -> None:
    out = tmp_path / "kickoff.pptx"
    out.write_bytes(b"old")
    write_deck(small_project(), out)
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["kickoff.pptx"]


# -- the command line and other viewers -------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "raci_studio", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_writes_the_deck_with_a_template(tmp_path) -> None:
    template = build_template(tmp_path / "company.pptx", slides=1)
    out = tmp_path / "kickoff.pptx"
    result = run_cli("export", str(SAMPLES[0]), "-o", str(out), "--template", str(template))
    assert result.returncode == 0, result.stderr
    prs = Presentation(str(out))
    assert prs.slides[0].shapes.title.text_frame.text == load_project(SAMPLES[0]).name
    other = tmp_path / "other.pptx"
    bad = run_cli("export", str(SAMPLES[0]), "-o", str(other), "--template", str(SAMPLES[0]))
    assert bad.returncode == 2
    assert "not a PowerPoint presentation" in bad.stderr
    assert "template" in run_cli("export", "--help").stdout


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name.split(".")[0])
def test_samples_make_decks_with_glued_connectors(sample: Path) -> None:
    project = load_project(sample)
    prs = open_deck(build_deck(project))
    ids = {}
    connectors = []
    for slide in prs.slides:
        for shape in slide.shapes:
            ids[(slide.slide_id, shape.shape_id)] = shape.name
            if shape.name.startswith("flow:"):
                connectors.append((slide.slide_id, shape))
    assert connectors
    for slide_id, connector in connectors:
        c_nv = connector._element.find(f"{P}nvCxnSpPr/{P}cNvCxnSpPr")
        for end in (c_nv.find(f"{A}stCxn"), c_nv.find(f"{A}endCxn")):
            assert ids[(slide_id, int(end.get("id")))].split(":")[0] in ("phase", "gate")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_impress_opens_the_deck(small_project, tmp_path) -> None:
    deck = tmp_path / "kickoff.pptx"
    write_deck(small_project(), deck)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(deck),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    pdf = (tmp_path / "kickoff.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 13  # every slide became a page


def test_progress_counts_every_slide_and_can_stop_the_work(small_project, tmp_path) -> None:
    seen: list[int] = []
    data = build_deck(small_project(), progress=seen.append)
    assert seen == list(range(1, len(open_deck(data).slides) + 1))

    def stop(slide: int) -> None:
        if slide == 3:
            raise KeyboardInterrupt

    out = tmp_path / "kickoff.pptx"
    with pytest.raises(KeyboardInterrupt):
        write_deck(small_project(), out, progress=stop)
    assert not out.exists()


def test_chart_workbook_keeps_formula_like_names_as_text(small_project) -> None:
    import zipfile

    project = small_project()
    project.metrics[0].name = '=HYPERLINK("http://x","y")'
    project.metrics[1].name = "http://example.com/metric"
    slide = slide_titled(open_deck(build_deck(project)), "Scorecard")
    chart = shape_named(slide, "scorecard").chart
    assert project.metrics[0].name in list(chart.plots[0].categories)
    blob = chart.part.chart_workbook.xlsx_part.blob
    with zipfile.ZipFile(io.BytesIO(blob)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
        assert b"<f>" not in sheet and b"hyperlink" not in sheet.lower()
        assert b"HYPERLINK" in book.read("xl/sharedStrings.xml")
