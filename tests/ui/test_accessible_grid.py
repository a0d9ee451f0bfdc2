"""What a screen reader hears in the grid: each cell, header and workload count as words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from raci_studio.core.actions import raci as actions
from raci_studio.core.scheme import SCHEMES
from raci_studio.core.spoken import cell_sentence, letter_words, workload_sentence
from raci_studio.ui.grid_rows import RowKind


def test_words_for_letters_cells_and_workload() -> None:
    raci = SCHEMES["RACI"]
    assert letter_words("RA", raci) == "Responsible and Accountable"
    assert letter_words("RCI", raci) == "Responsible, Consulted and Informed"
    assert letter_words("", raci) == "no letter"
    assert (
        cell_sentence("Train model", "Data Scientist", "RA", raci, "more than one Accountable")
        == "Train model, Data Scientist: Responsible and Accountable; "
        "breaks: more than one Accountable"
    )
    assert workload_sentence("PM", {"R": 2, "A": 0, "C": 1, "I": 0}, raci) == (
        "PM holds 2 Responsible, no Accountable, 1 Consulted, no Informed"
    )


def _cell_texts(view) -> list[str]:
    QAccessible.setActive(True)
    table = QAccessible.queryAccessibleInterface(view)
    assert table is not None and table.isValid()
    texts = []
    for i in range(table.childCount()):
        child = table.child(i)
        if child is not None and child.isValid():
            texts.append(child.text(QAccessible.Text.Name))
    return texts


def test_a_screen_reader_hears_the_cells_with_what_they_break(main_window, qtbot) -> None:
    grid = main_window.grid
    project = main_window.adapter.project
    activity = project.activities[0]
    second = project.roles[1].id
    # two Accountable on the first activity: the cells say so
    main_window.adapter.run(lambda p: actions.set_letters(p, [(activity.id, second)], "A"))
    model = grid.model
    row = model.row_for(RowKind.ACTIVITY, activity.id)
    column = 2
    index = model.index(row, column)

    def spoken_now() -> str:
        return model.data(index, Qt.ItemDataRole.AccessibleTextRole)

    qtbot.waitUntil(lambda: "breaks:" in spoken_now())  # the live check runs after the edit
    spoken = spoken_now()
    assert spoken.startswith(f"{activity.name}, {project.roles[1].name}: Accountable")
    assert "breaks: more than one Accountable" in spoken
    header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
    assert header.startswith(f"Role {project.roles[1].name}")
    texts = _cell_texts(grid.view)
    assert spoken in texts  # through the view's accessible interface
