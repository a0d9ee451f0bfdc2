"""Scoping actions: build the edits for every change to the MRD, with readable undo labels.

Each builder reads the project as it is now and returns one :class:`Edit` (one undo step), or
None when the change would change nothing (so that leaving a text field untouched does not
add an empty step to the history). Rows of the MRD's tables are addressed by section name
(``"risks"``, ``"go_no_go"``, …) and row id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from raci_studio.core.edits import (
    Batch,
    Edit,
    EditError,
    InsertItem,
    MoveItem,
    RemoveItem,
    Reorder,
    UpdateFields,
    find,
)
from raci_studio.core.ids import unique_id
from raci_studio.core.model import (
    Constraint,
    Criterion,
    DataRequirement,
    Decision,
    MetricCategory,
    ModelCard,
    Note,
    Project,
    Risk,
)


@dataclass(frozen=True)
class Section:
    """A table of the MRD: its row model, what one row is called and its naming field."""

    name: str
    model: type[BaseModel]
    noun: str
    title_field: str
    default_title: str


#: The tables of the MRD, by the name of their list in :class:`~raci_studio.core.model.Scoping`.
SECTIONS: dict[str, Section] = {
    s.name: s
    for s in (
        Section(
            "data_requirements", DataRequirement, "data requirement", "dataset", "New data set"
        ),
        Section("risks", Risk, "risk", "description", "New risk"),
        Section("assumptions", Note, "assumption", "text", "New assumption"),
        Section("constraints", Constraint, "constraint", "text", "New constraint"),
        Section("go_no_go", Criterion, "go/no-go criterion", "text", "New criterion"),
        Section("decision_log", Decision, "decision", "decision", "New decision"),
    )
}

#: The free-text fields of the MRD: field -> words for undo labels.
TEXT_FIELDS: dict[str, str] = {
    "problem_statement": "problem statement",
    "business_objective": "business objective",
}

#: The fields of the model card: field -> words for undo labels and headings.
MODEL_CARD_FIELDS: dict[str, str] = {
    "model_details": "model details",
    "intended_use": "intended use",
    "out_of_scope_uses": "out-of-scope uses",
    "training_data": "training data",
    "evaluation_data": "evaluation data",
    "ethical_considerations": "ethical considerations",
    "caveats_and_recommendations": "caveats and recommendations",
}

#: Metric fields the scoping view edits in place.
METRIC_VALUE_FIELDS: dict[str, str] = {
    "baseline": "baseline",
    "target": "target",
    "threshold": "threshold",
}

_LABEL_LENGTH = 40


def short(text: str, limit: int = _LABEL_LENGTH) -> str:
    """Return the first line of ``text``, cut to ``limit`` characters with an ellipsis."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# -- text fields ----------------------------------------------------------------------------


def set_text(project: Project, field: str, text: str) -> Edit | None:
    """Set the problem statement or the business objective (None when unchanged)."""
    if field not in TEXT_FIELDS:
        raise EditError(f"the MRD has no text field '{field}'")
    if getattr(project.scoping, field) == text:
        return None
    return UpdateFields(("scoping",), {field: text}, f"Edit {TEXT_FIELDS[field]}")


def set_model_card_text(project: Project, field: str, text: str) -> Edit | None:
    """Set one field of the model card (None when unchanged)."""
    if field not in MODEL_CARD_FIELDS:
        raise EditError(f"the model card has no field '{field}'")
    if getattr(project.scoping.model_card, field) == text:
        return None
    label = f"Edit model card: {MODEL_CARD_FIELDS[field]}"
    return UpdateFields(("scoping", "model_card"), {field: text}, label)


def clear_model_card(project: Project) -> Edit | None:
    """Empty every field of the model card (None when it is empty already)."""
    card = project.scoping.model_card
    if card == ModelCard():
        return None
    fields = {name: "" for name in MODEL_CARD_FIELDS}
    return UpdateFields(("scoping", "model_card"), fields, "Clear the model card")


# -- rows -----------------------------------------------------------------------------------


def section(name: str) -> Section:
    """Return the MRD table called ``name``; raise :class:`EditError` for an unknown one."""
    found = SECTIONS.get(name)
    if found is None:
        raise EditError(f"the MRD has no table '{name}'")
    return found


def rows(project: Project, name: str) -> list[Any]:
    """Return the rows of the MRD table ``name`` (the list itself: read, never mutate)."""
    table: list[Any] = getattr(project.scoping, section(name).name)
    return table


def row(project: Project, name: str, row_id: str) -> Any:
    """Return the row ``row_id`` of the MRD table ``name``."""
    found = next((r for r in rows(project, name) if r.id == row_id), None)
    if found is None:
        raise EditError(f"no {section(name).noun} '{row_id}'")
    return found


def row_title(project: Project, name: str, row_id: str) -> str:
    """Return a row's name for labels: its dataset, description, text or decision, cut short."""
    return short(str(getattr(row(project, name, row_id), section(name).title_field)))


def new_row(
    project: Project,
    name: str,
    fields: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
) -> BaseModel:
    """Build a new row for the MRD table ``name`` with a fresh id (not yet inserted)."""
    spec = section(name)
    data: dict[str, Any] = {spec.title_field: spec.default_title}
    if name == "decision_log":
        data["date"] = today or dt.date.today()
    data.update(fields or {})
    title = str(data.get(spec.title_field) or spec.default_title)
    taken = {r.id for r in rows(project, name)}
    data["id"] = unique_id(_first_words(title), taken, spec.name.rstrip("s").replace("_", "-"))
    try:
        return spec.model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise EditError(f"new {spec.noun}: {where}: {err['msg']}") from None


def _first_words(text: str, count: int = 6) -> str:
    return " ".join(text.split()[:count])


def add_row(
    project: Project,
    name: str,
    fields: Mapping[str, Any] | None = None,
    index: int | None = None,
    today: dt.date | None = None,
) -> InsertItem:
    """Add a row to the MRD table ``name`` at ``index`` (the end when None)."""
    item = new_row(project, name, fields, today)
    spec = section(name)
    at = len(rows(project, name)) if index is None else index
    title = short(str(getattr(item, spec.title_field)))
    return InsertItem(("scoping", name), at, item, f"Add {spec.noun} '{title}'")


def edit_row(
    project: Project, name: str, row_id: str, fields: Mapping[str, Any]
) -> UpdateFields | None:
    """Set fields of one row (None when every value is already as asked)."""
    spec = section(name)
    current = row(project, name, row_id)
    changed = {
        k: v for k, v in fields.items() if not hasattr(current, k) or getattr(current, k) != v
    }
    if not changed:
        return None
    title = row_title(project, name, row_id)
    if spec.title_field in changed:  # name the row as it will read after the edit
        title = short(str(changed[spec.title_field]))
    if len(changed) == 1:
        (field,) = changed
        words = field.replace("_", " ")
        label = f"Change {words} of {spec.noun} '{title}'"
        if field == spec.title_field:
            label = f"Edit {spec.noun} '{title}'"
    else:
        label = f"Edit {spec.noun} '{title}'"
    return UpdateFields(("scoping", name, row_id), changed, label)


def remove_rows(project: Project, name: str, row_ids: Iterable[str]) -> Edit | None:
    """Remove rows of the MRD table ``name`` as one step (None when ``row_ids`` is empty)."""
    spec = section(name)
    ids = list(dict.fromkeys(row_ids))
    if not ids:
        return None
    for ident in ids:
        row(project, name, ident)
    edits = tuple(RemoveItem(("scoping", name), ident) for ident in ids)
    if len(ids) == 1:
        label = f"Delete {spec.noun} '{row_title(project, name, ids[0])}'"
    else:
        label = f"Delete {len(ids)} {_plural(spec.noun)}"
    return Batch(edits, label)


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def move_row(project: Project, name: str, row_id: str, index: int) -> Edit | None:
    """Move one row to position ``index`` (None when it is there already)."""
    items = rows(project, name)
    old = next((i for i, r in enumerate(items) if r.id == row_id), None)
    if old is None:
        raise EditError(f"no {section(name).noun} '{row_id}'")
    index = max(0, min(index, len(items) - 1))
    if index == old:
        return None
    label = f"Move {section(name).noun} '{row_title(project, name, row_id)}'"
    return MoveItem(("scoping", name), row_id, index, label)


def reorder_rows(project: Project, name: str, ids: Sequence[str]) -> Edit | None:
    """Put the rows of table ``name`` in the order ``ids`` (None when already so)."""
    if [r.id for r in rows(project, name)] == list(ids):
        return None
    return Reorder(("scoping", name), tuple(ids), f"Reorder {_plural(section(name).noun)}")


# -- go/no-go criteria ----------------------------------------------------------------------


def add_manual_criterion(project: Project, text: str, index: int | None = None) -> InsertItem:
    """Add a go/no-go criterion that a person checks."""
    return add_row(project, "go_no_go", {"text": text}, index)


def add_metric_criterion(
    project: Project,
    text: str,
    metric_id: str,
    op: str | None = None,
    value: float | None = None,
    index: int | None = None,
) -> InsertItem:
    """Add a go/no-go criterion bound to a metric and evaluated from its latest value."""
    _metric(project, metric_id)
    fields = {"text": text, "metric": metric_id, "op": op, "value": value}
    return add_row(project, "go_no_go", fields, index)


def check_criterion(
    project: Project,
    criterion_id: str,
    checked: bool = True,
    on: dt.date | None = None,
    by: str | None = None,
) -> Edit | None:
    """Tick (with date and role) or untick a manual go/no-go criterion."""
    criterion: Criterion = row(project, "go_no_go", criterion_id)
    if criterion.metric is not None:
        raise EditError(
            f'"{short(criterion.text)}" is evaluated from its metric; it cannot be ticked by hand'
        )
    if by is not None:
        _role(project, by)
    if checked:
        fields: dict[str, Any] = {
            "checked": True,
            "checked_on": on or dt.date.today(),
            "checked_by": by if by is not None else criterion.checked_by,
        }
    else:
        fields = {"checked": False, "checked_on": None, "checked_by": None}
    if all(getattr(criterion, k) == v for k, v in fields.items()):
        return None
    verb = "Check" if checked else "Uncheck"
    return UpdateFields(
        ("scoping", "go_no_go", criterion_id), fields, f"{verb} '{short(criterion.text)}'"
    )


def bind_criterion(
    project: Project,
    criterion_id: str,
    metric_id: str,
    op: str | None = None,
    value: float | None = None,
) -> Edit | None:
    """Bind a criterion to a metric threshold; its check mark no longer applies."""
    criterion: Criterion = row(project, "go_no_go", criterion_id)
    metric = _metric(project, metric_id)
    fields = {
        "metric": metric_id,
        "op": op,
        "value": value,
        "checked": False,
        "checked_on": None,
        "checked_by": None,
    }
    if all(getattr(criterion, k) == v for k, v in fields.items()):
        return None
    label = f"Bind '{short(criterion.text)}' to {metric.name}"
    return UpdateFields(("scoping", "go_no_go", criterion_id), fields, label)


def make_manual(project: Project, criterion_id: str) -> Edit | None:
    """Turn a bound criterion into one a person checks."""
    criterion: Criterion = row(project, "go_no_go", criterion_id)
    if criterion.metric is None and criterion.op is None and criterion.value is None:
        return None
    fields = {"metric": None, "op": None, "value": None}
    label = f"Make '{short(criterion.text)}' a manual check"
    return UpdateFields(("scoping", "go_no_go", criterion_id), fields, label)


# -- decisions ------------------------------------------------------------------------------


def add_decision(
    project: Project,
    decision: str,
    on: dt.date | None = None,
    by: str | None = None,
    rationale: str = "",
) -> InsertItem:
    """Append a decision to the log (dated today unless ``on`` is given)."""
    if by is not None:
        _role(project, by)
    fields = {"decision": decision, "date": on or dt.date.today(), "by": by, "rationale": rationale}
    return add_row(project, "decision_log", fields)


# -- success metrics ------------------------------------------------------------------------


def set_metric_value(
    project: Project, metric_id: str, field: str, value: float | None
) -> Edit | None:
    """Set a metric's baseline, target or threshold from the scoping view (None: unchanged)."""
    if field not in METRIC_VALUE_FIELDS:
        raise EditError(f"the scoping view does not edit the metric field '{field}'")
    metric = _metric(project, metric_id)
    if getattr(metric, field) == value:
        return None
    label = f"Set {METRIC_VALUE_FIELDS[field]} of {metric.name}"
    return UpdateFields(("metrics", metric_id), {field: value}, label)


def link_proxy(project: Project, metric_id: str, kpi_id: str | None) -> Edit | None:
    """Link a model metric to the business KPI it stands in for (None unlinks)."""
    metric = _metric(project, metric_id)
    if kpi_id is not None:
        kpi = _metric(project, kpi_id)
        if kpi.category != MetricCategory.BUSINESS_KPI:
            raise EditError(f'"{kpi.name}" is not a business KPI')
        if kpi_id == metric_id:
            raise EditError("a metric cannot proxy itself")
    if metric.proxies == kpi_id:
        return None
    label = f"Unlink {metric.name} from its KPI"
    if kpi_id is not None:
        label = f"Link {metric.name} to {_metric(project, kpi_id).name}"
    return UpdateFields(("metrics", metric_id), {"proxies": kpi_id}, label)


def _metric(project: Project, metric_id: str) -> Any:
    return find(project.metrics, metric_id, "metric")


def _role(project: Project, role_id: str) -> Any:
    return find(project.roles, role_id, "role")
