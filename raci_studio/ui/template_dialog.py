"""File ▸ Save as Template…: the project becomes a template in the user's template folder.

The dialog asks for a name and a description, which MRD sections new projects must fill and
which go/no-go and gate criteria they must meet. Saving writes a file; the project itself is
not changed (nothing to undo).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.model import Project
from raci_studio.core.own_templates import MRD, template_project
from raci_studio.core.scoping import ALL_SECTION_TITLES, mandatory_sections
from raci_studio.ui.i18n import translate


class SaveTemplateDialog(QDialog):
    """Name the template and choose what it makes mandatory."""

    def __init__(self, project: Project, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TemplateDialog", "Save as Template"))
        self._project = project
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(
            translate("TemplateDialog", "{name} template").format(name=project.name), self
        )
        self.name.setMaxLength(200)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(
            translate("TemplateDialog", "One line: what kind of project this template is for")
        )
        form.addRow(translate("TemplateDialog", "Template &name:"), self.name)
        form.addRow(translate("TemplateDialog", "&Description:"), self.description)
        layout.addLayout(form)
        sections = QGroupBox(
            translate("TemplateDialog", "MRD sections every new project must fill"), self
        )
        box = QVBoxLayout(sections)
        self.sections = QListWidget(sections)
        chosen = set(mandatory_sections(project))
        for key, title in ALL_SECTION_TITLES.items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        box.addWidget(self.sections)
        layout.addWidget(sections)
        criteria = QGroupBox(
            translate("TemplateDialog", "Criteria every new project must meet"), self
        )
        box = QVBoxLayout(criteria)
        self.criteria = QListWidget(criteria)
        places = [(MRD, translate("TemplateDialog", "MRD"), project.scoping.go_no_go)]
        places += [(g.id, g.name, g.criteria) for g in project.gates]
        for owner, where, items in places:
            for criterion in items:
                item = QListWidgetItem(f"{where}: {criterion.text}")
                item.setData(Qt.ItemDataRole.UserRole, (owner, criterion.id))
                state = Qt.CheckState.Checked if criterion.mandatory else Qt.CheckState.Unchecked
                item.setCheckState(state)
                self.criteria.addItem(item)
        if not self.criteria.count():
            none = translate("TemplateDialog", "This project has no go/no-go or gate criteria yet.")
            box.addWidget(QLabel(none, criteria))
        box.addWidget(self.criteria)
        layout.addWidget(criteria)
        note = QLabel(
            translate(
                "TemplateDialog",
                "Saved in {folder}. Measurements, dates, decisions, people and the "
                "retrospective are left out. To share it, put the file in a shared folder or "
                "repository.",
            ).format(folder=folder),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606D;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()
        self.resize(560, 620)

    def _checked(self, widget: QListWidget) -> list:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def template(self) -> Project:
        """Return the template the dialog describes."""
        return template_project(
            self._project,
            self.name.text().strip() or self._project.name,
            self.description.text().strip(),
            mandatory_sections=self._checked(self.sections),
            mandatory_criteria=[tuple(x) for x in self._checked(self.criteria)],
        )


def save_as_template(window: QWidget, project: Project) -> Path | None:
    """Run the dialog and save the template; return its file (None when cancelled or failed)."""
    from raci_studio.io.project.file import ProjectFileError
    from raci_studio.io.project.template_file import (
        save_template,
        template_path,
        user_template_folder,
    )

    folder = user_template_folder()
    dialog = SaveTemplateDialog(project, folder, window)
    if not dialog.exec():
        return None
    template = dialog.template()
    try:
        return save_template(template, template_path(folder, template.name), template.description)
    except (OSError, ProjectFileError) as exc:
        QMessageBox.warning(
            window,
            translate("TemplateDialog", "Save as Template"),
            translate("TemplateDialog", "The template cannot be saved: {error}").format(error=exc),
        )
        return None


def save_as_template_and_say(window: QWidget) -> Path | None:
    """Save the window's project as a template and say where it went in the status bar."""
    from raci_studio.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.commit_pending()
    path = save_as_template(window, window.adapter.project)
    if path is not None:
        window.statusBar().showMessage(
            translate(
                "TemplateDialog", "Saved the template {name}; File ▸ New from Template lists it."
            ).format(name=path.name),
            8000,
        )
    return path
