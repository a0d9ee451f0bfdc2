"""Turn the bytes of a project file into JSON values, refusing anything doubtful.

The standard parser is fast but lenient: it takes NaN and Infinity, keeps the last of two
equal keys, accepts escaped lone surrogates that no UTF-8 file can hold, and stops with a
RecursionError on deep nesting. This module keeps its speed and adds the checks, each with a
message that says what is wrong and where (line and column). The slow part, finding *where*
a duplicate key or a non-finite number is, runs only once a problem is known to exist.
"""

from __future__ import annotations

import json
import math
import re
import sys
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, but not in the stubs
from typing import Any

UTF8_BOM = b"\xef\xbb\xbf"
MAX_DEPTH = 200  # a project nests about 6 levels; anything far deeper is not a project


class JsonInputError(ValueError):
    """Bytes that are not acceptable JSON; ``location`` is "line L, column C" or None."""

    def __init__(self, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location


class _DuplicateKeyError(Exception):
    pass


class _NotFiniteError(Exception):
    pass


def _pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKeyError
    return result


def _refuse_constant(name: str) -> Any:
    raise _NotFiniteError


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NotFiniteError
    return value


_DECODER = json.JSONDecoder(
    object_pairs_hook=_pairs_to_dict,
    parse_constant=_refuse_constant,
    parse_float=_finite_float,
)
# Any \uD800-\uDFFF escape; pairs are fine, lone halves are not (checked carefully on a hit).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def parse_json_bytes(data: bytes) -> Any:
    """Return the JSON value in ``data`` (UTF-8, optional BOM), or raise JsonInputError."""
    return parse_json_text(decode_utf8(data))


def decode_utf8(data: bytes) -> str:
    """Return ``data`` decoded as UTF-8, refusing other encodings and binary files clearly."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise JsonInputError(
            "this is a zip or Excel file, not a project file; use File > Import to read "
            "a spreadsheet"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise JsonInputError(
            "this is an old Office (.xls/.doc) file, not a project file; use File > Import "
            "to read a spreadsheet"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        raise JsonInputError(
            "the file is saved as UTF-16; RACI Studio files are UTF-8 (save it again as UTF-8)"
        )
    offset = 3 if data.startswith(UTF8_BOM) else 0
    try:
        text = data[offset:].decode("utf-8") if offset else data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start + offset
        line = data.count(b"\n", 0, bad) + 1
        line_start = data.rfind(b"\n", 0, bad) + 1
        column = len(data[line_start:bad].decode("utf-8", "replace")) + 1
        raise JsonInputError(
            f"the bytes here are not valid UTF-8 (byte offset {bad}); RACI Studio files are UTF-8",
            f"line {line}, column {column}",
        ) from None
    if not text.strip():
        raise JsonInputError("the file is empty")
    return text


def parse_json_text(text: str) -> Any:
    """Return the JSON value in ``text``, or raise JsonInputError with its line and column."""
    try:
        value = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            _syntax_message(exc, text), f"line {exc.lineno}, column {exc.colno}"
        ) from None
    except (_DuplicateKeyError, _NotFiniteError, RecursionError, ValueError):
        # ValueError: an integer too long to convert; all of these are located by a rescan.
        pos, message = find_offence(text) or (None, "the file holds a value that is not valid")
        raise JsonInputError(message, _line_column(text, pos)) from None
    if _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(text)
    return value


def _syntax_message(exc: json.JSONDecodeError, text: str) -> str:
    if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
        return "the file ends in the middle of the project; it may have been cut off"
    words = {
        "Expecting value": "expected a value (text in quotes, a number, true, false, null, [ or {)",
        "Expecting ',' delimiter": "expected a comma between two items",
        "Expecting ':' delimiter": 'expected a colon after the name in quotes ("name": value)',
        "Expecting property name enclosed in double quotes": (
            'expected a name in double quotes; a comma before "}" is not allowed in JSON'
        ),
        "Extra data": "there is more after the end of the project; a file holds one project",
        "Invalid control character at": (
            "a text value holds a raw control character; write a new line as \\n and a tab as \\t"
        ),
        "Invalid \\escape": "a backslash in a text value starts an escape JSON does not have",
        "Invalid \\uXXXX escape": "a \\u escape must be followed by four hex digits",
    }
    return words.get(exc.msg, exc.msg[:1].lower() + exc.msg[1:])


def _line_column(text: str, pos: int | None) -> str | None:
    if pos is None:
        return None
    line = text.count("\n", 0, pos) + 1
    return f"line {line}, column {pos - (text.rfind(chr(10), 0, pos) + 1) + 1}"


def _refuse_lone_surrogates(text: str) -> None:
    """Raise for a \\uD800-\\uDFFF escape that is not half of a proper pair."""
    escapes: dict[int, int] = {}  # position -> code unit, for real escapes only
    for match in _SURROGATE_ESCAPE.finditer(text):
        start = first = match.start()
        while first > 0 and text[first - 1] == "\\":
            first -= 1
        if (start - first) % 2 == 0:  # an odd run of backslashes would make this one literal
            escapes[start] = int(text[start + 2 : start + 6], 16)
    paired: set[int] = set()
    for pos, unit in escapes.items():
        if pos in paired:
            continue
        low = escapes.get(pos + 6)
        if 0xD800 <= unit <= 0xDBFF and low is not None and 0xDC00 <= low <= 0xDFFF:
            paired.add(pos + 6)
            continue
        raise JsonInputError(
            f"the escape {text[pos : pos + 6]} is half of a character (a lone surrogate); "
            "it cannot be saved in a UTF-8 file",
            _line_column(text, pos),
        )


_WHITESPACE = re.compile(r"[ \t\n\r,:]*")


def _skip_space(text: str, pos: int) -> int:
    """Return the offset of the first character at or after ``pos`` that is not a separator."""
    match = _WHITESPACE.match(text, pos)
    return match.end() if match else pos


_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_WORDS = ("true", "false", "null")
_CONSTANTS = ("NaN", "Infinity", "-Infinity")


def find_offence(text: str) -> tuple[int, str] | None:
    """Return the offset and description of the first offence in ``text``, or None.

    ``text`` is otherwise valid JSON; the offences are a duplicate key, a non-finite or
    oversized number, and nesting deeper than MAX_DEPTH. A small iterative scanner: it never
    recurses, so any depth is safe.
    """
    stack: list[list[Any]] = []  # per open object: [keys seen, expecting a key]; None: array
    pos = _skip_space(text, 0)
    end = len(text)
    while pos < end:
        char = text[pos]
        top = stack[-1] if stack else None
        if char in "{[":
            if len(stack) >= MAX_DEPTH:
                return pos, f"the file is nested too deeply (more than {MAX_DEPTH} levels)"
            stack.append([set(), True] if char == "{" else None)  # type: ignore[arg-type]
            pos += 1
        elif char in "}]":
            stack.pop()
            pos += 1
            _value_done(stack)
        elif char == '"':
            string, after = scanstring(text, pos + 1)
            if top is not None and top[1]:
                if string in top[0]:
                    return pos, f'the key "{string}" appears twice in the same object'
                top[0].add(string)
                top[1] = False
            else:
                _value_done(stack)
            pos = after
        else:
            offence = _scalar_offence(text, pos)
            if offence is not None:
                return pos, offence
            match = _NUMBER.match(text, pos)
            pos = match.end() if match and match.end() > pos else _word_end(text, pos)
            _value_done(stack)
        pos = _skip_space(text, pos)
    return None


def _value_done(stack: list[list[Any]]) -> None:
    if stack and stack[-1] is not None:
        stack[-1][1] = True


def _word_end(text: str, pos: int) -> int:
    for word in (*_WORDS, *_CONSTANTS):
        if text.startswith(word, pos):
            return pos + len(word)
    return pos + 1


def _scalar_offence(text: str, pos: int) -> str | None:
    for constant in _CONSTANTS:
        if text.startswith(constant, pos):
            return f"{constant} is not a number a project can hold; numbers must be finite"
    match = _NUMBER.match(text, pos)
    if match is None or match.end() == pos:
        return None
    number = match.group(0)
    shown = number if len(number) <= 20 else number[:20] + "…"
    if match.group(1) or match.group(2):
        if math.isinf(float(number)):
            return f"the number {shown} is too large"
    elif len(number.lstrip("-")) > sys.get_int_max_str_digits():
        return f"the number {shown} has too many digits"
    return None
