"""Evidence handed to a PM, as read from its files: a model card, a data set's lineage.

The readers in :mod:`raci_studio.io.evidence` fill these plain values; the actions in
:mod:`raci_studio.core.actions.evidence` turn them into one undoable edit of the project.
Nothing here is invented: a field the card did not have stays empty and is reported missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: The model card sections a card can fill, in the order a reader meets them, with the
#: words used for them in previews and summaries. The keys are fields of ``ModelCard``.
CARD_SECTIONS: dict[str, str] = {
    "model_details": "Model details",
    "intended_use": "Intended use",
    "out_of_scope_uses": "Out-of-scope use",
    "ethical_considerations": "Bias, risks and limitations",
    "caveats_and_recommendations": "Recommendations",
    "training_data": "Training data",
    "evaluation_data": "Evaluation data",
}


@dataclass(frozen=True)
class ReportedResult:
    """One result a card reports: a metric's value on a data set (``model-index``)."""

    metric: str
    value: float
    dataset: str = ""
    task: str = ""
    metric_type: str = ""

    @property
    def benchmark(self) -> str:
        """Return where the value was measured, in words ("GLUE MRPC, text classification")."""
        return ", ".join(part for part in (self.dataset, self.task) if part)


@dataclass(frozen=True)
class CardReading:
    """What a model card says, field by field; empty where the card says nothing.

    Attributes
    ----------
    source : str
        The file it was read from (its name), for labels and the card's ``source``.
    kind : str
        ``"huggingface"`` (Markdown with YAML front matter) or ``"model-card-toolkit"`` (JSON).
    name : str
        The model's name.
    sections : dict of str to str
        Text per :data:`CARD_SECTIONS` key, plain (Markdown markup and HTML removed).
    results : tuple of ReportedResult
    datasets : tuple of str
        Data sets the card names (training and evaluation).
    limitations : tuple of str
        Limitations and risks, one per item of the card's list (or paragraph).
    license, languages, tags : metadata, as the card gives it.
    environmental_impact : str
    date : date or None
        The date the card gives (``date`` / ``last_updated``), else None.
    notes : tuple of str
        What the reader skipped or could not read, in words.
    """

    source: str
    kind: str
    name: str = ""
    sections: dict[str, str] = field(default_factory=dict)
    results: tuple[ReportedResult, ...] = ()
    datasets: tuple[str, ...] = ()
    limitations: tuple[str, ...] = ()
    license: str = ""
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    environmental_impact: str = ""
    date: dt.date | None = None
    notes: tuple[str, ...] = ()

    @property
    def missing(self) -> list[str]:
        """Return the words of the sections the card does not fill."""
        return [words for key, words in CARD_SECTIONS.items() if not self.sections.get(key)]


@dataclass(frozen=True)
class TrackedData:
    """A data set tracked by DVC: its path, content hash, size and the stage producing it."""

    path: str
    hash: str = ""
    size: int | None = None
    files: int | None = None
    stage: str = ""
    source_file: str = ""

    @property
    def name(self) -> str:
        """Return the data set's name: the last part of its path ("data/raw" -> "raw")."""
        return self.path.rstrip("/").rsplit("/", 1)[-1] or self.path
