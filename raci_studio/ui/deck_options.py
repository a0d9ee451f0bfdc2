"""The kickoff deck's one choice: the built-in look or the organisation's own template."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

TEMPLATE_KEY = "export/deck_template"


class DeckOptionsDialog(QDialog):
    """Ask which look the deck takes; remembers the last company template chosen."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Kickoff Deck")
        intro = QLabel("Write the slides on which look?")
        self.builtin = QRadioButton("&RACI Studio's own look (16:9)")
        self.company = QRadioButton("&Company template (its slide master, fonts, colours, logo):")
        group = QButtonGroup(self)
        group.addButton(self.builtin)
        group.addButton(self.company)
        self.path = QLineEdit(str(settings.value(TEMPLATE_KEY, "") or ""))
        self.path.setPlaceholderText("company.pptx")
        self.path.setAccessibleName("Template file")
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self.browse)
        self.path.textEdited.connect(lambda _text: self.company.setChecked(True))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C0392B")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.builtin, self.company):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.company if self.path.text() else self.builtin).setChecked(True)

    def browse(self) -> None:
        """Pick the template file."""
        start = self.path.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, "Company Template", start, "PowerPoint presentations (*.pptx)"
        )
        if path:
            self.path.setText(path)
            self.company.setChecked(True)

    def template(self) -> Path | None:
        """Return the chosen template, or None for the built-in look."""
        if not self.company.isChecked():
            return None
        return Path(self.path.text().strip()).expanduser()

    def accept(self) -> None:
        """Close when the choice can be used; otherwise say what is wrong, and stay."""
        template = self.template()
        if template is not None:
            if not template.name:
                return self._refuse("Choose the template file, or RACI Studio's own look.")
            if not template.is_file():
                return self._refuse(f"There is no file “{template}”.")
            self.settings.setValue(TEMPLATE_KEY, str(template))
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def options(self) -> SimpleNamespace:
        """Return the export options the deck writer reads."""
        return SimpleNamespace(template=self.template())
