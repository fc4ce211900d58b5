"""Selecting a table's row from the program, in either layout direction.

QTableView.selectRow picks the row's anchor column with horizontalHeader().logicalIndexAt(viewport width) when the
view is right to left (Arabic): one pixel past the last section of a header that fills the viewport, so it finds
no column and selects nothing (Qt 6.11, QTableWidget as well). The selection model does what selectRow means."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(table: QAbstractItemView, row: int) -> None:
    """Make `row` the current, only selected row (what selectRow does left to right)."""
    model, selection = table.model(), table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    selection.setCurrentIndex(model.index(row, 0), flags)
