"""SQLite stores that are being written, or were copied with their write-ahead log."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from raci_studio.io.measurements import mlflow_sqlite
from raci_studio.io.measurements.mlflow_store import (
    MlflowImportError,
    MlflowStoreBusyError,
    open_store,
    read_run,
)
from tests.core.conftest import build_small_project
from tests.io.test_mlflow_import import T0, make_db


def damaged_copy(good: Path, path: Path) -> None:
    """Write ``good`` to ``path`` with its first page overwritten after the header."""
    data = bytearray(good.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_a_store_being_written_is_read_again_until_the_writer_is_done(tmp_path, monkeypatch):
    good = make_db(tmp_path / "good.db")
    path = tmp_path / "mlflow.db"
    damaged_copy(good, path)
    journal = tmp_path / "mlflow.db-journal"
    journal.write_bytes(b"")  # a writer's rollback journal: a transaction is under way
    pauses: list[float] = []

    def writer_finishes(seconds: float) -> None:
        pauses.append(seconds)
        shutil.copyfile(good, path)
        journal.unlink()

    monkeypatch.setattr(mlflow_sqlite, "_pause", writer_finishes)
    store = open_store(path)
    assert [r.name for r in store.runs] == ["later", "first"]
    assert pauses == [mlflow_sqlite.RETRY_PAUSES[0]]


def test_a_store_still_being_written_says_so_and_not_that_it_is_damaged(tmp_path, monkeypatch):
    path = tmp_path / "mlflow.db"
    damaged_copy(make_db(tmp_path / "good.db"), path)
    (tmp_path / "mlflow.db-journal").write_bytes(b"")
    pauses: list[float] = []
    monkeypatch.setattr(mlflow_sqlite, "_pause", pauses.append)
    with pytest.raises(MlflowStoreBusyError, match=r"is being written .* Try again in a moment"):
        open_store(path)
    assert pauses == list(mlflow_sqlite.RETRY_PAUSES)


def test_a_damaged_store_at_rest_is_not_retried(tmp_path, monkeypatch):
    path = tmp_path / "mlflow.db"
    damaged_copy(make_db(tmp_path / "good.db"), path)
    pauses: list[float] = []
    monkeypatch.setattr(mlflow_sqlite, "_pause", pauses.append)
    with pytest.raises(MlflowImportError, match="cannot be read as an MLflow tracking store") as e:
        open_store(path)
    assert not isinstance(e.value, MlflowStoreBusyError)
    assert pauses == []


def test_a_copied_wal_database_is_read_whole_and_nothing_is_written_beside_it(tmp_path):
    source = make_db(tmp_path / "live.db")
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO runs VALUES ('r9', 'in the log', 'RUNNING', ?, NULL, 'active', 0)",
                   (T0 + 5 * 86_400_000,))  # fmt: skip
    writer.execute("INSERT INTO metrics VALUES ('intent_accuracy', 0.9, ?, 'r9', 0, 0)", (T0,))
    writer.commit()
    copied = tmp_path / "copied"
    copied.mkdir()
    shutil.copyfile(source, copied / "mlflow.db")
    shutil.copyfile(tmp_path / "live.db-wal", copied / "mlflow.db-wal")  # no -shm, as copied
    writer.close()
    before = {p.name: p.read_bytes() for p in copied.iterdir()}
    store = open_store(copied / "mlflow.db")
    assert store.runs[0].name == "in the log"  # only in the write-ahead log
    result = read_run(store, "r9", {"intent_accuracy": "intent-accuracy"}, build_small_project())
    assert [m.value for _, m in result.rows] == [0.9]
    assert {p.name: p.read_bytes() for p in copied.iterdir()} == before


def test_reading_while_a_run_logs_never_calls_the_store_damaged(tmp_path, monkeypatch):
    path = make_db(tmp_path / "mlflow.db")
    monkeypatch.setattr(mlflow_sqlite, "_pause", lambda seconds: None)
    done = threading.Event()

    def log_steps() -> None:
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA synchronous=OFF")  # the test is about order, not durability
            for step in range(150):
                db.execute(
                    "INSERT INTO metrics VALUES ('intent_accuracy', ?, ?, 'r1', ?, 0)",
                    (0.5 + step / 1000, T0 + step * 1000, step + 10),
                )
                db.commit()
        done.set()

    thread = threading.Thread(target=log_steps)
    thread.start()
    reads = busy = 0
    project = build_small_project()
    try:
        while not done.is_set() or reads == 0:
            try:
                store = open_store(path)
                read_run(store, "r1", {"intent_accuracy": "intent-accuracy"}, project)
                reads += 1
            except MlflowStoreBusyError:
                busy += 1
    finally:
        thread.join()
    assert reads >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mlflow.db"]
