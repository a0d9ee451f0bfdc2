"""Presentation mode: the lifecycle full screen, one phase at a time, for kickoff meetings.

Slides: the project name and problem statement; then each phase in order (highlighted, the
rest dimmed, with a side card listing its activities with their R and A roles and the gate
criteria that follow it); then the whole lifecycle. Right, Down, Space and Page Down (what
presentation clickers send) go forward; Left, Up, Backspace and Page Up go back; Home and
End jump; Esc leaves.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core import lifecycle as lc
from raci_studio.core import palette
from raci_studio.core.metrics import CriterionState, evaluate_criterion
from raci_studio.core.model import Project
from raci_studio.core.palette import Scheme
from raci_studio.ui.diagram.export import subtitle
from raci_studio.ui.diagram.scene import DiagramScene
from raci_studio.ui.diagram.style import (
    ACCENT,
    ACCENT_DARK,
    GATE_LOOK,
    GATE_LOOK_DARK,
    Style,
    status_word,
)
from raci_studio.ui.diagram.words import gate_state_words
from raci_studio.ui.i18n import translate

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp)
CARD_SHARE = 0.4
MAX_ZOOM = 2.0
_DONE = (CriterionState.PASSED, CriterionState.CHECKED)


class PresentationWindow(QWidget):
    """A full-screen, read-only walk through the lifecycle.

    Signals
    -------
    closed()
        The presentation ended.
    """

    closed = Signal()

    def __init__(self, project: Project, parent=None, scheme: Scheme = "light") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.project = project
        self.scheme: Scheme = scheme
        self._colours = Style.get(scheme).colours
        self.setWindowTitle(
            translate("Diagram", "{project} — Presentation").format(project=project.name)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(self._colours.canvas))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(self._colours.ink))
        self.setPalette(pal)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene = DiagramScene(self, interactive=False)
        self.scene.set_scheme(scheme)
        self.scene.rebuild(project)
        self.phases = [p.id for p in project.phases]
        self.slides = ["title", *self.phases, "all"]
        self.index = 0
        self._sized: list[tuple[QLabel, int]] = []
        self.problem: QLabel | None = None
        self._build()
        self.show_slide(0)

    # -- widgets -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedLayout()
        self.stack.addWidget(self._title_page())
        self.stack.addWidget(self._diagram_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(56, 40, 56, 28)
        outer.addLayout(self.stack, 1)
        self.footer = self._text("", 15, colour=self._colours.muted)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addWidget(self.footer)

    def _title_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self._text(self.project.name, 64, bold=True))
        layout.addWidget(self._text(subtitle(self.project), 24, colour=self._colours.muted))
        layout.addSpacing(40)
        problem = self.project.scoping.problem_statement or self.project.description
        if problem:
            layout.addWidget(
                self._text(
                    translate("Diagram", "The problem"),
                    22,
                    bold=True,
                    colour=palette.strong("R", scheme=self.scheme),
                )
            )
            layout.addSpacing(6)
            self.problem = self._text(problem, 32)
            layout.addWidget(self.problem)
        layout.addStretch(3)
        layout.addWidget(
            self._text(
                translate("Diagram", "→ / Space: next     ←: back     Esc: leave"),
                15,
                self._colours.muted,
            )
        )
        return page

    def _diagram_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = self._text("", 44, bold=True)
        self.subheading = self._text("", 22, colour=self._colours.muted)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(12)
        row = QHBoxLayout()
        self.view = _FittingView(self.scene, page)
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setInteractive(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.view, 1)
        self.card = QLabel(page)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        back, accent = ("#F4F6F9", ACCENT) if self.scheme == "light" else ("#2B2D31", ACCENT_DARK)
        self.card.setStyleSheet(
            f"QLabel {{ background: {back}; border-left: 6px solid {accent};"
            f" padding: 22px 26px; color: {self._colours.ink}; }}"
        )
        row.addWidget(self.card)
        layout.addLayout(row, 1)
        return page

    def _text(self, text: str, pixels: int, colour: str = "", bold: bool = False) -> QLabel:
        """Make a label whose type grows and shrinks with the screen (ordinary ink by default)."""
        colour = colour or self._colours.ink
        label = QLabel(text, self)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {colour};")
        self._sized.append((label, pixels))
        return label

    def type_scale(self) -> float:
        """Return how much larger than on a 1920 × 1080 screen the type is drawn."""
        return max(0.5, min(self.width() / 1920, self.height() / 1080))

    def _apply_type_scale(self) -> None:
        scale = self.type_scale()
        for label, pixels in self._sized:
            font = label.font()
            font.setPixelSize(max(10, round(pixels * scale)))
            label.setFont(font)
        if self.problem is not None:  # lines of a readable length
            self.problem.setMaximumWidth(round(self.width() * 0.72))

    # -- slides --------------------------------------------------------------------------------

    def current(self) -> str:
        """Return the current slide: "title", a phase id, or "all"."""
        return self.slides[self.index]

    def show_slide(self, index: int) -> None:
        """Go to slide ``index`` (clamped to the deck)."""
        self.index = max(0, min(index, len(self.slides) - 1))
        slide = self.current()
        total = len(self.slides)
        self.footer.setText(f"{self.project.name}   ·   {self.index + 1} / {total}")
        if slide == "title":
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        if slide == "all":
            self.heading.setText(translate("Diagram", "The whole lifecycle"))
            self.subheading.setText(subtitle(self.project))
            self.scene.set_focus(None)
            self.card.hide()
        else:
            number = self.phases.index(slide) + 1
            phase = next(p for p in self.project.phases if p.id == slide)
            self.heading.setText(phase.name)
            self.subheading.setText(
                translate("Diagram", "Phase {number} of {count}  ·  {status}").format(
                    number=number, count=len(self.phases), status=status_word(phase.status.value)
                )
            )
            gates = [g.id for g in lc.gates_following(self.project, slide)]
            self.scene.set_focus(slide, also=gates)
            self.card.show()
        self._fit()

    def _fit(self) -> None:
        slide = self.current()
        if slide == "title":
            return
        if slide != "all":
            self._fill_card(slide)
        rect = self.scene.diagram_rect() if slide == "all" else self._neighbourhood(slide)
        self.view.show_area(rect.adjusted(-24, -24, 24, 24))

    def _fill_card(self, phase_id: str) -> None:
        """Write the side card in the largest type that fits the screen's height."""
        width = round(self.width() * CARD_SHARE)
        self.card.setFixedWidth(width)
        room = max(200, self.height() - 260 * self.type_scale())
        size = round(28 * self.type_scale())
        while True:
            self.card.setText(phase_card_html(self.project, phase_id, size, self.scheme))
            if size <= 11 or self.card.heightForWidth(width) <= room:
                break
            size -= 1

    def _neighbourhood(self, node: str) -> QRectF:
        """Return the area around a phase: it and its neighbours, three nodes in all."""
        items = sorted(self.scene.nodes.values(), key=lambda i: i.pos().x())
        at = next(i for i, item in enumerate(items) if item.node_id == node)
        first = max(0, min(at - 1, len(items) - 3))
        rect = QRectF()
        for item in items[first : first + 3]:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def step(self, delta: int) -> None:
        self.show_slide(self.index + delta)

    # -- events --------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.step(1)
        elif key in BACK_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.slides) - 1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.step(-1 if event.button() == Qt.MouseButton.RightButton else 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_type_scale()
        self._fit_layout()
        self._fit()

    def _fit_layout(self) -> None:
        """Wrap the auto-layout into rows that fill the overview slide's area."""
        size = self.view.viewport().size()
        if size.width() > 50 and size.height() > 50:
            self.scene.set_aspect(size.width() / size.height())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


class _FittingView(QGraphicsView):
    """A view that keeps one area of the scene fitted, whatever its size."""

    def __init__(self, scene: DiagramScene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.area = QRectF()

    def show_area(self, rect: QRectF) -> None:
        self.area = rect
        self._fit()

    def _fit(self) -> None:
        if self.area.isEmpty():
            return
        self.fitInView(self.area, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > MAX_ZOOM:  # a lone phase must not fill the screen
            self.resetTransform()
            self.scale(MAX_ZOOM, MAX_ZOOM)
            self.centerOn(self.area.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


def phase_card_html(
    project: Project, phase_id: str, size: int = 22, scheme: Scheme = "light"
) -> str:
    """Return the side card of a phase: its activities with R and A, then the gates after it."""
    muted = Style.get(scheme).colours.muted
    looks = GATE_LOOK if scheme == "light" else GATE_LOOK_DARK
    roles = {r.id: r.name for r in project.roles}
    activities = [a for a in project.activities if a.phase == phase_id]
    heading = translate("Diagram", "Activities")
    head = (
        f"<div style='font-size:{size + 4}px; font-weight:600'>{heading}</div>"  # i18n: not shown
    )
    parts = [head]
    if not activities:
        none = translate("Diagram", "None yet.")
        parts.append(f"<p style='font-size:{size}px; color:{muted}'>{none}</p>")  # i18n: not shown
    nobody = translate("Diagram", "nobody assigned")
    for activity in activities:
        owners = []
        for letter in ("R", "A"):
            names = [roles.get(r, r) for r, ls in activity.raci.items() if letter in ls]
            if names:
                colour = palette.strong(letter, scheme)
                who = html.escape(", ".join(names))
                owners.append(  # i18n: not shown
                    f"<span style='color:{colour}; font-weight:700'>{letter}</span> {who}"
                )
        parts.append(  # i18n: not shown
            f"<p style='margin-top:10px; font-size:{size}px'>{html.escape(activity.name)}<br>"
            f"<span style='font-size:{size - 4}px; color:{muted}'>"
            f"{' &nbsp;·&nbsp; '.join(owners) or nobody}</span></p>"
        )
    metrics = {m.id: m for m in project.metrics}
    states = lc.gate_states(project)
    for gate in lc.gates_following(project, phase_id):
        strong, _fill, glyph = looks[states[gate.id].value]
        word = gate_state_words()[states[gate.id]]
        parts.append(  # i18n: not shown
            f"<div style='margin-top:22px; font-size:{size + 2}px; font-weight:600'>"
            f"<span style='color:{strong}'>◆</span> {html.escape(gate.name)} "
            f"<span style='font-size:{size - 4}px; color:{strong}'>{glyph} {word}</span></div>"
        )
        for criterion in gate.criteria:
            state = evaluate_criterion(project, criterion, metrics)
            mark, colour = _criterion_mark(state, looks, muted)
            parts.append(  # i18n: not shown
                f"<div style='font-size:{size - 3}px; margin-left:8px'>"
                f"<span style='color:{colour}'>{mark}</span> {html.escape(criterion.text)}</div>"
            )
    return "".join(parts)


def _criterion_mark(
    state: CriterionState, looks: dict[str, tuple[str, str, str]], muted: str
) -> tuple[str, str]:
    if state in _DONE:
        return "✓", looks["pass"][0]
    if state == CriterionState.FAILED:
        return "✕", looks["fail"][0]
    return "○", muted
