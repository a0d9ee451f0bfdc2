"""`raci-studio new` and `raci-studio schema`."""

from __future__ import annotations

from raci_studio.core.templates import list_templates
from raci_studio.io.project.file import load_project


def test_list_names_every_template(cli):
    run = cli("new", "--list")
    assert run.code == 0
    ids = [line.split()[0] for line in run.out.splitlines()]
    assert ids == [info.id for info in list_templates()]


def test_without_a_template_it_says_that_one_is_needed(cli, tmp_path):
    run = cli("new", "-o", tmp_path / "plan.raci.json")
    assert run.code == 2
    assert "choose a template with --template ID" in run.err
    assert "ml-lifecycle" in run.err
    assert run.out == ""
    assert not (tmp_path / "plan.raci.json").exists()


def test_without_an_output_it_says_where_is_needed(cli):
    run = cli("new", "--template", "ml-lifecycle")
    assert run.code == 2
    assert run.err == "raci-studio new: say where to write the project with -o FILE\n"


def test_an_unknown_template_is_named(cli, tmp_path):
    run = cli("new", "-t", "waterfall", "-o", tmp_path / "plan.raci.json")
    assert run.code == 2
    assert "no template 'waterfall'" in run.err
    assert not (tmp_path / "plan.raci.json").exists()


def test_writes_a_project_that_passes_the_check(cli, tmp_path):
    out = tmp_path / "plan.raci.json"
    run = cli("new", "-t", "crisp-ml-q", "--name", "Fraud scoring", "-o", out)
    assert run.code == 0
    assert run.out == f"wrote {out}\n"
    assert load_project(out).name == "Fraud scoring"
    assert cli("check", "-q", out).code == 0
    assert cli("fmt", "--check", out).code == 0


def test_an_existing_file_is_kept_unless_forced(cli, plan):
    before = plan.read_bytes()
    run = cli("new", "-t", "ml-lifecycle", "-o", plan)
    assert run.code == 2
    assert run.err == f"{plan}: already exists (use --force to replace it)\n"
    assert plan.read_bytes() == before
    assert cli("new", "-t", "ml-lifecycle", "-o", plan, "--force").code == 0
    assert load_project(plan).name != "Churn prediction"
    assert plan.read_bytes() != before


def test_a_folder_as_output_is_said_to_be_one(cli, tmp_path):
    run = cli("new", "-t", "ml-lifecycle", "-o", tmp_path)
    assert run.code == 2
    assert run.err == (
        f"{tmp_path}: is a folder; name the file to write, such as {tmp_path / 'plan.raci.json'}\n"
    )


def test_a_name_the_file_cannot_hold_is_refused(cli, tmp_path):
    run = cli("new", "-t", "ml-lifecycle", "--name", "x" * 1000, "-o", tmp_path / "p.raci.json")
    assert run.code == 2
    assert run.err.startswith("raci-studio new: ")
    assert not (tmp_path / "p.raci.json").exists()


def test_schema_is_the_json_schema_of_the_file(cli):
    run = cli("schema")
    assert run.code == 0
    schema = run.json()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "RACI Studio project file"
    assert {"format", "schema_version", "name"} <= set(schema["required"])
    assert schema["properties"]["schema_version"]["const"] == 2


def test_an_output_in_a_missing_folder_is_refused(cli, tmp_path):
    out = tmp_path / "no" / "plan.raci.json"
    run = cli("new", "-t", "ml-lifecycle", "-o", out)
    assert run.code == 2
    assert run.err == f"{out}: cannot be written, there is no folder {out.parent}\n"


def test_a_failed_save_is_reported(cli, tmp_path, monkeypatch):
    from raci_studio.io.project.file import ProjectFileError

    def full_disk(project, path):
        raise ProjectFileError(path, ["could not save (No space left on device)"])

    monkeypatch.setattr("raci_studio.io.project.file.save_project", full_disk)
    out = tmp_path / "plan.raci.json"
    run = cli("new", "-t", "ml-lifecycle", "-o", out)
    assert run.code == 2
    assert run.err == f"{out}: could not save (No space left on device)\n"
    assert not out.exists()
