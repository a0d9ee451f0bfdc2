"""Time the metrics charts: redraws, and opening the metrics tab the first time.

    .venv/bin/python benchmarks/bench_charts.py [--runs 21] [--opens 5]

Prints medians in milliseconds and ratios against a baseline measured in the same run:

- redraw of the degradation chart (20 metrics × 200 measurements: 20 lines), of the scorecard
  of 20 metrics, and of one metric over time, each built afresh on its figure and drawn on the
  Agg canvas with the charts' settings (``RC_PARAMS``), against a bare matplotlib single-axes
  line plot of the same 20 series (one ``ax.plot`` per series, default settings, no labels);
- opening the metrics tab for the first time, in a fresh process (offscreen Qt): from making
  the tab current to the chart drawn, matplotlib's import included; against importing
  matplotlib's Qt backend alone in a fresh process.

Runs are interleaved (baseline, chart, baseline, chart, …) so that a noisy machine affects both
sides alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from raci_studio.core.chart_data import ChartSpec  # noqa: E402
from raci_studio.core.model import Project  # noqa: E402
from raci_studio.io.charts.draw import draw_chart, figure_size  # noqa: E402
from raci_studio.io.charts.style import RC_PARAMS, days  # noqa: E402


def build_project(metrics: int, measurements: int) -> Project:
    """Return the generated benchmark project (20 metrics × 200 measurements by default)."""
    from generate import generate_project

    return generate_project(
        activities=50, roles=10, metrics=metrics, measurements=measurements, seed=0
    )


def interleaved(first: Callable[[], object], second: Callable[[], object], runs: int):
    """Return the median times (ms) of two functions run alternately, after a warm-up."""
    first()
    second()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, out in ((first, a), (second, b)):
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def redraws(project: Project, runs: int) -> list[tuple[str, float, float]]:
    """Time each chart's redraw against the bare line plot; return (what, baseline, chart)."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    series = [
        (days([m.date for m in metric.measurements]), [m.value for m in metric.measurements])
        for metric in project.metrics
    ]
    bare_figure = Figure(figsize=(10, 5.6), dpi=100)
    bare_canvas = FigureCanvasAgg(bare_figure)

    def bare() -> None:
        bare_figure.clear()
        ax = bare_figure.add_subplot()
        for xs, ys in series:
            ax.plot(xs, ys)
        bare_canvas.draw()

    results = []
    specs = (
        ("degradation, 20 series × 200 points", ChartSpec("drift")),
        ("scorecard, 20 metrics", ChartSpec("scorecard")),
        ("one metric over time, 200 points", ChartSpec("metric", project.metrics[1].id)),
    )
    for what, spec in specs:
        figure = Figure(figsize=figure_size(project, spec), dpi=100)
        canvas = FigureCanvasAgg(figure)

        def chart(figure: Figure = figure, canvas: FigureCanvasAgg = canvas, spec=spec) -> None:
            with rc_context(RC_PARAMS):  # as the app and the exports draw
                draw_chart(figure, project, spec)
                canvas.draw()

        base, took = interleaved(bare, chart, runs)
        results.append((what, base, took))
    return results


_OPEN_TAB = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from raci_studio.ui.main_window import MainWindow
window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.resize(1400, 900)
window.show()
window.open_path(sys.argv[2])
app.processEvents()
assert "matplotlib" not in sys.modules
panel = next(w for title, w in window.views() if title == "Metrics")
start = time.perf_counter()
window.tabs.setCurrentWidget(panel)
chart = panel.chart
while not (chart.loaded and not chart._dirty and not chart.canvas._draw_pending):
    app.processEvents()
app.processEvents()
print((time.perf_counter() - start) * 1000)
window.adapter.mark_saved()
"""

_IMPORT_ONLY = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
start = time.perf_counter()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
print((time.perf_counter() - start) * 1000)
"""


def first_open(project_path: Path, opens: int) -> tuple[float, float]:
    """Return median ms of importing the Qt backend alone, and of opening the tab first."""
    settings = Path("/tmp") / f"raci-bench-{os.getpid()}.ini"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(code: str, *args: str) -> float:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        )
        return float(done.stdout.strip().splitlines()[-1])

    imports, opens_ms = [], []
    for _ in range(opens):
        imports.append(run(_IMPORT_ONLY))
        opens_ms.append(run(_OPEN_TAB, str(settings), str(project_path)))
    settings.unlink(missing_ok=True)
    return statistics.median(imports), statistics.median(opens_ms)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--metrics", type=int, default=20)
    parser.add_argument("--measurements", type=int, default=200)
    args = parser.parse_args(argv)
    project = build_project(args.metrics, args.measurements)
    print(f"{len(project.metrics)} metrics × {args.measurements} measurements, {args.runs} runs")
    print(f"{'what':44} {'baseline':>10} {'chart':>10} {'ratio':>7}")
    for what, base, took in redraws(project, args.runs):
        print(f"{what:44} {base:8.1f}ms {took:8.1f}ms {took / base:6.2f}×")
    from raci_studio.io.project.file import save_project

    path = Path("/tmp") / f"raci-bench-{os.getpid()}.raci.json"
    save_project(project, path)
    try:
        base, took = first_open(path, args.opens)
    finally:
        path.unlink(missing_ok=True)
    what = "metrics tab, first open (import + draw)"
    print(f"{what:44} {base:8.1f}ms {took:8.1f}ms {took / base:6.2f}×")
    print("  (baseline: importing matplotlib's Qt backend alone, in a fresh process)")


if __name__ == "__main__":
    main()
