"""The Scoping tab's exports: the MRD, the model card and its summary, each to a file picked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from raci_studio.core.ids import slugify
from raci_studio.ui.document import DocumentAdapter
from raci_studio.ui.i18n import translate


@dataclass(frozen=True)
class ExportSpec:
    """One export: the dialog's title, the file name's stem, its filters and the format keys."""

    title: str
    stem: str
    filters: str
    #: File suffix -> the key of the format that writes it (the first is the default).
    keys: dict[str, str]


def _filters(*pairs: tuple[str, str]) -> str:
    """Join (name, pattern) pairs into a file dialog's filter string."""
    return ";;".join(f"{name} ({pattern})" for name, pattern in pairs)


def mrd_export() -> ExportSpec:
    """Return the MRD export: Markdown or a web page."""
    return ExportSpec(
        translate("Scoping", "Export MRD"),
        "mrd",
        _filters(
            (translate("Scoping", "Markdown"), "*.md"), (translate("Scoping", "Web page"), "*.html")
        ),
        {".md": ".md", ".html": ".html"},
    )


def model_card_export() -> ExportSpec:
    """Return the model card export: Hugging Face Markdown or Model Card Toolkit JSON."""
    return ExportSpec(
        translate("Scoping", "Export Model Card"),
        "model-card",
        _filters(
            (translate("Scoping", "Hugging Face model card"), "*.md"),
            (translate("Scoping", "Model Card Toolkit JSON"), "*.json"),
        ),
        {".md": "report:model-card.md", ".json": "report:model-card.json"},
    )


def card_summary_export() -> ExportSpec:
    """Return the export of the model card in plain words: a web page or Markdown."""
    return ExportSpec(
        translate("Scoping", "Export Model Card Summary"),
        "card-summary",
        _filters(
            (translate("Scoping", "Web page"), "*.html"), (translate("Scoping", "Markdown"), "*.md")
        ),
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
        said = translate("Scoping", "RACI Studio cannot write “{name}”.")
        QMessageBox.critical(parent, title, said.format(name=output.name))
        return None
    try:
        fmt.write(project, output, None)
    except (OSError, ValueError) as exc:
        said = translate("Scoping", "Could not write {path}:\n{error}")
        QMessageBox.critical(parent, title, said.format(path=output, error=exc))
        return None
    return output
