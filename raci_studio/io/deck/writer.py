"""Write the kickoff deck of a project, on the built-in look or a company template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from raci_studio.core.model import Project
from raci_studio.io.atomic_write import write_atomic
from raci_studio.io.deck.frame import Deck
from raci_studio.io.deck.governance import (
    add_criteria,
    add_decisions,
    add_overview,
    add_risks_and_data,
)
from raci_studio.io.deck.lifecycle_slide import add_lifecycle
from raci_studio.io.deck.opening import add_metrics, add_scorecard, add_title
from raci_studio.io.deck.phases import add_phases


def build_deck(
    project: Project,
    template: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """Return the kickoff deck of ``project`` as the bytes of a .pptx file.

    ``progress`` is called with the number of each slide as it is started; an exception it
    raises (a person cancelling) stops the work, and nothing is written.

    Raises
    ------
    TemplateError
        (a ``ValueError``) when ``template`` is not a usable PowerPoint file.
    """
    deck = Deck(template, progress)
    add_title(deck, project)
    add_metrics(deck, project)
    add_scorecard(deck, project)
    add_lifecycle(deck, project)
    add_phases(deck, project)
    add_overview(deck, project)
    add_criteria(deck, project)
    add_risks_and_data(deck, project)
    add_decisions(deck, project)
    return deck.save()


def write_deck(
    project: Project,
    path: Path,
    template: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Write the kickoff deck of ``project`` to ``path`` atomically."""
    write_atomic(path, build_deck(project, template, progress))
