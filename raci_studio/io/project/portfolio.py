"""Find and load the project files of a portfolio: files named one by one, or folders of them.

A folder is searched for ``*.raci.json`` files, its sub-folders too (hidden ones excepted).
A file that cannot be read is reported with its reason and left out; the rest still load.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raci_studio.core.model import Project
from raci_studio.io.project.file import ProjectFileError, load_project

SUFFIX = ".raci.json"


@dataclass
class Portfolio:
    """The projects that loaded, each with a short label, and the files that did not."""

    projects: list[tuple[str, Project]] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def find_project_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Return the project files named by ``paths`` (files as given, folders searched), sorted."""
    found: list[Path] = []
    for entry in map(Path, paths):
        if entry.is_dir():
            found.extend(
                p
                for p in sorted(entry.rglob(f"*{SUFFIX}"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(entry).parts)
            )
        else:
            found.append(entry)
    return list(dict.fromkeys(found))


def labels_for(paths: Sequence[Path]) -> list[str]:
    """Return a short label per file: its name without ``.raci.json``, with its folder if shared."""
    stems = [p.name[: -len(SUFFIX)] if p.name.endswith(SUFFIX) else p.stem for p in paths]
    repeated = {s for s in stems if stems.count(s) > 1}
    return [
        f"{p.parent.name}/{s}" if s in repeated else s for p, s in zip(paths, stems, strict=True)
    ]


def load_portfolio(paths: Iterable[str | os.PathLike[str]]) -> Portfolio:
    """Load every project file ``paths`` name; unreadable files become problems, in words."""
    files = find_project_files(paths)
    result = Portfolio()
    loaded: list[tuple[Path, Project]] = []
    for path in files:
        try:
            loaded.append((path, load_project(path)))
        except ProjectFileError as exc:
            result.problems.append(str(exc))
    labels = labels_for([p for p, _ in loaded])
    result.projects = [
        (label, project) for label, (_p, project) in zip(labels, loaded, strict=True)
    ]
    result.paths = [p for p, _ in loaded]
    return result
