"""Writers for the robustness corpus: each returns a *maker*, a function that writes one input.

A maker receives the path to create and writes a file, a folder, a link or a pipe there. Big
inputs stream from repetitive generators (never held whole); random bytes use fixed seeds.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import struct
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tests.io.sheet_files import SHEET_HEAD, SHEET_TAIL, row_xml, sheet_stream, write_package

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "support-ticket-deflection.raci.json"
GRID = [["Activity", "PM", "DS"], ["Define KPI", "A", "R"], ["Train", "I", "A/R"]]
#: The start of a project file, to which cases add one hostile field.
HEADER = b'{"format": "raci-studio", "schema_version": 1, "name": "Plan", '
MB = 1024 * 1024
DAY0 = 1_775_030_400_000  # 2026-04-01 in MLflow's milliseconds

Make = Callable[[Path], object]
Content = bytes | Callable[[], Iterable[bytes]]


# -- plain files -------------------------------------------------------------------------------


def data(content: bytes | Callable[[], bytes]) -> Make:
    """Return a maker that writes ``content`` (or what it returns)."""
    return lambda path: path.write_bytes(content() if callable(content) else content)


def stream(chunks: Callable[[], Iterable[bytes]]) -> Make:
    """Return a maker that writes a generated stream, never holding it whole."""

    def make(path: Path) -> None:
        with path.open("wb") as out:
            for chunk in chunks():
                out.write(chunk)

    return make


def random_bytes(seed: int, size: int, prefix: bytes = b"") -> Make:
    """Return a maker for ``prefix`` and ``size`` random bytes from a fixed seed."""
    return data(lambda: prefix + random.Random(seed).randbytes(size))


def random_text(seed: int, size: int) -> bytes:
    """Return random text made of letters, RACI letters, separators and quotes."""
    rng = random.Random(seed)
    alphabet = "abcRACI,;\t\"' \n=+-@0123456789/ÄéΩ"
    return "".join(rng.choice(alphabet) for _ in range(size)).encode()


def sample() -> bytes:
    """Return the bytes of a real project file."""
    return SAMPLE.read_bytes()


def inject(content: bytes, at: int, what: bytes) -> bytes:
    """Return ``content`` with ``what`` inserted at offset ``at``."""
    return content[:at] + what + content[at:]


def csv_text(rows: list[list[str]]) -> bytes:
    """Return rows as CSV bytes (the callers need no quoting)."""
    return "".join(",".join(row) + "\n" for row in rows).encode()


def special(kind: str) -> Make:
    """Return a maker for a named pipe ("pipe"), a link to /dev/zero ("device") or nothing."""
    if kind == "pipe":
        return os.mkfifo
    if kind == "device":
        return lambda path: path.symlink_to("/dev/zero")
    return lambda path: path.symlink_to(path.parent / "gone")


# -- workbooks ---------------------------------------------------------------------------------


def workbook_bytes(rows: list[list[str]] = GRID) -> bytes:
    """Return a small valid workbook holding ``rows``, as openpyxl writes it."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "RACI"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def package(
    sheet: Callable[[], Iterable[bytes]] = lambda: sheet_stream(GRID),
    extra: Callable[[], dict[str, bytes]] | None = None,
    **options: Any,
) -> Make:
    """Return a maker for a hand-written package (see tests.io.sheet_files.write_package)."""
    return lambda path: write_package(path, sheet(), extra=extra() if extra else None, **options)


def sheet_body(xml: bytes) -> Callable[[], Iterable[bytes]]:
    """Return a sheet stream whose rows are ``xml``."""
    return lambda: [SHEET_HEAD, xml, SHEET_TAIL]


#: The sheet head without its XML declaration, for sheets that start with a DOCTYPE.
SHEET_OPEN = SHEET_HEAD[SHEET_HEAD.index(b"?>") + 2 :]


def many_sheets_workbook(count: int) -> str:
    """Return a workbook part listing ``count`` sheets that all point at one part."""
    sheets = "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId1"/>' for i in range(1, count))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<sheets>{sheets}</sheets></workbook>"
    )


def dense_rows(rows: int, cols: int) -> Iterator[bytes]:
    """Yield a sheet of ``rows`` activities and ``cols`` roles, every cell a letter."""
    yield SHEET_HEAD
    yield row_xml(1, ["Activity"] + [f"Role {c}" for c in range(cols)])
    for r in range(2, rows + 2):
        yield row_xml(r, [f"Task {r}"] + ["RACI"[(r + c) % 4] for c in range(cols)])
    yield SHEET_TAIL


def rewrite_package(source: Callable[[], bytes], drop: Iterable[str]) -> Make:
    """Return a maker that copies the package ``source`` returns without the ``drop`` parts."""

    def make(path: Path) -> None:
        dropped = set(drop)
        with (
            zipfile.ZipFile(io.BytesIO(source())) as src,
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for info in src.infolist():
                if info.filename not in dropped:
                    dst.writestr(info.filename, src.read(info))

    return make


def patch_sheet_member(mutate: Callable[[bytearray, zipfile.ZipInfo], None]) -> Make:
    """Return a maker that writes a small workbook, then edits the raw bytes of its sheet."""

    def make(path: Path) -> None:
        raw = bytearray(workbook_bytes())
        with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
            info = archive.getinfo("xl/worksheets/sheet1.xml")
        mutate(raw, info)
        path.write_bytes(bytes(raw))

    return make


def _central_entries(raw: bytearray) -> Iterator[int]:
    offset = raw.find(b"PK\x01\x02")
    while offset >= 0:
        yield offset
        offset = raw.find(b"PK\x01\x02", offset + 4)


def lie_about_size(raw: bytearray, info: zipfile.ZipInfo) -> None:
    """Declare a tiny uncompressed size for a part that inflates to much more."""
    tiny = struct.pack("<I", 40)
    raw[info.header_offset + 22 : info.header_offset + 26] = tiny
    name = info.filename.encode()
    for entry in _central_entries(raw):
        length = struct.unpack_from("<H", raw, entry + 28)[0]
        if raw[entry + 46 : entry + 46 + length] == name:
            raw[entry + 24 : entry + 28] = tiny


def scramble(raw: bytearray, info: zipfile.ZipInfo) -> None:
    """Overwrite the middle of a part's compressed data with noise."""
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 3
    raw[middle : middle + 24] = random.Random(11).randbytes(24)


def encrypt_flag(raw: bytearray, info: zipfile.ZipInfo) -> None:
    """Set the "encrypted" flag on every part, as a password-protected zip does."""
    raw[info.header_offset + 6] |= 0x1
    for entry in _central_entries(raw):
        raw[entry + 8] |= 0x1


def own_workbook(change: Callable[[Any], None] | None = None, cut: int | None = None) -> Make:
    """Return a maker that exports the sample with RACI Studio, lets ``change`` edit it in
    openpyxl, or keeps only its first ``cut`` bytes."""

    def make(path: Path) -> None:
        import openpyxl

        from raci_studio.io.project.file import load_project
        from raci_studio.io.workbook.export import export_xlsx

        xlsx = path.with_suffix(".xlsx")
        export_xlsx(load_project(SAMPLE), xlsx)
        if change is not None:
            workbook = openpyxl.load_workbook(xlsx)
            change(workbook)
            workbook.save(xlsx)
        if cut is not None:
            xlsx.write_bytes(xlsx.read_bytes()[:cut])
        xlsx.rename(path)

    return make


# -- folders and MLflow stores ----------------------------------------------------------------


def tree(files: Mapping[str, Content], links: Mapping[str, str] | None = None) -> Make:
    """Return a maker for a folder of files (relative path -> bytes or a stream) and links.

    A link whose target is "|" becomes a named pipe.
    """

    def make(root: Path) -> None:
        root.mkdir()
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            stream(content if callable(content) else lambda c=content: [c])(path)
        for name, target in (links or {}).items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            if target == "|":
                os.mkfifo(root / name)
            else:
                os.symlink(target, root / name)

    return make


def mlruns(metrics: Mapping[str, Content], links: Mapping[str, str] | None = None) -> Make:
    """Return a maker for an mlruns folder with one run whose metric files are ``metrics``."""
    files: dict[str, Content] = {
        "1/meta.yaml": b"experiment_id: '1'\nlifecycle_stage: active\nname: hostile\n",
        "1/run1/meta.yaml": b"run_id: run1\nrun_name: r\nlifecycle_stage: active\nstatus: 3\n",
    }
    files.update({f"1/run1/metrics/{key}": value for key, value in metrics.items()})
    return tree(files, {f"1/run1/metrics/{k}": v for k, v in (links or {}).items()})


def metric_lines(count: int) -> Iterator[bytes]:
    """Yield ``count`` valid MLflow metric lines, one a minute, in blocks."""
    for block in range(0, count, 10_000):
        steps = range(block, min(block + 10_000, count))
        yield b"".join(b"%d %r %d\n" % (DAY0 + i * 60_000, 0.5 + i % 7 / 10, i) for i in steps)


MLFLOW_SCHEMA = """
CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name TEXT, lifecycle_stage TEXT);
CREATE TABLE runs (run_uuid TEXT PRIMARY KEY, name TEXT, status TEXT, start_time INTEGER,
    end_time INTEGER, lifecycle_stage TEXT, experiment_id INTEGER);
CREATE TABLE metrics (key TEXT, value FLOAT, timestamp INTEGER, run_uuid TEXT, step INTEGER,
    is_nan BOOLEAN);
CREATE TABLE tags (key TEXT, value TEXT, run_uuid TEXT);
INSERT INTO experiments VALUES (0, 'Default', 'active');
INSERT INTO runs VALUES ('r1', 'first', 'FINISHED', 1775030400000, NULL, 'active', 0);
"""


def sqlite_db(
    script: str,
    rows: Callable[[], Iterable[tuple[object, ...]]] | None = None,
    *,
    wal: bool = False,
    damage: str | None = None,
) -> Make:
    """Return a maker for an SQLite file built by ``script`` plus metric ``rows``.

    ``damage`` "truncated" keeps the first third of the file, "scrambled" overwrites all but
    the header page with noise.
    """

    def make(path: Path) -> None:
        db = sqlite3.connect(path)
        try:
            if wal:
                db.execute("PRAGMA journal_mode=WAL")
            db.executescript(script)
            if rows is not None:
                db.executemany("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?)", rows())
            db.commit()
        finally:
            db.close()
        if damage is not None:
            raw = bytearray(path.read_bytes())
            if damage == "truncated":
                raw = raw[: len(raw) // 3]
            else:
                raw[4096:] = random.Random(12).randbytes(len(raw) - 4096)
            path.write_bytes(bytes(raw))

    return make


# -- hostile content: edits of our own workbook, XML, metric lines, SQLite rows ------------


def only_the_marker(wb: Any) -> None:
    """Keep only the sheet that marks the workbook as ours."""
    for name in wb.sheetnames:
        if name != "_raci_studio":
            del wb[name]
    wb.create_sheet("Notes")  # a workbook needs one visible sheet


def without_metrics(wb: Any) -> None:
    """Delete the Metrics sheet."""
    del wb["Metrics"]


def formula_as_id(wb: Any) -> None:
    """Put a formula where a role id belongs."""
    wb["Roles"]["A2"] = '=HYPERLINK("http://example.invalid")'


def non_finite_numbers(wb: Any) -> None:
    """Write "1e999" into the numeric cells of two metrics."""
    for row in wb["Metrics"].iter_rows(min_row=2, max_row=3):
        for cell in row:
            if isinstance(cell.value, int | float):
                cell.value = "1e999"


def thousands_of_unnamed_rows(wb: Any) -> None:
    """Add 20,000 activity rows named "TBD" without an id, as a recipient might."""
    sheet = wb["RACI"]
    last = sheet.max_row
    sheet.insert_rows(last, 20_000)  # rows a recipient added: a name, no id
    for row in range(last, last + 20_000):
        sheet.cell(row, 3, "TBD")
        sheet.cell(row, 4, "A")


BOMB_ROW = b'<row><c t="n"><v>1</v></c></row>'
XXE = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w>&x;</w>'
EXTERNAL_DTD = (
    '<?xml version="1.0"?><!DOCTYPE workbook SYSTEM "http://example.invalid/x.dtd"><workbook/>'
)
NESTED_CELL = [
    b'<row r="1"><c r="A1"><v>1</v>',
    b"<x>" * 100_000,
    b"</x>" * 100_000,
    b"</c></row>",
]
GARBAGE_LINES = (
    b"1775030400000 0.5 0\n\x00\xff\xfe garbage\n1 2 3 4 5\nnan nan nan\n1775030400000 inf 1\n"
    b"1775030400000 1e400 2\n" + b"9" * 40 + b" 0.5 3\n-1775030400000 0.5 -4\n"
    b"\xd9\xa1\xd9\xa2 0.5 5\n" + b"z" * MB
)
HOSTILE_RUNS = (
    MLFLOW_SCHEMA
    + "INSERT INTO runs VALUES (NULL, x'00ff', NULL, 'soon', NULL, 'active', 7);"
    + "INSERT INTO runs VALUES ('r2', 'a' || char(0) || char(10) || char(27), 'FINISHED', 1, NULL,"
    " 'active', 0);"
)
HOSTILE_METRICS = [
    ("acc", "abc", DAY0, "r1", 0, 0),
    ("acc", 0.5, None, "r1", "step", 0),
    ("acc", 0.5, 2**62, "r1", 2**62, 0),
    ("acc", b"\x00\xff", -(2**62), "r1", -1, 0),
    ("a" * 100_000, 1.0, DAY0, "r1", 0, 0),
    ("acc\x01\n", 1.0, DAY0, "r2", 0, 0),
]
MANY_RUNS = (
    MLFLOW_SCHEMA + "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE "
    "i < 300000) INSERT INTO runs SELECT 'r' || i, 'run ' || i, 'FINISHED', i, NULL, 'active', 0 "
    "FROM n;"
)
