"""Export the lifecycle diagram as PNG, SVG or PDF: the whole diagram, a title, a legend.

PNG and SVG are one picture sized to the diagram; a PDF goes on landscape A4 or Letter pages,
laid out for the page and spread over several when one would print it too small.

Works with no window: the diagram is drawn from a scene built for the export, and
:func:`ensure_app` starts an offscreen Qt application when none is running (the CLI).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from math import ceil
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication

from raci_studio.core import palette
from raci_studio.core.lifecycle import DEFAULT_ASPECT
from raci_studio.core.model import Project
from raci_studio.ui.diagram.flows import FlowItem
from raci_studio.ui.diagram.items import Ctx, GateItem, PhaseItem, set_layer_font
from raci_studio.ui.diagram.scene import DiagramScene
from raci_studio.ui.diagram.style import (
    FEEDBACK,
    FORWARD,
    GATE_LOOK,
    INK,
    MUTED,
    font,
    is_raster,
    status_words,
)
from raci_studio.ui.i18n import translate

MARGIN = 40.0
TITLE_H = 70.0
LEGEND_H = 44.0
DEFAULT_SCALE = 2.0
#: Largest PNG side, in pixels, so that a huge diagram at a high scale cannot exhaust memory.
MAX_PNG_SIDE = 16_000

_app: QApplication | None = None


def ensure_app() -> QApplication:
    """Return the running Qt application, starting an offscreen one when there is none."""
    global _app
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    # No application yet: a command-line run. Draw offscreen unless told otherwise, so that
    # exports work over ssh, in CI and on servers with no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication([sys.argv[0] if sys.argv else "raci-studio"])
    return _app


@dataclass(frozen=True)
class Page:
    """Where the title, the diagram and the legend go on an exported page (scene units)."""

    width: float
    height: float
    source: QRectF
    target: QRectF


def build_scene(project: Project, aspect: float = DEFAULT_ASPECT) -> DiagramScene:
    """Return a non-interactive scene of ``project``'s diagram, auto-laid out for ``aspect``."""
    ensure_app()
    scene = DiagramScene(interactive=False)
    scene.aspect = aspect
    scene.rebuild(project)
    return scene


def page_for(scene: DiagramScene) -> Page:
    """Lay out a page around the diagram: margin, title above, legend below."""
    source = scene.diagram_rect()
    if source.isEmpty():
        source = QRectF(0, 0, 400, 120)
    width = max(source.width(), 760.0) + 2 * MARGIN
    height = source.height() + TITLE_H + LEGEND_H + 2 * MARGIN
    left = (width - source.width()) / 2
    target = QRectF(left, MARGIN + TITLE_H, source.width(), source.height())
    return Page(width, height, source, target)


def paint_page(painter: QPainter, project: Project, scene: DiagramScene, page: Page) -> None:
    """Draw the whole page (white background, title, diagram, legend) at scene scale."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, page.width, page.height), QColor("white"))
    painter.setPen(QPen(QColor(INK)))
    painter.setFont(font(26, bold=True))
    painter.drawText(QPointF(MARGIN, MARGIN + 26), project.name)
    painter.setFont(font(13))
    painter.setPen(QPen(QColor(MUTED)))
    painter.drawText(QPointF(MARGIN, MARGIN + 50), subtitle(project))
    if not scene.nodes:
        painter.drawText(
            page.target, Qt.AlignmentFlag.AlignCenter, translate("Diagram", "No phases yet.")
        )
    painter.save()
    painter.translate(page.target.topLeft() - page.source.topLeft())
    paint_items(painter, scene)
    painter.restore()
    draw_legend(painter, QPointF(MARGIN, page.height - MARGIN - 12))


def paint_items(painter: QPainter, scene: DiagramScene) -> None:
    """Draw every item in scene coordinates, one layer across all items at a time.

    Flows first (they pass under nothing), then phases, then gates; within a kind, each layer
    (outlines, bands, chips, names, …) is drawn for every item before the next, so that the
    painter changes pen, brush and font a few dozen times in all. Vector formats start a new
    group at every change, so this keeps SVG and PDF small and quick to write.
    """
    ctx = Ctx(is_raster(painter), max(1.0, painter.worldTransform().m11()), False)
    flows = [item for item in scene.flows.values() if item.route is not None]
    for layer in FlowItem.LAYERS:
        set_layer_font(painter, layer)
        for flow in flows:
            flow.draw(painter, layer, 0.0, 0.0, ctx)
    for cls in (PhaseItem, GateItem):
        nodes = [(node, node.pos()) for node in scene.nodes.values() if isinstance(node, cls)]
        for layer in cls.LAYERS:
            set_layer_font(painter, layer)
            for node, pos in nodes:
                node.draw(painter, layer, pos.x(), pos.y(), ctx)


def subtitle(project: Project) -> str:
    """Return the line under the title: what the diagram holds."""
    loops = sum(1 for f in project.flows if f.kind == "feedback")
    phases, gates = len(project.phases), len(project.gates)
    parts = [
        translate("Diagram", "%n phases", None, phases),
        translate("Diagram", "%n gates", None, gates),
    ]
    if loops:
        parts.append(translate("Diagram", "%n feedback loops", None, loops))
    return translate("Diagram", "ML lifecycle · {counts}").format(counts=" · ".join(parts))


def draw_legend(painter: QPainter, at: QPointF) -> None:
    """Draw the key to colours, lines and gate marks, starting at ``at`` (text baseline)."""
    painter.setFont(font(11))
    metrics = painter.fontMetrics()
    x, y = at.x(), at.y()
    for status, word in status_words().items():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.PHASE_STATUS_COLOURS[status]))
        painter.drawEllipse(QPointF(x + 5, y - 4), 5, 5)
        painter.setPen(QPen(QColor(MUTED)))
        painter.drawText(QPointF(x + 14, y), word)
        x += 14 + metrics.horizontalAdvance(word) + 18
    lines = (
        (FORWARD, False, translate("Diagram", "flow")),
        (FEEDBACK, True, translate("Diagram", "feedback loop")),
    )
    for colour, dashed, word in lines:
        pen = QPen(QColor(colour), 1.8)
        if dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([5.0, 3.5])
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y - 4), QPointF(x + 26, y - 4))
        painter.setPen(QPen(QColor(MUTED)))
        painter.drawText(QPointF(x + 32, y), word)
        x += 32 + metrics.horizontalAdvance(word) + 18
    marks = (
        ("pass", translate("Diagram", "gate passed")),
        ("fail", translate("Diagram", "failed")),
        ("not_yet", translate("Diagram", "not yet")),
    )
    for state, word in marks:
        strong, _fill, glyph = GATE_LOOK[state]
        painter.setPen(QPen(QColor(strong)))
        painter.drawText(QPointF(x, y), glyph)
        x += metrics.horizontalAdvance(glyph) + 4
        painter.setPen(QPen(QColor(MUTED)))
        painter.drawText(QPointF(x, y), word)
        x += metrics.horizontalAdvance(word) + 18


# -- formats ----------------------------------------------------------------------------------


def png_image(project: Project, scale: float = DEFAULT_SCALE) -> QImage:
    """Return the page as an image at ``scale`` pixels per scene unit (2 by default)."""
    if not scale > 0:
        raise ValueError(f"the scale must be positive, not {scale}")
    scene = build_scene(project)
    page = page_for(scene)
    scale = min(scale, MAX_PNG_SIDE / max(page.width, page.height))
    image = QImage(
        QSize(round(page.width * scale), round(page.height * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDotsPerMeterX(round(3780 * scale))
    image.setDotsPerMeterY(round(3780 * scale))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_page(painter, project, scene, page)
    painter.end()
    return image


def export_png(project: Project, path: Path, scale: float = DEFAULT_SCALE) -> None:
    """Write the diagram as a PNG image."""
    writer = QImageWriter(str(path), b"png")
    if not writer.write(png_image(project, scale)):
        raise OSError(f"could not write the image to {path}: {writer.errorString()}")


def svg_bytes(project: Project) -> bytes:
    """Return the diagram as an SVG document (vector, text kept as text)."""
    from PySide6.QtSvg import QSvgGenerator

    scene = build_scene(project)
    page = page_for(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = QSize(round(page.width), round(page.height))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, page.width, page.height))
    generator.setTitle(project.name)
    generator.setDescription(subtitle(project))
    painter = QPainter(generator)
    paint_page(painter, project, scene, page)
    painter.end()
    buffer.close()
    return bytes(data.data())


def export_svg(project: Project, path: Path) -> None:
    """Write the diagram as an SVG file."""
    Path(path).write_bytes(svg_bytes(project))


#: Paper sizes the PDF export offers, always landscape.
PAPERS: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
PAPER_NAMES = {"a4": "A4", "letter": "Letter"}  # i18n: not shown (names of the sizes)
#: Margin of a PDF page, its header (title) and footer (legend), in points.
PDF_MARGIN, PDF_HEADER, PDF_FOOTER = 32.0, 46.0, 26.0
#: The smallest scale a PDF page draws the diagram at (scene unit to point): card names stay
#: about 7 pt. A diagram that would need less is spread over several pages.
MIN_PDF_SCALE = 0.55


@dataclass(frozen=True)
class PdfLayout:
    """How the diagram goes on paper: one scene window per page, all at one scale."""

    scale: float
    windows: tuple[QRectF, ...]


def default_paper() -> str:
    """Return the paper people around here use: Letter where US units are the norm, else A4."""
    from PySide6.QtCore import QLocale

    system = QLocale.system().measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def paper_points(paper: str) -> QSizeF:
    """Return a landscape paper's size in points."""
    if paper not in PAPERS:
        raise ValueError(f"the paper can be {' or '.join(PAPER_NAMES.values())}, not '{paper}'")
    size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)
    return QSizeF(max(size.width(), size.height()), min(size.width(), size.height()))


def pdf_area(paper: str) -> QSizeF:
    """Return the size, in points, of the part of a page the diagram is drawn in."""
    size = paper_points(paper)
    return QSizeF(
        size.width() - 2 * PDF_MARGIN,
        size.height() - 2 * PDF_MARGIN - PDF_HEADER - PDF_FOOTER,
    )


def plan_pdf(project: Project, paper: str) -> tuple[DiagramScene, PdfLayout]:
    """Lay the diagram out for the paper and cut it into pages when one would be too small.

    The auto-layout is wrapped into rows for the page's shape; when even then the diagram
    would print below :data:`MIN_PDF_SCALE`, it is wrapped into narrower rows and the rows
    go on as many pages as they need, cut between rows. A diagram with saved positions keeps
    them and is tiled over pages instead.
    """
    area = pdf_area(paper)
    aspect = area.width() / area.height()
    scene = build_scene(project, aspect)
    rect = _padded(scene.diagram_rect())
    scale = min(1.0, area.width() / rect.width(), area.height() / rect.height())
    if scale >= MIN_PDF_SCALE or not scene.nodes:
        return scene, PdfLayout(scale, (rect,))
    if not project.layout:
        for step in range(1, 12):
            if rect.width() * MIN_PDF_SCALE <= area.width():
                break
            scene.set_aspect(aspect / 1.5**step)
            rect = _padded(scene.diagram_rect())
        scale = min(1.0, area.width() / rect.width())
        return scene, PdfLayout(scale, _row_pages(scene, rect, area.height() / scale))
    scale = MIN_PDF_SCALE
    width, height = area.width() / scale, area.height() / scale
    windows = [
        QRectF(rect.left() + i * width, rect.top() + j * height, width, height)
        for j in range(max(1, ceil(rect.height() / height)))
        for i in range(max(1, ceil(rect.width() / width)))
    ]
    return scene, PdfLayout(scale, tuple(windows))


def _padded(rect: QRectF) -> QRectF:
    if rect.isEmpty():
        return QRectF(0, 0, 400, 120)
    return rect.adjusted(-12, -12, 12, 12)


def _row_pages(scene: DiagramScene, rect: QRectF, page_height: float) -> tuple[QRectF, ...]:
    """Return page windows of ``rect``, each at most ``page_height`` high, cut between rows."""
    spans = sorted(
        (item.sceneBoundingRect().top(), item.sceneBoundingRect().bottom())
        for item in scene.nodes.values()
    )
    cuts: list[float] = []  # y where one row ends and the next begins (mid-gap)
    bottom = spans[0][1]
    for top, low in spans[1:]:
        if top > bottom:
            cuts.append((bottom + top) / 2)
        bottom = max(bottom, low)
    windows: list[QRectF] = []
    start = rect.top()
    while start < rect.bottom() - 1:
        limit = start + page_height
        fitting = [c for c in cuts if start < c <= limit]
        end = rect.bottom() if limit >= rect.bottom() else (fitting[-1] if fitting else limit)
        windows.append(QRectF(rect.left(), start, rect.width(), end - start))
        start = end
    return tuple(windows)


def export_pdf(project: Project, path: Path, paper: str = "a4") -> None:
    """Write the diagram as a vector PDF on landscape A4 or Letter pages, paged when needed."""
    scene, plan = plan_pdf(project, paper)
    writer = QPdfWriter(str(path))
    writer.setCreator("RACI Studio")  # i18n: not shown
    writer.setTitle(project.name)
    writer.setResolution(72)
    writer.setPageSize(QPageSize(PAPERS[paper]))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write the PDF to {path}")
    ratio = writer.width() / paper_points(paper).width()
    painter.scale(ratio, ratio)
    for number, window in enumerate(plan.windows, start=1):
        if number > 1:
            writer.newPage()
        _paint_pdf_page(painter, project, scene, plan, window, (number, len(plan.windows)), paper)
    painter.end()


def _paint_pdf_page(
    painter: QPainter,
    project: Project,
    scene: DiagramScene,
    plan: PdfLayout,
    window: QRectF,
    page: tuple[int, int],
    paper: str,
) -> None:
    """Draw one PDF page: the title, one window of the diagram, the legend."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QPen(QColor(INK)))
    painter.setFont(font(18, bold=True))
    painter.drawText(QPointF(PDF_MARGIN, PDF_MARGIN + 18), project.name)
    painter.setFont(font(10))
    painter.setPen(QPen(QColor(MUTED)))
    note = subtitle(project)
    if page[1] > 1:
        note = translate("Diagram", "{subtitle}  ·  page {number} of {count}").format(
            subtitle=note, number=page[0], count=page[1]
        )
    painter.drawText(QPointF(PDF_MARGIN, PDF_MARGIN + 36), note)
    area = QRectF(
        PDF_MARGIN,
        PDF_MARGIN + PDF_HEADER,
        window.width() * plan.scale,
        window.height() * plan.scale,
    )
    if len(plan.windows) == 1:  # one page: centred in the space under the title
        free = pdf_area(paper)
        area.moveLeft(PDF_MARGIN + max(0.0, (free.width() - area.width()) / 2))
        area.moveTop(PDF_MARGIN + PDF_HEADER + max(0.0, (free.height() - area.height()) / 2))
    painter.save()
    painter.setClipRect(area)
    painter.translate(area.topLeft())
    painter.scale(plan.scale, plan.scale)
    painter.translate(-window.topLeft())
    paint_items(painter, scene)
    painter.restore()
    draw_legend(painter, QPointF(PDF_MARGIN, paper_points(paper).height() - PDF_MARGIN - 4))


def export_diagram(
    project: Project, path: Path, scale: float = DEFAULT_SCALE, paper: str = "a4"
) -> None:
    """Write the diagram in the format named by the file's suffix (.png, .svg or .pdf)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".png":
        export_png(project, path, scale)
    elif suffix == ".svg":
        export_svg(project, path)
    elif suffix == ".pdf":
        export_pdf(project, path, paper)
    else:
        raise ValueError(f"the diagram can be exported as .png, .svg or .pdf, not '{suffix}'")
