"""Hostile and broken files: each is refused (or read safely) with a sentence a person reads.

The files are built here, small on disk (bombs are generated from a repetitive stream). Heavy
cases run in a child process so that its peak memory can be measured, with a generous
timeout that only guards against a hang.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from raci_studio.io.sheets import guard as xlsx_guard
from raci_studio.io.sheets.guard import (
    SheetImportError,
    collect_rows,
    open_workbook_safely,
    read_sheet_rows,
)
from raci_studio.io.sheets.importer import import_sheet
from tests.io.sheet_files import (
    BILLION_LAUGHS,
    SHEET_HEAD,
    SHEET_TAIL,
    repeat,
    row_xml,
    sheet_stream,
    write_package,
    write_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
HANG_GUARD = 120  # seconds; a hang guard, not a timing assertion
MEMORY_LIMIT_KB = 500 * 1024
GRID = [["Activity", "PM", "DS"], ["Define KPI", "A", "R"], ["Train", "I", "A/R"]]

_CHILD = """
import json, sys
from raci_studio.io.sheets.importer import import_sheet
from tests.robustness.runner import peak_rss_kb
from raci_studio.io.sheets.guard import SheetImportError
try:
    result = import_sheet(sys.argv[1])
    outcome = {"activities": len(result.project.activities), "warnings": result.report.warnings}
except SheetImportError as exc:
    outcome = {"error": str(exc)}
outcome["maxrss_kb"] = peak_rss_kb()  # not ru_maxrss: Linux keeps the parent's across exec
print(json.dumps(outcome))
"""


def _import_in_child(path: Path) -> dict[str, object]:
    """Import ``path`` in a fresh interpreter; return its outcome and peak memory."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    outcome: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(outcome["maxrss_kb"], int)
    assert outcome["maxrss_kb"] < MEMORY_LIMIT_KB, outcome
    return outcome


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    """Fail a test that hangs instead of waiting forever (no timing assertion)."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError("the import hung")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(HANG_GUARD)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _refused(path: Path, message: str) -> str:
    with pytest.raises(SheetImportError) as info:
        import_sheet(path)
    text = str(info.value)
    assert message in text, text
    assert "Traceback" not in text
    return text


# -- files that are not workbooks -----------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    _refused(path, "empty.xlsx is empty (0 bytes)")


def test_ole2_header_means_password_or_old_xls(tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    _refused(path, "locked.xlsx is password-protected or an old .xls workbook")


def test_renamed_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("Activity,PM\nTrain,R\n")
    _refused(path, "notes.xlsx is not an xlsx file")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.xlsx"
    path.write_bytes(b"\x00" + random.Random(4).randbytes(20_000))
    _refused(path, "noise.xlsx is not an xlsx file")


def test_random_bytes_after_a_zip_signature(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04" + random.Random(5).randbytes(20_000))
    _refused(path, "fake.xlsx is damaged")


def test_truncated_workbook(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", {"RACI": GRID}).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    _refused(path, "cut.xlsx is damaged")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    _refused(path, "photos.xlsx is a zip file but not an Excel workbook")


def test_a_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "gone.xlsx", "gone.xlsx: there is no such file")


def _without(tmp_path: Path, name: str, part: str) -> Path:
    """Return a copy of a small workbook without ``part``."""
    path = tmp_path / name
    source = write_xlsx(tmp_path / f"src-{name}", {"RACI": GRID})
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if info.filename != part:
                dst.writestr(info, src.read(info))
    return path


def test_a_package_without_its_sheet_part(tmp_path: Path) -> None:
    _refused(_without(tmp_path, "hollow.xlsx", "xl/worksheets/sheet1.xml"), "has no worksheets")


def test_a_package_without_its_workbook_part(tmp_path: Path) -> None:
    path = _without(tmp_path, "headless.xlsx", "xl/workbook.xml")
    _refused(path, "headless.xlsx is incomplete: a part Excel needs is missing")


# -- bombs ----------------------------------------------------------------------------------


def test_zip_bomb_declared_size_is_refused(tmp_path: Path) -> None:
    cells = b'<row><c t="n"><v>1</v></c><c t="n"><v>1</v></c></row>'
    path = write_package(
        tmp_path / "bomb.xlsx",
        [SHEET_HEAD, *repeat(cells, 130 * 1024 * 1024), SHEET_TAIL],
        level=9,
    )
    assert path.stat().st_size < 3 * 1024 * 1024
    outcome = _import_in_child(path)
    assert "would unpack to" in str(outcome["error"])
    assert "zip bomb" in str(outcome["error"])


def test_zip_bomb_compression_ratio_is_refused(tmp_path: Path) -> None:
    cells = b'<row><c t="n"><v>1</v></c></row>'
    path = write_package(
        tmp_path / "dense.xlsx", [SHEET_HEAD, *repeat(cells, 40 * 1024 * 1024), SHEET_TAIL], level=9
    )
    assert path.stat().st_size < 1024 * 1024
    _refused(path, "is compressed")


def test_the_package_total_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_guard, "MAX_TOTAL_BYTES", 4000)
    path = write_package(
        tmp_path / "many.xlsx", sheet_stream(GRID), extra={"xl/pad.xml": b"<a/>" * 1000}
    )
    _refused(path, "would unpack to")


def test_too_many_parts(tmp_path: Path) -> None:
    extra = {f"xl/media/part{i}.xml": b"<a/>" for i in range(1001)}
    path = write_package(tmp_path / "parts.xlsx", sheet_stream(GRID), extra=extra)
    _refused(path, "holds 1,006 parts")


def test_a_row_of_millions_of_cells_is_refused(tmp_path: Path) -> None:
    rng = random.Random(7)
    cells = b"".join(b"<c><v>%d</v></c>" % rng.randrange(10**9) for _ in range(300_000))
    path = write_package(
        tmp_path / "wide.xlsx", [SHEET_HEAD, b"<row>", cells, b"</row>", SHEET_TAIL]
    )
    assert path.stat().st_size < 4 * 1024 * 1024
    outcome = _import_in_child(path)
    assert "a row in part xl/worksheets/sheet1.xml is over 4.0 MB" in str(outcome["error"])


def test_a_million_empty_rows_without_a_dimension_stop_fast(tmp_path: Path) -> None:
    def rows() -> Iterator[bytes]:
        yield SHEET_HEAD
        for i, values in enumerate(GRID, start=1):
            yield row_xml(i, values)
        for start in range(len(GRID) + 1, 1_048_576, 65536):
            stop = min(start + 65536, 1_048_576)
            yield b"".join(b'<row r="%d"/>' % i for i in range(start, stop))
        yield row_xml(1_048_576, ["Hidden far below", "R", "A"])
        yield SHEET_TAIL

    path = write_package(tmp_path / "tall.xlsx", rows())
    assert path.stat().st_size < 4 * 1024 * 1024
    outcome = _import_in_child(path)
    assert outcome["activities"] == 2, outcome
    assert any("stopped at row" in w for w in outcome["warnings"])  # type: ignore[union-attr]


def test_a_million_bare_empty_rows_are_refused_or_read_fast(tmp_path: Path) -> None:
    path = write_package(
        tmp_path / "bare.xlsx",
        [
            SHEET_HEAD,
            *(row_xml(i, v) for i, v in enumerate(GRID, 1)),
            *repeat(b"<row/>", 6 << 20),
            SHEET_TAIL,
        ],
    )
    assert path.stat().st_size < 100 * 1024
    outcome = _import_in_child(path)
    assert outcome.get("activities") == 2 or "zip bomb" in str(outcome.get("error"))


# -- XML attacks ----------------------------------------------------------------------------


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    sheet = (
        BILLION_LAUGHS
        + SHEET_HEAD[SHEET_HEAD.index(b"?>") + 2 :]
        + b"<row><c><v>&lol9;</v></c></row>"
        + SHEET_TAIL
    )
    path = write_package(tmp_path / "laughs.xlsx", [sheet])
    outcome = _import_in_child(path)
    assert "declares a DOCTYPE or ENTITY" in str(outcome["error"])


def test_an_external_entity_doctype_is_refused(tmp_path: Path) -> None:
    doctype = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    extra = {"docProps/core.xml": doctype + b"<w>&x;</w>"}
    path = write_package(tmp_path / "xxe.xlsx", sheet_stream(GRID), extra=extra)
    _refused(path, "part docProps/core.xml declares a DOCTYPE or ENTITY")


def test_a_doctype_split_across_read_chunks_is_found(tmp_path: Path) -> None:
    rng = random.Random(3)
    filler = bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(1024 * 1024))
    head = b'<?xml version="1.0"?><!--' + filler
    head = head[: 1024 * 1024 - 7] + b"-->"  # "<!DOCTYPE" straddles the first 1 MB read
    sheet = head + b"<!DOCTYPE x>" + SHEET_HEAD[SHEET_HEAD.index(b"?>") + 2 :] + SHEET_TAIL
    path = write_package(tmp_path / "split.xlsx", [sheet])
    _refused(path, "declares a DOCTYPE or ENTITY")


def test_a_part_in_utf16_is_refused(tmp_path: Path) -> None:
    sheet = "".join(part.decode() for part in sheet_stream(GRID)).encode("utf-16")
    path = write_package(tmp_path / "utf16.xlsx", [sheet])
    _refused(path, "is not written as UTF-8")


def test_defusedxml_guards_openpyxl() -> None:
    import openpyxl

    assert openpyxl.DEFUSEDXML is True


# -- reading caps ---------------------------------------------------------------------------


def test_rows_and_columns_are_capped() -> None:
    raw = ([str(c) for c in range(10)] for _ in range(100))
    rows = collect_rows(raw, max_rows=5, max_cols=3)
    assert len(rows.rows) == 5 and rows.truncated_rows
    assert rows.rows[0] == ["0", "1", "2"] and rows.truncated_cols


def test_reading_stops_after_a_long_run_of_empty_rows() -> None:
    def endless() -> Iterator[list[object]]:
        yield ["Activity", "PM"]
        while True:
            yield [None, None]

    rows = collect_rows(endless(), max_empty_run=50)
    assert rows.rows == [["Activity", "PM"]]
    assert rows.stopped_after_empty == 51


def test_cell_values_become_text(tmp_path: Path) -> None:
    import datetime as dt

    path = write_xlsx(
        tmp_path / "values.xlsx",
        {"S": [["a", 1, 2.5, 3.0, True, dt.datetime(2026, 3, 1), "  ", None, "x"]]},
    )
    workbook = open_workbook_safely(path)
    rows = read_sheet_rows(workbook.worksheets[0], path.name).rows
    assert rows == [["a", "1", "2.5", "3", "TRUE", "2026-03-01", None, None, "x"]]


def test_a_sheet_written_with_a_namespace_prefix_is_read(tmp_path: Path) -> None:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="{ns}"><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Activity</x:t></x:is></x:c>'
        '<x:c r="B1" t="inlineStr"><x:is><x:t>PM</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Train</x:t></x:is></x:c>'
        '<x:c r="B2" t="str"><x:f>"A"</x:f><x:v>A</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    result = import_sheet(write_package(tmp_path / "prefixed.xlsx", [xml.encode()]))
    assert [a.raci for a in result.project.activities] == [{"pm": "A"}]
    assert any("1 formula cell" in w for w in result.report.warnings)


def test_a_huge_dense_grid_is_read_up_to_the_cell_cap(tmp_path: Path) -> None:
    letters = ("R", "A", "C", "I", "A/R")

    def rows() -> Iterator[bytes]:
        yield SHEET_HEAD
        yield row_xml(1, ["Activity"] + [f"Role {i}" for i in range(40)])
        for r in range(2, 6_000):
            yield row_xml(r, [f"Task {r}"] + [letters[(r * i) % 5] for i in range(40)])
        yield SHEET_TAIL

    path = write_package(tmp_path / "dense.xlsx", rows())
    assert path.stat().st_size < 4 * 1024 * 1024
    outcome = _import_in_child(path)
    warnings = "\n".join(outcome.get("warnings", [str(outcome)]))  # type: ignore[arg-type]
    assert "rows of RACI were read" in warnings, outcome
    assert "200,000 cells" in warnings
