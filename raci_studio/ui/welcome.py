"""The welcome page: start from a template, open a file, a recent project or a sample."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raci_studio.io.project.peek import peek_project_name
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


class WelcomePage(QWidget):
    """What the window shows when no project is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        title = QLabel("<h1>RACI Studio</h1>", self)  # i18n: not shown (the product's name)
        subtitle = QLabel(
            translate(
                "Welcome",
                "Plan a machine-learning project in one file: the problem and its success "
                "metrics, the lifecycle, who does what, and the numbers that decide go or no-go.",
            ),
            self,
        )
        subtitle.setWordWrap(True)
        outer.addWidget(title)
        outer.addWidget(subtitle)
        buttons = QHBoxLayout()
        new = QPushButton(translate("Welcome", "&New from Template…"), self)
        new.clicked.connect(window.new_from_template)
        open_ = QPushButton(translate("Welcome", "&Open…"), self)
        open_.clicked.connect(window.open_dialog)
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        lists = QHBoxLayout()
        self.recent = self._list(lists, translate("Welcome", "&Recent projects"))
        self.samples = self._list(lists, translate("Welcome", "Sa&mples"))
        outer.addLayout(lists, 1)

    def _list(self, row: QHBoxLayout, heading: str) -> QListWidget:
        column = QVBoxLayout()
        label = QLabel(heading, self)  # plain text: a rich-text label has no mnemonic
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        column.addWidget(label)
        widget = QListWidget(self)
        label.setBuddy(widget)  # Alt+letter of the heading goes to its list
        widget.setAccessibleName(heading.replace("&", ""))
        widget.itemActivated.connect(self._open_item)
        widget.itemDoubleClicked.connect(self._open_item)
        column.addWidget(widget)
        row.addLayout(column)
        return widget

    def refresh(self, recent: list[str], samples: list[Path]) -> None:
        for widget, paths, empty in (
            (
                self.recent,
                [Path(p) for p in recent],
                translate("Welcome", "No recent projects yet."),
            ),
            (self.samples, samples, translate("Welcome", "No samples found.")),
        ):
            widget.clear()
            for path in paths:
                stem = path.name.removesuffix(".raci.json").replace("-", " ")
                title = peek_project_name(path) or stem[:1].upper() + stem[1:]
                item = QListWidgetItem(title)
                item.setToolTip(str(path))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                widget.addItem(item)
            if not paths:
                placeholder = QListWidgetItem(empty)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(placeholder)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self._window.open_path(path)
