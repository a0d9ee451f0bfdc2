"""Canonical form: raci keys in role-id order, letters in scheme order, no empty cells."""

from __future__ import annotations

from collections.abc import Callable

from raci_studio.core.canonical import canonicalize
from raci_studio.core.model import Project

Factory = Callable[[], Project]


def test_sorts_raci_keys_by_role_id(small_project: Factory) -> None:
    project = small_project()
    activity = project.activities[1]
    activity.raci = {"product-manager": "A", "ml-engineer": "I", "data-scientist": "R"}
    canonicalize(project)
    assert list(activity.raci) == ["data-scientist", "ml-engineer", "product-manager"]
    assert activity.raci["product-manager"] == "A"


def test_orders_and_deduplicates_letters_in_scheme_order(small_project: Factory) -> None:
    project = small_project()
    project.activities[0].raci = {"data-scientist": "CC", "product-manager": "ARA"}
    canonicalize(project)
    assert project.activities[0].raci == {"data-scientist": "C", "product-manager": "RA"}


def test_rasci_puts_support_after_accountable(small_project: Factory) -> None:
    project = small_project()
    project.scheme = "RASCI"
    project.activities[0].raci = {"data-scientist": "SR", "product-manager": "A"}
    canonicalize(project)
    assert project.activities[0].raci["data-scientist"] == "RS"


def test_drops_empty_cells(small_project: Factory) -> None:
    project = small_project()
    project.activities[2].raci = {"data-scientist": "A", "ml-engineer": "R", "zeta": ""}
    canonicalize(project)
    assert project.activities[2].raci == {"data-scientist": "A", "ml-engineer": "R"}


def test_keeps_unknown_letters_after_known_ones(small_project: Factory) -> None:
    project = small_project()
    project.activities[0].raci = {"product-manager": "XAX", "data-scientist": "C"}
    canonicalize(project)
    assert project.activities[0].raci == {"data-scientist": "C", "product-manager": "AX"}


def test_never_reorders_collections(small_project: Factory) -> None:
    project = small_project()
    project.roles.reverse()
    project.activities.reverse()
    before = project.model_copy(deep=True)
    canonicalize(project)
    assert [r.id for r in project.roles] == [r.id for r in before.roles]
    assert [a.id for a in project.activities] == [a.id for a in before.activities]
    assert project == before


def test_is_idempotent_and_leaves_canonical_dicts_alone(small_project: Factory) -> None:
    project = small_project()
    project.activities[1].raci = {"product-manager": "AR", "data-scientist": "I"}
    canonicalize(project)
    once = project.model_copy(deep=True)
    kept = [a.raci for a in project.activities]
    canonicalize(project)
    assert project == once
    assert all(a.raci is raci for a, raci in zip(project.activities, kept, strict=True))


def test_layout_keys_are_put_in_node_id_order(small_project: Factory) -> None:
    # Positions have no order of their own; edits keep them sorted, and so does loading.
    project = small_project()
    project.layout = {"monitoring": (1.0, 2.0), "data-collection": (3.0, 4.0)}
    canonicalize(project)
    assert list(project.layout) == ["data-collection", "monitoring"]
