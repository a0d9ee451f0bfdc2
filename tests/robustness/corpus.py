"""A corpus of broken and hostile inputs for every file loader, built at test time.

Each :class:`Case` writes one input (a file, a folder, a link or a pipe, see
:mod:`tests.robustness.makers`); :func:`materialise` then gives it the name each loader
expects (``plan.raci.json``, ``plan.xlsx``, ``plan.csv``, ``mlflow.db``) as hard links, so every
loader reads the very same bytes. Nothing large lives in the repository: big inputs stream
from repetitive generators (a few MB on disk, tens of MB at most), random bytes use fixed seeds.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests.io.sheet_files import (
    BILLION_LAUGHS,
    SHEET_HEAD,
    SHEET_TAIL,
    repeat,
    row_xml,
    sheet_stream,
)
from tests.robustness.makers import (
    BOMB_ROW,
    DAY0,
    EXTERNAL_DTD,
    GARBAGE_LINES,
    GRID,
    HEADER,
    HOSTILE_METRICS,
    HOSTILE_RUNS,
    MANY_RUNS,
    MB,
    MLFLOW_SCHEMA,
    NESTED_CELL,
    SHEET_OPEN,
    XXE,
    Make,
    csv_text,
    data,
    dense_rows,
    encrypt_flag,
    formula_as_id,
    inject,
    lie_about_size,
    many_sheets_workbook,
    metric_lines,
    mlruns,
    non_finite_numbers,
    only_the_marker,
    own_workbook,
    package,
    patch_sheet_member,
    random_bytes,
    random_text,
    rewrite_package,
    sample,
    scramble,
    sheet_body,
    special,
    sqlite_db,
    stream,
    thousands_of_unnamed_rows,
    tree,
    without_metrics,
    workbook_bytes,
)

#: Loader variant -> the name its input gets (folders are given to every loader as they are).
VARIANTS: dict[str, str] = {
    "project": "plan.raci.json",
    "sheet.xlsx": "plan.xlsx",
    "sheet.csv": "plan.csv",
    "preview.xlsx": "plan.xlsx",
    "preview.csv": "plan.csv",
    "measurements": "plan.csv",
    "mlflow": "mlflow.db",
}
#: What a variant may answer unless a case says otherwise: "error" (its own error type) or
#: "either" (its own error, or a result that reports the bad rows itself, as previews and
#: measurement imports do).
DEFAULT_EXPECT: dict[str, str] = {
    "project": "error",
    "sheet.xlsx": "error",
    "sheet.csv": "error",
    "preview.xlsx": "either",
    "preview.csv": "either",
    "measurements": "either",
    "mlflow": "error",
}
LINE = r"line \d+"
LINE_COLUMN = r"line \d+, column \d+"
CELL = r"\w+![A-Z]+\d+"
EITHER = "either"


@dataclass(frozen=True)
class Case:
    """One hostile input: how to make it, and what each loader variant may answer.

    ``place`` maps a variant to a regular expression its message must match besides naming
    the file: a line and column, a JSON path, a cell address, a part of the package.
    """

    name: str
    kind: str
    make: Make
    expect: Mapping[str, str] = field(default_factory=dict)
    place: Mapping[str, str] = field(default_factory=dict)

    def expected(self, variant: str) -> str:
        """Return "error" or "either" for ``variant``."""
        return self.expect.get(variant, DEFAULT_EXPECT[variant])


def materialise(case: Case, folder: Path) -> dict[str, Path]:
    """Make ``case`` in ``folder`` (which must not exist); return each variant's input."""
    folder.mkdir(parents=True)
    target = folder / "input"
    case.make(target)
    if target.is_dir() and not target.is_symlink():
        return dict.fromkeys(VARIANTS, target)
    for name in set(VARIANTS.values()):
        os.link(target, folder / name, follow_symlinks=False)
    return {variant: folder / name for variant, name in VARIANTS.items()}


CASES: list[Case] = [
    # -- junk of every kind and size --------------------------------------------------------
    Case("empty", "truncated", data(b"")),
    Case("whitespace", "truncated", data(b" \n\t\r\n " * 100)),
    Case("nul-bytes", "encoding", data(b"\0" * 65536)),
    Case("random-bytes", "random", random_bytes(1, 256 * 1024)),
    Case("random-bytes-after-zip-magic", "random", random_bytes(2, 65536, b"PK\x03\x04")),
    Case("random-text", "random", data(lambda: random_text(3, 200_000))),
    Case("png-image", "wrong-type", random_bytes(4, 8192, b"\x89PNG\r\n\x1a\n")),
    Case("old-xls", "wrong-type", data(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8192)),
    Case("folder", "wrong-type", Path.mkdir),
    Case("dangling-link", "wrong-type", special("dangling")),
    Case("named-pipe", "special", special("pipe")),
    Case("endless-device", "special", special("device")),
    # -- encodings --------------------------------------------------------------------------
    Case("utf16-project", "encoding", data(lambda: sample().decode().encode("utf-16"))),
    Case("utf32-project", "encoding", data(lambda: sample().decode().encode("utf-32"))),
    Case("utf16-odd-length", "encoding", data(b"\xff\xfeA\0c\0t\0,\0P\0\n")),
    Case(
        "raw-lone-surrogate",
        "encoding",
        data(HEADER[:-2] + b"\xed\xa0\x80" + b', "x": 1}'),
        place={"project": LINE_COLUMN},
    ),
    Case(
        "escaped-lone-surrogate",
        "encoding",
        data(lambda: sample().replace(b'"name": "', b'"name": "\\ud800', 1)),
        place={"project": LINE_COLUMN},
    ),
    Case(
        "invalid-utf8",
        "encoding",
        data(lambda: inject(sample(), 5000, b"\xc0\xaf\xff")),
        place={"project": LINE_COLUMN},
    ),
    Case(
        "nul-in-the-middle",
        "encoding",
        data(lambda: inject(sample(), 9000, b"\0")),
        place={"project": LINE_COLUMN},
    ),
    # -- truncated --------------------------------------------------------------------------
    Case(
        "truncated-project",
        "truncated",
        data(lambda: sample()[: len(sample()) * 3 // 5]),
        place={"project": LINE_COLUMN},
    ),
    Case("truncated-mid-character", "truncated", data(HEADER + b'"description": "Qualit\xc3')),
    Case("truncated-workbook", "truncated", data(lambda: workbook_bytes()[:1500])),
    # -- JSON of the wrong shape, deep or huge ----------------------------------------------
    Case("json-list", "wrong-type", data(b"[1, 2, 3]")),
    Case(
        "wrong-field-types",
        "wrong-type",
        data(HEADER + b'"roles": "everyone", "activities": {"a": 1}, "layout": []}'),
        place={"project": r"\$\.roles"},
    ),
    Case("future-version", "wrong-type", data(b'{"format": "raci-studio", "schema_version": 99}')),
    Case(
        "duplicate-keys",
        "wrong-type",
        data(HEADER + b'"name": "Again"}'),
        place={"project": LINE_COLUMN},
    ),
    Case(
        "deeply-nested-arrays",
        "nested",
        data(b"[" * 100_000 + b"]" * 100_000),
        place={"project": LINE_COLUMN},
    ),
    Case(
        "deeply-nested-objects",
        "nested",
        data(b'{"a": ' * 50_000 + b"1" + b"}" * 50_000),
        place={"project": LINE_COLUMN},
    ),
    Case(
        "nested-inside-a-field",
        "nested",
        data(HEADER + b'"description": ' + b"[" * 190 + b"]" * 190 + b"}"),
        place={"project": r"\$\.description"},
    ),
    Case(
        "huge-string",
        "huge",
        stream(lambda: [HEADER, b'"description": "', *repeat(b"A", 25 * MB), b'"}']),
        place={"project": r"\$\.description"},
    ),
    Case("over-the-size-cap", "huge", stream(lambda: [*repeat(b" ", 40 * MB), b"{}"])),
    Case(
        "huge-array",
        "huge",
        stream(lambda: [HEADER, b'"activities": [', *repeat(b"0,", 20 * MB), b"0]}"]),
        place={"project": r"\$\.activities"},
    ),
    Case(
        "huge-error-list",
        "huge",
        data(HEADER + b'"activities": [' + b"{}," * 300_000 + b"{}]}"),
        place={"project": r"\$\.activities"},
    ),
    Case(
        "many-layout-keys",
        "huge",
        data(
            lambda: (
                HEADER
                + b'"layout": {'
                + b",".join(b'"n%d": [0, 0]' % i for i in range(400_000))
                + b"}}"
            )
        ),
        place={"project": r"\$\.layout"},
    ),
    Case(
        "number-with-many-digits",
        "huge",
        data(HEADER + b'"description": ' + b"7" * 100_000 + b"}"),
        place={"project": LINE_COLUMN},
    ),
    # -- workbooks: entity attacks, bombs, broken packages ----------------------------------
    Case(
        "xlsx-billion-laughs",
        "entities",
        package(
            lambda: [BILLION_LAUGHS + SHEET_OPEN + b"<row><c><v>&lol9;</v></c></row>", SHEET_TAIL]
        ),
        place={"sheet.xlsx": "xl/worksheets/sheet1.xml"},
    ),
    Case(
        "xlsx-entities-in-shared-strings",
        "entities",
        package(
            extra=lambda: {
                "xl/sharedStrings.xml": BILLION_LAUGHS + b"<sst><si><t>&lol9;</t></si></sst>"
            }
        ),
        place={"sheet.xlsx": "xl/sharedStrings.xml"},
    ),
    Case(
        "xlsx-external-entity",
        "entities",
        package(extra=lambda: {"docProps/core.xml": XXE}),
        place={"sheet.xlsx": "docProps/core.xml"},
    ),
    Case(
        "xlsx-external-dtd",
        "entities",
        package(workbook=EXTERNAL_DTD),
        place={"sheet.xlsx": "xl/workbook.xml"},
    ),
    Case(
        "xlsx-zip-bomb",
        "zip-bomb",
        package(lambda: [SHEET_HEAD, *repeat(BOMB_ROW, 110 * MB), SHEET_TAIL], level=9),
        place={"sheet.xlsx": "xl/worksheets/sheet1.xml"},
    ),
    Case(
        "xlsx-ratio-bomb",
        "zip-bomb",
        package(lambda: [SHEET_HEAD, *repeat(b"<row/>", 30 * MB), SHEET_TAIL], level=9),
        place={"sheet.xlsx": "xl/worksheets/sheet1.xml"},
    ),
    Case("xlsx-lying-sizes", "zip-bomb", patch_sheet_member(lie_about_size)),
    Case(
        "xlsx-many-parts",
        "zip-bomb",
        package(extra=lambda: {f"xl/media/p{i}.xml": b"<a/>" for i in range(1001)}),
    ),
    Case("xlsx-corrupt-deflate", "truncated", patch_sheet_member(scramble)),
    Case("xlsx-encrypted", "wrong-type", patch_sheet_member(encrypt_flag)),
    Case(
        "xlsx-missing-workbook",
        "missing-parts",
        rewrite_package(workbook_bytes, ["xl/workbook.xml"]),
    ),
    Case(
        "xlsx-missing-content-types",
        "missing-parts",
        rewrite_package(workbook_bytes, ["[Content_Types].xml"]),
    ),
    Case(
        "xlsx-missing-sheet",
        "missing-parts",
        rewrite_package(workbook_bytes, ["xl/worksheets/sheet1.xml"]),
    ),
    Case(
        "xlsx-missing-relationships",
        "missing-parts",
        rewrite_package(workbook_bytes, ["_rels/.rels", "xl/_rels/workbook.xml.rels"]),
    ),
    Case(
        "xlsx-missing-shared-strings",
        "missing-parts",
        rewrite_package(workbook_bytes, ["xl/sharedStrings.xml"]),
        expect={"sheet.xlsx": EITHER},
    ),
    Case(
        "xlsx-missing-styles",
        "missing-parts",
        rewrite_package(workbook_bytes, ["xl/styles.xml"]),
        expect={"sheet.xlsx": EITHER},
    ),
    Case(
        "xlsx-bad-shared-string-index",
        "missing-parts",
        package(sheet_body(b'<row r="1"><c r="A1" t="s"><v>99999</v></c></row>')),
        place={"sheet.xlsx": "sheet RACI"},
    ),
    Case(
        "xlsx-malformed-xml",
        "truncated",
        package(lambda: [SHEET_HEAD, row_xml(1, GRID[0])[:-10]]),
        place={"sheet.xlsx": "sheet RACI"},
    ),
    Case(
        "xlsx-absurd-cell-references",
        "wrong-type",
        package(sheet_body(b'<row r="99999999999"><c r="ZZZZZZ99999999999"><v>1</v></c></row>')),
    ),
    Case(
        "xlsx-deeply-nested-xml",
        "nested",
        package(
            lambda: [SHEET_HEAD, *NESTED_CELL, SHEET_TAIL],
            extra=lambda: {"docProps/app.xml": b"<a>" * 100_000 + b"</a>" * 100_000},
        ),
    ),
    Case(
        "xlsx-utf16-part",
        "encoding",
        package(lambda: [b"".join(sheet_stream(GRID)).decode().encode("utf-16")]),
        place={"sheet.xlsx": "xl/worksheets/sheet1.xml"},
    ),
    Case(
        "xlsx-million-empty-rows",
        "huge",
        package(
            lambda: [
                SHEET_HEAD,
                *(
                    b"".join(b'<row r="%d"/>' % i for i in range(s, s + 65536))
                    for s in range(1, 1 << 20, 65536)
                ),
                SHEET_TAIL,
            ]
        ),
    ),
    Case(
        "xlsx-many-sheets-one-part",
        "huge",
        package(lambda: dense_rows(100, 10), workbook=many_sheets_workbook(300)),
        expect={"sheet.xlsx": EITHER},
    ),
    # -- our own workbooks, broken after export ---------------------------------------------
    Case("own-truncated", "truncated", own_workbook(cut=20_000)),
    Case(
        "own-marker-only",
        "missing-parts",
        own_workbook(only_the_marker),
        place={"sheet.xlsx": '"RACI"'},
    ),
    Case(
        "own-without-metrics",
        "missing-parts",
        own_workbook(without_metrics),
        place={"sheet.xlsx": '"Metrics"'},
    ),
    Case(
        "own-formula-as-id", "wrong-type", own_workbook(formula_as_id), place={"sheet.xlsx": CELL}
    ),
    # The workbook mirrors the model, which holds infinity in memory (saving refuses it).
    Case(
        "own-non-finite-numbers",
        "wrong-type",
        own_workbook(non_finite_numbers),
        expect={"sheet.xlsx": EITHER},
    ),
    Case(
        "own-thousands-of-unnamed-rows",
        "huge",
        own_workbook(thousands_of_unnamed_rows),
        expect={"sheet.xlsx": EITHER},
    ),
    # -- CSV text that breaks readers -------------------------------------------------------
    Case(
        "csv-unterminated-quote",
        "truncated",
        stream(lambda: [b'Activity,PM\n"', *repeat(b"a,b\n", 4 * MB)]),
        place={"sheet.csv": LINE, "measurements": LINE},
    ),
    Case(
        "csv-huge-field",
        "huge",
        stream(lambda: [b"Activity,PM\n", *repeat(b"A", 10 * MB)]),
        place={"sheet.csv": LINE, "measurements": LINE},
    ),
    Case("csv-million-columns", "huge", stream(lambda: [*repeat(b"R,", 2 * MB), b"\n"])),
    Case("csv-ten-million-lines", "huge", stream(lambda: repeat(b"x\n", 20_000_000))),
    Case(
        "csv-hundred-thousand-same-names",
        "huge",
        stream(lambda: [b"Activity,PM\r", *repeat(b"TBD,R\r", 100_000 * 6)]),
        expect={"sheet.csv": EITHER},
    ),
    Case(
        "csv-control-characters",
        "encoding",
        data(
            csv_text(
                [
                    ["Activity", "P\x1b[31mM", "D\x7fS"],
                    ["Def\x07ine\u2028KPI", "A", "R"],
                    ["Tr\u202eain\x0c", "R", "A"],
                ]
            )
        ),
        expect={"sheet.csv": EITHER},
    ),
    # -- SQLite files -----------------------------------------------------------------------
    Case("sqlite-not-mlflow", "sqlite", sqlite_db("CREATE TABLE users (id INTEGER, name TEXT);")),
    Case(
        "sqlite-truncated",
        "sqlite",
        sqlite_db(
            MLFLOW_SCHEMA,
            lambda: [("acc", 0.5, DAY0 + i, "r1", i, 0) for i in range(5000)],
            damage="truncated",
        ),
    ),
    Case(
        "sqlite-corrupt-pages",
        "sqlite",
        sqlite_db(
            MLFLOW_SCHEMA,
            lambda: [("acc", 0.5, DAY0 + i, "r1", i, 0) for i in range(5000)],
            damage="scrambled",
        ),
    ),
    Case(
        "sqlite-wal-mode",
        "sqlite",
        sqlite_db(MLFLOW_SCHEMA, lambda: [("acc", 0.5, DAY0, "r1", 0, 0)], wal=True),
        expect={"mlflow": EITHER},
    ),
    Case(
        "sqlite-wrong-columns",
        "sqlite",
        sqlite_db(
            "CREATE TABLE runs (id TEXT); CREATE TABLE metrics (a, b);"
            "INSERT INTO runs VALUES ('x');"
        ),
    ),
    Case(
        "sqlite-hostile-values",
        "sqlite",
        sqlite_db(HOSTILE_RUNS, lambda: HOSTILE_METRICS),
        expect={"mlflow": EITHER},
    ),
    Case(
        "sqlite-many-bad-values",
        "huge",
        sqlite_db(MLFLOW_SCHEMA, lambda: (("acc", "no", DAY0, "r1", i, 0) for i in range(400_000))),
        expect={"mlflow": EITHER},
    ),
    Case("sqlite-many-runs", "huge", sqlite_db(MANY_RUNS), expect={"mlflow": EITHER}),
    # -- mlruns folders ---------------------------------------------------------------------
    Case("mlruns-empty", "mlruns", tree({})),
    Case(
        "mlruns-garbage-meta",
        "mlruns",
        tree(
            {
                "1/meta.yaml": bytes(range(256)) * 16,
                "2/meta.yaml": b"name: x\n",
                "2/r/meta.yaml": b"a: " + b"b" * 300_000,
            }
        ),
        expect={"mlflow": EITHER},
    ),
    Case(
        "mlruns-garbage-metric-lines",
        "mlruns",
        mlruns({"acc": GARBAGE_LINES, "val/loss": bytes(range(256)) * 256}),
        expect={"mlflow": EITHER},
    ),
    Case(
        "mlruns-non-utf8-names",
        "encoding",
        mlruns({"acc\udcff\x01": b"1775030400000 0.5 0\n"}),
        expect={"mlflow": EITHER},
    ),
    Case(
        "mlruns-ten-million-lines",
        "huge",
        mlruns({"acc": lambda: repeat(b"x\n", 20_000_000)}),
        expect={"mlflow": EITHER},
    ),
    Case(
        "mlruns-million-values",
        "huge",
        mlruns({"acc": lambda: metric_lines(1_000_000)}),
        expect={"mlflow": EITHER},
    ),
    Case(
        "mlruns-links-and-pipes",
        "special",
        mlruns(
            {"ok": b"1775030400000 0.5 0\n"},
            {
                "zero": "/dev/zero",
                "endless": "/proc/self/pagemap",
                "loop": ".",
                "gone": "nowhere",
                "pipe": "|",
            },
        ),
        expect={"mlflow": EITHER},
    ),
    Case(
        "mlruns-endless-meta",
        "special",
        tree(
            {"1/r/x": b""},
            {"1/meta.yaml": "/proc/self/pagemap", "1/r/meta.yaml": "/proc/self/pagemap"},
        ),
        expect={"mlflow": EITHER},
    ),
]
