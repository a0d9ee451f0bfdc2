"""The catalogue of finding messages: every rule's words live there, whole and complete."""

from __future__ import annotations

import ast
import datetime as dt
import difflib
import re
from pathlib import Path

import pytest

from raci_studio.core.findings import Finding, Severity, finding
from raci_studio.core.messages import (
    MESSAGES,
    PLACEHOLDERS,
    Count,
    MessageError,
    code_of,
    placeholders,
    render,
)
from raci_studio.core.rules import check_project
from raci_studio.core.scoping import ALL_SECTION_TITLES
from raci_studio.io.project.file import load_project
from tests.core.broken_projects import broken_projects, finding_lines

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.raci.json"))
RULES_DIR = ROOT / "raci_studio" / "core" / "rules"
#: The messages of every broken project as the rules wrote them before the catalogue existed.
EXPECTED = Path(__file__).resolve().parent / "broken_project_findings.txt"
MESSAGE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$")


@pytest.fixture(scope="module")
def every_finding() -> list[Finding]:
    """Every finding the rules make on the samples and the broken projects."""
    projects = [load_project(path) for path in SAMPLES] + list(broken_projects().values())
    return [f for project in projects for f in check_project(project)]


def test_every_finding_comes_from_the_catalogue(every_finding: list[Finding]) -> None:
    for f in every_finding:
        assert f.message_id in MESSAGES, f
        assert f.code == code_of(f.message_id)
        assert f.arguments().keys() == PLACEHOLDERS[f.message_id], f.message_id
        assert render(f.message_id, f.arguments()) == f.message


def test_every_template_is_used_by_a_rule(every_finding: list[Finding]) -> None:
    used = {f.message_id for f in every_finding}
    assert sorted(set(MESSAGES) - used) == []


def test_the_broken_projects_read_as_before() -> None:
    expected = EXPECTED.read_text(encoding="utf-8").splitlines()
    got = finding_lines()
    diff = "\n".join(difflib.unified_diff(expected, got, "expected", "now", lineterm=""))
    assert got == expected, diff


def test_message_ids_are_kebab_case_with_an_optional_shape() -> None:
    for key in MESSAGES:
        assert MESSAGE_ID.match(key), key


def test_every_template_formats_with_its_own_placeholders() -> None:
    for key, template in MESSAGES.items():
        values = {name: Count(2) for name in PLACEHOLDERS[key]}
        if "share" in values:
            values["share"] = 0.5  # type: ignore[assignment]
        text = template.format_map(values)
        assert "{" not in text and "}" not in text, key


def test_each_mrd_section_has_its_own_sentence() -> None:
    for key, title in ALL_SECTION_TITLES.items():
        template = MESSAGES[f"scoping-missing-{key}"]
        assert template.startswith(f"Scoping: {title.lower()} missing ({{missing}}); "), key
    missing = {k for k in MESSAGES if k.startswith("scoping-missing-")}
    assert missing == {f"scoping-missing-{key}" for key in ALL_SECTION_TITLES}


def test_rules_build_findings_only_through_the_catalogue() -> None:
    for path in sorted(RULES_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "Finding", f"{path.name}:{node.lineno} writes its words"


def test_a_finding_carries_its_message_id_and_values() -> None:
    f = finding("idle-role", Severity.WARNING, "role", ("pm",), role="Product Manager")
    assert f.code == "idle-role" and f.message_id == "idle-role"
    assert f.args == (("role", "Product Manager"),)
    assert (
        f.message == '"Product Manager" holds no letter on any activity; give it work or remove it.'
    )
    assert f.subject == "role" and f.ids == ("pm",)


def test_a_shape_keeps_the_public_code() -> None:
    f = finding(
        "metric-breached.lower",
        Severity.WARNING,
        "metric",
        ("latency",),
        metric="Latency",
        value="420 ms",
        date=dt.date(2026, 3, 2),
        threshold="300 ms",
    )
    assert f.code == "metric-breached" and f.message_id == "metric-breached.lower"
    assert "on 2026-03-02" in f.message


def test_findings_with_values_stay_hashable_and_comparable() -> None:
    def make() -> Finding:
        return finding(
            "accountable-overload",
            Severity.WARNING,
            "role",
            ("pm",),
            role="PM",
            count=9,
            total=10,
            share=0.9,
        )

    assert make() == make() and len({make(), make()}) == 1
    assert "(90%)" in make().message


def test_values_are_inserted_as_they_are() -> None:
    f = finding("idle-role", Severity.WARNING, "role", ("x",), role="{weird} name %n")
    assert f.message.startswith('"{weird} name %n" holds no letter')


def test_an_unknown_message_id_is_refused() -> None:
    with pytest.raises(MessageError, match="no message 'no-such-thing'"):
        finding("no-such-thing", Severity.INFO, "project", ())


def test_missing_or_extra_values_are_refused() -> None:
    with pytest.raises(MessageError, match="takes \\['role'\\]"):
        finding("idle-role", Severity.WARNING, "role", ("x",))
    with pytest.raises(MessageError):
        finding("idle-role", Severity.WARNING, "role", ("x",), role="PM", extra="?")


def test_a_count_is_written_in_words_only_when_asked() -> None:
    assert "{n:w} {n} {n:>3}".format(n=Count(2)) == "two 2   2"
    assert f"{Count(12):w}" == "12"
    assert placeholders("{count:w} of {total} ({share:.0%})") == {"count", "total", "share"}


def test_a_finding_written_without_the_catalogue_still_works() -> None:
    f = Finding("house-rule", Severity.INFO, "Our own words.")
    assert f.message_id == "" and f.args == () and f.arguments() == {}
