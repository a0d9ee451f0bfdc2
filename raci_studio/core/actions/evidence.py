"""Bring evidence into the plan: a model card, a data set's lineage; one undo step each.

Each builder reads the project as it is now and returns an :class:`EvidencePlan`: the edit
(``None`` when nothing would change) and, line by line, what goes where, for the preview the
user reads before anything changes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from raci_studio.core.actions.metrics import merge_measurements
from raci_studio.core.edits import Batch, Edit, InsertItem, UpdateFields
from raci_studio.core.evidence import CARD_SECTIONS, CardReading, ReportedResult, TrackedData
from raci_studio.core.ids import unique_id
from raci_studio.core.model import (
    DataRequirement,
    Lineage,
    Measurement,
    Metric,
    MetricCategory,
    Project,
    Risk,
)
from raci_studio.core.numbers import format_value, size_words

_TEXT_LIMIT = 20_000
_NAME_LIMIT = 200


@dataclass(frozen=True)
class EvidencePlan:
    """An edit to apply as one undo step, and what it does in words, one line per fact."""

    edit: Edit | None
    lines: tuple[str, ...]


def _cut(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


# -- model card -----------------------------------------------------------------------------


def import_card(project: Project, card: CardReading, on: dt.date) -> EvidencePlan:
    """Plan taking ``card`` into the project: model card, metrics, risks, data sets.

    Parameters
    ----------
    project : Project
    card : CardReading
    on : date
        The card's date: the date of the measurements its results become.
    """
    edits: list[Edit] = []
    lines: list[str] = []
    section = _card_fields(project, card, on, lines)
    if section:
        edits.append(UpdateFields(("scoping", "model_card"), section, "model card"))
    metric_edits, metric_lines = _metric_edits(project, card, on)
    edits += metric_edits
    lines += metric_lines
    edits += _risk_edits(project, card.limitations, lines)
    edits += _dataset_edits(project, card, lines)
    for note in card.notes:
        lines.append(f"Not imported: {note}")
    missing = card.missing
    if missing:
        lines.append(f"The card says nothing of: {', '.join(m.lower() for m in missing)}.")
    label = f"Import model card {card.source}"
    return EvidencePlan(Batch(tuple(edits), label) if edits else None, tuple(lines))


def _card_fields(
    project: Project, card: CardReading, on: dt.date, lines: list[str]
) -> dict[str, Any]:
    current = project.scoping.model_card
    fields: dict[str, Any] = {}
    details = card.sections.get("model_details", "")
    extra = [
        f"License: {card.license}." if card.license else "",
        f"Languages: {', '.join(card.languages)}." if card.languages else "",
        f"Environmental impact:\n{card.environmental_impact}" if card.environmental_impact else "",
    ]
    details = "\n\n".join(part for part in (details, *extra) if part)
    texts = {**card.sections, "model_details": details}
    for key, words in CARD_SECTIONS.items():
        text = _cut(texts.get(key, ""), _TEXT_LIMIT)
        if not text or text == getattr(current, key):
            continue
        fields[key] = text
        verb = "replaces what the plan had" if getattr(current, key).strip() else "filled"
        lines.append(f"Model card ▸ {words}: {verb} ({len(text):,} characters)")
    if fields or current.date != on:
        fields["date"] = on
    source = _cut(card.source, _NAME_LIMIT)
    if fields and current.source != source:
        fields["source"] = source
    return fields


def _metric_name(result: ReportedResult, ambiguous: set[str]) -> str:
    name = result.metric
    if _key(name) in ambiguous and result.dataset:
        name = f"{name} ({result.dataset})"
    return _cut(" ".join(name.split()), _NAME_LIMIT)


def _metric_edits(project: Project, card: CardReading, on: dt.date) -> tuple[list[Edit], list[str]]:
    seen: dict[str, int] = {}
    for result in card.results:
        seen[_key(result.metric)] = seen.get(_key(result.metric), 0) + 1
    ambiguous = {k for k, n in seen.items() if n > 1}
    existing = {_key(m.name): m for m in project.metrics}
    taken = {m.id for m in project.metrics}
    new: dict[str, Metric] = {}
    rows: list[tuple[str, Measurement]] = []
    lines: list[str] = []
    for result in card.results:
        name = _metric_name(result, ambiguous)
        if not math.isfinite(result.value):
            lines.append(f'Not imported: "{name}" reports {result.value!r}, not a number.')
            continue
        note = _cut(f"Model card: {result.benchmark}" if result.benchmark else "Model card", 2000)
        measurement = Measurement(
            date=on, value=result.value, note=note, source=_cut(card.source, _NAME_LIMIT)
        )
        value = format_value(result.value)
        metric = existing.get(_key(name))
        if metric is not None:
            rows.append((metric.id, measurement))
            lines.append(f'Metric "{metric.name}": {value} on {on.isoformat()}')
            continue
        if _key(name) in new:
            new[_key(name)].measurements.append(measurement)
            continue
        ident = unique_id(name, taken, "metric")
        taken.add(ident)
        where = f" on {result.benchmark}" if result.benchmark else ""
        new[_key(name)] = Metric(
            id=ident,
            name=name,
            category=MetricCategory.MODEL,
            description=f"Reported by the model card {card.source}{where}.",
            measurements=[measurement],
        )
        lines.append(f'Metric "{name}" (new model metric{where}): {value} on {on.isoformat()}')
    edits: list[Edit] = [
        InsertItem(("metrics",), len(project.metrics) + i, metric, "model card metric")
        for i, metric in enumerate(new.values())
    ]
    if rows:
        plan = merge_measurements(project, rows, "model card results")
        if plan.edit is not None:
            edits.append(plan.edit)
    return edits, lines


def _risk_edits(project: Project, limitations: Sequence[str], lines: list[str]) -> list[Edit]:
    risks = project.scoping.risks
    known = {_key(r.description) for r in risks}
    taken = {r.id for r in risks}
    edits: list[Edit] = []
    for text in limitations:
        text = _cut(text, _TEXT_LIMIT)
        if not text or _key(text) in known:
            continue
        known.add(_key(text))
        ident = unique_id(" ".join(text.split()[:6]), taken, "risk")
        taken.add(ident)
        risk = Risk(id=ident, description=text, mitigation="")
        edits.append(InsertItem(("scoping", "risks"), len(risks) + len(edits), risk, "risk"))
        lines.append(f"Risk: {_cut(' '.join(text.split()), 90)}")
    return edits


def _dataset_edits(project: Project, card: CardReading, lines: list[str]) -> list[Edit]:
    rows = project.scoping.data_requirements
    known = {_key(r.dataset) for r in rows}
    taken = {r.id for r in rows}
    edits: list[Edit] = []
    for name in card.datasets:
        name = _cut(" ".join(name.split()), _NAME_LIMIT)
        if not name or _key(name) in known:
            continue
        known.add(_key(name))
        ident = unique_id(name, taken, "data-set")
        taken.add(ident)
        source = _cut(f"Named in the model card {card.source}", _NAME_LIMIT)
        row = DataRequirement(id=ident, dataset=name, source=source)
        edits.append(
            InsertItem(("scoping", "data_requirements"), len(rows) + len(edits), row, "data")
        )
        lines.append(f'Data requirement "{name}"')
    return edits


# -- lineage --------------------------------------------------------------------------------


def import_lineage(
    project: Project, tracked: Iterable[TrackedData], on: dt.date, source: str
) -> EvidencePlan:
    """Plan recording DVC-tracked data sets as data requirements (new or updated).

    A data set is matched by its tracked path, else by its name among data requirements
    without lineage. A content hash that differs from the recorded one marks the data set
    changed on ``on``, which the lint reports against the model card's date.
    """
    rows = project.scoping.data_requirements
    by_path = {r.lineage.path: r for r in rows if r.lineage is not None}
    by_name = {_key(r.dataset): r for r in rows if r.lineage is None}
    taken = {r.id for r in rows}
    edits: list[Edit] = []
    lines: list[str] = []
    added = 0
    for item in tracked:
        row = by_path.get(item.path) or by_name.pop(_key(item.name), None)
        if row is None:
            ident = unique_id(item.name, taken, "data-set")
            taken.add(ident)
            new = DataRequirement(
                id=ident,
                dataset=_cut(item.name, _NAME_LIMIT),
                source=_cut(f"DVC: {item.path}", _NAME_LIMIT),
                lineage=_lineage(item, on),
            )
            edits.append(InsertItem(("scoping", "data_requirements"), len(rows) + added, new))
            added += 1
            lines.append(f'Data set "{new.dataset}" (new): {_facts(item)}')
            continue
        old = row.lineage
        lineage = _lineage(item, on, old)
        if old is not None and lineage == old:
            lines.append(f'Data set "{row.dataset}": unchanged since {old.recorded.isoformat()}')
            continue
        edits.append(UpdateFields(("scoping", "data_requirements", row.id), {"lineage": lineage}))
        if old is not None and old.hash and item.hash and old.hash != item.hash:
            lines.append(
                f'Data set "{row.dataset}": content changed since {old.recorded.isoformat()} '
                f"(hash {old.hash[:8]} → {item.hash[:8]})"
            )
        else:
            lines.append(f'Data set "{row.dataset}": {_facts(item)}')
    label = f"Import data lineage from {source}"
    return EvidencePlan(Batch(tuple(edits), label) if edits else None, tuple(lines))


def _lineage(item: TrackedData, on: dt.date, old: Lineage | None = None) -> Lineage:
    fields: dict[str, Any] = {
        "path": _cut(item.path, _NAME_LIMIT),
        "hash": item.hash,
        "size": item.size,
        "files": item.files,
        "stage": _cut(item.stage, _NAME_LIMIT),
        "recorded": on,
    }
    if old is None:
        return Lineage(**fields)
    same = old.hash == item.hash or not old.hash or not item.hash
    if same and (old.size, old.files, old.stage) == (item.size, item.files, fields["stage"]):
        return old
    if same:
        return old.model_copy(update={**fields, "recorded": old.recorded})
    return Lineage(**fields, previous_hash=old.hash, changed=on)


def _facts(item: TrackedData) -> str:
    parts = [item.path]
    if item.hash:
        parts.append(f"hash {item.hash[:8]}")
    if item.size is not None:
        parts.append(size_words(item.size))
    if item.files is not None:
        parts.append(f"{item.files:,} file{'s' if item.files != 1 else ''}")
    if item.stage:
        parts.append(f"made by stage {item.stage}")
    return ", ".join(parts)
