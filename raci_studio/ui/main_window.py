"""The main window: one project, its views as tabs, the findings dock and the menus.

Opening, saving and the recent files are :mod:`raci_studio.ui.window_files`, its base.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from raci_studio.core.actions.conflicts import open_conflicts
from raci_studio.core.changes import Change
from raci_studio.core.findings import Finding
from raci_studio.io.project.recovery import RecoveryStore
from raci_studio.ui import project_commands
from raci_studio.ui.accessibility import name_qt_buttons
from raci_studio.ui.conflicts import ConflictsDock
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import FindingsDock, FindingsModel
from raci_studio.ui.focus_order import corrected_tab_stop, let_tab_leave_tables
from raci_studio.ui.grid_panel import GridPanel
from raci_studio.ui.i18n import translate
from raci_studio.ui.menus import build_menus
from raci_studio.ui.safety import Autosaver, FileWatch, recovery_folder
from raci_studio.ui.samples import shipped_samples
from raci_studio.ui.selection import Selection
from raci_studio.ui.theme import Theme
from raci_studio.ui.view import Themed, View
from raci_studio.ui.view_tabs import ViewTabs
from raci_studio.ui.welcome import WelcomePage
from raci_studio.ui.window_files import ProjectFiles
from raci_studio.ui.window_layout import fit_first_window

#: The views beside the grid: (key, "module:Class"). A key is the English tab title (the tab
#: shows ``view_tabs.view_title(key)``). Each class is built as
#: ``Class(adapter, selection, findings, parent)``; see :meth:`MainWindow.add_view`.
GRID_KEY = "RACI Grid"  # i18n: not shown (a key)
VIEWS = (  # i18n: not shown (keys)
    ("Lifecycle", "raci_studio.ui.diagram.panel:DiagramPanel"),
    ("Metrics", "raci_studio.ui.metrics.panel:MetricsPanel"),
    ("Scoping", "raci_studio.ui.scoping.panel:ScopingPanel"),
    ("Retrospective", "raci_studio.ui.retrospective.panel:RetrospectivePanel"),
)

#: Which tab (by key) shows what a finding or a link names.
VIEW_FOR = {"metric": "Metrics", "gate": "Lifecycle", "scoping": "Scoping"}  # i18n: not shown


class MainWindow(ProjectFiles):
    """The application window.

    Views are tabs over one :class:`DocumentAdapter`; they talk through the window's
    :class:`Selection`, never to each other. The title shows ``name[*] — RACI Studio`` with the
    modified marker tied to the undo stack's clean state.
    """

    project_opened = Signal()

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings("RACI Studio", "RACI Studio")
        self.theme = Theme(self.settings, self)
        self.adapter = DocumentAdapter(parent=self)
        self.selection = Selection(self)
        self.findings = FindingsModel(self.adapter, self)
        self.has_project = False
        self.commands: dict[str, QAction] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.view_tabs = ViewTabs(self.tabs, self._make_view)
        self.view_tabs.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.view_tabs.built.connect(self._view_built)
        self.tabs.currentChanged.connect(lambda _index: self._keyboard_and_names_soon())
        self.grid = GridPanel(self.adapter, self.findings, self.selection, self, self.settings)
        self.theme.changed.connect(self.grid.view.set_scheme)
        self.grid.view.set_scheme(self.theme.scheme)
        self.add_view(GRID_KEY, self.grid)
        self.view_tabs.list_later(VIEWS)
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.findings_dock = FindingsDock(self.findings, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.findings_dock.activated.connect(self.show_finding)
        self._findings_wanted = True  # the user's choice (F8) while a project is open
        self.findings_dock.toggleViewAction().triggered.connect(self._findings_toggled)
        self.conflicts_dock = ConflictsDock(self.adapter, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts_dock)
        self.tabifyDockWidget(self.findings_dock, self.conflicts_dock)
        self.conflicts_dock.hide()

        self._status_counts = QLabel(self)
        self.statusBar().addPermanentWidget(self._status_counts)
        build_menus(self)
        self.autosaver = Autosaver(self, RecoveryStore(recovery_folder()))
        self.file_watch = FileWatch(self)
        self._connect_signals()
        self.setAcceptDrops(True)
        fit_first_window(self, self.findings_dock)
        self._restore_geometry()
        self._show_welcome()

    # -- views -------------------------------------------------------------------------------------

    def add_view(self, key: str, widget: QWidget) -> None:
        """Add a view as a tab (each later view registers itself the same way)."""
        self.view_tabs.add(key, widget)
        if "view-menu" in self.commands:
            build_menus(self)

    def _make_view(self, module: object, class_name: str) -> QWidget:
        """Build a listed view as ``Class(adapter, selection, findings, window)``."""
        panel = getattr(module, class_name)(self.adapter, self.selection, self.findings, self)
        remember = getattr(panel, "remember_layout", None)
        if callable(remember):
            remember(self.settings)
        if isinstance(panel, Themed):
            panel.set_scheme(self.theme.scheme)
            self.theme.changed.connect(panel.set_scheme)
        return panel

    def _view_built(self) -> None:
        build_menus(self)
        self._enable_project_actions(self.has_project)
        self._keyboard_and_names_soon()

    def _keyboard_and_names_soon(self) -> None:
        """Once the current view has made its widgets: Tab out of tables, Qt's buttons named."""
        QTimer.singleShot(0, self, self._keyboard_and_names)  # dropped if the window goes first

    def _keyboard_and_names(self) -> None:
        let_tab_leave_tables(self)
        name_qt_buttons(self)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes from the tabs to the current view, then the docks (see focus_order)."""
        before = QApplication.focusWidget()
        moved = super().focusNextPrevChild(next)
        target = corrected_tab_stop(self, before, QApplication.focusWidget(), next)
        if target is not None:
            reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            target.setFocus(reason)
            return True
        return moved

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view_tabs.build_soon()

    def views(self) -> list[tuple[str, QWidget]]:
        """Every view (building those not built yet), as (key, widget)."""
        return self.view_tabs.views()

    def view_titles(self) -> list[str]:
        """The tabs' keys (their titles in English, whatever the language shown), in order."""
        return self.view_tabs.keys()

    def built_views(self) -> list[View]:
        """The views built so far, in tab order."""
        return self.view_tabs.built_views()

    def current_view(self) -> View | None:
        """The view of the current tab (None while it is still being built)."""
        return self.view_tabs.current()

    def _connect_signals(self) -> None:
        stack = self.adapter.undo_stack
        stack.cleanChanged.connect(self._clean_changed)
        self.adapter.changed.connect(self._on_changed)
        self.adapter.refused.connect(self._refused)
        self.adapter.shown.connect(self._project_shown)
        self.adapter.closed.connect(self._show_welcome)
        self.findings.updated.connect(self._update_status)
        self.grid.paste_report.connect(self._show_paste_report)
        self.grid.role_edit_requested.connect(lambda: project_commands.edit_role(self))

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_changed(self, change: Change) -> None:
        if change.concerns("project"):
            self._update_title()

    def _refused(self, message: str) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Not done: {reason}").format(reason=message), 8000
        )

    def _show_paste_report(self, summary: str, problems: list[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("MainWindow", "Paste"), summary, parent=self
        )
        box.setInformativeText(
            translate("MainWindow", "These cells were not understood and were left as they were:")
        )
        box.setDetailedText("\n".join(problems))
        box.open()

    def _update_title(self) -> None:
        name = self.adapter.project.name if self.has_project else translate("MainWindow", "Welcome")
        # [*] is where Qt shows the unsaved-changes marker
        self.setWindowTitle(translate("MainWindow", "{name}[*] — RACI Studio").format(name=name))

    def _update_status(self) -> None:
        if not self.has_project:
            self._status_counts.setText("")
            return
        project = self.adapter.project
        counts = self.findings.counts()
        activities, roles = len(project.activities), len(project.roles)
        errors, warnings = counts["error"], counts["warning"]
        parts = (
            translate("MainWindow", "%n activities", None, activities),
            translate("MainWindow", "%n roles", None, roles),
            translate("MainWindow", "%n errors", None, errors),
            translate("MainWindow", "%n warnings", None, warnings),
        )
        self._status_counts.setText(" · ".join(parts))

    def show_finding(self, finding: Finding) -> None:
        """Jump to what a finding names, in the view that shows it."""
        if finding.subject in ("cell", "activity", "role", "phase"):
            self.tabs.setCurrentWidget(self.grid)
            self.grid.show_finding(finding)
        elif finding.subject == "conflict":
            self.conflicts_dock.show_conflict(finding.ids[0] if finding.ids else "")
        else:
            self.show_view_for(finding.subject)
        self.selection.pick(finding.subject, list(finding.ids[:1]), "findings")

    def show_view_for(self, kind: str) -> None:
        """Bring forward the tab that shows objects of ``kind`` (e.g. "metric")."""
        wanted = VIEW_FOR.get(kind) or (
            GRID_KEY if kind in ("activity", "phase", "role", "cell") else ""
        )
        for index, key in enumerate(self.view_titles()):
            if key == wanted:
                self.tabs.setCurrentIndex(index)
                return

    # -- opening and saving ------------------------------------------------------------------------

    def _findings_toggled(self, visible: bool) -> None:
        if self.has_project:
            self._findings_wanted = visible

    def _show_welcome(self) -> None:
        self.has_project = False
        self.findings_dock.hide()  # there is nothing to check before a project is open
        self.conflicts_dock.hide()
        self.welcome.refresh(self.recent_files(), shipped_samples())
        self.stack.setCurrentWidget(self.welcome)
        self._update_title()
        self._update_status()
        self._enable_project_actions(False)

    def _project_shown(self) -> None:
        self.autosaver.discard()
        self.file_watch.follow(self.adapter.path)
        self.has_project = True
        self.findings_dock.setVisible(self._findings_wanted)
        self.stack.setCurrentWidget(self.tabs)
        self.setWindowModified(not self.adapter.is_saved)
        self._update_title()
        self.findings.refresh()
        self._show_conflicts()
        self._enable_project_actions(True)
        self._keyboard_and_names_soon()
        self.project_opened.emit()

    def _show_conflicts(self) -> None:
        """Bring the conflicts panel forward when the project holds merge conflicts."""
        self.conflicts_dock.model.refresh()
        has_open = bool(open_conflicts(self.adapter.project))
        self.conflicts_dock.setVisible(has_open)
        if has_open:
            self.conflicts_dock.raise_()
            self.resizeDocks([self.conflicts_dock], [260], Qt.Orientation.Vertical)

    def _enable_project_actions(self, enabled: bool) -> None:
        for name in self.PROJECT_ACTIONS:
            action = self.commands.get(name)
            if action is not None:
                action.setEnabled(enabled)
        for view in self.built_views():
            for action in view.window_actions():
                action.setEnabled(enabled)

    PROJECT_ACTIONS = (
        "save",
        "save-as",
        "close",
        "export",
        "import-card",
        "import-dvc",
        "export-deck",
        "add-activity",
        "add-role",
        "add-phase",
        "project-properties",
        "save-template",
        "schedule",
    )

    def commit_pending(self) -> None:
        """Turn text still being typed in any view into its undo step (before a save)."""
        for view in self.built_views():
            view.commit_pending()

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("state", self.saveState())
        self.autosaver.discard()
        event.accept()
