"""What the Excel and CSV exports share: the report, safe text, the long form, atomic writes."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from raci_studio.core.model import Activity, Project
from raci_studio.core.scheme import display_letters
from raci_studio.io.atomic_write import write_atomic

#: The most characters an Excel cell holds.
EXCEL_CELL_LIMIT = 32_767
#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = frozenset("=+-@\t\r")
#: Characters XML 1.0 cannot carry, so no workbook can hold them.
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel's own escape for characters XML would otherwise mangle: "_x000D_" is a carriage
# return. A literal "_xHHHH_" in the text is protected by escaping its underscore.
_LITERAL_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")

LONG_FORM_HEADER = ("Phase ID", "Phase", "Activity ID", "Activity", "Role ID", "Role", "Letter")


class ExportError(OSError):
    """An export that could not be written: the message says which file and why."""


@dataclass
class ExportReport:
    """What an export wrote and what it had to change on the way.

    Attributes
    ----------
    path
        The file written.
    rows
        Data rows written (activities for Excel, letters for CSV).
    warnings
        One sentence per change, saying where (``"Scoping!B4: text cut to 32,767 characters"``).
    """

    path: Path
    rows: int = 0
    warnings: list[str] = field(default_factory=list)


def excel_text(text: str, where: Callable[[], str], warnings: list[str]) -> str:
    """Return ``text`` as a workbook can hold it, adding a warning for each change.

    Characters XML cannot carry are removed; carriage returns and literal ``_xHHHH_``
    sequences are escaped the way Excel does (see :func:`excel_unescape`); text over
    Excel's cell limit is cut. ``where`` names the cell, only computed when needed.
    """
    if ILLEGAL_XML.search(text):
        text = ILLEGAL_XML.sub("", text)
        warnings.append(f"{where()}: removed characters a workbook cannot hold")
    if "_x" in text:
        text = _LITERAL_ESCAPE.sub("_x005F_", text)
    if "\r" in text:
        text = text.replace("\r", "_x000D_")
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[:EXCEL_CELL_LIMIT]
        warnings.append(
            f"{where()}: text cut to {EXCEL_CELL_LIMIT:,} characters (the most a cell holds)"
        )
    return text


def excel_unescape(text: str) -> str:
    """Undo Excel's ``_xHHHH_`` escapes, as Excel does when it shows the cell."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def needs_care(text: str) -> bool:
    """Tell whether ``text`` could be read as a formula or must be escaped or cut."""
    return bool(text) and (
        text[0] in FORMULA_STARTS
        or "_x" in text
        or "\r" in text
        or len(text) > EXCEL_CELL_LIMIT
        or text.startswith("#")
        or ILLEGAL_XML.search(text) is not None
    )


def csv_safe(text: str) -> str:
    """Return ``text`` with a leading ``'`` when a spreadsheet would run it as a formula."""
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text


def long_form(project: Project) -> Iterator[tuple[str, str, str, str, str, str, str]]:
    """Yield one row per letter: phase id and name, activity, role, letter.

    Rows follow the grid: phases in order (then activities in phases the project does not
    define), activities in project order within their phase, roles in column order, letters
    in scheme order. Assignments to roles the project does not define are skipped.
    """
    phase_names = {p.id: p.name for p in project.phases}
    roles = [(r.id, r.name) for r in project.roles]
    for phase_id, activities in grid_groups(project):
        phase_name = phase_names.get(phase_id, phase_id)
        for activity in activities:
            raci = activity.raci
            for role_id, role_name in roles:
                letters = raci.get(role_id)
                if not letters:
                    continue
                for letter in display_letters(letters).split("/"):
                    yield (
                        phase_id,
                        phase_name,
                        activity.id,
                        activity.name,
                        role_id,
                        role_name,
                        letter,
                    )


def grid_groups(project: Project) -> list[tuple[str, list[Activity]]]:
    """Return ``(phase id, activities)`` in grid order, unknown phases last."""
    groups: dict[str, list[Activity]] = {p.id: [] for p in project.phases}
    for activity in project.activities:
        groups.setdefault(activity.phase, []).append(activity)
    return list(groups.items())


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Let ``write`` fill a buffer, then replace ``path`` with it in one step.

    A failed export leaves any previous file untouched. ``OSError`` becomes
    :class:`ExportError` with a sentence naming the file.
    """
    buffer = io.BytesIO()
    write(buffer)
    try:
        write_atomic(path, buffer.getvalue())
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise ExportError(f"Cannot write {path}: {reason}") from exc
