"""A project file's committed versions, read from git for the handoffs its history holds.

``git log --follow --first-parent`` lists the commits of the current branch's own line that
touched the file (following renames; a branch merged in counts as its merge commit, so two
consecutive versions are always a parent and its child, never two parallel branches) with
each one's date, author and the file's path in it; ``git cat-file --batch`` then reads those
versions in a few processes rather than one ``git show`` per commit. The read is bounded: at
most ``limit`` commits (the newest; :attr:`GitHistory.capped` says when more exist), and a
version too large, unreadable or not a valid plan is skipped and counted, never fatal. Git
missing, or a file outside any work tree, gives an empty history with the reason in words.

This family does not parse project files itself (the io families stay independent): the
caller passes ``parse`` (``io.project.file.loads_project``) and gets its results back.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from raci_studio.io.git.run import GitError, git_executable, run_git, work_tree_of

T = TypeVar("T")

#: The newest commits read by default; older ones are left out with a note.
DEFAULT_LIMIT = 200
#: Versions asked of one ``git cat-file`` process (progress and cancelling happen between).
BATCH = 25
#: A committed version larger than this is skipped (a plan of 2,000 activities is ~1.6 MB).
MAX_VERSION_BYTES = 64 * 1024 * 1024

_RECORD = "\x1e"


class HistoryCancelledError(Exception):
    """The reader asked to stop before the history was read."""


@dataclass(frozen=True)
class LogEntry:
    """One commit that touched the file: full hash, author date, author, the file's path."""

    commit: str
    date: dt.datetime
    author: str
    path: str


@dataclass
class GitHistory(Generic[T]):
    """What was read: ``versions`` oldest first as (date, author, commit, parsed) tuples.

    ``reason`` says why there is no history at all (no git, not in a work tree, never
    committed); ``skipped`` counts versions that could not be read or parsed, with the first
    ``problems`` in words; ``capped`` is True when older commits were left out.
    """

    versions: list[tuple[dt.datetime, str, str, T]] = field(default_factory=list)
    commits: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    capped: bool = False
    limit: int = DEFAULT_LIMIT
    reason: str | None = None

    def summary(self) -> str:
        """Return what was read in one sentence (English; the app words its own)."""
        if self.reason:
            return self.reason
        words = f"{self.commits} commit{'s' if self.commits != 1 else ''} read"
        if self.skipped:
            words += f", {self.skipped} version{'s' if self.skipped != 1 else ''} skipped"
            words += f" ({self.problems[0]})" if self.problems else ""
        if self.capped:
            words += f"; only the newest {self.limit} commits were read"
        return words


def git_log(
    path: str | os.PathLike[str], limit: int = DEFAULT_LIMIT
) -> tuple[list[LogEntry], bool]:
    """Return the commits that touched ``path`` (newest first) and whether ``limit`` cut them.

    Raises GitError when git is missing or ``path`` is not in a work tree.
    """
    target = Path(path).resolve()
    if git_executable() is None:
        raise GitError("git is not installed (or not on the PATH), so there is no history")
    top = work_tree_of(target)
    if top is None:
        raise GitError(f"{target.name} is not in a git work tree, so there is no history")
    out = run_git(
        [
            "log", "--follow", "--first-parent", "--diff-merges=first-parent", "--name-only",
            "-z", f"--max-count={limit + 1}",
            "--format=%x1e%H%x00%aI%x00%an", "--", target.name,
        ],
        cwd=target.parent,
    )  # fmt: skip
    entries = [e for e in map(_log_entry, out.decode("utf-8", "replace").split(_RECORD)) if e]
    return entries[:limit], len(entries) > limit


def _log_entry(record: str) -> LogEntry | None:
    fields = record.split("\0")
    if len(fields) < 4:
        return None
    commit, date, author, path = fields[0].strip(), fields[1], fields[2], fields[3].strip("\n")
    try:
        when = dt.datetime.fromisoformat(date)
    except ValueError:
        return None
    return LogEntry(commit, when, author, path) if commit and path else None


def read_blobs(top: Path, entries: list[LogEntry]) -> list[bytes | None]:
    """Return the file as each entry's commit holds it (None where git cannot give it)."""
    if not entries:
        return []
    requests = "".join(f"{e.commit}:{e.path}\n" for e in entries if "\n" not in e.path)
    out = run_git(["cat-file", "--batch"], cwd=top, stdin=requests.encode("utf-8"))
    blobs: list[bytes | None] = []
    pos = 0
    for entry in entries:
        if "\n" in entry.path:
            blobs.append(None)
            continue
        end = out.find(b"\n", pos)
        header = out[pos:end].split() if end >= 0 else []
        pos = end + 1
        if len(header) == 3 and header[1] == b"blob" and header[2].isdigit():
            size = int(header[2])
            blobs.append(out[pos : pos + size])
            pos += size + 1  # the content is followed by a newline
        else:
            blobs.append(None)  # "missing", "ambiguous", or not a file
    return blobs


def read_history(
    path: str | os.PathLike[str],
    parse: Callable[[bytes, str], T],
    limit: int = DEFAULT_LIMIT,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> GitHistory[T]:
    """Read the committed versions of ``path`` through ``parse(data, source)``, oldest first.

    ``parse`` raises (any exception) on a version it refuses; that version is skipped and
    counted. ``progress(done, total)`` follows the versions read; ``cancelled()`` returning
    True stops the read with :class:`HistoryCancelledError`.
    """
    history: GitHistory[T] = GitHistory(limit=limit)
    try:
        entries, history.capped = git_log(path, limit)
        top = work_tree_of(path)
    except GitError as exc:
        history.reason = str(exc)
        return history
    if not entries or top is None:
        history.reason = f"{Path(path).name} has no commit yet"
        return history
    entries.reverse()  # oldest first
    history.commits = len(entries)
    for start in range(0, len(entries), BATCH):
        chunk = entries[start : start + BATCH]
        try:
            blobs = read_blobs(top, chunk)
        except GitError as exc:
            blobs = [None] * len(chunk)
            history.problems.append(str(exc))
        for entry, data in zip(chunk, blobs, strict=True):
            if cancelled is not None and cancelled():
                raise HistoryCancelledError
            _add(history, entry, data, parse)
        if progress is not None:
            progress(min(start + BATCH, len(entries)), len(entries))
    return history


def _add(
    history: GitHistory[T], entry: LogEntry, data: bytes | None, parse: Callable[[bytes, str], T]
) -> None:
    source = f"{entry.path} at {entry.commit[:7]}"
    problem: str | None = None
    if data is None:
        problem = f"{source} could not be read from git"
    elif len(data) > MAX_VERSION_BYTES:
        problem = f"{source} is too large to read"
    else:
        try:
            history.versions.append((entry.date, entry.author, entry.commit, parse(data, source)))
            return
        except Exception as exc:  # any refusal of one version only skips it
            problem = str(exc).splitlines()[0] if str(exc) else f"{source} is not a valid plan"
    history.skipped += 1
    if len(history.problems) < 3:
        history.problems.append(problem)
