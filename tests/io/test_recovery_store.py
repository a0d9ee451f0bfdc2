"""The recovery store: copies with notes, listed newest first, unreadable notes ignored."""

from __future__ import annotations

from pathlib import Path

from raci_studio.io.project.recovery import RecoveryStore
from tests.core.conftest import build_small_project


def test_write_list_load_discard(tmp_path: Path):
    store = RecoveryStore(tmp_path / "recovery")
    assert store.entries() == []
    key = store.key_for(tmp_path / "plan.raci.json", "session")
    assert key == store.key_for(tmp_path / "plan.raci.json", "other session")
    assert store.key_for(None, "a") != store.key_for(None, "b")
    entry = store.write(key, build_small_project(), tmp_path / "plan.raci.json")
    assert store.entries() == [entry]
    assert store.load(entry) == build_small_project()
    store.discard(key)
    assert store.entries() == []


def test_broken_notes_and_orphans_are_not_offered(tmp_path: Path):
    store = RecoveryStore(tmp_path)
    store.write("good", build_small_project(), None)
    (tmp_path / "bad.note.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "bad.raci.json").write_text("{}", encoding="utf-8")
    (tmp_path / "orphan.note.json").write_text(
        '{"saved_at": "2026-01-01T10:00:00", "pid": 0}', encoding="utf-8"
    )
    assert [e.key for e in store.entries()] == ["good"]
