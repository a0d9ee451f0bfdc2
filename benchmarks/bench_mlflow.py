"""Time the MLflow import on a large store: listing runs and reading a long metric history.

    .venv/bin/python benchmarks/bench_mlflow.py [--runs 11] [--store-runs 500] [--steps 100000]

Builds, in a temporary folder, an ``mlruns`` folder and an ``mlflow.db`` (with MLflow's
``latest_metrics`` table) with the same content:
``--store-runs`` runs in five experiments (meta.yaml and tags as MLflow writes them, three
metric keys each) and one run with a ``--steps`` long metric history. Prints medians in
milliseconds and ratios against baselines measured in the same run:

- listing the runs of the folder (every meta.yaml read with a safe YAML loader, parents
  resolved), against reading the bytes of every meta.yaml;
- listing the runs of the database, against one ``SELECT`` of the runs table;
- reading the long history into measurements (one per day, refusals reported), from the
  folder against splitting the metric file into lines, from the database against fetching
  its rows.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from timing import measure  # noqa: E402

from raci_studio.io.measurements.mlflow_store import open_store, read_run  # noqa: E402
from tests.core.conftest import build_small_project  # noqa: E402

T0 = 1_775_034_000_000
KEYS = ("accuracy", "loss", "val/f1")


def write_folder(root: Path, runs: int, steps: int) -> Path:
    """Write an mlruns folder as MLflow's file store lays it out."""
    mlruns = root / "mlruns"
    for e in range(5):
        exp = mlruns / str(100 + e)
        exp.mkdir(parents=True)
        (exp / "meta.yaml").write_text(
            f"artifact_location: file:///fixture/mlruns/{100 + e}\nexperiment_id: '{100 + e}'\n"
            f"lifecycle_stage: active\nname: 'experiment {e}: a long descriptive name that "
            "MLflow folds onto a second line when it passes the width'\n"
        )
    for r in range(runs):
        run_id = f"{r:032x}"
        run = mlruns / str(100 + r % 5) / run_id
        (run / "metrics" / "val").mkdir(parents=True)
        (run / "tags").mkdir()
        (run / "meta.yaml").write_text(
            f"artifact_uri: file:///fixture/{run_id}/artifacts\nend_time: {T0 + 9}\n"
            f"experiment_id: '{100 + r % 5}'\nlifecycle_stage: active\nrun_id: {run_id}\n"
            f'run_name: "run \\U0001F680 {r}"\nrun_uuid: {run_id}\nsource_type: 4\n'
            f"start_time: {T0 + r}\nstatus: 3\ntags: []\nuser_id: ana\n"
        )
        if r % 3:
            (run / "tags" / "mlflow.parentRunId").write_text(f"{r - r % 3:032x}")
        for key in KEYS:
            (run / "metrics" / key).write_text(f"{T0 + r} 0.{r % 97:02d} 0\n")
    long_run = mlruns / "100" / f"{0:032x}" / "metrics" / "accuracy"
    long_run.write_text("".join(f"{T0 + i * 60_000} {0.5 + i / (4 * steps)} {i}\n"
                                for i in range(steps)))  # fmt: skip
    return mlruns


def write_database(path: Path, runs: int, steps: int) -> Path:
    """Write the same runs into an SQLite store with MLflow's tables."""
    with sqlite3.connect(path) as db:
        db.executescript(
            """
            CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name TEXT,
                lifecycle_stage TEXT);
            CREATE TABLE runs (run_uuid TEXT PRIMARY KEY, name TEXT, status TEXT,
                start_time INTEGER, end_time INTEGER, lifecycle_stage TEXT,
                experiment_id INTEGER);
            CREATE TABLE metrics (key TEXT, value FLOAT, timestamp INTEGER, run_uuid TEXT,
                step INTEGER, is_nan BOOLEAN,
                PRIMARY KEY (key, timestamp, step, run_uuid, value, is_nan));
            CREATE TABLE latest_metrics (key TEXT, value FLOAT, timestamp INTEGER,
                step INTEGER, is_nan BOOLEAN, run_uuid TEXT, PRIMARY KEY (key, run_uuid));
            CREATE TABLE tags (key TEXT, value TEXT, run_uuid TEXT);
            """
        )
        db.executemany(
            "INSERT INTO experiments VALUES (?, ?, 'active')",
            [(100 + e, f"experiment {e}") for e in range(5)],
        )
        db.executemany(
            "INSERT INTO runs VALUES (?, ?, 'FINISHED', ?, NULL, 'active', ?)",
            [(f"{r:032x}", f"run {r}", T0 + r, 100 + r % 5) for r in range(runs)],
        )
        db.executemany(
            "INSERT INTO tags VALUES ('mlflow.parentRunId', ?, ?)",
            [(f"{r - r % 3:032x}", f"{r:032x}") for r in range(runs) if r % 3],
        )
        db.executemany(
            "INSERT INTO metrics VALUES (?, ?, ?, ?, 0, 0)",
            [(k, r % 97 / 100, T0 + r, f"{r:032x}") for r in range(1, runs) for k in KEYS],
        )
        db.executemany(
            "INSERT INTO metrics VALUES ('accuracy', ?, ?, ?, ?, 0)",
            [(0.5 + i / (4 * steps), T0 + i * 60_000, f"{0:032x}", i) for i in range(steps)],
        )
        db.execute(
            "INSERT INTO latest_metrics SELECT key, value, MAX(timestamp), step, is_nan, "
            "run_uuid FROM metrics GROUP BY run_uuid, key"
        )
    return path


def main() -> None:
    """Build the stores, time every case against its baseline, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--store-runs", type=int, default=500)
    parser.add_argument("--steps", type=int, default=100_000)
    args = parser.parse_args()
    project = build_small_project()
    mapping = {"accuracy": "intent-accuracy"}
    run_id = f"{0:032x}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(Path(tmp), args.store_runs, args.steps)
        database = write_database(Path(tmp) / "mlflow.db", args.store_runs, args.steps)
        metas = sorted(folder.rglob("meta.yaml"))
        metric_file = folder / "100" / run_id / "metrics" / "accuracy"
        folder_store = open_store(folder)
        db_store = open_store(database)

        def select_runs() -> object:
            with sqlite3.connect(database) as db:
                return db.execute("SELECT * FROM runs").fetchall()

        def select_history() -> object:
            with sqlite3.connect(database) as db:
                query = "SELECT timestamp, value, step FROM metrics WHERE run_uuid = ? AND key = ?"
                return db.execute(query, (run_id, "accuracy")).fetchall()

        cases = {
            "read every meta.yaml (baseline)": lambda: [p.read_bytes() for p in metas],
            "list the folder's runs": lambda: open_store(folder),
            "SELECT the runs (baseline)": select_runs,
            "list the database's runs": lambda: open_store(database),
            "split the metric file (baseline)": lambda: metric_file.read_text().splitlines(),
            "read the history, folder": lambda: read_run(folder_store, run_id, mapping, project),
            "fetch the history rows (baseline)": select_history,
            "read the history, database": lambda: read_run(db_store, run_id, mapping, project),
        }
        times = measure(cases, args.runs)
    names = list(times)
    print(f"{args.store_runs:,} runs, a history of {args.steps:,} values; median of {args.runs}")
    for i in range(0, len(names), 2):
        base, case = names[i], names[i + 1]
        print(f"{base:40} {times[base] * 1000:9.1f} ms  1")
        ratio = times[case] / times[base]
        print(f"{case:40} {times[case] * 1000:9.1f} ms  ×{ratio:.1f}")


if __name__ == "__main__":
    main()
