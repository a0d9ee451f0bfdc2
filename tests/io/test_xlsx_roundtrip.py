"""Export to Excel, read our own workbook back: the same project, or a message naming the cell."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_studio.core.evidence import CARD_SECTIONS
from raci_studio.core.model import (
    Activity,
    Constraint,
    ConstraintKind,
    Criterion,
    DataRequirement,
    Decision,
    Direction,
    Flow,
    FlowKind,
    Gate,
    GateKind,
    Level,
    Lineage,
    Measurement,
    Metric,
    MetricCategory,
    ModelCard,
    Note,
    Phase,
    PhaseStatus,
    Project,
    Risk,
    Role,
    Scoping,
)
from raci_studio.core.scheme import SCHEMES
from raci_studio.io.workbook.export import export_xlsx
from raci_studio.io.workbook.own import OwnWorkbookError, is_own_workbook, project_from_own_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.raci.json"))


def round_trip(project: Project, folder: Path) -> Project:
    path = folder / "plan.xlsx"
    report = export_xlsx(project, path, today=dt.date(2026, 3, 1))
    assert report.warnings == []
    return read_back(path)


def read_back(path: Path) -> Project:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        assert is_own_workbook(wb)
        return project_from_own_workbook(wb)
    finally:
        wb.close()


def edit(path: Path, change: Callable[[Any], None]) -> None:
    """Open the workbook as a recipient's spreadsheet program would, change it, save it."""
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)


def test_small_project_round_trips(small_project: Callable[[], Project], tmp_path: Path) -> None:
    project = small_project()
    assert round_trip(project, tmp_path) == project


def test_generated_project_round_trips(
    generate_project: Callable[..., Project], tmp_path: Path
) -> None:
    project = generate_project(activities=300, roles=15, measurements=40, seed=3)
    assert round_trip(project, tmp_path) == project


@pytest.mark.skipif(not SAMPLES, reason="no samples yet")
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_samples_round_trip(sample: Path, tmp_path: Path) -> None:
    from raci_studio.io.project.file import load_project

    project = load_project(sample)
    assert round_trip(project, tmp_path) == project


def test_through_the_guarded_opener(small_project: Callable[[], Project], tmp_path: Path) -> None:
    from raci_studio.io.sheets.guard import open_workbook_safely

    project = small_project()
    export_xlsx(project, tmp_path / "plan.xlsx")
    wb = open_workbook_safely(tmp_path / "plan.xlsx")
    assert project_from_own_workbook(wb) == project


def test_order_across_phases_and_exact_numbers_survive(
    small_project: Callable[[], Project], tmp_path: Path
) -> None:
    project = small_project()
    # Activities interleaved across phases: the grid groups them, "#" restores the order.
    project.activities.insert(0, project.activities.pop(2))
    project.metrics[0].target = 0.1 + 0.2  # needs 17 significant digits
    project.metrics[1].baseline = -1e-300
    project.metrics[1].measurements.append(Measurement(date=dt.date(1899, 12, 31), value=5e15))
    project.metrics[2].target = math.inf
    project.layout["monitoring"] = (1 / 3, -2.5e-7)
    assert round_trip(project, tmp_path) == project


def test_foreign_workbook_is_not_ours(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "RACI"
    wb.create_sheet("_raci_studio")["A1"] = "format"
    wb.save(tmp_path / "other.xlsx")
    assert not is_own_workbook(openpyxl.load_workbook(tmp_path / "other.xlsx", read_only=True))


# -- a recipient edited the workbook ----------------------------------------------------------

# The small project's grid: header row 9, roles in D:F, activity rows 11, 13, 14 and 16.


@pytest.fixture
def exported(small_project: Callable[[], Project], tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    export_xlsx(small_project(), path)
    return path


def test_letters_typed_by_a_recipient_are_read(exported: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["RACI"]
        ws["F13"] = "r / a"  # was I
        ws["D13"] = None  # was A
        ws["E16"] = "Consulted"

    edit(exported, change)
    project = read_back(exported)
    audit = project.activities[1]
    assert audit.raci == {"data-scientist": "R", "ml-engineer": "RA"}
    assert project.activities[3].raci["data-scientist"] == "C"


def test_a_row_added_by_a_recipient_becomes_an_activity(exported: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["RACI"]
        ws.insert_rows(15)  # below "Label 5,000 tickets", still in Data collection
        ws["C15"] = "Check consent records"
        ws["D15"] = "A"
        ws["E15"] = "R"

    edit(exported, change)
    project = read_back(exported)
    added = project.activities[3]
    assert (added.id, added.name, added.phase) == (
        "check-consent-records",
        "Check consent records",
        "data-collection",
    )
    assert added.raci == {"data-scientist": "R", "product-manager": "A"}
    assert [a.id for a in project.activities][-1] == "watch-drift"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda wb: wb["RACI"].__setitem__("E13", "Q"), r'^RACI!E13: "Q" is not a RACI letter'),
        (lambda wb: wb["RACI"].__setitem__("E13", 3), r'^RACI!E13: "3" is not RACI letters'),
        (
            lambda wb: wb["RACI"].__setitem__("E9", "Data Wizard"),
            r'^RACI!E9: this column is headed "Data Wizard" but the Roles sheet lists '
            r'"Data Scientist"',
        ),
        (
            lambda wb: wb["Roles"].__setitem__("A3", "Data Scientist"),
            r"^Roles!A3: ID must be an id",
        ),
        (
            lambda wb: wb["Metrics"].__setitem__("C2", "Vanity"),
            r'^Metrics!C2: "Vanity" is not a category; use Business KPI, Model, ',
        ),
        (
            lambda wb: wb["Measurements"].__setitem__("D2", "lots"),
            r'^Measurements!D2: Value must be a number, not "lots"',
        ),
        (
            lambda wb: wb["Measurements"].__setitem__("A2", "ghost-metric"),
            r'^Measurements!A2: "ghost-metric" is not a metric of the Metrics sheet',
        ),
        (
            lambda wb: wb["Lifecycle"].__setitem__("B18", "nowhere"),
            r'^Lifecycle!B18: the flow starts at "nowhere", which is neither a phase nor a gate',
        ),
        (
            lambda wb: wb["RACI"].__setitem__("A13", "define-kpis"),
            r'^RACI!A13: the activity id "define-kpis" is already used',
        ),
        (
            lambda wb: wb.remove(wb["Roles"]),
            r'^The workbook has no "Roles" sheet',
        ),
        (
            lambda wb: wb["_raci_studio"].__setitem__("B2", 99),
            r"^This workbook was exported by a newer RACI Studio",
        ),
    ],
)
def test_what_does_not_fit_is_refused_naming_the_cell(
    exported: Path, change: Callable[[Any], None], message: str
) -> None:
    edit(exported, change)
    with pytest.raises(OwnWorkbookError, match=message):
        read_back(exported)


def test_lifecycle_rows_used_by_the_refusal_test(exported: Path) -> None:
    """Pin the rows the refusal test edits, so a layout change fails here, clearly."""
    values = list(openpyxl.load_workbook(exported)["Lifecycle"].values)
    assert values[17][:3] == ("understanding-to-gate", "business-understanding", "go-no-go")


# -- property: awkward text and numbers survive -------------------------------------------------

AWKWARD = [
    "=1+1",
    "@SUM(A1)",
    "-3",
    "+41 44",
    '=HYPERLINK("http://x","x")',
    "#N/A",
    "TRUE",
    "0042",
    "1e5",
    " leading and trailing ",
    "_x000D_ literal",
    "Qualitätsprüfung 数据 🚀",
]


def names(max_size: int = 200) -> st.SearchStrategy[str]:
    plain = st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff\x7f"),
        max_size=30,
    )
    return st.one_of(plain, st.sampled_from(AWKWARD), st.just("N" * max_size))


def lineages(dates: st.SearchStrategy[dt.date]) -> st.SearchStrategy[Lineage]:
    """Return a strategy for DVC lineage records, with and without a change."""
    hashes = st.from_regex(r"[0-9a-f]{32}(\.dir)?", fullmatch=True)
    counts = st.none() | st.integers(0, 10**12)
    return st.builds(
        Lineage,
        path=names(),
        hash=hashes,
        size=counts,
        files=counts,
        stage=names(),
        recorded=dates,
        previous_hash=st.just("") | hashes,
        changed=st.none() | dates,
    )


def texts() -> st.SearchStrategy[str]:
    free = st.text(
        st.characters(
            blacklist_categories=("Cs",),
            blacklist_characters="\ufffe\uffff\x7f",
        ).filter(lambda c: c in "\t\n\r" or ord(c) >= 0x20),
        max_size=60,
    )
    return st.one_of(
        free,
        names(),
        st.sampled_from(["line one\r\nline two", "\ttabbed", "\r", "\n", "=A1\n=B2"]),
        st.just("T" * 20_000),
    )


def ids(prefix: str) -> st.SearchStrategy[str]:
    return st.from_regex(rf"{prefix}[a-z0-9-]{{0,12}}", fullmatch=True)


numbers = st.none() | st.floats(allow_nan=False, allow_infinity=False)
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@st.composite
def projects(draw: st.DrawFn) -> Project:
    scheme = draw(st.sampled_from(sorted(SCHEMES)))
    codes = SCHEMES[scheme].codes
    role_ids = draw(st.lists(ids("r"), max_size=4, unique=True))
    phase_ids = draw(st.lists(ids("p"), min_size=1, max_size=3, unique=True))
    gate_ids = draw(st.lists(ids("g"), max_size=2, unique=True))
    metric_ids = draw(st.lists(ids("m"), max_size=3, unique=True))
    nodes = phase_ids + gate_ids
    maybe_role = st.none() | st.sampled_from(role_ids) if role_ids else st.none()
    maybe_metric = st.none() | st.sampled_from(metric_ids) if metric_ids else st.none()

    def criteria(prefix: str, count: int) -> list[Criterion]:
        return [
            Criterion(
                id=f"{prefix}{k}",
                text=draw(texts()),
                metric=draw(maybe_metric),
                op=draw(st.none() | st.sampled_from([">=", "<=", ">", "<"])),
                value=draw(numbers),
                checked=draw(st.booleans()),
                checked_on=draw(st.none() | dates),
                checked_by=draw(maybe_role),
            )
            for k in range(count)
        ]

    letters = st.sets(st.sampled_from(codes), min_size=1).map(
        lambda s: "".join(c for c in codes if c in s)
    )
    activities = [
        Activity(
            id=f"a{k}",
            name=draw(names()),
            phase=draw(st.sampled_from(phase_ids)),
            description=draw(texts()),
            raci=dict(sorted(draw(st.dictionaries(st.sampled_from(role_ids), letters)).items()))
            if role_ids
            else {},
        )
        for k in range(draw(st.integers(0, 6)))
    ]
    return Project(
        name=draw(names()),
        description=draw(texts()),
        scheme=scheme,
        roles=[
            Role(
                id=r,
                name=draw(names()),
                short=draw(st.text(max_size=12).filter(lambda s: s.isprintable())),
                group=draw(names()),
                colour=draw(st.none() | st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)),
                # [""] reads back as [] (one empty line is an empty cell): not generated.
                people=draw(st.lists(names(), max_size=3).filter(lambda p: p != [""])),
                description=draw(texts()),
            )
            for r in role_ids
        ],
        phases=[
            Phase(
                id=p,
                name=draw(names()),
                status=draw(st.sampled_from(PhaseStatus)),
                description=draw(texts()),
            )
            for p in phase_ids
        ],
        gates=[
            Gate(
                id=g,
                name=draw(names()),
                kind=draw(st.sampled_from(GateKind)),
                after=draw(st.none() | st.sampled_from(phase_ids)),
                description=draw(texts()),
                criteria=criteria("c", draw(st.integers(0, 2))),
            )
            for g in gate_ids
        ],
        flows=[
            Flow(
                id=f"f{k}",
                source=draw(st.sampled_from(nodes)),
                target=draw(st.sampled_from(nodes)),
                kind=draw(st.sampled_from(FlowKind)),
                label=draw(names()),
            )
            for k in range(draw(st.integers(0, 3)))
        ],
        activities=activities,
        metrics=[
            Metric(
                id=m,
                name=draw(names()),
                category=draw(st.sampled_from(MetricCategory)),
                unit=draw(names()),
                direction=draw(st.sampled_from(Direction)),
                baseline=draw(numbers),
                target=draw(numbers),
                threshold=draw(numbers),
                proxies=draw(maybe_metric),
                description=draw(texts()),
                measurements=[
                    Measurement(
                        date=draw(dates),
                        value=draw(st.floats(allow_nan=False, allow_infinity=False)),
                        note=draw(texts()),
                        source=draw(names()),
                    )
                    for _ in range(draw(st.integers(0, 3)))
                ],
            )
            for m in metric_ids
        ],
        scoping=Scoping(
            problem_statement=draw(texts()),
            business_objective=draw(texts()),
            data_requirements=[
                DataRequirement(
                    id=f"d{k}",
                    dataset=draw(names()),
                    source=draw(names()),
                    owner=draw(maybe_role),
                    availability=draw(names()),
                    sensitivity=draw(names()),
                    quality_concerns=draw(texts()),
                    lineage=draw(st.none() | lineages(dates)),
                )
                for k in range(draw(st.integers(0, 2)))
            ],
            risks=[
                Risk(
                    id=f"k{k}",
                    description=draw(texts()),
                    likelihood=draw(st.sampled_from(Level)),
                    impact=draw(st.sampled_from(Level)),
                    mitigation=draw(texts()),
                    owner=draw(maybe_role),
                )
                for k in range(draw(st.integers(0, 2)))
            ],
            assumptions=[
                Note(id=f"n{k}", text=draw(texts())) for k in range(draw(st.integers(0, 2)))
            ],
            constraints=[
                Constraint(
                    id=f"x{k}", kind=draw(st.sampled_from(ConstraintKind)), text=draw(texts())
                )
                for k in range(draw(st.integers(0, 2)))
            ],
            go_no_go=criteria("go", draw(st.integers(0, 2))),
            decision_log=[
                Decision(
                    id=f"dec{k}",
                    date=draw(dates),
                    decision=draw(texts()),
                    by=draw(maybe_role),
                    rationale=draw(texts()),
                )
                for k in range(draw(st.integers(0, 2)))
            ],
            model_card=ModelCard(
                **{field: draw(texts()) for field in CARD_SECTIONS},
                date=draw(st.none() | dates),
                source=draw(names()),
            ),
        ),
        layout={
            node: (draw(st.floats(allow_nan=False)), draw(st.floats(allow_nan=False)))
            for node in draw(st.lists(st.sampled_from(nodes), unique=True))
        },
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(project=projects())
def test_generated_projects_round_trip(project: Project, tmp_path: Path) -> None:
    assert round_trip(project, tmp_path) == project
