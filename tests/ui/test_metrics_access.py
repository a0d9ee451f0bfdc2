"""The Metrics tab for everyone: translated words, named buttons, Tab in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QToolButton,
    QWidget,
)

from raci_studio.core.actions import metrics as ma
from raci_studio.core.metrics import CriterionState, TrendDirection
from raci_studio.core.palette import STATUS_WORDS
from raci_studio.ui.i18n import PseudoTranslator
from raci_studio.ui.metrics import words
from raci_studio.ui.metrics.chart_view import KINDS
from raci_studio.ui.metrics.import_dialogs import MlflowDialog
from raci_studio.ui.metrics.metrics_model import FIELD_COLUMN
from raci_studio.ui.metrics.wandb_dialog import WandbDialog
from tests.core.conftest import build_small_project
from tests.io.test_mlflow_import import make_mlruns


def tab_stops(start: QWidget) -> list[QWidget]:
    """Follow ``nextInFocusChain`` from ``start`` round to it again: the widgets Tab visits."""
    stops: list[QWidget] = []
    widget = start
    while True:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisible() and widget.isEnabled() and not widget.focusProxy():
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            return stops


def stops_within(root: QWidget, start: QWidget) -> list[QWidget]:
    """The Tab stops inside ``root``, in the order Tab reaches them from ``start``."""
    return [w for w in tab_stops(start) if root.isAncestorOf(w)]


@pytest.fixture
def panel(qtbot, main_window):
    """The Metrics tab of a shown window on the small project, its chart loaded."""
    panel = next(w for title, w in main_window.views() if title == "Metrics")
    main_window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.chart.loaded, timeout=20_000)
    return panel


def test_the_tabs_words_for_core_values_read_as_cores_in_english():
    assert words.status_words() == STATUS_WORDS
    assert words.category_labels() == ma.CATEGORY_LABELS
    assert words.direction_labels() == ma.DIRECTION_LABELS
    assert set(words.criterion_marks()) == set(CriterionState)
    assert set(words.trend_words()) == set(TrendDirection)


def test_tab_walks_the_tab_in_reading_order(panel):
    chart = panel.chart
    assert stops_within(panel, panel.add_button) == [
        panel.add_button,
        panel.remove_button,
        panel.csv_button,
        panel.mlflow_button,
        panel.wandb_button,
        panel.metrics_view,
        panel.date_box,
        panel.value_box,
        panel.note_box,
        panel.measurements_pane.add_button,
        panel.measurements_view,
        panel.measurements_pane.remove_button,
        chart.picker,
        chart.export_button,
        chart.scroll_area,
    ]


def test_tab_leaves_a_table_instead_of_walking_its_cells(qtbot, panel, main_window):
    main_window.activateWindow()
    panel.metrics_view.setFocus()
    qtbot.waitUntil(panel.metrics_view.hasFocus)
    qtbot.keyClick(panel.metrics_view, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.date_box.hasFocus)
    panel.measurements_view.setFocus()
    qtbot.waitUntil(panel.measurements_view.hasFocus)
    qtbot.keyClick(panel.measurements_view, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.measurements_pane.remove_button.hasFocus)
    qtbot.keyClick(panel.measurements_pane.remove_button, Qt.Key.Key_Backtab)
    qtbot.waitUntil(panel.measurements_view.hasFocus)


def _icon_only(root: QWidget) -> list[QAbstractButton]:
    """The shown buttons that show an icon and no words."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or button.icon().isNull():
            continue
        icon_style = Qt.ToolButtonStyle.ToolButtonIconOnly
        if not button.text().strip() or (
            isinstance(button, QToolButton) and button.toolButtonStyle() == icon_style
        ):
            found.append(button)
    return found


def test_every_icon_only_button_has_a_name_and_a_tooltip(panel):
    buttons = _icon_only(panel)
    assert len(buttons) >= 5  # matplotlib's chart tools
    for button in buttons:
        assert button.accessibleName() and button.toolTip(), button.defaultAction()


def test_fields_without_a_label_are_named_for_screen_readers(panel):
    for widget in (panel.date_box, panel.value_box, panel.note_box, panel.metrics_view,
                   panel.measurements_view, panel.chart.scroll_area):  # fmt: skip
        assert widget.accessibleName(), widget
    assert panel.chart.scroll_area.accessibleDescription() == "Metric over time"
    panel.chart.set_kind("scorecard")
    assert panel.chart.scroll_area.accessibleDescription() == "Scorecard"


def test_the_mlflow_dialog_tabs_in_reading_order_through_the_mapping(qtbot, tmp_path):
    dialog = MlflowDialog(build_small_project())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_path(make_mlruns(tmp_path))
    boxes = [dialog.mapping.cellWidget(row, 1) for row in range(dialog.mapping.rowCount())]
    assert boxes and all(isinstance(box, QComboBox) and box.accessibleName() for box in boxes)
    standard = QDialogButtonBox.StandardButton
    ok, cancel = dialog.buttons.button(standard.Ok), dialog.buttons.button(standard.Cancel)
    stops = stops_within(dialog, dialog.path_box)
    buttons = [b for b in stops if b in (ok, cancel)]
    assert stops[: len(stops) - len(buttons)] == [
        dialog.path_box,
        *dialog.choosers,
        dialog.runs,
        dialog.mapping,
        *boxes,
        dialog.preview,
        dialog.per_day,
        dialog.latest_only,
    ]
    assert cancel in buttons and not ok.isEnabled()  # Import waits for a mapped metric
    dialog.set_mapping("val/accuracy", "intent-accuracy")
    assert ok.isEnabled() and ok in stops_within(dialog, dialog.path_box)
    assert dialog.runs.accessibleName() == "Runs"
    assert not dialog.runs.tabKeyNavigation() and not dialog.mapping.tabKeyNavigation()


def test_the_wandb_dialog_reaches_its_date_after_the_choosers(qtbot):
    dialog = WandbDialog(build_small_project())
    qtbot.addWidget(dialog)
    dialog.show()
    stops = stops_within(dialog, dialog.path_box)
    assert stops[:5] == [dialog.path_box, *dialog.choosers, dialog.date_edit, dialog.runs]


@pytest.fixture
def pseudo(qapp):
    """Every translate call answers in the pseudo language while the test runs."""
    translator = PseudoTranslator(qapp)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _pseudo(text: str) -> bool:
    return text.startswith("[~") and text.endswith("~]")


def test_the_tab_shows_its_words_through_the_catalogue(pseudo, panel):
    model = panel.metrics_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    shown = [*headers, model.index(0, 0).data(), model.index(0, 2).data()]
    shown += [b.text() for b in panel.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    shown += [w.text() for w in panel.findChildren(QLabel) if w.isVisible() and w.text()]
    shown += [panel.chart.picker.itemText(i) for i in range(len(KINDS))]
    shown += [a.toolTip() for a in panel.chart.toolbar.actions() if a.toolTip()]
    assert len(shown) > 30
    assert [text for text in shown if not _pseudo(text)] == []


def test_longer_words_widen_their_columns_instead_of_being_cut(pseudo, panel):
    view = panel.metrics_view
    metrics = view.fontMetrics()
    for key, texts in (
        ("status", words.status_words().values()),
        ("category", words.category_labels().values()),
        ("direction", words.direction_labels().values()),
    ):
        column = FIELD_COLUMN[key]
        header = panel.metrics_model.headerData(column, Qt.Orientation.Horizontal)
        width = view.columnWidth(column)
        assert width >= metrics.horizontalAdvance(header), key
        assert width > max(metrics.horizontalAdvance(text) for text in texts), key


def test_the_chart_offers_no_tool_whose_dialog_speaks_english_only(panel):
    toolbar = panel.chart.toolbar
    shown = {name for name, action in toolbar._actions.items() if action in toolbar.actions()}
    assert shown == {"home", "back", "forward", "pan", "zoom"}
    assert panel.chart.export_button.isVisible()  # saving goes through Export Chart…


def test_tab_leaves_the_dialogs_tables_and_preview(qtbot, tmp_path):
    dialog = MlflowDialog(build_small_project())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.open_path(make_mlruns(tmp_path))
    boxes = [dialog.mapping.cellWidget(row, 1) for row in range(dialog.mapping.rowCount())]
    steps = [
        (dialog.runs, dialog.mapping),
        (dialog.mapping, boxes[0]),
        (boxes[-1], dialog.preview),
        (dialog.preview, dialog.per_day),
    ]
    for widget, after in steps:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        qtbot.waitUntil(after.hasFocus)
