"""Built-in project templates: lifecycles with phases, gates, roles and starter activities.

Each template is a JSON file in ``raci_studio/templates/`` holding a ``template`` header (id,
name, one-line description, display order) and a ``project`` in the project-file shape. The
files are package data, read with :mod:`importlib.resources` so that they are found from a
source checkout, an installed wheel or a frozen bundle alike.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from raci_studio.core.model import Project

_PACKAGE = "raci_studio"
_FOLDER = "templates"


@dataclass(frozen=True)
class TemplateInfo:
    """What a person picks a template by.

    Attributes
    ----------
    id
        Stable identifier, e.g. ``"ml-lifecycle"``; the file name without ``.json``.
    name
        Display name, e.g. ``"ML lifecycle"``.
    description
        One line saying what the template contains.
    """

    id: str
    name: str
    description: str


class UnknownTemplateError(KeyError, ValueError):
    """A template id that names no built-in template."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown template"


def list_templates() -> list[TemplateInfo]:
    """Return the built-in templates in display order.

    Returns
    -------
    list[TemplateInfo]
        One entry per template file, the default template first.
    """
    return [info for _order, info in sorted(_catalogue().values(), key=_sort_key)]


def new_from_template(template_id: str, name: str | None = None) -> Project:
    """Return a new project built from a template.

    Parameters
    ----------
    template_id
        The id of a template from :func:`list_templates`.
    name
        The new project's name; the template's default name when omitted or blank.

    Returns
    -------
    Project
        A fresh, validated project; changing it never affects later calls.

    Raises
    ------
    UnknownTemplateError
        When no template has that id (a ``KeyError`` and a ``ValueError``); the message
        lists the known ids.
    """
    if template_id not in _catalogue():
        known = ", ".join(info.id for info in list_templates())
        raise UnknownTemplateError(f"There is no template '{template_id}' (known: {known}).")
    data = _read(template_id)["project"]
    if name and name.strip():
        data["name"] = name.strip()
    return Project.model_validate(data)


@cache
def placeholder_texts() -> frozenset[str]:
    """Return the texts the templates fill in as suggestions (metric names, risks, criteria…).

    A project made from a template starts with them; the completeness meter does not count a
    row whose text is still exactly a template's suggestion as filled in.
    """
    found: set[str] = set()
    for template_id in _catalogue():
        project = _read(template_id)["project"]
        for metric in project.get("metrics", []):
            found.add(metric.get("name", ""))
        for rows in project.get("scoping", {}).values():
            for row in rows if isinstance(rows, list) else []:
                for key in ("text", "description", "source", "decision"):
                    if isinstance(row, dict) and isinstance(row.get(key), str):
                        found.add(row[key])
    found.discard("")
    return frozenset(found)


def blank_project(name: str | None = None) -> Project:
    """Return a new project with nothing in it yet but its name (and the RACI letters)."""
    return Project(name=(name or "").strip() or "New project")


@cache
def _catalogue() -> dict[str, tuple[int, TemplateInfo]]:
    """Map template id to (display order, info), reading each file's header once."""
    out: dict[str, tuple[int, TemplateInfo]] = {}
    for entry in _folder().iterdir():
        if not entry.name.endswith(".json"):
            continue
        template_id = entry.name.removesuffix(".json")
        header = _read(template_id)["template"]
        info = TemplateInfo(template_id, header["name"], header["description"])
        out[template_id] = (int(header.get("order", 1000)), info)
    return out


def _sort_key(item: tuple[int, TemplateInfo]) -> tuple[int, str]:
    return item[0], item[1].id


def _folder() -> Traversable:
    return files(_PACKAGE).joinpath(_FOLDER)


def _read(template_id: str) -> dict[str, Any]:
    """Parse a template file afresh, so callers may change the result freely."""
    return json.loads(_text(template_id))


@cache
def _text(template_id: str) -> str:
    return _folder().joinpath(f"{template_id}.json").read_text(encoding="utf-8")
