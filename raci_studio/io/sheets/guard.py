"""Open spreadsheets from other people safely: hostile or broken files are refused up front.

openpyxl alone does not survive zip bombs, entity expansion or sheets of a million empty rows,
so every workbook is checked here *before* openpyxl sees it: the first bytes are sniffed, the
zip directory is checked against the limits below, and every XML part is scanned (streaming,
bounded) for ``<!DOCTYPE``/``<!ENTITY`` and absurdly long rows. openpyxl then reads the checked
bytes in read-only, data-only mode (macros never run, formulas give their cached values), and
:func:`read_sheet_rows` caps what is read. Every failure becomes one
:class:`SheetImportError` with a sentence a person understands.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from raci_studio.io.bounded_read import FileRefusedError, read_bounded

#: Largest file accepted on disk.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Most parts (zip members) a workbook may have; real ones have a few dozen.
MAX_MEMBERS = 1000
#: Largest declared uncompressed size of one worksheet part (streamed by openpyxl).
MAX_SHEET_PART_BYTES = 100 * 1024 * 1024
#: Largest declared uncompressed size of any other part (styles, strings: loaded whole).
MAX_OTHER_PART_BYTES = 16 * 1024 * 1024
#: Largest declared uncompressed size of the whole package.
MAX_TOTAL_BYTES = 200 * 1024 * 1024
#: Highest compression ratio accepted for parts bigger than RATIO_MIN_BYTES (bombs reach ~1000).
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024
#: Longest stretch of sheet XML without a new row (Excel's widest row is ~2 MB of XML).
MAX_ROW_XML_BYTES = 4 * 1024 * 1024
#: Caps on what is read from one sheet.
MAX_ROWS = 100_000
MAX_COLS = 256
#: Stop reading a sheet after this many empty rows in a row.
MAX_EMPTY_RUN = 1000
#: Most filled cells read in one import, a few seconds of parsing: hand-made grids hold a few
#: thousand (our own workbooks are read by xlsx_own, without this cap).
MAX_CELLS = 200_000

_CHUNK = 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_SUFFIXES = (".xml", ".rels", ".vml", ".svg")
_PREFIX = rb"(?:[A-Za-z0-9_.-]+:)?"
_ROW = re.compile(rb"<" + _PREFIX + rb"row[\s/>]")
_SHEET_DATA = re.compile(rb"<([A-Za-z0-9_.-]+:)?sheetData[\s/>]")
_SHEET_DATA_END = re.compile(rb"</" + _PREFIX + rb"sheetData>|<" + _PREFIX + rb"sheetData/>")
_DIMENSION = re.compile(rb"<" + _PREFIX + rb"dimension[\s/>]")
_OVERLAP = 32

Value = str | None
Rows = list[list[Value]]


class SheetImportError(ValueError):
    """A file that cannot be imported, with a sentence that says why and where."""


@dataclass
class PackageScan:
    """What the checks learnt about a workbook package.

    Attributes
    ----------
    formulas
        Part name (e.g. ``xl/worksheets/sheet1.xml``) -> number of formula cells in it.
    has_macros
        The package holds a VBA project (an .xlsm); it is never run.
    undimensioned
        Worksheet parts with no ``<dimension>`` element, which openpyxl would scan whole on
        opening; :func:`open_workbook_checked` gives them one.
    """

    formulas: dict[str, int] = field(default_factory=dict)
    has_macros: bool = False
    undimensioned: list[str] = field(default_factory=list)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def read_file_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Return the bytes of ``path``, refusing missing, unreadable or oversized files."""
    try:
        return read_bounded(path, limit, "spreadsheet")
    except FileRefusedError as exc:
        raise SheetImportError(f"{exc}.") from None


def sniff_xlsx(data: bytes, name: str) -> None:
    """Refuse bytes that are not an xlsx package: empty, OLE2 (.xls/encrypted) or not a zip."""
    if not data:
        raise SheetImportError(f"{name} is empty (0 bytes): there is nothing to import.")
    if data.startswith(_OLE2):
        raise SheetImportError(
            f"{name} is password-protected or an old .xls workbook: open it in Excel and "
            "save it as .xlsx without a password, then import that file."
        )
    if not data.startswith(b"PK"):
        raise SheetImportError(
            f"{name} is not an xlsx file (its content is not an Excel workbook); save it "
            "from your spreadsheet program as .xlsx or .csv and import that."
        )


def check_package(data: bytes, name: str) -> PackageScan:
    """Check the zip directory and every XML part of an xlsx package against the limits."""
    sniff_xlsx(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _check_archive(archive, name)
    except SheetImportError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OSError):
        raise SheetImportError(
            f"{name} is damaged: it starts like an xlsx file but its content cannot be "
            "unpacked (was it cut short while copying or downloading?)."
        ) from None
    except NotImplementedError:
        raise SheetImportError(
            f"{name} uses a compression method Excel does not write; save it again as .xlsx."
        ) from None
    except MemoryError:
        raise SheetImportError(f"{name} is too large to check safely.") from None


def _check_archive(archive: zipfile.ZipFile, name: str) -> PackageScan:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise SheetImportError(
            f"{name} holds {len(infos):,} parts (a workbook has a few dozen, the limit is "
            f"{MAX_MEMBERS:,}); it was refused."
        )
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        raise SheetImportError(f"{name} is a zip file but not an Excel workbook.")
    total = 0
    for info in infos:
        _check_member(info, name)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise SheetImportError(
            f"{name} would unpack to {_size(total)} (the limit is {_size(MAX_TOTAL_BYTES)}); "
            "it was refused as a possible zip bomb."
        )
    scan = PackageScan(has_macros=any("vbaproject" in n.lower() for n in names))
    for info in infos:
        if info.filename.lower().endswith(_XML_SUFFIXES):
            found = _scan_xml_part(archive, info, name)
            if found.formulas:
                scan.formulas[info.filename] = found.formulas
            if found.sheet and not found.dimension:
                scan.undimensioned.append(info.filename)
    return scan


def _check_member(info: zipfile.ZipInfo, name: str) -> None:
    part = info.filename
    if info.flag_bits & 0x1:
        raise SheetImportError(
            f"{name} is password-protected (part {part} is encrypted); remove the password "
            "in Excel and save it again."
        )
    if info.file_size > MAX_SHEET_PART_BYTES:
        raise SheetImportError(
            f"{name}: part {part} would unpack to {_size(info.file_size)} (the limit is "
            f"{_size(MAX_SHEET_PART_BYTES)}); it was refused as a possible zip bomb."
        )
    if info.file_size > RATIO_MIN_BYTES:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise SheetImportError(
                f"{name}: part {part} is compressed {ratio:,.0f} to 1 (real workbooks stay "
                f"under {MAX_RATIO} to 1); it was refused as a possible zip bomb."
            )


@dataclass
class _PartScan:
    """What one streamed XML part held."""

    formulas: int = 0
    sheet: bool = False  # it has a <sheetData>: a worksheet
    dimension: bool = False  # a <dimension> comes before the <sheetData>
    prefix: bytes = b""  # the namespace prefix of the sheet's elements ("x:"), if any


def _scan_xml_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> _PartScan:
    """Stream one XML part: refuse DTDs, odd encodings and huge rows; count formula cells."""
    part = info.filename
    found = _PartScan()
    tail = b""
    sheet_done = False
    since_row = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            if not tail:
                _check_encoding(chunk, part, name)
            # XML names are case-sensitive: parsers only honour these exact spellings
            text = tail + chunk
            if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
                raise SheetImportError(
                    f"{name}: part {part} declares a DOCTYPE or ENTITY, which workbooks never "
                    "need and attacks use; it was refused."
                )
            if not found.sheet:
                data = _SHEET_DATA.search(text) if b"sheetData" in text else None
                before = data.start() if data else len(text)
                if b"dimension" in text and _DIMENSION.search(text, 0, before):
                    found.dimension = True
                found.sheet = data is not None
                found.prefix = (data.group(1) or b"") if data else b""
            if found.sheet:
                # a match wholly inside the tail was counted with the previous chunk
                counted = _count_formulas(tail, found.prefix)
                found.formulas += _count_formulas(text, found.prefix) - counted
            if found.sheet and not sheet_done:
                since_row = _row_gap(text, len(tail), since_row, part, name)
                end = text.rfind(b"sheetData")
                sheet_done = end >= 0 and bool(_SHEET_DATA_END.search(text, max(0, end - 64)))
            tail = text[-_OVERLAP:]
    if not found.sheet and info.file_size > MAX_OTHER_PART_BYTES:
        raise SheetImportError(
            f"{name}: part {part} is {_size(info.file_size)} (the limit for a part that is "
            f"not a sheet is {_size(MAX_OTHER_PART_BYTES)}); it was refused."
        )
    return found


def _count_formulas(text: bytes, prefix: bytes) -> int:
    """Count formula elements (``<f>``, ``<f t="shared" …>``) in sheet XML."""
    return text.count(b"<" + prefix + b"f>") + text.count(b"<" + prefix + b"f ")


def _check_encoding(chunk: bytes, part: str, name: str) -> None:
    head = chunk[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        raise SheetImportError(
            f"{name}: part {part} is not written as UTF-8, as Excel always does; it was refused."
        )


def _last_row_start(text: bytes) -> int:
    """Return where the last ``<row`` (or ``<x:row``) tag starts in ``text``, or -1."""
    end = len(text)
    while (found := text.rfind(b"row", 0, end)) > 0:
        opening = text.rfind(b"<", max(0, found - 20), found)
        match = _ROW.match(text, opening) if opening >= 0 else None
        if match and match.end() - 4 == found:
            return opening
        end = found
    return -1


def _row_gap(text: bytes, start: int, since_row: int, part: str, name: str) -> int:
    """Return the bytes seen since the last row start; refuse a row longer than the limit."""
    last = _last_row_start(text)
    since_row = len(text) - last if last >= 0 else since_row + len(text) - start
    if since_row > MAX_ROW_XML_BYTES:
        raise SheetImportError(
            f"{name}: a row in part {part} is over {_size(MAX_ROW_XML_BYTES)} of data "
            "(Excel's widest row is far smaller); it was refused."
        )
    return since_row


def add_dimensions(data: bytes, parts: set[str], name: str) -> bytes:
    """Return the package with a ``<dimension>`` before each listed sheet's ``<sheetData>``.

    Without one, openpyxl's read-only mode parses the whole sheet (and keeps every row element)
    just to learn its size. The inserted dimension names whole rows (``1:1048576``), which
    openpyxl reads as "columns unknown", so rows stay as long as their cells and nothing is
    cut; readers bound what they read themselves.
    """
    out = io.BytesIO()
    with (
        guard_errors(name),
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info, source.read(info))
                continue
            with source.open(info) as src, target.open(info.filename, "w", force_zip64=True) as dst:
                _copy_with_dimension(src, dst)
    return out.getvalue()


def _copy_with_dimension(src: Any, dst: Any) -> None:
    element = b'dimension ref="1:1048576"/>'
    pending = b""
    while chunk := src.read(_CHUNK):
        pending += chunk
        match = _SHEET_DATA.search(pending)
        if match:
            prefix = match.group(1) or b""
            dst.write(pending[: match.start()] + b"<" + prefix + element)
            dst.write(pending[match.start() :])
            break
        dst.write(pending[:-_OVERLAP])
        pending = pending[-_OVERLAP:]
    else:
        dst.write(pending)
        return
    while chunk := src.read(_CHUNK):
        dst.write(chunk)


def _check_openpyxl() -> Any:
    """Import openpyxl and make sure it parses XML through defusedxml."""
    try:
        import defusedxml  # noqa: F401  (hard dependency: openpyxl uses it when present)
        import openpyxl
    except ImportError as exc:  # pragma: no cover - broken installation
        raise SheetImportError(
            f"Excel import is unavailable: {exc.name} is not installed; reinstall RACI Studio."
        ) from None
    if openpyxl.DEFUSEDXML is not True:  # pragma: no cover - environment override
        raise SheetImportError(
            "Excel import is switched off: openpyxl is not using defusedxml (is "
            "OPENPYXL_DEFUSEDXML set to something other than True?)."
        )
    return openpyxl


def open_workbook_checked(path: Path | str) -> tuple[Any, PackageScan]:
    """Check ``path`` and open it read-only, data-only; return the workbook and the scan."""
    path = Path(path)
    data = read_file_bytes(path)
    scan = check_package(data, path.name)
    if scan.undimensioned:
        data = add_dimensions(data, set(scan.undimensioned), path.name)
    openpyxl = _check_openpyxl()
    with guard_errors(path.name):
        # openpyxl reads the very bytes that were checked, so the file cannot change in between.
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_vba=False, keep_links=False
        )
    return workbook, scan


def open_workbook_safely(path: Path | str) -> Any:
    """Return an openpyxl read-only workbook for ``path`` once the file passed every check."""
    return open_workbook_checked(path)[0]


class guard_errors:  # noqa: N801 - used as a lower-case context manager, like contextlib's
    """Turn anything a broken workbook can raise into a :class:`SheetImportError`."""

    def __init__(self, name: str, sheet: str | None = None) -> None:
        self.name = name
        self.where = f"{name} (sheet {sheet})" if sheet else name

    def __enter__(self) -> guard_errors:
        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        warnings.simplefilter("ignore")  # openpyxl warns about styles it skips; not news
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> Literal[False]:
        self._warnings.__exit__(None, None, None)
        if exc is None or isinstance(exc, SheetImportError):
            return False
        if not isinstance(exc, Exception):
            return False  # KeyboardInterrupt and friends pass through
        raise SheetImportError(_explain(exc, self.where)) from None


def _explain(exc: BaseException, where: str) -> str:
    kind = type(exc).__name__
    if isinstance(exc, MemoryError):
        return f"{where} is too large to read: the computer ran out of memory."
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return f"{where} is damaged: part of its content cannot be unpacked."
    if isinstance(exc, KeyError):
        return f"{where} is incomplete: a part Excel needs is missing ({exc})."
    if "EntitiesForbidden" in kind or "DTDForbidden" in kind or "ExternalReference" in kind:
        return f"{where} declares XML entities, which workbooks never need; it was refused."
    if "ParseError" in kind or "XMLSyntaxError" in kind:
        return f"{where} is damaged: its XML cannot be read ({exc})."
    if isinstance(exc, OSError):
        return f"{where} cannot be read: {exc.strerror or exc}."
    return f"{where} cannot be read as an Excel workbook ({kind}: {str(exc)[:200]})."


@dataclass
class SheetRows:
    """The capped content of one sheet: rows of text values (None for empty cells).

    ``rows[i][j]`` is the cell in sheet row ``i + 1``, column ``j + 1``; rows are ragged
    (trailing empty cells dropped).
    """

    rows: Rows
    truncated_rows: bool = False
    truncated_cols: bool = False
    #: Filled cells read.
    cells: int = 0
    #: Reading stopped at this many rows after a long run of empty rows (None: it did not).
    stopped_after_empty: int | None = None


def read_sheet_rows(
    worksheet: Any,
    name: str,
    *,
    max_rows: int = MAX_ROWS,
    max_cols: int = MAX_COLS,
    max_empty_run: int = MAX_EMPTY_RUN,
    max_cells: int = MAX_CELLS,
) -> SheetRows:
    """Read a read-only worksheet as text rows, capped, stopping after a long empty run."""
    with guard_errors(name, worksheet.title):
        raw = worksheet.iter_rows(
            min_row=1, max_row=max_rows + 1, max_col=max_cols + 1, values_only=True
        )
        return collect_rows(
            raw,
            max_rows=max_rows,
            max_cols=max_cols,
            max_empty_run=max_empty_run,
            max_cells=max_cells,
        )


def collect_rows(
    raw: Iterable[Iterable[Any]],
    *,
    max_rows: int = MAX_ROWS,
    max_cols: int = MAX_COLS,
    max_empty_run: int = MAX_EMPTY_RUN,
    max_cells: int = MAX_CELLS,
) -> SheetRows:
    """Turn raw cell values into capped text rows; never looks past the caps."""
    rows: Rows = []
    result = SheetRows(rows)
    empty_run = 0
    it: Iterator[Iterable[Any]] = iter(raw)
    for raw_row in it:
        if len(rows) >= max_rows or result.cells >= max_cells:
            result.truncated_rows = True
            break
        values = [cell_text(v) for v in raw_row]
        if len(values) > max_cols:
            if any(v is not None for v in values[max_cols:]):
                result.truncated_cols = True
            del values[max_cols:]
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
        result.cells += sum(v is not None for v in values)
        empty_run = 0 if values else empty_run + 1
        if empty_run >= max_empty_run:
            result.stopped_after_empty = len(rows)
            break
    while rows and not rows[-1]:
        rows.pop()
    return result


def cell_text(value: Any) -> str | None:
    """Return a cell value as text the way a person reads it (None for an empty cell)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
