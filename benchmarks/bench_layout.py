"""Time the lifecycle auto-layout that wraps into rows, against the one-row layout.

    .venv/bin/python benchmarks/bench_layout.py [--runs 31]

For a template-sized lifecycle (10 nodes) and a large one (200 nodes, one in five a gate,
with feedback loops), prints the median milliseconds of laying out and routing every flow
on one row (the baseline: what the diagram did before rows) and wrapped into the rows that
fit a 16:10 view, which tries each row count, and their ratio.
"""

from __future__ import annotations

import argparse
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import measure

from raci_studio.core import lifecycle as lc
from raci_studio.core.lifecycle_routes import route_flows
from raci_studio.core.model import Flow, FlowKind, Gate, Phase, Project


def lifecycle(nodes: int) -> Project:
    """Return a lifecycle of ``nodes`` phases and gates, a forward chain and feedback loops."""
    phases: list[Phase] = []
    gates: list[Gate] = []
    order: list[str] = []
    for i in range(nodes):
        if i % 5 == 4:
            gates.append(Gate(id=f"g{i}", name=f"Gate {i}", after=order[-1]))
            order.append(f"g{i}")
        else:
            phases.append(Phase(id=f"p{i}", name=f"Phase {i}"))
            order.append(f"p{i}")
    pairs = enumerate(pairwise(order))
    flows = [Flow(id=f"f{i}", source=a, target=b) for i, (a, b) in pairs]
    for k in range(max(1, nodes // 6)):
        source = order[min(nodes - 1, 5 + k * 6)]
        target = order[max(0, k * 6 - 3)]
        if source != target:
            flows.append(Flow(id=f"loop{k}", source=source, target=target, kind=FlowKind.FEEDBACK))
    return Project(name="Layout benchmark", phases=phases, gates=gates, flows=flows)


def laid_out(project: Project, aspect: float | None) -> None:
    """Lay the project out and route every flow, as the diagram does when it opens."""
    positions = lc.auto_layout(project, aspect)
    route_flows(project.flows, lc.node_kinds(project), positions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args(argv)
    print(f"median of {args.runs} runs")
    print(f"{'nodes':>6}{'one row':>12}{'wrapped':>12}{'ratio':>8}{'rows':>6}")
    for nodes in (10, 200):
        project = lifecycle(nodes)
        times = measure(
            {
                "one row": lambda p=project: laid_out(p, None),
                "wrapped": lambda p=project: laid_out(p, 1.6),
            },
            args.runs,
        )
        rows = len({y for _x, y in lc.auto_layout(project, 1.6).values()})
        one, wrapped = times["one row"] * 1000, times["wrapped"] * 1000
        print(f"{nodes:>6}{one:>9.2f} ms{wrapped:>9.2f} ms{wrapped / one:>7.1f}x{rows:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
