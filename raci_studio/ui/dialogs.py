"""Small dialogs: new from template, role and project properties, primer, shortcuts, about.

Each opens with its first field focused, and Tab goes through the fields in reading order
(the layouts give it; text boxes pass Tab on instead of typing it).
"""

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
from raci_studio.ui.i18n import translate


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _field_box(text: str, parent: QWidget) -> QPlainTextEdit:
    """A text box for a few lines where Tab goes to the next field, as in every other field."""
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    return box


#: The choice of no template at all, in the New Project dialog.
BLANK = ""
#: Prefix of an own template's choice: the rest is the template file's path.
OWN_PREFIX = "file:"


def blank_description() -> str:
    """Return what the blank project choice says it is."""
    return translate(
        "NewProjectDialog",
        "No phases, roles or activities yet: build the lifecycle and the grid yourself.",
    )


def default_project_name() -> str:
    """Return the name a new project gets when the user types none."""
    return translate("NewProjectDialog", "New ML project")


class NewFromTemplateDialog(QDialog):
    """Pick a template (or a blank project) and name the new project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewProjectDialog", "New Project from Template"))
        layout = QVBoxLayout(self)
        start = QLabel(translate("NewProjectDialog", "&Start from:"), self)
        layout.addWidget(start)
        self.templates = QListWidget(self)
        start.setBuddy(self.templates)
        # descriptions wrap to the list's width: no sideways scrolling to read them
        self.templates.setWordWrap(True)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.templates.setResizeMode(QListView.ResizeMode.Adjust)
        self.templates.setSpacing(2)
        choices = [(info.id, info.name, info.description) for info in list_templates()]
        from raci_studio.io.project.template_file import list_own_templates

        own, _problems = list_own_templates()  # a broken file is left out, not in the way
        choices += [
            (
                OWN_PREFIX + str(t.path),
                translate("NewProjectDialog", "{name} (own template)").format(name=t.name),
                t.description or str(t.path),
            )
            for t in own
        ]
        choices.append(
            (
                BLANK,
                translate("NewProjectDialog", "Blank project"),
                blank_description(),
            )
        )
        for ident, name, description in choices:
            item = QListWidgetItem(f"{name}\n{description}")
            item.setData(Qt.ItemDataRole.UserRole, ident)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.itemDoubleClicked.connect(self.accept)
        layout.addWidget(self.templates)
        form = QFormLayout()
        self.name = QLineEdit(default_project_name(), self)
        self.name.setMaxLength(200)
        form.addRow(translate("NewProjectDialog", "Project &name:"), self.name)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.templates.setFocus()
        self.resize(520, 360)

    def choice(self) -> tuple[str, str]:
        """Return the template id ("" for a blank project, "file:PATH" for an own template)
        and the project's name."""
        item = self.templates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole), self.name.text().strip() or (
            default_project_name()
        )


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
        self.setWindowTitle(
            translate("RoleDialog", "Edit Role") if role else translate("RoleDialog", "Add Role")
        )
        form = QFormLayout(self)
        self.name = QLineEdit(role.name if role else "", self)
        self.name.setMaxLength(200)
        self.short = QLineEdit(role.short if role else "", self)
        self.short.setMaxLength(12)
        self.short.setPlaceholderText(translate("RoleDialog", "e.g. DS (column header)"))
        self.group = QLineEdit(role.group if role else "", self)
        self.people = _field_box("\n".join(role.people) if role else "", self)
        self.people.setPlaceholderText(translate("RoleDialog", "One person per line"))
        self.people.setFixedHeight(80)
        form.addRow(translate("RoleDialog", "&Name:"), self.name)
        form.addRow(translate("RoleDialog", "&Short label:"), self.short)
        form.addRow(translate("RoleDialog", "&Group:"), self.group)
        form.addRow(translate("RoleDialog", "&People:"), self.people)
        form.addRow(_buttons(self))
        self.name.setFocus()

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
        self.setWindowTitle(translate("ProjectDialog", "Project Properties"))
        form = QFormLayout(self)
        self.name = QLineEdit(project.name, self)
        self.name.setMaxLength(200)
        self.description = _field_box(project.description, self)
        self.scheme = QComboBox(self)
        for name, scheme in SCHEMES.items():
            letters = ", ".join(f"{x.code} = {x.name}" for x in scheme.letters)
            self.scheme.addItem(f"{name} ({letters})", name)
        self.scheme.setCurrentIndex(list(SCHEMES).index(project.scheme))
        form.addRow(translate("ProjectDialog", "&Name:"), self.name)
        form.addRow(translate("ProjectDialog", "&Description:"), self.description)
        form.addRow(translate("ProjectDialog", "&Letters:"), self.scheme)
        form.addRow(_buttons(self))
        self.name.setFocus()
        self.resize(520, 300)

    def values(self) -> ProjectValues:
        """Return what the dialog holds (the name trimmed)."""
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText(),
            "scheme": str(self.scheme.currentData()),
        }


def primer_paragraphs() -> tuple[tuple[str, str], ...]:
    """Return the primer's paragraphs: the colour of the letter's name (in <b>…</b>), the text."""
    return (
        (
            "#0072B2",
            translate(
                "Help",
                "<b>R — Responsible</b>: the role that does the work. Every activity needs at "
                "least one, and several roles may share the work.",
            ),
        ),
        (
            "#D55E00",
            translate(
                "Help",
                "<b>A — Accountable</b>: the one role that owns the outcome and signs it off. "
                "Exactly one per activity, so that a decision never has two owners or none.",
            ),
        ),
        (
            "#009E73",
            translate(
                "Help",
                "<b>C — Consulted</b>: roles whose input is sought before or during the work, in a "
                "two-way conversation. Keep them few: too many cooks slow everything down.",
            ),
        ),
        (
            "#CC79A7",
            translate(
                "Help",
                "<b>I — Informed</b>: roles kept up to date on progress or decisions, one way. "
                "They need to know, not to approve.",
            ),
        ),
        (
            "#C47F00",
            translate(
                "Help",
                "<b>S — Support</b> (RASCI projects only): roles that help the Responsible role do "
                "the work. Turn it on in Project ▸ Project Properties.",
            ),
        ),
        (
            "",
            translate(
                "Help",
                "A cell may hold several letters; <b>A/R</b> (the owner also does the work) is the "
                "most common.",
            ),
        ),
    )


def shortcuts() -> tuple[tuple[str, str], ...]:
    """Return the keyboard help: what a key does, and the keys."""
    return (
        (
            translate("Shortcuts", "Toggle a letter in the selected cells"),
            translate("Shortcuts", "R, A, C, I (S in RASCI)"),
        ),
        (
            translate("Shortcuts", "Clear the selected cells"),
            translate("Shortcuts", "Delete or Backspace"),
        ),
        (
            translate("Shortcuts", "Pick letters for a cell"),
            translate("Shortcuts", "F2 or double-click"),
        ),
        (
            translate("Shortcuts", "Rename the activity or phase"),
            translate("Shortcuts", "F2 on the name"),
        ),
        (
            translate("Shortcuts", "Add an activity below the current one"),
            translate("Shortcuts", "Ctrl+Enter or Insert"),
        ),
        (
            translate("Shortcuts", "Move the activity up / down"),
            translate("Shortcuts", "Alt+Up / Alt+Down"),
        ),
        (
            translate("Shortcuts", "Copy / paste a block (spreadsheet compatible)"),
            translate("Shortcuts", "Ctrl+C / Ctrl+V"),
        ),
        (
            translate("Shortcuts", "Undo / redo"),
            translate("Shortcuts", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"),
        ),
        (
            translate("Shortcuts", "Find (filter activities)"),
            translate("Shortcuts", "Ctrl+F"),
        ),
        (
            translate("Shortcuts", "Switch views"),
            translate("Shortcuts", "Ctrl+1 … Ctrl+4"),
        ),
        (
            translate("Shortcuts", "Show or hide the findings panel"),
            translate("Shortcuts", "F8"),
        ),
        (
            translate("Shortcuts", "Show or hide the merge conflicts panel"),
            translate("Shortcuts", "Shift+F8"),
        ),
        (
            translate("Shortcuts", "Resolve a conflict: keep ours, take theirs, use base, edit"),
            translate("Shortcuts", "Alt+O, Alt+T, Alt+B, Alt+E"),
        ),
        (
            translate("Shortcuts", "Zoom the grid"),
            translate("Shortcuts", "Ctrl++ / Ctrl+- / Ctrl+0"),
        ),
        (
            translate("Shortcuts", "Diagram: go to the next / previous phase or gate"),
            translate("Shortcuts", "Tab / Shift+Tab or arrow keys"),
        ),
        (
            translate("Shortcuts", "Diagram: rename the focused node"),
            translate("Shortcuts", "Enter or F2"),
        ),
        (
            translate("Shortcuts", "Diagram: move the selected nodes a grid step"),
            translate("Shortcuts", "Ctrl+arrow keys"),
        ),
        (
            translate("Shortcuts", "Diagram: connect the focused node to the next"),
            translate("Shortcuts", "C"),
        ),
        (
            translate("Shortcuts", "Diagram: add a phase after the focused one"),
            translate("Shortcuts", "Insert"),
        ),
        (
            translate("Shortcuts", "Diagram: the canvas, then the properties pane, and back"),
            translate("Shortcuts", "F6"),
        ),
        (
            translate("Shortcuts", "Diagram: show or hide the properties pane"),
            translate("Shortcuts", "Alt+Enter"),
        ),
        (
            translate("Shortcuts", "Present the lifecycle"),
            translate("Shortcuts", "F5 (Esc leaves)"),
        ),
    )


def primer_html() -> str:
    """Return the RACI primer as a page, in the user's language."""
    paragraphs = []
    for colour, words in primer_paragraphs():
        if colour:
            words = words.replace("<b>", f'<b style="color:{colour}">', 1)
        paragraphs.append(f"<p>{words}</p>")
    heading = html.escape(translate("Help", "RACI in two sentences per letter"))
    return f"<h3>{heading}</h3>" + "".join(paragraphs)


def shortcuts_html() -> str:
    """Return the keyboard help as a table, in the user's language."""
    rows = "".join(
        f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for what, keys in shortcuts()
    )
    return f"<table cellpadding='4'>{rows}</table>"  # i18n: not shown


def show_primer(parent: QWidget) -> None:
    """Show the RACI primer."""
    help_dialog(parent, translate("Help", "RACI Primer"), primer_html()).exec()


def show_shortcuts(parent: QWidget) -> None:
    """Show the keyboard shortcuts."""
    help_dialog(parent, translate("Help", "Keyboard Shortcuts"), shortcuts_html()).exec()


def help_dialog(parent: QWidget | None, title: str, body: str) -> QDialog:
    """Return a dialog showing the page ``body`` with a Close button."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser(dialog)
    browser.setHtml(body)
    browser.setTabChangesFocus(True)
    browser.setAccessibleName(title)
    layout.addWidget(browser)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)
    browser.setFocus()  # arrow keys and Page Down scroll the page at once
    dialog.resize(560, 420)
    return dialog


def show_about(parent: QWidget) -> None:
    """Show the version and what the app is for."""
    heading = translate("Help", "RACI Studio {version}").format(version=__version__)
    text = translate(
        "Help",
        "Plan machine-learning projects in one file: scope, lifecycle, who does what, "
        "and the metrics that decide.",
    )
    QMessageBox.about(
        parent,
        translate("Help", "About RACI Studio"),
        f"<h3>{html.escape(heading)}</h3><p>{html.escape(text)}</p>",
    )
