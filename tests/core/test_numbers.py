"""Numbers and dates as people type them; what is not one raises ValueError in words."""

from __future__ import annotations

import datetime as dt

import pytest

from raci_studio.core.numbers import format_value, parse_date, parse_number


@pytest.mark.parametrize(
    ("text", "comma", "value"),
    [
        ("0.85", False, 0.85),
        ("12,400", False, 12400.0),
        ("12,400.5", False, 12400.5),
        ("0,85", False, 0.85),
        ("1.234,5", True, 1234.5),
        ("\u22123", False, -3.0),
        ("85%", False, 85.0),
        ("12 400", False, 12400.0),
        ("12\u00a0400", False, 12400.0),
        ("  7 ", False, 7.0),
    ],
)
def test_parse_number_reads_what_people_type(text: str, comma: bool, value: float) -> None:
    assert parse_number(text, comma) == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "no value"),
        ("   ", "no value"),
        ("ten", '"ten" is not a number'),
        ("inf", '"inf" is not a finite number'),
        ("nan", '"nan" is not a finite number'),
        ("1e999", '"1e999" is not a finite number'),
    ],
)
def test_parse_number_refuses_in_words(text: str, words: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_number(text)
    assert str(caught.value) == words


@pytest.mark.parametrize(
    ("text", "day_first", "date"),
    [
        ("2026-03-01", None, dt.date(2026, 3, 1)),
        ("2026-03-01T12:00:00Z", None, dt.date(2026, 3, 1)),
        ("2026/3/1", None, dt.date(2026, 3, 1)),
        ("01.03.2026", None, dt.date(2026, 3, 1)),
        ("03/01/2026", False, dt.date(2026, 3, 1)),
        ("03/01/2026", True, dt.date(2026, 1, 3)),
    ],
)
def test_parse_date_forms(text: str, day_first: bool | None, date: dt.date) -> None:
    assert parse_date(text, day_first) == date


@pytest.mark.parametrize(
    ("text", "day_first", "words"),
    [
        ("", None, "no date"),
        ("01/03/26", True, "two-digit year"),
        ("01/03/2026", None, "ambiguous"),
        ("March 1st", None, "is not a date (write it as YYYY-MM-DD)"),
        ("2026-02-30", None, "not a date in the calendar"),
    ],
)
def test_parse_date_refuses_in_words(text: str, day_first: bool | None, words: str) -> None:
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        parse_date(text, day_first)


def test_format_value_reads_as_people_write() -> None:
    assert format_value(12000.0) == "12,000"
    assert format_value(85.0, "%") == "85%"
    assert format_value(420.0, "ms") == "420 ms"


def test_amounts_are_rounded_for_people() -> None:
    from raci_studio.core.numbers import round_for_people

    assert round_for_people(976.6667) == 977
    assert round_for_people(0.146667) == 0.15
    assert round_for_people(12.345) == 12.3
    assert round_for_people(-3.456) == -3.5
    assert round_for_people(0.0) == 0.0


def test_counts_read_in_the_singular_and_the_plural() -> None:
    from raci_studio.core.numbers import plural

    assert plural(1, "warning") == "1 warning"
    assert plural(0, "note") == "0 notes"
    assert plural(2, "activity", "activities") == "2 activities"
