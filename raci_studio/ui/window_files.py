"""The main window's files: open, new from a template, save, close, the recent list, drops.

A base of :class:`~raci_studio.ui.main_window.MainWindow`. A project that fails to open or
save says why and leaves what was open untouched; changes on disk are followed through the
window's file watch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from raci_studio.core.model import Project
from raci_studio.core.templates import blank_project, new_from_template
from raci_studio.io.project.file import ProjectFileError, load_project, save_project
from raci_studio.ui import dialogs
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate
from raci_studio.ui.menus import build_menus
from raci_studio.ui.safety import Autosaver, FileWatch
from raci_studio.ui.samples import is_sample

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

APP_NAME = "RACI Studio"  # i18n: not shown (a name, the same in every language)


def file_filter() -> str:
    """Return the Open and Save dialogs' file types, in the reader's language."""
    return ";;".join(
        (
            translate("Files", "RACI Studio projects (*.raci.json)"),
            translate("Files", "Spreadsheets to import (*.xlsx *.xlsm *.csv)"),
            translate("Files", "JSON files (*.json)"),
            translate("Files", "All files (*)"),
        )
    )


#: Files that File > Open hands to the import dialog.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")
MAX_RECENT = 10


class ProjectFiles(QMainWindow):
    """Opening, saving and closing the window's one project, and the recent files."""

    # set by the window
    settings: QSettings
    adapter: DocumentAdapter
    autosaver: Autosaver
    file_watch: FileWatch
    has_project: bool

    def commit_pending(self) -> None:
        """Turn text still being typed into its undo step (the window asks every view)."""
        raise NotImplementedError

    def _update_title(self) -> None:
        raise NotImplementedError

    def _window(self) -> MainWindow:
        # always a MainWindow: this class is its base and nothing else's
        return cast("MainWindow", self)

    def open_path(self, path: str | Path) -> bool:
        """Open a project file; on failure say why and keep the current project untouched.

        A spreadsheet (.xlsx, .xlsm, .csv) opens the import dialog instead.
        """
        path = Path(path)
        if path.suffix.lower() in SPREADSHEET_SUFFIXES:
            from raci_studio.ui.import_dialog import run_import

            return run_import(self._window(), path)
        if not self.maybe_save():
            return False
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            self._error(translate("Files", "Could not open the project"), str(exc))
            return False
        if is_sample(path):
            # a shipped sample opens as an untitled copy: Save asks where, never overwrites it
            self.adapter.show(project, None)
            self.statusBar().showMessage(
                translate("Files", "Opened a copy of the sample {name}.").format(name=path.name),
                8000,
            )
            return True
        self.adapter.show(project, path)
        self.add_recent(path)
        self.statusBar().showMessage(
            translate("Files", "Opened {name}").format(name=path.name), 4000
        )
        return True

    def open_dialog(self) -> None:
        start = str(self.adapter.path.parent) if self.adapter.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Files", "Open Project"), start, file_filter()
        )
        if path:
            self.open_path(path)

    def new_from_template(self) -> None:
        dialog = dialogs.NewFromTemplateDialog(self)
        if dialog.exec() and self.maybe_save():
            template, name = dialog.choice()
            if template.startswith(dialogs.OWN_PREFIX):
                from raci_studio.core.own_templates import project_from_template
                from raci_studio.io.project.template_file import load_template

                try:
                    own = load_template(template.removeprefix(dialogs.OWN_PREFIX))
                except ProjectFileError as exc:
                    self._error(translate("Files", "Could not read the template"), str(exc))
                    return
                project = project_from_template(own.project, name)
            else:
                project = new_from_template(template, name) if template else blank_project(name)
            self.adapter.show(project, None, saved=False)

    def save(self) -> bool:
        self.commit_pending()
        if self.adapter.path is None:
            return self.save_as()
        return self._save_to(self.adapter.path)

    def save_as(self) -> bool:
        suggested = (
            self.adapter.path or Path.home() / f"{_file_stem(self.adapter.project.name)}.raci.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Files", "Save Project As"), str(suggested), file_filter()
        )
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".raci.json"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            save_project(self.adapter.project, path)
        except (ProjectFileError, OSError) as exc:
            self._error(
                translate("Files", "Could not save the project"),
                translate("Files", "{path}: {reason}\n\nYour changes are still open.").format(
                    path=path, reason=exc
                ),
            )
            return False
        self.adapter.mark_saved(path)
        self.file_watch.follow(path)
        self.add_recent(path)
        self._update_title()
        self.statusBar().showMessage(
            translate("Files", "Saved {name}").format(name=path.name), 4000
        )
        return True

    def close_project(self) -> None:
        if self.maybe_save():
            self.autosaver.discard()
            self.file_watch.follow(None)
            self.adapter.close()

    def show_recovered(self, project: Project, original: Path | None) -> None:
        """Open restored work as unsaved changes to the file it belongs to."""
        self.adapter.show(project, original, saved=False)
        self.statusBar().showMessage(
            translate("Files", "Restored unsaved work: save it to keep it."), 10000
        )

    def file_missing(self, path: Path) -> None:
        """The open file was deleted or moved: keep the project open and say so."""
        self.file_watch.follow(None)
        self.adapter.mark_unsaved()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            translate("Files", "“{name}” was deleted or moved.").format(name=path.name),
            parent=self,
        )
        box.setInformativeText(
            translate(
                "Files",
                "{path}\n\nYour project is still open here. Save it to write the file again, "
                "or use Save As to put it somewhere else.",
            ).format(path=path)
        )
        box.open()

    def file_changed_on_disk(self, path: Path) -> None:
        """Another program changed the open file: reload it, or keep the version here."""
        if not self.adapter.is_saved:
            answer = QMessageBox.question(
                self,
                APP_NAME,
                translate(
                    "Files",
                    "“{name}” was changed by another program, and you have unsaved changes."
                    "\n\nReload the file from disk (your changes here are lost), or keep your "
                    "version (saving will replace theirs)?",
                ).format(name=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.adapter.mark_unsaved()
                return
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            self.adapter.mark_unsaved()
            self._error(
                translate("Files", "The file on disk changed and cannot be read"),
                translate("Files", "{reason}\nYour version stays open.").format(reason=exc),
            )
            return
        self.adapter.show(project, path)
        self.statusBar().showMessage(
            translate("Files", "Reloaded {name}: it was changed on disk.").format(name=path.name),
            8000,
        )

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; False means stop."""
        self.commit_pending()
        if not self.has_project or self.adapter.is_saved:
            return True
        answer = QMessageBox.warning(
            self,
            APP_NAME,
            translate("Files", "“{name}” has unsaved changes. Save them?").format(
                name=self.adapter.project.name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text.split("\n")[0], parent=self)
        lines = text.split("\n")
        if len(lines) > 1:
            box.setInformativeText("\n".join(lines[1:12]))
            if len(lines) > 12:
                box.setDetailedText(text)
        box.exec()

    # -- recent files and geometry -----------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as its item
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if v]

    def add_recent(self, path: Path) -> None:
        name = str(path.resolve())
        files = [name] + [f for f in self.recent_files() if f != name]
        self.settings.setValue("recent", files[:MAX_RECENT])
        build_menus(self._window())

    def clear_recent(self) -> None:
        self.settings.setValue("recent", [])
        build_menus(self._window())

    # -- drag and drop -----------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if _dropped_project(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = _dropped_project(event.mimeData())
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path))


def _dropped_project(mime) -> str | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().endswith(".json"):
            return url.toLocalFile()
    return None


def _file_stem(name: str) -> str:
    from raci_studio.core.ids import slugify

    return slugify(name, "project")
