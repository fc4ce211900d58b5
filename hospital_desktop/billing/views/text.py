"""Helpers for billing's texts on screen: translated column titles, and labels that keep the screen's direction."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView


def headers(context: str, columns: list[str]) -> list[str]:
    """Column titles marked with QT_TRANSLATE_NOOP(context, …), in the user's language."""
    return [QCoreApplication.translate(context, title) for title in columns]


def directed(text: str) -> str:
    """A label's text in the screen's direction: in Arabic, a paragraph that begins with Latin data (a payer's or a
    patient's name, a reason the payer wrote in English) still reads right to left, led by a right-to-left mark."""
    return "\u200f" + text if text and QGuiApplication.isRightToLeft() else text


def select_row(table: QAbstractItemView, row: int) -> None:
    """Select a whole row, right to left too: QTableView.selectRow selects nothing in a right-to-left view whose
    columns are wider than the view (Qt looks for the row's first column at the viewport's far edge)."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def select_record(table: QAbstractItemView, records: Sequence[Any], record_id: int) -> bool:
    """widgets.tables.select_record through select_row: the row of the record with this id; False when not shown."""
    for row, record in enumerate(records):
        if record.id == record_id:
            select_row(table, row)
            return True
    return False
