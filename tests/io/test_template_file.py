"""Template files: saved, listed from a folder, loaded back; `raci-studio new --template FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raci_studio import cli
from raci_studio.core.own_templates import template_project
from raci_studio.io.project.file import ProjectFileError, load_project
from raci_studio.io.project.template_file import (
    SUFFIX,
    list_own_templates,
    load_template,
    save_template,
    template_path,
    user_template_folder,
)

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "invoice-fraud-screening.raci.json"


def saved(folder: Path) -> Path:
    template = template_project(
        load_project(SAMPLE), "Fraud screening standard", mandatory_sections=["go-no-go"]
    )
    return save_template(template, template_path(folder, template.name), "Our fraud standard")


def test_save_list_and_load_round_trip(tmp_path: Path) -> None:
    path = saved(tmp_path)
    assert path.name == f"fraud-screening-standard{SUFFIX}"
    assert template_path(tmp_path, "Fraud screening standard").name.endswith(f"-2{SUFFIX}")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["template"] == {
        "name": "Fraud screening standard",
        "description": "Our fraud standard",
    }
    own = load_template(path)
    assert own.project.scoping.mandatory_sections == ["go-no-go"]
    (tmp_path / f"broken{SUFFIX}").write_text("{", encoding="utf-8")
    found, problems = list_own_templates(tmp_path)
    assert [t.name for t in found] == ["Fraud screening standard"]
    assert len(problems) == 1 and "broken" in problems[0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ('{"format": "raci-studio", "schema_version": 2, "name": "x"}', 'has no "project"'),
        ('{"project": {"name": "x", "roles": [{"id": "A B", "name": "x"}]}}', "roles"),
    ],
)
def test_bad_template_files_are_refused_in_words(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / f"bad{SUFFIX}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectFileError, match=message):
        load_template(path)


def test_template_folder_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RACI_STUDIO_TEMPLATES", str(tmp_path))
    assert user_template_folder() == tmp_path
    monkeypatch.delenv("RACI_STUDIO_TEMPLATES")
    assert user_template_folder().name == "templates"


def test_cli_new_from_a_template_file(tmp_path: Path) -> None:
    path = saved(tmp_path)
    out = tmp_path / "next.raci.json"
    assert (
        cli.main(["new", "--template", str(path), "--name", "Payment anomalies", "-o", str(out)])
        == 0
    )
    project = load_project(out)
    assert project.name == "Payment anomalies"
    assert project.scoping.mandatory_sections == ["go-no-go"]
    assert cli.main(["new", "--template", str(tmp_path / "missing.json"), "-o", str(out)]) == 2
