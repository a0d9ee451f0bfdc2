"""The resource helper finds the app's files from source and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize

from raci_studio.ui import resources
from raci_studio.ui.resources import ICON_SIZES, app_icon, base_dir, resolve_input, resource_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "samples/support-ticket-deflection.raci.json"


def test_from_source_resources_are_beside_the_package():
    assert base_dir() == ROOT
    assert resource_path("raci-studio.svg") == ROOT / "resources" / "raci-studio.svg"
    assert resource_path("raci-studio.svg").is_file()


def test_in_a_bundle_resources_are_under_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert base_dir() == tmp_path
    assert resource_path("raci-studio-16.png") == tmp_path / "resources" / "raci-studio-16.png"


def test_app_icon_offers_every_rendered_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}
    assert icon.pixmap(QSize(16, 16)).size() == QSize(16, 16)


def test_app_icon_without_files_falls_back_to_the_theme_icon(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    looked_up: list[str] = []
    monkeypatch.setattr(
        resources.QIcon, "fromTheme", lambda name: looked_up.append(name) or resources.QIcon()
    )
    assert app_icon().isNull()
    assert looked_up == [resources.APP_ID]


def test_a_file_in_the_working_folder_wins_over_the_bundled_one(monkeypatch, tmp_path):
    own = tmp_path / SAMPLE
    own.parent.mkdir()
    own.write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert resolve_input(SAMPLE) == Path(SAMPLE)


def test_a_relative_name_missing_here_falls_back_to_the_app_folder(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert resolve_input(SAMPLE) == ROOT / SAMPLE
    bundle = tmp_path / "bundle"
    (bundle / "samples").mkdir(parents=True)
    (bundle / SAMPLE).write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resolve_input(SAMPLE) == bundle / SAMPLE


def test_unknown_and_absolute_names_are_left_for_the_caller_to_report(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert resolve_input("nowhere.raci.json") == Path("nowhere.raci.json")
    absolute = tmp_path / "gone.raci.json"
    assert resolve_input(absolute) == absolute
