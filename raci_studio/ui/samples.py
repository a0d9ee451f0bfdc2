"""The sample projects shipped with the app: listed on the welcome page, opened as copies."""

from __future__ import annotations

from pathlib import Path

from raci_studio.ui.resources import base_dir

#: Beside the package from source, unpacked with the app in a bundle.
SAMPLES_DIR = base_dir() / "samples"


def is_sample(path: Path) -> bool:
    """Return True for one of the samples shipped with the app (opened as a copy)."""
    try:
        return path.resolve().parent == SAMPLES_DIR.resolve()
    except OSError:
        return False


def shipped_samples() -> list[Path]:
    """Return the sample project files, by name."""
    return sorted(SAMPLES_DIR.glob("*.raci.json")) if SAMPLES_DIR.is_dir() else []
