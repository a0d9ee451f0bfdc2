"""Register the kickoff deck as the ``.pptx`` export format.

Options (the CLI's arguments, or an object from the app) may carry ``template``: the path of
a company .pptx whose slide master and layouts the deck uses, and ``progress``: a function
called with each slide's number as the deck is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci_studio.core.model import Project
from raci_studio.io.exporters import register_format


@register_format(".pptx", "Kickoff deck, PowerPoint (*.pptx)")
def write_pptx(project: Project, path: Path, options: Any = None) -> None:
    """Write the kickoff deck of ``project`` to ``path``."""
    from raci_studio.io.deck.writer import write_deck

    template = getattr(options, "template", None)
    progress = getattr(options, "progress", None)
    write_deck(project, path, Path(template) if template else None, progress)
