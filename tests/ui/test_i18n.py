"""The catalogue, its compiled translations and the pseudo language, end to end."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from raci_studio.core.findings import Severity, finding
from raci_studio.core.messages import MESSAGES
from raci_studio.ui import i18n
from raci_studio.ui.findings import shown_message
from raci_studio.ui.i18n import PseudoTranslator, install_translators, pseudo_text, translate

ROOT = Path(__file__).resolve().parents[2]


def _tool_module():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def installed(qapp):
    """Translators a test installs, removed again after it."""
    translators: list = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


SOURCE = """
from raci_studio.ui.i18n import translate

def words(n, name):
    translate("Menus", "&File")
    translate("Files", "Could not open “{name}”").format(name=name)
    translate("Grid", "%n activities", None, n)
"""


def _german(ts: Path) -> None:
    """Fill a catalogue copy with German, as a translator would in Qt Linguist."""
    german = {
        "&File": ["&Datei"],
        "Could not open “{name}”": ["„{name}“ ließ sich nicht öffnen"],
        "%n activities": ["%n Aktivität", "%n Aktivitäten"],
        MESSAGES["missing-accountable"]: [
            "„{activity}“ hat keine Rolle A; es muss genau eine geben."
        ],
    }
    tree = ET.parse(ts)
    tree.getroot().set("language", "de")
    for message in tree.getroot().iter("message"):
        words = german.get(message.findtext("source") or "")
        if words is None:  # left unfinished, as a translator may
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation)
        if forms:
            translation.remove(forms[0])
            for word in words:
                ET.SubElement(translation, "numerusform").text = word
        else:
            translation.text = words[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def test_without_a_catalogue_the_source_words_show():
    assert translate("Menus", "&File") == "&File"
    assert translate("Grid", "%n activities", None, 3) == "3 activities"


def test_a_released_catalogue_translates_words_and_plurals(tmp_path, qapp, installed):
    tool = _tool_module()
    code = tmp_path / "ui"
    code.mkdir()
    (code / "words.py").write_text(SOURCE, encoding="utf-8")
    catalogue = tmp_path / "raci_studio.ts"
    tool.extract(catalogue, code)
    plural = [m for m in ET.parse(catalogue).iter("message") if m.get("numerus") == "yes"]
    assert [m.findtext("source") for m in plural] == ["%n activities"]

    german = tmp_path / "raci_studio_de.ts"
    german.write_bytes(catalogue.read_bytes())
    _german(german)
    tool.release([german])
    installed += install_translators(qapp, tmp_path, QLocale("de_DE"))

    assert len(installed) == 2, "ours and Qt's own German"
    assert translate("Menus", "&File") == "&Datei"
    shown = translate("Files", "Could not open “{name}”").format(name="plan.raci.json")
    assert shown == "„plan.raci.json“ ließ sich nicht öffnen"
    assert translate("Grid", "%n activities", None, 1) == "1 Aktivität"
    assert translate("Grid", "%n activities", None, 4) == "4 Aktivitäten"
    lost = finding("missing-accountable", Severity.ERROR, "activity", ("a",), activity="Train")
    assert shown_message(lost) == "„Train“ hat keine Rolle A; es muss genau eine geben."
    idle = finding("idle-role", Severity.WARNING, "role", ("pm",), role="PM")
    assert shown_message(idle) == idle.message  # not translated yet: the English


def test_english_and_unknown_languages_install_nothing(tmp_path, qapp, installed):
    installed += install_translators(qapp, tmp_path, QLocale("en_GB"))
    installed += install_translators(qapp, tmp_path, QLocale("sw_KE"))
    assert installed == []


def test_the_environment_picks_the_language(tmp_path, qapp, installed, monkeypatch):
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "pseudo")
    installed += install_translators(qapp, tmp_path, QLocale("de_DE"))
    assert [type(t) for t in installed] == [PseudoTranslator]
    assert translate("Menus", "&File") == pseudo_text("&File")
    assert translate("Grid", "%n activities", None, 2).startswith("[~2 ")


@pytest.mark.parametrize(
    "text",
    ["&Save", "Could not open “{name}” in {folder}", "%n rows", "<b>Risks</b> &amp; issues"],
)
def test_pseudo_text_keeps_what_code_and_qt_read(text):
    pseudo = pseudo_text(text)
    assert pseudo.startswith("[~") and pseudo.endswith("~]")
    for kept in ("{name}", "{folder}", "%n", "<b>", "</b>", "&amp;", "&S"):
        assert (kept in text) == (kept in pseudo)
    visible = len(i18n._KEPT.sub("", text))
    assert len(i18n._KEPT.sub("", pseudo)) >= visible * 1.3


def test_system_languages_are_tried_most_wanted_first(monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    languages = i18n.ui_languages(QLocale("de_CH"))
    assert languages.index("de_CH") < languages.index("de")


@pytest.mark.parametrize(
    ("source", "singular", "plural"),
    [
        ("%n role(s)", "%n role", "%n roles"),
        ("%n activity(ies)", "%n activity", "%n activities"),
        ("%n open conflicts are left", "%n open conflict is left", "%n open conflicts are left"),
        ("Read %n of {total} rows", "Read %n of {total} rows", "Read %n of {total} rows"),
    ],
)
def test_english_plural_forms_are_guessed(source, singular, plural):
    assert _tool_module().english_forms(source) == (singular, plural)


def test_english_plurals_keep_corrections_and_show_singulars(tmp_path, qapp, installed):
    tool = _tool_module()
    code = tmp_path / "ui"
    code.mkdir()
    (code / "words.py").write_text(SOURCE, encoding="utf-8")
    catalogue, english = tmp_path / "raci_studio.ts", tmp_path / "raci_studio_en.ts"
    tool.extract(catalogue, code)
    assert len(tool.update_english(catalogue, english)) == 1
    english.write_text(english.read_text().replace(">%n activity<", ">%n single activity<"))
    assert tool.update_english(catalogue, english) == [], "a read form is kept"
    tool.release([english])
    installed += i18n.install_english(qapp, tmp_path)
    assert translate("Grid", "%n activities", None, 1) == "1 single activity"
    assert translate("Grid", "%n activities", None, 2) == "2 activities"


def test_the_committed_catalogue_is_current():
    """Every word of the window and every finding's template is in the catalogue, no more."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_catalogue_holds_the_findings_by_their_ids():
    from raci_studio.core.messages import MESSAGES

    tree = ET.parse(ROOT / "resources" / "i18n" / "raci_studio.ts")
    contexts = [c for c in tree.getroot().iter("context") if c.findtext("name") == "Findings"]
    assert len(contexts) == 1
    ids = {m.findtext("comment") for m in contexts[0].iter("message")}
    assert ids >= set(MESSAGES)


def test_english_counts_read_naturally():
    """The English catalogue the app (and these tests) install gives every count its form."""
    assert translate("MainWindow", "%n activities", None, 1) == "1 activity"
    assert translate("MainWindow", "%n activities", None, 2) == "2 activities"
    assert translate("ImportPreview", "%n activity(ies)", None, 1) == "1 activity"
    assert translate("ImportPreview", "%n activity(ies)", None, 3) == "3 activities"
