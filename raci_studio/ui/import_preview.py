"""The import preview: the sheet's cells coloured by what they become, with the notes beside.

The table shows the first rows of the sheet as a spreadsheet does; every part of the layout
has its colour, rows that will be skipped are struck through, and each cell a note concerns
carries it as a tooltip and a mark. The list under it names every note; choosing one selects
its cell. Everything shown comes from a dry run of the import (``dry_run``), so what the
preview says is what the import will do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci_studio.io.sheets.cells import column_letter, parse_cell
from raci_studio.io.sheets.importer import DryRun
from raci_studio.io.sheets.layout import SheetLayout
from raci_studio.io.sheets.report import cell_of
from raci_studio.ui.i18n import translate

TINTS = {
    "header": QColor("#DDE6F0"),
    "activity": QColor("#FFF4D6"),
    "role": QColor("#E3F1E8"),
    "phase": QColor("#F1E3EE"),
    "inner": QColor("#F8EFF5"),
    "note": QColor("#FFE08A"),
    "skipped": QColor("#F6C9CC"),
}
SKIPPED_TEXT = QColor("#8A8A8A")
MAX_COLUMN_WIDTH = 240
#: List entries: what kind of line, and its marker.
MARKS = {"skipped": "✖", "note": "●", "warning": "▲"}


def legend() -> tuple[tuple[str, str], ...]:
    """Return the parts of the layout the preview colours: their tint's key and their name."""
    return (
        ("header", translate("ImportPreview", "Header")),
        ("activity", translate("ImportPreview", "Activities")),
        ("role", translate("ImportPreview", "Letters")),
        ("phase", translate("ImportPreview", "Phases and groups")),
        ("note", translate("ImportPreview", "Read with care")),
        ("skipped", translate("ImportPreview", "Not imported")),
    )


@dataclass(frozen=True)
class Mark:
    """A note about one cell (or, for a skipped row, the row it starts)."""

    kind: str  # "skipped" or "note"
    text: str
    whole_row: bool = False


def marks_of(run: DryRun) -> dict[tuple[int, int], list[Mark]]:
    """Return the notes of a dry run by the cell (row, column) they concern."""
    found: dict[tuple[int, int], list[Mark]] = {}
    if run.report is None:
        return found
    for skipped in run.report.skipped:
        cell = parse_cell(skipped.address)
        if cell is not None:
            found.setdefault(cell, []).append(Mark("skipped", skipped.reason, skipped.whole_row))
    for note in run.report.notes:
        parts = cell_of(note)
        cell = parse_cell(parts[0]) if parts else None
        if parts and cell is not None:
            found.setdefault(cell, []).append(Mark("note", parts[1]))
    return found


class ImportPreview(QWidget):
    """The previewed sheet, coloured by the layout, and the list of notes under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setTabKeyNavigation(False)  # Tab leaves the preview; arrows move in it
        self.table.setCornerButtonEnabled(False)  # nothing to do with a selection of all
        self.table.setAccessibleName(translate("ImportPreview", "Sheet preview"))
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(translate("ImportPreview", "Notes on the import"))
        self.notes.currentItemChanged.connect(self._go_to_note)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.summary)
        notes_layout.addWidget(self.notes, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(notes_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(self._legend())

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, words in legend():
            chip = QLabel(f"  {words}  ", self)
            chip.setStyleSheet(
                f"background: {TINTS[key].name()}; border: 1px solid #C8C8C8; border-radius: 3px"
            )
            row.addWidget(chip)
        row.addStretch(1)
        return row

    def show_rows(
        self, rows: list[list[str | None]], layout: SheetLayout | None, run: DryRun | None
    ) -> None:
        """Paint ``rows`` with the parts of ``layout`` and the notes of the dry run ``run``."""
        columns = max((len(r) for r in rows), default=0)
        self.table.setUpdatesEnabled(False)
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(columns)
        self.table.setHorizontalHeaderLabels([column_letter(c) for c in range(columns)])
        marks = marks_of(run) if run is not None else {}
        skipped_rows = {r for (r, _), ms in marks.items() if any(m.whole_row for m in ms)}
        groups = run.groups if run is not None else {}
        for r, row in enumerate(rows):
            for c in range(columns):
                value = row[c] if c < len(row) else None
                item = QTableWidgetItem("" if value is None else str(value))
                self._paint(item, r, c, layout, groups, marks.get((r, c), []))
                if r in skipped_rows:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(QBrush(SKIPPED_TEXT))
                self.table.setItem(r, c, item)
        first = layout.header_row if layout is not None else 0
        upper = layout.group_row if layout is not None else None
        roles = set(layout.role_cols) if layout is not None else set()
        self._fit_columns(rows, first, upper, roles)
        self.table.setUpdatesEnabled(True)
        self._fill_notes(run)

    def _fit_columns(
        self, rows: list[list[str | None]], first: int, upper: int | None, roles: set[int]
    ) -> None:
        """Size columns to the text from the header down (a title above may overflow).

        The row of role names or groups above a two-row header counts over the role columns.
        """
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        for col in range(self.table.columnCount()):
            width = 0
            shown = rows[first:] + ([rows[upper]] if upper is not None and col in roles else [])
            for row in shown:
                if col < len(row) and row[col] is not None:
                    text = str(row[col]).split("\n")[0]
                    width = max(width, bold_metrics.horizontalAdvance(text))
            width = max(width, metrics.horizontalAdvance(column_letter(col)))
            self.table.setColumnWidth(col, max(48, min(width + 16, MAX_COLUMN_WIDTH)))

    def _paint(
        self,
        item: QTableWidgetItem,
        r: int,
        c: int,
        layout: SheetLayout | None,
        groups: dict[int, int],
        marks: list[Mark],
    ) -> None:
        tint = _tint(r, c, layout, groups)
        if marks:
            tint = TINTS["skipped" if any(m.kind == "skipped" for m in marks) else "note"]
            item.setToolTip("\n".join(m.text for m in marks))
        if r in groups and layout is not None and item.text():
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        if tint is not None:
            item.setBackground(QBrush(tint))

    def _fill_notes(self, run: DryRun | None) -> None:
        self.notes.blockSignals(True)
        self.notes.clear()
        report = run.report if run is not None else None
        if run is None or report is None:
            self.summary.setText(run.problem if run is not None else "")
            self.notes.blockSignals(False)
            return
        counts = report.counts
        rows_skipped = sum(1 for s in report.skipped if s.whole_row)
        cells_skipped = len(report.skipped) - rows_skipped
        activities, roles = counts.get("activities", 0), counts.get("roles", 0)
        phases, cells = counts.get("phases", 0), counts.get("cells", 0)
        # one count a phrase (Qt picks one plural form a text); the sentence around them
        self.summary.setText(
            translate(
                "ImportPreview",
                "The import will make {activities}, {roles} and {phases}, with {cells}; "
                "{rows_skipped} and {cells_skipped} not imported (of the rows shown).",
            ).format(
                activities=translate("ImportPreview", "%n activity(ies)", None, activities),
                roles=translate("ImportPreview", "%n role(s)", None, roles),
                phases=translate("ImportPreview", "%n phase(s)", None, phases),
                cells=translate("ImportPreview", "%n filled cell(s)", None, cells),
                rows_skipped=translate("ImportPreview", "%n row(s)", None, rows_skipped),
                cells_skipped=translate("ImportPreview", "%n cell(s)", None, cells_skipped),
            )
        )
        for skipped in report.skipped:
            where = skipped.address.split("!")[-1]
            if skipped.whole_row:
                text = translate("ImportPreview", "row {cell}: {reason}")
            else:
                text = translate("ImportPreview", "{cell}: {reason}")
            text = text.format(cell=where, reason=skipped.reason)
            self._add_note("skipped", text, skipped.address)
        for note in report.notes:
            parts = cell_of(note)
            text = f"{parts[0].split('!')[-1]}: {parts[1]}" if parts else note
            self._add_note("note", text, parts[0] if parts else "")
        for warning in report.warnings:
            self._add_note("warning", warning, "")
        self.notes.blockSignals(False)

    def _add_note(self, kind: str, text: str, where: str) -> None:
        item = QListWidgetItem(f"{MARKS[kind]}  {text}")
        item.setData(Qt.ItemDataRole.UserRole, where)
        item.setToolTip(text)
        self.notes.addItem(item)

    def _go_to_note(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        cell = parse_cell(item.data(Qt.ItemDataRole.UserRole) or "")
        if cell is None:
            return
        row, col = cell
        if row < self.table.rowCount() and col < self.table.columnCount():
            self.table.setCurrentCell(row, col)
            self.table.scrollTo(self.table.model().index(row, col))


def _tint(r: int, c: int, layout: SheetLayout | None, groups: dict[int, int]) -> QColor | None:
    """Return the colour of the part of the layout that cell (r, c) belongs to."""
    if layout is None:
        return None
    if r == layout.header_row or r == layout.group_row:
        return TINTS["header"]
    if not layout.first_row <= r <= layout.last_row:
        return None
    roles = set(layout.role_cols) | set(layout.letter_cols)
    if r in groups and c <= max(roles | {layout.activity_col}):
        return TINTS["phase" if groups[r] == 0 else "inner"]
    if c == layout.activity_col:
        return TINTS["activity"]
    if c in roles or c in (layout.role_col, layout.letter_col):
        return TINTS["role"]
    if c == layout.phase_col:
        return TINTS["phase"]
    return None
