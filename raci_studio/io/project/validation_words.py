"""Say what a Pydantic validation error means, in words, at a JSON path of the file."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

_DICT_FIELDS = frozenset({"raci", "layout"})  # fields whose next path segment is a key
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_ID_RULE = (
    "must be an id: lower-case letters, digits and hyphens, starting with a letter or "
    'digit, at most 80 characters (e.g. "data-scientist")'
)
_PATTERN_WORDS = {
    r"^[a-z0-9][a-z0-9-]{0,79}$": _ID_RULE,
    r"^[A-Z]+$": "must be capital letters such as R, A, C or I",
    r"^#[0-9a-fA-F]{6}$": "must be a colour written #rrggbb, such as #1f77b4",
}
_NUMBER_TYPES = frozenset(
    {"float_type", "float_parsing", "int_type", "int_parsing", "finite_number", "int_from_float"}
)
_PAIR = "must be a pair of numbers [x, y]"


def json_path(loc: tuple[str | int, ...]) -> str:
    """Return the JSON path of a Pydantic error location: ``$.activities[3].raci["pm"]``."""
    parts = ["$"]
    previous: str | int | None = None
    for segment in loc:
        if segment == "[key]":
            continue
        if isinstance(segment, int):
            parts.append(f"[{segment}]")
        elif previous in _DICT_FIELDS or not _IDENTIFIER.match(segment):
            parts.append(f"[{json.dumps(segment, ensure_ascii=False)}]")
        else:
            parts.append(f".{segment}")
        previous = segment if previous not in _DICT_FIELDS else None
    return "".join(parts)


def describe(exc: ValidationError) -> list[tuple[str, str]]:
    """Return (JSON path, message) for every error in ``exc``, in the order of the file."""
    result = []
    for error in exc.errors(include_url=False, include_context=True, include_input=True):
        loc = tuple(error["loc"])
        if loc and loc[-1] == "[key]":
            error["input"] = _NO_VALUE  # the key is named already; do not repeat it
            message = f"the key {_show(loc[-2])} is not valid: it {_message(error, loc)}"
        else:
            message = _message(error, loc)
        result.append((json_path(loc), message))
    return result


_NO_VALUE = object()


def _show(value: Any, limit: int = 40) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= limit else value[:limit] + "…"
        return json.dumps(shown, ensure_ascii=False)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= limit else text[:limit] + "…"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _message(error: Any, loc: tuple[str | int, ...]) -> str:
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    value = error.get("input")
    in_layout = len(loc) >= 2 and loc[0] == "layout"
    if kind == "missing":
        return _PAIR if in_layout else "is required but missing"
    if kind == "extra_forbidden":
        return "is not a field RACI Studio knows here (a typo, or a file from a newer version?)"
    if kind == "string_type":
        return f"must be text in double quotes, not {_show(value)}"
    if kind == "string_too_long":
        has = f" (it has {len(value):,})" if isinstance(value, str) else ""
        return f"must be at most {ctx['max_length']} characters{has}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_pattern_mismatch":
        return _pattern_message(ctx.get("pattern", ""), value)
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "")).replace("'", '"')
        return f"must be {expected}, not {_show(value)}"
    if kind in ("tuple_type", "too_short") and in_layout:
        return _PAIR
    if kind == "too_long":
        return (
            f"has {ctx.get('actual_length', '?'):,} items; at most {ctx.get('max_length'):,} "
            "are allowed"
        )
    if kind in ("list_type", "tuple_type"):
        return f"must be a list [ … ], not {_show(value)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"must be an object {{ … }}, not {_show(value)}"
    if kind in _NUMBER_TYPES:
        if isinstance(value, int) and not isinstance(value, bool):
            return "is too large a number"
        return f"must be a number, not {_show(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"must be true or false, not {_show(value)}"
    if kind.startswith(("date_", "datetime_")):
        return f"must be a date written YYYY-MM-DD (such as 2026-03-01), not {_show(value)}"
    text = str(error.get("msg", kind))
    return text[:1].lower() + text[1:]


def _pattern_message(pattern: str, value: Any) -> str:
    known = _PATTERN_WORDS.get(pattern)
    if known is not None:
        return known if value is _NO_VALUE else f"{known}, not {_show(value)}"
    control = _CONTROL.search(value) if isinstance(value, str) else None
    if control is None:  # pragma: no cover - every pattern of the model is handled above
        return "has characters that are not allowed here"
    where = control.start() + 1
    code = f"U+{ord(control.group()):04X}"
    if "\\x08\\x0b" in pattern:  # free text: tabs and new lines are fine
        return (
            f"holds a control character ({code}, character {where:,}); only tabs and new "
            "lines are allowed in text"
        )
    return f"must be one line without control characters (found {code} at character {where:,})"
