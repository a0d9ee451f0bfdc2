"""Read a model card: Hugging Face Markdown with YAML front matter, or Model Card Toolkit JSON.

The YAML is read with PyYAML's safe loader, with aliases refused (a card has no use for
them and they are how a small file grows into a huge structure), so no code in a card ever
runs. Everything is bounded: the file's size, the number of results and list items taken.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import Any

from raci_studio.core.evidence import CardReading, ReportedResult
from raci_studio.io.evidence.errors import EvidenceError, read_bounded
from raci_studio.io.evidence.markdown_text import (
    NO_INFORMATION,
    Section,
    list_items,
    split_sections,
)

MAX_CARD_BYTES = 4 * 1024 * 1024
MAX_RESULTS = 500
MAX_ITEMS = 200
#: The line our own export puts before the MRD's risks in the card's limitations section.
RISKS_MARKER = "Risks recorded in the Model Requirements Document:"

# Headings (lower case, punctuation folded) -> the reading's section key.
_HEADINGS: dict[str, str] = {
    "model details": "model_details",
    "model description": "model_details",
    "model summary": "model_details",
    "uses": "intended_use",
    "direct use": "intended_use",
    "downstream use": "intended_use",
    "intended use": "intended_use",
    "intended uses": "intended_use",
    "intended uses limitations": "intended_use",
    "out of scope use": "out_of_scope_uses",
    "out of scope uses": "out_of_scope_uses",
    "misuse and out of scope use": "out_of_scope_uses",
    "bias risks and limitations": "ethical_considerations",
    "risks and limitations": "ethical_considerations",
    "limitations": "ethical_considerations",
    "limitations and bias": "ethical_considerations",
    "bias": "ethical_considerations",
    "recommendations": "caveats_and_recommendations",
    "training data": "training_data",
    "training details": "training_data",
    "evaluation data": "evaluation_data",
    "testing data": "evaluation_data",
    "evaluation": "evaluation_data",
    "environmental impact": "environmental_impact",
}


def read_card(path: str | Path) -> CardReading:
    """Read the model card at ``path`` (.md or .json); raise :class:`EvidenceError` if broken."""
    path = Path(path)
    data = read_bounded(path, MAX_CARD_BYTES, "model card")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvidenceError(path, f"byte {exc.start}: not UTF-8 text") from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return parse_toolkit_json(text, path.name)
    return parse_huggingface(text, path.name)


def looks_like_card(path: str | Path) -> bool:
    """Return True when ``path`` is Markdown whose front matter a model card would have."""
    path = Path(path)
    try:
        if not path.is_file():  # never open a pipe or a device just to look
            return False
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8-sig", "replace")
    except OSError:
        return False
    if not head.startswith("---"):
        return False
    return bool(
        re.search(r"^(model-index|license|datasets|library_name|pipeline_tag):", head, re.M)
    )


# -- Hugging Face ---------------------------------------------------------------------------


def parse_huggingface(text: str, source: str) -> CardReading:
    """Return what a Hugging Face model card says (front matter and Markdown sections)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = _front_matter(text, source)
    sections = split_sections(body)
    texts: dict[str, list[str]] = {}
    limitations: list[str] = []
    name = ""
    for section in sections:
        if section.level == 1 and not name:
            name = re.sub(r"^model card for\s+", "", section.title, flags=re.I).strip()
        key = _HEADINGS.get(_fold(section.title))
        if key is None or not section.text:
            continue
        body_text = section.text
        if key == "ethical_considerations":
            body_text, risks = _split_risks(body_text)
            limitations += risks or list_items(body_text)
        if body_text:
            texts.setdefault(key, []).append(body_text)
    joined = {k: "\n\n".join(v) for k, v in texts.items()}
    environmental = joined.pop("environmental_impact", "")
    results, notes = _model_index(meta.get("model-index"), source)
    return CardReading(
        source=source,
        kind="huggingface",
        name=name
        or _text(_first(meta.get("model-index"), "name"))
        or _text(meta.get("model_name")),
        sections=joined,
        results=tuple(results),
        datasets=_strings(meta.get("datasets")),
        limitations=tuple(limitations[:MAX_ITEMS]),
        license=", ".join(_strings(meta.get("license"))),
        languages=_strings(meta.get("language")),
        tags=_strings(meta.get("tags")),
        environmental_impact=environmental,
        date=_date(meta.get("date") or meta.get("last_updated")),
        notes=tuple(notes),
    )


def _front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        raise EvidenceError(source, "the YAML front matter starts on line 1 and never ends (---)")
    yaml_text = text[4:end]
    rest = text[end + 4 :]
    rest = rest.split("\n", 1)[1] if "\n" in rest else ""
    return load_yaml(yaml_text, source, first_line=2), rest


def load_yaml(text: str | bytes, source: str, first_line: int = 1) -> dict[str, Any]:
    """Return the YAML mapping in ``text``, read safely with aliases refused."""
    import yaml

    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise EvidenceError(source, f"byte {exc.start}: not UTF-8 text") from None

    class _NoAliases(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise yaml.MarkedYAMLError(
                    problem="aliases (*name) are not read", problem_mark=mark
                )
            return super().compose_node(parent, index)

    try:
        data = yaml.load(text, Loader=_NoAliases)  # a SafeLoader: no code from a card runs
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        part = "front matter line" if first_line > 1 else "line"
        where = f"{part} {mark.line + first_line}" if mark is not None else "the YAML"
        problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
        raise EvidenceError(source, f"{where}: the YAML cannot be read ({problem})") from None
    except RecursionError:
        raise EvidenceError(source, "the YAML is nested too deeply") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise EvidenceError(source, "expected keys and values (a YAML mapping) at the top")
    return data


def _split_risks(text: str) -> tuple[str, list[str]]:
    """Separate the MRD risks list our export appends from the section's own text."""
    if RISKS_MARKER not in text:
        return text, []
    own, _, listed = text.partition(RISKS_MARKER)
    return own.strip(), [item.split(" Mitigation: ")[0] for item in list_items(listed.strip())]


def _model_index(index: Any, source: str) -> tuple[list[ReportedResult], list[str]]:
    results: list[ReportedResult] = []
    notes: list[str] = []
    for entry in _dicts(index):
        for result in _dicts(entry.get("results")):
            task = _text(_get(result, "task", "name")) or _text(_get(result, "task", "type"))
            dataset = _text(_get(result, "dataset", "name")) or _text(
                _get(result, "dataset", "type")
            )
            split = _text(_get(result, "dataset", "split"))
            if split and dataset:
                dataset = f"{dataset} ({split})"
            for metric in _dicts(result.get("metrics")):
                name = _text(metric.get("name")) or _text(metric.get("type"))
                value = _number(metric.get("value"))
                if not name:
                    notes.append("a result without a metric name")
                elif value is None:
                    notes.append(f'"{name}": the value {metric.get("value")!r} is not a number')
                elif len(results) < MAX_RESULTS:
                    results.append(
                        ReportedResult(name, value, dataset, task, _text(metric.get("type")))
                    )
    if len(results) == MAX_RESULTS:
        notes.append(f"results past the first {MAX_RESULTS} in {source}")
    return results, notes


# -- Model Card Toolkit ---------------------------------------------------------------------


def parse_toolkit_json(text: str, source: str) -> CardReading:
    """Return what a Model Card Toolkit JSON card says."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvidenceError(source, f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise EvidenceError(source, "the JSON is nested too deeply") from None
    if not isinstance(data, dict) or not ({"model_details", "considerations"} & set(data)):
        raise EvidenceError(source, "not a Model Card Toolkit card (no model_details)")
    details = _dict(data.get("model_details"))
    considerations = _dict(data.get("considerations"))
    sections: dict[str, str] = {}
    _put(
        sections,
        "model_details",
        _text(details.get("overview")),
        _text(details.get("documentation")),
    )
    _put(sections, "intended_use", *_descriptions(considerations.get("use_cases")))
    out_of_scope, caveats = [], []
    for text_ in _descriptions(considerations.get("limitations")):
        if text_.startswith("Out of scope: "):
            out_of_scope.append(text_.removeprefix("Out of scope: "))
        else:
            caveats.append(text_)
    _put(sections, "out_of_scope_uses", *out_of_scope)
    _put(sections, "caveats_and_recommendations", *caveats)
    risks = [_text(e.get("name")) for e in _dicts(considerations.get("ethical_considerations"))]
    _put(sections, "ethical_considerations", *risks)
    datasets: list[str] = []
    params = _dict(data.get("model_parameters"))
    for entry in _dicts(params.get("data")):
        name = _text(entry.get("name"))
        if name == "Training data":
            _put(sections, "training_data", _text(entry.get("description")))
        elif name == "Evaluation data":
            _put(sections, "evaluation_data", _text(entry.get("description")))
        elif name:
            datasets.append(name)
    results: list[ReportedResult] = []
    notes: list[str] = []
    analysis = _dict(data.get("quantitative_analysis"))
    for metric in _dicts(analysis.get("performance_metrics"))[:MAX_RESULTS]:
        name, value = _text(metric.get("type")), _number(metric.get("value"))
        if name and value is not None:
            results.append(ReportedResult(name, value, _text(metric.get("slice"))))
        elif name:
            notes.append(f'"{name}": the value {metric.get("value")!r} is not a number')
    licenses = [
        _text(e.get("identifier")) or _text(e.get("custom_text"))
        for e in _dicts(details.get("licenses"))
    ]
    return CardReading(
        source=source,
        kind="model-card-toolkit",
        name=_text(details.get("name")),
        sections=sections,
        results=tuple(results),
        datasets=tuple(datasets[:MAX_ITEMS]),
        limitations=tuple(r for r in risks if r)[:MAX_ITEMS],
        license=", ".join(x for x in licenses if x),
        date=_date(_get(details, "version", "date")),
        notes=tuple(notes),
    )


# -- small readers ----------------------------------------------------------------------------


def _fold(title: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", title.lower().replace("&", " ")).split())


def _put(sections: dict[str, str], key: str, *texts: str) -> None:
    joined = "\n\n".join(
        t.strip() for t in texts if t and t.strip() and not NO_INFORMATION.match(t.strip())
    )
    if joined:
        sections[key] = joined


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value[:MAX_RESULTS] if isinstance(v, dict)]


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _first(value: Any, key: str) -> Any:
    items = _dicts(value)
    return items[0].get(key) if items else None


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int | float):
        return " ".join(str(value).split())[:2000]
    return ""


def _strings(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(t for t in (_text(v) for v in items[:MAX_ITEMS]) if t)


def _descriptions(value: Any) -> list[str]:
    return [_text(e.get("description")) for e in _dicts(value) if _text(e.get("description"))]


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        match = re.fullmatch(r"\s*([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*(%?)\s*", value)
        if not match:
            return None
        number = float(match.group(1)) / (100 if match.group(2) else 1)
    else:
        return None
    return number if math.isfinite(number) else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


__all__ = [
    "EvidenceError",
    "Section",
    "looks_like_card",
    "parse_huggingface",
    "parse_toolkit_json",
    "read_card",
]
