"""Copy and paste of grid blocks as tab-separated text, the way spreadsheets exchange cells.

A pasted block fills role columns with letters and tracking columns with dates, statuses
and deliverables, all as one undo step; cells that cannot be read are listed, not guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication

from raci_studio.core.actions import raci as actions
from raci_studio.core.actions import schedule
from raci_studio.core.edits import EditError
from raci_studio.core.model import WorkStatus
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.grid_fields import status_text
from raci_studio.ui.grid_rows import NAME_COLUMN, RowKind
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.grid_view import RaciGridView


def copy_block(view: RaciGridView) -> None:
    """Put the selected block on the clipboard as tab-separated text."""
    indexes = view.selectionModel().selectedIndexes() or [view.currentIndex()]
    indexes = [i for i in indexes if i.isValid()]
    if not indexes:
        return
    rows = sorted({i.row() for i in indexes})
    cols = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    model = view.model()
    lines = []
    for r in rows:
        cells = []
        for c in cols:
            value = model.data(model.index(r, c)) if (r, c) in chosen else ""
            cells.append(str(value or "").replace("\t", " ").replace("\n", " "))
        lines.append("\t".join(cells))
    QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


def _read_status(raw: str) -> Any:
    """A status as the grid shows it (in the reader's language) or as the file spells it."""
    shown = {status_text(s).casefold(): s for s in WorkStatus}
    return shown.get(raw.strip().casefold()) or schedule.parse_tracking("status", raw)


def paste_block(view: RaciGridView, adapter: DocumentAdapter, text: str | None) -> None:
    """Fill the grid from tab-separated text, starting at the view's current cell."""
    text = QGuiApplication.clipboard().text() if text is None else text
    block = [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")]
    if not block or block == [[""]]:
        return
    model = view.model()
    start = view.currentIndex()
    if not start.isValid():
        view.message.emit(translate("Grid", "Select the cell where the pasted block should start."))
        return
    first_col = start.column()
    if first_col == NAME_COLUMN:
        block = [row[1:] for row in block]  # a copied block that includes the names
        first_col = NAME_COLUMN + 1
    rows = [
        r for r in range(start.row(), model.rowCount()) if model.row_info(r)[0] is RowKind.ACTIVITY
    ][: len(block)]
    scheme = adapter.document.scheme
    letters: list[tuple[str, str, str]] = []
    fields: list[tuple[str, str, Any]] = []
    problems: list[str] = []
    for line_no, (row, cells) in enumerate(zip(rows, block, strict=False), start=1):
        activity = model.row_info(row)[1]
        for offset, raw in enumerate(cells):
            where = translate("Grid", "line {line}, column {column}").format(
                line=line_no, column=offset + 1
            )
            role = model.role_at(first_col + offset)
            field = model.field_at(first_col + offset)
            try:
                if role is not None:
                    letters.append((activity, role, scheme.parse(raw)))
                elif field == "status":
                    fields.append((activity, field, _read_status(raw)))
                elif field is not None:
                    fields.append((activity, field, schedule.parse_tracking(field, raw)))
                elif raw.strip():
                    problems.append(
                        translate("Grid", "{where}: no role column here").format(where=where)
                    )
            except (EditError, ValueError) as exc:
                problems.append(translate("Grid", "{where}: {why}").format(where=where, why=exc))
    past = len(block) - len(rows)
    if past > 0:
        problems.append(translate("Grid", "%n lines went past the last activity", None, past))
    count = len(letters) + len(fields)
    if count:
        label = translate("Grid", "Paste %n cells", None, count)
        adapter.run(
            lambda p: schedule.together(
                [
                    actions.fill_cells(p, letters, label) if letters else None,
                    schedule.fill_tracking(p, fields, label) if fields else None,
                ],
                label,
            )
        )
    if problems:
        summary = translate("Grid", "Pasted %n cells; {left} left out.", None, count).format(
            left=len(problems)
        )
        view.message.emit(summary)
        view.paste_report.emit(summary, problems)
    elif count:
        view.message.emit(translate("Grid", "Pasted %n cells.", None, count))
