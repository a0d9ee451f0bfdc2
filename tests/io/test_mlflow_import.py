"""Tests of the offline MLflow import: mlruns folders and SQLite stores built here."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from raci_studio.io.measurements.mlflow_store import (
    MlflowImportError,
    open_store,
    read_meta,
    read_run,
    suggest_mapping,
)
from tests.core.conftest import build_small_project

DAY = 86_400_000
T0 = int(dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC).timestamp() * 1000)


def make_mlruns(root: Path) -> Path:
    """Build a small mlruns folder: one experiment, two runs (one deleted), nested keys."""
    mlruns = root / "mlruns"
    exp = mlruns / "1"
    exp.mkdir(parents=True)
    (exp / "meta.yaml").write_text(
        "artifact_location: file:///tmp/mlruns/1\nexperiment_id: '1'\n"
        "lifecycle_stage: active\nname: intent-model\n"
    )
    run = exp / "abc123"
    (run / "metrics" / "val").mkdir(parents=True)
    (run / "tags").mkdir()
    (run / "meta.yaml").write_text(
        "artifact_uri: file:///tmp/x\nend_time: 1775040000000\nexperiment_id: '1'\n"
        f"lifecycle_stage: active\nrun_id: abc123\nrun_name: 'bert-base'\nstart_time: {T0}\n"
        "status: 3\ntags: []\nuser_id: ana\n"
    )
    (run / "metrics" / "val" / "accuracy").write_text(
        f"{T0} 0.80 0\n{T0 + 3_600_000} 0.84 1\n{T0 + DAY} 0.86 2\n{T0 + 2 * DAY} nan 3\n"
    )
    (run / "metrics" / "latency_ms").write_text(f"{T0} 310.5 0\ngarbage line here\n")
    gone = exp / "def456"
    gone.mkdir()
    (gone / "meta.yaml").write_text("run_id: def456\nlifecycle_stage: deleted\n")
    return mlruns


def make_db(path: Path) -> Path:
    """Build a small SQLite tracking store with the tables MLflow uses."""
    with sqlite3.connect(path) as db:
        db.executescript(
            """
            CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name TEXT,
                lifecycle_stage TEXT);
            CREATE TABLE runs (run_uuid TEXT PRIMARY KEY, name TEXT, status TEXT,
                start_time INTEGER, end_time INTEGER, lifecycle_stage TEXT,
                experiment_id INTEGER);
            CREATE TABLE metrics (key TEXT, value FLOAT, timestamp INTEGER, run_uuid TEXT,
                step INTEGER, is_nan BOOLEAN);
            CREATE TABLE tags (key TEXT, value TEXT, run_uuid TEXT);
            """
        )
        db.execute("INSERT INTO experiments VALUES (0, 'Default', 'active')")
        db.execute("INSERT INTO runs VALUES ('r1', NULL, 'FINISHED', ?, NULL, 'active', 0)", (T0,))
        db.execute(
            "INSERT INTO runs VALUES ('r2', 'later', 'FINISHED', ?, NULL, 'active', 0)",
            (T0 + DAY,),
        )
        db.execute("INSERT INTO runs VALUES ('r3', 'bin', 'FAILED', ?, NULL, 'deleted', 0)", (T0,))
        db.execute("INSERT INTO tags VALUES ('mlflow.runName', 'first', 'r1')")
        db.executemany(
            "INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?)",
            [
                ("intent_accuracy", 0.81, T0, "r1", 0, 0),
                ("intent_accuracy", 0.85, T0 + DAY, "r1", 1, 0),
                ("intent_accuracy", 0.0, T0 + 2 * DAY, "r1", 2, 1),
                ("p95_latency", 420.0, T0, "r1", 0, 0),
            ],
        )
    return path


def test_mlruns_folder_lists_runs_and_nested_keys(tmp_path):
    make_mlruns(tmp_path)
    store = open_store(tmp_path)  # the folder that holds mlruns/ is accepted too
    assert store.kind == "mlruns folder"
    (run,) = store.runs  # the deleted run is left out
    assert (run.run_id, run.name, run.experiment, run.status) == (
        "abc123",
        "bert-base",
        "intent-model",
        "FINISHED",
    )
    assert run.metric_keys == ("latency_ms", "val/accuracy")
    assert run.start == dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)
    assert run.label() == "bert-base · intent-model · 2026-04-01 09:00"


def test_mlruns_history_keeps_the_last_value_of_each_day_and_rejects_bad_lines(tmp_path):
    store = open_store(make_mlruns(tmp_path))
    project = build_small_project()
    mapping = {"val/accuracy": "intent-accuracy", "latency_ms": "p95-latency"}
    result = read_run(store, "abc123", mapping, project)
    got = [(mid, m.date, m.value) for mid, m in result.rows]
    assert got == [
        ("intent-accuracy", dt.date(2026, 4, 1), 0.84),
        ("intent-accuracy", dt.date(2026, 4, 2), 0.86),
        ("p95-latency", dt.date(2026, 4, 1), 310.5),
    ]
    assert sorted(str(r) for r in result.rejected) == [
        "metrics/latency_ms, line 2: not “timestamp value step” (nor with a dataset name and "
        "digest)",
        "val/accuracy, step 3: nan is not a finite number",
    ]
    assert result.rows[0][1].note == "MLflow run bert-base, val/accuracy, step 1"
    assert any("last value of each day" in n for n in result.notes)
    latest = read_run(
        store, "abc123", {"val/accuracy": "intent-accuracy"}, project, latest_only=True
    )
    assert [m.value for _, m in latest.rows] == [0.86]


def test_sqlite_store_lists_runs_newest_first_and_reads_history(tmp_path):
    store = open_store(make_db(tmp_path / "mlflow.db"))
    assert store.kind == "SQLite store"
    assert [(r.name, r.experiment) for r in store.runs] == [
        ("later", "Default"),
        ("first", "Default"),
    ]
    first = store.runs[1]
    assert first.metric_keys == ("intent_accuracy", "p95_latency")
    project = build_small_project()
    mapping = suggest_mapping(first.metric_keys, project)
    assert mapping == {"intent_accuracy": "intent-accuracy", "p95_latency": "p95-latency"}
    result = read_run(store, "r1", mapping, project)
    assert [(mid, m.value) for mid, m in result.rows] == [
        ("intent-accuracy", 0.81),
        ("intent-accuracy", 0.85),
        ("p95-latency", 420.0),
    ]
    assert [r.reason for r in result.rejected] == ["nan is not a finite number"]


def test_the_database_is_opened_read_only(tmp_path):
    path = make_db(tmp_path / "mlflow.db")
    before = path.read_bytes()
    store = open_store(path)
    read_run(store, "r1", {"intent_accuracy": "intent-accuracy"}, build_small_project())
    assert path.read_bytes() == before
    assert not (tmp_path / "mlflow.db-journal").exists()


def test_clear_errors_for_what_is_not_a_store(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(MlflowImportError, match="not an MLflow store"):
        open_store(tmp_path / "empty")
    text = tmp_path / "notes.db"
    text.write_text("hello, this is not a database" * 20)
    with pytest.raises(MlflowImportError, match="cannot be read as an MLflow tracking store"):
        open_store(text)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(MlflowImportError, match="no runs and no metrics table"):
        open_store(other)
    with pytest.raises(MlflowImportError, match="does not exist"):
        open_store(tmp_path / "nowhere")


def test_corrupt_files_are_reported_not_fatal(tmp_path):
    mlruns = make_mlruns(tmp_path)
    broken = mlruns / "2"
    broken.mkdir()
    (broken / "meta.yaml").write_bytes(b"\xff\xfe\x00garbage")
    store = open_store(mlruns)
    assert len(store.runs) == 1
    assert store.problems and "cannot be read" in store.problems[0]
    project = build_small_project()
    with pytest.raises(MlflowImportError, match="no run"):
        read_run(store, "zzz", {}, project)
    with pytest.raises(MlflowImportError, match='no metric "ghost"'):
        read_run(store, "abc123", {"latency_ms": "ghost"}, project)
    result = read_run(store, "abc123", {"not-logged": "p95-latency"}, project)
    assert "logged no metric" in result.rejected[0].reason


def test_read_meta_parses_the_keys_it_needs(tmp_path):
    path = tmp_path / "meta.yaml"
    path.write_text("name: \"my exp\"\ntags:\n- key: x\n  value: y\nexperiment_id: '7'\n")
    assert read_meta(path) == {"name": "my exp", "experiment_id": "7"}  # lists left out


def test_a_line_still_being_written_is_left_out_with_a_note(tmp_path):
    mlruns = make_mlruns(tmp_path)
    metric = mlruns / "1" / "abc123" / "metrics" / "latency_ms"
    metric.write_text(f"{T0} 310.5 0\n{T0 + 1} 30")  # the run is appending a line
    store = open_store(mlruns)
    result = read_run(store, "abc123", {"latency_ms": "p95-latency"}, build_small_project())
    assert [m.value for _, m in result.rows] == [310.5]
    assert not result.rejected
    assert any("last line is incomplete" in note for note in result.notes)


def test_meta_yaml_is_read_as_yaml_whatever_mlflow_escaped_folded_or_quoted(tmp_path):
    path = tmp_path / "meta.yaml"
    path.write_text(
        "name: \"mod\\xE8le \\U0001F680\"\nrun_name: 'Ana''s run'\nlong: a name folded\n"
        "  onto a second line\nrun_id: 0123\n"
    )
    meta = read_meta(path)
    assert meta["name"] == "modèle \U0001f680"
    assert meta["run_name"] == "Ana's run"
    assert meta["long"] == "a name folded onto a second line"
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: [unclosed\n")
    with pytest.raises(MlflowImportError, match=r"not a valid meta\.yaml at line"):
        read_meta(broken)


def test_a_run_folder_named_with_digits_keeps_its_id(tmp_path):
    mlruns = make_mlruns(tmp_path)
    digits = mlruns / "1" / "00123"
    (digits / "metrics").mkdir(parents=True)
    (digits / "meta.yaml").write_text("run_id: 00123\nrun_name: digits\nlifecycle_stage: active\n")
    (digits / "metrics" / "acc").write_text(f"{T0} 0.5 0\n")
    store = open_store(mlruns)
    run = store.run("00123")  # YAML reads the field as the number 123; the folder is the id
    result = read_run(store, run.run_id, {"acc": "intent-accuracy"}, build_small_project())
    assert [m.value for _, m in result.rows] == [0.5]
