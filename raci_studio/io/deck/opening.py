"""The opening slides: the title, the success metrics table and the scorecard chart."""

from __future__ import annotations

from typing import Any

from raci_studio.core.chart_data import CATEGORY_TITLES
from raci_studio.core.chart_overview import ScorecardRow, scorecard
from raci_studio.core.kickoff import owner_words
from raci_studio.core.model import Metric, Project
from raci_studio.core.numbers import format_value
from raci_studio.core.palette import METRIC_STATES, STATUS_WORDS
from raci_studio.core.scoping import metric_state, other_metrics, success_pairs
from raci_studio.io.deck.fit import chunks, clip_text, page_label
from raci_studio.io.deck.frame import Deck, emu
from raci_studio.io.deck.shapes import Cell, rgb, set_alt_text
from raci_studio.io.deck.style import MIN_PT, STATE_FILLS, chart_colour
from raci_studio.io.deck.tables import Column, table_slides

#: Metrics per scorecard slide: one bar row each stays at least 0.3 inch tall.
CHART_ROWS = 14
SCALE = 100.0
#: Height of one metric's bar row, and of the legend and margins, in inches.
ROW_IN = 0.45
LEGEND_IN = 1.0
_BANDS = {"Target": "#CDEBDD", "Threshold": "#F3C9B8"}


def add_title(deck: Deck, project: Project) -> None:
    """Add the title slide: name, the problem in business terms, the accountable owner."""
    problem = project.scoping.problem_statement.strip() or project.description.strip()
    owner = owner_words(project)
    notes = [f"Kickoff: {project.name}.", owner + "."]
    if problem:
        notes.append(f"The problem, in business terms: {problem}")
    if project.scoping.business_objective.strip():
        notes.append(f"Business objective: {project.scoping.business_objective.strip()}")
    shown = problem or "Problem statement: to be written."
    deck.title_slide(project.name, shown, owner, "\n\n".join(notes))


def metric_rows(project: Project) -> list[tuple[str, Metric]]:
    """Return every metric once with the first column's words: its KPI, group or own name."""
    rows: list[tuple[str, Metric]] = []
    for pair in success_pairs(project):
        if pair.kpi is not None:
            rows.append((pair.kpi.name, pair.kpi))
        for proxy in pair.proxies:
            rows.append(("" if pair.kpi is not None else "No KPI linked", proxy))
    rows.extend((CATEGORY_TITLES[m.category], m) for m in other_metrics(project))
    return rows


def _value(metric: Metric, value: float | None) -> str:
    return "—" if value is None else format_value(value, metric.unit)


def add_metrics(deck: Deck, project: Project) -> None:
    """Add the success metrics as a native table with red/amber/green status cells."""
    from raci_studio.core.metrics import current_value

    columns = [
        Column("Business KPI", 2.3),
        Column("Proxy model metric", 2.3),
        Column("Baseline", 1.0),
        Column("Target", 1.0),
        Column("Threshold", 1.15),
        Column("Latest", 1.1),
        Column("Status", 1.45),
    ]
    listed = metric_rows(project)
    rows = []
    for first, metric in listed:
        state = metric_state(metric)
        fill, ink = STATE_FILLS[state]
        is_kpi = first == metric.name and metric.proxies is None
        rows.append(
            [
                Cell(first, bold=is_kpi),
                Cell("" if is_kpi else metric.name),
                Cell(_value(metric, metric.baseline), align="r"),
                Cell(_value(metric, metric.target), align="r"),
                Cell(_value(metric, metric.threshold), align="r"),
                Cell(_value(metric, current_value(metric)), align="r"),
                Cell(METRIC_STATES[state][1], fill, ink, True),
            ]
        )

    def notes(start: int, stop: int) -> str:
        lines = ["Success metrics: each business KPI with the model metric that stands in for it."]
        for _first, metric in listed[start:stop]:
            lines.append(
                f"- {metric.name}: {METRIC_STATES[metric_state(metric)][1].lower()}"
                f" (latest {_value(metric, current_value(metric))},"
                f" target {_value(metric, metric.target)})."
            )
        return "\n".join(lines)

    table_slides(
        deck,
        "Success metrics",
        columns,
        rows,
        notes,
        "metrics-table",
        "Success metrics table",
        empty="No success metrics yet.",
    )


def add_scorecard(deck: Deck, project: Project) -> None:
    """Add the scorecard as a native bar chart whose data can be edited in PowerPoint."""
    rows = scorecard(project).rows
    if not rows:
        return
    pages = chunks(len(rows), CHART_ROWS)
    for i, (start, stop) in enumerate(pages):
        part = rows[start:stop]
        notes = (
            "Scorecard: each bar is the latest value on that metric's own scale, right is "
            "better; the pale bars reach the target and the threshold.\n"
            + "\n".join(
                f"- {r.name}: {r.value_text}, {STATUS_WORDS[r.status].lower()} ({r.detail_text})."
                for r in part
            )
        )
        slide = deck.slide(page_label("Scorecard", i, len(pages)), notes)
        _chart(deck, slide, part, i if len(pages) > 1 else None)


def series_values(
    rows: tuple[ScorecardRow, ...] | list[ScorecardRow],
) -> dict[str, list[float | None]]:
    """Return the chart's series: target, threshold and latest, 0–100 with right better."""

    def scale(value: float | None) -> float | None:
        return None if value is None else round(value * SCALE, 1)

    return {
        "Target": [scale(r.target_pos) for r in rows],
        "Threshold": [scale(r.threshold_pos) for r in rows],
        "Latest": [scale(r.value_pos) for r in rows],
    }


def _chart(deck: Deck, slide: Any, rows: tuple[ScorecardRow, ...], page: int | None) -> None:
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Pt

    data = _text_only_chart_data()
    data.categories = [clip_text(r.name, 3.0, MIN_PT, 2) for r in rows]
    for name, values in series_values(rows).items():
        data.add_series(name, values)
    area = deck.content
    # A few metrics get bars of a readable thickness, not bars stretched over the slide.
    height = min(area.height, ROW_IN * len(rows) + LEGEND_IN)
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.BAR_CLUSTERED,
        emu(area.left),
        emu(area.top),
        emu(area.width),
        emu(height),
        data,
    )
    frame.name = "scorecard" if page is None else f"scorecard:{page + 1}"
    chart = frame.chart
    chart.font.size = Pt(MIN_PT)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    plot = chart.plots[0]
    plot.overlap = 100
    plot.gap_width = 70
    chart.category_axis.reverse_order = True
    axis = chart.value_axis
    # Room to the right of the longest bar for its label.
    axis.minimum_scale, axis.maximum_scale = 0, SCALE * 1.3
    axis.has_major_gridlines = False
    axis.visible = False
    for series in plot.series:
        series.format.fill.solid()
        if series.name in _BANDS:
            series.format.fill.fore_color.rgb = rgb(_BANDS[series.name])
    latest = plot.series[2]
    for index, row in enumerate(rows):
        point = latest.points[index]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = rgb(chart_colour(row.status))
        label = point.data_label
        label.has_text_frame = True
        label.text_frame.text = f"{row.value_text} · {STATUS_WORDS[row.status]}"
        label.font.size = Pt(MIN_PT)
    described = "; ".join(
        f"{r.name} {r.value_text}, {STATUS_WORDS[r.status].lower()}" for r in rows
    )
    set_alt_text(frame, f"Bar chart of the scorecard: {described}.")


def _text_only_chart_data() -> Any:
    """Return chart data whose embedded workbook keeps names as text.

    PowerPoint keeps a chart's data in a small workbook inside the deck; python-pptx writes it
    with XlsxWriter, which by default turns a string starting with "=" into a formula and one
    that looks like a link into a hyperlink. A metric named "=1+1" must stay a name.
    """
    from contextlib import contextmanager

    from pptx.chart.data import CategoryChartData
    from pptx.chart.xlsx import CategoryWorkbookWriter
    from xlsxwriter import Workbook

    class TextWorkbookWriter(CategoryWorkbookWriter):
        @contextmanager
        def _open_worksheet(self, xlsx_file: Any) -> Any:
            options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
            workbook = Workbook(xlsx_file, options)
            worksheet = workbook.add_worksheet()
            yield workbook, worksheet
            workbook.close()

    class TextChartData(CategoryChartData):
        @property
        def _workbook_writer(self) -> Any:
            return TextWorkbookWriter(self)

    return TextChartData(number_format="0")
