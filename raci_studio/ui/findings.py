"""The findings panel: the RACI rules' live verdict, one line per finding.

A finding's sentence is shown in the user's language by :func:`shown_message`: core keeps
every template in :mod:`raci_studio.core.messages` under a message id, and the catalogue holds
their translations in the context ``Findings`` with that id as the disambiguation. Every view
that shows a finding's words calls it; ``Finding.message`` is the English of the CLI.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core import palette
from raci_studio.core.changes import Change
from raci_studio.core.findings import Finding, Severity
from raci_studio.core.live_check import LiveCheck
from raci_studio.core.messages import MESSAGES
from raci_studio.core.scoping import ALL_SECTION_TITLES
from raci_studio.ui.badge import badge_icon
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate, translate_catalogued

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

_GLYPHS = {"error": "×", "warning": "!", "info": "i"}


def severity_word(severity: str) -> str:
    """Return the name of a severity ("Error", "Warning", "Note") in the user's language."""
    words = {
        "error": translate("Findings", "Error"),
        "warning": translate("Findings", "Warning"),
        "info": translate("Findings", "Note"),
    }
    return words[severity]


def subject_word(subject: str) -> str:
    """Return what a finding names ("Activity", "Gate", …) in the user's language."""
    words = {
        "project": translate("Findings", "Project"),
        "conflict": translate("Findings", "Conflict"),
        "activity": translate("Findings", "Activity"),
        "cell": translate("Findings", "Cell"),
        "role": translate("Findings", "Role"),
        "phase": translate("Findings", "Phase"),
        "gate": translate("Findings", "Gate"),
        "metric": translate("Findings", "Metric"),
        "scoping": translate("Findings", "Scoping"),
    }
    return words.get(subject, subject)


def shown_message(finding: Finding) -> str:
    """Return a finding's sentence in the user's language (its English when untranslated).

    A translation whose placeholders do not match the finding's values (a translator's typo)
    falls back to the English sentence rather than failing to show anything.
    """
    template = MESSAGES.get(finding.message_id)
    if template is None:  # a finding written without the catalogue
        return finding.message
    text = translate_catalogued("Findings", template, finding.message_id)  # i18n: not shown
    if text == template:
        return finding.message
    try:
        return text.format_map(finding.arguments())
    except (KeyError, ValueError, IndexError, AttributeError):
        return finding.message


def severity_icon(severity: str, size: int = 14) -> QIcon:
    """A round coloured mark with a glyph, so severity is not told by colour alone."""
    return badge_icon(palette.SEVERITY_COLOURS[severity], _GLYPHS[severity], size)


class FindingsModel(QAbstractTableModel):
    """Findings of the current project, recomputed shortly after each edit.

    The check runs on the next turn of the event loop, so an edit and its repaint come first
    and a burst of edits costs one check.

    Signals
    -------
    updated()
        The findings were recomputed.
    """

    updated = Signal()

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._findings: list[Finding] = []
        self._live = LiveCheck()
        self._counts: dict[str, int] | None = None
        self._marks: tuple[dict[str, str], dict[tuple[str, str], str]] | None = None
        self._places: dict[tuple[str, str | None], list[Finding]] | None = None
        self._icons = {s.value: severity_icon(s.value) for s in Severity}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        adapter.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if not change.is_layout_only:
            self._live.note(change)
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        findings = self._live.run(self._adapter.project)
        if findings != self._findings:
            self.beginResetModel()
            self._findings = findings
            self._counts = self._marks = self._places = None
            self.endResetModel()
        self.updated.emit()

    @property
    def findings(self) -> list[Finding]:
        return self._findings

    def counts(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = {s.value: 0 for s in Severity}
            for f in self._findings:
                self._counts[f.severity.value] += 1
        return dict(self._counts)

    def marks(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        """Worst severity per activity row (and ``phase:ID``) and per cell, for the grid."""
        if self._marks is None:
            self._marks = self._compute_marks()
        return self._marks

    def _compute_marks(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        rows: dict[str, str] = {}
        cells: dict[tuple[str, str], str] = {}

        def worse(old: str | None, new: str) -> str:
            return new if old is None or _ORDER[Severity(new)] < _ORDER[Severity(old)] else old

        for f in self._findings:
            if f.severity is Severity.INFO or not f.ids:
                continue
            sev = f.severity.value
            if f.subject == "cell" and len(f.ids) >= 2:
                cells[(f.ids[0], f.ids[1])] = worse(cells.get((f.ids[0], f.ids[1])), sev)
                rows[f.ids[0]] = worse(rows.get(f.ids[0]), sev)
            elif f.subject == "activity":
                rows[f.ids[0]] = worse(rows.get(f.ids[0]), sev)
            elif f.subject == "phase":
                key = f"phase:{f.ids[0]}"
                rows[key] = worse(rows.get(key), sev)
        return rows, cells

    def problems_at(self, activity_id: str, role_id: str | None = None) -> list[Finding]:
        """Return the warnings and errors about an activity (or one of its cells)."""
        if self._places is None:
            places: dict[tuple[str, str | None], list[Finding]] = {}
            for f in self._findings:
                if f.severity is Severity.INFO or not f.ids:
                    continue
                if f.subject == "cell" and len(f.ids) >= 2:
                    places.setdefault((f.ids[0], f.ids[1]), []).append(f)
                elif f.subject == "activity":
                    places.setdefault((f.ids[0], None), []).append(f)
            self._places = places
        found = self._places.get((activity_id, role_id), [])
        if role_id is not None:  # a cell also breaks what its whole activity breaks
            found = found + self._places.get((activity_id, None), [])
        return found

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        f = self._findings[index.row()]
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons[f.severity.value]
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return severity_word(f.severity.value)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Findings", "{severity} ({code})").format(
                    severity=severity_word(f.severity.value), code=f.code
                )
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return shown_message(f) if column == 1 else self._where(f)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Findings", "{message}\n\nRule: {code}").format(
                message=shown_message(f), code=f.code
            )
        return None

    def _where(self, f: Finding) -> str:
        project = self._adapter.project
        if not f.ids:
            return translate("Findings", "Project")
        names = {
            "activity": {a.id: a.name for a in project.activities},
            "cell": {a.id: a.name for a in project.activities},
            "role": {r.id: r.name for r in project.roles},
            "phase": {p.id: p.name for p in project.phases},
            "gate": {g.id: g.name for g in project.gates},
            "metric": {m.id: m.name for m in project.metrics},
            "scoping": dict(ALL_SECTION_TITLES),
        }.get(f.subject, {})
        label = names.get(f.ids[0], f.ids[0])
        if f.subject == "cell" and len(f.ids) > 1:
            role = next((r.short or r.name for r in project.roles if r.id == f.ids[1]), f.ids[1])
            return translate("Findings", "{activity} × {role}").format(activity=label, role=role)
        return translate("Findings", "{subject}: {name}").format(
            subject=subject_word(f.subject), name=label
        )

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        headers = (
            translate("Findings", "Severity"),
            translate("Findings", "Finding"),
            translate("Findings", "Where"),
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section] if section else ""  # the icon column needs no title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return headers[section]
        return None


class FindingsDock(QDockWidget):
    """A dock listing the findings; double-click (or Enter) jumps to what a finding names."""

    activated = Signal(object)  # Finding

    def __init__(self, model: FindingsModel, parent=None) -> None:
        super().__init__(translate("Findings", "Findings"), parent)
        self.setObjectName("findings-dock")
        self._model = model
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        self._summary = QLabel(body)
        layout.addWidget(self._summary)
        self.table = QTableView(body)
        self.table.setAccessibleName(translate("Findings", "Findings"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setIconSize(QSize(14, 14))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 26)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        self.table.doubleClicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        layout.addWidget(self.table)
        self.setWidget(body)
        model.updated.connect(self._update_summary)
        self._update_summary()

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self._model.finding(index.row()))

    def _update_summary(self) -> None:
        c = self._model.counts()
        if not any(c.values()):
            self._summary.setText(translate("Findings", "No findings: every rule passes."))
            return
        # Counts as labels, not "1 error, 2 warnings": right in every language without plurals.
        self._summary.setText(
            translate(
                "Findings", "Errors: {errors} · Warnings: {warnings} · Notes: {notes}"
            ).format(errors=c["error"], warnings=c["warning"], notes=c["info"])
        )
