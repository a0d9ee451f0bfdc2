"""`raci-studio fmt`: canonical form, `--check`, and files it must leave alone."""

from __future__ import annotations

import json
import os
import sys

import pytest

from raci_studio.io.project.file import is_canonical
from tests.cli.conftest import SAMPLE


def _reindented(path):
    """Rewrite ``path`` as the same project with other indentation and key order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, indent=4, sort_keys=True), encoding="utf-8")


def test_canonical_files_pass_the_check_silently(cli, plan):
    run = cli("fmt", "--check", plan)
    assert (run.code, run.out, run.err) == (0, "", "")


def test_check_reports_a_file_to_rewrite_and_changes_nothing(cli, plan):
    _reindented(plan)
    before = plan.read_bytes()
    run = cli("fmt", "--check", plan)
    assert run.code == 1
    assert run.out == f"{plan}: not in canonical form (run raci-studio fmt {plan})\n"
    assert plan.read_bytes() == before


def test_fmt_rewrites_in_canonical_form(cli, plan):
    _reindented(plan)
    run = cli("fmt", plan)
    assert run.code == 0
    assert run.out == f"{plan}: reformatted\n"
    assert plan.read_bytes() == SAMPLE.read_bytes()
    assert is_canonical(plan.read_bytes())
    assert cli("fmt", plan).out == ""  # nothing left to do


def test_broken_files_are_refused_and_kept(cli, plan, tmp_path):
    broken = tmp_path / "broken.raci.json"
    broken.write_bytes(b'{"format": "raci-studio", "name": "x",}')
    run = cli("fmt", broken, plan)
    assert run.code == 2
    assert run.err.startswith(f"{broken}, line 1, column")
    assert broken.read_bytes() == b'{"format": "raci-studio", "name": "x",}'


def test_missing_files_and_folders(cli, tmp_path):
    missing = tmp_path / "gone.raci.json"
    run = cli("fmt", missing, tmp_path)
    assert run.code == 2
    assert run.err.splitlines() == [
        f"{missing}: there is no such file",
        f"{tmp_path}: is a folder, not a project file",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(cli, tmp_path):
    pipe = tmp_path / "plan.raci.json"
    os.mkfifo(pipe)
    run = cli("fmt", pipe)
    assert run.code == 2
    assert "is a pipe or a device, not a regular file" in run.err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_file_that_cannot_be_written_is_left_as_it_was(cli, plan, monkeypatch):
    _reindented(plan)
    before = plan.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("raci_studio.io.atomic_write.write_atomic", refuse)
    run = cli("fmt", plan)
    assert run.code == 2
    assert run.err == f"{plan}: could not write (Permission denied); the file is unchanged\n"
    assert plan.read_bytes() == before
