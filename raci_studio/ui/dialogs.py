"""Small dialogs: new from template, role and project properties, primer, shortcuts, about."""

from __future__ import annotations

import html
from typing import TypedDict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci_studio import __version__
from raci_studio.core.model import Project, Role
from raci_studio.core.scheme import SCHEMES
from raci_studio.core.templates import list_templates


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


#: The choice of no template at all, in the New Project dialog.
BLANK = ""
#: Prefix of an own template's choice: the rest is the template file's path.
OWN_PREFIX = "file:"
BLANK_DESCRIPTION = "No phases, roles or activities yet: build the lifecycle and the grid yourself."


class NewFromTemplateDialog(QDialog):
    """Pick a template (or a blank project) and name the new project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New Project from Template")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Start from:"))
        self.templates = QListWidget(self)
        # descriptions wrap to the list's width: no sideways scrolling to read them
        self.templates.setWordWrap(True)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.templates.setResizeMode(QListView.ResizeMode.Adjust)
        self.templates.setSpacing(2)
        choices = [(info.id, info.name, info.description) for info in list_templates()]
        from raci_studio.io.project.template_file import list_own_templates

        own, _problems = list_own_templates()  # a broken file is left out, not in the way
        choices += [
            (OWN_PREFIX + str(t.path), f"{t.name} (own template)", t.description or str(t.path))
            for t in own
        ]
        choices.append((BLANK, "Blank project", BLANK_DESCRIPTION))
        for ident, name, description in choices:
            item = QListWidgetItem(f"{name}\n{description}")
            item.setData(Qt.ItemDataRole.UserRole, ident)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.itemDoubleClicked.connect(self.accept)
        layout.addWidget(self.templates)
        form = QFormLayout()
        self.name = QLineEdit("New ML project", self)
        self.name.setMaxLength(200)
        form.addRow("Project name:", self.name)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(520, 360)

    def choice(self) -> tuple[str, str]:
        """Return the template id ("" for a blank project, "file:PATH" for an own template)
        and the project's name."""
        item = self.templates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole), self.name.text().strip() or "New ML project"


class RoleValues(TypedDict):
    """What the role dialog asks for."""

    name: str
    short: str
    group: str
    people: list[str]


class ProjectValues(TypedDict):
    """What the project dialog asks for."""

    name: str
    description: str
    scheme: str


class RoleDialog(QDialog):
    """Edit a role's name, short label, group and people."""

    def __init__(self, role: Role | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit Role" if role else "Add Role")
        form = QFormLayout(self)
        self.name = QLineEdit(role.name if role else "", self)
        self.name.setMaxLength(200)
        self.short = QLineEdit(role.short if role else "", self)
        self.short.setMaxLength(12)
        self.short.setPlaceholderText("e.g. DS (column header)")
        self.group = QLineEdit(role.group if role else "", self)
        self.people = QPlainTextEdit("\n".join(role.people) if role else "", self)
        self.people.setPlaceholderText("One person per line")
        self.people.setFixedHeight(80)
        form.addRow("Name:", self.name)
        form.addRow("Short label:", self.short)
        form.addRow("Group:", self.group)
        form.addRow("People:", self.people)
        form.addRow(_buttons(self))

    def values(self) -> RoleValues:
        """Return what the dialog holds, trimmed."""
        people = [p.strip() for p in self.people.toPlainText().splitlines() if p.strip()]
        return {
            "name": self.name.text().strip(),
            "short": self.short.text().strip(),
            "group": self.group.text().strip(),
            "people": people,
        }


class ProjectDialog(QDialog):
    """Edit the project's name, description and letter scheme."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Project Properties")
        form = QFormLayout(self)
        self.name = QLineEdit(project.name, self)
        self.name.setMaxLength(200)
        self.description = QPlainTextEdit(project.description, self)
        self.scheme = QComboBox(self)
        for name, scheme in SCHEMES.items():
            letters = ", ".join(f"{x.code} = {x.name}" for x in scheme.letters)
            self.scheme.addItem(f"{name} ({letters})", name)
        self.scheme.setCurrentIndex(list(SCHEMES).index(project.scheme))
        form.addRow("Name:", self.name)
        form.addRow("Description:", self.description)
        form.addRow("Letters:", self.scheme)
        form.addRow(_buttons(self))
        self.resize(520, 300)

    def values(self) -> ProjectValues:
        """Return what the dialog holds (the name trimmed)."""
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText(),
            "scheme": str(self.scheme.currentData()),
        }


PRIMER = """
<h3>RACI in two sentences per letter</h3>
<p><b style="color:#0072B2">R — Responsible</b>: the role that does the work. Every activity needs
at least one, and several roles may share the work.</p>
<p><b style="color:#D55E00">A — Accountable</b>: the one role that owns the outcome and signs it
off. Exactly one per activity, so that a decision never has two owners or none.</p>
<p><b style="color:#009E73">C — Consulted</b>: roles whose input is sought before or during the
work, in a two-way conversation. Keep them few: too many cooks slow everything down.</p>
<p><b style="color:#CC79A7">I — Informed</b>: roles kept up to date on progress or decisions, one
way. They need to know, not to approve.</p>
<p><b style="color:#C47F00">S — Support</b> (RASCI projects only): roles that help the Responsible
role do the work. Turn it on in Project ▸ Project Properties.</p>
<p>A cell may hold several letters; <b>A/R</b> (the owner also does the work)
is the most common.</p>
"""

SHORTCUTS = [
    ("Toggle a letter in the selected cells", "R, A, C, I (S in RASCI)"),
    ("Clear the selected cells", "Delete or Backspace"),
    ("Pick letters for a cell", "F2 or double-click"),
    ("Rename the activity or phase", "F2 on the name"),
    ("Add an activity below the current one", "Ctrl+Enter or Insert"),
    ("Move the activity up / down", "Alt+Up / Alt+Down"),
    ("Copy / paste a block (spreadsheet compatible)", "Ctrl+C / Ctrl+V"),
    ("Undo / redo", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"),
    ("Find (filter activities)", "Ctrl+F"),
    ("Switch views", "Ctrl+1 … Ctrl+4"),
    ("Show or hide the findings panel", "F8"),
    ("Show or hide the merge conflicts panel", "Shift+F8"),
    ("Resolve a conflict: keep ours, take theirs, use base, edit", "Alt+O, Alt+T, Alt+B, Alt+E"),
    ("Zoom the grid", "Ctrl++ / Ctrl+- / Ctrl+0"),
    ("Diagram: go to the next / previous phase or gate", "Tab / Shift+Tab or arrow keys"),
    ("Diagram: rename the focused node", "Enter or F2"),
    ("Diagram: move the selected nodes a grid step", "Ctrl+arrow keys"),
    ("Diagram: connect the focused node to the next", "C"),
    ("Diagram: add a phase after the focused one", "Insert"),
    ("Present the lifecycle", "F5 (Esc leaves)"),
]


def show_primer(parent: QWidget) -> None:
    _show_html(parent, "RACI Primer", PRIMER)


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(
        f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for what, keys in SHORTCUTS
    )
    _show_html(parent, "Keyboard Shortcuts", f"<table cellpadding='4'>{rows}</table>")


def _show_html(parent: QWidget, title: str, body: str) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser(dialog)
    browser.setHtml(body)
    layout.addWidget(browser)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)
    dialog.resize(560, 420)
    dialog.exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About RACI Studio",
        f"<h3>RACI Studio {__version__}</h3>"
        "<p>Plan machine-learning projects in one file: scope, lifecycle, who does what, "
        "and the metrics that decide.</p>",
    )
