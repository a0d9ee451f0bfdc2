"""The Lifecycle tab's properties pane: the selected phase's or gate's name, status and dates.

A phase shows its name, status, planned and actual start and end, and how far it ran past its
plan (the "+N d late" of its card); a gate its name, kind, planned date and decision (outcome,
date and deciding role). Every change is one undo step built by the core actions
(:mod:`raci_studio.core.actions.schedule`, :mod:`raci_studio.core.actions.lifecycle`) and run
through the adapter; the pane shows what the document holds after every change, so a refused
change (an end before its start) puts the field back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions import lifecycle as la
from raci_studio.core.actions import schedule as sa
from raci_studio.core.changes import Change
from raci_studio.core.edits import Edit
from raci_studio.core.model import Gate, GateKind, GateOutcome, Phase, Project
from raci_studio.core.palette import Scheme
from raci_studio.core.rca import overrun_days
from raci_studio.ui.diagram.date_field import DateField
from raci_studio.ui.diagram.style import COLOURS, status_words
from raci_studio.ui.diagram.words import gate_kind_words
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate

#: The pane's width: room for a date picker and its label at 1366 px, the canvas keeps the rest.
PANE_WIDTH = 290


def outcome_words() -> dict[GateOutcome, str]:
    """Return each gate outcome in words."""
    return {
        GateOutcome.PASSED: translate("Diagram", "Passed"),
        GateOutcome.FAILED: translate("Diagram", "Failed"),
        GateOutcome.DEFERRED: translate("Diagram", "Deferred"),
        GateOutcome.SKIPPED: translate("Diagram", "Skipped"),
    }


def overrun_words(phase: Phase, today: dt.date) -> str:
    """Return how the phase stands against its plan, as the pane says it."""
    late = overrun_days(phase, today)
    if late:
        if phase.actual_end is None:
            return translate("Diagram", "%n days past its planned end, still open", None, late)
        return translate("Diagram", "%n days past its planned end", None, late)
    if phase.planned_end is None:
        return translate("Diagram", "No planned end")
    if phase.actual_end is None and phase.actual_start is None:
        return translate("Diagram", "Not started")
    return translate("Diagram", "On plan")


def _start_and_end(
    form: QFormLayout, title: str, start_name: str, end_name: str
) -> tuple[DateField, DateField]:
    """Add a titled group of a start and an end date picker to ``form``; return the pickers."""
    group = QGroupBox(title, form.parentWidget())
    rows = QFormLayout(group)
    start, end = DateField(start_name, group), DateField(end_name, group)
    rows.addRow(translate("Diagram", "Start:"), start)
    rows.addRow(translate("Diagram", "End:"), end)
    form.addRow(group)
    return start, end


def _combo(name: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    return box


def _date_row(form: QFormLayout, text: str, field: DateField) -> None:
    """Add a labelled date whose mnemonic puts the focus in the picker itself."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field.edit)  # a label's buddy must take the focus: the picker, not its frame
    form.addRow(label, field)


class NodeInspector(QScrollArea):
    """The properties of the selected node, edited in place; a hint when none is selected."""

    def __init__(self, adapter: DocumentAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.node_id: str | None = None
        self._selected = 0
        self._scheme: Scheme = "light"
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(PANE_WIDTH - 60)
        self.setAccessibleName(translate("Diagram", "Properties"))
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(10, 8, 10, 8)
        self.title = QLabel(translate("Diagram", "Properties"), body)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        outer.addWidget(self.title)
        self.pages = QStackedWidget(body)
        self.hint = QLabel(body)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self._phase_page())
        self.pages.addWidget(self._gate_page())
        outer.addWidget(self.pages)
        outer.addStretch(1)
        self.setWidget(body)
        adapter.changed.connect(self._on_changed)
        self.show_nodes([])

    # -- building ------------------------------------------------------------------------------

    def _phase_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phase_name = QLineEdit(page)
        self.phase_name.setAccessibleName(translate("Diagram", "Phase name"))
        self.phase_name.editingFinished.connect(lambda: self._rename(self.phase_name))
        form.addRow(translate("Diagram", "&Name:"), self.phase_name)
        self.status = _combo(translate("Diagram", "Status"), page)
        for status, words in status_words().items():
            self.status.addItem(words, status)
        self.status.activated.connect(self._status_chosen)
        form.addRow(translate("Diagram", "&Status:"), self.status)
        self.planned_start, self.planned_end = _start_and_end(
            form,
            translate("Diagram", "Planned"),
            translate("Diagram", "Planned start"),
            translate("Diagram", "Planned end"),
        )
        self.actual_start, self.actual_end = _start_and_end(
            form,
            translate("Diagram", "Actual"),
            translate("Diagram", "Actual start"),
            translate("Diagram", "Actual end"),
        )
        self.dates = {
            "planned_start": self.planned_start,
            "planned_end": self.planned_end,
            "actual_start": self.actual_start,
            "actual_end": self.actual_end,
        }
        for field, editor in self.dates.items():
            editor.picked.connect(lambda value, f=field: self._phase_date_picked(f, value))
        self.overrun = QLabel(page)
        self.overrun.setWordWrap(True)
        self.overrun.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.overrun.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form.addRow(translate("Diagram", "Overrun:"), self.overrun)
        return page

    def _gate_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.gate_name = QLineEdit(page)
        self.gate_name.setAccessibleName(translate("Diagram", "Gate name"))
        self.gate_name.editingFinished.connect(lambda: self._rename(self.gate_name))
        form.addRow(translate("Diagram", "&Name:"), self.gate_name)
        self.kind = _combo(translate("Diagram", "Kind of gate"), page)
        for kind in GateKind:
            self.kind.addItem(gate_kind_words()[kind], kind.value)
        self.kind.activated.connect(self._kind_chosen)
        form.addRow(translate("Diagram", "&Kind:"), self.kind)
        self.planned_date = DateField(translate("Diagram", "Planned decision date"), page)
        self.planned_date.picked.connect(self._gate_date_picked)
        _date_row(form, translate("Diagram", "P&lanned for:"), self.planned_date)
        decision = QGroupBox(translate("Diagram", "Decision"), page)
        decision_form = QFormLayout(decision)
        self.outcome = _combo(translate("Diagram", "Outcome"), decision)
        self.outcome.addItem(translate("Diagram", "Not decided"), None)
        for outcome, words in outcome_words().items():
            self.outcome.addItem(words, outcome.value)
        self.outcome.activated.connect(self._outcome_chosen)
        decision_form.addRow(translate("Diagram", "Out&come:"), self.outcome)
        self.decided_on = DateField(translate("Diagram", "Decided on"), decision)
        self.decided_on.picked.connect(lambda value: self._decide(on=value))
        _date_row(decision_form, translate("Diagram", "&Date:"), self.decided_on)
        self.decided_by = _combo(translate("Diagram", "Decided by"), decision)
        self.decided_by.activated.connect(lambda _i: self._decide(by=self.decided_by.currentData()))
        decision_form.addRow(translate("Diagram", "B&y:"), self.decided_by)
        form.addRow(decision)
        return page

    # -- following the selection and the document ---------------------------------------------

    def show_nodes(self, node_ids: list[str]) -> None:
        """Show the properties of the one selected node, or a hint for none or several."""
        # a name still being typed belongs to the node shown so far
        self._rename(self.phase_name if self.pages.currentIndex() == 1 else self.gate_name)
        self._selected = len(node_ids)
        self.node_id = node_ids[0] if len(node_ids) == 1 else None
        self.reload()

    def reload(self) -> None:
        """Show what the document holds for the node now."""
        project = self._adapter.project
        phase = next((p for p in project.phases if p.id == self.node_id), None)
        gate = next((g for g in project.gates if g.id == self.node_id), None)
        if phase is not None:
            self._show_phase(phase)
            self.pages.setCurrentIndex(1)
        elif gate is not None:
            self._show_gate(project, gate)
            self.pages.setCurrentIndex(2)
        else:
            self.node_id = None
            selected = self._selected
            if selected > 1:
                text = translate(
                    "Diagram", "%n nodes selected. Select one to edit it.", None, selected
                )
            else:
                text = translate(
                    "Diagram", "Select a phase or a gate to edit its name, status and dates."
                )
            self.hint.setText(text)
            self.title.setText(translate("Diagram", "Properties"))
            self.pages.setCurrentIndex(0)

    def _on_changed(self, change: Change) -> None:
        if change.everything:
            self.node_id, self._selected = None, 0
        if change.concerns("phases", "gates", "roles"):
            self.reload()

    def _show_phase(self, phase: Phase) -> None:
        self.title.setText(translate("Diagram", "Phase"))
        if not self.phase_name.hasFocus() or not self.phase_name.isModified():
            self.phase_name.setText(phase.name)
            self.phase_name.setModified(False)
        self.status.setCurrentIndex(max(0, self.status.findData(phase.status.value)))
        for field, editor in self.dates.items():
            editor.set_value(getattr(phase, field))
        late = overrun_days(phase, dt.date.today())
        self.overrun.setText(overrun_words(phase, dt.date.today()))
        colour = COLOURS[self._scheme].overrun if late else ""
        self.overrun.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")

    def _show_gate(self, project: Project, gate: Gate) -> None:
        self.title.setText(translate("Diagram", "Gate"))
        if not self.gate_name.hasFocus() or not self.gate_name.isModified():
            self.gate_name.setText(gate.name)
            self.gate_name.setModified(False)
        self.kind.setCurrentIndex(max(0, self.kind.findData(gate.kind.value)))
        self.planned_date.set_value(gate.planned_date)
        outcome = gate.outcome.value if gate.outcome is not None else None
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))
        self.decided_on.set_value(gate.decided_on)
        self.decided_by.clear()
        self.decided_by.addItem(translate("Diagram", "Nobody recorded"), None)
        for role in project.roles:
            self.decided_by.addItem(role.name, role.id)
        self.decided_by.setCurrentIndex(max(0, self.decided_by.findData(gate.decided_by)))
        decided = gate.outcome is not None
        self.decided_on.setEnabled(decided)
        self.decided_by.setEnabled(decided)

    def set_scheme(self, scheme: Scheme) -> None:
        """Colour the overrun for the light or dark scheme (the widgets follow the palette)."""
        self._scheme = scheme
        self.reload()

    def first_field(self) -> QWidget:
        """Return the first field of the shown page (where the focus enters the pane)."""
        page = self.pages.currentIndex()
        return {1: self.phase_name, 2: self.gate_name}.get(page, self)

    def focus_chain(self) -> list[QWidget]:
        """Return the pane's fields in reading order (both pages; hidden ones are skipped)."""
        return [
            self.phase_name,
            self.status,
            *(field.edit for field in self.dates.values()),
            self.gate_name,
            self.kind,
            self.planned_date.edit,
            self.outcome,
            self.decided_on.edit,
            self.decided_by,
        ]

    # -- edits ---------------------------------------------------------------------------------

    def _run(self, build: Callable[[Project], Edit | None]) -> None:
        node = self.node_id
        if node is None:
            return
        if self._adapter.run(build) is None:
            self.reload()  # refused or no change: show what the document still holds

    def _rename(self, editor: QLineEdit) -> None:
        if not editor.isModified() or self.node_id is None:
            return
        editor.setModified(False)
        node, name = self.node_id, editor.text()
        self._run(lambda p: la.rename_node(p, node, name))

    def _status_chosen(self, _index: int) -> None:
        node, status = self.node_id, self.status.currentData()
        if node is not None:
            self._run(lambda p: la.set_phase_status(p, node, status))

    def _phase_date_picked(self, field: str, value: dt.date | None) -> None:
        node = self.node_id
        if node is not None:
            self._run(lambda p: sa.set_phase_dates(p, node, {field: value}))

    def _kind_chosen(self, _index: int) -> None:
        node, kind = self.node_id, self.kind.currentData()
        if node is not None:
            self._run(lambda p: la.set_gate_kind(p, node, kind))

    def _gate_date_picked(self, value: dt.date | None) -> None:
        node = self.node_id
        if node is not None:
            self._run(lambda p: sa.set_gate_planned_date(p, node, value))

    def _outcome_chosen(self, _index: int) -> None:
        outcome = self.outcome.currentData()
        if outcome is None:
            node = self.node_id
            if node is not None:
                self._run(lambda p: sa.decide_gate(p, node, None))
            return
        # a decision needs a date: today, unless one is recorded already
        self._decide(outcome=outcome, on=self.decided_on.value() or dt.date.today())

    def _decide(self, **changed: object) -> None:
        node = self.node_id
        gate = next((g for g in self._adapter.project.gates if g.id == node), None)
        if node is None or gate is None:
            return
        decision: dict[str, object] = {
            "outcome": gate.outcome,
            "on": gate.decided_on,
            "by": gate.decided_by,
        }
        decision.update(changed)
        if decision["outcome"] is None:
            self.reload()
            return
        self._run(
            lambda p: sa.decide_gate(
                p,
                node,
                decision["outcome"],  # type: ignore[arg-type]
                decision["on"],  # type: ignore[arg-type]
                decision["by"],  # type: ignore[arg-type]
            )
        )
