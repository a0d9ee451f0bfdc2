"""Layout detection on grids of cell values, each with a quirk that real RACI sheets have."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_studio.io.sheets.build import build_project
from raci_studio.io.sheets.guard import SheetImportError
from raci_studio.io.sheets.layout import SheetLayout, check_layout, detect_layout, unique_names

Rows = list[list[Any]]


def test_header_in_row_one_with_roles_as_columns() -> None:
    rows = [
        ["Activity", "PM", "DS", "MLE"],
        ["Define KPI", "A", "R", "I"],
        ["Train model", "I", "A/R", "C"],
    ]
    layout = detect_layout(rows)
    assert layout.kind == "grid"
    assert (layout.header_row, layout.activity_col, layout.first_row, layout.last_row) == (
        0,
        0,
        1,
        2,
    )
    assert layout.role_cols == {1: "PM", 2: "DS", 3: "MLE"}
    assert layout.id_col is None and layout.phase_col is None and not layout.phase_rows


def test_title_rows_above_a_header_on_row_five_starting_in_column_b() -> None:
    placeholder = "[Name of person or department]"
    rows: Rows = [
        [],
        [None, "RACI"],  # a merged title keeps its text in the top-left cell only
        [None, None],
        [],
        [None, "Task", placeholder, placeholder, placeholder],
        [None, "[Enter task or activity]", None, "R", "A"],
        [None, "[Enter task or activity]", "A", None, "R"],
        [None, "[Enter task or activity]", "C", "R", "A"],
    ]
    layout = detect_layout(rows)
    assert layout.header_row == 4
    assert layout.activity_col == 1
    assert layout.role_cols == {2: "Role", 3: "Role (2)", 4: "Role (3)"}
    assert (layout.first_row, layout.last_row) == (5, 7)


def test_an_id_column_of_step_numbers_before_the_names() -> None:
    rows: Rows = [
        ["Step Id", "Name", "TPM", "SDM", "SDE"],
        [1, "Requirements", "A", "C", "R"],
        [2, "Planning", "A", "R", "C"],
        [3, "Design", "C", "A", "R"],
    ]
    layout = detect_layout([[None if v is None else str(v) for v in r] for r in rows])
    assert layout.id_col == 0
    assert layout.activity_col == 1
    assert list(layout.role_cols.values()) == ["TPM", "SDM", "SDE"]


def test_phase_label_rows_with_empty_role_cells() -> None:
    rows = [
        ["Activity/Deliverable", "DevOps Team", "Client Team"],
        ["Infrastructure", None, None],
        ["Server installation", "R/A", "I"],
        ["Backups", "R/A", "I"],
        ["Code", None, None],
        ["Code review", "I", "R/A"],
    ]
    layout = detect_layout(rows)
    assert layout.phase_rows
    assert layout.phase_col is None
    assert layout.last_row == 5


def test_a_phase_column_filled_on_each_groups_first_row_only() -> None:
    rows = [
        ["Phase", "Activity", "PM", "DS"],
        ["Scoping", "Define KPI", "A", "R"],
        [None, "Write MRD", "A", "C"],
        ["Modelling", "Train", "I", "A/R"],
        [None, "Evaluate", "C", "A/R"],
    ]
    layout = detect_layout(rows)
    assert layout.phase_col == 0
    assert layout.activity_col == 1
    assert not layout.phase_rows


def test_a_sparse_unnamed_phase_column_is_still_found() -> None:
    rows = [
        ["", "Task", "PM", "DS"],
        ["Scoping", "Define KPI", "A", "R"],
        [None, "Write MRD", "A", "C"],
        [None, "Agree budget", "A", "I"],
        ["Modelling", "Train", "I", "A/R"],
        [None, "Evaluate", "C", "A/R"],
    ]
    layout = detect_layout(rows)
    assert (layout.phase_col, layout.activity_col) == (0, 1)


def test_duplicate_and_empty_headers_are_made_unique() -> None:
    assert unique_names(["PM", "pm", None, "", "Column3", "Data  Scientist\n"]) == [
        "PM",
        "pm (2)",
        "Role",
        "Role (2)",
        "Role (3)",
        "Data Scientist",
    ]


def test_a_legend_table_below_the_grid_is_not_read() -> None:
    rows: Rows = [
        ["Activity", "PM", "DS"],
        ["Define KPI", "A", "R"],
        ["Train", "I", "A/R"],
        [],
        ["R", "Responsible", "does the work"],
        ["A", "Accountable", "signs off"],
    ]
    layout = detect_layout(rows)
    assert layout.last_row == 2


def test_a_legend_with_a_title_row_below_the_grid_ends_it() -> None:
    rows: Rows = [
        ["Activity", "PM", "DS"],
        ["Define KPI", "A", "R"],
        ["Train", "I", "A/R"],
        ["Legend", None, None],
        ["R = Responsible", None, None],
    ]
    assert detect_layout(rows).last_row == 2


def test_a_legend_beside_the_grid_is_not_a_role() -> None:
    rows: Rows = [
        ["Activity", "PM", "DS", "MLE", None, "Key", None],
        ["Define KPI", "A", "R", "C", None, "R", "Responsible"],
        ["Train", "I", "A/R", "C", None, "A", "Accountable"],
        ["Deploy", "I", "C", "A/R", None, "C", "Consulted"],
        ["Monitor", "I", "C", "A/R", None, None, None],
        ["Retrain", "I", "A/R", "R", None, None, None],
    ]
    layout = detect_layout(rows)
    assert layout.role_cols == {1: "PM", 2: "DS", 3: "MLE"}


def test_one_blank_row_between_groups_does_not_end_the_grid() -> None:
    rows: Rows = [
        ["Activity", "PM", "DS"],
        ["Define KPI", "A", "R"],
        [],
        ["Train", "I", "A/R"],
    ]
    assert detect_layout(rows).last_row == 3


def test_roles_with_a_header_and_no_letters_yet_are_kept() -> None:
    rows: Rows = [
        ["Activity", "PM", "DS", "Legal", "Notes"],
        ["Define KPI", "A", "R", None, None],
        ["Train", "I", "A/R", None, None],
    ]
    layout = detect_layout(rows)
    assert list(layout.role_cols.values()) == ["PM", "DS", "Legal"]


def test_transposed_layout_with_letters_as_columns() -> None:
    rows: Rows = [
        ["Activity", "R", "A", "C", "I"],
        ["Define KPI", "Data Scientist", "Product Manager", "ML Engineer", None],
        ["Train", "Data Scientist, ML Engineer", "Data Scientist", None, "Product Manager"],
    ]
    layout = detect_layout(rows)
    assert layout.kind == "transposed"
    assert layout.letter_cols == {1: "R", 2: "A", 3: "C", 4: "I"}
    assert layout.activity_col == 0


def test_long_form_with_group_and_ids() -> None:
    rows: Rows = [
        ["group_id", "group_title", "action_id", "action_name", "role_id", "role_name", "raci"],
        ["perf", "Performance", "perf__define", "Define review", "dm", "Delivery Manager", "R"],
        ["perf", "Performance", "perf__define", "Define review", "stl", "Senior Lead", "A"],
        ["perf", "Performance", "perf__run", "Run reviews", "tl", "Team lead", "R"],
        ["perf", "Performance", "perf__run", "Run reviews", "tl", "Team lead", "A"],
    ]
    layout = detect_layout(rows)
    assert layout.kind == "long"
    assert (layout.activity_col, layout.role_col, layout.letter_col) == (3, 5, 6)
    assert layout.phase_col == 1
    assert layout.id_col == 2


def test_a_sheet_without_letters_is_refused() -> None:
    rows: Rows = [["Name", "Value"], ["Project", "Orion"], ["Manager", "A Smith"]]
    with pytest.raises(SheetImportError, match="no RACI grid was found"):
        detect_layout(rows)


def test_layout_dict_speaks_in_spreadsheet_rows_and_column_letters() -> None:
    layout = SheetLayout(header_row=4, activity_col=1, first_row=5, last_row=9, id_col=0)
    layout.role_cols = {2: "PM", 27: "DS"}
    data = layout.to_dict()
    assert data["role_cols"] == {"C": "PM", "AB": "DS"}
    assert (data["header_row"], data["first_row"], data["last_row"]) == (5, 6, 10)
    assert (data["activity_col"], data["id_col"], data["phase_col"]) == ("B", "A", None)


def test_a_corrected_layout_that_does_not_fit_is_refused() -> None:
    rows: Rows = [["Activity", "PM"], ["Train", "R"]]
    with pytest.raises(SheetImportError, match="column Z is outside the sheet"):
        check_layout(SheetLayout(role_cols={25: "PM"}), rows)
    with pytest.raises(SheetImportError, match="no role columns"):
        check_layout(SheetLayout(), rows)
    with pytest.raises(SheetImportError, match="below the header row"):
        check_layout(SheetLayout(role_cols={1: "PM"}, first_row=0), rows)


# -- fuzz: detection and building never fail with anything but SheetImportError ------------

_cell = st.one_of(
    st.none(),
    st.sampled_from(["R", "A", "C", "I", "A/R", "R (A)", "N", "-", "x", "Q", "S", "", " "]),
    st.sampled_from(["Legend", "Activity", "Role", "Phase", "RACI", "Task", "Step Id", "raci"]),
    st.text(max_size=12),
    st.integers(-5, 50).map(str),
)
_row = st.lists(_cell, max_size=8)


@st.composite
def _sheets(draw: st.DrawFn) -> Rows:
    title = draw(st.lists(st.lists(st.text(max_size=20), max_size=2), max_size=3))
    header = draw(st.lists(st.text(max_size=10), min_size=1, max_size=7))
    body = draw(st.lists(_row, max_size=25))
    legend = draw(st.lists(_row, max_size=4))
    blanks = draw(st.lists(st.just([]), max_size=3))
    return [*title, header, *body, *blanks, *legend]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sheets(), st.sampled_from(["RACI", "RASCI"]))
def test_detection_and_building_only_ever_raise_sheet_import_errors(
    rows: Rows, scheme: str
) -> None:
    try:
        layout = detect_layout(rows)
        project, report = build_project(
            rows, layout, sheet="RACI", source="fuzz.xlsx", project_name="Fuzz", scheme=scheme
        )
    except SheetImportError as exc:
        assert str(exc)
        return
    assert project.activities
    assert report.counts["activities"] == len(project.activities)
    for skipped in report.skipped:
        assert skipped.address.startswith("RACI!")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_row, max_size=12),
    st.builds(
        SheetLayout,
        kind=st.sampled_from(["grid", "transposed", "long"]),
        header_row=st.integers(-1, 12),
        activity_col=st.integers(-1, 8),
        first_row=st.integers(-1, 14),
        last_row=st.integers(-1, 14),
        id_col=st.none() | st.integers(-1, 8),
        phase_col=st.none() | st.integers(-1, 8),
        phase_rows=st.booleans(),
        role_cols=st.dictionaries(st.integers(-1, 9), st.text(max_size=8), max_size=4),
        letter_cols=st.dictionaries(st.integers(-1, 9), st.sampled_from("RACIS"), max_size=4),
        role_col=st.none() | st.integers(-1, 8),
        letter_col=st.none() | st.integers(-1, 8),
    ),
)
def test_any_corrected_layout_builds_or_is_refused_clearly(rows: Rows, layout: SheetLayout) -> None:
    try:
        project, _ = build_project(
            rows, layout, sheet="RACI", source="fuzz.xlsx", project_name="Fuzz"
        )
    except SheetImportError as exc:
        assert str(exc)
        return
    assert project.activities


def test_activities_named_like_codes_are_still_activities() -> None:
    rows = [["Task", "PM", "DS"], ["T1", "A", "R"], ["T2", "R", "A"], ["Task 3", "A", "C"]]
    layout = detect_layout(rows)
    assert layout.activity_col == 0
    assert layout.role_cols == {1: "PM", 2: "DS"}


@pytest.mark.parametrize("empty", [1, 2, 3])
def test_an_empty_role_column_is_kept_wherever_it_stands(empty: int) -> None:
    rows: Rows = [
        ["Activity", "Product Manager", "Data Scientist", "ML Engineer"],
        ["Monitor drift", "A", "R", "C"],
        ["Plan the rollout", "R", "A", "I"],
    ]
    for row in rows[1:]:
        row[empty] = None
    layout = detect_layout(rows)
    assert layout.role_cols == {1: "Product Manager", 2: "Data Scientist", 3: "ML Engineer"}
    assert layout.activity_col == 0 and layout.extra_cols == []


def test_an_empty_first_role_after_a_description_column_is_kept() -> None:
    rows: Rows = [
        ["#", "Activity", "Description", "Sponsor", "Data Scientist", "ML Engineer"],
        [1, "Monitor drift", "Watch the inputs", None, "A", "R"],
        [2, "Plan the rollout", "Stage by stage", None, "R", "A"],
    ]
    layout = detect_layout(rows)
    assert layout.role_cols == {3: "Sponsor", 4: "Data Scientist", 5: "ML Engineer"}
    assert (layout.id_col, layout.activity_col, layout.extra_cols) == (0, 1, [2])


def test_an_empty_first_role_under_a_group_header_is_kept() -> None:
    rows: Rows = [
        [None, "Business", None, "Technology", None],
        ["Activity", "Sponsor", "Product Manager", "Data Scientist", "ML Engineer"],
        ["Monitor drift", None, "A", "R", "C"],
        ["Plan the rollout", None, "R", "A", "I"],
    ]
    layout = detect_layout(rows)
    assert layout.role_cols == {
        1: "Sponsor",
        2: "Product Manager",
        3: "Data Scientist",
        4: "ML Engineer",
    }
    assert layout.role_groups == {1: "Business", 2: "Business", 3: "Technology", 4: "Technology"}


@pytest.mark.parametrize(
    "head",
    [
        "Description",
        "Notes",
        "Comments / Notes",
        "Status",
        "Due date",
        "Output",
        "% complete",
        "Deliverable",
        "Phase",
        "ID",
        "RACI",
        "2026",
        None,
    ],
)
def test_an_empty_column_that_is_not_a_role_stays_out_of_the_grid(head: str | None) -> None:
    rows: Rows = [
        ["Activity", head, "Product Manager", "Data Scientist"],
        ["Monitor drift", None, "A", "R"],
        ["Plan the rollout", None, "R", "A"],
    ]
    layout = detect_layout(rows)
    assert layout.role_cols == {2: "Product Manager", 3: "Data Scientist"}
    assert layout.activity_col == 0


@pytest.mark.parametrize("head", ["Frontend Lead", "Documentation Lead", "Owner", "Legal"])
def test_an_empty_first_role_whose_name_holds_a_common_word_is_kept(head: str) -> None:
    rows: Rows = [
        ["Activity", head, "Product Manager", "Data Scientist"],
        ["Monitor drift", None, "A", "R"],
        ["Plan the rollout", None, "R", "A"],
    ]
    assert detect_layout(rows).role_cols == {1: head, 2: "Product Manager", 3: "Data Scientist"}
