"""Small read-only tables used across workspaces."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def make_table(columns: list[str], name: str, *, single: bool = False) -> QTableWidget:
    """Read-only, whole rows selected; `single` allows one row at a time."""
    table = QTableWidget(0, len(columns), objectName=name)
    table.setHorizontalHeaderLabels(columns)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


def fill_table(table: QTableWidget, rows: list[tuple], colors: list[str | None] | None = None,
               backgrounds: list[QColor | None] | None = None) -> None:
    """Replace the rows; colors[i] (a CSS colour or None) tints row i's text, backgrounds[i] its background."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if colors and colors[r]:
                item.setForeground(QColor(colors[r]))
            if backgrounds and backgrounds[r] is not None:
                item.setBackground(backgrounds[r])
            table.setItem(r, c, item)
