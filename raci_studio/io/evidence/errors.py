"""The evidence readers' error, and the bounded read they share."""

from __future__ import annotations

from pathlib import Path

from raci_studio.io import bounded_read


class EvidenceError(ValueError):
    """A file of evidence cannot be read; the message names the file and the place."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """Return the bytes of the regular file ``path``, refusing pipes, devices and big files."""
    try:
        return bounded_read.read_bounded(path, limit, what)
    except bounded_read.FileRefusedError as exc:
        raise EvidenceError(path, exc.problem) from None
