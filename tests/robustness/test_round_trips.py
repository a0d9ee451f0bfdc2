"""Projects full of awkward text survive the project file and our own Excel workbook.

Awkward means what people really type or paste: right-to-left scripts and direction marks,
emoji sequences, combining accents, text that a spreadsheet would take for a formula
(``=1+1``, ``+SUM(A1)``, ``@x``, ``-3``), tabs and carriage returns at the start of a
description, names at the model's length caps and names that differ only by case.

What a workbook cannot hold: the XML non-characters U+FFFE and U+FFFF (the export removes
them and says so in its warnings). Everything else must come back equal.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_studio.core.model import (
    Activity,
    Decision,
    Measurement,
    Metric,
    ModelCard,
    Note,
    Phase,
    Project,
    Role,
    Scoping,
)
from raci_studio.core.scheme import SCHEMES
from raci_studio.io.project.file import dumps_project, load_project, loads_project, save_project
from raci_studio.io.sheets.importer import import_sheet
from raci_studio.io.workbook.export import export_xlsx

NAME_CAP = 200
TEXT_CAP = 20_000
#: Characters no workbook can hold (XML non-characters); the export drops them with a warning.
UNHOLDABLE = "\ufffe\uffff"

FORMULA_LIKE = ["=1+1", "+SUM(A1)", "@x", "-3", '=HYPERLINK("http://x","x")', "=cmd|'/c calc'!A0"]
AWKWARD_NAMES = [
    *FORMULA_LIKE,
    "'quoted",
    "#REF!",
    "TRUE",
    "0042",
    "1e5",
    "",
    "  spaces around  ",
    "_x000D_ literal",
    "مدير المنتج",
    "מהנדסת נתונים (ML)",
    "\u202eevil\u202c reversed",
    "\u200fRLM then LTR",
    "Data مهندس 123",
    "👩🏽‍💻 Data Scientist",
    "🇨🇭🏳️‍🌈🚀",
    "e\u0301 combining",
    "\ufeffbyte order mark",
    "line\u2028separator",
    "zero\u200bwidth",
    "non-character \ufffe",
    "é" * NAME_CAP,
    "🚀" * NAME_CAP,
    "N" * NAME_CAP,
]
AWKWARD_TEXTS = [
    *AWKWARD_NAMES,
    "line one\nline two",
    "windows\r\nlines",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "=A1\n=B2",
    "\n",
    "trailing tab\t",
    "T" * TEXT_CAP,
    "مرحبا\nשלום\n🚀",
]

_name_chars = st.characters(blacklist_categories=("Cc", "Cs"))
_text_chars = st.characters(blacklist_categories=("Cs",)).filter(
    lambda c: c in "\t\n\r" or not (c < " " or c == "\x7f")
)
names = st.one_of(st.sampled_from(AWKWARD_NAMES), st.text(_name_chars, max_size=40))
texts = st.one_of(st.sampled_from(AWKWARD_TEXTS), st.text(_text_chars, max_size=80))
shorts = st.sampled_from(["", "PM", "pm", "=1", "@x", "م", "🚀", "-3", "A" * 12])


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """Return a valid project whose every text field is drawn from the awkward strategies."""
    scheme = draw(st.sampled_from(sorted(SCHEMES)))
    codes = SCHEMES[scheme].codes
    role_names = draw(st.lists(names, max_size=3))
    # names that differ only by case, each with its own id
    role_names += [n.swapcase() for n in role_names if n.swapcase() != n][:2]
    roles = [
        Role(
            id=f"role-{k}",
            name=name,
            short=draw(shorts),
            group=draw(names),
            people=draw(st.lists(names.filter(bool), max_size=2)),
            description=draw(texts),
        )
        for k, name in enumerate(role_names)
    ]
    phases = [
        Phase(id=f"phase-{k}", name=draw(names), description=draw(texts))
        for k in range(draw(st.integers(1, 3)))
    ]
    letters = st.sets(st.sampled_from(codes), min_size=1).map(
        lambda s: "".join(c for c in codes if c in s)
    )
    activity_names = draw(st.lists(names, max_size=4))
    activity_names += [n.upper() for n in activity_names if n.upper() != n][:1]
    activities = [
        Activity(
            id=f"act-{k}",
            name=name,
            phase=draw(st.sampled_from(phases)).id,
            description=draw(texts),
            raci=dict(
                sorted(
                    draw(st.dictionaries(st.sampled_from([r.id for r in roles]), letters)).items()
                )
            )
            if roles
            else {},
        )
        for k, name in enumerate(activity_names)
    ]
    metrics = [
        Metric(
            id=f"metric-{k}",
            name=draw(names),
            unit=draw(names),
            description=draw(texts),
            measurements=[
                Measurement(
                    date=dt.date(2026, 3, 1 + i),
                    value=0.5 + i,
                    note=draw(texts),
                    source=draw(names),
                )
                for i in range(draw(st.integers(0, 2)))
            ],
        )
        for k in range(draw(st.integers(0, 2)))
    ]
    return Project(
        name=draw(names),
        description=draw(texts),
        scheme=scheme,
        roles=roles,
        phases=phases,
        activities=activities,
        metrics=metrics,
        scoping=Scoping(
            problem_statement=draw(texts),
            business_objective=draw(texts),
            assumptions=[Note(id="assumption-1", text=draw(texts))],
            decision_log=[
                Decision(
                    id="decision-1",
                    date=dt.date(2026, 2, 1),
                    decision=draw(texts),
                    rationale=draw(texts),
                )
            ],
            model_card=ModelCard(intended_use=draw(texts), caveats_and_recommendations=draw(texts)),
        ),
    )


def holdable(project: Project) -> Project:
    """Return ``project`` without the characters a workbook cannot hold."""
    return Project.model_validate(_strip(project.model_dump()))


def _strip(value: Any) -> Any:
    if isinstance(value, str):
        return value.translate(dict.fromkeys(map(ord, UNHOLDABLE)))
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(projects())
def test_project_file_round_trip_is_equal_and_byte_for_byte(project: Project) -> None:
    data = dumps_project(project)
    again = loads_project(data, "plan.raci.json")
    assert again == project
    assert dumps_project(again) == data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.raci.json"
        save_project(project, path)
        assert path.read_bytes() == data
        assert load_project(path) == project


@SETTINGS
@given(projects())
def test_own_workbook_round_trip_keeps_everything_a_sheet_can_hold(project: Project) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        report = export_xlsx(project, path, today=dt.date(2026, 3, 1))
        result = import_sheet(path)
        formulas = _user_text_in_formulas(path, project)
    expected = holdable(project)
    assert result.report.kind == "own"
    assert result.project == expected
    assert bool(report.warnings) == (expected != project), report.warnings
    assert formulas == []


def _user_text_in_formulas(path: Path, project: Project) -> list[str]:
    """Return the user strings that the workbook holds as formulas (there must be none)."""
    import openpyxl

    strings = set(_strings(project.model_dump()))
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [
            cell.value
            for sheet in workbook.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if getattr(cell, "data_type", None) == "f" and cell.value in strings
        ]
    finally:
        workbook.close()


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []
