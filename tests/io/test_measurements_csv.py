"""Tests of the CSV import of measurements: headers, per-row rejections, limits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from raci_studio.core.actions.metrics import import_label, merge_measurements
from raci_studio.io.measurements.csv_file import (
    parse_date,
    parse_measurements_csv,
    parse_number,
    read_measurements_csv,
)
from raci_studio.io.measurements.found import MeasurementImportError
from tests.core.conftest import build_small_project

D = dt.date


def write(tmp_path: Path, text: str, name: str = "results.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_header_in_any_order_metrics_by_id_or_name(tmp_path):
    path = write(
        tmp_path,
        "Metric,Date,Value,Note\n"
        "intent-accuracy,2026-04-01,0.88,after retraining\n"
        "p95 LATENCY,2026-04-01,320,\n"
        'Tier-1 tickets per month,2026-05-01,"10,900",\n',
    )
    result = read_measurements_csv(path, build_small_project())
    assert result.complete and result.read == 3
    assert [(mid, m.date, m.value, m.note, m.source) for mid, m in result.rows] == [
        ("intent-accuracy", D(2026, 4, 1), 0.88, "after retraining", "results.csv"),
        ("p95-latency", D(2026, 4, 1), 320.0, "", "results.csv"),
        ("tier1-tickets", D(2026, 5, 1), 10900.0, "", "results.csv"),
    ]
    assert "3 measurements can be imported" in result.summary()


def test_every_rejected_row_says_where_and_why(tmp_path):
    path = write(
        tmp_path,
        "date,metric,value\n"
        "2026-04-01,intent-accuracy,0.88\n"
        "2026-04-01,recall,0.5\n"
        "2026-13-01,intent-accuracy,0.8\n"
        "yesterday,intent-accuracy,0.8\n"
        "2026-04-02,intent-accuracy,n/a\n"
        "2026-04-03,intent-accuracy,NaN\n"
        "2026-04-04,intent-accuracy,inf\n"
        "2026-04-05,intent-accuracy\n"
        "\n"
        "2026-04-06,intent-accuracy,0.9\n",
    )
    project = build_small_project()
    result = read_measurements_csv(path, project)
    reasons = [str(r) for r in result.rejected]
    assert reasons == [
        'line 3: unknown metric "recall" (no metric has that id or name)',
        'line 4: "2026-13-01" is not a date in the calendar',
        'line 5: "yesterday" is not a date (write it as YYYY-MM-DD)',
        'line 6: "n/a" is not a number',
        'line 7: "NaN" is not a finite number',
        'line 8: "inf" is not a finite number',
        "line 9: 2 cell(s); expected date, metric and value",
    ]
    assert len(result.rows) == 2 and result.read == 9
    assert not result.complete
    text = result.to_text(project)
    assert "7 rows rejected" in text and "Intent accuracy: 2" in text


def test_no_header_reads_date_metric_value_note(tmp_path):
    path = write(tmp_path, "2026-04-01;intent-accuracy;0,88;shadow traffic\n")
    result = read_measurements_csv(path, build_small_project())
    ((metric_id, m),) = result.rows
    assert (metric_id, m.value, m.note) == ("intent-accuracy", 0.88, "shadow traffic")
    assert any("No header row" in n for n in result.notes)


def test_slashed_dates_are_read_when_the_file_decides_and_refused_when_ambiguous(tmp_path):
    project = build_small_project()
    text = "date,metric,value\n25/03/2026,intent-accuracy,0.8\n01/04/2026,intent-accuracy,0.81\n"
    result = parse_measurements_csv(text, project, "eu.csv")
    assert [m.date for _, m in result.rows] == [D(2026, 3, 25), D(2026, 4, 1)]
    ambiguous = parse_measurements_csv(
        "date,metric,value\n01/04/2026,intent-accuracy,0.81\n", project, "x.csv"
    )
    assert "ambiguous" in ambiguous.rejected[0].reason


def test_header_without_a_value_column_is_refused_whole(tmp_path):
    path = write(tmp_path, "date,metric,score2\n2026-04-01,intent-accuracy,0.8\n")
    with pytest.raises(MeasurementImportError, match="no value column"):
        read_measurements_csv(path, build_small_project())


def test_files_that_are_not_csv_or_too_large_are_refused_whole(tmp_path):
    project = build_small_project()
    xlsx = tmp_path / "book.csv"
    xlsx.write_bytes(b"PK\x03\x04rest-of-a-zip")
    with pytest.raises(MeasurementImportError, match="Excel workbook"):
        read_measurements_csv(xlsx, project)
    big = write(tmp_path, "date,metric,value\n" + "2026-04-01,intent-accuracy,0.8\n" * 50)
    with pytest.raises(MeasurementImportError, match="up to"):
        read_measurements_csv(big, project, max_bytes=100)
    with pytest.raises(MeasurementImportError, match="more than 10 rows"):
        read_measurements_csv(big, project, max_rows=10)
    with pytest.raises(MeasurementImportError, match=r"missing\.csv: there is no such file"):
        read_measurements_csv(tmp_path / "missing.csv", project)
    empty = write(tmp_path, "\n\n", "empty.csv")
    with pytest.raises(MeasurementImportError, match="no rows"):
        read_measurements_csv(empty, project)


def test_windows_encoded_files_are_read_with_a_note(tmp_path):
    path = write(
        tmp_path,
        "date,metric,value,note\n2026-04-01,intent-accuracy,0.8,caf\xe9\n",
        encoding="cp1252",
    )
    result = read_measurements_csv(path, build_small_project())
    assert result.rows[0][1].note == "café"
    assert "Windows-1252" in result.notes[0]


def test_repeated_dates_are_noted_and_the_merge_keeps_the_later_row(tmp_path):
    project = build_small_project()
    result = parse_measurements_csv(
        "date,metric,value\n2026-04-01,intent-accuracy,0.8\n2026-04-01,intent-accuracy,0.82\n",
        project,
        "twice.csv",
    )
    assert any("repeat" in n for n in result.notes)
    plan = merge_measurements(project, result.rows, import_label(2, "twice.csv"))
    assert plan.edit is not None
    plan.edit.apply(project)
    values = [m.value for m in project.metrics[1].measurements]
    assert values == [0.87, 0.82]


@pytest.mark.parametrize(
    ("text", "comma", "value"),
    [
        ("0.85", False, 0.85),
        ("12,400", False, 12400.0),
        ("0,85", False, 0.85),
        ("1.234,5", True, 1234.5),
        ("−3", False, -3.0),
        ("85%", False, 85.0),
        ("12 400", False, 12400.0),
    ],
)
def test_parse_number(text, comma, value):
    assert parse_number(text, comma) == value


def test_parse_date_forms():
    assert parse_date("2026-03-01T12:00:00Z") == D(2026, 3, 1)
    assert parse_date("2026/3/1") == D(2026, 3, 1)
    assert parse_date("01.03.2026") == D(2026, 3, 1)
    assert parse_date("03/01/2026", day_first=False) == D(2026, 3, 1)
    assert "two-digit year" in str(parse_date("01/03/26", day_first=True))
    assert parse_date("") == "no date"


def test_pasted_rows_from_a_spreadsheet():
    from raci_studio.io.measurements.csv_file import parse_pasted_measurements

    metric = build_small_project().metrics[1]
    text = "Date\tValue\tNote\n2026-04-01\t0.88\tshadow\n02.04.2026\t0,89\n2026-04-03\tn/a\n"
    result = parse_pasted_measurements(text, metric)
    assert [(m.date, m.value, m.note) for _, m in result.rows] == [
        (D(2026, 4, 1), 0.88, "shadow"),
        (D(2026, 4, 2), 0.89, ""),
    ]
    assert [str(r) for r in result.rejected] == ['row 4: "n/a" is not a number']
    assert result.read == 3
    assert parse_pasted_measurements("", metric).rows == []
