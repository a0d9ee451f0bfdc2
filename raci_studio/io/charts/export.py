"""Export the metrics charts as PNG, SVG or PDF, headless (a matplotlib Figure on Agg).

Registers ``chart.png``, ``chart.svg`` and ``chart.pdf`` in the export registry, so that
``raci-studio export plan.raci.json -o scorecard.png --chart scorecard`` works (and
``--chart metric:ID``, ``kpi:ID``, ``drift``), and the ``scorecard-svg`` renderer that reports
embed. matplotlib is imported only when a chart is drawn; never pyplot.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from raci_studio.core.chart_data import ChartError, ChartSpec, parse_chart_spec
from raci_studio.core.handoffs import Handoff
from raci_studio.core.model import Project
from raci_studio.io.charts.draw import draw_chart, figure_size
from raci_studio.io.charts.style import DPI, RC_PARAMS
from raci_studio.io.exporters import register_format, register_renderer

FORMATS = ("png", "svg", "pdf")
#: Fixed metadata so that exporting the same project twice gives the same bytes.
_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": "RACI Studio"},
    "svg": {"Date": None, "Creator": "RACI Studio"},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": "RACI Studio", "Producer": None},
}


def chart_spec_from(options: Any) -> ChartSpec:
    """Read the chart to draw from export options: ``options.chart``, a spec or its text.

    Raises
    ------
    ChartError
        No chart named, or a name that is not one.
    """
    if isinstance(options, ChartSpec):
        return options
    text = options if isinstance(options, str) else getattr(options, "chart", None)
    if not text:
        raise ChartError("say which chart to export: --chart scorecard, drift, metric:ID or kpi:ID")
    return parse_chart_spec(str(text))


def render_chart(project: Project, spec: ChartSpec, fmt: str = "png", dpi: int = DPI) -> bytes:
    """Return the chart as PNG, SVG or PDF bytes.

    Raises
    ------
    ChartError
        An unknown format, or a metric id the project does not have.
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ChartError(f'cannot write a chart as "{fmt}" (use png, svg or pdf)')
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # SVG text stays text (searchable, and the metric names can be checked by parsing).
    with rc_context({**RC_PARAMS, "svg.fonttype": "none", "svg.hashsalt": "raci-studio"}):
        figure = Figure(figsize=figure_size(project, spec), dpi=dpi)
        FigureCanvasAgg(figure)
        draw_chart(figure, project, spec)
        out = io.BytesIO()
        figure.savefig(out, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    return out.getvalue()


def export_chart(
    project: Project, spec: ChartSpec, path: str | Path, fmt: str | None = None, dpi: int = DPI
) -> None:
    """Write the chart to ``path`` as ``fmt`` (by default the format its suffix names)."""
    path = Path(path)
    data = render_chart(project, spec, fmt or path.suffix, dpi)
    from raci_studio.io.atomic_write import write_atomic

    write_atomic(path, data)


def _writer(fmt: str) -> Callable[[Project, Path, Any], None]:
    def write(project: Project, path: Path, options: Any = None) -> None:
        export_chart(project, chart_spec_from(options), path, fmt)

    write.__doc__ = f"Write the chart named by ``options.chart`` as {fmt.upper()}."
    return write


register_format("chart.png", "Chart as PNG image (*.png)")(_writer("png"))
register_format("chart.svg", "Chart as SVG drawing (*.svg)")(_writer("svg"))
register_format("chart.pdf", "Chart as PDF document (*.pdf)")(_writer("pdf"))


def render_scorecard_svg(project: Project) -> bytes:
    """Return the scorecard of every metric as SVG (for reports)."""
    return render_chart(project, ChartSpec("scorecard"), "svg")


register_renderer("scorecard-svg", render_scorecard_svg)


def _render_retrospective(fmt: str) -> Callable[..., bytes]:
    from raci_studio.io.charts.timeline import render_retrospective

    def draw(project: Project, history: Sequence[Handoff] = ()) -> bytes:
        return render_retrospective(project, fmt, history=history)

    return draw


register_renderer("retrospective-svg", _render_retrospective("svg"))
register_renderer("retrospective-png", _render_retrospective("png"))
