"""Every word the charts draw, in one object: English by default, translated by the window.

``io/`` cannot reach Qt's catalogue, so each draw function takes a :class:`ChartWords`
(``ENGLISH`` unless told otherwise); the app's tabs pass one filled from the catalogue, while
the file exports and the command line keep English. Texts with a value in them are
``str.format`` strings with named placeholders, whole sentences, so that a translator may
move the value. Counted phrases are functions of the count, so that a language with several
plural forms picks the right one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from raci_studio.core.metrics import MetricStatus
from raci_studio.core.model import MetricCategory
from raci_studio.core.numbers import plural
from raci_studio.core.palette import STATUS_GLYPHS, STATUS_WORDS

#: A phrase about a number of things, e.g. ``3`` → "3 measurements".
Counted = Callable[[int], str]


def _counted(noun: str, before: str = "", after: str = "", many: str | None = None) -> Counted:
    def say(count: int) -> str:
        return f"{before}{plural(count, noun, many)}{after}"

    return say


def _category_words() -> dict[MetricCategory, str]:
    return {
        MetricCategory.BUSINESS_KPI: "Business KPI",
        MetricCategory.MODEL: "Model metric",
        MetricCategory.OPERATIONAL: "Operational metric",
        MetricCategory.RESPONSIBLE: "Responsible-AI metric",
    }


def _group_titles() -> dict[MetricCategory, str]:
    return {
        MetricCategory.BUSINESS_KPI: "Business KPIs",
        MetricCategory.MODEL: "Model metrics",
        MetricCategory.OPERATIONAL: "Operational",
        MetricCategory.RESPONSIBLE: "Responsible AI",
    }


def _status_words() -> dict[MetricStatus, str]:
    return dict(STATUS_WORDS)


@dataclass(frozen=True)
class ChartWords:
    """The words of the metrics charts and the retrospective timeline, English by default."""

    # shared by several charts
    status_words: Mapping[MetricStatus, str] = field(default_factory=_status_words)
    value_axis: str = "value"
    target: str = "Target {value}"
    threshold: str = "Threshold {value}"
    baseline: str = "Baseline {value}"
    # 1. one metric over time
    category_words: Mapping[MetricCategory, str] = field(default_factory=_category_words)
    higher_is_better: str = "higher is better"
    lower_is_better: str = "lower is better"
    measurements: Counted = field(default=_counted("measurement"))
    target_reached: str = "target reached"
    progress: str = "{share} of the way from baseline to target"
    nothing_to_draw: str = "No measurements and no target yet: add them in the table."
    no_measurements: str = "No measurements yet: add them in the table or import them."
    off_scale_line: str = "{label} (off scale)"
    worse_than_threshold: str = "worse than threshold"
    points_worse: Counted = field(default=_counted("point", "✗ ", " worse than the threshold"))
    points_off_scale: Counted = field(
        default=_counted("point", "▲▼ ", " off scale (up to {value})")
    )
    latest: str = "{value} on {date} · {status}"
    # 2. a business KPI and its proxies
    kpi_title: str = "{name}: the KPI and its proxies"
    kpi_subtitle: str = (
        "Do they move together? Each proxy is compared with the KPI over the KPI's own periods."
    )
    kpi_line: str = "{name} — business KPI, left axis ({better})"
    kpi_target: str = "KPI target {value}"
    proxy_axis: str = "proxy value"
    right_axis: str = "right axis"
    right_axis_number: str = "right axis {number}"
    proxy_line: str = "{name} — {axis}: {verdict}"
    moves_with: str = "moves with the KPI (r = {r} on {dates} dates)"
    moves_against: str = "moves against the KPI (r = {r} on {dates} dates)"
    no_clear_link: str = "no clear link (r = {r} on {dates} dates)"
    too_few_dates: str = "too few shared dates to compare ({dates})"
    did_not_move: str = "one of them did not move"
    no_proxies: str = "No model metric stands in for this KPI yet: set “Proxies” on a model metric."
    values_off_scale: Counted = field(default=_counted("value", " · ", " off scale, not drawn"))
    # 3. the scorecard
    scorecard: str = "Scorecard"
    status_count: str = "{count} {status}"
    no_metrics: str = "no metrics"
    scorecard_key: str = (
        "{summary} · bar: latest value · ┃ target · ╎ threshold · ▲ baseline · right is better"
    )
    no_metrics_yet: str = "No metrics yet."
    group_titles: Mapping[MetricCategory, str] = field(default_factory=_group_titles)
    detail_target: str = "target {value}"
    detail_threshold: str = "threshold {value}"
    no_target_or_threshold: str = "no target or threshold"
    value_off_scale: str = "{value} · off scale"
    # 4. degradation against baseline
    degradation_title: str = "Degradation against baseline"
    degradation_subtitle: str = (
        "Rolling mean of the last {window} measurements, % of baseline — up is better, "
        "down is worse · {verdict}"
    )
    drifted: Counted = field(default=_counted("metric", "", " drifted beyond threshold (●)"))
    none_drifted: str = "no metric drifted beyond its threshold"
    no_metric_measurements: str = "No metric has measurements yet."
    baseline_line: str = "baseline"
    off_scale_up: str = "▲ off scale, up to {value}"
    off_scale_down: str = "▼ off scale, down to {value}"
    far_off_scale_up: str = "▲ far off scale (up)"
    far_off_scale_down: str = "▼ far off scale (down)"
    more_in_grey: Counted = field(default=_counted("more", "+ ", " in grey", "more"))
    drifting_since: str = "drifting since {start}"
    drifted_between: str = "drifted {start} – {end}"
    change_axis: str = "change against baseline (%)"
    # the retrospective timeline
    no_dates: str = (
        "No dates yet: give phases planned and actual dates, and date the gate decisions."
    )
    timeline_title: str = "{name}: timeline"
    phases_overran: Counted = field(default=_counted("phase", "", " overran"))
    decision_lines: str = "dashed lines: decisions, numbered as in the decision log"
    overrun_days: str = "+{days} d"
    gates_lane: str = "Gates and decisions"
    planned: str = "planned"
    actual: str = "actual"
    overran: str = "overran"
    gate_passed: str = "gate passed"
    gate_failed: str = "failed"
    decision: str = "decision"
    handoff: str = "handoff"
    handoff_in_history: str = "handoff in git history"
    kpi_panel: str = "Business KPI: {name}"
    proxies_panel: str = "Model metrics standing in for {name}"

    def status_label(self, status: MetricStatus) -> str:
        """Return a status's glyph and word, e.g. "✓ Met"."""
        return f"{STATUS_GLYPHS[status]} {self.status_words[status]}"


#: The charts' words in English: the default, and what the exports and the CLI draw.
ENGLISH = ChartWords()
