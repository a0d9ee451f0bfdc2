"""Model cards read: Hugging Face Markdown with front matter, Model Card Toolkit JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest

from raci_studio.core.actions.evidence import import_card
from raci_studio.core.model import Project
from raci_studio.io.evidence.card import looks_like_card, parse_huggingface, read_card
from raci_studio.io.evidence.errors import EvidenceError
from raci_studio.io.project.file import dumps_project
from raci_studio.io.reports.model_card import model_card_json, model_card_markdown
from tests.core.conftest import build_small_project

CARDS = Path(__file__).resolve().parents[1] / "fixtures" / "cards"


def test_full_card_gives_every_section_result_and_dataset() -> None:
    card = read_card(CARDS / "sentiment-full.md")
    assert card.kind == "huggingface"
    assert card.name == "review-sentiment-base"
    assert card.license == "apache-2.0"
    assert card.languages == ("en", "de")
    assert card.datasets == ("amazon_reviews_multi", "imdb")
    assert card.date == dt.date(2026, 2, 14)
    assert "Developed by: Retail Data Science" in card.sections["model_details"]
    assert card.sections["intended_use"].startswith("Classifying the sentiment")
    assert "Trend dashboards" in card.sections["intended_use"]  # downstream use joins it
    assert "Moderating content" in card.sections["out_of_scope_uses"]
    assert card.sections["caveats_and_recommendations"].startswith("Keep a person in the loop")
    assert "400,000 reviews" in card.sections["training_data"]
    assert "IMDB test set" in card.sections["evaluation_data"]
    assert "0.8 kg CO2eq" in card.environmental_impact
    assert card.limitations == (
        "Sarcasm is often read as positive sentiment.",
        "Reviews shorter than five words are classified with low confidence.",
        "Trained on reviews from 2015–2019; slang since then is under-represented.",
    )
    assert [(r.metric, r.value, r.dataset) for r in card.results] == [
        ("Accuracy", 0.912, "Amazon Reviews (multilingual) (test)"),
        ("Macro F1", 0.897, "Amazon Reviews (multilingual) (test)"),
        ("Accuracy", pytest.approx(0.934), "IMDB (test)"),
    ]
    assert card.missing == []


def test_card_without_model_index_says_what_is_missing() -> None:
    card = read_card(CARDS / "no-model-index.md")
    assert card.results == ()
    assert card.datasets == ("internal-claims-2025",)
    assert card.name == "Claims triage model"
    assert "intended_use" not in card.sections  # "[More Information Needed]" is nothing
    assert "training_data" not in card.sections
    assert len(card.limitations) == 1  # one paragraph, no list
    assert "Intended use" in card.missing and "Training data" in card.missing


def test_html_is_removed_and_never_kept_as_markup() -> None:
    card = read_card(CARDS / "html-heavy.md")
    details = card.sections["model_details"]
    assert "<" not in details and "script" not in details
    assert "12,000 labelled images & 300 synthetic ones" in details
    assert card.sections["intended_use"].startswith("Flagging scratches")
    assert card.limitations == (
        "Glare from the new LED lights is read as a scratch.",
        "Not trained on matte finishes.",
    )
    assert [(r.metric, r.value) for r in card.results] == [("Defect recall", 0.88)]
    assert card.notes == ("\"Defect precision\": the value 'not measured' is not a number",)


def test_invalid_yaml_is_refused_with_the_line() -> None:
    with pytest.raises(EvidenceError) as caught:
        read_card(CARDS / "broken-yaml.md")
    message = str(caught.value)
    assert message.startswith("broken-yaml.md: front matter line ")
    assert "the YAML cannot be read" in message


@pytest.mark.parametrize(
    ("front", "words"),
    [
        ("a: &x [1, 2]\nb: *x\n", "aliases (*name) are not read"),
        ("!!python/object/apply:os.system ['touch pwned']\n", "the YAML cannot be read"),
        ("- just\n- a list\n", "a YAML mapping"),
    ],
)
def test_yaml_never_runs_code_and_refuses_aliases(tmp_path, front, words) -> None:
    path = tmp_path / "README.md"
    path.write_text(f"---\n{front}---\n\n# Card\n", encoding="utf-8")
    with pytest.raises(EvidenceError, match=re.escape(words)):
        read_card(path)
    assert not (tmp_path / "pwned").exists()


def test_unterminated_front_matter_and_bad_bytes(tmp_path) -> None:
    open_ended = tmp_path / "a.md"
    open_ended.write_text("---\nlicense: mit\n# Card\n", encoding="utf-8")
    with pytest.raises(EvidenceError, match="never ends"):
        read_card(open_ended)
    latin = tmp_path / "b.md"
    latin.write_bytes(b"# Mod\xe8le\n")
    with pytest.raises(EvidenceError, match="byte 5: not UTF-8"):
        read_card(latin)


def test_folders_pipes_and_missing_files_are_refused(tmp_path) -> None:
    with pytest.raises(EvidenceError, match="is a folder"):
        read_card(tmp_path)
    with pytest.raises(EvidenceError, match="no such file"):
        read_card(tmp_path / "missing.md")
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceError, match="not a regular file"):
        read_card(fifo)
    assert not looks_like_card(fifo)


def test_detected_by_front_matter(tmp_path) -> None:
    assert looks_like_card(CARDS / "sentiment-full.md")
    plain = tmp_path / "README.md"
    plain.write_text("# A project\n\nNot a card.\n", encoding="utf-8")
    assert not looks_like_card(plain)


def test_toolkit_json() -> None:
    card = read_card(CARDS / "toolkit.json")
    assert card.kind == "model-card-toolkit"
    assert card.name == "Churn risk scorer"
    assert card.date == dt.date(2026, 5, 2)
    assert card.license == "proprietary"
    assert card.sections["intended_use"] == "Choosing whom retention offers go to."
    assert card.sections["out_of_scope_uses"] == "pricing decisions."
    assert card.sections["caveats_and_recommendations"].startswith("Scores are calibrated")
    assert card.sections["training_data"].startswith("Billing and usage")
    assert card.datasets == ("CRM contact history",)
    assert [(r.metric, r.value, r.dataset) for r in card.results] == [
        ("PR-AUC", 0.61, "holdout 2026-Q1"),
        ("Top-decile recall", 0.44, ""),
    ]
    assert card.limitations == ("Offers could favour high-income areas.",)


def test_toolkit_json_refuses_what_is_not_a_card(tmp_path) -> None:
    path = tmp_path / "card.json"
    path.write_text('{"name": 1}', encoding="utf-8")
    with pytest.raises(EvidenceError, match="not a Model Card Toolkit card"):
        read_card(path)
    path.write_text('{"model_details": ', encoding="utf-8")
    with pytest.raises(EvidenceError, match="line 1, column"):
        read_card(path)


def _fold(text: str) -> str:
    return " ".join(text.split())


def test_our_exported_card_reads_back_to_the_same_section_and_metrics() -> None:
    project = build_small_project()
    card = project.scoping.model_card
    card.model_details = "Gradient boosting *with* <b>care</b> & 10_000 trees\n\nSecond # para"
    card.intended_use = "Deflect tier-1 tickets | fast [always]"
    card.ethical_considerations = "May favour English speakers."
    reading = parse_huggingface(model_card_markdown(project), "card.md")
    for key in ("model_details", "intended_use", "ethical_considerations", "training_data"):
        assert _fold(reading.sections.get(key, "")) == _fold(getattr(card, key)), key
    assert reading.limitations == tuple(r.description for r in project.scoping.risks)
    measured = {
        m.name: m.measurements[-1].value
        for m in project.metrics
        if m.measurements and m.category == "model"
    }
    assert {r.metric: r.value for r in reading.results} == measured

    # importing it into a project whose card was cleared gives the same section back
    fresh = build_small_project()
    fresh.scoping.model_card = type(card)()
    plan = import_card(fresh, reading, dt.date(2026, 6, 1))
    assert plan.edit is not None
    plan.edit.apply(fresh)
    for key in ("model_details", "intended_use", "ethical_considerations"):
        assert _fold(getattr(fresh.scoping.model_card, key)) == _fold(getattr(card, key))


def test_toolkit_json_export_reads_back() -> None:
    project = build_small_project()
    project.scoping.model_card.intended_use = "Route tickets."
    project.scoping.model_card.out_of_scope_uses = "Legal advice."
    data = json.dumps(model_card_json(project))
    reading = parse_toolkit_json_text(data)
    assert reading.sections["intended_use"] == "Route tickets."
    assert reading.sections["out_of_scope_uses"] == "Legal advice."


def parse_toolkit_json_text(text: str):
    from raci_studio.io.evidence.card import parse_toolkit_json

    return parse_toolkit_json(text, "card.json")


def test_importing_a_card_is_one_step_that_undoes_exactly() -> None:
    project = Project(name="Reviews")
    before = dumps_project(project)
    reading = read_card(CARDS / "sentiment-full.md")
    plan = import_card(project, reading, reading.date or dt.date(2026, 1, 1))
    assert plan.edit is not None and plan.edit.label == "Import model card sentiment-full.md"
    inverse, _change = plan.edit.apply(project)
    names = [m.name for m in project.metrics]
    assert names == [
        "Accuracy (Amazon Reviews (multilingual) (test))",
        "Macro F1",
        "Accuracy (IMDB (test))",
    ]
    first = project.metrics[0]
    assert first.measurements[0].value == 0.912
    assert first.measurements[0].date == dt.date(2026, 2, 14)
    assert "Amazon Reviews" in first.description
    assert project.scoping.risks[0].description.startswith("Sarcasm")
    assert [d.dataset for d in project.scoping.data_requirements] == [
        "amazon_reviews_multi",
        "imdb",
    ]
    assert project.scoping.model_card.date == dt.date(2026, 2, 14)
    assert "License: apache-2.0." in project.scoping.model_card.model_details
    assert any(line.startswith('Metric "Macro F1" (new model metric') for line in plan.lines)
    inverse.apply(project)
    assert dumps_project(project) == before


def test_a_second_import_adds_measurements_to_the_same_metrics() -> None:
    project = Project(name="Reviews")
    reading = read_card(CARDS / "sentiment-full.md")
    import_card(project, reading, dt.date(2026, 2, 14)).edit.apply(project)
    plan = import_card(project, reading, dt.date(2026, 3, 1))
    plan.edit.apply(project)
    assert len(project.metrics) == 3
    assert [len(m.measurements) for m in project.metrics] == [2, 2, 2]
    assert len(project.scoping.risks) == 3  # the same limitations are not added twice
