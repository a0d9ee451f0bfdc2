"""Handoffs, the root-cause analysis and the timeline, on projects built with known history."""

from __future__ import annotations

import datetime as dt

import pytest

from raci_studio.core.handoffs import describe, handoffs, phase_handoffs
from raci_studio.core.lessons import CRITERIA_FOR, revised_checklist
from raci_studio.core.model import (
    Activity,
    Criterion,
    Decision,
    Direction,
    Flow,
    FlowKind,
    Gate,
    GateOutcome,
    Lesson,
    Measurement,
    Metric,
    MetricCategory,
    Phase,
    Project,
    Role,
)
from raci_studio.core.rca import analyse, kpi_outcomes, shortfall, unmet_at_decision
from raci_studio.core.references import check_references
from raci_studio.core.timeline import build_timeline

D = dt.date


def history_project(
    *,
    overrun: int = 0,
    gate_outcome: GateOutcome | None = GateOutcome.PASSED,
    kpi_value: float = 4.7,
    proxy_value: float = 24.0,
) -> Project:
    """Return a four-phase project whose history the caller shapes.

    The training phase ends ``overrun`` days after its plan; the evaluation gate has
    ``gate_outcome`` (None: undecided) while deployment has started; the KPI (lower is better,
    baseline 5.0, target 4.5) ends at ``kpi_value``; its proxy (target 25) at ``proxy_value``.
    """
    roles = [
        Role(id="pm", name="Product Manager"),
        Role(id="ds", name="Data Scientist"),
        Role(id="mle", name="ML Engineer"),
        Role(id="legal", name="Legal"),
    ]
    phases = [
        Phase(
            id="data",
            name="Data",
            planned_start=D(2025, 1, 6),
            planned_end=D(2025, 1, 31),
            actual_start=D(2025, 1, 6),
            actual_end=D(2025, 1, 31),
        ),
        Phase(
            id="training",
            name="Training",
            planned_start=D(2025, 2, 3),
            planned_end=D(2025, 2, 28),
            actual_start=D(2025, 2, 3),
            actual_end=D(2025, 2, 28) + dt.timedelta(days=overrun),
        ),
        Phase(id="evaluation", name="Evaluation", actual_start=D(2025, 4, 1)),
        Phase(id="deployment", name="Deployment", actual_start=D(2025, 5, 5)),
    ]
    gate = Gate(
        id="launch",
        name="Launch",
        after="evaluation",
        criteria=[
            Criterion(id="wmape-ok", text="WMAPE ≤ 25", metric="wmape", op="<=", value=25),
            Criterion(id="signed", text="Ops signed off", checked=True, checked_on=D(2025, 6, 1)),
        ],
        decided_on=D(2025, 5, 2) if gate_outcome else None,
        outcome=gate_outcome,
        decided_by="pm" if gate_outcome else None,
    )
    flows = [
        Flow(id="f1", source="evaluation", target="launch"),
        Flow(id="f2", source="launch", target="deployment"),
        Flow(id="retrain", source="deployment", target="training", kind=FlowKind.FEEDBACK),
    ]
    activities = [
        Activity(id="collect", name="Collect", phase="data", raci={"ds": "R", "pm": "A"}),
        Activity(id="train", name="Train", phase="training", raci={"ds": "RA"}),
        Activity(id="tune", name="Tune", phase="training", raci={"ds": "A", "mle": "R"}),
        Activity(id="evaluate", name="Evaluate", phase="evaluation", raci={"ds": "RA"}),
        Activity(id="ship", name="Ship", phase="deployment", raci={"mle": "RA", "legal": "I"}),
        Activity(id="orphan", name="Orphan", phase="deployment", raci={"mle": "R"}),
    ]
    kpi = Metric(
        id="stockouts",
        name="Stock-out rate",
        category=MetricCategory.BUSINESS_KPI,
        unit="%",
        direction=Direction.LOWER,
        baseline=5.0,
        target=4.5,
        measurements=[
            Measurement(date=D(2025, 3, 31), value=5.0),
            Measurement(date=D(2025, 12, 31), value=kpi_value),
        ],
    )
    proxy = Metric(
        id="wmape",
        name="WMAPE",
        direction=Direction.LOWER,
        target=25,
        threshold=30,
        proxies="stockouts",
        measurements=[
            Measurement(date=D(2025, 4, 28), value=26.0),
            Measurement(date=D(2025, 12, 29), value=proxy_value),
        ],
    )
    project = Project(
        name="History",
        roles=roles,
        phases=phases,
        gates=[gate],
        flows=flows,
        activities=activities,
        metrics=[kpi, proxy],
    )
    project.scoping.decision_log.append(
        Decision(
            id="hand-tuning",
            date=D(2025, 2, 17),
            decision="Tuning moves to the ML engineers",
            activity="tune",
            from_role="ds",
            to_role="mle",
        )
    )
    assert check_references(project) == []
    return project


def codes(project: Project) -> list[str]:
    return [f.code for f in analyse(project, today=D(2026, 1, 31)).findings]


def test_kpi_shortfall_is_the_share_of_the_planned_improvement_missed() -> None:
    project = history_project(kpi_value=4.7)
    (outcome,) = kpi_outcomes(project)
    assert outcome.achieved == 4.7 and not outcome.met
    assert outcome.shortfall == pytest.approx(0.4)
    finding = analyse(project).findings[0]
    assert finding.code == "kpi-missed"
    assert "missed its target by 40%" in finding.text and "4.7%" in finding.text
    assert kpi_outcomes(history_project(kpi_value=4.4))[0].shortfall == 0
    no_base = project.metrics[0].model_copy(update={"baseline": None})
    assert shortfall(no_base, 5.4) == pytest.approx(0.2)


def test_proxy_that_met_its_target_while_the_kpi_missed_is_misaligned() -> None:
    found = analyse(history_project(proxy_value=24.0)).findings
    proxy = [f for f in found if f.code == "proxy-misaligned"]
    assert len(proxy) == 1 and proxy[0].ids == ("wmape", "stockouts")
    assert '"WMAPE" met its target (24 against 25)' in proxy[0].text
    within = analyse(history_project(proxy_value=28.0)).findings
    assert "stayed within its threshold of 30" in next(
        f.text for f in within if f.code == "proxy-misaligned"
    )
    assert "proxy-misaligned" not in codes(history_project(proxy_value=31.0))
    assert "proxy-misaligned" not in codes(history_project(kpi_value=4.4))


def test_overrun_phase_is_found_with_its_days_and_share() -> None:
    found = analyse(history_project(overrun=10), today=D(2026, 1, 31)).findings
    overruns = [f for f in found if f.code == "phase-overrun"]
    assert [f.ids for f in overruns] == [("training",)]
    assert (
        overruns[0].text
        == '"Training" ran 10 days past its planned end (40% of its planned 25 days).'
    )
    assert "phase-overrun" not in codes(history_project(overrun=0))


def test_skipped_gate_and_gate_passed_with_unmet_criteria() -> None:
    assert "gate-skipped" in codes(history_project(gate_outcome=None))
    assert "gate-skipped" in codes(history_project(gate_outcome=GateOutcome.SKIPPED))
    project = history_project(gate_outcome=GateOutcome.PASSED)
    unmet = unmet_at_decision(project, project.gates[0])
    # WMAPE was 26 on the decision day (above 25); the sign-off came a month later.
    assert [c.id for c in unmet] == ["wmape-ok", "signed"]
    assert "gate-passed-unmet" in codes(project)
    overridden = history_project(gate_outcome=GateOutcome.FAILED)
    assert "gate-overridden" in codes(overridden)


def test_feedback_loop_never_taken_until_a_decision_takes_it() -> None:
    project = history_project()
    assert "loop-never-taken" in codes(project)
    project.scoping.decision_log.append(
        Decision(id="retrain", date=D(2025, 9, 8), decision="Retrain", flow="retrain")
    )
    assert "loop-never-taken" not in codes(project)


def test_drift_and_the_days_until_a_decision() -> None:
    project = history_project()
    wmape = project.metrics[1]
    wmape.measurements = [
        Measurement(date=D(2025, 6, 2) + dt.timedelta(weeks=i), value=v)
        for i, v in enumerate([24, 24, 33, 34, 35, 35, 25, 24, 24])
    ]
    project.scoping.decision_log.append(
        Decision(id="incident", date=D(2025, 7, 10), decision="Treat it as an incident")
    )
    (drift,) = [f for f in analyse(project).findings if f.code == "drift-response"]
    assert drift.text.startswith('"WMAPE" drifted beyond its threshold from 2025-06-23')
    assert "the first decision followed 17 days later" in drift.text


def test_role_confusion_findings() -> None:
    found = {f.code: f for f in analyse(history_project()).findings}
    assert found["not-one-accountable"].ids == ("orphan",)
    assert "Tuning" not in found["accountable-changed"].text  # names the activity, not the log
    assert '"Tune": Accountable passes from Data Scientist to ML Engineer' in (
        found["accountable-changed"].text
    )
    assert found["role-never-consulted"].ids == ("legal",)


def test_phase_handoffs_follow_the_lead_roles() -> None:
    project = history_project()
    found = phase_handoffs(project)
    pairs = [(h.letter, h.from_phase, h.to_phase, h.from_role, h.to_role) for h in found]
    assert ("A", "data", "training", "pm", "ds") in pairs
    assert ("A", "evaluation", "deployment", "ds", "mle") in pairs
    assert ("R", "evaluation", "deployment", "ds", "mle") in pairs
    first = found[0]
    assert first.date == D(2025, 2, 3)
    assert describe(project, first) == (
        "Data → Training: the lead Accountable role passes from Product Manager to Data Scientist"
    )
    assert handoffs(project)[-1].kind == "decision"


def test_revised_checklist_puts_lessons_first_then_one_criterion_per_finding_kind() -> None:
    project = history_project(overrun=10, gate_outcome=None)
    project.retrospective.lessons.append(
        Lesson(id="l", text="Pilot first", criterion="KPI measured in a pilot")
    )
    analysis = analyse(project, today=D(2026, 1, 31))
    items = revised_checklist(project, analysis)
    assert items[0].text == "KPI measured in a pilot" and items[0].source == "lesson"
    assert CRITERIA_FOR["gate-skipped"] in [i.text for i in items]
    assert len({i.text for i in items}) == len(items)


def test_timeline_holds_bars_markers_and_the_span() -> None:
    project = history_project(overrun=10)
    project.activities[0].due = D(2025, 1, 20)
    timeline = build_timeline(project, today=D(2025, 6, 1))
    bars = {b.phase_id: b for b in timeline.bars}
    assert bars["training"].overrun_days == 10
    assert bars["deployment"].open and bars["deployment"].actual == (D(2025, 5, 5), D(2025, 6, 1))
    assert bars["evaluation"].planned is None
    kinds = {m.kind for m in timeline.markers}
    assert kinds == {"gate", "decision", "handoff", "due"}
    assert timeline.start == D(2025, 1, 6)
    assert [m.date for m in timeline.markers] == sorted(m.date for m in timeline.markers)
    assert build_timeline(Project(name="Empty")).empty
