"""Every test in this folder carries the ``robustness`` marker (the hostile corpus, ~30 s).

The inner loop skips them with ``pytest -m "not slow and not robustness"``; CI runs them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests collected from this folder (the hook sees every item of the session)."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.robustness)
