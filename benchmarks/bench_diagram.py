"""Time the lifecycle diagram on a generated lifecycle of 200 nodes and 300 flows.

    .venv/bin/python benchmarks/bench_diagram.py [--runs 15] [--nodes 200] [--flows 300]

Prints medians in milliseconds for the diagram and, measured in the same run, for a plain Qt
scene of the same size (one QGraphicsRectItem + QGraphicsSimpleTextItem per node, one
QGraphicsLineItem per flow):

- scene build: every item made and placed (ours also derives the cards' roles, gate states
  and routes every flow);
- first render: a freshly built scene drawn into a 1920 × 1080 QImage, (a) the whole diagram
  fitted, as "Fit" shows it, and (b) at 100 % from its top-left corner, as the editor opens;
- SVG export: build + draw the whole diagram into QSvgGenerator (ours adds title and legend);
- drag: one node moved by one grid step while dragging (its flows re-routed), per move.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from raci_studio.core import lifecycle as lc
from raci_studio.core.model import Activity, Flow, FlowKind, Gate, Phase, PhaseStatus, Project, Role

COLUMNS = 20
TARGETS = {"build": 50.0, "render-fit": 50.0, "render-100": 50.0, "svg": 100.0}


def generate(nodes: int, flows: int) -> Project:
    """Return a lifecycle of ``nodes`` phases and gates (one in five is a gate) and ``flows``
    flows (a forward chain, then feedback loops and skips), laid out in rows of 20."""
    roles = [Role(id=f"role-{i}", name=f"Role {i}", short=f"R{i}") for i in range(12)]
    phases, gates, order = [], [], []
    statuses = list(PhaseStatus)
    for i in range(nodes):
        if i % 5 == 4:
            gates.append(Gate(id=f"gate-{i}", name=f"Gate {i}", after=order[-1]))
            order.append(f"gate-{i}")
        else:
            status = statuses[i % len(statuses)]
            phases.append(Phase(id=f"phase-{i}", name=f"Phase number {i}", status=status))
            order.append(f"phase-{i}")
    edges = [Flow(id=f"f-{i}", source=order[i], target=order[i + 1]) for i in range(nodes - 1)]
    k = 0
    while len(edges) < flows:
        src = (k * 7 + 5) % nodes
        back = k % 3 == 0
        tgt = max(0, src - 2 - k % 4) if back else min(nodes - 1, src + 2)
        if src != tgt:
            kind = FlowKind.FEEDBACK if back else FlowKind.FORWARD
            edges.append(Flow(id=f"x-{k}", source=order[src], target=order[tgt], kind=kind))
        k += 1
    activities = [
        Activity(
            id=f"a-{i}",
            name=f"Activity {i}",
            phase=phases[i % len(phases)].id,
            raci={roles[i % 12].id: "A", roles[(i + 3) % 12].id: "R", roles[(i + 5) % 12].id: "C"},
        )
        for i in range(len(phases) * 5)
    ]
    layout = {
        node: (float((i % COLUMNS) * 260), float((i // COLUMNS) * 300))
        for i, node in enumerate(order)
    }
    return Project(
        name="Benchmark lifecycle",
        roles=roles,
        phases=phases,
        gates=gates,
        flows=edges[:flows],
        activities=activities,
        layout=layout,
    )


Timed = Callable[[], Callable[[], object]]  # prepares a run, returns what to time


def compare(ours: Timed, plain: Timed, runs: int) -> tuple[float, float, float, float]:
    """Return median wall and CPU milliseconds of ours and of plain Qt, runs interleaved.

    CPU time (of this process) is printed too: on a busy two-core machine the wall clock also
    counts the time other processes held the CPU.
    """
    samples: dict[str, list[tuple[float, float]]] = {"ours": [], "plain": []}
    for _ in range(runs):
        for name, prepare in (("ours", ours), ("plain", plain)):
            run = prepare()
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            samples[name].append(
                ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
            )
    out = []
    for name in ("ours", "plain"):
        out += [statistics.median(w for w, _c in samples[name])]
        out += [statistics.median(c for _w, c in samples[name])]
    return out[0], out[1], out[2], out[3]


# -- plain Qt baseline ------------------------------------------------------------------------


def plain_scene(project: Project) -> QGraphicsScene:
    """The baseline: plain rectangles with their names, and straight lines for flows."""
    scene = QGraphicsScene()
    pen = QPen(QColor("#566573"), 1.8)
    kinds = lc.node_kinds(project)
    names = {n: lc.node_name(project, n) for n in kinds}
    for node, (x, y) in project.layout.items():
        box = lc.body_box(kinds[node], (x, y))
        rect = QGraphicsRectItem(box.left, box.top, box.width, box.height)
        rect.setBrush(QColor("white"))
        scene.addItem(rect)
        text = QGraphicsSimpleTextItem(names[node], rect)
        text.setPos(box.left + 12, box.top + 12)
    for flow in project.flows:
        (x1, y1), (x2, y2) = project.layout[flow.source], project.layout[flow.target]
        line = QGraphicsLineItem(QLineF(x1, y1, x2, y2))
        line.setPen(pen)
        scene.addItem(line)
    return scene


# -- measuring --------------------------------------------------------------------------------


def render_into(scene, source: QRectF, size: QSize | None = None) -> QImage:
    size = size or QSize(1920, 1080)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(
        painter,
        QRectF(0, 0, size.width(), size.height()),
        source,
        Qt.AspectRatioMode.KeepAspectRatio,
    )
    painter.end()
    return image


def svg_of(scene, source: QRectF) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return bytes(data.data())


def first_render(build: Callable[[], object], area: Callable[[object], QRectF]) -> Timed:
    """Prepare a freshly built scene; time drawing it once (the build itself not counted)."""

    def prepare() -> Callable[[], object]:
        scene = build()
        source = area(scene)
        return lambda: render_into(scene, source)

    return prepare


def top_left(scene) -> QRectF:
    rect = scene.itemsBoundingRect()
    return QRectF(rect.left(), rect.top(), 1920, 1080)


def drag_ms(project: Project, runs: int) -> tuple[float, bool]:
    """Median time of one drag step of one node; and whether the scene kept its items."""
    from raci_studio.ui.diagram.scene import DiagramScene

    scene = DiagramScene()
    scene.rebuild(project)
    items = dict(scene.nodes)
    node = scene.nodes["phase-42"]
    node.setSelected(True)
    origin = node.pos()
    times = []
    for i in range(runs * 4):
        start = time.perf_counter()
        node.setPos(origin + QPointF(20 * (i % 7), 20 * (i % 3)))  # what a mouse move does
        scene._follow_drag()  # what the scene does after it
        times.append((time.perf_counter() - start) * 1000)
    kept = all(scene.nodes[n] is items[n] for n in items)
    return statistics.median(times), kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--nodes", type=int, default=200)
    parser.add_argument("--flows", type=int, default=300)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    from raci_studio.ui.diagram.export import page_for, paint_page
    from raci_studio.ui.diagram.scene import DiagramScene

    project = generate(args.nodes, args.flows)

    def ours() -> DiagramScene:
        scene = DiagramScene()
        scene.rebuild(project)
        return scene

    def ours_svg() -> bytes:
        scene = DiagramScene(interactive=False)
        scene.rebuild(project)
        page = page_for(scene)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(round(page.width), round(page.height)))
        generator.setViewBox(QRectF(0, 0, page.width, page.height))
        painter = QPainter(generator)
        paint_page(painter, project, scene, page)
        painter.end()
        return bytes(data.data())

    def plain_svg() -> bytes:
        scene = plain_scene(project)
        return svg_of(scene, scene.itemsBoundingRect())

    ours(), plain_scene(project), ours_svg(), plain_svg()  # warm up imports and font caches

    def plain() -> QGraphicsScene:
        return plain_scene(project)

    rows = [
        ("build", compare(lambda: ours, lambda: plain, args.runs)),
        (
            "render-fit",
            compare(
                first_render(ours, lambda s: s.diagram_rect()),
                first_render(plain, lambda s: s.itemsBoundingRect()),
                args.runs,
            ),
        ),
        (
            "render-100",
            compare(first_render(ours, top_left), first_render(plain, top_left), args.runs),
        ),
        ("svg", compare(lambda: ours_svg, lambda: plain_svg, args.runs)),
    ]
    print(
        f"{len(project.phases) + len(project.gates)} nodes, {len(project.flows)} flows, "
        f"median of {args.runs} runs (wall clock / CPU time of this process)"
    )
    print(f"{'what':<12}{'diagram':>16}{'plain Qt':>16}{'ratio':>7}{'target':>8}")
    for name, (wall, cpu, plain_wall, plain_cpu) in rows:
        verdict = "ok" if wall <= TARGETS[name] else "OVER"
        print(
            f"{name:<12}{wall:>7.1f} /{cpu:>5.1f} ms{plain_wall:>7.1f} /{plain_cpu:>5.1f} ms"
            f"{wall / plain_wall:>6.1f}x{TARGETS[name]:>6.0f}ms {verdict}"
        )
    step, kept = drag_ms(project, args.runs)
    print(f"drag step of one node: {step:.2f} ms; scene kept its items: {kept}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
