"""Menus, toolbar and shortcuts of the main window (standard keys where Qt has them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar
from shiboken6 import isValid

from raci_studio.io.project.peek import peek_project_name
from raci_studio.ui import (
    dialogs,
    evidence_dialog,
    portfolio_dialog,
    project_commands,
    template_dialog,
)
from raci_studio.ui.compare import fill_compare_menu
from raci_studio.ui.icons import toolbar_icon
from raci_studio.ui.theme import APPEARANCE_WORDS
from raci_studio.ui.view import EditCommand

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow

Std = QKeySequence.StandardKey


def _action(
    window: MainWindow,
    name: str,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | Std | str | list | None = None,
    icon: QStyle.StandardPixmap | None = None,
) -> QAction:
    action = window.commands.get(name)
    if action is None:
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False: slot())
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(window.style().standardIcon(icon))
        window.commands[name] = action
    return action


def redo_keys() -> list[QKeySequence]:
    """Return Redo's keys: Ctrl+Shift+Z and Ctrl+Y everywhere, plus the platform's own, once."""
    keys: list[QKeySequence] = []
    for key in (
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
        *QKeySequence.keyBindings(Std.Redo),
    ):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def _current(window: MainWindow, command: EditCommand) -> Callable[[], None]:
    """Do ``command`` (copy, paste, …) in the current view, when that view supports it."""

    def call() -> None:
        view = window.current_view()
        handler = view.edit_commands().get(command) if view is not None else None
        if handler is not None:
            handler()

    return call


def _appearance_menu(window: MainWindow, menu: QMenu) -> None:
    """Fill View ▸ Appearance: follow the system, or always light, or always dark."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    for appearance, words in APPEARANCE_WORDS.items():
        action = QAction(words, menu)
        action.setCheckable(True)
        action.setChecked(window.theme.appearance is appearance)
        action.triggered.connect(lambda _c=False, a=appearance: window.theme.set_appearance(a))
        group.addAction(action)
        menu.addAction(action)
        window.commands[f"appearance-{appearance.value}"] = action


def build_menus(window: MainWindow) -> None:
    """Build (or rebuild, when recent files or views change) the menu bar and toolbar."""
    bar = window.menuBar()
    bar.clear()
    sp = QStyle.StandardPixmap
    a = lambda *args, **kw: _action(window, *args, **kw)  # noqa: E731

    file_menu = bar.addMenu("&File")
    file_menu.addAction(
        a("new", "&New from Template…", window.new_from_template, Std.New, sp.SP_FileIcon)
    )
    file_menu.addAction(a("open", "&Open…", window.open_dialog, Std.Open, sp.SP_DialogOpenButton))
    recent = file_menu.addMenu("Open &Recent")
    _fill_recent(window, recent)
    file_menu.addAction(
        a(
            "open-portfolio",
            "Open &Portfolio…",
            lambda: portfolio_dialog.open_portfolio(window),
            "Ctrl+Shift+O",
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(a("save", "&Save", window.save, Std.Save, sp.SP_DialogSaveButton))
    file_menu.addAction(a("save-as", "Save &As…", window.save_as, Std.SaveAs))
    file_menu.addAction(
        a(
            "save-template",
            "Save as &Template…",
            lambda: template_dialog.save_as_template_and_say(window),
        )
    )
    compare = file_menu.addMenu("Compare &With")
    compare.aboutToShow.connect(lambda: fill_compare_menu(window, compare))  # runs git: lazily
    file_menu.addSeparator()
    import_menu = file_menu.addMenu("&Import")
    import_menu.addAction(
        a("import", "RACI &Sheet…", lambda: project_commands.import_file(window), "Ctrl+I")
    )
    import_menu.addAction(
        a("import-card", "&Model Card…", lambda: evidence_dialog.import_model_card(window))
    )
    import_menu.addAction(
        a("import-dvc", "&DVC Lineage…", lambda: evidence_dialog.import_dvc_lineage(window))
    )
    file_menu.addAction(
        a("export", "&Export…", lambda: project_commands.export_file(window), "Ctrl+E")
    )
    file_menu.addAction(
        a(
            "export-deck",
            "Export &Kickoff Deck…",
            lambda: project_commands.export_deck(window),
            "Ctrl+Shift+E",
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(a("close", "&Close", window.close_project, Std.Close))
    file_menu.addAction(a("quit", "&Quit", window.close, Std.Quit))

    stack = window.adapter.undo_stack
    if "undo" not in window.commands:
        undo = stack.createUndoAction(window, "&Undo")
        undo.setShortcut(QKeySequence(Std.Undo))
        undo.setIcon(window.style().standardIcon(sp.SP_ArrowBack))
        redo = stack.createRedoAction(window, "&Redo")
        redo.setShortcuts(redo_keys())
        redo.setIcon(window.style().standardIcon(sp.SP_ArrowForward))
        window.commands["undo"], window.commands["redo"] = undo, redo
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(window.commands["undo"])
    edit_menu.addAction(window.commands["redo"])
    edit_menu.addSeparator()
    edit_menu.addAction(a("cut", "Cu&t", _current(window, "cut"), Std.Cut))
    edit_menu.addAction(a("copy", "&Copy", _current(window, "copy"), Std.Copy))
    edit_menu.addAction(a("paste", "&Paste", _current(window, "paste"), Std.Paste))
    edit_menu.addAction(a("delete", "&Delete", _current(window, "delete"), Std.Delete))
    edit_menu.addAction(
        a("select-all", "Select &All", _current(window, "select-all"), Std.SelectAll)
    )
    edit_menu.addSeparator()
    edit_menu.addAction(a("find", "&Find…", _current(window, "find"), Std.Find))

    project_menu = bar.addMenu("&Project")
    grid = window.grid
    project_menu.addAction(
        a(
            "add-activity",
            "Add &Activity",
            grid.add_activity,
            ["Ctrl+Return", "Insert"],
            sp.SP_FileDialogNewFolder,
        )
    )
    project_menu.addAction(a("rename", "&Rename", _current(window, "rename"), "F2"))
    project_menu.addAction(
        a("delete-activity", "Delete Activit&y", grid.delete_activities, "Ctrl+Del")
    )
    project_menu.addAction(
        a("move-up", "Move Activity &Up", lambda: grid.view.step_current(-1), "Alt+Up")
    )
    project_menu.addAction(
        a("move-down", "Move Activity Do&wn", lambda: grid.view.step_current(1), "Alt+Down")
    )
    move_to = project_menu.addMenu("Move Activity to &Phase")
    move_to.aboutToShow.connect(lambda: project_commands.fill_move_menu(window, move_to))
    project_menu.addSeparator()
    project_menu.addAction(a("add-role", "Add R&ole…", lambda: project_commands.add_role(window)))
    project_menu.addAction(
        a("edit-role", "&Edit Role…", lambda: project_commands.edit_role(window))
    )
    project_menu.addAction(
        a("delete-role", "Delete Ro&le", lambda: project_commands.delete_role(window))
    )
    project_menu.addAction(
        a(
            "role-left",
            "Move Role &Left",
            lambda: project_commands.move_role(window, -1),
            "Alt+Left",
        )
    )
    project_menu.addAction(
        a(
            "role-right",
            "Move Role Ri&ght",
            lambda: project_commands.move_role(window, 1),
            "Alt+Right",
        )
    )
    project_menu.addSeparator()
    project_menu.addAction(
        a("add-phase", "Add P&hase…", lambda: project_commands.add_phase(window))
    )
    project_menu.addAction(
        a("phase-up", "Move Phase Earlier", lambda: project_commands.move_phase(window, -1))
    )
    project_menu.addAction(
        a("phase-down", "Move Phase Later", lambda: project_commands.move_phase(window, 1))
    )
    project_menu.addAction(
        a("delete-phase", "Delete Phase…", lambda: project_commands.delete_phase(window))
    )
    project_menu.addAction(
        a(
            "schedule",
            "Phase and Gate &Dates…",
            lambda: _show_schedule(window),
            "Ctrl+Shift+D",
        )
    )
    project_menu.addSeparator()
    project_menu.addAction(
        a(
            "project-properties",
            "Project &Properties…",
            lambda: project_commands.edit_project(window),
        )
    )

    view_menu = bar.addMenu("&View")
    for i, title in enumerate(window.view_titles()):
        name = f"view-{i}"
        action = window.commands.get(name)
        if action is None or action.text() != title:
            window.commands.pop(name, None)
            action = a(name, title, lambda i=i: window.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
        view_menu.addAction(action)
    for view in window.built_views():
        extra = view.window_actions()
        if extra:
            view_menu.addSeparator()
            for action in extra:
                view_menu.addAction(action)
    view_menu.addSeparator()
    _appearance_menu(window, view_menu.addMenu("A&ppearance"))
    view_menu.addAction(_labels_action(window))
    toggle = window.findings_dock.toggleViewAction()
    toggle.setShortcut(QKeySequence("F8"))
    view_menu.addAction(toggle)
    conflicts = window.conflicts_dock.toggleViewAction()
    conflicts.setShortcut(QKeySequence("Shift+F8"))
    view_menu.addAction(conflicts)
    view_menu.addSeparator()
    view_menu.addAction(a("zoom-in", "Zoom &In", _zoom(window, 1), [Std.ZoomIn, "Ctrl+="]))
    view_menu.addAction(a("zoom-out", "Zoom &Out", _zoom(window, -1), Std.ZoomOut))
    view_menu.addAction(a("zoom-reset", "&Actual Size", _zoom(window, 0), "Ctrl+0"))
    window.commands["view-menu"] = view_menu.menuAction()

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(
        a(
            "shortcuts",
            "&Keyboard Shortcuts",
            lambda: dialogs.show_shortcuts(window),
            Std.HelpContents,
        )
    )
    help_menu.addAction(a("primer", "RACI &Primer", lambda: dialogs.show_primer(window)))
    help_menu.addSeparator()
    help_menu.addAction(a("about", "&About RACI Studio", lambda: dialogs.show_about(window)))

    _build_toolbar(window)
    c = window.commands
    window.grid.view.context_actions = [
        c["cut"], c["copy"], c["paste"], c["delete"], None,
        c["add-activity"], c["rename"], c["delete-activity"], c["move-up"], c["move-down"], None,
        c["add-role"], c["edit-role"], c["delete-role"], None,
        c["add-phase"], c["delete-phase"],
    ]  # fmt: skip


def _show_schedule(window: MainWindow) -> None:
    """Open the window of phase and gate dates (imported when first asked for)."""
    from raci_studio.ui.schedule_tables import show_schedule

    show_schedule(window, window.adapter)


def _zoom(window: MainWindow, step: int) -> Callable[[], None]:
    def zoom() -> None:
        view = window.current_view()
        if view is not None:
            view.zoom(step)

    return zoom


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    files = window.recent_files()
    for i, name in enumerate(files):
        title = peek_project_name(name) or Path(name).name
        action = menu.addAction(f"&{i + 1} {title.replace('&', '&&')}")
        action.setToolTip(name)  # the path, for two projects of one name
        action.triggered.connect(lambda _c=False, n=name: window.open_path(n))
    if files:
        menu.addSeparator()
        menu.addAction("Clear Recent Files", window.clear_recent)
    else:
        menu.addAction("No recent files").setEnabled(False)


#: The toolbar's commands, in order (None: a separator).
TOOLBAR = ("new", "open", "save", None, "undo", "redo", None, "add-activity", "add-role", None,
           "export")  # fmt: skip


def _build_toolbar(window: MainWindow) -> None:
    if window.findChild(QToolBar, "main-toolbar"):
        return
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
            continue
        action = window.commands[name]
        icon = toolbar_icon(name)
        if icon is not None:
            action.setIcon(icon)
        toolbar.addAction(action)
        _tooltip_with_keys(action)
        action.changed.connect(lambda a=action: _tooltip_with_keys(a))  # undo text changes
    _show_labels(window, _labels_action(window).isChecked())


def _labels_action(window: MainWindow) -> QAction:
    """Return View ▸ Toolbar Labels (made once), checked as the user last left it."""
    labels = window.commands.get("toolbar-labels")
    if labels is None:
        labels = QAction("Toolbar &Labels", window)
        labels.setCheckable(True)
        labels.setChecked(bool(window.settings.value("toolbar/labels", False, type=bool)))
        labels.toggled.connect(lambda on: _show_labels(window, on))
        window.commands["toolbar-labels"] = labels
    return labels


def _show_labels(window: MainWindow, on: bool) -> None:
    """Show the commands' names under their icons, or icons alone; remember the choice."""
    toolbar = window.findChild(QToolBar, "main-toolbar")
    if toolbar is not None:
        toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon
            if on
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
    window.settings.setValue("toolbar/labels", on)


def _tooltip_with_keys(action: QAction) -> None:
    """Say the command's name and its shortcut when hovering it: "Undo Typing (Ctrl+Z)"."""
    if not isValid(action):  # a change reported while the window is being torn down
        return
    name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = f"{name} ({keys})" if keys else name
    if action.toolTip() != tip:
        action.setToolTip(tip)
