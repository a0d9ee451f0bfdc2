"""Metric-bound criteria judged once for gates and for the MRD's go/no-go."""

from __future__ import annotations

import datetime as dt

from raci_studio.core.criteria import condition_words, judge_bound, op_sign
from raci_studio.core.metrics import explain_criterion
from raci_studio.core.model import Criterion, Gate, Measurement, Metric, Project
from raci_studio.core.rules import check_project


def _project() -> Project:
    auc = Metric(
        id="auc",
        name="AUC",
        threshold=0.85,
        measurements=[Measurement(date=dt.date(2026, 3, 1), value=0.81)],
    )
    latency = Metric(id="latency", name="Latency", unit="ms", direction="lower", threshold=300)
    return Project(name="Plan", metrics=[auc, latency])


CRITERIA = [
    Criterion(id="manual", text="Legal signs off"),
    Criterion(id="auc-ok", text="AUC good enough", metric="auc"),
    Criterion(id="fast", text="Fast enough", metric="latency"),
    Criterion(id="ghost", text="Ghost metric", metric="gone"),
    Criterion(id="auc-low", text="AUC above 0.5", metric="auc", op=">=", value=0.5),
]


def test_judge_bound_names_unknown_and_failing_and_skips_the_rest() -> None:
    project = _project()
    verdict = judge_bound(project, CRITERIA, {m.id: m for m in project.metrics})
    assert [c.id for c in verdict.unknown] == ["ghost"]
    assert verdict.failing_ids == ["auc-ok"]
    assert verdict.failing_words == '"AUC good enough" (AUC is 0.81, needs ≥ 0.85)'


def test_gates_and_go_no_go_say_a_failure_in_the_same_words() -> None:
    project = _project()
    project.scoping.go_no_go = [c.model_copy() for c in CRITERIA]

    project.gates = [Gate(id="g", name="Go", criteria=[c.model_copy() for c in CRITERIA])]
    found = {f.code: f for f in check_project(project)}
    words = '"AUC good enough" (AUC is 0.81, needs ≥ 0.85)'
    assert found["gate-failing"].message == f'Gate "Go" fails: {words}.'
    assert found["scoping-go-no-go-failing"].message == (
        f"The MRD's go/no-go criteria fail: {words}."
    )
    assert found["criterion-unknown-metric"].ids == ("g", "ghost")
    assert found["scoping-criterion-unknown-metric"].ids == ("go-no-go", "ghost")


def test_condition_words_and_signs() -> None:
    project = _project()
    latency = project.metrics[1]
    result = explain_criterion(project, CRITERIA[2])
    assert condition_words(latency, result) == "≤ 300 ms"
    assert op_sign(">=") == "≥" and op_sign(None) == "" and op_sign("~") == "~"
