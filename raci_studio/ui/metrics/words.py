"""The Metrics tab's words for core's values (statuses, categories, directions), translated.

Core keeps its English words for the command line and the exports; the tab shows these, which
read the same in English (a test keeps the two in step) and go through the catalogue. Each
table is built by a function, so that it speaks the language installed when it is called.
"""

from __future__ import annotations

from raci_studio.core.metrics import CriterionState, MetricStatus, TrendDirection
from raci_studio.core.model import Direction, MetricCategory
from raci_studio.ui.i18n import translate


def status_words() -> dict[MetricStatus, str]:
    """Return the word for each metric status (always shown beside its coloured mark)."""
    return {
        MetricStatus.MET: translate("Metrics", "Met"),
        MetricStatus.AT_RISK: translate("Metrics", "At risk"),
        MetricStatus.BREACHED: translate("Metrics", "Breached"),
        MetricStatus.NO_DATA: translate("Metrics", "No data"),
        MetricStatus.NO_TARGET: translate("Metrics", "No target set"),
    }


def category_labels() -> dict[MetricCategory, str]:
    """Return the name of each metric category, in the order the picker offers them."""
    return {
        MetricCategory.BUSINESS_KPI: translate("Metrics", "Business KPI"),
        MetricCategory.MODEL: translate("Metrics", "Model"),
        MetricCategory.OPERATIONAL: translate("Metrics", "Operational"),
        MetricCategory.RESPONSIBLE: translate("Metrics", "Responsible AI"),
    }


def direction_labels() -> dict[Direction, str]:
    """Return the words for which way a metric gets better."""
    return {
        Direction.HIGHER: translate("Metrics", "Higher is better"),
        Direction.LOWER: translate("Metrics", "Lower is better"),
    }


def criterion_marks() -> dict[CriterionState, str]:
    """Return a gate criterion's state as a mark and a word (colour is never the only cue)."""
    return {
        CriterionState.PASSED: translate("Metrics", "✓ pass"),
        CriterionState.FAILED: translate("Metrics", "✗ fail"),
        CriterionState.NOT_MEASURED: translate("Metrics", "… not yet"),
        CriterionState.NO_THRESHOLD: translate("Metrics", "? no threshold"),
        CriterionState.UNCHECKED: translate("Metrics", "☐ not checked"),
        CriterionState.CHECKED: translate("Metrics", "☑ checked"),
        CriterionState.UNKNOWN_METRIC: translate("Metrics", "? unknown metric"),
    }


def trend_words() -> dict[TrendDirection, str]:
    """Return the words for a metric's recent trend."""
    return {
        TrendDirection.IMPROVING: translate("Metrics", "improving"),
        TrendDirection.WORSENING: translate("Metrics", "worsening"),
        TrendDirection.FLAT: translate("Metrics", "flat"),
    }
