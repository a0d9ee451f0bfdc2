"""What the kickoff deck says: the accountable owner, open gates, the latest decisions."""

from __future__ import annotations

import datetime as dt

from raci_studio.core.kickoff import accountable_owner, latest_decisions, open_gates, owner_words
from raci_studio.core.model import Decision, GateOutcome, Project


def test_owner_is_the_role_accountable_most_often(small_project) -> None:
    project = small_project()
    assert accountable_owner(project).id == "product-manager"
    assert owner_words(project) == "Accountable owner: Product Manager"
    project.roles[2].people = ["Ana Núñez", "Bo Li"]
    for activity in project.activities:
        activity.raci = {"ml-engineer": "RA"}
    assert owner_words(project) == "Accountable owner: ML Engineer (Ana Núñez, Bo Li)"


def test_no_owner_without_an_accountable_role() -> None:
    assert accountable_owner(Project(name="Empty")) is None
    assert owner_words(Project(name="Empty")) == "Accountable owner: not assigned yet"


def test_open_gates_list_what_they_wait_for(small_project) -> None:
    project = small_project()
    project.metrics = [m for m in project.metrics if m.id != "intent-accuracy"]
    project.gates[0].criteria[0].metric = None  # now a manual criterion, not checked
    gates = open_gates(project)
    assert [g.gate.id for g in gates] == ["go-no-go"]
    assert gates[0].waiting == ("Intent accuracy ≥ 0.85",)
    assert gates[0].follows == "Business understanding"
    assert gates[0].kind == "Go / no-go"


def test_decided_gates_are_not_open(small_project) -> None:
    project = small_project()
    assert [g.gate.id for g in open_gates(project)] == ["go-no-go"]  # criteria pass, no decision
    project.gates[0].outcome = GateOutcome.DEFERRED
    assert [g.gate.id for g in open_gates(project)] == ["go-no-go"]
    project.gates[0].outcome = GateOutcome.PASSED
    assert open_gates(project) == []


def test_latest_decisions_newest_first_and_capped() -> None:
    log = [
        Decision(id=f"d{i}", date=dt.date(2026, 1, 1 + i % 5), decision=f"Decision {i}")
        for i in range(20)
    ]
    project = Project(name="P")
    project.scoping.decision_log = log
    latest = latest_decisions(project, 4)
    assert [d.id for d in latest] == ["d19", "d14", "d9", "d4"]
    assert len(latest_decisions(project)) == 12
