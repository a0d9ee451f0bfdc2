"""Recovery copies of unsaved work, kept apart from the user's files.

Each copy is a project file plus a small JSON note saying which file it belongs to, when it
was written and by which process, so that the next start can offer to restore it after a
crash. Copies are never written over the user's own file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from raci_studio.core.model import Project
from raci_studio.io.atomic_write import write_atomic
from raci_studio.io.project.file import ProjectFileError, dumps_project, load_project


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy.

    Attributes
    ----------
    key
        The copy's name in the store.
    original
        The project file it belongs to, or None for a project never saved.
    name
        The project's name when the copy was written.
    saved_at
        When the copy was written (local time, to the second).
    pid
        The process that wrote it (a live process still owns its copy).
    """

    key: str
    original: str | None
    name: str
    saved_at: dt.datetime
    pid: int


class RecoveryStore:
    """A folder of recovery copies."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @staticmethod
    def key_for(original: Path | None, session: str) -> str:
        """A stable name: one copy per file (and per unsaved project of a session)."""
        source = str(original.resolve()) if original else f"untitled:{session}"
        return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def write(self, key: str, project: Project, original: Path | None) -> RecoveryEntry:
        """Write (or replace) the copy ``key``; raises OSError or ProjectFileError."""
        self.folder.mkdir(parents=True, exist_ok=True)
        entry = RecoveryEntry(
            key=key,
            original=str(original) if original else None,
            name=project.name,
            saved_at=dt.datetime.now().replace(microsecond=0),
            pid=os.getpid(),
        )
        write_atomic(self._data(key), dumps_project(project))
        note = {
            "original": entry.original,
            "name": entry.name,
            "saved_at": entry.saved_at.isoformat(),
            "pid": entry.pid,
        }
        write_atomic(self._note(key), json.dumps(note, ensure_ascii=False).encode("utf-8"))
        return entry

    def entries(self, *, include_live: bool = False) -> list[RecoveryEntry]:
        """Copies left behind, newest first (those of running processes only if asked)."""
        found: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return found
        for note in self.folder.glob("*.note.json"):
            key = note.name.removesuffix(".note.json")
            entry = self._read_note(key, note)
            if entry is None or not self._data(key).is_file():
                continue
            if not include_live and entry.pid != os.getpid() and _alive(entry.pid):
                continue
            found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def load(self, entry: RecoveryEntry) -> Project:
        """Read a copy back; raises ProjectFileError when it cannot be used."""
        return load_project(self._data(entry.key))

    def discard(self, key: str) -> None:
        for path in (self._data(key), self._note(key)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _read_note(self, key: str, note: Path) -> RecoveryEntry | None:
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            return RecoveryEntry(
                key=key,
                original=data.get("original"),
                name=str(data.get("name", "")),
                saved_at=dt.datetime.fromisoformat(data["saved_at"]),
                pid=int(data.get("pid", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a note that cannot be read is not offered

    def _data(self, key: str) -> Path:
        return self.folder / f"{key}.raci.json"

    def _note(self, key: str) -> Path:
        return self.folder / f"{key}.note.json"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


__all__ = ["ProjectFileError", "RecoveryEntry", "RecoveryStore"]
