"""Desktop integration files and app icons: well-formed and consistent with the app."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from raci_studio import __version__
from raci_studio.core.palette import LETTER_COLOURS
from raci_studio.io.project.file import save_project
from raci_studio.ui.resources import APP_ID, ICON_SIZES
from tests.core.conftest import build_small_project

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
RESOURCES = ROOT / "resources"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
MIME_TYPE = "application/x-raci-studio+json"


def load_script(name: str) -> ModuleType:
    """Import a script from packaging/ (it is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# -- .desktop entry ------------------------------------------------------------------------------


def test_desktop_entry_launches_the_app_on_a_file_with_its_icon_and_type():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "RACI Studio"
    assert entry["Exec"] == "raci-studio %f"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;ProjectManagement;"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


# -- AppStream metainfo --------------------------------------------------------------------------


def test_metainfo_names_the_app_its_launcher_file_type_and_this_release():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == "RACI Studio"
    assert 10 < len(root.findtext("summary", "")) <= 80
    assert root.find("description/p") is not None
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "raci-studio"
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases[0] == __version__


def test_metainfo_screenshots_are_images_kept_in_docs():
    root = ET.parse(METAINFO).getroot()
    images = [i.text or "" for i in root.iterfind("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert "/docs/" in url
        name = url.rsplit("/docs/", 1)[1]
        assert (ROOT / "docs" / name).is_file(), f"{url} is not in docs/"
    default = root.findall("screenshots/screenshot[@type='default']")
    assert len(default) == 1


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


# -- MIME type -----------------------------------------------------------------------------------


def mime_type() -> ET.Element:
    root = ET.parse(MIME).getroot()
    found = root.find(f"m:mime-type[@type='{MIME_TYPE}']", MIME_NS)
    assert found is not None
    return found


def test_mime_type_is_json_with_the_project_file_glob():
    found = mime_type()
    assert found.find("m:sub-class-of", MIME_NS).get("type") == "application/json"
    assert [g.get("pattern") for g in found.iterfind("m:glob", MIME_NS)] == ["*.raci.json"]
    assert found.findtext("m:comment", namespaces=MIME_NS) == "RACI Studio project"


def test_mime_magic_matches_the_start_of_a_saved_project(tmp_path):
    match = mime_type().find("m:magic/m:match", MIME_NS)
    assert match.get("type") == "string"
    start, end = (int(n) for n in match.get("offset").split(":"))
    path = tmp_path / "plan.raci.json"
    save_project(build_small_project(), path)
    head = path.read_bytes()[: end + len(match.get("value"))]
    assert head.find(match.get("value").encode("utf-8"), start) >= 0


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info absent")
def test_mime_package_compiles_with_update_mime_database(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    result = subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"60:{MIME_TYPE}:*.raci.json" in globs
    assert (tmp_path / "mime" / "application" / "x-raci-studio+json.xml").is_file()


# -- icons ---------------------------------------------------------------------------------------


def test_every_icon_size_is_a_square_png_with_the_letter_colours(qapp):
    from PySide6.QtGui import QColor, QImage

    # A point inside each chip, away from the letter strokes (in 256ths of the icon); the
    # small icon has no letters, so there the chip centres are used.
    large = {"R": (26, 30), "A": (154, 30), "C": (26, 158), "I": (154, 158)}
    small = {"R": (56, 56), "A": (200, 56), "C": (56, 200), "I": (200, 200)}
    for size in ICON_SIZES:
        spots = small if size <= 24 else large
        image = QImage(str(RESOURCES / f"raci-studio-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, size // 2).alpha() == 0  # transparent outside the chips
        for letter, (x, y) in spots.items():
            pixel = image.pixelColor(x * size // 256, y * size // 256).getRgb()
            expected = QColor(LETTER_COLOURS[letter][0]).getRgb()
            assert max(abs(a - b) for a, b in zip(pixel, expected, strict=True)) <= 6, (
                size,
                letter,
                pixel,
            )


def test_render_icons_reproduces_the_committed_pngs(qapp, tmp_path):
    from PySide6.QtGui import QImage

    render_icons = load_script("render_icons")
    written = render_icons.render_all(tmp_path)
    assert {p.name for p in written} >= {f"raci-studio-{s}.png" for s in ICON_SIZES}
    for size in ICON_SIZES:
        fresh = QImage(str(tmp_path / f"raci-studio-{size}.png"))
        committed = QImage(str(RESOURCES / f"raci-studio-{size}.png"))
        worst = max(
            abs(a - b)
            for y in range(0, size, max(1, size // 32))
            for x in range(0, size, max(1, size // 32))
            for a, b in zip(
                fresh.pixelColor(x, y).getRgb(), committed.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 8, f"resources/raci-studio-{size}.png is stale: run render_icons.py"


def test_ico_and_icns_hold_the_rendered_sizes():
    from PIL import Image

    with Image.open(RESOURCES / "raci-studio.ico") as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(16, 16), (32, 32), (48, 48), (256, 256)]
    with Image.open(RESOURCES / "raci-studio.icns") as icns:
        assert icns.format == "ICNS"
        sizes = {(w, h) for w, h, _scale in icns.info["sizes"]}
        assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)} <= sizes


# -- the bundle's entry point --------------------------------------------------------------------


def test_launcher_resolves_app_files_but_leaves_cli_arguments_alone(monkeypatch, tmp_path):
    launcher = load_script("launcher")
    monkeypatch.chdir(tmp_path)
    sample = "samples/support-ticket-deflection.raci.json"
    assert launcher.app_args(["--smoke-test", sample]) == ["--smoke-test", str(ROOT / sample)]
    assert launcher.app_args(["check", sample]) == ["check", sample]
    assert launcher.app_args(["export", sample, "-o", "x.xlsx"]) == [
        "export",
        sample,
        "-o",
        "x.xlsx",
    ]
    assert launcher.app_args(["--version"]) == ["--version"]
    assert launcher.app_args([]) == []
