"""The registry of export formats and renderers, shared by the CLI and the app.

Each format is a function ``write(project, path, options) -> report | None`` registered under
a key: a file suffix (".xlsx"), or ``"chart" + suffix`` for charts (``--chart``), or
``"report:NAME" + suffix`` for documents (``--report``). *Renderers* turn a project into bytes
that other exports embed (the lifecycle diagram as SVG inside the HTML report).

Formats that need Qt (the lifecycle diagram) are registered by the application's entry point,
which is allowed to import the UI; io and the CLI stay free of Qt.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from raci_studio.core.model import Project

Writer = Callable[[Project, Path, Any], object]
Renderer = Callable[..., bytes]  # (project, **options) -> bytes


@dataclass(frozen=True)
class Format:
    key: str
    description: str
    write: Writer


FORMATS: dict[str, Format] = {}
RENDERERS: dict[str, Renderer] = {}

#: io modules that register formats when imported (kept out of start-up: they are heavy).
FORMAT_MODULES = (
    "raci_studio.io.builtin_formats",
    "raci_studio.io.charts.export",
    "raci_studio.io.reports.registry",
    "raci_studio.io.deck.registry",
)


def register_format(key: str, description: str) -> Callable[[Writer], Writer]:
    """Register ``write`` for ``key`` (usable as a decorator)."""

    def register(write: Writer) -> Writer:
        FORMATS[key] = Format(key, description, write)
        return write

    return register


def register_renderer(name: str, render: Renderer) -> None:
    RENDERERS[name] = render


def render(name: str, project: Project, **options: Any) -> bytes | None:
    """Return ``project`` rendered by ``name`` (e.g. "diagram-svg"), or None if unavailable.

    ``options`` go to renderers that take them (the retrospective timeline's ``history``).
    """
    fn = RENDERERS.get(name)
    return None if fn is None else fn(project, **options)


def load_formats() -> dict[str, Format]:
    """Import every module that registers formats, then return the registry."""
    for module in FORMAT_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return FORMATS


def format_key(output: Path, chart: str | None = None, report: str | None = None) -> str:
    """The registry key for writing ``output`` with the given options."""
    name = output.name.lower()
    suffix = ".raci.json" if name.endswith(".raci.json") else output.suffix.lower()
    if chart:
        return f"chart{suffix}"
    if report:
        return f"report:{report}{suffix}"
    return suffix
