"""The document adapter: one call builds, pushes or refuses an edit; it owns the saved state."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci_studio.core.actions import raci as actions
from raci_studio.core.edits import EditError
from raci_studio.ui.document import DocumentAdapter
from tests.core.conftest import build_small_project


def test_run_pushes_one_undo_step_and_returns_the_edit(qtbot) -> None:
    adapter = DocumentAdapter(build_small_project())
    with qtbot.waitSignal(adapter.changed):
        edit = adapter.run(lambda p: actions.add_role(p, "Data Engineer"))
    assert edit is not None and edit.created == "data-engineer"
    assert adapter.undo_stack.count() == 1
    assert adapter.project.roles[-1].id == "data-engineer"
    adapter.undo_stack.undo()
    assert all(r.id != "data-engineer" for r in adapter.project.roles)


def test_run_tells_a_refusal_while_building_and_pushes_nothing(qtbot) -> None:
    adapter = DocumentAdapter(build_small_project())

    def build(_project):
        raise EditError("no phase 'ghost'")

    with qtbot.waitSignal(adapter.refused) as refused:
        assert adapter.run(build) is None
    assert refused.args == ["no phase 'ghost'"]
    assert adapter.undo_stack.count() == 0


def test_run_tells_a_refusal_while_applying(qtbot) -> None:
    adapter = DocumentAdapter(build_small_project())
    taken = adapter.project.roles[0].name
    with qtbot.waitSignal(adapter.refused) as refused:
        edit = adapter.run(
            lambda p: actions.rename(p, "roles", p.roles[1].id, "x" * 10_000 + taken)
        )
    assert edit is None and "roles/" in refused.args[0]
    assert adapter.undo_stack.count() == 0


def test_run_with_nothing_to_do_is_silent(qtbot) -> None:
    adapter = DocumentAdapter(build_small_project())
    with qtbot.assertNotEmitted(adapter.refused):
        assert adapter.run(lambda p: None) is None
    assert adapter.undo_stack.count() == 0


def test_show_mark_saved_and_close_own_the_saved_state(qtbot, tmp_path: Path) -> None:
    adapter = DocumentAdapter()
    assert adapter.is_saved and adapter.path is None
    with qtbot.waitSignal(adapter.shown):
        adapter.show(build_small_project(), None, saved=False)
    assert not adapter.is_saved  # a new or imported project is on no disk yet
    target = tmp_path / "plan.raci.json"
    adapter.mark_saved(target)
    assert adapter.is_saved and adapter.path == target
    adapter.run(lambda p: actions.add_role(p, "Lead"))
    assert not adapter.is_saved
    adapter.undo_stack.undo()
    assert adapter.is_saved  # back where the file is
    adapter.mark_unsaved()
    assert not adapter.is_saved
    with qtbot.waitSignal(adapter.closed):
        adapter.close()
    assert adapter.is_saved and adapter.path is None
    assert adapter.undo_stack.count() == 0 and adapter.project.name == "Untitled"


def test_show_starts_a_fresh_history(qtbot) -> None:
    adapter = DocumentAdapter(build_small_project())
    adapter.run(lambda p: actions.add_role(p, "Lead"))
    with qtbot.waitSignal(adapter.changed) as changed:
        adapter.show(build_small_project(), Path("plan.raci.json"))
    assert changed.args[0].everything
    assert adapter.undo_stack.count() == 0 and adapter.is_saved


def test_selection_refuses_a_kind_no_view_knows(qtbot) -> None:
    from raci_studio.ui.selection import Selection

    selection = Selection()
    with qtbot.waitSignal(selection.changed):
        selection.pick("metric", ["auc"], "test")
    with pytest.raises(ValueError, match="not something a view can select"):
        selection.pick("metrics", ["auc"])  # type: ignore[arg-type]
    assert selection.current.kind == "metric"
