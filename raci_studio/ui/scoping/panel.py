"""The Scoping tab: the Model Requirements Document as one scrollable form.

Sections, in order: problem statement, business objective, success metrics, data
requirements, risks, assumptions, constraints, team, schedule (phase and gate dates),
go/no-go criteria, decision log and the model card, under a completeness meter. Every change
is a core edit pushed on the window's undo stack; text fields push one step when editing
finishes, never per keystroke. The form is built the first time the tab is shown, so the
window opens fast.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions import scoping as sa
from raci_studio.core.changes import Change
from raci_studio.core.edits import Edit
from raci_studio.core.go_no_go import go_no_go_summary
from raci_studio.core.metrics import GateState
from raci_studio.core.model import MetricCategory
from raci_studio.core.palette import VERDICT_STYLE
from raci_studio.core.scoping import completeness
from raci_studio.io.reports.common import metric_rows
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.findings import FindingsModel
from raci_studio.ui.i18n import translate
from raci_studio.ui.scoping.delegates import ScopingDelegate
from raci_studio.ui.scoping.exports import (
    ExportSpec,
    card_summary_export,
    export_document,
    model_card_export,
    mrd_export,
)
from raci_studio.ui.scoping.fields import CommitLineEdit, CommitTextEdit
from raci_studio.ui.scoping.schedule import ScheduleSection
from raci_studio.ui.scoping.sections import (
    SECTION_OF_KEY,
    metric_state_words,
    model_card_titles,
    section_words,
    tables,
    verdict_words,
)
from raci_studio.ui.scoping.summaries import SuccessMetricsModel, TeamModel
from raci_studio.ui.scoping.widgets import (
    CompletenessMeter,
    FitTableView,
    RowsEditor,
    bold,
    configure_columns,
    heading,
)
from raci_studio.ui.selection import Picked, Selection
from raci_studio.ui.view import EditCommand

SOURCE = "scoping"


class ScopingPanel(QWidget):
    """The scoping form over the document; talks to other views only through the selection.

    Signals
    -------
    message(str)
        Something to tell the user in the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        adapter: DocumentAdapter,
        selection: Selection,
        findings: FindingsModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._selection = selection
        self._findings = findings
        self._built = False
        self._zoom = 0
        self.sections: dict[str, QWidget] = {}
        self.texts: dict[tuple[str, str], CommitLineEdit | CommitTextEdit] = {}
        self.tables: dict[str, RowsEditor] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll_area)
        adapter.changed.connect(self._on_changed)
        selection.changed.connect(self._follow_selection)

    # -- building ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        """Build the form (once); called when the tab is first shown."""
        if self._built:
            return
        self._built = True
        page = QWidget(self.scroll_area)
        page.setObjectName("scoping-page")
        self._page = page
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 12, 24, 24)
        column.setSpacing(4)
        column.addLayout(self._top_bar(page))
        self._add_text_section(column, "problem-statement", "problem_statement")
        self._add_text_section(column, "business-objective", "business_objective")
        self._add_success_metrics(column)
        mrd_tables = tables()
        for table in mrd_tables[:4]:
            self._add_table(column, *table)
        self._add_team(column)
        self._add_schedule(column)
        for table in mrd_tables[4:]:
            self._add_table(column, *table)
        self._add_model_card(column)
        column.addStretch(1)
        self.scroll_area.setWidget(page)
        self._refresh_all()
        self._to_top()

    def _top_bar(self, page: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(translate("Scoping", "Model Requirements Document"), page)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.meter = CompletenessMeter(page)
        self.meter.section_clicked.connect(lambda key: self.scroll_to(SECTION_OF_KEY[key]))
        export = QPushButton(translate("Scoping", "Export MRD…"), page)
        export.setToolTip(
            translate(
                "Scoping", "Save the MRD as Markdown (for Confluence, Notion, GitHub) or HTML"
            )
        )
        export.clicked.connect(self.export_mrd)
        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(self.meter)
        bar.addLayout(left, 1)
        bar.addWidget(export, 0, Qt.AlignmentFlag.AlignTop)
        return bar

    def _section(self, column: QVBoxLayout, key: str, title: str, hint: str) -> QWidget:
        box = heading(title, hint, self._page)
        column.addWidget(box)
        self.sections[key] = box
        return box

    def _add_text_section(self, column: QVBoxLayout, key: str, field: str) -> None:
        title, hint = section_words()[key]
        self._section(column, key, title, hint)
        edit = CommitTextEdit(self._page, min_lines=3)
        edit.setAccessibleName(title)
        edit.committed.connect(lambda text, f=field: self._push(sa.set_text, f, text))
        column.addWidget(edit)
        self.texts[("scoping", field)] = edit

    def _add_success_metrics(self, column: QVBoxLayout) -> None:
        self._section(column, "success-metrics", *section_words()["success-metrics"])
        self.metrics_model = SuccessMetricsModel(self._adapter, self)
        self.metrics_view = self._summary_view(self.metrics_model, self.show_metric)
        column.addWidget(self.metrics_view)
        self.metrics_view.setAccessibleName(translate("Scoping", "Success metrics"))
        column.addLayout(
            self._links([(translate("Scoping", "Open in Metrics view"), self._show_current_metric)])
        )

    def _add_team(self, column: QVBoxLayout) -> None:
        self._section(column, "team", *section_words()["team"])
        self.team_model = TeamModel(self._adapter, self)
        self.team_view = self._summary_view(self.team_model, self.show_phase)
        column.addWidget(self.team_view)
        self.team_view.setAccessibleName(translate("Scoping", "Team"))
        column.addLayout(
            self._links([(translate("Scoping", "Show in RACI grid"), self._show_current_phase)])
        )

    def _add_schedule(self, column: QVBoxLayout) -> None:
        self._section(column, "schedule", *section_words()["schedule"])
        self.schedule = ScheduleSection(self._adapter, self._selection, SOURCE, self._page)
        self.schedule.open_requested.connect(self._show_node)
        column.addWidget(self.schedule)
        column.addLayout(
            self._links([(translate("Scoping", "Show in Lifecycle"), self._show_current_node)])
        )

    def _summary_view(self, model, on_activate: Callable[[int], None]) -> FitTableView:
        view = FitTableView(self._page)
        view.setModel(model)
        view.setItemDelegate(ScopingDelegate(view))
        configure_columns(view, model.columns)
        view.doubleClicked.connect(
            lambda index: (
                on_activate(index.row())
                if not model.flags(index) & Qt.ItemFlag.ItemIsEditable
                else None
            )
        )
        view.activated.connect(lambda index: on_activate(index.row()))
        return view

    def _links(self, links: list[tuple[str, Callable[[], None]]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in links:
            button = QPushButton(text, self._page)
            button.setFlat(True)
            button.setStyleSheet("color: #2E86C1; text-align: left;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _add_table(
        self, column: QVBoxLayout, key: str, name: str, title: str, hint: str, add: str
    ) -> None:
        self._section(column, key, title, hint)
        if key == "go-no-go":
            self.verdict = QLabel(self._page)
            self.verdict.setTextFormat(Qt.TextFormat.RichText)
            column.addWidget(self.verdict)
        editor = RowsEditor(self._adapter, name, add, self._page, title)
        column.addWidget(editor)
        self.tables[name] = editor

    def _add_model_card(self, column: QVBoxLayout) -> None:
        self._section(column, "model-card", *section_words()["model-card"])
        titles = model_card_titles()
        for field, words in sa.MODEL_CARD_FIELDS.items():
            title = titles.get(field, words.capitalize())
            label = bold(QLabel(title, self._page))
            column.addWidget(label)
            edit = CommitTextEdit(self._page, min_lines=2)
            edit.setAccessibleName(translate("Scoping", "Model card: {field}").format(field=title))
            edit.committed.connect(
                lambda text, f=field: self._push(sa.set_model_card_text, f, text)
            )
            label.setBuddy(edit)
            column.addWidget(edit)
            self.texts[("model_card", field)] = edit
        self.card_metrics = QLabel(self._page)
        self.card_metrics.setWordWrap(True)
        column.addWidget(bold(QLabel(translate("Scoping", "Metrics"), self._page)))
        column.addWidget(self.card_metrics)
        column.addLayout(
            self._links(
                [
                    (translate("Scoping", "Export model card…"), self.export_model_card),
                    (translate("Scoping", "Summary for a PM…"), self.export_card_summary),
                ]
            )
        )

    # -- editing -----------------------------------------------------------------------------

    def _push(self, build: Callable[..., Edit | None], *args: object) -> bool:
        """Build ``build(project, *args)`` and push it as one undo step."""
        return self._adapter.run(lambda p: build(p, *args)) is not None

    def _to_top(self) -> None:
        """Scroll to the top of the form, now and once the layout has settled."""
        self.scroll_area.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, lambda: self.scroll_area.verticalScrollBar().setValue(0))

    def commit_pending(self) -> None:
        """Commit the text field being edited, if any (call before saving the project)."""
        for edit in self.texts.values():
            if edit.hasFocus():
                edit.commit()

    # -- following the document --------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if not self._built or change.is_layout_only:
            return
        if change.everything:
            self._refresh_all()
            self._to_top()  # a project just opened starts at its top, not where the last one was
            return
        touched = change.ids("scoping")
        if "" in touched:
            self._show_texts("scoping", change.fields)
        if "model_card" in touched:
            self._show_texts("model_card", change.fields)
        roles = change.concerns("roles")
        metrics = change.concerns("metrics")
        for name, editor in self.tables.items():
            if name in touched or roles or (metrics and name == "go_no_go"):
                editor.model.refresh()
        if metrics:
            self.metrics_model.refresh()
        if change.concerns("roles", "phases", "activities", "cells"):
            self.team_model.refresh()
        self._refresh_summary()

    def _refresh_all(self) -> None:
        self._show_texts("scoping", frozenset(sa.TEXT_FIELDS))
        self._show_texts("model_card", frozenset(sa.MODEL_CARD_FIELDS))
        for editor in self.tables.values():
            editor.model.refresh()
        self.metrics_model.refresh()
        self.team_model.refresh()
        self._refresh_summary()

    def _show_texts(self, scope: str, fields: frozenset[str]) -> None:
        scoping = self._adapter.project.scoping
        source = scoping if scope == "scoping" else scoping.model_card
        for (where, field), edit in self.texts.items():
            if where == scope and field in fields:
                edit.show_document_text(getattr(source, field))

    def _refresh_summary(self) -> None:
        project = self._adapter.project
        self.meter.show_completeness(completeness(project))
        summary = go_no_go_summary(project)
        colour = VERDICT_STYLE[summary.state][0]
        words = verdict_words()[summary.state]
        total = len(summary.items)
        passing = summary.count(GateState.PASS)
        verdict = '<span style="color:{colour}">● {words}</span>'  # i18n: not shown
        said = translate(
            "Scoping", "<b>Overall:</b> {verdict} — {passing} of %n criteria pass", None, total
        )
        self.verdict.setText(
            said.format(verdict=verdict.format(colour=colour, words=words), passing=passing)
        )
        self.card_metrics.setText(self._card_metrics_text())

    def _card_metrics_text(self) -> str:
        words = metric_state_words()
        line = translate("Scoping", "{metric}: {latest}, {state}")
        lines = [
            line.format(metric=row.cells[0], latest=row.cells[5], state=words[row.status].lower())
            for row in metric_rows(self._adapter.project)
            if row.metric.category != MetricCategory.BUSINESS_KPI
        ]
        return "\n".join(lines) or translate(
            "Scoping", "No model, operational or fairness metrics yet."
        )

    # -- selection and navigation ------------------------------------------------------------

    def _follow_selection(self, picked: Picked) -> None:
        if self._built:
            self.schedule.follow(picked)
        if picked.source == SOURCE or picked.kind != "scoping" or not picked.ids:
            return
        self.ensure_built()
        self._reveal_tab(self)
        key = SECTION_OF_KEY.get(picked.ids[0], picked.ids[0])
        QTimer.singleShot(0, lambda: self.scroll_to(key))

    def scroll_to(self, key: str) -> None:
        """Scroll the form so that section ``key`` is at the top."""
        self.ensure_built()
        box = self.sections.get(key)
        if box is not None:
            bar = self.scroll_area.verticalScrollBar()
            bar.setValue(min(bar.maximum(), box.y()))

    def show_metric(self, row: int) -> None:
        self._selection.pick("metric", [self.metrics_model.metric_id(row)], SOURCE)
        self._reveal_tab_titled("Metrics")  # i18n: not shown (the tab's key)

    def show_phase(self, row: int) -> None:
        self._selection.pick("phase", [self.team_model.phase_id(row)], SOURCE)
        self._reveal_tab_titled("RACI Grid")  # i18n: not shown (the tab's key)

    def _show_current_metric(self) -> None:
        index: QModelIndex = self.metrics_view.currentIndex()
        if self.metrics_model.rowCount():
            self.show_metric(index.row() if index.isValid() else 0)

    def _show_current_phase(self) -> None:
        index: QModelIndex = self.team_view.currentIndex()
        if self.team_model.rowCount():
            self.show_phase(index.row() if index.isValid() else 0)

    def _show_current_node(self) -> None:
        current = self.schedule.current()
        if current is not None:
            self._show_node(*current)

    def _show_node(self, kind: str, node_id: str) -> None:
        """Select a phase or gate and show it in the Lifecycle tab."""
        self._selection.pick("gate" if kind == "gate" else "phase", [node_id], SOURCE)
        self._reveal_tab_titled("Lifecycle")  # i18n: not shown (the tab's key)

    def _tabs(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

    def _reveal_tab(self, page: QWidget) -> None:
        tabs = self._tabs()
        if tabs is not None and tabs.indexOf(page) >= 0:
            tabs.setCurrentWidget(page)

    def _reveal_tab_titled(self, title: str) -> None:
        # Until the window offers "show the view for this selection", find the tab by title.
        tabs = self._tabs()
        if tabs is None:
            return
        for i in range(tabs.count()):
            if tabs.tabBar().tabData(i) == title:  # a tab's key: its title in English
                tabs.setCurrentIndex(i)
                return

    # -- commands the window calls -----------------------------------------------------------

    def window_actions(self) -> list[QAction]:
        """Nothing to add to the View menu: the exports are links on the form."""
        return []

    def edit_commands(self) -> dict[EditCommand, Callable[[], object]]:
        """What the Edit menu's commands do here."""
        return {"delete": self.delete_selected}

    def delete_selected(self) -> None:
        """Remove the focused table's selected rows, or clear the focused schedule cell."""
        if not self._built or self.schedule.clear_focused():
            return
        for editor in self.tables.values():
            if editor.view.hasFocus():
                editor.remove_selected()
                return

    def zoom(self, step: int) -> None:
        """Make the form's text larger (+1), smaller (-1) or back to normal (0)."""
        if not self._built:
            return
        self._zoom = 0 if step == 0 else max(-3, min(6, self._zoom + step))
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() + self._zoom))
        self._page.setFont(font)
        self.schedule.refit()

    # -- exports -----------------------------------------------------------------------------

    def export_mrd(self) -> None:
        """Write the MRD as Markdown or a web page, to a file the user picks."""
        self._export(mrd_export())

    def export_model_card(self) -> None:
        """Write the model card (Hugging Face Markdown or Model Card Toolkit JSON)."""
        self._export(model_card_export())

    def export_card_summary(self) -> None:
        """Write the model card in plain words for a product manager (Markdown or HTML)."""
        self._export(card_summary_export())

    def _export(self, spec: ExportSpec) -> None:
        self.commit_pending()
        written = export_document(self, self._adapter, spec)
        window = self.window()
        if written is not None and isinstance(window, QMainWindow):
            said = translate("Scoping", "Exported {name}").format(name=written.name)
            window.statusBar().showMessage(said, 5000)
