"""The MLflow import against stores that real MLflow 2.x and 3.x wrote.

The stores under ``tests/fixtures/mlflow/`` were made by ``make_stores.py`` there, with MLflow
installed in a throwaway environment; ``expected.json`` beside each lists what MLflow was asked
to log. Every logged value is compared with what the importer reads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from pathlib import Path

import pytest

from raci_studio.io.measurements.mlflow_store import (
    find_run,
    open_store,
    read_history,
    read_run,
)
from tests.core.conftest import build_small_project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mlflow"
STORES = sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").is_file())


def expected_of(folder: Path) -> dict:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def store_path(folder: Path) -> Path:
    return folder / "mlflow.db" if (folder / "mlflow.db").exists() else folder / "mlruns"


def live_runs(expected: dict) -> list[dict]:
    return [r for r in expected["runs"] if not r["deleted"]]


def same_number(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


def test_fixtures_cover_both_major_versions_and_both_store_kinds():
    made = {(expected_of(p)["mlflow"].split(".")[0], expected_of(p)["kind"]) for p in STORES}
    assert made == {("2", "file"), ("2", "sqlite"), ("3", "file"), ("3", "sqlite")}


@pytest.mark.parametrize("folder", STORES, ids=lambda p: p.name)
def test_runs_are_listed_with_their_full_names_parents_and_keys(folder):
    expected = expected_of(folder)
    store = open_store(store_path(folder))
    assert not store.problems
    experiments = {e["id"]: e["name"] for e in expected["experiments"]}
    names = {r["run_id"]: r["name"] for r in expected["runs"]}
    want = live_runs(expected)
    assert sorted(r.run_id for r in store.runs) == sorted(r["run_id"] for r in want)
    for entry in want:
        run = store.run(entry["run_id"])
        assert run.name == entry["name"]  # emoji, quotes and 120 characters, as logged
        assert run.experiment == experiments[entry["experiment_id"]]
        assert run.parent_id == (entry["parent_run_id"] or "")
        assert run.parent_name == names.get(entry["parent_run_id"] or "", "")
        assert run.start == dt.datetime.fromtimestamp(entry["start_time"] / 1000, dt.UTC)
        assert set(run.metric_keys) == set(entry["metrics"])
    long_names = [r.name for r in store.runs if len(r.name) == 120]
    assert long_names, "the 120-character run name was cut"


@pytest.mark.parametrize("folder", STORES, ids=lambda p: p.name)
def test_every_logged_value_is_read_back_exactly(folder):
    expected = expected_of(folder)
    store = open_store(store_path(folder))
    checked = 0
    for entry in live_runs(expected):
        for key, logged in entry["metrics"].items():
            points = read_history(store, entry["run_id"], key)
            got = [(p.timestamp, p.step) for p in points]
            assert got == [(v["timestamp"], v["step"]) for v in logged], key
            for point, value in zip(points, logged, strict=True):
                assert same_number(point.value, float(value["value"])), (key, value)
                logged_with = (value["dataset_name"] or "", value["dataset_digest"] or "")
                # MLflow's SQL store keeps the dataset of a model's metrics only
                if expected["kind"] == "file" or key == "f1_holdout":
                    assert (point.dataset, point.dataset_digest) == logged_with, key
                checked += 1
    assert checked >= 20


@pytest.mark.parametrize("folder", STORES, ids=lambda p: p.name)
def test_import_keeps_the_last_finite_value_of_each_utc_day(folder):
    expected = expected_of(folder)
    store = open_store(store_path(folder))
    project = build_small_project()
    for entry in live_runs(expected):
        if not entry["metrics"]:
            continue
        mapping = dict.fromkeys(entry["metrics"], "intent-accuracy")
        result = read_run(store, entry["run_id"], mapping, project)
        want: list[tuple[str, dt.date, float]] = []
        refused = 0
        for key, logged in entry["metrics"].items():
            per_day: dict[dt.date, float] = {}
            for value in sorted(logged, key=lambda v: (v["timestamp"], v["step"])):
                number = float(value["value"])
                if not math.isfinite(number):
                    refused += 1
                    continue
                day = dt.datetime.fromtimestamp(value["timestamp"] / 1000, dt.UTC).date()
                per_day[day] = number
            want += [(key, day, number) for day, number in per_day.items()]
        prefix = f"MLflow run {entry['name']}, "
        got = [(m.note[len(prefix) :].split(", step ")[0], m.date, m.value) for _, m in result.rows]
        assert sorted(got) == sorted(want)
        assert len(result.rejected) == refused
        assert all("is not a finite number" in r.reason for r in result.rejected)


@pytest.mark.parametrize("folder", STORES, ids=lambda p: p.name)
def test_huge_values_import_with_a_note_and_infinity_is_refused(folder):
    store = open_store(store_path(folder))
    run = find_run(store, "Ana's run")
    project = build_small_project()
    result = read_run(store, run.run_id, {"huge": "intent-accuracy"}, project)
    assert [m.value for _, m in result.rows] == [1.5e308, 3.4e38, -1.5e308]
    assert any("far outside the metric's range" in note for note in result.notes)
    loss = read_run(store, run.run_id, {"loss": "intent-accuracy"}, project)
    assert [m.value for _, m in loss.rows] == [0.25]
    assert sorted(r.text for r in loss.rejected) == ["-inf", "inf"]
    tiny = read_run(store, run.run_id, {"tiny": "intent-accuracy"}, project)
    assert [m.value for _, m in tiny.rows] == [5e-324, 1e-300, -2.5e-308]


def test_dataset_linked_metrics_of_mlflow_3_keep_their_dataset():
    for folder in STORES:
        expected = expected_of(folder)
        if not expected["mlflow"].startswith("3"):
            continue
        store = open_store(store_path(folder))
        run = next(r for r in store.runs if "eval_accuracy" in r.metric_keys)
        mapping = {"eval_accuracy": "intent-accuracy"}
        result = read_run(store, run.run_id, mapping, build_small_project())
        assert [m.value for _, m in result.rows] == [0.91, 0.93]
        assert not result.rejected
        if expected["kind"] == "file":
            assert all("dataset holdout-2026 (7a1f3c)" in m.note for _, m in result.rows)


@pytest.mark.parametrize("folder", STORES, ids=lambda p: p.name)
def test_reading_changes_nothing_in_the_store(folder):
    def digest() -> dict[str, str]:
        return {
            str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    before = digest()
    store = open_store(store_path(folder))
    project = build_small_project()
    for run in store.runs:
        read_run(store, run.run_id, dict.fromkeys(run.metric_keys, "intent-accuracy"), project)
    assert digest() == before


def test_fixtures_hold_no_absolute_path_of_the_machine_that_made_them():
    for path in FIXTURES.rglob("*"):
        if path.is_file() and path.name != "make_stores.py":
            data = path.read_bytes()
            for marker in (b"/tmp/", b"/work/", b"/home/", b"/root/"):
                assert marker not in data, (path, marker)


def test_fixtures_are_small():
    total = sum(p.stat().st_size for p in FIXTURES.rglob("*") if p.is_file())
    assert total < 400_000
