"""Time the main window's keyboard and screen-reader upkeep on a large project.

    .venv/bin/python benchmarks/bench_window_keyboard.py [--runs 21]

Opens the generated project (2,000 activities × 60 roles) in the main window (offscreen Qt)
with every view built, and prints medians in milliseconds and ratios against a baseline
measured in the same run, round-robin:

- the baseline: listing every widget of the window once (``findChildren(QWidget)``);
- the pass run after each tab change (Tab out of every table, Qt's own buttons named);
- one Tab press from the tab bar (Qt's move and the window's pane correction).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate import generate_project  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from timing import measure  # noqa: E402


def main() -> None:
    """Print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from raci_studio.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    os.environ["RACI_STUDIO_RECOVERY_DIR"] = str(folder / "recovery")
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.adapter.show(generate_project(), None)
    window.views()
    app.processEvents()
    window.tabs.setCurrentIndex(0)
    widgets = len(window.findChildren(QWidget))

    def tab_once() -> None:
        window.tabs.tabBar().setFocus()
        window.focusNextPrevChild(True)

    medians = measure(
        {
            "list every widget (baseline)": lambda: window.findChildren(QWidget),
            "after a tab change": window._keyboard_and_names,
            "one Tab press": tab_once,
        },
        args.runs,
    )
    base = medians["list every widget (baseline)"]
    print(f"{widgets} widgets, median of {args.runs} runs")
    for name, seconds in medians.items():
        print(f"  {name:<30} {seconds * 1000:8.2f} ms   ×{seconds / base:.1f}")
    window.adapter.mark_saved()
    window.close()


if __name__ == "__main__":
    main()
