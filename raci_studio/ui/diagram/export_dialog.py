"""The questions the diagram's export asks: the file, then the PNG's scale or the PDF's paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from raci_studio.core.ids import slugify
from raci_studio.core.model import Project
from raci_studio.ui.i18n import translate

PNG_SCALES = ("1×", "2×", "3×", "4×")  # i18n: not shown (numbers)


def export_filters() -> str:
    """Return the file types the Export Diagram dialog offers."""
    return translate("Diagram", "SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)")


def ask_export(parent: QWidget, project: Project, base: Path) -> tuple[Path, float, str] | None:
    """Ask where to write the diagram and how; return (path, PNG scale, PDF paper) or None."""
    suggested = base / f"{slugify(project.name, 'project')}-lifecycle.svg"
    path, chosen = QFileDialog.getSaveFileName(
        parent, translate("Diagram", "Export Diagram"), str(suggested), export_filters()
    )
    if not path:
        return None
    output = Path(path)
    if output.suffix.lower() not in (".svg", ".png", ".pdf"):
        output = output.with_name(output.name + ("." + chosen.split("*.")[-1].rstrip(")")))
    scale, paper = 2.0, "a4"
    if output.suffix.lower() == ".png":
        choice, ok = QInputDialog.getItem(
            parent,
            translate("Diagram", "Export PNG"),
            translate("Diagram", "Scale:"),
            list(PNG_SCALES),
            1,
            False,
        )
        if not ok:
            return None
        scale = float(choice.rstrip("×"))
    elif output.suffix.lower() == ".pdf":
        from raci_studio.ui.diagram.export import PAPER_NAMES, default_paper

        names = [
            translate("Diagram", "{paper} landscape").format(paper=name)
            for name in PAPER_NAMES.values()
        ]
        current = list(PAPER_NAMES).index(default_paper())
        choice, ok = QInputDialog.getItem(
            parent,
            translate("Diagram", "Export PDF"),
            translate("Diagram", "Paper size:"),
            names,
            current,
            False,
        )
        if not ok:
            return None
        paper = list(PAPER_NAMES)[names.index(choice)] if choice in names else "a4"
    return output, scale, paper
