"""Menus and shortcuts of the main window (standard keys where Qt has them).

Every entry has a mnemonic unique in its menu and a status tip that says what it does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from raci_studio.io.project.peek import peek_project_name
from raci_studio.ui import (
    dialogs,
    evidence_dialog,
    portfolio_dialog,
    project_commands,
    template_dialog,
)
from raci_studio.ui.commands import Std, command, current_view_command
from raci_studio.ui.compare import fill_compare_menu
from raci_studio.ui.i18n import translate
from raci_studio.ui.project_menu import project_menu
from raci_studio.ui.theme import Appearance, appearance_words
from raci_studio.ui.toolbar import build_toolbar, labels_action
from raci_studio.ui.view_tabs import view_title

if TYPE_CHECKING:
    from raci_studio.ui.main_window import MainWindow


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


def _appearance_menu(window: MainWindow, menu: QMenu) -> None:
    """Fill View ▸ Appearance: follow the system, or always light, or always dark."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    tips = {
        Appearance.SYSTEM: translate("Menus", "Follow the desktop's light or dark colours"),
        Appearance.LIGHT: translate("Menus", "Always draw in light colours"),
        Appearance.DARK: translate("Menus", "Always draw in dark colours"),
    }
    for appearance, words in appearance_words().items():
        action = QAction(words, menu)
        action.setStatusTip(tips[appearance])
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
    _file_menu(window, bar.addMenu(translate("Menus", "&File")))
    _edit_menu(window, bar.addMenu(translate("Menus", "&Edit")))
    project_menu(window, bar.addMenu(translate("Menus", "&Project")))
    view_menu = bar.addMenu(translate("Menus", "&View"))
    _view_menu(window, view_menu)
    window.commands["view-menu"] = view_menu.menuAction()
    _help_menu(window, bar.addMenu(translate("Menus", "&Help")))
    build_toolbar(window)
    c = window.commands
    window.grid.view.context_actions = [
        c["cut"], c["copy"], c["paste"], c["delete"], None,
        c["add-activity"], c["rename"], c["delete-activity"], c["move-up"], c["move-down"], None,
        c["add-role"], c["edit-role"], c["delete-role"], None,
        c["add-phase"], c["delete-phase"],
    ]  # fmt: skip


def _file_menu(window: MainWindow, menu: QMenu) -> None:
    sp = QStyle.StandardPixmap
    a = lambda *args: command(window, *args)  # noqa: E731
    menu.addAction(
        a(
            "new",
            translate("Menus", "&New from Template…"),
            translate("Menus", "Start a project from a template or from scratch"),
            window.new_from_template,
            Std.New,
            sp.SP_FileIcon,
        )
    )
    menu.addAction(
        a(
            "open",
            translate("Menus", "&Open…"),
            translate("Menus", "Open a project file, or a spreadsheet to import"),
            window.open_dialog,
            Std.Open,
            sp.SP_DialogOpenButton,
        )
    )
    _fill_recent(window, menu.addMenu(translate("Menus", "Open &Recent")))
    menu.addAction(
        a(
            "open-portfolio",
            translate("Menus", "Open &Portfolio…"),
            translate("Menus", "Compare several projects: owners, gates and shared people"),
            lambda: portfolio_dialog.open_portfolio(window),
            QKeySequence("Ctrl+Shift+O"),
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "save",
            translate("Menus", "&Save"),
            translate("Menus", "Save the project to its file"),
            window.save,
            Std.Save,
            sp.SP_DialogSaveButton,
        )
    )
    menu.addAction(
        a(
            "save-as",
            translate("Menus", "Save &As…"),
            translate("Menus", "Save the project to a new file"),
            window.save_as,
            Std.SaveAs,
        )
    )
    menu.addAction(
        a(
            "save-template",
            translate("Menus", "Save as &Template…"),
            translate("Menus", "Keep this project's roles and lifecycle as a template"),
            lambda: template_dialog.save_as_template_and_say(window),
        )
    )
    compare = menu.addMenu(translate("Menus", "Compare &With"))
    compare.aboutToShow.connect(lambda: fill_compare_menu(window, compare))  # runs git: lazily
    menu.addSeparator()
    import_menu = menu.addMenu(translate("Menus", "&Import"))
    import_menu.addAction(
        a(
            "import",
            translate("Menus", "RACI &Sheet…"),
            translate("Menus", "Read activities, roles and letters from a spreadsheet"),
            lambda: project_commands.import_file(window),
            QKeySequence("Ctrl+I"),
        )
    )
    import_menu.addAction(
        a(
            "import-card",
            translate("Menus", "&Model Card…"),
            translate("Menus", "Read evidence for the metrics from a model card"),
            lambda: evidence_dialog.import_model_card(window),
        )
    )
    import_menu.addAction(
        a(
            "import-dvc",
            translate("Menus", "&DVC Lineage…"),
            translate("Menus", "Read evidence for the metrics from a DVC pipeline"),
            lambda: evidence_dialog.import_dvc_lineage(window),
        )
    )
    menu.addAction(
        a(
            "export",
            translate("Menus", "&Export…"),
            translate("Menus", "Write the project as a workbook, a report or a picture"),
            lambda: project_commands.export_file(window),
            QKeySequence("Ctrl+E"),
        )
    )
    menu.addAction(
        a(
            "export-deck",
            translate("Menus", "Export &Kickoff Deck…"),
            translate("Menus", "Write a PowerPoint deck for the project's kickoff meeting"),
            lambda: project_commands.export_deck(window),
            QKeySequence("Ctrl+Shift+E"),
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "close",
            translate("Menus", "&Close"),
            translate("Menus", "Close the project and go back to the welcome page"),
            window.close_project,
            Std.Close,
        )
    )
    menu.addAction(
        a(
            "quit",
            translate("Menus", "&Quit"),
            translate("Menus", "Close RACI Studio"),
            window.close,
            Std.Quit,
        )
    )


def _undo_actions(window: MainWindow) -> None:
    """Make Undo and Redo once: Qt names them after the step ("Undo Typing")."""
    if "undo" in window.commands:
        return
    sp = QStyle.StandardPixmap
    stack = window.adapter.undo_stack
    undo = stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence(Std.Undo))
    undo.setIcon(window.style().standardIcon(sp.SP_ArrowBack))
    undo.setStatusTip(translate("Menus", "Take back the last change"))
    redo = stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setShortcuts(redo_keys())
    redo.setIcon(window.style().standardIcon(sp.SP_ArrowForward))
    redo.setStatusTip(translate("Menus", "Make the change taken back again"))
    window.commands["undo"], window.commands["redo"] = undo, redo


def _edit_menu(window: MainWindow, menu: QMenu) -> None:
    _undo_actions(window)
    a = lambda *args: command(window, *args)  # noqa: E731
    menu.addAction(window.commands["undo"])
    menu.addAction(window.commands["redo"])
    menu.addSeparator()
    menu.addAction(
        a(
            "cut",
            translate("Menus", "Cu&t"),
            translate("Menus", "Move the selection to the clipboard"),
            current_view_command(window, "cut"),
            Std.Cut,
        )
    )
    menu.addAction(
        a(
            "copy",
            translate("Menus", "&Copy"),
            translate("Menus", "Copy the selection to the clipboard"),
            current_view_command(window, "copy"),
            Std.Copy,
        )
    )
    menu.addAction(
        a(
            "paste",
            translate("Menus", "&Paste"),
            translate("Menus", "Put what the clipboard holds at the selection"),
            current_view_command(window, "paste"),
            Std.Paste,
        )
    )
    menu.addAction(
        a(
            "delete",
            translate("Menus", "&Delete"),
            translate("Menus", "Delete the selection"),
            current_view_command(window, "delete"),
            Std.Delete,
        )
    )
    menu.addAction(
        a(
            "select-all",
            translate("Menus", "Select &All"),
            translate("Menus", "Select everything in the current view"),
            current_view_command(window, "select-all"),
            Std.SelectAll,
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "find",
            translate("Menus", "&Find…"),
            translate("Menus", "Search the current view"),
            current_view_command(window, "find"),
            Std.Find,
        )
    )


def view_menu_text(key: str) -> str:
    """Return View ▸ the entry that shows the tab ``key``, with its mnemonic."""
    texts = {
        "RACI Grid": translate("Menus", "&RACI Grid"),
        "Lifecycle": translate("Menus", "Lif&ecycle"),
        "Metrics": translate("Menus", "&Metrics"),
        "Scoping": translate("Menus", "Scopi&ng"),
        "Retrospective": translate("Menus", "Retrospec&tive"),
    }
    return texts.get(key) or view_title(key)


def _view_menu(window: MainWindow, menu: QMenu) -> None:
    a = lambda *args: command(window, *args)  # noqa: E731
    for i, key in enumerate(window.view_titles()):
        name = f"view-{i}"
        text = view_menu_text(key)
        action = window.commands.get(name)
        if action is None or action.text() != text:
            window.commands.pop(name, None)
            tip = translate("Menus", "Show the {view} tab").format(view=view_title(key))
            show = lambda i=i: window.tabs.setCurrentIndex(i)  # noqa: E731
            action = a(name, text, tip, show, QKeySequence(f"Ctrl+{i + 1}"))
        menu.addAction(action)
    for view in window.built_views():
        extra = view.window_actions()
        if extra:
            menu.addSeparator()
            for action in extra:
                menu.addAction(action)
    menu.addSeparator()
    _appearance_menu(window, menu.addMenu(translate("Menus", "A&ppearance")))
    menu.addAction(labels_action(window))
    for dock, label, about, keys in (
        (
            window.findings_dock,
            translate("Menus", "&Findings"),
            translate("Menus", "Show or hide what the checks found in the project"),
            QKeySequence("F8"),
        ),
        (
            window.conflicts_dock,
            translate("Menus", "&Conflicts"),
            translate("Menus", "Show or hide the merge conflicts to resolve"),
            QKeySequence("Shift+F8"),
        ),
    ):
        toggle = dock.toggleViewAction()
        toggle.setText(label)  # the dock's title, with a mnemonic for the menu
        toggle.setStatusTip(about)
        toggle.setShortcut(keys)
        menu.addAction(toggle)
    menu.addSeparator()
    menu.addAction(
        a(
            "zoom-in",
            translate("Menus", "Zoom &In"),
            translate("Menus", "Show the current view larger"),
            _zoom(window, 1),
            [Std.ZoomIn, QKeySequence("Ctrl+=")],
        )
    )
    menu.addAction(
        a(
            "zoom-out",
            translate("Menus", "Zoom &Out"),
            translate("Menus", "Show the current view smaller"),
            _zoom(window, -1),
            Std.ZoomOut,
        )
    )
    menu.addAction(
        a(
            "zoom-reset",
            translate("Menus", "&Actual Size"),
            translate("Menus", "Show the current view at its actual size"),
            _zoom(window, 0),
            QKeySequence("Ctrl+0"),
        )
    )


def _help_menu(window: MainWindow, menu: QMenu) -> None:
    a = lambda *args: command(window, *args)  # noqa: E731
    menu.addAction(
        a(
            "shortcuts",
            translate("Menus", "&Keyboard Shortcuts"),
            translate("Menus", "List every command's keys"),
            lambda: dialogs.show_shortcuts(window),
            Std.HelpContents,
        )
    )
    menu.addAction(
        a(
            "primer",
            translate("Menus", "RACI &Primer"),
            translate("Menus", "What Responsible, Accountable, Consulted and Informed mean"),
            lambda: dialogs.show_primer(window),
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "about",
            translate("Menus", "&About RACI Studio"),
            translate("Menus", "The version and licence of RACI Studio"),
            lambda: dialogs.show_about(window),
        )
    )


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
        menu.addAction(translate("Menus", "&Clear Recent Files"), window.clear_recent)
    else:
        menu.addAction(translate("Menus", "No recent files")).setEnabled(False)
