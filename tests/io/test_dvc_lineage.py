"""DVC lineage read from .dvc files, dvc.lock and dvc.yaml, and taken into the plan."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from raci_studio.core.actions.evidence import import_lineage, size_words
from raci_studio.core.rules import check_project
from raci_studio.io.evidence.dvc import read_lineage
from raci_studio.io.evidence.errors import EvidenceError
from raci_studio.io.project.file import dumps_project, loads_project
from tests.core.conftest import build_small_project

PIPELINE = Path(__file__).resolve().parents[1] / "fixtures" / "dvc" / "pipeline"


def test_every_tracked_data_set_with_hash_size_files_and_stage() -> None:
    lineage = read_lineage(PIPELINE)
    assert lineage.files == ("dvc.yaml", "data/reviews.csv.dvc", "dvc.lock")
    found = {t.path: t for t in lineage.tracked}
    assert sorted(found) == ["data/prepared", "data/reviews.csv"]
    assert lineage.notes == ("models left out (they are not data sets): model.pkl",)
    raw = found["data/reviews.csv"]
    assert (raw.hash, raw.size, raw.files, raw.stage) == (
        "2f1c0a3d9be0c7a1d1d2e9a6f6b1c9e0",
        48213377,
        None,
        "",
    )
    prepared = found["data/prepared"]
    assert prepared.hash.endswith(".dir") and prepared.files == 2 and prepared.stage == "prepare"
    assert "eval/metrics.json" not in found  # a metrics file is not a data set


def test_a_single_file_and_refusals(tmp_path) -> None:
    one = read_lineage(PIPELINE / "data" / "reviews.csv.dvc")
    assert [t.path for t in one.tracked] == ["reviews.csv"]
    with pytest.raises(EvidenceError, match="holds no DVC files"):
        read_lineage(tmp_path)
    with pytest.raises(EvidenceError, match="no such file or folder"):
        read_lineage(tmp_path / "nowhere")
    broken = tmp_path / "dvc.lock"
    broken.write_text("stages: [\n", encoding="utf-8")
    with pytest.raises(EvidenceError, match=r"dvc.lock: line \d+: the YAML cannot be read"):
        read_lineage(tmp_path)


def test_importing_lineage_then_a_changed_hash_is_a_finding(tmp_path) -> None:
    project = build_small_project()
    project.scoping.model_card.date = dt.date(2026, 3, 1)
    plan = import_lineage(project, read_lineage(PIPELINE).tracked, dt.date(2026, 3, 2), "pipeline")
    assert plan.edit is not None
    plan.edit.apply(project)
    rows = {r.dataset: r for r in project.scoping.data_requirements}
    assert rows["reviews.csv"].lineage.size == 48213377
    assert rows["prepared"].lineage.stage == "prepare"
    assert any("48.2 MB" in line for line in plan.lines)
    again = import_lineage(project, read_lineage(PIPELINE).tracked, dt.date(2026, 3, 9), "p")
    assert again.edit is None and all("unchanged" in line for line in again.lines)
    assert not [f for f in check_project(project) if f.code.startswith("data-changed")]

    copy = tmp_path / "pipeline"
    shutil.copytree(PIPELINE, copy)
    dvc = copy / "data" / "reviews.csv.dvc"
    dvc.write_text(dvc.read_text().replace("2f1c0a3d", "ffffffff"), encoding="utf-8")
    lock = copy / "dvc.lock"
    lock.write_text(lock.read_text().replace("2f1c0a3d", "ffffffff"), encoding="utf-8")
    changed = import_lineage(project, read_lineage(copy).tracked, dt.date(2026, 4, 1), "p")
    changed.edit.apply(project)
    assert any("content changed since 2026-03-02" in line for line in changed.lines)
    finding = next(f for f in check_project(project) if f.code == "data-changed-since-card")
    assert "Training data changed since the model card was written" in finding.message
    assert '"reviews.csv"' in finding.message
    # the lineage survives the project file
    assert loads_project(dumps_project(project)).scoping.data_requirements == (
        project.scoping.data_requirements
    )


def test_lineage_import_undoes_to_the_same_bytes() -> None:
    project = build_small_project()
    before = dumps_project(project)
    plan = import_lineage(project, read_lineage(PIPELINE).tracked, dt.date(2026, 3, 2), "p")
    inverse, _ = plan.edit.apply(project)
    inverse.apply(project)
    assert dumps_project(project) == before


def test_an_existing_requirement_is_matched_by_name() -> None:
    project = build_small_project()
    first = project.scoping.data_requirements[0]
    first.dataset = "reviews.csv"
    plan = import_lineage(project, read_lineage(PIPELINE).tracked, dt.date(2026, 3, 2), "p")
    plan.edit.apply(project)
    assert project.scoping.data_requirements[0].lineage.path == "data/reviews.csv"


def test_size_words() -> None:
    assert size_words(1) == "1 byte"
    assert size_words(812) == "812 bytes"
    assert size_words(4_200_000) == "4.2 MB"
    assert size_words(1_300_000_000) == "1.3 GB"
