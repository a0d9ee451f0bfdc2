"""Register the diagram's export formats (.svg, .png, .pdf) and the "diagram-svg" renderer.

Called by the application entry point for ``raci-studio export`` and by the Lifecycle tab;
registering is cheap: Qt starts (offscreen, when no application runs) only when a diagram
is actually drawn.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci_studio.core.model import Project
from raci_studio.io.exporters import register_format, register_renderer
from raci_studio.ui.i18n import translate


def _scale(options: Any) -> float:
    from raci_studio.ui.diagram.export import DEFAULT_SCALE

    value = getattr(options, "scale", None)
    if isinstance(options, dict):
        value = options.get("scale")
    return float(value) if value else DEFAULT_SCALE


def write_svg(project: Project, path: Path, options: Any = None) -> None:
    """Write the lifecycle diagram as SVG."""
    from raci_studio.ui.diagram.export import export_svg

    export_svg(project, Path(path))


def write_png(project: Project, path: Path, options: Any = None) -> None:
    """Write the lifecycle diagram as PNG (2× by default; ``options.scale`` to change)."""
    from raci_studio.ui.diagram.export import export_png

    export_png(project, Path(path), _scale(options))


def _paper(options: Any) -> str:
    value = options.get("paper") if isinstance(options, dict) else getattr(options, "paper", None)
    return str(value).lower() if value else "a4"


def write_pdf(project: Project, path: Path, options: Any = None) -> None:
    """Write the lifecycle diagram as a vector PDF (landscape A4; ``options.paper`` "letter")."""
    from raci_studio.ui.diagram.export import export_pdf

    export_pdf(project, Path(path), _paper(options))


def render_svg(project: Project) -> bytes:
    """Return the lifecycle diagram as SVG bytes (embedded by other exports)."""
    from raci_studio.ui.diagram.export import svg_bytes

    return svg_bytes(project)


def register_qt_formats() -> None:
    """Add the lifecycle diagram formats and renderer to the export registry."""
    register_format(".svg", translate("Diagram", "Lifecycle diagram, SVG image (*.svg)"))(write_svg)
    register_format(".png", translate("Diagram", "Lifecycle diagram, PNG image (*.png)"))(write_png)
    register_format(".pdf", translate("Diagram", "Lifecycle diagram, PDF document (*.pdf)"))(
        write_pdf
    )
    register_renderer("diagram-svg", render_svg)
