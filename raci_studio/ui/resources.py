"""Find the app's own files (icons, samples) from a source checkout and from a frozen bundle.

From source they sit beside the package (``resources/``, ``samples/`` at the repository root);
in a PyInstaller bundle they are unpacked under ``sys._MEIPASS`` with the same names.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

#: The desktop file id and icon name used by the Linux packaging (see packaging/linux/).
APP_ID = "io.github.raci_studio.RaciStudio"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def base_dir() -> Path:
    """Return the folder that holds ``resources/`` and ``samples/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(name: str) -> Path:
    """Return the path of a file in ``resources/`` (it may not exist in an odd install)."""
    return base_dir() / "resources" / name


def resolve_input(name: str | Path) -> Path:
    """Resolve a file named on the command line: the working folder first, then the app's own.

    This lets ``raci-studio samples/support-ticket-deflection.raci.json`` open the bundled sample
    from any folder, while a file of the same name in the working folder always wins.
    """
    path = Path(name).expanduser()
    if path.is_absolute() or path.exists():
        return path
    own = base_dir() / path
    return own if own.is_file() else path


def app_icon() -> QIcon:
    """Return the app icon in every rendered size, or the installed theme icon as a fallback."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path(f"raci-studio-{size}.png")
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull():
        return QIcon.fromTheme(APP_ID)
    return icon
