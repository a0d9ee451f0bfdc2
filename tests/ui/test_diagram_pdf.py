"""The lifecycle's PDF export: landscape A4 or Letter, laid out for the page, paged when needed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raci_studio.core.model import Flow, FlowKind, Phase, Project
from raci_studio.io.project.file import load_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "churn-prediction.raci.json"


def _pages(path: Path) -> list[tuple[float, float]]:
    """Return the media box (width, height in points) of every page of a PDF we wrote."""
    data = path.read_bytes()
    pages = re.findall(rb"/Type\s*/Page\b(?!s)(.*?)endobj", data, re.S)
    sizes = []
    for page in pages:
        box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", page)
        assert box is not None
        sizes.append((float(box.group(1)), float(box.group(2))))
    return sizes


def _long_lifecycle(count: int) -> Project:
    phases = [Phase(id=f"p{i}", name=f"Phase number {i}") for i in range(count)]
    flows = [Flow(id=f"f{i}", source=f"p{i}", target=f"p{i + 1}") for i in range(count - 1)]
    flows.append(Flow(id="back", source=f"p{count - 1}", target="p1", kind=FlowKind.FEEDBACK))
    return Project(name="Long", phases=phases, flows=flows)


@pytest.mark.parametrize(("paper", "size"), [("a4", (842, 595)), ("letter", (792, 612))])
def test_a_sample_fits_one_landscape_page_at_a_readable_scale(qapp, tmp_path, paper, size):
    from raci_studio.ui.diagram.export import export_pdf, plan_pdf

    project = load_project(SAMPLE)
    _scene, plan = plan_pdf(project, paper)
    assert len(plan.windows) == 1
    assert plan.scale > 0.55  # the one long strip printed at about 0.3
    path = tmp_path / "lifecycle.pdf"
    export_pdf(project, path, paper)
    assert [(round(w), round(h)) for w, h in _pages(path)] == [size]


def test_a_long_lifecycle_is_wrapped_and_cut_between_rows_over_pages(qapp, tmp_path):
    from raci_studio.ui.diagram.export import MIN_PDF_SCALE, export_pdf, plan_pdf

    project = _long_lifecycle(40)
    scene, plan = plan_pdf(project, "a4")
    assert len(plan.windows) > 1
    assert plan.scale >= MIN_PDF_SCALE
    for node in scene.nodes.values():  # every card whole on exactly one page
        box = node.sceneBoundingRect()
        assert sum(1 for w in plan.windows if w.contains(box)) == 1
    path = tmp_path / "long.pdf"
    export_pdf(project, path)
    assert len(_pages(path)) == len(plan.windows)


def test_saved_positions_are_kept_and_tiled(qapp, tmp_path):
    from raci_studio.ui.diagram.export import MIN_PDF_SCALE, plan_pdf

    project = _long_lifecycle(30)
    project.layout = {p.id: (i * 240.0, 0.0) for i, p in enumerate(project.phases)}
    scene, plan = plan_pdf(project, "letter")
    assert plan.scale == MIN_PDF_SCALE and len(plan.windows) > 1
    assert {n: (i.pos().x(), i.pos().y()) for n, i in scene.nodes.items()} == project.layout


def test_unknown_paper_is_refused_in_words(qapp, tmp_path):
    from raci_studio.ui.diagram.export import export_diagram

    with pytest.raises(ValueError, match="A4 or Letter"):
        export_diagram(load_project(SAMPLE), tmp_path / "x.pdf", paper="a3")


def test_export_dialog_asks_for_the_paper_size(qtbot, main_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from raci_studio.ui.diagram.panel import DiagramPanel

    assert main_window.open_path(SAMPLE)
    panel = next(w for _t, w in main_window.views() if isinstance(w, DiagramPanel))
    target = tmp_path / "lifecycle.pdf"
    asked: list[list[str]] = []

    def pick(_parent, _title, label, items, *_args):
        asked.append(list(items))
        return "Letter landscape", True

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    panel.export_dialog()
    assert asked == [["A4 landscape", "Letter landscape"]]
    assert [(round(w), round(h)) for w, h in _pages(target)] == [(792, 612)]
