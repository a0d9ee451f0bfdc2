"""Read a project file's name without loading the whole project (for lists of recent files)."""

from __future__ import annotations

import json
import os
import re

#: The top-level "name" of a canonical project file: two spaces in, near the top.
_NAME = re.compile(rb'^  "name":\s*("(?:[^"\\\n]|\\.)*")', re.MULTILINE)
#: How much of the file is read: the name comes before roles, phases and activities.
HEAD_BYTES = 64 * 1024


def peek_project_name(path: str | os.PathLike[str]) -> str | None:
    """Return the project name a file holds, or None when it cannot be read cheaply."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return None
    match = _NAME.search(head)
    if match is None:
        return None
    try:
        name = json.loads(match.group(1))
    except ValueError:
        return None
    return name.strip() or None if isinstance(name, str) else None
