"""The semantic diff in words, and the one-fact-per-line text for git."""

from __future__ import annotations

import datetime as dt

from raci_studio.core.model import Criterion, Measurement, Role
from raci_studio.core.versions.diff import diff_projects, diff_text
from raci_studio.core.versions.text import project_text
from tests.core.conftest import build_small_project


def test_equal_projects_have_no_diff():
    assert diff_projects(build_small_project(), build_small_project()) == []


def test_changes_read_as_a_program_manager_writes_them():
    old, new = build_small_project(), build_small_project()
    new.roles.append(Role(id="legal", name="Legal/Privacy"))
    new.phases[0].name = "Validation"
    new.activities[1].raci["ml-engineer"] = "R"  # was I
    new.metrics[1].target = 0.92
    new.metrics[0].measurements += [
        Measurement(date=dt.date(2026, 5, d), value=11000 - d) for d in (1, 2, 3)
    ]
    new.gates[0].criteria.append(Criterion(id="legal-ok", text="Legal sign-off"))
    new.scoping.problem_statement = "Simple tickets still reach agents."
    lines = diff_projects(old, new)
    text = diff_text(lines)
    assert text.splitlines() == [
        "Roles",
        '  Role added: "Legal/Privacy"',
        "Phases",
        '  Phase "Validation" renamed from "Business understanding"',
        "Gates",
        '  Gate "Go / no-go": criterion added: "Legal sign-off"',
        "Activities",
        '  Activity "Audit data sources": ML Engineer I → R',
        "Metrics",
        '  3 measurements added to "Tier-1 tickets per month"',
        '  Metric "Intent accuracy": target 0.9 → 0.92',
        "Scoping",
        '  Scoping: problem statement "Too many simple tickets reach human agents." → '
        '"Simple tickets still reach agents."',
    ]
    cell = next(x for x in lines if x.area == "Activities").as_json()
    assert cell["path"] == ["activities", "audit-sources", "raci", "ml-engineer"]
    assert (cell["old"], cell["new"]) == ("I", "R")


def test_a_rename_is_a_rename_and_removals_and_moves_are_named():
    old, new = build_small_project(), build_small_project()
    new.activities[0].name = "Agree KPIs"
    new.activities.append(new.activities.pop(0))
    new.roles.pop(2)
    texts = [x.text for x in diff_projects(old, new)]
    assert 'Role removed: "ML Engineer"' in texts
    assert 'Activity "Agree KPIs" renamed from "Define success KPIs"' in texts
    assert 'Activity "Agree KPIs" moved' in texts
    assert not any("added" in t for t in texts)


def test_the_text_form_has_one_fact_per_line_named_by_ids():
    old, new = build_small_project(), build_small_project()
    new.activities[1].raci["ml-engineer"] = "R"
    new.description = "Two\nlines"
    before, after = project_text(old).splitlines(), project_text(new).splitlines()
    assert 'activities[audit-sources].raci[ml-engineer] = "I"' in before
    changed = set(after) - set(before)
    assert changed == {
        'activities[audit-sources].raci[ml-engineer] = "R"',
        'description = "Two\\nlines"',
    }
    assert len(after) == len(before)
