"""Generated sheets that combine the quirks of real ones; the import must find the grid exactly.

Each sheet mixes placement (title, offset from A1), header height (one row, groups above the
names, names above the groups, names merged down), group levels (none, phases, milestones with
areas), the scheme (RACI or RASCI), separators and scripts (look-alike letters), ID,
description and hours columns, a role with no letters yet, a totals row and unknown letters.
The import must find the header, the rows, the activity and role columns, give every activity
its letters, and list every non-empty cell it did not import whole in the report with its
address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from raci_studio.io.sheets.build import build_project
from raci_studio.io.sheets.cells import address
from raci_studio.io.sheets.layout import detect_layout
from raci_studio.io.sheets.letters import parse_letters

ROLE_NAMES = ("Product Manager", "Data Scientist", "ML Engineer", "Data Engineer", "Sponsor")
GROUP_NAMES = ("Business", "Technology", "Operations")
ACTIVITIES = (
    "Define success metrics",
    "Collect usage logs",
    "Agree the label",
    "Clean the data",
    "Train a baseline",
    "Tune the model",
    "Review fairness",
    "Write the model card",
    "Plan the rollout",
    "Monitor drift",
)
MILESTONES = ("Milestone 1: Data ready", "Milestone 2: Model built", "Milestone 3: Launch")
AREAS = ("Data work", "Modelling", "Quality", "Release")
SEPARATORS = ("/", ", ", ";", " & ", " and ", "\n", " / ", "")
LOOKALIKES = {"A": ("\u0410", "\u0391", "\uff21"), "C": ("\u0421", "\uff23"), "I": ("\u0406",)}
SHEET = "Sheet"


@dataclass
class Expected:
    """What the import must find in a generated sheet (0-based rows and columns)."""

    header_row: int
    first_row: int
    last_row: int
    activity_col: int
    id_col: int | None
    role_cols: dict[int, str]
    role_groups: dict[str, str]
    scheme: str
    activities: list[tuple[str, str, dict[str, str], str]] = field(default_factory=list)
    totals_row: int | None = None
    partial: set[str] = field(default_factory=set)
    lookalike: set[str] = field(default_factory=set)


def _cell(draw: Any, letters: str, unknown: bool) -> tuple[str, bool]:
    """Write ``letters`` as a person might; return the text and whether it has look-alikes."""
    parts = list(letters)
    draw(st.randoms(use_true_random=False)).shuffle(parts)
    scripted = False
    if draw(st.booleans()):
        for i, letter in enumerate(parts):
            if letter in LOOKALIKES and draw(st.booleans()):
                parts[i] = draw(st.sampled_from(LOOKALIKES[letter]))
                scripted = True
    if unknown:
        parts.append(draw(st.sampled_from(("X", "D", "V"))))
    separator = draw(st.sampled_from(SEPARATORS))
    if separator == "" and (unknown or len(parts) > 3):
        separator = "/"
    return separator.join(parts), scripted


@st.composite
def sheets(draw: Any) -> tuple[list[list[Any]], Expected]:
    """Return a generated sheet's rows and what the import must find in it."""
    n_roles = draw(st.integers(2, 5))
    roles = list(ROLE_NAMES[:n_roles])
    scheme = draw(st.sampled_from(("RACI", "RASCI")))
    codes = "RASCI" if scheme == "RASCI" else "RACI"
    header_style = draw(st.sampled_from(("one", "groups_above", "names_above", "merged_down")))
    levels = draw(st.integers(0, 2))
    row0, col0 = draw(st.integers(0, 3)), draw(st.integers(0, 3))
    title = draw(st.booleans())
    has_id, has_desc, has_hours = draw(st.booleans()), draw(st.booleans()), draw(st.booleans())
    totals = draw(st.booleans())
    # a role with no letters yet, in any position (its header must still make it a role)
    empty_role = draw(st.none() | st.integers(0, n_roles - 1)) if n_roles > 2 else None

    # columns, left to right
    col = col0
    id_col = col if has_id else None
    col += has_id
    activity_col = col
    col += 1
    desc_col = col if has_desc else None
    col += has_desc
    role_cols = list(range(col, col + n_roles))
    hours_col = role_cols[-1] + 1 if has_hours else None

    # role groups: the first role alone when names are merged down, the rest in one or two
    groups: dict[str, str] = {}
    group_starts: dict[int, str] = {}
    if header_style != "one":
        grouped = role_cols[1:] if header_style == "merged_down" else role_cols
        split = draw(st.integers(1, max(1, len(grouped) - 1))) if len(grouped) > 2 else 0
        chunks = [grouped[:split], grouped[split:]] if split else [grouped]
        for name, chunk in zip(GROUP_NAMES, chunks, strict=False):
            if chunk:
                group_starts[chunk[0]] = name
                for c in chunk:
                    groups[roles[role_cols.index(c)]] = name

    width = (hours_col or role_cols[-1]) + 1
    rows: list[list[Any]] = [[None] * width for _ in range(row0)]

    def new_row() -> list[Any]:
        rows.append([None] * width)
        return rows[-1]

    if title:
        new_row()[col0] = "RACI matrix"
        new_row()
    heads = {id_col: "#", activity_col: "Activity", desc_col: "Description", hours_col: "Hours"}
    heads = {c: h for c, h in heads.items() if c is not None}
    if header_style == "one":
        header = new_row()
        for c, h in heads.items():
            header[c] = h
        for c, name in zip(role_cols, roles, strict=True):
            header[c] = name
    elif header_style == "groups_above":
        upper, header = new_row(), new_row()
        for c, h in heads.items():
            header[c] = h
        for c, name in zip(role_cols, roles, strict=True):
            header[c] = name
        for c, name in group_starts.items():
            upper[c] = name
    elif header_style == "names_above":
        upper, header = new_row(), new_row()
        for c, h in heads.items():
            header[c] = h
        for c, name in zip(role_cols, roles, strict=True):
            upper[c] = name
        for c, name in group_starts.items():
            header[c] = name
    else:  # merged_down: the first role and the activity header fill both rows
        upper, header = new_row(), new_row()
        for c, h in heads.items():
            upper[c] = h
        upper[role_cols[0]] = roles[0]
        for c, name in group_starts.items():
            upper[c] = name
        for c, name in zip(role_cols[1:], roles[1:], strict=True):
            header[c] = name
    header_row = len(rows) - 1

    names = list(draw(st.permutations(ACTIVITIES)))
    n_groups = draw(st.integers(2, 3)) if levels else 1
    expected = Expected(
        header_row=header_row,
        first_row=header_row + 1,
        last_row=0,
        activity_col=activity_col,
        id_col=id_col,
        role_cols=dict(zip(role_cols, roles, strict=True)),
        role_groups=groups,
        scheme=scheme,
    )
    support_used = False
    # a group row merged across the grid keeps its label in its first cell: maybe the ID column
    label_col = col0 if has_id and draw(st.booleans()) else activity_col
    for g in range(n_groups):
        phase = MILESTONES[g] if levels else "Imported"
        if levels:
            new_row()[label_col] = phase
        areas = draw(st.integers(1, 2)) if levels == 2 else 1
        for a in range(areas):
            area = AREAS[(g + a) % len(AREAS)] if levels == 2 else ""
            if area:
                new_row()[label_col] = area
            for _ in range(draw(st.integers(2 if levels else 3, 3))):
                if not names:
                    break
                name = names.pop()
                row = new_row()
                row[activity_col] = name
                number = f"{g + 1}.{len(expected.activities) + 1}"
                if has_id:
                    row[id_col] = number
                if has_desc:
                    row[desc_col] = f"About {name.lower()}"
                if has_hours:
                    row[hours_col] = draw(st.integers(1, 80))
                letters_of: dict[str, str] = {}
                # a realistic row: an A and an R at least (a row without letters is a group)
                busy = [i for i in range(n_roles) if i != empty_role]
                owner, doer = draw(st.permutations(busy))[:2]
                for i, (c, role) in enumerate(zip(role_cols, roles, strict=True)):
                    if i == empty_role:
                        continue
                    chosen = draw(st.sets(st.sampled_from(codes), max_size=3))
                    chosen |= {"A"} if i == owner else {"R"} if i == doer else set()
                    if not chosen:
                        if draw(st.booleans()):
                            row[c] = draw(st.sampled_from(("-", "N", "—", "N/A")))
                        continue
                    unknown = draw(st.integers(0, 9)) == 0
                    text, scripted = _cell(draw, "".join(sorted(chosen)), unknown)
                    row[c] = text
                    letters_of[role] = "".join(x for x in codes if x in chosen)
                    support_used |= "S" in chosen
                    where = address(SHEET, len(rows) - 1, c)
                    if unknown:
                        expected.partial.add(where)
                    if scripted:
                        expected.lookalike.add(where)
                description = [f"#: {number}" if has_id else ""]
                description.append(f"Description: About {name.lower()}" if has_desc else "")
                description.append(f"Group: {area}" if area else "")
                expected.activities.append(
                    (name, phase, letters_of, "\n".join(x for x in description if x))
                )
    if scheme == "RASCI" and not support_used:
        last = n_roles - 2 if empty_role == n_roles - 1 else n_roles - 1
        rows[-1][role_cols[last]] = "S"
        expected.activities[-1][2][roles[last]] = "S"
        expected.partial.discard(address(SHEET, len(rows) - 1, role_cols[last]))
        expected.lookalike.discard(address(SHEET, len(rows) - 1, role_cols[last]))
    if totals:
        total = new_row()
        total[activity_col] = "Total"
        if has_hours:
            total[hours_col] = 100
        expected.totals_row = len(rows) - 1
    expected.last_row = len(rows) - 1
    if draw(st.booleans()):  # a legend below the grid, after a gap
        rows += [[None] * width, [None] * width]
        new_row()[activity_col] = "Legend"
        new_row()[activity_col] = "R"
        rows[-1][activity_col + 1] = "Responsible"
    return rows, expected


# An empty first role column (no letters yet) right after the activity names.
EMPTY_FIRST_ROLE = (
    [
        ["Activity", *ROLE_NAMES],
        ["Monitor drift", None, "A/X", "R/X", None, None],
        ["Plan the rollout", None, "A/X", "R/X", None, None],
        ["Write the model card", None, "A/X", None, None, "R"],
    ],
    Expected(
        header_row=0,
        first_row=1,
        last_row=3,
        activity_col=0,
        id_col=None,
        role_cols=dict(enumerate(ROLE_NAMES, start=1)),
        role_groups={},
        scheme="RACI",
        activities=[
            ("Monitor drift", "Imported", {"Data Scientist": "A", "ML Engineer": "R"}, ""),
            ("Plan the rollout", "Imported", {"Data Scientist": "A", "ML Engineer": "R"}, ""),
            ("Write the model card", "Imported", {"Data Scientist": "A", "Sponsor": "R"}, ""),
        ],
        partial={"Sheet!C2", "Sheet!C3", "Sheet!C4", "Sheet!D2", "Sheet!D3"},
    ),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
@example(EMPTY_FIRST_ROLE)
def test_the_import_finds_the_grid_exactly_and_loses_nothing(
    sheet: tuple[list[list[Any]], Expected],
) -> None:
    rows, expected = sheet
    layout = detect_layout(rows)
    assert layout.kind == "grid"
    assert layout.header_row == expected.header_row
    assert (layout.first_row, layout.last_row) == (expected.first_row, expected.last_row)
    assert layout.activity_col == expected.activity_col
    assert layout.id_col == expected.id_col
    assert layout.role_cols == expected.role_cols
    project, report = build_project(
        rows, layout, sheet=SHEET, source="generated.xlsx", project_name="Generated"
    )
    assert project.scheme == expected.scheme
    role_names = {r.id: r.name for r in project.roles}
    assert {r.name: r.group for r in project.roles} == {
        name: expected.role_groups.get(name, "") for name in expected.role_cols.values()
    }
    phases = {p.id: p.name for p in project.phases}
    got = [
        (
            a.name,
            phases[a.phase],
            {role_names[r]: x for r, x in a.raci.items()},
            a.description,
        )
        for a in project.activities
    ]
    assert got == expected.activities

    # nothing understood is lost: every non-empty cell of the grid is imported or listed
    skipped = {s.address: s for s in report.skipped}
    by_row = dict(enumerate(rows))
    activities = iter(project.activities)
    for r in range(layout.first_row, layout.last_row + 1):
        cells = {c: by_row[r][c] for c in layout.role_cols if by_row[r][c] is not None}
        label = by_row[r][layout.activity_col]
        if r == expected.totals_row:
            assert skipped[address(SHEET, r, layout.activity_col)].whole_row
            continue
        if not any(parse_letters(v, "RASCI").letters for v in cells.values()):
            continue  # a group row or a row of none markers
        activity = next(activities)
        assert activity.name == label
        for c, value in cells.items():
            where = address(SHEET, r, c)
            parsed = parse_letters(str(value), project.scheme)
            role_id = next(i for i, n in role_names.items() if n == layout.role_cols[c])
            assert activity.raci.get(role_id, "") == parsed.letters, where
            whole = parsed.kind in ("letters", "none") and not parsed.partial
            assert whole or where in skipped, where
    assert {s for s in skipped if not skipped[s].whole_row} == expected.partial
    noted = {n.split(": ", 1)[0] for n in report.notes}
    assert expected.lookalike <= noted


HEADER_WORDS = {
    "R": ("R", "Responsible", "Verantwortlich", "Responsable", "Responsável", "Ответственный",
          "Verantwortlich (Responsible)", "Verantwoordelijk"),
    "A": ("A", "Accountable", "Rechenschaftspflichtig", "Approbateur", "Aprobador",
          "Approvatore", "Утверждающий", "Genehmigend (Accountable)"),
    "S": ("S", "Support", "Unterstützend", "Soutien", "Apoyo", "Поддержка"),
    "C": ("C", "Consulted", "Konsultiert", "Consulté", "Consultado", "Geraadpleegd"),
    "I": ("I", "Informed", "Informiert", "Informé", "Informato", "Информируемый"),
}  # fmt: skip
PEOPLE = ("Anna Schmidt", "Jon Weber", "Petra Klein", "Luis García", "Marie Dubois", "Ivan Petrov")


@st.composite
def transposed_sheets(draw: Any) -> tuple[list[list[Any]], dict[str, Any]]:
    """Return a sheet with letters as columns (headed by words) and people in the cells."""
    scheme = draw(st.sampled_from(("RACI", "RASCI")))
    letters = [
        x for x in ("RASCI" if scheme == "RASCI" else "RACI") if x in "RA" or draw(st.booleans())
    ]
    row0, col0 = draw(st.integers(0, 3)), draw(st.integers(0, 2))
    width = col0 + 1 + len(letters)
    rows: list[list[Any]] = [[None] * width for _ in range(row0)]
    header = [None] * width
    header[col0] = draw(st.sampled_from(("Activity", "Tätigkeit", "Tâche", "Actividad", "Taak")))
    for i, letter in enumerate(letters):
        header[col0 + 1 + i] = draw(st.sampled_from(HEADER_WORDS[letter]))
    rows.append(header)
    expected: list[tuple[str, dict[str, str]]] = []
    for name in draw(st.permutations(ACTIVITIES))[: draw(st.integers(3, 6))]:
        row = [None] * width
        row[col0] = name
        got: dict[str, str] = {}
        for i, letter in enumerate(letters):
            people = draw(
                st.lists(st.sampled_from(PEOPLE), min_size=letter in "RA", max_size=3, unique=True)
            )
            if people:
                row[col0 + 1 + i] = draw(st.sampled_from((", ", "\n", "; "))).join(people)
            for person in people:
                got[person] = got.get(person, "") + letter
        rows.append(row)
        codes = "RASCI" if scheme == "RASCI" else "RACI"
        expected.append((name, {p: "".join(c for c in codes if c in x) for p, x in got.items()}))
    return rows, {
        "header_row": row0,
        "activity_col": col0,
        "letter_cols": {col0 + 1 + i: x for i, x in enumerate(letters)},
        "activities": expected,
        "scheme": "RASCI" if any("S" in x for _, got in expected for x in got.values()) else "RACI",
        "last_row": len(rows) - 1,
    }


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(transposed_sheets())
def test_transposed_sheets_in_other_languages_are_read_exactly(
    sheet: tuple[list[list[Any]], dict[str, Any]],
) -> None:
    rows, expected = sheet
    layout = detect_layout(rows)
    assert layout.kind == "transposed"
    assert (layout.header_row, layout.activity_col) == (
        expected["header_row"],
        expected["activity_col"],
    )
    assert layout.letter_cols == expected["letter_cols"]
    assert layout.last_row == expected["last_row"]
    project, report = build_project(
        rows, layout, sheet=SHEET, source="generated.xlsx", project_name="Generated"
    )
    assert project.scheme == expected["scheme"]
    names = {r.id: r.name for r in project.roles}
    got = [(a.name, {names[r]: x for r, x in a.raci.items()}) for a in project.activities]
    assert got == expected["activities"]
    assert report.skipped == []
