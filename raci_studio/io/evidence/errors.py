"""The evidence readers' error, and the bounded read they share."""

from __future__ import annotations

import stat
from pathlib import Path


class EvidenceError(ValueError):
    """A file of evidence cannot be read; the message names the file and the place."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """Return the bytes of the regular file ``path``, refusing pipes, devices and big files."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise EvidenceError(path, "there is no such file") from None
    except OSError as exc:
        raise EvidenceError(path, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise EvidenceError(path, f"is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceError(path, f"is not a regular file (a pipe or a device), not a {what}")
    if info.st_size > limit:
        raise EvidenceError(
            path, f"is {info.st_size:,} bytes; a {what} is read up to {limit:,} bytes"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise EvidenceError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise EvidenceError(path, f"grew past {limit:,} bytes while being read")
    return data
