"""Time the Scoping tab's Schedule section following a date edit, against the edit alone.

    python benchmarks/bench_schedule.py [--phases 40] [--activities 2000] [--runs 31]

Builds the generated project with dated phases and gates, then times, round-robin in one run
(see timing.py):
- the baseline: a phase date set and undone through a document adapter no view listens to
  (the core edit, its inverse and the undo stack);
- the same with the Schedule section shown at 1366 px wide (both tables following the change,
  then the events processed: the changed cells repainted);
- a full repaint of both tables, for scale.

Prints the medians (ms) and the ratio of the section's case to the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from benchmarks.generate import generate_project  # noqa: E402
from benchmarks.timing import measure  # noqa: E402


def dated_project(activities: int, roles: int, phases: int):
    """Return the generated project with every phase and gate dated, as a plan underway is."""
    project = generate_project(activities=activities, roles=roles, phases=phases)
    start = dt.date(2026, 1, 5)
    for i, phase in enumerate(project.phases):
        phase.planned_start = start + dt.timedelta(weeks=3 * i)
        phase.planned_end = phase.planned_start + dt.timedelta(weeks=3)
        phase.actual_start = phase.planned_start
        phase.actual_end = phase.planned_end + dt.timedelta(days=i % 5)
    for i, gate in enumerate(project.gates):
        gate.planned_date = start + dt.timedelta(weeks=4 * i + 3)
    return project


def edit_and_undo(adapter, phase_id: str) -> None:
    """Move a phase's planned end by a day, then take it back: two changes the views follow."""
    from raci_studio.core.actions import schedule as sa

    phase = next(p for p in adapter.project.phases if p.id == phase_id)
    moved = phase.planned_end + dt.timedelta(days=1)
    adapter.run(lambda p: sa.set_phase_dates(p, phase_id, {"planned_end": moved}))
    adapter.undo_stack.undo()


def main() -> None:
    """Print the medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phases", type=int, default=40)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    from raci_studio.ui.document import DocumentAdapter
    from raci_studio.ui.scoping.schedule import ScheduleSection
    from raci_studio.ui.selection import Selection

    bare = DocumentAdapter(dated_project(args.activities, args.roles, args.phases))
    shown = DocumentAdapter(dated_project(args.activities, args.roles, args.phases))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    section = ScheduleSection(shown, Selection(), "bench", scroll)
    scroll.setWidget(section)
    scroll.resize(1366, 700)
    scroll.show()
    app.processEvents()
    phase_id = shown.project.phases[len(shown.project.phases) // 2].id

    def repaint() -> None:
        for table in section.tables():
            table.viewport().repaint()

    def with_section() -> None:
        edit_and_undo(shown, phase_id)
        app.processEvents()  # the tables repaint what changed

    medians = measure(
        {
            "edit + undo, no view (baseline)": lambda: edit_and_undo(bare, phase_id),
            "edit + undo, Schedule section shown": with_section,
            "full repaint of both tables": repaint,
        },
        args.runs,
    )
    baseline = medians["edit + undo, no view (baseline)"]
    project = shown.project
    print(
        f"{len(project.phases)} phases, {len(project.gates)} gates, "
        f"{len(project.activities)} activities; median of {args.runs} runs"
    )
    for name, seconds in medians.items():
        print(f"  {name:<40} {seconds * 1000:8.2f} ms   ×{seconds / baseline:.1f}")


if __name__ == "__main__":
    main()
