"""The Scoping tab's exports: the MRD, the model card and its summary, each to a file picked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from raci_studio.core.ids import slugify
from raci_studio.ui.document import DocumentAdapter


@dataclass(frozen=True)
class ExportSpec:
    """One export: the dialog's title, the file name's stem, its filters and the format keys."""

    title: str
    stem: str
    filters: str
    #: File suffix -> the key of the format that writes it (the first is the default).
    keys: dict[str, str]


MRD_EXPORT = ExportSpec(
    "Export MRD", "mrd", "Markdown (*.md);;Web page (*.html)", {".md": ".md", ".html": ".html"}
)
MODEL_CARD_EXPORT = ExportSpec(
    "Export Model Card",
    "model-card",
    "Hugging Face model card (*.md);;Model Card Toolkit JSON (*.json)",
    {".md": "report:model-card.md", ".json": "report:model-card.json"},
)
CARD_SUMMARY_EXPORT = ExportSpec(
    "Export Model Card Summary",
    "card-summary",
    "Web page (*.html);;Markdown (*.md)",
    {".html": "report:card-summary.html", ".md": "report:card-summary.md"},
)


def export_document(parent: QWidget, adapter: DocumentAdapter, spec: ExportSpec) -> Path | None:
    """Ask where to write ``spec``'s document for the project, write it; return the file."""
    from raci_studio.io.exporters import load_formats

    title, keys = spec.title, spec.keys
    project = adapter.project
    base = adapter.path.parent if adapter.path else Path.home()
    suggested = base / f"{slugify(project.name, 'project')}-{spec.stem}{next(iter(keys))}"
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), spec.filters)
    if not path:
        return None
    output = Path(path)
    suffix = output.suffix.lower()
    if suffix not in keys:
        suffix = next((s for s in keys if s in chosen), next(iter(keys)))
        output = output.with_name(output.name + suffix)
    fmt = load_formats().get(keys[suffix])
    if fmt is None:
        QMessageBox.critical(parent, title, f"RACI Studio cannot write “{output.name}”.")
        return None
    try:
        fmt.write(project, output, None)
    except (OSError, ValueError) as exc:
        QMessageBox.critical(parent, title, f"Could not write {output}:\n{exc}")
        return None
    return output
