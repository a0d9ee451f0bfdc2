"""Lint rules about success metrics and the gates bound to them."""

from __future__ import annotations

import datetime as dt

from raci_studio.core.criteria import judge_bound
from raci_studio.core.findings import Finding, Rule, Severity, finding
from raci_studio.core.metrics import (
    ROLLING_WINDOW,
    MetricStatus,
    is_better_or_equal,
    summarise,
)
from raci_studio.core.model import Direction, Metric, MetricCategory, Project
from raci_studio.core.numbers import format_value, round_for_people


def check_metric_set(project: Project) -> list[Finding]:
    """Check the metrics as a set: KPIs with proxies, more than accuracy, targets."""
    metrics = project.metrics
    findings: list[Finding] = []
    proxied = {m.proxies for m in metrics if m.category == MetricCategory.MODEL and m.proxies}
    for metric in metrics:
        if metric.category == MetricCategory.BUSINESS_KPI and metric.id not in proxied:
            findings.append(
                finding(
                    "kpi-without-proxy",
                    Severity.WARNING,
                    "metric",
                    (metric.id,),
                    metric=metric.name,
                )
            )
        if metric.target is None:
            findings.append(
                finding(
                    "metric-without-target",
                    Severity.WARNING,
                    "metric",
                    (metric.id,),
                    metric=metric.name,
                )
            )
    broad = {MetricCategory.OPERATIONAL, MetricCategory.RESPONSIBLE}
    if metrics and not any(m.category in broad for m in metrics):
        names = ", ".join(m.name for m in metrics)
        findings.append(finding("accuracy-only", Severity.WARNING, "project", (), metrics=names))
    return findings


def check_metric_values(project: Project) -> list[Finding]:
    """Report metrics whose latest value is breached or whose rolling mean drifts."""
    findings: list[Finding] = []
    for metric in project.metrics:
        if metric.threshold is None or not metric.measurements:
            continue
        summary = summarise(metric)
        latest = summary.latest
        if summary.status is MetricStatus.BREACHED and latest is not None:
            findings.append(
                finding(
                    f"metric-breached.{_better(metric)}",
                    Severity.WARNING,
                    "metric",
                    (metric.id,),
                    metric=metric.name,
                    value=format_value(latest.value, metric.unit),
                    date=latest.date,
                    threshold=format_value(metric.threshold, metric.unit),
                )
            )
        drift = summary.degradation.warnings
        if drift and drift[-1].ongoing and not _never_on_the_good_side(metric, drift[-1].start):
            last = drift[-1]
            side = "above" if metric.direction == Direction.LOWER else "below"
            findings.append(
                finding(
                    f"metric-drift.{side}",
                    Severity.INFO,
                    "metric",
                    (metric.id,),
                    metric=metric.name,
                    window=ROLLING_WINDOW,
                    threshold=format_value(metric.threshold, metric.unit),
                    since=last.start,
                    amount=format_value(round_for_people(last.beyond), metric.unit),
                )
            )
    return findings


def _never_on_the_good_side(metric: Metric, since: dt.date) -> bool:
    """Return True when the metric has been worse than its threshold since records began.

    A KPI whose baseline and every measurement before ``since`` were already beyond the
    threshold has not drifted: it never got better (that is the breach finding's concern).
    """
    threshold = metric.threshold
    if threshold is None:
        return False
    if metric.baseline is not None and is_better_or_equal(metric, metric.baseline, threshold):
        return False
    before = [m.value for m in metric.measurements if m.date < since]
    return not any(is_better_or_equal(metric, value, threshold) for value in before)


def _better(metric: Metric) -> str:
    return "lower" if metric.direction == Direction.LOWER else "higher"


def check_gates(project: Project) -> list[Finding]:
    """Report criteria bound to missing metrics and gates whose bound criteria fail."""
    metrics = {m.id: m for m in project.metrics}
    findings: list[Finding] = []
    for gate in project.gates:
        verdict = judge_bound(project, gate.criteria, metrics)
        for criterion in verdict.unknown:
            findings.append(
                finding(
                    "criterion-unknown-metric",
                    Severity.ERROR,
                    "gate",
                    (gate.id, criterion.id),
                    gate=gate.name,
                    criterion=criterion.text,
                    metric=criterion.metric or "",
                )
            )
        if verdict.failing:
            findings.append(
                finding(
                    "gate-failing",
                    Severity.WARNING,
                    "gate",
                    (gate.id, *verdict.failing_ids),
                    gate=gate.name,
                    failing=verdict.failing_words,
                )
            )
    return findings


RULES: tuple[Rule, ...] = (check_metric_set, check_metric_values, check_gates)
