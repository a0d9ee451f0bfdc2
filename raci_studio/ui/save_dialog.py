"""A Save dialog whose file type and file name agree: picking a type changes the name's
extension, and typing an extension picks its type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget


class TypedSaveDialog(QFileDialog):
    """Ask for a file to write in one of several types, named by their extensions.

    Parameters
    ----------
    types : list of (suffix, description)
        Each offered type: its extension (".xlsx", ".raci.json") and its filter text
        ("Excel workbook (*.xlsx)").
    """

    def __init__(
        self, parent: QWidget | None, title: str, suggested: Path, types: list[tuple[str, str]]
    ) -> None:
        super().__init__(parent, title, str(suggested.parent))
        self._types = types
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        # Qt's own dialog: the platform's may not let us follow the typed name
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setNameFilters([description for _suffix, description in types])
        self._name_edit = self.findChild(QLineEdit, "fileNameEdit")
        self._syncing = False
        # Qt swaps the last extension itself when a type is picked (".json" of ".raci.json"),
        # so the name is rebuilt from the one the user last typed or was given
        self._last_name = suggested.name
        self.filterSelected.connect(self._type_picked)
        if self._name_edit is not None:
            self._name_edit.textEdited.connect(self._name_typed)
        self.selectFile(suggested.name)
        self._name_typed(suggested.name)

    def name(self) -> str:
        """Return the file name as typed."""
        return self._name_edit.text() if self._name_edit is not None else ""

    def chosen_path(self) -> Path | None:
        """Return the file picked, with the chosen type's extension when it has none."""
        files = self.selectedFiles()
        if not files:
            return None
        path = Path(files[0])
        if self.suffix_of(path.name) is None:
            path = path.with_name(path.name + self.current_suffix())
        return path

    def current_suffix(self) -> str:
        """Return the extension of the type picked now."""
        chosen = self.selectedNameFilter()
        return next((s for s, d in self._types if d == chosen), self._types[0][0])

    def suffix_of(self, name: str) -> str | None:
        """Return the offered extension ``name`` ends with (the longest), or None."""
        matches = [s for s, _d in self._types if name.lower().endswith(s)]
        return max(matches, key=len) if matches else None

    def _type_picked(self, description: str) -> None:
        if self._syncing or self._name_edit is None:
            return
        suffix = next((s for s, d in self._types if d == description), None)
        name = self._last_name
        if suffix is None or not name:
            return
        old = self.suffix_of(name)
        stem = name[: -len(old)] if old else name
        self._syncing = True
        self._name_edit.setText(stem + suffix)
        self._last_name = stem + suffix
        self._syncing = False

    def _name_typed(self, name: str) -> None:
        if self._syncing:
            return
        self._last_name = name
        suffix = self.suffix_of(name)
        if suffix is None:
            return
        description = next(d for s, d in self._types if s == suffix)
        if description != self.selectedNameFilter():
            self._syncing = True
            self.selectNameFilter(description)
            self._syncing = False


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, types: list[tuple[str, str]]
) -> Path | None:
    """Show a :class:`TypedSaveDialog`; return the path chosen, or None when cancelled."""
    dialog = TypedSaveDialog(parent, title, suggested, types)
    if not dialog.exec():
        return None
    return dialog.chosen_path()
