"""The MRD's go/no-go checklist, evaluated: each criterion's verdict in a sentence and in brief."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from raci_studio.core.criteria import condition_words
from raci_studio.core.metrics import (
    CriterionResult,
    CriterionState,
    GateState,
    explain_criterion,
    gate_state,
)
from raci_studio.core.model import Criterion, Gate, Metric, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.scoping import role_names


@dataclass(frozen=True)
class CriterionView:
    """One go/no-go criterion as the view and the reports show it.

    Attributes
    ----------
    criterion : Criterion
    result : CriterionResult
        The evaluation, from :func:`~raci_studio.core.metrics.explain_criterion`.
    verdict : GateState
        ``pass`` (passed or checked), ``fail`` or ``not_yet``.
    words : str
        The state in a sentence: "Checked by Data Scientist on 2026-05-27",
        "Passed: Intent accuracy is 0.91 (needs ≥ 0.85)", "Not measured yet", …
    brief : str
        The same in a few words for a narrow column: "Pass: checked", "Fail: 0.81 (needs
        ≥ 0.85)", "Not yet: not measured".
    """

    criterion: Criterion
    result: CriterionResult
    verdict: GateState
    words: str
    brief: str = ""

    @property
    def manual(self) -> bool:
        """Return True when a person checks the criterion (it is bound to no metric)."""
        return self.criterion.metric is None


@dataclass(frozen=True)
class GoNoGoSummary:
    """The go/no-go checklist of the MRD, evaluated.

    Attributes
    ----------
    items : tuple of CriterionView
    state : GateState
        ``fail`` when any criterion fails, ``pass`` when all pass or are checked, else
        ``not_yet`` (also without criteria).
    """

    items: tuple[CriterionView, ...]
    state: GateState

    def count(self, verdict: GateState) -> int:
        """Return how many criteria have ``verdict``."""
        return sum(item.verdict is verdict for item in self.items)


def go_no_go_summary(project: Project) -> GoNoGoSummary:
    """Evaluate the MRD's go/no-go criteria (manual ones by their check mark)."""
    metrics = {m.id: m for m in project.metrics}
    criteria = project.scoping.go_no_go
    items = tuple(_criterion_view(project, c, metrics) for c in criteria)
    gate = Gate(id="go-no-go", name="Go/no-go", criteria=list(criteria))
    return GoNoGoSummary(items, gate_state(project, gate, metrics))


def _criterion_view(
    project: Project, criterion: Criterion, metrics: Mapping[str, Metric]
) -> CriterionView:
    result = explain_criterion(project, criterion, metrics)
    if result.state in (CriterionState.PASSED, CriterionState.CHECKED):
        verdict = GateState.PASS
    elif result.state is CriterionState.FAILED:
        verdict = GateState.FAIL
    else:
        verdict = GateState.NOT_YET
    words = describe_criterion(project, criterion, result, metrics)
    return CriterionView(criterion, result, verdict, words, _brief(criterion, result, metrics))


_BRIEF: dict[CriterionState, str] = {
    CriterionState.CHECKED: "Pass: checked",
    CriterionState.UNCHECKED: "Not yet: waiting for a check",
    CriterionState.NOT_MEASURED: "Not yet: not measured",
    CriterionState.NO_THRESHOLD: "Not yet: no value to compare with",
    CriterionState.UNKNOWN_METRIC: "Not yet: its metric does not exist",
}


def _brief(criterion: Criterion, result: CriterionResult, metrics: Mapping[str, Metric]) -> str:
    if result.state in _BRIEF:
        return _BRIEF[result.state]
    metric = metrics[criterion.metric or ""]
    verdict = "Pass" if result.state is CriterionState.PASSED else "Fail"
    actual = format_value(float(result.actual or 0.0), metric.unit)
    return f"{verdict}: {actual} (needs {condition_words(metric, result)})"


def describe_criterion(
    project: Project,
    criterion: Criterion,
    result: CriterionResult,
    metrics: Mapping[str, Metric] | None = None,
) -> str:
    """Say where ``criterion`` stands, in one sentence a program manager understands."""
    state = result.state
    if state is CriterionState.CHECKED:
        parts = ["Checked"]
        if criterion.checked_by:
            parts.append(f"by {role_names(project, [criterion.checked_by])[0]}")
        if criterion.checked_on:
            parts.append(f"on {criterion.checked_on.isoformat()}")
        return " ".join(parts)
    if state is CriterionState.UNCHECKED:
        return "Not checked yet"
    if state is CriterionState.UNKNOWN_METRIC:
        return f'Bound to a metric that does not exist ("{criterion.metric}")'
    metric = (metrics or {m.id: m for m in project.metrics}).get(criterion.metric or "")
    if metric is None:  # pragma: no cover - ruled out by UNKNOWN_METRIC
        return "Bound to a metric that does not exist"
    need = condition_words(metric, result)
    if state is CriterionState.NO_THRESHOLD:
        return f"{metric.name} has no threshold or target to compare with; set a value"
    if state is CriterionState.NOT_MEASURED:
        return f"Not measured yet ({metric.name} needs {need})"
    actual = format_value(float(result.actual or 0.0), metric.unit)
    verb = "Passed" if state is CriterionState.PASSED else "Failed"
    return f"{verb}: {metric.name} is {actual} (needs {need})"
