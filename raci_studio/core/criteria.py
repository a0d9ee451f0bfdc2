"""Metric-bound criteria judged as a list: what gates and the MRD's go/no-go have in common.

A gate's criteria and the MRD's go/no-go criteria are the same kind of object: a sentence,
optionally bound to a metric and a bound. Both lint rules ask the same two questions of them
(which are bound to a metric that does not exist, which fail) and describe a failure in the
same words; this module answers both once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from raci_studio.core.metrics import CriterionResult, CriterionState, explain_criterion
from raci_studio.core.model import Criterion, Metric, Project
from raci_studio.core.numbers import format_value

#: Comparisons as people write them.
OP_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<"}


def op_sign(op: str | None) -> str:
    """Return the comparison as people write it ("≥" for ">=")."""
    return OP_SIGNS.get(op or "", op or "")


def condition_words(metric: Metric, result: CriterionResult) -> str:
    """Return the condition a bound criterion checks, e.g. "≥ 0.85" or "≤ 5%"."""
    if result.op is None or result.expected is None:
        return "a value"
    return f"{OP_SIGNS[result.op]} {format_value(float(result.expected), metric.unit)}"


def failure_words(metric: Metric, text: str, result: CriterionResult) -> str:
    """Say why a bound criterion fails: '"AUC ok" (AUC is 0.81, needs ≥ 0.85)'."""
    if result.actual is None or result.op is None or result.expected is None:
        return f'"{text}"'
    actual = format_value(float(result.actual), metric.unit)
    return f'"{text}" ({metric.name} is {actual}, needs {condition_words(metric, result)})'


@dataclass
class BoundVerdict:
    """What the metric-bound criteria of one list say.

    Attributes
    ----------
    unknown
        Criteria bound to a metric the project does not have.
    failing
        Criteria whose metric's latest value misses the bound, each with the words of why.
    """

    unknown: list[Criterion] = field(default_factory=list)
    failing: list[tuple[Criterion, str]] = field(default_factory=list)

    @property
    def failing_ids(self) -> list[str]:
        """Ids of the failing criteria, in list order."""
        return [criterion.id for criterion, _ in self.failing]

    @property
    def failing_words(self) -> str:
        """The failures joined as one clause: '"a" (…); "b" (…)'."""
        return "; ".join(words for _, words in self.failing)


def judge_bound(
    project: Project, criteria: Iterable[Criterion], metrics: Mapping[str, Metric]
) -> BoundVerdict:
    """Judge the metric-bound criteria of a list (manual ones are a person's call, skipped)."""
    verdict = BoundVerdict()
    for criterion in criteria:
        if criterion.metric is None:
            continue
        result = explain_criterion(project, criterion, metrics)
        if result.state is CriterionState.UNKNOWN_METRIC:
            verdict.unknown.append(criterion)
        elif result.state is CriterionState.FAILED:
            words = failure_words(metrics[criterion.metric], criterion.text, result)
            verdict.failing.append((criterion, words))
    return verdict
