"""Weights & Biases runs read offline: chart, long and run-table CSV exports, offline folders."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from raci_studio.core.model import Metric, Project
from raci_studio.io.measurements.wandb_runs import WandbImportError, open_wandb, read_run

WANDB = Path(__file__).resolve().parents[1] / "fixtures" / "wandb"


def _project() -> Project:
    return Project(
        name="Intents",
        metrics=[Metric(id="f1", name="F1"), Metric(id="accuracy", name="Accuracy")],
    )


def _rows(result) -> list[tuple[str, dt.date, float]]:
    return [(metric, m.date, m.value) for metric, m in result.rows]


def test_chart_export_runs_keys_and_days() -> None:
    source = open_wandb(WANDB / "chart-export.csv")
    assert source.kind == "W&B chart export"
    assert [r.name for r in source.runs] == ["baseline-lr3e-5", "wide-lr1e-5"]
    assert source.runs[0].metric_keys == ("eval/f1",)  # __MIN/__MAX bands left out
    result = read_run(source, "baseline-lr3e-5", {"eval/f1": "f1"}, _project())
    assert _rows(result) == [
        ("f1", dt.date(2026, 3, 1), 0.655),  # the last value of the day
        ("f1", dt.date(2026, 3, 2), 0.731),
    ]
    assert [r.where for r in result.rejected] == ["eval/f1, step 1500"]  # NaN refused
    assert result.notes == ["eval/f1: 3 values on 2 day(s); the last value of each day is kept."]
    assert result.rows[0][1].source == "W&B baseline-lr3e-5"


def test_step_only_export_needs_a_date() -> None:
    source = open_wandb(WANDB / "step-only.csv")
    undated = read_run(source, "run-7", {"val_acc": "accuracy"}, _project())
    assert undated.rows == [] and len(undated.rejected) == 3
    assert undated.rejected[0].reason == "no date: the export has no time column"
    dated = read_run(source, "run-7", {"val_acc": "accuracy"}, _project(), on=dt.date(2026, 4, 1))
    assert _rows(dated) == [("accuracy", dt.date(2026, 4, 1), 0.79)]


def test_long_export_and_latest_only() -> None:
    source = open_wandb(WANDB / "long-export.csv")
    assert source.kind == "W&B long export"
    baseline = source.run("baseline")
    assert baseline.metric_keys == ("eval/accuracy", "latency_ms")
    every = read_run(source, "baseline", {"eval/accuracy": "accuracy"}, _project())
    assert _rows(every) == [
        ("accuracy", dt.date(2026, 3, 1), 0.84),
        ("accuracy", dt.date(2026, 3, 2), 0.86),
    ]
    latest = read_run(
        source, "baseline", {"eval/accuracy": "accuracy"}, _project(), latest_only=True
    )
    assert _rows(latest) == [("accuracy", dt.date(2026, 3, 2), 0.86)]


def test_run_table_gives_final_values_on_the_created_day() -> None:
    source = open_wandb(WANDB / "run-table.csv")
    assert source.kind == "W&B run table"
    assert [(r.name, r.status) for r in source.runs] == [
        ("baseline", "finished"),
        ("tuned", "crashed"),
    ]
    result = read_run(source, "tuned", {"eval/accuracy": "accuracy"}, _project())
    assert _rows(result) == [("accuracy", dt.date(2026, 3, 3), 0.83)]
    assert source.run("tuned").metric_keys == ("eval/accuracy",)  # empty latency left out


def test_offline_runs_history_and_summary() -> None:
    source = open_wandb(WANDB)
    assert source.kind == "W&B offline runs"
    first, second = source.runs
    assert (first.run_id, first.experiment) == ("a1b2c3d4", "ticket-intents")
    assert first.start == dt.datetime(2026, 3, 1, 10, 15, 0, 123456, tzinfo=dt.UTC)
    assert first.metric_keys == ("eval/accuracy", "grad_norm", "train/loss")
    history = read_run(source, "a1b2c3d4", {"eval/accuracy": "accuracy"}, _project())
    assert _rows(history) == [
        ("accuracy", dt.date(2026, 3, 1), 0.79),
        ("accuracy", dt.date(2026, 3, 2), 0.87),
    ]
    nan = read_run(source, "a1b2c3d4", {"grad_norm": "f1"}, _project())
    assert nan.rows == [] and "not a finite number" in nan.rejected[0].reason
    assert second.metric_keys == ("eval/accuracy", "p95_latency_ms")  # "best": true left out
    summary = read_run(source, "e5f6g7h8", {"eval/accuracy": "accuracy"}, _project())
    assert _rows(summary) == [("accuracy", dt.date(2026, 3, 2), 0.9)]
    one = open_wandb(WANDB / "wandb" / "offline-run-20260302_090000-e5f6g7h8")
    assert [r.run_id for r in one.runs] == ["e5f6g7h8"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "no rows below its header"),
        (b"a,b\n1,2\n", "expected a Step column"),
        (b"PK\x03\x04rest", "not a text file"),
    ],
)
def test_bad_csv_files_are_refused_in_words(tmp_path, content, words) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(WandbImportError, match=words):
        open_wandb(path)


def test_bad_folders_pipes_and_history_are_refused(tmp_path) -> None:
    with pytest.raises(WandbImportError, match="holds no W&B run folders"):
        open_wandb(tmp_path)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(WandbImportError, match="pipe or a device"):
        open_wandb(fifo)
    run = tmp_path / "wandb" / "offline-run-20260301_101500-zz" / "files"
    run.mkdir(parents=True)
    (run / "wandb-history.jsonl").write_text('{"_step": 0, "acc": 1}\n{broken\n')
    with pytest.raises(WandbImportError, match="line 2: not JSON"):
        open_wandb(tmp_path)


def test_unknown_metric_in_mapping_is_an_error() -> None:
    source = open_wandb(WANDB / "long-export.csv")
    with pytest.raises(WandbImportError, match='no metric "nope"'):
        read_run(source, "baseline", {"eval/accuracy": "nope"}, _project())
