"""Change topics are plural, finding subjects singular; a typo in either fails loudly."""

from __future__ import annotations

import pytest

from raci_studio.core.changes import TOPICS, Change
from raci_studio.core.findings import SUBJECTS, Finding, Severity
from raci_studio.core.model import Project


def test_topics_are_the_plural_collections() -> None:
    assert {"roles", "phases", "gates", "flows", "activities", "metrics"} <= set(TOPICS)
    assert not set(TOPICS) & {"role", "phase", "gate", "flow", "activity", "metric"}


def test_every_part_of_a_project_file_is_a_topic() -> None:
    scalars = {"format", "schema_version", "name", "description", "scheme"}
    parts = set(Project.model_fields) - scalars
    assert parts <= set(TOPICS), "a new top-level field needs its topic in core.changes.Topic"


def test_a_singular_or_misspelt_topic_is_refused() -> None:
    change = Change(touched=frozenset({("metrics", "auc")}))
    assert change.concerns("metrics") and change.ids("metrics") == {"auc"}
    for wrong in ("metric", "Metrics", "metircs"):
        with pytest.raises(ValueError, match="not a change topic"):
            change.concerns(wrong)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="not a change topic"):
            change.ids(wrong)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="not a change topic"):
            change.reshaped(wrong)  # type: ignore[arg-type]


def test_reshaped_names_structural_changes_only() -> None:
    change = Change(restructured=frozenset({"roles"}), touched=frozenset({("phases", "p")}))
    assert change.reshaped("roles", "gates") and not change.reshaped("phases")
    assert Change.all().concerns("layout") and not Change.all().reshaped("roles")


def test_finding_subjects_are_singular_and_checked() -> None:
    assert "activity" in SUBJECTS and "activities" not in SUBJECTS
    Finding("x", Severity.INFO, "fine", ("a",), "activity")
    with pytest.raises(ValueError, match="not a finding subject"):
        Finding("x", Severity.INFO, "typo", ("a",), "activities")  # type: ignore[arg-type]
