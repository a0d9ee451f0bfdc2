"""Numbers as people read and type them."""

from __future__ import annotations


def format_value(value: float, unit: str = "") -> str:
    """Return ``value`` as people read it: "12,000", "0.81", "420 ms", "85%"."""
    if value.is_integer() and abs(value) < 1e15:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6g}"
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"
