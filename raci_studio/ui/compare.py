"""File ▸ Compare With: the semantic diff of the open project against a file or the last commit.

The open project (with any unsaved edits) is the new side; the file or the committed copy is
the old one. The last commit is read with the ``git`` command; when git is missing or the
project is not in a work tree, the menu item says so instead of failing later.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from raci_studio.core.model import Project
from raci_studio.core.versions.diff import DiffLine, diff_projects, diff_text
from raci_studio.io.git.run import GitError, committed_bytes, git_executable, work_tree_of
from raci_studio.io.project.file import ProjectFileError, load_project, loads_project
from raci_studio.ui.i18n import translate

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


def project_filter() -> str:
    """Return the Open dialog's file types, in the user's language."""
    return ";;".join(
        (
            translate("CompareDialog", "RACI Studio projects (*.raci.json)"),
            translate("CompareDialog", "JSON files (*.json)"),
            translate("CompareDialog", "All files (*)"),
        )
    )


class CompareDialog(QDialog):
    """The changes between two versions of a project, grouped by area, one fact a line."""

    def __init__(self, title: str, lines: list[DiffLine], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lines = lines
        layout = QVBoxLayout(self)
        changes = len(lines)
        if changes:
            summary = translate("CompareDialog", "%n change(s) (old → now):", None, changes)
        else:
            summary = translate("CompareDialog", "No differences: the projects are the same.")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(translate("CompareDialog", "Changes"))
        areas: dict[str, QTreeWidgetItem] = {}
        for line in lines:
            area = areas.get(line.area)
            if area is None:
                area = areas[line.area] = QTreeWidgetItem(self.tree, [line.area])
                font = area.font(0)
                font.setBold(True)
                area.setFont(0, font)
            item = QTreeWidgetItem(area, [line.text])
            item.setToolTip(0, line.text)
        self.tree.expandAll()
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(
            translate("CompareDialog", "&Copy as Text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy_text)
        copy.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.setFocus()
        self.resize(720, 520)

    def copy_text(self) -> None:
        """Put the changes on the clipboard as text."""
        QGuiApplication.clipboard().setText(diff_text(self.lines))


def last_commit_unavailable(path: Path | None) -> str | None:
    """Say why the project cannot be compared with the last commit, or None when it can."""
    if git_executable() is None:
        return translate("CompareDialog", "git is not installed")
    if path is None:
        return translate("CompareDialog", "save the project first")
    if work_tree_of(path) is None:
        return translate("CompareDialog", "the project is not in a git repository")
    return None


def fill_compare_menu(window: MainWindow, menu: QMenu) -> None:
    """Fill File ▸ Compare With: another file, and the last commit when git can give it."""
    menu.clear()
    menu.addAction(translate("CompareDialog", "Another &File…"), lambda: compare_with_file(window))
    if window.has_project:
        why = last_commit_unavailable(window.adapter.path)
    else:
        why = translate("CompareDialog", "no project")
    if why is None:
        text = translate("CompareDialog", "&Last Commit")
        tip = translate("CompareDialog", "Show what changed since the last commit")
    else:
        text = translate("CompareDialog", "Last Commit ({reason})").format(reason=why)
        tip = translate("CompareDialog", "Not available: {reason}.").format(reason=why)
    action = menu.addAction(text, lambda: compare_with_last_commit(window))
    action.setEnabled(why is None)
    action.setStatusTip(tip)


def compare_with_file(window: MainWindow) -> None:
    """Ask for a project file and show how the open project differs from it."""
    start = str(window.adapter.path.parent) if window.adapter.path else ""
    name, _ = QFileDialog.getOpenFileName(
        window, translate("CompareDialog", "Compare With"), start, project_filter()
    )
    if not name:
        return
    try:
        other = load_project(name)
    except ProjectFileError as exc:
        QMessageBox.warning(
            window,
            translate("CompareDialog", "Compare With"),
            translate("CompareDialog", "{file} cannot be compared.\n\n{error}").format(
                file=Path(name).name, error=exc
            ),
        )
        return
    title = translate("CompareDialog", "Changes since {file}").format(file=Path(name).name)
    show_comparison(window, other, title)


def compare_with_last_commit(window: MainWindow) -> None:
    """Show how the open project differs from its copy in the last commit."""
    path = window.adapter.path
    why = last_commit_unavailable(path)
    if why is not None or path is None:
        QMessageBox.information(
            window,
            translate("CompareDialog", "Compare With Last Commit"),
            translate("CompareDialog", "Not available: {reason}.").format(reason=why),
        )
        return
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = committed_bytes(path)
        label = translate("CompareDialog", "{file} (last commit)").format(file=path.name)
        other = loads_project(data, label)
    except (GitError, ProjectFileError) as exc:
        QMessageBox.warning(
            window, translate("CompareDialog", "Compare With Last Commit"), str(exc)
        )
        return
    finally:
        QGuiApplication.restoreOverrideCursor()
    show_comparison(window, other, translate("CompareDialog", "Changes since the last commit"))


def show_comparison(window: MainWindow, old: Project, title: str) -> CompareDialog:
    """Open the dialog listing the changes from ``old`` to the open project."""
    dialog = CompareDialog(title, diff_projects(old, window.adapter.project), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
