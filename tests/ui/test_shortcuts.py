"""Keyboard: every shortcut reaches one action, Redo answers to both keys, F2 edits the focus."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from raci_studio.ui.grid_rows import NAME_COLUMN


def _scope(action: QAction, window: QWidget) -> object:
    """Return where an action's shortcut competes: the window, or the widget it belongs to."""
    context = action.shortcutContext()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return window
    return action.parent()


def test_no_two_actions_share_a_shortcut_in_one_context(qtbot, main_window) -> None:
    for index in range(main_window.tabs.count()):  # every view builds its actions
        main_window.tabs.setCurrentIndex(index)
    owners: dict[tuple[object, str], list[str]] = defaultdict(list)
    actions = main_window.findChildren(QAction)
    assert len(actions) > 40
    for action in actions:
        keys = [k.toString() for k in action.shortcuts() if not k.isEmpty()]
        assert len(keys) == len(set(keys)), f"{action.text()!r} lists a key twice: {keys}"
        for key in keys:
            owners[(_scope(action, main_window), key)].append(action.text())
    shared = {key: names for (_scope_, key), names in owners.items() if len(names) > 1}
    assert not shared, f"shortcuts claimed by more than one action: {shared}"


def test_redo_answers_to_ctrl_shift_z_and_ctrl_y(qtbot, main_window) -> None:
    redo = main_window.commands["redo"]
    keys = {k.toString() for k in redo.shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= keys
    assert len(redo.shortcuts()) == len(keys)  # each once, whatever the platform's own Redo
    grid = main_window.grid.view
    main_window.tabs.setCurrentIndex(0)
    grid.setFocus()
    cell = next(
        grid.model().index(r, NAME_COLUMN + 1)
        for r in range(grid.model().rowCount())
        if grid.model().cell_at(grid.model().index(r, NAME_COLUMN + 1)) is not None
    )
    grid.setCurrentIndex(cell)
    before = main_window.adapter.project.model_dump_json()
    qtbot.keyClick(grid, Qt.Key.Key_C)
    after = main_window.adapter.project.model_dump_json()
    assert after != before
    for redo_key in ("Ctrl+Shift+Z", "Ctrl+Y"):
        qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert main_window.adapter.project.model_dump_json() == before
        qtbot.keySequence(grid, QKeySequence(redo_key))
        assert main_window.adapter.project.model_dump_json() == after, redo_key


def test_f2_opens_the_picker_on_a_role_cell_and_renames_on_the_name(qtbot, main_window) -> None:
    grid = main_window.grid.view
    main_window.tabs.setCurrentIndex(0)
    model = grid.model()
    row = next(r for r in range(model.rowCount()) if model.cell_at(model.index(r, 1)) is not None)
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    assert grid.state() == grid.State.EditingState  # the letter picker, not the name editor
    assert grid.currentIndex().column() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, NAME_COLUMN))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    frozen = grid._frozen
    assert frozen.state() == frozen.State.EditingState
    assert frozen.currentIndex().column() == NAME_COLUMN


def test_toolbar_icons_are_distinct_and_tooltips_name_the_keys(qtbot, main_window) -> None:
    from PySide6.QtWidgets import QToolBar

    toolbar = main_window.findChild(QToolBar, "main-toolbar")
    commands = main_window.commands
    images = {
        name: commands[name].icon().pixmap(24, 24).toImage()
        for name in ("save", "export", "undo", "redo", "add-activity", "add-role")
    }
    assert images["export"] != images["save"]  # export is not a second disk
    assert images["undo"] != images["redo"]
    assert images["add-role"] != images["add-activity"]
    assert all(not image.isNull() for image in images.values())
    assert commands["save"].toolTip() == "Save (Ctrl+S)"
    assert "(Ctrl+Z)" in commands["undo"].toolTip()
    # labels under the icons are a choice, kept for next time
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    commands["toolbar-labels"].setChecked(True)
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert main_window.settings.value("toolbar/labels", type=bool) is True
