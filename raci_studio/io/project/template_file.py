"""Own template files: save a template, find the ones in a folder, load one to start from.

A template file (``NAME.raci-template.json``) holds a ``template`` header (name, description)
and a ``project`` in the project-file shape, like the built-in templates. It is read through
the same checks as a project file (size, JSON, migrations, validation, references), so a
broken or foreign file is refused with what is wrong and where. A team shares a template by
putting the file in a shared folder or repository.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from raci_studio.core.ids import slugify
from raci_studio.core.model import FORMAT_NAME, SCHEMA_VERSION, Project
from raci_studio.io.atomic_write import write_atomic
from raci_studio.io.project.file import (
    MAX_FILE_BYTES,
    ProjectFileError,
    dumps_project,
    loads_project,
)

SUFFIX = ".raci-template.json"
#: An environment variable that points the template folder elsewhere (a shared drive).
FOLDER_VARIABLE = "RACI_STUDIO_TEMPLATES"


@dataclass(frozen=True)
class OwnTemplate:
    """A template file read from disk."""

    path: Path
    name: str
    description: str
    project: Project


def user_template_folder() -> Path:
    """Return the folder own templates are saved in and listed from (not created here)."""
    chosen = os.environ.get(FOLDER_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "RACI Studio" / "templates"


def template_path(folder: Path, name: str) -> Path:
    """Return a free file name in ``folder`` for a template called ``name``."""
    stem = slugify(name, "template")
    path, n = folder / f"{stem}{SUFFIX}", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}{SUFFIX}", n + 1
    return path


def save_template(template: Project, path: Path, description: str = "") -> Path:
    """Write ``template`` (see :func:`~raci_studio.core.own_templates.template_project`)."""
    project = json.loads(dumps_project(template))
    header = {"name": template.name, "description": description or template.description}
    text = json.dumps({"template": header, "project": project}, indent=2, ensure_ascii=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (text + "\n").encode("utf-8"))
    return path


def load_template(path: str | os.PathLike[str]) -> OwnTemplate:
    """Read a template file; raise ProjectFileError saying what is wrong and where."""
    where = Path(path)
    try:
        if where.stat().st_size > MAX_FILE_BYTES:
            raise ProjectFileError(where, ["the file is too large to be a template"])
        data = json.loads(where.read_bytes())
    except FileNotFoundError:
        raise ProjectFileError(where, ["there is no such file"]) from None
    except IsADirectoryError:
        raise ProjectFileError(where, ["this is a folder, not a template file"]) from None
    except OSError as exc:
        raise ProjectFileError(
            where, [f"the file cannot be read ({exc.strerror or exc})"]
        ) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProjectFileError(
            where, [f"this is not a template file: not valid JSON ({exc})"]
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("project"), dict):
        raise ProjectFileError(
            where, ['this is not a template file: it has no "project" (was a project file meant?)']
        )
    found = data.get("template")
    header: dict[str, object] = found if isinstance(found, dict) else {}
    body = {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, **data["project"]}
    project = loads_project(json.dumps(body).encode("utf-8"), str(where))
    name, description = header.get("name"), header.get("description")
    return OwnTemplate(
        where,
        name if isinstance(name, str) and name.strip() else project.name,
        description if isinstance(description, str) else "",
        project,
    )


def list_own_templates(folder: Path | None = None) -> tuple[list[OwnTemplate], list[str]]:
    """Return the readable templates of ``folder`` by name, and the problems of the rest."""
    folder = folder or user_template_folder()
    if not folder.is_dir():
        return [], []
    found, problems = [], []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            found.append(load_template(path))
        except ProjectFileError as exc:
            problems.append(str(exc))
    return sorted(found, key=lambda t: t.name.casefold()), problems
