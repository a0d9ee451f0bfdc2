"""Handoffs found between committed versions of a plan, and where they show: RCA, timeline."""

from __future__ import annotations

import datetime as dt

from raci_studio.core.handoffs import (
    Version,
    describe,
    handoffs,
    history_handoffs,
    version_handoffs,
)
from raci_studio.core.model import Activity, Decision, Phase, Project, Role
from raci_studio.core.rca import analyse
from raci_studio.core.timeline import build_timeline

WHEN = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)


def plan(**raci: dict[str, str]) -> Project:
    """Return a plan with three roles, two phases and one activity per keyword (id=raci)."""
    return Project(
        name="Forecast",
        roles=[
            Role(id="pm", name="Product Manager"),
            Role(id="ds", name="Data Scientist"),
            Role(id="mle", name="ML Engineer"),
        ],
        phases=[Phase(id="data", name="Data"), Phase(id="train", name="Training")],
        activities=[
            Activity(id=key, name=key.title(), phase="train", raci=letters)
            for key, letters in raci.items()
        ],
    )


def version(day: int, project: Project, commit: str = "", author: str = "Ann") -> Version:
    """Return a committed version on March ``day``."""
    return (WHEN.replace(day=day), author, commit or f"{day:02d}" * 20, project)


def test_a_change_of_accountable_between_two_commits_is_a_handoff() -> None:
    before = version(1, plan(fit={"ds": "RA"}, log={"pm": "A", "ds": "R"}))
    after = version(4, plan(fit={"ds": "R", "mle": "A"}, log={"pm": "A", "ds": "R"}), "abcdef1234")
    [found] = version_handoffs(before, after)
    assert (found.kind, found.letter, found.activity) == ("history", "A", "fit")
    assert (found.from_role, found.to_role) == ("ds", "mle")
    assert found.date == dt.date(2025, 3, 4)
    assert (found.commit, found.author) == ("abcdef1234", "Ann")
    assert describe(after[3], found) == (
        '"Fit": Accountable passes from Data Scientist to ML Engineer (commit abcdef1 by Ann)'
    )


def test_responsible_changes_count_but_a_second_or_a_dropped_letter_does_not() -> None:
    first = version(1, plan(fit={"ds": "RA"}, log={"pm": "A", "ds": "R"}, new={"pm": "A"}))
    second = version(2, plan(fit={"mle": "R", "ds": "A"}, log={"pm": "A", "ds": "RA"}))
    third = version(3, plan(fit={"mle": "R", "ds": "A"}, log={"ds": "R"}))
    found = history_handoffs([first, second, third])
    assert [(h.letter, h.activity, h.from_role, h.to_role) for h in found] == [
        ("R", "fit", "ds", "mle")
    ]


def test_names_come_from_the_version_when_the_plan_no_longer_has_them() -> None:
    old = plan(fit={"ds": "A"})
    new = plan(fit={"mle": "A"})
    [found] = history_handoffs([version(1, old), version(2, new)])
    current = Project(name="Forecast")  # roles and activity since removed
    assert describe(current, found).startswith(
        '"Fit": Accountable passes from Data Scientist to ML Engineer'
    )


def test_versions_in_order_give_each_change_once() -> None:
    steps = [
        plan(fit={"pm": "A"}),
        plan(fit={"ds": "A"}),
        plan(fit={"ds": "A"}),
        plan(fit={"mle": "A"}),
    ]
    found = history_handoffs([version(i + 1, p) for i, p in enumerate(steps)])
    assert [(h.from_role, h.to_role, h.date.day if h.date else 0) for h in found] == [
        ("pm", "ds", 2),
        ("ds", "mle", 4),
    ]
    assert history_handoffs([]) == [] and history_handoffs([version(1, steps[0])]) == []


def test_the_rca_and_the_timeline_show_history_handoffs_the_log_does_not_record() -> None:
    old, new = plan(fit={"ds": "A"}, tune={"ds": "A"}), plan(fit={"mle": "A"}, tune={"pm": "A"})
    new.scoping.decision_log.append(
        Decision(
            id="d1",
            date=dt.date(2025, 3, 2),
            decision="Tuning moves to product",
            activity="tune",
            from_role="ds",
            to_role="pm",
        )
    )
    history = history_handoffs([version(1, old), version(2, new, "feedbeef00")])
    assert len(history) == 2
    every = handoffs(new, history)
    assert [h.kind for h in every] == ["decision", "history"]  # the logged one once
    changed = [f for f in analyse(new, history=history).findings if f.code == "accountable-changed"]
    assert len(changed) == 2
    assert "commit feedbee" in changed[1].text and "on 2025-03-02" in changed[1].text
    assert changed[1].ids == ("fit", "ds", "mle")
    timeline = build_timeline(new, history=history)
    markers = [m for m in timeline.markers if m.kind in ("handoff", "history")]
    assert [(m.kind, m.row, m.ident) for m in markers] == [
        ("handoff", "train", "d1"),
        ("history", "train", "feedbeef00"),
    ]
    assert len(analyse(new).handoffs) == 1  # without history, only the log's
