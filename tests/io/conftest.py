"""Fixtures for io tests: the small project from core tests and the benchmark generator."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from raci_studio.core.model import Project
from tests.core.conftest import build_small_project

ROOT = Path(__file__).resolve().parents[2]


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "raci_generate", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def small_project() -> Callable[[], Project]:
    """Return a factory: each call builds a fresh small valid project."""
    return build_small_project


@pytest.fixture(scope="session")
def generate_project() -> Callable[..., Project]:
    """Return ``benchmarks/generate.py``'s ``generate_project``."""
    return _load_generator().generate_project  # type: ignore[no-any-return]
