"""Cell editors of the metrics table: a drop-down for cells that offer choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from raci_studio.ui.metrics.metrics_model import MetricsTableModel


class ChoiceDelegate(QStyledItemDelegate):
    """Edit cells with a ``ChoicesRole`` (category, direction, KPI) with a combo box.

    Picking an entry commits at once, so one pick is one undo step.
    """

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        choices = index.data(MetricsTableModel.ChoicesRole)
        if not choices:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for label, value in choices:
            box.addItem(label, value)
        box.activated.connect(lambda _i, b=box: self._commit(b))
        return box

    def _commit(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box)

    def setEditorData(self, editor: QWidget, index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, found))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
