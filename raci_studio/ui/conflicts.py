"""The conflicts panel: what a merge could not decide, each with base, ours and theirs.

Pick a side (or type a value) and the project takes it in one undo step; resolved conflicts
stay listed, greyed, until the project is saved, which leaves them out of the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions.conflicts import Choice, open_conflicts, resolve_conflict
from raci_studio.core.changes import Change
from raci_studio.core.model import Conflict
from raci_studio.core.versions.words import place_value_words
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate

_SIDES: tuple[Choice, ...] = ("base", "ours", "theirs")
Index = QModelIndex | QPersistentModelIndex


def kind_words(kind: str) -> str:
    """Say what kind of conflict ``kind`` ("edited", "deleted", "added") is, as a sentence."""
    if kind == "deleted":
        return translate("Conflicts", "One side deleted this while the other changed or used it.")
    if kind == "added":
        return translate("Conflicts", "Both sides added this, with different content.")
    return translate("Conflicts", "Both sides changed this differently.")


def choice_words(choice: str) -> str:
    """Return the name of a resolution ("ours", "theirs", "base", "edited") in words."""
    return {
        "ours": translate("Conflicts", "ours"),
        "theirs": translate("Conflicts", "theirs"),
        "base": translate("Conflicts", "base"),
        "edited": translate("Conflicts", "edited"),
    }.get(choice, choice)


def explain(conflict: Conflict) -> str:
    """Return what kind of conflict this is and the merge's note about it, as sentences."""
    return " ".join(filter(None, [kind_words(conflict.kind.value), conflict.note]))


def side_words(conflict: Conflict, side: str) -> str:
    """Return one side's value as words ("deleted" when that side has none)."""
    if side in conflict.absent:
        if side == "base":
            return translate("Conflicts", "(not there)")
        return translate("Conflicts", "(deleted)")
    return place_value_words(conflict.path, getattr(conflict, side))


def headers() -> tuple[str, ...]:
    """Return the conflicts table's column titles."""
    return (
        translate("Conflicts", "Where"),
        translate("Conflicts", "Base"),
        translate("Conflicts", "Ours (in the file now)"),
        translate("Conflicts", "Theirs"),
        translate("Conflicts", "Resolved"),
    )


class ConflictsModel(QAbstractTableModel):
    """The project's conflicts, one row each: where, base, ours, theirs, and the choice made."""

    COLUMNS = 5  # where, base, ours, theirs, the choice made

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._rows: list[Conflict] = []
        adapter.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the conflicts again from the project."""
        self.beginResetModel()
        self._rows = list(self._adapter.project.conflicts)
        self.endResetModel()

    def _changed(self, change: Change) -> None:
        if change.concerns("conflicts") or len(self._rows) != len(self._adapter.project.conflicts):
            self.refresh()

    def conflict(self, row: int) -> Conflict:
        """Return the conflict shown on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return conflict.where
            if column == 4:
                return "" if conflict.resolved is None else f"✓ {choice_words(conflict.resolved)}"
            return side_words(conflict, _SIDES[column - 1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return explain(conflict)
        if role == Qt.ItemDataRole.ForegroundRole and conflict.resolved is not None:
            return QColor("#888888")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None


class ConflictsDock(QDockWidget):
    """A dock listing merge conflicts with buttons to keep ours, take theirs or the base."""

    resolved = Signal(str)  # conflict id

    def __init__(self, adapter: DocumentAdapter, parent=None) -> None:
        super().__init__(translate("Conflicts", "Conflicts"), parent)
        self.setObjectName("conflicts-dock")
        self._adapter = adapter
        self.model = ConflictsModel(adapter, self)
        adapter.shown.connect(self.model.refresh)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableView(body)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows pick a row
        self.table.setAccessibleName(translate("Conflicts", "Merge conflicts"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 170)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.detail = QLabel(body)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            (
                "ours",
                translate("Conflicts", "Keep &Ours"),
                translate("Conflicts", "Keep the value the file holds now ({keys})"),
            ),
            (
                "theirs",
                translate("Conflicts", "Take &Theirs"),
                translate("Conflicts", "Take the other branch's value ({keys})"),
            ),
            (
                "base",
                translate("Conflicts", "Use &Base"),
                translate("Conflicts", "Go back to the value both sides started from ({keys})"),
            ),
            (
                "edited",
                translate("Conflicts", "&Edit…"),
                translate("Conflicts", "Type the value yourself ({keys})"),
            ),
        ):
            button = QPushButton(text, body)
            # the key named in the tip is the one the translated label underlines
            keys = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(tip.format(keys=keys))
            button.clicked.connect(lambda _c=False, k=key: self.resolve_current(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()

    def show_conflict(self, conflict_id: str) -> None:
        """Bring the panel forward with the conflict ``conflict_id`` selected."""
        self.show()
        self.raise_()
        for row in range(self.model.rowCount()):
            if self.model.conflict(row).id == conflict_id:
                self.table.selectRow(row)
                break
        self.table.setFocus()

    def current(self) -> Conflict | None:
        """Return the selected conflict, if any."""
        index = self.table.currentIndex()
        return self.model.conflict(index.row()) if index.isValid() else None

    def resolve_current(self, choice: str) -> bool:
        """Resolve the selected conflict with ``choice``; return True when it was done."""
        conflict = self.current()
        if conflict is None or conflict.resolved is not None:
            return False
        value: Any = None
        if choice == "edited":
            typed = self._ask_value(conflict)
            if typed is None:
                return False
            value = typed
        chosen: Choice = choice  # type: ignore[assignment]
        done = self._adapter.run(lambda p: resolve_conflict(p, conflict.id, chosen, value))
        if done is not None:
            self.resolved.emit(conflict.id)
            self._select_next_open()
        return done is not None

    def _ask_value(self, conflict: Conflict) -> Any:
        """Ask for a value of the conflict's kind (text or number); None when cancelled."""
        current = conflict.ours
        if isinstance(current, bool) or not isinstance(current, str | int | float):
            self._adapter.refused.emit(
                translate("Conflicts", "this value cannot be typed; pick a side instead")
            )
            return None
        if isinstance(current, str):
            text, ok = QInputDialog.getMultiLineText(
                self,
                translate("Conflicts", "Resolve conflict"),
                translate("Conflicts", "{place}:").format(place=conflict.where),
                current,
            )
            return text if ok else None
        number, ok = QInputDialog.getDouble(
            self,
            translate("Conflicts", "Resolve conflict"),
            translate("Conflicts", "{place}:").format(place=conflict.where),
            float(current),
            -1e15,
            1e15,
            4,
        )
        return number if ok else None

    def _select_next_open(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.conflict(row).resolved is None:
                self.table.selectRow(row)
                return

    def _after_reset(self) -> None:
        if not self.table.currentIndex().isValid():
            self._select_next_open()
        self._update()

    def _update(self) -> None:
        project = self._adapter.project
        left = len(open_conflicts(project))
        total = len(project.conflicts)
        if not total:
            self.summary.setText(translate("Conflicts", "No merge conflicts."))
        elif left:
            self.summary.setText(
                translate(
                    "Conflicts",
                    "{left} of %n merge conflict(s) to resolve. The file holds our side's "
                    "value until you choose; check fails until every conflict is resolved.",
                    None,
                    total,
                ).format(left=left)
            )
        else:
            self.summary.setText(
                translate(
                    "Conflicts",
                    "All %n conflict(s) resolved. Saving leaves them out of the file.",
                    None,
                    total,
                )
            )
        conflict = self.current()
        open_one = conflict is not None and conflict.resolved is None
        for key, button in self.buttons.items():
            button.setEnabled(open_one and (key != "base" or "base" not in conflict.absent))  # type: ignore[union-attr]
        if conflict is None:
            self.detail.setText("")
        else:
            self.detail.setText(explain(conflict))
