"""Numbers and dates as people read and type them."""

from __future__ import annotations

import datetime as dt
import math
import re

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_DMY_DOT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
#: Day and month in either order: 01/03/2026 (the whole file, or the reader, decides which).
SLASHED_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")


def format_value(value: float, unit: str = "") -> str:
    """Return ``value`` as people read it: "12,000", "0.81", "420 ms", "85%"."""
    if value.is_integer() and abs(value) < 1e15:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6g}"
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def round_for_people(value: float) -> float:
    """Round a computed amount to the digits a person reads: 976.667 -> 977, 0.146667 -> 0.15.

    Hundreds and more keep no decimals, tens one, and smaller amounts two significant digits.
    """
    if not math.isfinite(value) or value == 0:
        return value
    size = abs(value)
    if size >= 100:
        return float(round(value))
    if size >= 10:
        return round(value, 1)
    return round(value, 1 - math.floor(math.log10(size)))


def plural(count: int, noun: str, many: str | None = None) -> str:
    """Return "1 warning", "2 warnings" ("1 activity", "2 activities" with ``many``)."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def parse_number(text: str, decimal_comma: bool = False) -> float:
    """Return the finite number written in ``text``.

    Accepts thousands separators (12,400 or 12 400), a decimal comma (0,85 — and 1.234,5 when
    ``decimal_comma``), a trailing % and the typographic minus.

    Raises
    ------
    ValueError
        Saying in words why ``text`` is not a finite number ("no value" when it is empty).
    """
    raw = text.strip()
    if not raw:
        raise ValueError("no value")
    s = raw.replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    s = s.removesuffix("%")
    if "," in s:
        if decimal_comma or ("." not in s and not _THOUSANDS.match(s)):
            s = s.replace(".", "").replace(",", ".")
        elif _THOUSANDS.match(s):
            s = s.replace(",", "")
    try:
        value = float(s)
    except ValueError:
        raise ValueError(f'"{raw}" is not a number') from None
    if not math.isfinite(value):
        raise ValueError(f'"{raw}" is not a finite number')
    return value


def parse_date(text: str, day_first: bool | None = None) -> dt.date:
    """Return the date written in ``text``.

    Reads 2026-03-01 (also with a time after it), 2026/03/01 and 01.03.2026. Slashed dates
    such as 01/03/2026 need ``day_first``; without it they are refused as ambiguous.

    Raises
    ------
    ValueError
        Saying in words why ``text`` is not a date ("no date" when it is empty).
    """
    text = text.strip()
    if not text:
        raise ValueError("no date")
    groups: tuple[str, str, str] | None = None
    if (m := _ISO.match(text)) or (m := _YMD_SLASH.match(text)):
        groups = (m[1], m[2], m[3])
    elif m := _DMY_DOT.match(text):
        groups = (m[3], m[2], m[1])
    elif m := SLASHED_DATE.match(text):
        if len(m[3]) != 4:
            raise ValueError(f'"{text}" has a two-digit year; write it as YYYY-MM-DD')
        if day_first is None:
            raise ValueError(
                f'"{text}" is ambiguous (day/month or month/day?); write it as YYYY-MM-DD'
            )
        groups = (m[3], m[2], m[1]) if day_first else (m[3], m[1], m[2])
    if groups is None:
        raise ValueError(f'"{text}" is not a date (write it as YYYY-MM-DD)')
    try:
        return dt.date(int(groups[0]), int(groups[1]), int(groups[2]))
    except ValueError:
        raise ValueError(f'"{text}" is not a date in the calendar') from None


def size_words(n: float) -> str:
    """Return a size for people: "1 byte", "812 bytes", "3.4 KB", "52 MB" (decimal units)."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:,.1f}".removesuffix(".0") + f" {unit}"
    return "1 byte" if n == 1 else f"{int(n):,} bytes"
