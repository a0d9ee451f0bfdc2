"""The shared bounded read: what every loader refuses before it reads, in the same words."""

from __future__ import annotations

import os

import pytest

from raci_studio.io.bounded_read import FileRefusedError, read_bounded, size_words


def _refusal(path, limit=1000, what="project file") -> FileRefusedError:
    with pytest.raises(FileRefusedError) as info:
        read_bounded(path, limit, what)
    return info.value


def test_reads_a_file_within_the_limit(tmp_path):
    path = tmp_path / "plan.raci.json"
    path.write_bytes(b"x" * 1000)
    assert read_bounded(path, 1000, "project file") == b"x" * 1000
    assert read_bounded(str(path), 1000, "project file") == b"x" * 1000


def test_each_refusal_has_its_reason_and_words(tmp_path):
    missing = _refusal(tmp_path / "gone.raci.json")
    assert (missing.reason, str(missing)) == ("missing", "gone.raci.json: there is no such file")
    folder = _refusal(tmp_path)
    assert (folder.reason, folder.problem) == ("folder", "is a folder, not a project file")
    big = tmp_path / "big.csv"
    big.write_bytes(b"a" * 2_500_000)
    large = _refusal(big, limit=1_000_000, what="CSV file")
    assert large.reason == "too-large"
    assert large.size == 2_500_000
    assert large.problem == "is 2.5 MB; a CSV file is read up to 1 MB"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "plan.raci.json"
    os.mkfifo(pipe)
    refusal = _refusal(pipe)
    assert refusal.reason == "special"
    assert refusal.problem == "is a pipe or a device, not a regular file"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "plan.raci.json"
    link.symlink_to("/dev/zero")
    assert _refusal(link).reason == "special"


def test_permission_and_other_errors(tmp_path, monkeypatch):
    path = tmp_path / "locked.raci.json"
    path.write_bytes(b"{}")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    denied = _refusal(path)
    assert (denied.reason, denied.problem) == (
        "denied",
        "RACI Studio is not allowed to read this file",
    )

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("builtins.open", broken)
    failed = _refusal(path)
    assert (failed.reason, failed.problem) == ("unreadable", "cannot be read (Input/output error)")


def test_a_file_that_grows_while_it_is_read_is_stopped(tmp_path, monkeypatch):
    path = tmp_path / "growing.csv"
    path.write_bytes(b"a" * 10)
    real_open = open

    def growing(file, *args, **kwargs):
        with real_open(file, "ab") as handle:  # another program appends after the size check
            handle.write(b"b" * 5000)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", growing)
    refusal = _refusal(path, limit=1000)
    assert refusal.reason == "too-large"
    assert refusal.problem == "grew past 1 KB while being read"


@pytest.mark.parametrize(
    ("size", "words"),
    [(0, "0 bytes"), (999, "999 bytes"), (1000, "1 KB"), (1500, "1.5 KB"), (32_000_000, "32 MB")],
)
def test_sizes_in_words(size, words):
    assert size_words(size) == words


def test_every_loader_says_the_same_about_a_missing_file(tmp_path):
    from raci_studio.io.measurements.csv_file import read_measurements_csv
    from raci_studio.io.measurements.found import MeasurementImportError
    from raci_studio.io.project.file import ProjectFileError, load_project
    from raci_studio.io.sheets.importer import SheetImportError, import_sheet
    from tests.core.conftest import build_small_project

    with pytest.raises(ProjectFileError) as project:
        load_project(tmp_path / "gone.raci.json")
    with pytest.raises(SheetImportError) as sheet:
        import_sheet(tmp_path / "gone.csv")
    with pytest.raises(MeasurementImportError) as measurements:
        read_measurements_csv(tmp_path / "gone.csv", build_small_project())
    assert str(project.value) == f"{tmp_path / 'gone.raci.json'}: there is no such file"
    assert str(sheet.value) == "gone.csv: there is no such file."
    assert str(measurements.value) == "gone.csv: there is no such file."
