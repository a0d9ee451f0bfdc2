"""``raci-studio measure``: a pipeline's numbers into the plan, with honest exit codes."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from raci_studio.cli import main as cli_main
from raci_studio.io.project.file import load_project, save_project
from tests.core.conftest import build_small_project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mlflow"
FILE_STORE = FIXTURES / "mlflow2-file"
SQLITE_STORE = FIXTURES / "mlflow2-sqlite" / "mlflow.db"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.raci.json"
    save_project(build_small_project(), path)
    return path


def values(path: Path, metric_id: str) -> list[tuple[dt.date, float]]:
    metric = next(m for m in load_project(path).metrics if m.id == metric_id)
    return [(m.date, m.value) for m in metric.measurements]


def test_a_run_by_name_is_added_in_place_and_refusals_give_exit_1(plan, capsys):
    before = values(plan, "intent-accuracy")
    code = cli_main(
        ["measure", str(plan), "--mlflow", str(FILE_STORE), "--run", "Ana's run",
         "--map", "accuracy=intent-accuracy"]
    )  # fmt: skip
    assert code == 1  # the NaN of day 3 is refused
    text = capsys.readouterr().out
    assert "accuracy, step 3: nan is not a finite number" in text
    assert "3 added" in text and "Saved" in text
    after = values(plan, "intent-accuracy")
    assert set(after) - set(before) == {
        (dt.date(2026, 4, 1), 0.84),
        (dt.date(2026, 4, 2), 0.86),
        (dt.date(2026, 4, 3), 0.88),
    }


def test_everything_added_gives_exit_0_and_output_leaves_the_plan_alone(plan, tmp_path):
    original = plan.read_bytes()
    out = tmp_path / "out.raci.json"
    store = open_ids(SQLITE_STORE)
    code = cli_main(
        ["measure", str(plan), "--mlflow", str(SQLITE_STORE), "--run", store["say \"hi\""],
         "--map", "recall=Intent accuracy", "-o", str(out)]
    )  # fmt: skip
    assert code == 0
    assert plan.read_bytes() == original
    assert (dt.date(2026, 4, 3), 0.5) in values(out, "intent-accuracy")
    # the same import again changes nothing and still succeeds
    assert cli_main(["measure", str(out), "--mlflow", str(SQLITE_STORE), "--run",
                     store['say "hi"'], "--map", "recall=intent-accuracy"]) == 0  # fmt: skip


def open_ids(path: Path) -> dict[str, str]:
    from raci_studio.io.measurements.mlflow_store import open_store

    return {run.name: run.run_id for run in open_store(path).runs}


def test_csv_measurements_are_added(plan, tmp_path, capsys):
    csv = tmp_path / "results.csv"
    csv.write_text("date,metric,value\n2026-05-01,intent-accuracy,0.9\n2026-05-02,ghost,1\n")
    assert cli_main(["measure", str(plan), "--csv", str(csv)]) == 1
    assert (dt.date(2026, 5, 1), 0.9) in values(plan, "intent-accuracy")
    assert "ghost" in capsys.readouterr().out


def test_list_shows_full_names_ids_parents_and_keys(plan, capsys):
    assert cli_main(["measure", str(plan), "--mlflow", str(FILE_STORE), "--list"]) == 0
    text = capsys.readouterr().out
    ids = open_ids(FILE_STORE / "mlruns")
    assert "modèle-é \U0001f680" in text
    parent = ids["Ana's run"]
    assert f"parent: Ana's run ({parent})" in text
    assert "accuracy, huge, loss, tiny, val/f1" in text
    assert ("gradient boosted trees on the cleaned march snapshot, seed 7 " * 3)[:120] in text


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--mlflow", "STORE", "--run", "nobody", "--map", "a=b"], "no run with the id or name"),
        (["--mlflow", "STORE", "--run", "Ana's run", "--map", "nokey=intent-accuracy"],
         "logged no metric"),
        (["--mlflow", "STORE", "--run", "Ana's run", "--map", "accuracy=ghost"],
         'no metric "ghost"'),
        (["--mlflow", "STORE", "--run", "Ana's run", "--map", "accuracy"], "KEY=METRIC"),
        (["--mlflow", "STORE"], "--run RUN"),
        (["--csv", "x.csv", "--mlflow", "STORE"], "either"),
        (["--mlflow", "/nowhere/mlruns", "--list"], "does not exist"),
    ],
)  # fmt: skip
def test_nothing_read_gives_exit_2_and_leaves_the_plan(plan, capsys, arguments, words):
    original = plan.read_bytes()
    arguments = [str(FILE_STORE) if a == "STORE" else a for a in arguments]
    assert cli_main(["measure", str(plan), *arguments]) == 2
    assert words in capsys.readouterr().err
    assert plan.read_bytes() == original


def test_an_unreadable_plan_or_unwritable_output_gives_exit_2(tmp_path, plan, capsys):
    bad = tmp_path / "bad.raci.json"
    bad.write_text("{not json")
    csv = tmp_path / "m.csv"
    csv.write_text("date,metric,value\n2026-05-01,intent-accuracy,0.9\n")
    assert cli_main(["measure", str(bad), "--csv", str(csv)]) == 2
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert cli_main(["measure", str(plan), "--csv", str(csv), "-o", str(folder)]) == 2
    assert capsys.readouterr().err


def test_an_ambiguous_run_name_lists_the_ids(tmp_path, plan, capsys):
    copy = tmp_path / "mlruns"
    shutil.copytree(FILE_STORE / "mlruns", copy)
    run_dir = next(p.parent.parent for p in copy.rglob("mlflow.runName") if "say" in p.read_text())
    twin = run_dir.parent / "0123456789abcdef0123456789abcdef"
    shutil.copytree(run_dir, twin)
    meta = (twin / "meta.yaml").read_text()
    (twin / "meta.yaml").write_text(meta.replace(run_dir.name, twin.name))
    code = cli_main(["measure", str(plan), "--mlflow", str(copy), "--run", 'say "hi"',
                     "--map", "recall=intent-accuracy"])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert '2 runs are named "say \\"hi\\""' in err or "2 runs are named" in err
    assert twin.name in err and run_dir.name in err
