"""Read and write `.raci.json` project files.

A file is UTF-8 JSON: ``format`` and ``schema_version`` first, then the project's fields in
model order, two-space indent, default values left out, a final new line. Loading checks the
bytes (:mod:`raci_studio.io.project.json_guard`), upgrades older formats
(:mod:`raci_studio.io.project.migrations`), validates the model and its references, and
either returns a whole project or raises :class:`ProjectFileError` listing every problem with
its place.
Saving is atomic (:mod:`raci_studio.io.atomic_write`).
"""

from __future__ import annotations

import gc
import math
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError

from raci_studio.core.canonical import canonicalize
from raci_studio.core.model import FORMAT_NAME, SCHEMA_VERSION, Project
from raci_studio.core.references import check_references
from raci_studio.io.atomic_write import write_atomic
from raci_studio.io.bounded_read import FileRefusedError, read_bounded
from raci_studio.io.project import validation_words
from raci_studio.io.project.json_guard import JsonInputError, parse_json_bytes
from raci_studio.io.project.migrations import MIGRATIONS, migrate

__all__ = [
    "MAX_FILE_BYTES",
    "MIGRATIONS",
    "ProjectFileError",
    "canonical_bytes",
    "dumps_project",
    "is_canonical",
    "load_project",
    "loads_project",
    "project_json_schema",
    "read_project_bytes",
    "save_project",
]

#: Files above this size are refused before they are parsed, which bounds time and memory
#: (parsing holds about three copies of the text): a 2,000-activity project is ~1.5 MB.
MAX_FILE_BYTES = 32_000_000
#: At most this many problems are listed; the rest are counted.
MAX_LISTED_PROBLEMS = 50

_HEADER = f'{{\n  "format": "{FORMAT_NAME}",\n  "schema_version": {SCHEMA_VERSION},\n'.encode()
_SERIALIZER = Project.__pydantic_serializer__


class ProjectFileError(Exception):
    """A project file that cannot be read or written, with what is wrong and where.

    Attributes
    ----------
    path
        The file, or None for data that did not come from a file.
    location
        Where the (first) problem is: "line L, column C", a JSON path such as
        ``$.roles[2].name``, or None when it concerns the whole file.
    problems
        Every problem in words; JSON-path problems start with their path. Long lists end with
        an "… and N more problems" line.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        problems: list[str],
        location: str | None = None,
        total: int | None = None,
    ) -> None:
        self.path = None if path is None else str(path)
        self.location = location
        self.problems = problems
        self.total = total if total is not None else len(problems)
        super().__init__(self._text())

    def _text(self) -> str:
        name = self.path if self.path is not None else "project data"
        head = (
            name
            if self.location is None or self.location.startswith("$")
            else (f"{name}, {self.location}")
        )
        if len(self.problems) == 1:
            return f"{head}: {self.problems[0]}"
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        return f"{head}: {self.total:,} problems\n{lines}"


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read the project file at ``path``; raise ProjectFileError when it cannot be used."""
    return loads_project(read_project_bytes(path), os.fspath(path))


def read_project_bytes(path: str | os.PathLike[str]) -> bytes:
    """Return the bytes of the project file at ``path``, refusing what cannot be one.

    Folders, pipes, devices and files over MAX_FILE_BYTES are refused before reading.
    """
    try:
        return read_bounded(os.fspath(path), MAX_FILE_BYTES, "project file")
    except FileRefusedError as exc:
        problem = _too_large(exc.size) if exc.reason == "too-large" and exc.size else exc.problem
        raise ProjectFileError(path, [problem]) from None


def loads_project(data: bytes, source: str = "<memory>") -> Project:
    """Return the project held in ``data`` (the bytes of a project file).

    ``source`` names the file in messages. Raises ProjectFileError listing every problem; a
    partial project is never returned.
    """
    path = None if source == "<memory>" else source
    if len(data) > MAX_FILE_BYTES:
        raise ProjectFileError(path, [_too_large(len(data))])
    with _no_gc():  # parsing allocates many small acyclic objects; collecting them is waste
        try:
            document = parse_json_bytes(data)
        except JsonInputError as exc:
            raise ProjectFileError(path, [exc.message], exc.location) from None
        document = _upgrade(document, path)
        project = _validate(document, path)
    problems = check_references(project)
    if problems:
        raise _listing(path, [(p.path, p.message) for p in problems])
    canonicalize(project)
    return project


@contextmanager
def _no_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _too_large(size: int) -> str:
    return (
        f"the file is {size / 1e6:,.1f} MB; project files are at most "
        f"{MAX_FILE_BYTES / 1e6:,.0f} MB, so this is not a project file"
    )


def _upgrade(document: Any, path: str | None) -> dict[str, Any]:
    """Check the header of ``document`` and migrate it to the current format."""
    if not isinstance(document, dict):
        kind = {list: "a list", str: "a text", bool: "true or false"}.get(type(document))
        kind = kind or ("nothing" if document is None else "a number")
        raise ProjectFileError(
            path, [f"the file holds {kind}, not a project (a project is a JSON object {{ … }})"]
        )
    fmt = document.get("format")
    if fmt != FORMAT_NAME:
        said = "has no format" if fmt is None else f"says its format is {_short(fmt)}"
        raise ProjectFileError(
            path, [f'this is not a RACI Studio project file: it {said} (expected "{FORMAT_NAME}")']
        )
    key = "schema_version" if "schema_version" in document else "version"
    version = document.get(key)
    if version is None:
        raise ProjectFileError(path, ["the file does not say its format version (schema_version)"])
    if type(version) is not int:
        raise ProjectFileError(
            path,
            [f"$.{key}: must be a whole number such as {SCHEMA_VERSION}, not {_short(version)}"],
        )
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            path,
            [
                f"this file was saved by a newer RACI Studio (format version {version}); this "
                f"version reads up to {SCHEMA_VERSION}. Update RACI Studio to open it."
            ],
        )
    if version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise ProjectFileError(
                path, [f"format version {version} is not one that RACI Studio ever wrote"]
            )
        return migrate(document, version)
    return document


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 40 else text[:40] + "…"


def _validate(document: dict[str, Any], path: str | None) -> Project:
    try:
        return Project.model_validate(document)
    except ValidationError as exc:
        raise _listing(path, validation_words.describe(exc)) from None
    except RecursionError:  # pragma: no cover - json_guard refuses deep nesting first
        raise ProjectFileError(path, ["the file is nested too deeply"]) from None


def _listing(path: str | None, problems: list[tuple[str, str]]) -> ProjectFileError:
    """Build the error for problems at JSON paths, listing at most MAX_LISTED_PROBLEMS."""
    lines = [f"{where}: {message}" for where, message in problems[:MAX_LISTED_PROBLEMS]]
    rest = len(problems) - len(lines)
    if rest:
        lines.append(f"… and {rest:,} more problem{'s' if rest > 1 else ''}")
    return ProjectFileError(path, lines, problems[0][0], total=len(problems))


def dumps_project(project: Project) -> bytes:
    """Return the bytes of the project file for ``project``.

    The project is first put into canonical form, in place (see
    :func:`raci_studio.core.canonical.canonicalize`); this changes nothing a user can see.
    Conflicts a person has resolved are left out of the file.
    Raises ProjectFileError when a value cannot be written (a number that is not finite).
    """
    canonicalize(project)
    if any(c.resolved is not None for c in project.conflicts):
        # Resolved conflicts stay in memory (their undo needs them) but are not written.
        open_ones = [c for c in project.conflicts if c.resolved is None]
        project = project.model_copy(update={"conflicts": open_ones})
    try:
        body = _SERIALIZER.to_json(project, indent=2, exclude_defaults=True)
    except (ValueError, UnicodeError) as exc:
        raise ProjectFileError(None, [f"the project cannot be written: {exc}"]) from None
    if b"null" in body and _NULL_VALUE.search(body):
        _refuse_non_finite(project)
    # format and schema_version always equal their defaults, so the serialiser leaves them
    # out; they must come first in every file, so they are spliced in after the brace.
    if body.startswith(b'{\n  "format"'):
        return body + b"\n"
    return _HEADER + body[2:] + b"\n"


# None is every optional field's default, so a written null can only be a NaN or infinity.
_NULL_VALUE = re.compile(rb'(?m)(?:": |^ *)null,?$')


def _refuse_non_finite(project: Project) -> None:
    def walk(value: Any, where: str) -> Iterator[str]:
        if isinstance(value, float) and not math.isfinite(value):
            yield where
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from walk(item, f"{where}.{key}")
        elif isinstance(value, list | tuple):
            for i, item in enumerate(value):
                yield from walk(item, f"{where}[{i}]")

    places = list(walk(project.model_dump(), "$"))
    raise ProjectFileError(
        None,
        [f"{where}: must be a finite number, not infinity or NaN" for where in places]
        or ["the project holds a value that cannot be written"],
        places[0] if places else None,
    )


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write ``project`` to ``path`` atomically; the old file survives any failure."""
    data = dumps_project(project)
    try:
        write_atomic(path, data)
    except PermissionError:
        raise ProjectFileError(
            path, ["could not save: RACI Studio is not allowed to write in this folder"]
        ) from None
    except IsADirectoryError:
        raise ProjectFileError(path, ["could not save: this is a folder"]) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ProjectFileError(
            path, [f"could not save ({reason}); the old file is unchanged"]
        ) from None


def canonical_bytes(data: bytes, source: str = "<memory>") -> bytes:
    """Return the canonical bytes of the project file ``data`` (what a save would write)."""
    return dumps_project(loads_project(data, source))


def is_canonical(data: bytes, source: str = "<memory>") -> bool:
    """Return True when ``data`` is byte for byte what saving its project would write."""
    return canonical_bytes(data, source) == data


def project_json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the project file format."""
    schema = Project.model_json_schema(mode="validation")
    schema["required"] = ["format", "schema_version"] + [
        name for name in schema.get("required", []) if name not in ("format", "schema_version")
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "RACI Studio project file",
        "description": (
            f'A RACI Studio project: "format" is "{FORMAT_NAME}", "schema_version" is '
            f"{SCHEMA_VERSION}. Files are UTF-8, two-space indented, default values omitted."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }
