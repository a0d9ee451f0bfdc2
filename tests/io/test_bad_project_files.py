"""Bad project files: each is refused with ProjectFileError saying what is wrong and where."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from raci_studio.core.model import Project
from raci_studio.io.project import file as project_file
from raci_studio.io.project.file import (
    ProjectFileError,
    dumps_project,
    load_project,
    loads_project,
)

Factory = Callable[[], Project]
HEAD = b'{"format": "raci-studio", "schema_version": 1, '


def refuse(data: bytes, source: str = "plan.raci.json") -> ProjectFileError:
    """Return the error loading ``data`` raises (and fail if it loads)."""
    with pytest.raises(ProjectFileError) as info:
        loads_project(data, source)
    error = info.value
    assert error.path == source
    assert str(error).startswith(source)
    assert "Traceback" not in str(error)
    return error


def with_name(name: bytes) -> bytes:
    return HEAD + b'"name": ' + name + b"}"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf \n"])
def test_empty_or_whitespace_file(data: bytes) -> None:
    error = refuse(data)
    assert error.problems == ["the file is empty"]


def test_truncated_json_gives_line_and_column(small_project: Factory) -> None:
    data = dumps_project(small_project())
    cut = data[: data.index(b'"data-scientist"') + 8]
    error = refuse(cut)
    lines = cut.decode().split("\n")
    assert error.location == f"line {len(lines)}, column {len(lines[-1]) - 7}"
    assert "cut off" in str(error)


def test_syntax_error_in_the_middle_gives_line_and_column() -> None:
    error = refuse(b'{\n  "format": "raci-studio",\n  "name": "x"\n  "roles": []\n}\n')
    assert str(error) == "plan.raci.json, line 4, column 3: expected a comma between two items"


def test_trailing_comma_is_explained() -> None:
    error = refuse(b'{\n  "format": "raci-studio",\n}')
    assert error.location == "line 3, column 1"
    assert "a comma before" in str(error)


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"[1, 2]", "a list"), (b'"plan"', "a text"), (b"42", "a number"), (b"null", "nothing")],
)
def test_not_an_object(data: bytes, kind: str) -> None:
    error = refuse(data)
    assert error.problems == [
        f"the file holds {kind}, not a project (a project is a JSON object {{ … }})"
    ]


def test_wrong_types_are_all_listed_with_json_paths() -> None:
    data = HEAD + (
        b'"name": 5, "roles": {}, "phases": [{"id": "p", "name": "P", "status": "late"}],'
        b' "metrics": [{"id": "m", "name": "M", "target": "high",'
        b' "measurements": [{"date": "2026-13-01", "value": 1}]}],'
        b' "gates": [{"id": "g", "name": "G",'
        b' "criteria": [{"id": "c", "text": "t", "checked": "maybe"}]}]}'
    )
    error = refuse(data)
    assert error.problems == [
        "$.name: must be text in double quotes, not 5",
        "$.roles: must be a list [ … ], not an object",
        '$.phases[0].status: must be "not_started", "in_progress", "done" or "blocked", not "late"',
        '$.gates[0].criteria[0].checked: must be true or false, not "maybe"',
        '$.metrics[0].target: must be a number, not "high"',
        "$.metrics[0].measurements[0].date: must be a date written YYYY-MM-DD "
        '(such as 2026-03-01), not "2026-13-01"',
    ]
    assert error.location == "$.name"
    assert str(error).startswith("plan.raci.json: 6 problems\n  $.name: must be text")


def test_missing_and_unknown_fields() -> None:
    error = refuse(HEAD + b'"roles": [{"id": "pm"}], "colour": "red"}')
    assert error.problems == [
        "$.name: is required but missing",
        "$.roles[0].name: is required but missing",
        "$.colour: is not a field RACI Studio knows here (a typo, or a file from a newer version?)",
    ]


def test_bad_ids_and_letters_name_the_cell() -> None:
    data = with_name(
        b'"x", "activities": [{"id": "a", "name": "A", "phase": "p", "raci": {"Data Sci": "r"}}]'
    )
    data = data[:-1]  # with_name closed the object already
    error = refuse(data + b"}")
    assert error.problems[0].startswith(
        '$.activities[0].raci["Data Sci"]: the key "Data Sci" is not valid: it must be an id'
    )
    assert (
        error.problems[1]
        == '$.activities[0].raci["Data Sci"]: must be capital letters such as R, A, C or I, not "r"'
    )


def test_layout_position_must_be_a_pair() -> None:
    error = refuse(with_name(b'"x", "layout": {"p": [1]}'))
    assert error.problems == ['$.layout["p"][1]: must be a pair of numbers [x, y]']


def test_newer_version_is_refused() -> None:
    error = refuse(b'{"format": "raci-studio", "schema_version": 7, "name": "x"}')
    assert str(error) == (
        "plan.raci.json: this file was saved by a newer RACI Studio (format version 7); "
        "this version reads up to 2. Update RACI Studio to open it."
    )


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"name": "x"}', "not a RACI Studio project file: it has no format"),
        (
            b'{"format": "drawio", "schema_version": 1}',
            'its format is "drawio" (expected "raci-studio")',
        ),
        (b'{"format": "raci-studio", "name": "x"}', "does not say its format version"),
        (
            b'{"format": "raci-studio", "schema_version": "1"}',
            '$.schema_version: must be a whole number such as 2, not "1"',
        ),
        (b'{"format": "raci-studio", "schema_version": 1.0}', "must be a whole number"),
        (
            b'{"format": "raci-studio", "schema_version": -1}',
            "format version -1 is not one that RACI Studio ever wrote",
        ),
    ],
)
def test_bad_header(data: bytes, words: str) -> None:
    assert words in str(refuse(data))


def test_duplicate_ids(small_project: Factory) -> None:
    data = dumps_project(small_project()).replace(b'"id": "ml-engineer"', b'"id": "data-scientist"')
    error = refuse(data)
    assert error.problems[0] == (
        '$.roles[2].id: the role id "data-scientist" is already used by $.roles[1]; '
        "ids must be unique"
    )


def test_duplicate_key_is_refused_with_its_place(small_project: Factory) -> None:
    data = dumps_project(small_project())
    data = data.replace(b'"short": "DS",', b'"short": "DS",\n      "name": "Data Sci",', 1)
    error = refuse(data)
    line = data[: data.index(b'"name": "Data Sci"')].count(b"\n") + 1
    assert (
        str(error)
        == f'plan.raci.json, line {line}, column 7: the key "name" appears twice in the same object'
    )


def test_duplicate_key_deep_inside_a_cell_map() -> None:
    data = with_name(
        b'"x",\n"activities": [{"id": "a", "name": "A", "phase": "p",\n'
        b' "raci": {"pm": "R", "pm": "A"}}]'
    )
    error = refuse(data)
    column = data.split(b"\n")[2].rindex(b'"pm"') + 1
    assert error.location == f"line 3, column {column}"
    assert error.problems == ['the key "pm" appears twice in the same object']


def test_same_key_in_different_objects_is_fine(small_project: Factory) -> None:
    assert loads_project(dumps_project(small_project())) == small_project()


def test_dangling_references(small_project: Factory) -> None:
    data = dumps_project(small_project()).replace(b'"ml-engineer": "R"', b'"ghost-role": "R"')
    error = refuse(data)
    assert error.problems == [
        '$.activities[2].raci["ghost-role"]: the activity is assigned to "ghost-role", '
        "which is not a role of this project"
    ]
    assert error.location == '$.activities[2].raci["ghost-role"]'


def test_fifty_megabyte_string_is_refused_by_size(tmp_path: Path) -> None:
    data = HEAD + b'"name": "x", "description": "' + b"a" * 50_000_000 + b'"}'
    error = refuse(data)
    assert error.problems == [
        "the file is 50.0 MB; project files are at most 32 MB, so this is not a project file"
    ]
    path = tmp_path / "huge.raci.json"
    with path.open("wb") as handle:  # a sparse file: the size is checked before reading
        handle.write(data[:100])
        handle.truncate(len(data))
    with pytest.raises(ProjectFileError, match=r"50\.0 MB"):
        load_project(path)


def test_overlong_text_below_the_size_cap_is_refused_by_its_field() -> None:
    data = HEAD + b'"name": "x", "description": "' + b"a" * 1_000_000 + b'"}'
    error = refuse(data)
    assert error.problems == ["$.description: must be at most 20000 characters (it has 1,000,000)"]


def test_file_above_the_size_cap_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.raci.json"
    path.write_bytes(with_name(b'"' + b"x" * 2000 + b'"'))
    with pytest.raises(ProjectFileError, match=r"the file is 0.0 MB; project files are at most"):
        load_project(path)
    with pytest.raises(ProjectFileError, match="at most"):
        loads_project(path.read_bytes())


@pytest.mark.parametrize("opening", [b"[", b'{"a": '])
def test_hundred_thousand_levels_of_nesting(opening: bytes) -> None:
    data = HEAD + b'"name": "x", "description": ' + opening * 100_000
    error = refuse(data)
    assert "nested too deeply" in str(error)
    assert error.location is not None and error.location.startswith("line 1, column ")


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_refused(constant: bytes) -> None:
    data = with_name(b'"x",\n  "metrics": [{"id": "m", "name": "M", "target": ' + constant + b"}]")
    error = refuse(data)
    column = data.split(b"\n")[1].index(constant) + 1
    assert error.location == f"line 2, column {column}"
    assert f"{constant.decode()} is not a number a project can hold" in str(error)


def test_overflowing_numbers_are_refused() -> None:
    error = refuse(with_name(b'"x", "metrics": [{"id": "m", "name": "M", "target": 1e400}]'))
    assert "the number 1e400 is too large" in str(error)
    error = refuse(
        with_name(b'"x", "metrics": [{"id": "m", "name": "M", "target": 1' + b"0" * 400 + b"}]")
    )
    assert error.problems == ["$.metrics[0].target: is too large a number"]
    error = refuse(
        with_name(b'"x", "metrics": [{"id": "m", "name": "M", "target": 1' + b"0" * 5000 + b"}]")
    )
    assert "has too many digits" in str(error)


def test_invalid_utf8_gives_line_column_and_byte_offset() -> None:
    data = HEAD + b'\n"name": "Caf\xe9"}'
    error = refuse(data)
    assert error.location == "line 2, column 13"
    offset = data.index(b"\xe9")
    assert f"byte offset {offset}" in str(error)
    assert "not valid UTF-8" in str(error)


@pytest.mark.parametrize("escape", [rb"\ud800", rb"\uDBFF", rb"\udc00", rb"x\ude00\ud83d"])
def test_lone_surrogate_escapes_are_refused(escape: bytes) -> None:
    error = refuse(with_name(b'"ab' + escape + b'"'))
    assert "lone surrogate" in str(error)
    assert error.location is not None and error.location.startswith("line 1, column ")


def test_surrogate_pairs_and_escaped_backslashes_are_fine() -> None:
    assert loads_project(with_name(rb'"ok \ud83d\ude00"')).name == "ok 😀"
    assert loads_project(with_name(rb'"path \\ud800"')).name == "path \\ud800"


def test_surrogate_escape_in_a_key_is_refused() -> None:
    error = refuse(HEAD + rb'"name": "x", "layout": {"\udfff": [1, 2]}}')
    assert "lone surrogate" in str(error)


@pytest.mark.parametrize(
    ("char", "code"), [(rb"\u0007", "U+0007"), (rb"\n", "U+000A"), (b"\\u001b", "U+001B")]
)
def test_control_characters_in_names(char: bytes, code: str) -> None:
    error = refuse(with_name(b'"Bad' + char + b'name"'))
    assert error.problems == [
        f"$.name: must be one line without control characters (found {code} at character 4)"
    ]


def test_control_characters_in_text_allow_tabs_and_new_lines() -> None:
    assert loads_project(with_name(b'"x", "description": "a\\tb\\nc"')).description == "a\tb\nc"
    error = refuse(with_name(b'"x", "description": "bell\\u0007"'))
    assert "control character (U+0007, character 5); only tabs and new lines" in str(error)


def test_raw_control_character_in_json_text() -> None:
    error = refuse(with_name(b'"a\x01b"'))
    assert "raw control character" in str(error)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_files_are_refused(small_project: Factory, encoding: str) -> None:
    data = dumps_project(small_project()).decode().encode(encoding)
    error = refuse(data)
    assert error.problems == [
        "the file is saved as UTF-16; RACI Studio files are UTF-8 (save it again as UTF-8)"
    ]


def test_utf8_bom_is_accepted(small_project: Factory) -> None:
    assert loads_project(b"\xef\xbb\xbf" + dumps_project(small_project())) == small_project()


def test_zip_or_excel_file_renamed() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    error = refuse(buffer.getvalue())
    assert error.problems == [
        "this is a zip or Excel file, not a project file; use File > Import to read a spreadsheet"
    ]


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError) as info:
        load_project(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder, not a project file"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="there is no such file"):
        load_project(tmp_path / "nope.raci.json")


def test_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.raci.json"
    path.write_bytes(b"{}")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it would for a user

        def deny(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(ProjectFileError, match="not allowed to read this file"):
        load_project(path)


def test_other_os_errors_become_project_file_errors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    path = tmp_path / "plan.raci.json"
    path.write_bytes(b"{}")
    monkeypatch.setattr("builtins.open", broken)
    with pytest.raises(ProjectFileError, match=r"cannot be read \(Input/output error\)"):
        load_project(path)


def test_no_partial_project_on_any_problem(small_project: Factory) -> None:
    data = json.loads(dumps_project(small_project()))
    data["activities"][0]["raci"]["ghost"] = "R"
    with pytest.raises(ProjectFileError):
        loads_project(json.dumps(data).encode())
