"""Bring project files written by earlier versions up to the current format, in code.

``MIGRATIONS[n]`` turns the JSON of a format-``n`` file into the JSON of format ``n + 1``; a
file is upgraded by running the chain from its version to
:data:`~raci_studio.core.model.SCHEMA_VERSION`. Migrations work on plain JSON values and are
forgiving: anything they do not recognise is left as it is, for validation to report.

Format 0, the first hand-written files, differed from format 1 in four ways:

- the version was written ``"version": 0`` (not ``schema_version``);
- roles had ``abbreviation`` where they now have ``short``;
- activities held ``assignments`` with letters as people write them (``"A/R"``, ``"r, a"``),
  where they now hold ``raci`` with plain capital letters (``"RA"``);
- flows had ``from``/``to`` and no id, where they now have ``source``/``target`` and an id.

Format 2 only adds optional fields to format 1 (a format-1 file is a valid format-2 file once
its version says so); the version goes up because a program that reads format 1 would refuse
the new fields as unknown:

- ``conflicts``: what a three-way merge could not decide, kept until a person resolves it
  (:class:`~raci_studio.core.model.Conflict`: kind, where in words, the path of field names
  and ids, the base, ours and theirs values, the sides where the value is absent).
- ``scoping.model_card.date`` and ``source``: when and from where an imported card came;
  ``scoping.data_requirements[].lineage``: the DVC-tracked path, content hash, size, file
  count and stage of a data set, and when its content last changed.
- phases: ``planned_start``, ``planned_end``, ``actual_start``, ``actual_end``;
- gates: ``planned_date``, ``decided_on``, ``outcome`` (passed / failed / deferred / skipped)
  and ``decided_by`` (a role);
- activities: ``due``, ``status`` (not started / in progress / done / blocked) and
  ``deliverable``;
- decision-log entries: ``activity``, ``from_role`` and ``to_role``, for a handoff of the
  activity's Accountable role, and ``flow``, the feedback loop a decision sent work back on;
- criteria: ``mandatory``; scoping: ``mandatory_sections`` (the MRD sections a template
  requires);
- ``retrospective``: the PM's summary, findings, contributing factors and lessons (a lesson
  with the go/no-go criterion it becomes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from raci_studio.core.ids import unique_id
from raci_studio.core.model import SCHEMA_VERSION

JsonObject = dict[str, Any]


def _letters_from_v0(written: Any) -> Any:
    """Return "A/R"-style letters as plain capitals ("AR"); leave anything else as it is."""
    if not isinstance(written, str):
        return written
    return "".join(c for c in written.upper() if not c.isspace() and c not in "/,;+&")


def migrate_0_to_1(data: JsonObject) -> JsonObject:
    """Upgrade a format-0 project to format 1."""
    result = {k: v for k, v in data.items() if k not in ("version", "schema_version")}
    result = {"format": data.get("format"), "schema_version": 1, **result}
    for role in _objects(result.get("roles")):
        if "abbreviation" in role and "short" not in role:
            role["short"] = role.pop("abbreviation")
    for activity in _objects(result.get("activities")):
        assignments = activity.pop("assignments", None)
        if isinstance(assignments, dict) and "raci" not in activity:
            letters = {role: _letters_from_v0(v) for role, v in assignments.items()}
            activity["raci"] = {role: v for role, v in letters.items() if v != ""}
        elif assignments is not None:
            activity["assignments"] = assignments  # not understood: let validation say so
    flows = _objects(result.get("flows"))
    taken = {flow["id"] for flow in flows if isinstance(flow.get("id"), str)}
    for flow in flows:
        if "from" in flow and "source" not in flow:
            flow["source"] = flow.pop("from")
        if "to" in flow and "target" not in flow:
            flow["target"] = flow.pop("to")
        if "id" not in flow:
            name = f"{flow.get('source', 'flow')}-to-{flow.get('target', '')}"
            flow["id"] = unique_id(name, taken, fallback="flow")
            taken.add(flow["id"])
        flow.update({k: flow.pop(k) for k in list(flow) if k != "id"})  # id first, like v1
    return result


def migrate_1_to_2(data: JsonObject) -> JsonObject:
    """Upgrade a format-1 project to format 2: only the version changes."""
    return {**data, "schema_version": 2}


def _objects(items: Any) -> list[JsonObject]:
    """Return the dicts in a JSON list (copies are not needed: the input is freshly parsed)."""
    if not isinstance(items, list):
        return []
    return [item for item in items if isinstance(item, dict)]


MIGRATIONS: dict[int, Callable[[JsonObject], JsonObject]] = {
    0: migrate_0_to_1,
    1: migrate_1_to_2,
}


def migrate(data: JsonObject, version: int) -> JsonObject:
    """Run the migrations from ``version`` up to the current format and return the result."""
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data
