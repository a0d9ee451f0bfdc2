"""Time the RACI grid on the large project, against plain Qt measured in the same run.

    python benchmarks/bench_grid.py [--activities 2000] [--roles 60] [--runs 15]

Prints medians (ms) and ratios:
- first full paint of the grid (1600×1000 window) vs a plain QAbstractTableModel + QTableView
  showing the same letters as text;
- one cell edit: the edit, the findings refresh and the repaint of what changed;
- a 1,000-cell paste as one undo step, repaint included;
- the tracking columns (due, status, deliverable) shown, against the grid without them, and
  sorting by due date or filtering by status, against re-laying out the same rows in plan
  order (round-robin in the same run, see timing.py);
- cold start of the app on a sample to a shown, painted window, vs a bare script that shows an
  empty QMainWindow (both whole processes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.generate import generate_project  # noqa: E402


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class PlainModel(QAbstractTableModel):
    """The baseline: letters as display text, nothing else."""

    def __init__(self, project) -> None:
        super().__init__()
        self.roles = [r.id for r in project.roles]
        self.rows = [(a.name, a.raci) for a in project.activities]

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return len(self.roles) + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name, raci = self.rows[index.row()]
        return name if index.column() == 0 else raci.get(self.roles[index.column() - 1], "")


def first_paint(app, project, runs: int) -> tuple[float, float]:
    from raci_studio.ui.main_window import MainWindow

    settings = QSettings(str(ROOT / "benchmarks" / ".bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1600, 1000)
    window.show()
    window.adapter.show(project, None)
    app.processEvents()
    view = window.grid.view

    def ours() -> None:
        view.viewport().repaint()
        view._frozen.viewport().repaint()

    plain_view = QTableView()
    plain_view.setModel(PlainModel(project))
    plain_view.resize(view.size())
    plain_view.show()
    app.processEvents()
    plain = median_ms(lambda: plain_view.viewport().repaint(), runs)
    painted = median_ms(ours, runs)
    plain_view.close()
    return painted, plain, window


def add_tracking(project) -> None:
    """Give the generated activities due dates, statuses and deliverables, as plans have."""
    import datetime as dt

    from raci_studio.core.model import WorkStatus

    statuses = [None, *WorkStatus]
    for i, activity in enumerate(project.activities):
        activity.due = dt.date(2026, 1, 1) + dt.timedelta(days=(i * 37) % 400)
        activity.status = statuses[i % len(statuses)]
        activity.deliverable = f"Deliverable {i % 97}"


def tracking(app, window, runs: int) -> dict[str, float]:
    from benchmarks.timing import measure
    from raci_studio.core.model import WorkStatus
    from raci_studio.ui.grid_rows import GridFilter, GridSort

    grid = window.grid
    view, model = grid.view, grid.model
    project = window.adapter.project
    add_tracking(project)  # only now: the cases above measure the grid as it always was
    window.adapter.show(project, None)
    app.processEvents()

    def paint() -> None:
        view.viewport().repaint()
        view._frozen.viewport().repaint()

    grid.show_columns([])
    app.processEvents()
    without = measure({"paint": paint}, runs)["paint"]
    grid.show_columns(["due", "status", "deliverable"])
    app.processEvents()
    shown = measure({"paint": paint}, runs)["paint"]

    def relayout() -> None:  # the baseline: the same rows laid out again in plan order
        model.set_filter(GridFilter(collapsed=model.filter.collapsed))
        app.processEvents()

    def sort_and_back() -> None:
        model.set_sort(GridSort("due"))
        app.processEvents()
        model.set_sort(None)
        app.processEvents()

    def filter_and_back() -> None:
        done = frozenset({WorkStatus.DONE.value})
        model.set_filter(GridFilter(statuses=done, status_negated=True))
        app.processEvents()
        relayout()

    times = measure({"plan": relayout, "sort": sort_and_back, "filter": filter_and_back}, runs)
    grid.show_columns([])
    return {
        "paint": shown * 1000,
        "paint-without": without * 1000,
        "sort": times["sort"] * 1000 / 2,  # each case sorts and returns: two layouts
        "filter": times["filter"] * 1000 / 2,
        "plan": times["plan"] * 1000,
    }


def cell_edit(app, window, runs: int) -> float:
    from raci_studio.core.actions import raci as actions

    project = window.adapter.project
    cells = [(project.activities[i].id, project.roles[3].id) for i in range(runs)]

    def one(cell) -> None:
        # the path every view takes: build through the adapter, refusals told, one undo step
        window.adapter.run(lambda p: actions.toggle_letter(p, [cell], "I"))
        window.findings.refresh()
        app.processEvents()  # Qt repaints the regions the change marked dirty

    times = []
    for cell in cells:
        start = time.perf_counter()
        one(cell)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def paste(app, window, runs: int) -> float:
    view = window.grid.view
    model = window.grid.model
    block = "\n".join("\t".join("C" if (r + c) % 3 else "I" for c in range(20)) for r in range(50))
    start_index = model.index(1, 1)

    elapsed: list[float] = []
    started = [0.0]

    def one() -> None:
        view.setCurrentIndex(start_index)
        started[0] = time.perf_counter()
        view.paste(block)
        window.findings.refresh()
        app.processEvents()
        elapsed.append(time.perf_counter() - started[0])
        window.adapter.undo_stack.undo()
        window.findings.refresh()
        app.processEvents()

    for _ in range(runs):
        one()
    return statistics.median(elapsed) * 1000


# Both scripts stop at the first paint of their window: what a person sees first.
PAINTED = """
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
"""

COLD_APP = (
    """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
"""
    + PAINTED
    + """
from raci_studio.ui.main_window import MainWindow
w = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.open_path(sys.argv[1])
watch = FirstPaint()
w.grid.view.viewport().installEventFilter(watch)
w.show()
app.exec()
"""
)

COLD_BARE = (
    """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
"""
    + PAINTED
    + """
w = QMainWindow()
watch = FirstPaint()
w.installEventFilter(watch)
w.show()
app.exec()
"""
)


def cold_start(runs: int) -> tuple[float, float]:
    sample = ROOT / "samples" / "support-ticket-deflection.raci.json"
    ini = str(ROOT / "benchmarks" / ".cold.ini")

    # A person's Python keeps compiled bytecode between runs; measure that, after a warm-up.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(code: str, *args: str) -> None:
        subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, env=env)

    run(COLD_APP, str(sample), ini)
    run(COLD_BARE)

    app = median_ms(lambda: run(COLD_APP, str(sample), ini), runs)
    bare = median_ms(lambda: run(COLD_BARE), runs)
    return app, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    project = generate_project(activities=args.activities, roles=args.roles)
    painted, plain, window = first_paint(app, project, args.runs)
    print(f"grid {args.activities} × {args.roles}, medians of {args.runs} runs")
    ratio = painted / plain
    print(
        f"  first full paint        {painted:7.1f} ms   plain table {plain:6.1f} ms   ×{ratio:.2f}"
    )
    edit = cell_edit(app, window, args.runs)
    print(f"  one cell edit           {edit:7.1f} ms   (edit + findings refresh + repaint)")
    pasted = paste(app, window, max(5, args.runs // 3))
    print(f"  1,000-cell paste        {pasted:7.1f} ms   (one undo step, findings, repaint)")
    t = tracking(app, window, args.runs)
    print(
        f"  paint, tracking columns {t['paint']:7.1f} ms   without them"
        f"   {t['paint-without']:6.1f} ms   ×{t['paint'] / t['paint-without']:.2f}"
    )
    for name, words in (("sort", "sort by due date"), ("filter", "filter by status")):
        print(
            f"  {words:23} {t[name]:7.1f} ms   plan-order layout {t['plan']:5.1f} ms"
            f"   ×{t[name] / t['plan']:.2f}"
        )
    window.adapter.mark_saved()
    window.has_project = False
    window.close()
    ours, bare = cold_start(max(5, args.runs // 3))
    ratio = ours / bare
    print(
        f"  cold start on a sample  {ours:7.1f} ms   bare QMainWindow {bare:6.1f} ms   ×{ratio:.2f}"
    )


if __name__ == "__main__":
    main()
