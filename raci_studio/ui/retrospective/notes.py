"""What the PM writes into the retrospective: a summary and three lists, each change undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions import retrospective as ra
from raci_studio.core.changes import Change
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate


def list_titles() -> dict[str, str]:
    """Return the PM's lists, field -> tab title in the user's language."""
    return {
        "findings": translate("Retrospective", "Findings"),
        "contributing_factors": translate("Retrospective", "Contributing factors"),
        "lessons": translate("Retrospective", "Lessons"),
    }


class SummaryEdit(QPlainTextEdit):
    """The summary; its text becomes one undo step when focus leaves it."""

    left = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class RetroNotes(QTabWidget):
    """Summary, findings, contributing factors and lessons (with the criterion each becomes)."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.summary = SummaryEdit(self)
        self.summary.setPlaceholderText(
            translate(
                "Retrospective",
                "What happened, in a few sentences: the outcome against the target and why.",
            )
        )
        self.summary.setAccessibleName(translate("Retrospective", "Summary"))
        self.summary.setTabChangesFocus(True)  # Tab moves on instead of typing a tab
        self.summary.left.connect(self.commit_pending)
        self.addTab(self.summary, translate("Retrospective", "Summary"))
        self.lists: dict[str, QListWidget] = {}
        for name, title in list_titles().items():
            self.addTab(self._list_page(name, title), title)
        adapter.changed.connect(self._changed)
        self.refresh()

    def _list_page(self, name: str, title: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        items = QListWidget(page)
        items.setWordWrap(True)
        items.setAccessibleName(title)
        items.itemDoubleClicked.connect(lambda item, n=name: self.edit_entry(n, item))
        self.lists[name] = items
        layout.addWidget(items, 1)
        row = QHBoxLayout()
        add = QPushButton(translate("Retrospective", "Add…"), page)
        add.clicked.connect(lambda _=False, n=name: self.add_entry(n))
        remove = QPushButton(translate("Retrospective", "Delete"), page)
        remove.clicked.connect(lambda _=False, n=name: self.remove_entry(n))
        row.addWidget(add)
        row.addWidget(remove)
        if name == "lessons":
            hint = translate(
                "Retrospective", "Each lesson may carry the go/no-go criterion it becomes."
            )
            row.addWidget(QLabel(hint, page))
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _changed(self, change: Change) -> None:
        if change.concerns("retrospective"):
            self.refresh()

    def refresh(self) -> None:
        """Show the retrospective as the project holds it."""
        retro = self._adapter.project.retrospective
        if not self.summary.hasFocus() and self.summary.toPlainText() != retro.summary:
            self.summary.setPlainText(retro.summary)
        for name, widget in self.lists.items():
            widget.clear()
            for entry in getattr(retro, name):
                text = entry.text
                criterion = getattr(entry, "criterion", "")
                if criterion:
                    text += "\n" + translate("Retrospective", "→ go/no-go: {criterion}").format(
                        criterion=criterion
                    )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                widget.addItem(item)

    def commit_pending(self) -> None:
        """Turn the summary being typed into its undo step."""
        text = self.summary.toPlainText()
        self._adapter.run(lambda p: ra.set_summary(p, text))

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getMultiLineText(self, title, label, text)
        return value.strip() if ok and value.strip() else None

    def add_entry(self, name: str) -> None:
        """Ask for a new entry's text (and a lesson's criterion) and add it."""
        title, label = self._add_words(name)
        text = self._ask(title, label)
        if text is None:
            return
        criterion = ""
        if name == "lessons":
            criterion = (
                self._ask(
                    translate("Retrospective", "Go/No-Go Criterion"),
                    translate("Retrospective", "The criterion that would catch it:"),
                )
                or ""
            )
        self._adapter.run(lambda p: ra.add_entry(p, name, text, criterion))

    def edit_entry(self, name: str, item: QListWidgetItem) -> None:
        """Change an entry's text (and a lesson's criterion)."""
        ident = item.data(Qt.ItemDataRole.UserRole)
        entry = next(e for e in getattr(self._adapter.project.retrospective, name) if e.id == ident)
        text = self._ask(
            translate("Retrospective", "Edit"), translate("Retrospective", "Text:"), entry.text
        )
        if text is None:
            return
        criterion = None
        if name == "lessons":
            title = translate("Retrospective", "Go/No-Go Criterion")
            label = translate("Retrospective", "Criterion:")
            criterion = self._ask(title, label, entry.criterion) or ""
        self._adapter.run(lambda p: ra.edit_entry(p, name, ident, text, criterion))

    @staticmethod
    def _add_words(name: str) -> tuple[str, str]:
        """Return the title and label of the dialog that adds to the list ``name``."""
        if name == "findings":
            return translate("Retrospective", "Add Finding"), translate(
                "Retrospective", "The finding:"
            )
        if name == "contributing_factors":
            return translate("Retrospective", "Add Contributing Factor"), translate(
                "Retrospective", "The contributing factor:"
            )
        return translate("Retrospective", "Add Lesson"), translate("Retrospective", "The lesson:")

    def remove_entry(self, name: str) -> None:
        """Delete the selected entries of the list ``name``."""
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.lists[name].selectedItems()]
        self._adapter.run(lambda p: ra.remove_entries(p, name, ids))
