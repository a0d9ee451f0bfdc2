"""Generate large, valid RACI Studio projects for benchmarks and tests.

    python benchmarks/generate.py --activities 2000 --roles 60 -o large.raci.json

The project is valid under the RACI rules (exactly one A and at least one R per activity),
about 30% of its cells are filled, some with two letters (RA), and it has gates bound to
metrics, forward and feedback flows, metrics of every category with measurements, and an MRD.
The same seed always gives the same project.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
from pathlib import Path

from raci_studio.core.model import (
    Activity,
    Constraint,
    ConstraintKind,
    Criterion,
    DataRequirement,
    Decision,
    Direction,
    Flow,
    FlowKind,
    Gate,
    GateKind,
    Level,
    Measurement,
    Metric,
    MetricCategory,
    Note,
    Phase,
    PhaseStatus,
    Project,
    Risk,
    Role,
    Scoping,
)

ROLE_NAMES = [
    ("Product Manager", "PM"),
    ("Business Stakeholder", "BS"),
    ("Data Scientist", "DS"),
    ("ML Engineer", "MLE"),
    ("MLOps Engineer", "MLOps"),
    ("Data Engineer", "DE"),
    ("Data Steward", "DSt"),
    ("Legal Counsel", "Legal"),
    ("Responsible AI Lead", "RAI"),
    ("Site Reliability Engineer", "SRE"),
    ("UX Researcher", "UXR"),
    ("Qualitätsbeauftragte", "QB"),
]
PHASE_NAMES = [
    "Business & data understanding",
    "Data collection",
    "Feature engineering",
    "Model training",
    "Evaluation",
    "Deployment",
    "Monitoring",
    "Retirement",
]
VERBS = ["Audit", "Define", "Review", "Label", "Validate", "Document", "Tune", "Approve", "Ship"]
OBJECTS = [
    "data sources",
    "feature store",
    "training pipeline",
    "fairness report",
    "latency budget",
    "rollback plan",
    "Datenschutz-Folgenabschätzung",
    "model card",
    "drift alerts",
    "cost forecast",
]


def generate_project(
    activities: int = 2000,
    roles: int = 60,
    phases: int = 8,
    metrics: int = 20,
    measurements: int = 200,
    seed: int = 0,
) -> Project:
    """Build a large, valid project; the same arguments always give the same project."""
    rng = random.Random(seed)
    role_list = _roles(roles)
    phase_list = _phases(phases)
    metric_list = _metrics(rng, metrics, measurements)
    gate_list = _gates(phase_list, metric_list, role_list)
    return Project(
        name="Support ticket deflection (generated)",
        description="A generated project for benchmarks.\nSecond line of the description.",
        roles=role_list,
        phases=phase_list,
        gates=gate_list,
        flows=_flows(phase_list, gate_list),
        activities=_activities(rng, activities, role_list, phase_list),
        metrics=metric_list,
        scoping=_scoping(rng, role_list, metric_list),
        layout=_layout(phase_list, gate_list),
    )


def _roles(count: int) -> list[Role]:
    result = []
    for i in range(count):
        name, short = ROLE_NAMES[i % len(ROLE_NAMES)]
        if i >= len(ROLE_NAMES):
            name, short = f"{name} {i // len(ROLE_NAMES) + 1}", f"{short}{i // len(ROLE_NAMES) + 1}"
        result.append(
            Role(
                id=f"role-{i:03d}",
                name=name,
                short=short[:12],
                group="Delivery" if i % 3 else "Business",
                colour=f"#{(i * 2654435761) % 0xFFFFFF:06x}" if i % 4 == 0 else None,
                people=[f"Person {i}-{k}" for k in range(i % 3)],
            )
        )
    return result


def _phases(count: int) -> list[Phase]:
    statuses = list(PhaseStatus)
    return [
        Phase(
            id=f"phase-{i:02d}",
            name=PHASE_NAMES[i] if i < len(PHASE_NAMES) else f"Phase {i + 1}",
            status=statuses[min(i, len(statuses) - 1)] if i < 3 else PhaseStatus.NOT_STARTED,
        )
        for i in range(count)
    ]


def _metrics(rng: random.Random, count: int, per_metric: int) -> list[Metric]:
    """Make business KPIs, model metrics that proxy them, operational and responsible ones."""
    kinds = [
        MetricCategory.BUSINESS_KPI,
        MetricCategory.MODEL,
        MetricCategory.MODEL,
        MetricCategory.OPERATIONAL,
        MetricCategory.RESPONSIBLE,
    ]
    start = dt.date(2025, 1, 1)
    result: list[Metric] = []
    kpis: list[str] = []
    for i in range(count):
        category = kinds[i % len(kinds)]
        lower = category in (MetricCategory.BUSINESS_KPI, MetricCategory.OPERATIONAL)
        base = 12000.0 if category == MetricCategory.BUSINESS_KPI else 0.8
        if category == MetricCategory.OPERATIONAL:
            base = 120.0
        value = base
        history = []
        for k in range(per_metric):
            value = round(value * (1 + rng.uniform(-0.02, 0.02)), 4)
            history.append(
                Measurement(
                    date=start + dt.timedelta(days=k),
                    value=value,
                    note="weekly review" if k % 50 == 0 else "",
                    source="dashboard" if k % 7 == 0 else "",
                )
            )
        metric_id = f"metric-{i:02d}"
        if category == MetricCategory.BUSINESS_KPI:
            kpis.append(metric_id)
        result.append(
            Metric(
                id=metric_id,
                name=f"{category.value.replace('_', ' ').title()} {i}",
                category=category,
                unit={"business_kpi": "tickets", "operational": "ms"}.get(category.value, ""),
                direction=Direction.LOWER if lower else Direction.HIGHER,
                baseline=base,
                target=round(base * (0.85 if lower else 1.1), 4),
                threshold=round(base * (0.95 if lower else 1.02), 4),
                proxies=kpis[-1] if category == MetricCategory.MODEL and kpis else None,
                measurements=history,
            )
        )
    return result


def _gates(phases: list[Phase], metrics: list[Metric], roles: list[Role]) -> list[Gate]:
    kinds = [GateKind.GO_NO_GO, GateKind.ETHICAL_REVIEW, GateKind.COST_BENEFIT]
    gates = []
    for n, kind in enumerate(kinds):
        after = phases[min(len(phases) - 1, n * 2)]
        criteria = [
            Criterion(
                id=f"criterion-{n}-{k}",
                text=f"{metric.name} meets its threshold",
                metric=metric.id,
                op=">=" if metric.direction == Direction.HIGHER else "<=",
            )
            for k, metric in enumerate(metrics[n : n + 2])
        ]
        criteria.append(
            Criterion(
                id=f"criterion-{n}-signed",
                text="Signed off by the accountable lead",
                checked=n == 0,
                checked_on=dt.date(2025, 3, 1) if n == 0 else None,
                checked_by=roles[0].id if n == 0 and roles else None,
            )
        )
        name = kind.value.replace("_", " ").capitalize()
        gates.append(Gate(id=f"gate-{n}", name=name, kind=kind, after=after.id, criteria=criteria))
    return gates


def _flows(phases: list[Phase], gates: list[Gate]) -> list[Flow]:
    flows = []
    gate_after = {g.after: g for g in gates}
    for a, b in itertools.pairwise(phases):
        gate = gate_after.get(a.id)
        if gate is None:
            flows.append(Flow(id=f"{a.id}-to-{b.id}", source=a.id, target=b.id))
        else:
            flows.append(Flow(id=f"{a.id}-to-{gate.id}", source=a.id, target=gate.id))
            flows.append(Flow(id=f"{gate.id}-to-{b.id}", source=gate.id, target=b.id))
    if len(phases) >= 2:
        flows.append(
            Flow(
                id="retrain",
                source=phases[-2].id,
                target=phases[1].id,
                kind=FlowKind.FEEDBACK,
                label="drift detected",
            )
        )
    return flows


def _activities(
    rng: random.Random, count: int, roles: list[Role], phases: list[Phase]
) -> list[Activity]:
    """Fill ~30% of cells: one A (sometimes RA), one to three R, the rest C or I."""
    role_ids = [r.id for r in roles]
    per_row = max(2, round(0.3 * len(role_ids)))
    result = []
    for i in range(count):
        chosen = rng.sample(role_ids, min(per_row, len(role_ids)))
        raci = dict.fromkeys(chosen, "C")
        raci[chosen[0]] = "RA" if rng.random() < 0.25 else "A"
        for role_id in chosen[1 : 1 + rng.randint(1, 3)]:
            raci[role_id] = "R"
        for role_id in chosen[4:]:
            raci[role_id] = rng.choice("CI")
        name = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} #{i + 1}"
        result.append(
            Activity(
                id=f"activity-{i:05d}",
                name=name,
                phase=phases[i * len(phases) // max(count, 1)].id,
                description="Check with the data owner first." if i % 10 == 0 else "",
                raci=dict(sorted(raci.items())),
            )
        )
    return result


def _scoping(rng: random.Random, roles: list[Role], metrics: list[Metric]) -> Scoping:
    owner = roles[0].id if roles else None
    return Scoping(
        problem_statement="Too many tier-1 tickets reach human agents.",
        business_objective="Deflect 15% of tier-1 tickets within two quarters.",
        data_requirements=[
            DataRequirement(id=f"data-{k}", dataset=f"Ticket export {k}", owner=owner)
            for k in range(5)
        ],
        risks=[
            Risk(
                id=f"risk-{k}",
                description=f"Risk number {k}",
                likelihood=rng.choice(list(Level)),
                impact=rng.choice(list(Level)),
                owner=owner,
            )
            for k in range(5)
        ],
        assumptions=[Note(id="stable-taxonomy", text="The ticket taxonomy stays stable.")],
        constraints=[Constraint(id="p95", kind=ConstraintKind.LATENCY, text="p95 < 300 ms")],
        go_no_go=[
            Criterion(id=f"go-{m.id}", text=f"{m.name} on target", metric=m.id) for m in metrics[:3]
        ],
        decision_log=[
            Decision(
                id="kickoff",
                date=dt.date(2025, 1, 6),
                decision="Start with the English queue.",
                by=owner,
            )
        ],
    )


def _layout(phases: list[Phase], gates: list[Gate]) -> dict[str, tuple[float, float]]:
    layout = {p.id: (240.0 * i, 80.0) for i, p in enumerate(phases)}
    layout.update({g.id: (240.0 * i + 120.5, 200.0) for i, g in enumerate(gates)})
    return layout


def main(argv: list[str] | None = None) -> None:
    """Write a generated project to a file."""
    from raci_studio.io.project.file import save_project

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=60)
    parser.add_argument("--phases", type=int, default=8)
    parser.add_argument("--metrics", type=int, default=20)
    parser.add_argument("--measurements", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, default=Path("large.raci.json"))
    args = parser.parse_args(argv)
    project = generate_project(
        args.activities, args.roles, args.phases, args.metrics, args.measurements, args.seed
    )
    save_project(project, args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
