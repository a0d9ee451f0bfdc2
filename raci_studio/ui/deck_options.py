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

from raci_studio.ui.i18n import translate

TEMPLATE_KEY = "export/deck_template"


class DeckOptionsDialog(QDialog):
    """Ask which look the deck takes; remembers the last company template chosen."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("DeckOptions", "Kickoff Deck"))
        intro = QLabel(translate("DeckOptions", "Write the slides on which look?"))
        intro.setWordWrap(True)
        self.builtin = QRadioButton(translate("DeckOptions", "&RACI Studio's own look (16:9)"))
        self.company = QRadioButton(
            translate("DeckOptions", "&Company template (its slide master, fonts, colours, logo):")
        )
        group = QButtonGroup(self)
        group.addButton(self.builtin)
        group.addButton(self.company)
        self.path = QLineEdit(str(settings.value(TEMPLATE_KEY, "") or ""))
        self.path.setPlaceholderText(translate("DeckOptions", "company.pptx"))
        self.path.setAccessibleName(translate("DeckOptions", "Template file"))
        browse = QPushButton(translate("DeckOptions", "&Browse…"))
        browse.clicked.connect(self.browse)
        self.path.textEdited.connect(lambda _text: self.company.setChecked(True))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C0392B")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("DeckOptions", "&Export")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.builtin, self.company):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.company if self.path.text() else self.builtin).setChecked(True)
        # the chosen look has the focus; Tab goes on to the file and Browse
        (self.company if self.company.isChecked() else self.builtin).setFocus()

    def browse(self) -> None:
        """Pick the template file."""
        start = self.path.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("DeckOptions", "Company Template"),
            start,
            translate("DeckOptions", "PowerPoint presentations (*.pptx)"),
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
                return self._refuse(
                    translate("DeckOptions", "Choose the template file, or RACI Studio's own look.")
                )
            if not template.is_file():
                return self._refuse(
                    translate("DeckOptions", "There is no file “{file}”.").format(file=template)
                )
            self.settings.setValue(TEMPLATE_KEY, str(template))
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def options(self) -> SimpleNamespace:
        """Return the export options the deck writer reads."""
        return SimpleNamespace(template=self.template())
