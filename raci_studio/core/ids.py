"""Stable, human-readable ids: slugs made from names, unique in their collection."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_ID_LENGTH = 80


def slugify(name: str, fallback: str = "item") -> str:
    """Return a slug for ``name``: lower-case ASCII letters, digits and single hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_name.lower()).strip("-")
    slug = slug[:MAX_ID_LENGTH].rstrip("-")
    return slug or fallback


def unique_id(name: str, taken: Collection[str], fallback: str = "item", *, start: int = 2) -> str:
    """Return a slug for ``name`` that is not in ``taken`` (adding -2, -3, … when needed).

    ``start`` is the first number tried: a caller making many ids from one name passes how
    many it made, so that the search stays short instead of growing with every id.
    """
    base = slugify(name, fallback)
    if base not in taken:
        return base
    n = max(start, 2)
    while True:
        suffix = f"-{n}"
        candidate = base[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        n += 1
