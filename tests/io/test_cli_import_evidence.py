"""`raci-studio import --model-card | --dvc`: exit codes, in-place updates, refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from raci_studio.cli import main as cli_main
from raci_studio.io.project.file import load_project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "churn-prediction.raci.json"


@pytest.fixture
def plan(tmp_path) -> Path:
    path = tmp_path / "plan.raci.json"
    shutil.copy(SAMPLE, path)
    return path


def test_card_into_a_plan_in_place(plan, capsys) -> None:
    card = FIXTURES / "cards" / "toolkit.json"
    assert cli_main(["import", str(card), "--model-card", "--into", str(plan)]) == 0
    printed = capsys.readouterr().out
    assert 'Metric "PR-AUC" (new model metric on holdout 2026-Q1)' in printed
    assert printed.rstrip().endswith(f"wrote {plan}")
    project = load_project(plan)
    assert project.scoping.model_card.source == "toolkit.json"
    assert any(m.name == "PR-AUC" for m in project.metrics)


def test_a_card_is_detected_by_its_front_matter(tmp_path, capsys) -> None:
    out = tmp_path / "new.raci.json"
    card = FIXTURES / "cards" / "sentiment-full.md"
    assert cli_main(["import", str(card), "-o", str(out), "--json"]) == 0
    lines = json.loads(capsys.readouterr().out.split("\nwrote")[0])["lines"]
    assert lines[0] == "Model card ▸ Model details: filled (287 characters)"
    assert load_project(out).name == "review-sentiment-base"
    assert cli_main(["import", str(card), "-o", str(out)]) == 2  # exists: --force needed
    assert "already exists" in capsys.readouterr().err


def test_dvc_into_a_plan_written_elsewhere(plan, tmp_path, capsys) -> None:
    out = tmp_path / "out.raci.json"
    pipeline = FIXTURES / "dvc" / "pipeline"
    before = plan.read_bytes()
    args = ["import", str(pipeline), "--dvc", "--into", str(plan), "-o", str(out)]
    assert cli_main([*args, "--date", "2026-06-01"]) == 0
    assert plan.read_bytes() == before
    rows = load_project(out).scoping.data_requirements
    assert {r.dataset for r in rows if r.lineage} == {"prepared", "reviews.csv"}
    assert "models left out" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["cards/broken-yaml.md", "--model-card", "--into", "PLAN"], "the YAML cannot be read"),
        (["cards/toolkit.json", "--model-card"], "--into PLAN"),
        (["cards/toolkit.json", "--model-card", "--dvc", "--into", "PLAN"], "choose one"),
        (["dvc/missing", "--dvc", "--into", "PLAN"], "no such file or folder"),
    ],
)
def test_refusals_change_nothing(plan, capsys, args, words) -> None:
    before = plan.read_bytes()
    argv = [str(plan) if a == "PLAN" else a for a in args]
    argv[0] = str(FIXTURES / argv[0])
    assert cli_main(["import", *argv]) == 2
    assert words in capsys.readouterr().err
    assert plan.read_bytes() == before
