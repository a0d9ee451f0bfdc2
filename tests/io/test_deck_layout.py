"""Text fitting and the lifecycle's placement on slides, without PowerPoint."""

from __future__ import annotations

from raci_studio.core.model import Activity, Phase
from raci_studio.io.deck.fit import chunks, clip_text, page_label, paginate, wrapped_lines
from raci_studio.io.deck.lifecycle_layout import PHASE_W, diagram_columns, layout_lifecycle


def test_wrapped_lines_break_words_and_long_words() -> None:
    assert wrapped_lines("short", 3.0, 12) == 1
    assert wrapped_lines("word " * 40, 2.0, 12) > 5
    assert wrapped_lines("x" * 100, 1.0, 12) == 10  # 10 characters a line at 12 pt
    assert wrapped_lines("a\nb\n\nc", 3.0, 12) == 4
    assert wrapped_lines("A" * 20, 1.0, 12, bold=True) > wrapped_lines("A" * 20, 1.0, 12)


def test_clip_text_ends_at_a_word_with_an_ellipsis() -> None:
    text = "one two three four five six seven eight nine ten " * 5
    clipped = clip_text(text, 1.5, 12, 2)
    assert clipped.endswith(" …") and wrapped_lines(clipped, 1.5, 12) <= 2
    assert text.startswith(clipped[:-2])
    assert clip_text("fits", 2.0, 12, 1) == "fits"
    assert clip_text("x" * 500, 1.0, 12, 1).endswith("…")


def test_paginate_fills_pages_and_gives_tall_items_their_own() -> None:
    assert paginate([1, 1, 1, 1, 1], 2.5) == [(0, 2), (2, 4), (4, 5)]
    assert paginate([3, 1], 2) == [(0, 1), (1, 2)]
    assert paginate([], 2) == [(0, 0)]
    assert chunks(25, 10) == [(0, 10), (10, 20), (20, 25)]
    assert page_label("Risks", 1, 3) == "Risks (2 of 3)" and page_label("Risks", 0, 1) == "Risks"


def test_columns_follow_the_diagram(small_project) -> None:
    project = small_project()
    assert diagram_columns(project) == [
        ["business-understanding"],
        ["go-no-go"],
        ["data-collection"],
        ["monitoring"],
    ]


def test_rows_wrap_before_phases_and_stay_inside_the_area(small_project) -> None:
    project = small_project()
    project.phases += [Phase(id=f"p{i}", name=f"P{i}") for i in range(8)]
    project.activities += [
        Activity(id=f"a{i}", name="A", phase=f"p{i}", raci={"ml-engineer": "RA"}) for i in range(8)
    ]
    layout = layout_lifecycle(project, 0.5, 1.3, 12.3, 5.5)
    assert layout.slides >= 2
    for spot in layout.spots.values():
        assert spot.left >= 0.5 and spot.x + PHASE_W / 2 <= 0.5 + 12.3 + 1e-9
        assert spot.top >= 1.3 and spot.bottom <= 1.3 + 5.5
    gate, before = layout.spots["go-no-go"], layout.spots["business-understanding"]
    assert gate.row == before.row  # a gate stays beside the phase it follows
    styles = {r.flow_id: r.style for r in layout.routes}
    assert styles["understanding-to-gate"] == "straight"
    assert styles["retrain"] == "loop"


def test_a_layout_saved_in_rows_is_read_row_after_row(small_project) -> None:
    project = small_project()
    project.layout = {
        "business-understanding": (100.0, 0.0),
        "go-no-go": (320.0, 0.0),
        "data-collection": (100.0, 320.0),
        "monitoring": (320.0, 320.0),
    }
    assert diagram_columns(project) == [
        ["business-understanding"],
        ["go-no-go"],
        ["data-collection"],
        ["monitoring"],
    ]


def test_without_a_saved_layout_the_auto_layout_order_is_used(small_project) -> None:
    from raci_studio.core.lifecycle import columns

    project = small_project()
    project.layout = {}
    assert diagram_columns(project) == columns(project)
