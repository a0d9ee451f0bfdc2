"""The charts' words in the user's language, for the charts the tabs draw (exports: English)."""

from __future__ import annotations

from raci_studio.core.model import MetricCategory
from raci_studio.io.charts.words import ChartWords
from raci_studio.ui.i18n import translate
from raci_studio.ui.metrics.words import status_words


def chart_words() -> ChartWords:
    """Return every word the charts draw, translated into the language installed now."""
    return ChartWords(
        status_words=status_words(),
        value_axis=translate("Charts", "value"),
        target=translate("Charts", "Target {value}"),
        threshold=translate("Charts", "Threshold {value}"),
        baseline=translate("Charts", "Baseline {value}"),
        category_words={
            MetricCategory.BUSINESS_KPI: translate("Charts", "Business KPI"),
            MetricCategory.MODEL: translate("Charts", "Model metric"),
            MetricCategory.OPERATIONAL: translate("Charts", "Operational metric"),
            MetricCategory.RESPONSIBLE: translate("Charts", "Responsible-AI metric"),
        },
        higher_is_better=translate("Charts", "higher is better"),
        lower_is_better=translate("Charts", "lower is better"),
        measurements=lambda n: translate("Charts", "%n measurements", None, n),
        target_reached=translate("Charts", "target reached"),
        progress=translate("Charts", "{share} of the way from baseline to target"),
        nothing_to_draw=translate(
            "Charts",
            "No measurements and no target yet: add them in the table.",
        ),
        no_measurements=translate(
            "Charts",
            "No measurements yet: add them in the table or import them.",
        ),
        off_scale_line=translate("Charts", "{label} (off scale)"),
        worse_than_threshold=translate("Charts", "worse than threshold"),
        points_worse=lambda n: translate("Charts", "✗ %n points worse than the threshold", None, n),
        points_off_scale=lambda n: translate(
            "Charts", "▲▼ %n points off scale (up to {value})", None, n
        ),
        latest=translate("Charts", "{value} on {date} · {status}"),
        kpi_title=translate("Charts", "{name}: the KPI and its proxies"),
        kpi_subtitle=translate(
            "Charts",
            "Do they move together? Each proxy is compared with the KPI over the "
            "KPI's own periods.",
        ),
        kpi_line=translate("Charts", "{name} — business KPI, left axis ({better})"),
        kpi_target=translate("Charts", "KPI target {value}"),
        proxy_axis=translate("Charts", "proxy value"),
        right_axis=translate("Charts", "right axis"),
        right_axis_number=translate("Charts", "right axis {number}"),
        proxy_line=translate("Charts", "{name} — {axis}: {verdict}"),
        moves_with=translate("Charts", "moves with the KPI (r = {r} on {dates} dates)"),
        moves_against=translate("Charts", "moves against the KPI (r = {r} on {dates} dates)"),
        no_clear_link=translate("Charts", "no clear link (r = {r} on {dates} dates)"),
        too_few_dates=translate("Charts", "too few shared dates to compare ({dates})"),
        did_not_move=translate("Charts", "one of them did not move"),
        no_proxies=translate(
            "Charts",
            "No model metric stands in for this KPI yet: set “Proxies” on a model metric.",
        ),
        values_off_scale=lambda n: translate(
            "Charts", " · %n values off scale, not drawn", None, n
        ),
        scorecard=translate("Charts", "Scorecard"),
        status_count=translate("Charts", "{count} {status}"),
        no_metrics=translate("Charts", "no metrics"),
        scorecard_key=translate(
            "Charts",
            "{summary} · bar: latest value · ┃ target · ╎ threshold · ▲ baseline · right is better",
        ),
        no_metrics_yet=translate("Charts", "No metrics yet."),
        group_titles={
            MetricCategory.BUSINESS_KPI: translate("Charts", "Business KPIs"),
            MetricCategory.MODEL: translate("Charts", "Model metrics"),
            MetricCategory.OPERATIONAL: translate("Charts", "Operational"),
            MetricCategory.RESPONSIBLE: translate("Charts", "Responsible AI"),
        },
        detail_target=translate("Charts", "target {value}"),
        detail_threshold=translate("Charts", "threshold {value}"),
        no_target_or_threshold=translate("Charts", "no target or threshold"),
        value_off_scale=translate("Charts", "{value} · off scale"),
        degradation_title=translate("Charts", "Degradation against baseline"),
        degradation_subtitle=translate(
            "Charts",
            "Rolling mean of the last {window} measurements, % of baseline — up is "
            "better, down is worse · {verdict}",
        ),
        drifted=lambda n: translate("Charts", "%n metrics drifted beyond threshold (●)", None, n),
        none_drifted=translate("Charts", "no metric drifted beyond its threshold"),
        no_metric_measurements=translate("Charts", "No metric has measurements yet."),
        baseline_line=translate("Charts", "baseline"),
        off_scale_up=translate("Charts", "▲ off scale, up to {value}"),
        off_scale_down=translate("Charts", "▼ off scale, down to {value}"),
        far_off_scale_up=translate("Charts", "▲ far off scale (up)"),
        far_off_scale_down=translate("Charts", "▼ far off scale (down)"),
        more_in_grey=lambda n: translate("Charts", "+ %n more in grey", None, n),
        drifting_since=translate("Charts", "drifting since {start}"),
        drifted_between=translate("Charts", "drifted {start} – {end}"),
        change_axis=translate("Charts", "change against baseline (%)"),
        no_dates=translate(
            "Charts",
            "No dates yet: give phases planned and actual dates, and date the gate decisions.",
        ),
        timeline_title=translate("Charts", "{name}: timeline"),
        phases_overran=lambda n: translate("Charts", "%n phases overran", None, n),
        decision_lines=translate(
            "Charts",
            "dashed lines: decisions, numbered as in the decision log",
        ),
        overrun_days=translate("Charts", "+{days} d"),
        gates_lane=translate("Charts", "Gates and decisions"),
        planned=translate("Charts", "planned"),
        actual=translate("Charts", "actual"),
        overran=translate("Charts", "overran"),
        gate_passed=translate("Charts", "gate passed"),
        gate_failed=translate("Charts", "failed"),
        decision=translate("Charts", "decision"),
        handoff=translate("Charts", "handoff"),
        handoff_in_history=translate("Charts", "handoff in git history"),
        kpi_panel=translate("Charts", "Business KPI: {name}"),
        proxies_panel=translate("Charts", "Model metrics standing in for {name}"),
    )
