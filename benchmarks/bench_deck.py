"""Time the kickoff deck against a bare python-pptx script writing the same tables.

    python benchmarks/bench_deck.py [--activities 2000 --roles 60 --runs 7]

Cases, measured round-robin in one run:

- the deck of the support-ticket sample (target: within 1 s);
- the deck of the generated project (2,000 activities x 60 roles): every slide, table, chart,
  shape, connector and speaker note, saved to bytes;
- the baseline: a bare python-pptx script that writes the very same tables (every table of
  that deck, read back from it beforehand: same slides, rows, columns and cell texts) with
  ``add_table`` and ``cell.text`` on blank slides, no styling, saved to bytes.

Target: the generated deck within 3x the baseline.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import generate_project
from timing import measure

from raci_studio.io.deck.writer import build_deck
from raci_studio.io.project.file import load_project

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "support-ticket-deflection.raci.json"


def deck_tables(data: bytes) -> list[list[list[str]]]:
    """Return the cell texts of every table in a deck, table by table."""
    prs = Presentation(io.BytesIO(data))
    tables = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_table:
                tables.append([[c.text for c in row.cells] for row in shape.table.rows])
    return tables


def bare_tables(tables: list[list[list[str]]]) -> bytes:
    """Write ``tables`` one to a blank slide with python-pptx's plain API, no styling."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]
    for table in tables:
        slide = prs.slides.add_slide(blank)
        shape = slide.shapes.add_table(
            len(table), len(table[0]), Inches(0.5), Inches(1.2), Inches(12), Inches(5)
        )
        cells = shape.table
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                cells.cell(r, c).text = text
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def main() -> None:
    """Run the benchmark and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    args = parser.parse_args()
    sample = load_project(SAMPLE)
    project = generate_project(activities=args.activities, roles=args.roles, seed=0)
    deck = build_deck(project)
    tables = deck_tables(deck)
    prs = Presentation(io.BytesIO(deck))
    cells = sum(len(t) * len(t[0]) for t in tables)
    print(
        f"{len(project.activities)} activities x {len(project.roles)} roles: "
        f"{len(prs.slides)} slides, {len(tables)} tables, {cells:,} cells, "
        f"{len(deck) / 1e6:.2f} MB"
    )
    times = measure(
        {
            "sample deck": lambda: build_deck(sample),
            "bare tables (baseline)": lambda: bare_tables(tables),
            "generated deck": lambda: build_deck(project),
        },
        args.runs,
    )
    base = times["bare tables (baseline)"]
    for name, seconds in times.items():
        ratio = f"x{seconds / base:.2f}" if name != "sample deck" else "(target 1 s)"
        print(f"{name:<24} {seconds:8.3f} s   {ratio}")


if __name__ == "__main__":
    main()
