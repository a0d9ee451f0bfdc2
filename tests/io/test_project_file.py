"""The project file: format, byte-for-byte round trips, atomic saves, migration, schema."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci_studio.core.model import SCHEMA_VERSION, Measurement, Metric, Project
from raci_studio.io import atomic_write
from raci_studio.io.project.file import (
    ProjectFileError,
    canonical_bytes,
    dumps_project,
    is_canonical,
    load_project,
    loads_project,
    project_json_schema,
    save_project,
)
from raci_studio.io.project.migrations import MIGRATIONS, migrate

Factory = Callable[[], Project]
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.raci.json"))


def test_header_comes_first_then_fields_in_model_order(small_project: Factory) -> None:
    data = dumps_project(small_project())
    assert data.startswith(b'{\n  "format": "raci-studio",\n  "schema_version": 2,\n  "name": ')
    keys = [k for k, _ in json.loads(data, object_pairs_hook=lambda pairs: pairs)]
    assert keys[:2] == ["format", "schema_version"]
    fields = list(Project.model_fields)
    assert keys == sorted(keys, key=fields.index)


def test_output_is_pretty_utf8_with_final_newline(small_project: Factory) -> None:
    data = dumps_project(small_project())
    assert data.endswith(b"}\n") and not data.endswith(b"\n\n")
    assert b'\n    {\n      "id": "product-manager",' in data  # two-space indent
    assert "Ana Núñez".encode() in data  # names are written as they are, not \u-escaped
    assert "≥".encode() in data and b"\\u" not in data
    assert b"\r" not in data


def test_default_values_are_left_out(small_project: Factory) -> None:
    data = dumps_project(small_project())
    assert b'"status": "not_started"' not in data
    assert b'"description": ""' not in data
    assert b'"model_card"' not in data and b"null" not in data
    assert b'"status": "in_progress"' in data


def test_round_trip_is_equal_and_byte_for_byte(small_project: Factory) -> None:
    project = small_project()
    data = dumps_project(project)
    loaded = loads_project(data)
    assert loaded == project
    assert dumps_project(loaded) == data
    assert is_canonical(data)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_generated_projects_round_trip_byte_for_byte(
    generate_project: Callable[..., Project], seed: int
) -> None:
    project = generate_project(activities=120, roles=14, metrics=6, measurements=30, seed=seed)
    data = dumps_project(project)
    assert dumps_project(loads_project(data)) == data
    assert loads_project(data) == project


def test_generator_is_deterministic(generate_project: Callable[..., Project]) -> None:
    first = generate_project(activities=50, roles=10, seed=3)
    assert dumps_project(first) == dumps_project(generate_project(activities=50, roles=10, seed=3))
    assert dumps_project(first) != dumps_project(generate_project(activities=50, roles=10, seed=4))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_samples_are_canonical(path: Path) -> None:
    data = path.read_bytes()
    assert dumps_project(load_project(path)) == data


def test_whole_numbers_are_written_as_floats_and_stay_so(small_project: Factory) -> None:
    project = small_project()
    data = dumps_project(project)
    assert b'"baseline": 12000.0' in data  # given as int 12000, stored as a float
    hand_written = data.replace(b'"baseline": 12000.0', b'"baseline": 12000')
    assert not is_canonical(hand_written)
    assert canonical_bytes(hand_written) == data


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_finite_float_round_trips_byte_for_byte(value: float) -> None:
    measurement = Measurement(date=dt.date(2026, 1, 1), value=value)
    metric = Metric(id="m", name="M", target=value, measurements=[measurement])
    project = Project(name="Floats", metrics=[metric], layout={"m": (value, -value)})
    data = dumps_project(project)
    again = Project.model_validate_json(data)  # the layout key is no node: skip ref checks
    assert again.metrics[0].target == value
    assert dumps_project(again) == data


def test_loading_puts_a_hand_edited_file_into_canonical_form(small_project: Factory) -> None:
    canonical = dumps_project(small_project())
    edited = canonical.replace(
        b'"raci": {\n        "data-scientist": "C",\n        "product-manager": "RA"\n      }',
        b'"raci": {\n        "product-manager": "AR",\n        "data-scientist": "C"\n      }',
    )
    assert edited != canonical
    project = loads_project(edited)
    assert list(project.activities[0].raci.items()) == [
        ("data-scientist", "C"),
        ("product-manager", "RA"),
    ]
    assert not is_canonical(edited)
    assert canonical_bytes(edited) == canonical


def test_utf8_bom_is_accepted_but_not_canonical(small_project: Factory) -> None:
    data = dumps_project(small_project())
    assert loads_project(b"\xef\xbb\xbf" + data) == small_project()
    assert not is_canonical(b"\xef\xbb\xbf" + data)


def test_dumps_puts_the_project_into_canonical_form(small_project: Factory) -> None:
    project = small_project()
    project.activities[1].raci = {"product-manager": "AA", "data-scientist": "R"}
    data = dumps_project(project)
    assert list(project.activities[1].raci.items()) == [
        ("data-scientist", "R"),
        ("product-manager", "A"),
    ]
    assert is_canonical(data)


def test_non_finite_numbers_are_refused_on_save(small_project: Factory) -> None:
    project = small_project()
    project.metrics[0].measurements[1].value = float("nan")
    with pytest.raises(ProjectFileError) as info:
        dumps_project(project)
    assert info.value.location == "$.metrics[0].measurements[1].value"
    assert "finite number" in str(info.value)


def test_text_with_null_is_not_mistaken_for_a_non_finite_number(small_project: Factory) -> None:
    project = small_project()
    project.description = 'null\nnull,\n": null'
    assert loads_project(dumps_project(project)).description == project.description


def test_lone_surrogate_in_memory_is_refused_on_save(small_project: Factory) -> None:
    project = small_project()
    project.name = "bad \ud800"
    with pytest.raises(ProjectFileError, match="cannot be written"):
        dumps_project(project)


# --- saving -------------------------------------------------------------------------------


def test_save_then_load(tmp_path: Path, small_project: Factory) -> None:
    target = tmp_path / "plan.raci.json"
    save_project(small_project(), target)
    assert target.read_bytes() == dumps_project(small_project())
    assert load_project(target) == small_project()
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_save_replaces_and_keeps_permission_bits(tmp_path: Path, small_project: Factory) -> None:
    target = tmp_path / "plan.raci.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    save_project(small_project(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes().startswith(b"{")


def test_new_file_gets_ordinary_permissions(tmp_path: Path, small_project: Factory) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "new.raci.json"
    save_project(small_project(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_save_through_a_symlink_replaces_the_file_it_points_at(
    tmp_path: Path, small_project: Factory
) -> None:
    real = tmp_path / "real.raci.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.raci.json"
    link.symlink_to(real)
    save_project(small_project(), link)
    assert link.is_symlink()
    assert load_project(real) == small_project()


class _FailingHandle:
    """A file handle that writes half of the data, then fails as a full disk does."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __enter__(self) -> _FailingHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    def fileno(self) -> int:
        return self._handle.fileno()


def test_failure_mid_write_keeps_the_old_file(
    tmp_path: Path, small_project: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.raci.json"
    target.write_bytes(b"the previous version\n")
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        atomic_write.os, "fdopen", lambda fd, mode: _FailingHandle(real_fdopen(fd, mode))
    )
    with pytest.raises(ProjectFileError) as info:
        save_project(small_project(), target)
    assert "No space left on device" in str(info.value)
    assert "old file is unchanged" in str(info.value)
    assert target.read_bytes() == b"the previous version\n"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_at_fsync_or_rename_keeps_the_old_file(
    tmp_path: Path, small_project: Factory, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "plan.raci.json"
    target.write_bytes(b"old\n")

    def fail(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic_write.os, step, fail)
    with pytest.raises(ProjectFileError, match="Input/output error"):
        save_project(small_project(), target)
    assert target.read_bytes() == b"old\n"
    assert list(tmp_path.iterdir()) == [target]


def test_interrupt_mid_write_removes_the_temporary_file(
    tmp_path: Path, small_project: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.raci.json"

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_write.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_project(small_project(), target)
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_refused_and_nothing_changes(
    tmp_path: Path, small_project: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "plan.raci.json"
    target.write_bytes(b"old\n")
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:  # root writes anywhere: make the folder refuse as it would
            real_open = os.open

            def refuse(path: Any, flags: int, mode: int = 0o777) -> int:
                if flags & os.O_CREAT:
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
                return real_open(path, flags, mode)

            monkeypatch.setattr(atomic_write.os, "open", refuse)
        with pytest.raises(ProjectFileError, match="not allowed to write in this folder"):
            save_project(small_project(), target)
    finally:
        folder.chmod(0o755)
    assert target.read_bytes() == b"old\n"
    assert list(folder.iterdir()) == [target]


def test_saving_over_a_folder_is_refused(tmp_path: Path, small_project: Factory) -> None:
    with pytest.raises(ProjectFileError) as info:
        save_project(small_project(), tmp_path)
    assert info.value.path == str(tmp_path)
    assert [p for p in tmp_path.iterdir()] == []


# --- migration --------------------------------------------------------------------------

V0_FILE = b"""{
  "format": "raci-studio",
  "version": 0,
  "name": "Churn model (2024 plan)",
  "roles": [
    {"id": "product-manager", "name": "Product Manager", "abbreviation": "PM"},
    {"id": "data-scientist", "name": "Data Scientist", "abbreviation": "DS"}
  ],
  "phases": [
    {"id": "training", "name": "Training"},
    {"id": "monitoring", "name": "Monitoring"}
  ],
  "flows": [
    {"from": "training", "to": "monitoring"},
    {"from": "monitoring", "to": "training", "kind": "feedback"},
    {"id": "training-to-monitoring", "source": "training", "target": "monitoring",
     "label": "second path"}
  ],
  "activities": [
    {"id": "train", "name": "Train the model", "phase": "training",
     "assignments": {"product-manager": "A/R", "data-scientist": "r, c"}},
    {"id": "watch", "name": "Watch drift", "phase": "monitoring",
     "assignments": {"data-scientist": "A / R", "product-manager": ""}}
  ]
}
"""


def test_version_zero_file_is_migrated() -> None:
    project = loads_project(V0_FILE, "churn.raci.json")
    assert project.roles[0].short == "PM"
    assert project.activities[0].raci == {"data-scientist": "RC", "product-manager": "RA"}
    assert project.activities[1].raci == {"data-scientist": "RA"}
    assert [(f.id, f.source, f.target, f.kind.value) for f in project.flows] == [
        ("training-to-monitoring-2", "training", "monitoring", "forward"),
        ("monitoring-to-training", "monitoring", "training", "feedback"),
        ("training-to-monitoring", "training", "monitoring", "forward"),
    ]
    saved = dumps_project(project)
    assert b'"schema_version": 2' in saved and b'"version"' not in saved
    assert is_canonical(saved)


def test_migrations_form_a_chain_to_the_current_version() -> None:
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))
    migrated = migrate({"format": "raci-studio", "version": 0, "name": "x"}, 0)
    assert migrated == {"format": "raci-studio", "schema_version": SCHEMA_VERSION, "name": "x"}


def test_migration_leaves_what_it_does_not_understand_for_validation() -> None:
    data = V0_FILE.replace(
        b'"assignments": {"data-scientist": "A / R"', b'"assignments": ["x"], "z": {"a": "b"'
    )
    with pytest.raises(ProjectFileError) as info:
        loads_project(data)
    assert any(p.startswith("$.activities[1].assignments:") for p in info.value.problems)


# --- schema and messages -----------------------------------------------------------------


def test_json_schema_describes_the_file(small_project: Factory) -> None:
    schema = project_json_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["required"][:3] == ["format", "schema_version", "name"]
    assert schema["properties"]["format"]["const"] == "raci-studio"
    json.dumps(schema)  # plain JSON, printable by the CLI
    written = json.loads(dumps_project(small_project()))
    assert set(written) <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_error_message_names_file_and_place() -> None:
    error = ProjectFileError("plan.raci.json", ["expected a comma"], "line 4, column 12")
    assert str(error) == "plan.raci.json, line 4, column 12: expected a comma"
    listed = ProjectFileError("plan.raci.json", ["$.a: x", "$.b: y"], "$.a")
    assert str(listed) == "plan.raci.json: 2 problems\n  $.a: x\n  $.b: y"
    assert str(ProjectFileError(None, ["empty"])) == "project data: empty"


def test_long_problem_lists_are_capped(small_project: Factory) -> None:
    project = small_project()
    data = json.loads(dumps_project(project))
    data["activities"] = [
        {"id": f"a{i}", "name": "n", "phase": "ghost", "raci": {"product-manager": "RA"}}
        for i in range(80)
    ]
    with pytest.raises(ProjectFileError) as info:
        loads_project(json.dumps(data).encode())
    assert info.value.total == 80
    assert len(info.value.problems) == 51
    assert info.value.problems[-1] == "… and 30 more problems"
    assert str(info.value).startswith("project data: 80 problems\n  $.activities[0].phase:")


def test_format_one_file_is_migrated_to_the_current_version() -> None:
    data = b'{"format": "raci-studio", "schema_version": 1, "name": "Old plan"}'
    project = loads_project(data, "old.raci.json")
    assert project.name == "Old plan"
    assert b'"schema_version": 2' in dumps_project(project)


def test_a_project_name_is_read_from_the_top_of_the_file(tmp_path) -> None:
    from raci_studio.io.project.peek import peek_project_name
    from tests.core.conftest import build_small_project

    project = build_small_project()
    project.name = 'Fraud "triage" & review'
    path = tmp_path / "plan.raci.json"
    save_project(project, path)
    assert peek_project_name(path) == 'Fraud "triage" & review'
    (tmp_path / "broken.raci.json").write_text("{ not json", "utf-8")
    assert peek_project_name(tmp_path / "broken.raci.json") is None
    assert peek_project_name(tmp_path / "missing.raci.json") is None
