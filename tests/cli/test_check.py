"""`raci-studio check`: exit codes 0/1/2, the text and JSON reports, unreadable inputs."""

from __future__ import annotations

import json
from pathlib import Path

SUMMARY_KEYS = {"phases", "activities", "roles", "assignments", "metrics", "measurements"}
FINDING_KEYS = {"code", "severity", "message", "ids"}


def test_a_plan_without_errors_passes_with_its_warnings_listed(cli, plan):
    run = cli("check", plan)
    assert run.code == 0
    first = run.out.splitlines()[0]
    assert first == (
        f"{plan}: OK — 0 errors, 2 warnings, 0 notes (25 activities, 10 roles, 7 metrics)"
    )
    assert "  warning idle-role:" in run.out
    assert run.err == ""


def test_an_error_fails_the_check_and_quiet_prints_errors_only(cli, failing_plan):
    run = cli("check", failing_plan)
    assert run.code == 1
    assert ": FAILED — 2 errors, " in run.out
    assert "  error   missing-accountable:" in run.out
    quiet = cli("check", "-q", failing_plan)
    assert quiet.code == 1
    assert "warning" not in "\n".join(quiet.out.splitlines()[1:])
    assert "missing-accountable" in quiet.out


def test_json_report_shape(cli, plan, failing_plan):
    run = cli("check", "--json", plan, failing_plan)
    assert run.code == 1
    files = run.json()["files"]
    assert [f["path"] for f in files] == [str(plan), str(failing_plan)]
    for entry in files:
        assert set(entry) == {"path", "ok", "summary", "findings", "error"}
        assert entry["error"] is None
        assert set(entry["summary"]) == SUMMARY_KEYS
        assert all(set(f) == FINDING_KEYS for f in entry["findings"])
        assert all(f["severity"] in {"error", "warning", "info"} for f in entry["findings"])
    assert [f["ok"] for f in files] == [True, False]
    assert files[0]["summary"]["activities"] == 25
    errors = [f for f in files[1]["findings"] if f["severity"] == "error"]
    assert errors[0]["code"] == "missing-accountable"
    assert errors[0]["ids"][0].startswith("define-churn")


def test_unreadable_files_exit_2_and_say_why(cli, plan, tmp_path):
    missing = tmp_path / "gone.raci.json"
    broken = tmp_path / "broken.raci.json"
    broken.write_text('{"format": "raci-studio",\n  "name": }', encoding="utf-8")
    run = cli("check", plan, missing, tmp_path, broken)
    assert run.code == 2  # the worst outcome of all the files
    lines = run.out.splitlines()
    assert f"{missing}: there is no such file" in lines
    assert f"{tmp_path}: is a folder, not a project file" in lines
    assert any(line.startswith(f"{broken}, line 2, column") for line in lines)
    assert "OK" in lines[0]


def test_json_report_of_an_unreadable_file(cli, tmp_path):
    missing = tmp_path / "gone.raci.json"
    run = cli("check", "--json", missing)
    assert run.code == 2
    (entry,) = run.json()["files"]
    assert entry == {
        "path": str(missing),
        "ok": False,
        "summary": None,
        "findings": [],
        "error": f"{missing}: there is no such file",
    }


def test_a_file_that_is_not_a_project(cli, tmp_path):
    other = tmp_path / "notes.json"
    other.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    run = cli("check", other)
    assert run.code == 2
    assert run.out.startswith(f"{other}:")


def test_without_a_file_the_usage_is_printed(cli):
    run = cli("check")
    assert run.code == 2
    assert "usage: raci-studio check" in run.err
    assert "FILE" in run.err


def test_check_changes_nothing(cli, failing_plan: Path):
    before = failing_plan.read_bytes()
    cli("check", failing_plan)
    assert failing_plan.read_bytes() == before
