"""Every dialog works from the keyboard: the first field has the focus when it opens, Tab goes
through the fields in reading order and out of every text box, Enter and Escape do what the
buttons say, and every stop has a name a screen reader can speak."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.actions.evidence import EvidencePlan
from raci_studio.core.audit import audit_portfolio
from raci_studio.core.versions.diff import DiffLine
from tests.core.conftest import build_small_project
from tests.ui.focus_order import (
    accessible_name,
    describe,
    open_for_keys,
    out_of_reading_order,
    tab_chain,
    tab_stops,
    text_boxes,
)


@dataclass
class Case:
    """A dialog to check, the widget that should have the focus first, its default button."""

    dialog: QDialog
    first: QWidget
    default: str  # the default button's text, without the mnemonic


def _new_project(tmp_path: Path) -> Case:
    from raci_studio.ui.dialogs import NewFromTemplateDialog

    dialog = NewFromTemplateDialog()
    return Case(dialog, dialog.templates, "OK")


def _role(tmp_path: Path) -> Case:
    from raci_studio.ui.dialogs import RoleDialog

    dialog = RoleDialog(build_small_project().roles[0])
    return Case(dialog, dialog.name, "OK")


def _project(tmp_path: Path) -> Case:
    from raci_studio.ui.dialogs import ProjectDialog

    dialog = ProjectDialog(build_small_project())
    return Case(dialog, dialog.name, "OK")


def _shortcuts(tmp_path: Path) -> Case:
    from raci_studio.ui.dialogs import help_dialog, shortcuts_html

    dialog = help_dialog(None, "Keyboard Shortcuts", shortcuts_html())
    return Case(dialog, dialog.findChild(QTextBrowser), "Close")


def _primer(tmp_path: Path) -> Case:
    from raci_studio.ui.dialogs import help_dialog, primer_html

    dialog = help_dialog(None, "RACI Primer", primer_html())
    return Case(dialog, dialog.findChild(QTextBrowser), "Close")


def _import(tmp_path: Path) -> Case:
    from raci_studio.io.sheets.importer import read_preview
    from raci_studio.ui.import_dialog import ImportDialog
    from tests.ui.test_import_dialog import foreign_sheet

    path = foreign_sheet(tmp_path / "team.xlsx")
    dialog = ImportDialog(path, read_preview(path), can_merge=True)
    return Case(dialog, dialog.sheet_box, "Import")


def _template(tmp_path: Path) -> Case:
    from raci_studio.ui.template_dialog import SaveTemplateDialog

    dialog = SaveTemplateDialog(build_small_project(), tmp_path)
    return Case(dialog, dialog.name, "Save")


def _portfolio(tmp_path: Path) -> Case:
    from raci_studio.ui.portfolio_dialog import PortfolioDialog

    audit = audit_portfolio([("small", build_small_project())])
    dialog = PortfolioDialog(audit, tmp_path, ["broken.raci.json: not a project"])
    return Case(dialog, dialog.page, "Close")


def _deck(tmp_path: Path) -> Case:
    from raci_studio.ui.deck_options import DeckOptionsDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = DeckOptionsDialog(settings)
    return Case(dialog, dialog.builtin, "Export")


def _evidence(tmp_path: Path) -> Case:
    from raci_studio.core.edits import Batch
    from raci_studio.ui.evidence_dialog import EvidencePreview

    def plan(on: dt.date) -> EvidencePlan:
        return EvidencePlan(Batch((), "Import"), (f"Accuracy 0.91 on {on}",))

    dialog = EvidencePreview("Import Model Card", "From card.md.", plan, dt.date(2026, 3, 1))
    return Case(dialog, dialog.date_edit, "Import")


def _compare(tmp_path: Path) -> Case:
    from raci_studio.ui.compare import CompareDialog

    lines = [DiffLine("Roles", 'Role "Product Owner" renamed from "Product Manager"', ())]
    dialog = CompareDialog("Changes since older", lines)
    return Case(dialog, dialog.tree, "Close")


CASES: dict[str, Callable[[Path], Case]] = {
    "new project": _new_project,
    "role": _role,
    "project properties": _project,
    "keyboard shortcuts": _shortcuts,
    "primer": _primer,
    "import": _import,
    "save as template": _template,
    "portfolio": _portfolio,
    "kickoff deck": _deck,
    "evidence": _evidence,
    "compare": _compare,
}


@pytest.fixture(params=list(CASES))
def case(request, qtbot, tmp_path) -> Case:
    built = CASES[request.param](tmp_path)
    qtbot.addWidget(built.dialog)
    return built


def test_the_first_field_has_the_focus_on_open(case, qtbot):
    assert open_for_keys(qtbot, case.dialog) is case.first


def test_tab_goes_in_reading_order_through_every_field(case, qtbot):
    first = open_for_keys(qtbot, case.dialog)
    chain = tab_chain(case.dialog, first)
    assert set(chain) == set(tab_stops(case.dialog))
    assert not out_of_reading_order(chain, case.dialog)


def test_tab_visits_every_stop_and_comes_back_round(case, qtbot):
    """Real key presses: no text box or table keeps Tab for itself."""
    first = open_for_keys(qtbot, case.dialog)
    chain = tab_chain(case.dialog, first)
    visited = []
    for _ in chain:
        visited.append(_press_tab(qtbot))
    assert [describe(w) for w in visited] == [describe(w) for w in [*chain[1:], first]]
    for box in text_boxes(case.dialog):
        assert box.tabChangesFocus()


def _press_tab(qtbot) -> QWidget:
    """Press Tab until the focus moves on; a date box first goes through its parts."""
    widget = QApplication.focusWidget()
    for _part in range(3 if isinstance(widget, QDateTimeEdit) else 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not widget:
            break
    return QApplication.focusWidget()


def test_every_stop_has_a_spoken_name(case, qtbot):
    first = open_for_keys(qtbot, case.dialog)
    nameless = [w for w in tab_chain(case.dialog, first) if not accessible_name(w).strip()]
    assert not nameless
    for button in case.dialog.findChildren(QAbstractButton):
        if not (button.isEnabled() and button.isVisibleTo(case.dialog)):
            continue
        assert button.text().strip() or button.accessibleName().strip()


def test_enter_picks_the_default_button_and_escape_cancels(case, qtbot):
    open_for_keys(qtbot, case.dialog)
    defaults = [b for b in case.dialog.findChildren(QPushButton) if b.isDefault()]
    assert [b.text().replace("&", "") for b in defaults] == [case.default]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not case.dialog.isVisible()
    assert case.dialog.result() == QDialog.DialogCode.Rejected


def test_the_checks_catch_a_jump_back_and_a_trapping_text_box(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    top, notes, bottom = QLineEdit(dialog), QPlainTextEdit(dialog), QLineEdit(dialog)
    for widget in (top, notes, bottom):
        layout.addWidget(widget)
    QWidget.setTabOrder(bottom, top)  # bottom, top, notes: Tab jumps up from the bottom
    bottom.setFocus()
    first = open_for_keys(qtbot, dialog)
    chain = tab_chain(dialog, first)
    assert chain == [bottom, top, notes]
    assert len(out_of_reading_order(chain, dialog)) == 1
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    assert _press_tab(qtbot) is notes  # a tab character went into the text instead
    assert notes.toPlainText() == "\t"
