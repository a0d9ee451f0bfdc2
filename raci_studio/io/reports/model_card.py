"""The model card: Markdown in the Hugging Face layout, and JSON in the Model Card Toolkit schema.

The Markdown starts with YAML front matter whose ``model-index`` lists the latest value of
each measured model metric; every YAML string is double-quoted and escaped, so no text from
the project can break the front matter. The JSON uses the field names of the Model Card
Toolkit schema (v0.0.2): ``model_details``, ``model_parameters``, ``quantitative_analysis``
and ``considerations``.
"""

from __future__ import annotations

import math
from typing import Any

from raci_studio.core.ids import slugify
from raci_studio.core.model import MetricCategory, Project
from raci_studio.io.reports.common import (
    measured_model_metrics,
    metric_rows,
    value,
)
from raci_studio.io.reports.markdown import escape_block, escape_inline, table

MORE_INFO = "[More Information Needed]"
MCT_SCHEMA_VERSION = "0.0.2"


# -- YAML -----------------------------------------------------------------------------------

_YAML_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def yaml_string(text: str) -> str:
    """Return ``text`` as a double-quoted YAML scalar that reads back exactly."""
    out = []
    for ch in text:
        if ch in _YAML_ESCAPES:
            out.append(_YAML_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        elif ch == "\ufeff":
            out.append("\\ufeff")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def yaml_number(number: float) -> str:
    """Return ``number`` as a YAML float or int that YAML 1.1 and 1.2 both read as a number."""
    if math.isnan(number):
        return ".nan"
    if math.isinf(number):
        return ".inf" if number > 0 else "-.inf"
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    text = repr(float(number))
    if "e" in text and "." not in text.split("e")[0]:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}.0e{exponent}"
    return text


def front_matter(project: Project) -> str:
    """Return the YAML front matter: tags and the ``model-index`` results."""
    lines = ["---", "tags:", f"- {yaml_string('raci-studio')}", "model-index:"]
    lines.append(f"- name: {yaml_string(project.name)}")
    results = measured_model_metrics(project)
    if not results:
        lines.append("  results: []")
        lines.append("---")
        return "\n".join(lines)
    evaluation = _first_line(project.scoping.model_card.evaluation_data) or "Evaluation data"
    lines += [
        "  results:",
        "  - task:",
        f"      type: {yaml_string('other')}",
        f"      name: {yaml_string(project.name)}",
        "    dataset:",
        f"      type: {yaml_string('private')}",
        f"      name: {yaml_string(evaluation)}",
        "    metrics:",
    ]
    for metric, number in results:
        lines += [
            f"    - type: {yaml_string(metric.id)}",
            f"      value: {yaml_number(number)}",
            f"      name: {yaml_string(metric.name)}",
        ]
    lines.append("---")
    return "\n".join(lines)


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# -- Markdown -------------------------------------------------------------------------------


def model_card_markdown(project: Project) -> str:
    """Return the model card as Markdown in the Hugging Face layout, with front matter."""
    card = project.scoping.model_card

    def text(value: str) -> str:
        return escape_block(value) if value.strip() else MORE_INFO

    parts = [
        front_matter(project),
        f"# Model Card for {escape_inline(project.name)}",
    ]
    if project.description.strip():
        parts.append(escape_block(project.description))
    parts += [
        "## Model Details",
        "### Model Description",
        text(card.model_details),
        "## Uses",
        "### Direct Use",
        text(card.intended_use),
        "### Out-of-Scope Use",
        text(card.out_of_scope_uses),
        "## Bias, Risks, and Limitations",
        text(card.ethical_considerations),
        _risks(project),
        "### Recommendations",
        text(card.caveats_and_recommendations),
        "## Training Details",
        "### Training Data",
        text(card.training_data),
        "## Evaluation",
        "### Testing Data, Factors & Metrics",
        "#### Testing Data",
        text(card.evaluation_data),
        "#### Metrics",
        _metric_list(project),
        "### Results",
        _results(project),
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def _risks(project: Project) -> str:
    risks = project.scoping.risks
    if not risks:
        return ""
    lines = ["Risks recorded in the Model Requirements Document:", ""]
    for risk in risks:
        line = f"- {escape_inline(_one_line(risk.description))}"
        if risk.mitigation.strip():
            line += f" Mitigation: {escape_inline(_one_line(risk.mitigation))}"
        lines.append(line)
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _metric_list(project: Project) -> str:
    metrics = [m for m in project.metrics if m.category != MetricCategory.BUSINESS_KPI]
    if not metrics:
        return MORE_INFO
    lines = []
    for metric in metrics:
        goal = []
        if metric.target is not None:
            goal.append(f"target {value(metric, metric.target)}")
        if metric.threshold is not None:
            goal.append(f"threshold {value(metric, metric.threshold)}")
        suffix = f" ({', '.join(goal)})" if goal else ""
        kind = _KIND_WORDS[metric.category]
        lines.append(f"- **{escape_inline(metric.name)}**, {kind}{escape_inline(suffix)}")
    return "\n".join(lines)


_KIND_WORDS = {
    MetricCategory.MODEL: "model metric",
    MetricCategory.OPERATIONAL: "operational",
    MetricCategory.RESPONSIBLE: "responsible AI",
    MetricCategory.BUSINESS_KPI: "business KPI",
}


def _results(project: Project) -> str:
    rows = [
        (row.cells[0], row.cells[5], row.cells[3], row.cells[6])
        for row in metric_rows(project)
        if row.metric.category != MetricCategory.BUSINESS_KPI
    ]
    if not rows:
        return MORE_INFO
    return table(("Metric", "Latest", "Target", "Status"), rows)


# -- JSON (Model Card Toolkit) --------------------------------------------------------------


def model_card_json(project: Project) -> dict[str, Any]:
    """Return the model card as a dict in the Model Card Toolkit schema (v0.0.2)."""
    card = project.scoping.model_card
    details: dict[str, Any] = {"name": project.name}
    _put(details, "overview", project.description)
    _put(details, "documentation", card.model_details)
    return {
        "schema_version": MCT_SCHEMA_VERSION,
        "model_details": details,
        "model_parameters": {"data": _datasets(project)},
        "quantitative_analysis": {
            "performance_metrics": [
                {"type": metric.name, "value": number}
                for metric, number in measured_model_metrics(project)
                if math.isfinite(number)
            ]
        },
        "considerations": {
            "users": [],
            "use_cases": _described(card.intended_use),
            "limitations": _described(card.out_of_scope_uses, "Out of scope: ")
            + _described(card.caveats_and_recommendations),
            "tradeoffs": [],
            "ethical_considerations": _ethical(project),
        },
    }


def _put(target: dict[str, Any], key: str, text: str) -> None:
    if text.strip():
        target[key] = text.strip()


def _described(text: str, prefix: str = "") -> list[dict[str, str]]:
    return [{"description": prefix + text.strip()}] if text.strip() else []


def _datasets(project: Project) -> list[dict[str, Any]]:
    card = project.scoping.model_card
    data: list[dict[str, Any]] = []
    for name, text in (
        ("Training data", card.training_data),
        ("Evaluation data", card.evaluation_data),
    ):
        if text.strip():
            data.append({"name": name, "description": text.strip()})
    for req in project.scoping.data_requirements:
        entry: dict[str, Any] = {"name": req.dataset}
        about = "; ".join(
            part
            for part in (
                f"Source: {req.source}" if req.source else "",
                f"Availability: {req.availability}" if req.availability else "",
                f"Quality concerns: {req.quality_concerns}" if req.quality_concerns else "",
            )
            if part
        )
        if about:
            entry["description"] = about
        if req.sensitivity.strip():
            entry["sensitive"] = {"sensitive_data": [req.sensitivity.strip()]}
        data.append(entry)
    return data


def _ethical(project: Project) -> list[dict[str, str]]:
    out = []
    text = project.scoping.model_card.ethical_considerations.strip()
    if text:
        out.append({"name": text})
    for risk in project.scoping.risks:
        entry = {"name": risk.description.strip()}
        if risk.mitigation.strip():
            entry["mitigation_strategy"] = risk.mitigation.strip()
        out.append(entry)
    return out


def model_card_file_name(project: Project, suffix: str) -> str:
    """Return a file name for the model card of ``project`` ("support-ticket-card.md")."""
    return f"{slugify(project.name, 'project')}-model-card{suffix}"
