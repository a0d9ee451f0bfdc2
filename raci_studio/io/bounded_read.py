"""Read a whole file that a reader was handed, refusing what could block or exhaust memory.

A pipe or a device blocks a plain ``read`` forever and has no size; a huge file would be
read whole. :func:`read_bounded` refuses both before reading, and stops a file that grows
while it is read. Every loader (project files, sheets, measurements, evidence) reads through
it, so each says the same words about the same problem; each turns :class:`FileRefusedError`
into its own error type, keeping ``problem`` as it is.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Literal

from raci_studio.core.numbers import size_words

#: Why a file was refused: what a loader may want to say in its own way.
__all__ = ["FileRefusedError", "Reason", "read_bounded", "size_words"]

Reason = Literal["missing", "folder", "special", "denied", "too-large", "unreadable"]


class FileRefusedError(ValueError):
    """The file cannot be read as asked; ``problem`` says why, in words.

    Attributes
    ----------
    path
        The file as it was given.
    problem
        The reason in words, without the file's name ("there is no such file").
    reason
        The kind of problem (see :data:`Reason`).
    size
        The file's size in bytes, for ``too-large``; None otherwise.
    """

    def __init__(
        self,
        path: str | Path,
        problem: str,
        reason: Reason = "unreadable",
        size: int | None = None,
    ) -> None:
        self.path = str(path)
        self.problem = problem
        self.reason: Reason = reason
        self.size = size
        super().__init__(f"{Path(path).name}: {problem}")


def read_bounded(path: str | Path, limit: int, what: str) -> bytes:
    """Return the bytes of the regular file ``path``; refuse folders, pipes, devices, big files.

    ``what`` names what the file should be ("project file", "spreadsheet") in the messages.
    """
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileRefusedError(path, "there is no such file", "missing") from None
    except PermissionError:
        raise _denied(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileRefusedError(path, f"is a folder, not a {what}", "folder")
    if not stat.S_ISREG(info.st_mode):
        raise FileRefusedError(path, "is a pipe or a device, not a regular file", "special")
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit, what)
    try:
        # open(), not Path.open(): one call that tests (and a sandbox) can stand in for
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:  # removed between the look and the read
        raise FileRefusedError(path, "there is no such file", "missing") from None
    except PermissionError:
        raise _denied(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if len(data) > limit:
        raise FileRefusedError(
            path, f"grew past {size_words(limit)} while being read", "too-large", len(data)
        )
    return data


def _too_large(path: Path, size: int, limit: int, what: str) -> FileRefusedError:
    problem = f"is {size_words(size)}; a {what} is read up to {size_words(limit)}"
    return FileRefusedError(path, problem, "too-large", size)


def _denied(path: Path) -> FileRefusedError:
    return FileRefusedError(path, "RACI Studio is not allowed to read this file", "denied")


def _unreadable(path: Path, exc: OSError) -> FileRefusedError:
    return FileRefusedError(path, f"cannot be read ({exc.strerror or exc})", "unreadable")
