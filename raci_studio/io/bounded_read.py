"""Read a whole file that a reader was handed, refusing what could block or exhaust memory.

A pipe or a device blocks a plain ``read`` forever and has no size; a huge file would be
read whole. :func:`read_bounded` refuses both before reading, and stops a file that grows
while it is read. Each reader turns :class:`FileRefusedError` into its own error.
"""

from __future__ import annotations

import stat
from pathlib import Path


class FileRefusedError(ValueError):
    """The file cannot be read as asked; ``problem`` says why, in words."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


def read_bounded(path: str | Path, limit: int, what: str) -> bytes:
    """Return the bytes of the regular file ``path``; refuse folders, pipes, devices, big files."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileRefusedError(path, "there is no such file") from None
    except OSError as exc:
        raise FileRefusedError(path, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise FileRefusedError(path, f"is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise FileRefusedError(path, f"is not a regular file (a pipe or a device), not a {what}")
    if info.st_size > limit:
        raise FileRefusedError(
            path, f"is {info.st_size:,} bytes; a {what} is read up to {limit:,} bytes"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FileRefusedError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise FileRefusedError(path, f"grew past {limit:,} bytes while being read")
    return data
