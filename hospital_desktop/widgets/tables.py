"""The shared read-only table of every workspace: a QTableView over a plain list of rows.

Why not QTableWidget with ResizeToContents: that measures every cell again after every change, which is quadratic
in the rows — the pharmacy's 329-row queue held the UI thread for minutes on each 30 s refill. Here filling is one
model reset (no item objects), painting touches only the visible rows, and column widths are fitted once from the
header and the first SAMPLE_ROWS rows; after that the user's widths stay. The few QTableWidget calls the views use
(setRowCount, setItem, item(r, c).text(), currentRow, itemSelectionChanged) keep working."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidgetItem, QWidget

SAMPLE_ROWS = 50          # rows measured when fitting the columns
MAX_FITTED_WIDTH = 420    # a long text column does not push the others off the screen
_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RowsModel(QAbstractTableModel):
    """Rows of display values; optional text colour and background per row or per cell."""

    def __init__(self, columns: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[list[Any]] = []
        self.row_colors: list[QColor | None] = []
        self.row_backgrounds: list[QColor | None] = []
        self.cell_roles: dict[tuple[int, int], dict[int, Any]] = {}  # (row, column) → role → value

    def replace(self, rows: list[tuple], colors=None, backgrounds=None) -> None:  # noqa: ANN001
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.row_colors = [QColor(c) if c else None for c in colors] if colors else []
        self.row_backgrounds = list(backgrounds) if backgrounds else []
        self.cell_roles = {}
        self.endResetModel()

    def resize(self, count: int) -> None:
        self.beginResetModel()
        width = len(self.columns)
        self.rows = self.rows[:count] + [[None] * width for _ in range(count - len(self.rows))]
        self.row_colors = self.row_colors[:count]
        self.row_backgrounds = self.row_backgrounds[:count]
        self.cell_roles = {k: v for k, v in self.cell_roles.items() if k[0] < count}
        self.endResetModel()

    def set_cell(self, row: int, column: int, value: Any, roles: dict[int, Any] | None = None) -> None:
        self.rows[row][column] = value
        if roles:
            self.cell_roles.setdefault((row, column), {}).update(roles)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def text(self, row: int, column: int) -> str:
        value = self.rows[row][column]
        return "" if value is None else str(value)

    # -- QAbstractTableModel -----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        r, c = index.row(), index.column()
        if not index.isValid() or r >= len(self.rows):
            return None
        cell = self.cell_roles.get((r, c))
        if cell and role in cell:
            return cell[role]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(r, c)
        if role == Qt.ItemDataRole.ForegroundRole and r < len(self.row_colors) and self.row_colors[r] is not None:
            return QBrush(self.row_colors[r])
        if (role == Qt.ItemDataRole.BackgroundRole and r < len(self.row_backgrounds)
                and self.row_backgrounds[r] is not None):
            return QBrush(self.row_backgrounds[r])
        return None


class Cell:
    """What `DataTable.item(r, c)` returns: the part of QTableWidgetItem the views and tests use."""

    def __init__(self, model: RowsModel, row: int, column: int):
        self.model, self._row, self._column = model, row, column

    def text(self) -> str:
        return self.model.text(self._row, self._column)

    def row(self) -> int:
        return self._row

    def column(self) -> int:
        return self._column

    def data(self, role: int) -> Any:
        return self.model.data(self.model.index(self._row, self._column), role)

    def setForeground(self, colour: QColor | QBrush) -> None:  # noqa: N802 - QTableWidgetItem's name
        self._set(Qt.ItemDataRole.ForegroundRole, QBrush(colour))

    def setBackground(self, colour: QColor | QBrush) -> None:  # noqa: N802
        self._set(Qt.ItemDataRole.BackgroundRole, QBrush(colour))

    def _set(self, role: int, value: Any) -> None:
        self.model.set_cell(self._row, self._column, self.model.rows[self._row][self._column], {role: value})


class DataTable(QTableView):
    """Read-only, whole rows selected."""
    itemSelectionChanged = Signal()  # noqa: N815 - QTableWidget's name, so views keep connecting to it

    def __init__(self, columns: list[str], name: str, *, single: bool = False):
        super().__init__(objectName=name)
        self.rows_model = RowsModel(columns, self)
        self.setModel(self.rows_model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # rows are never measured
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if single
                              else QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.selectionModel().selectionChanged.connect(lambda *_: self.itemSelectionChanged.emit())
        self._fitted = False
        # Views that fill with setRowCount + setItem get their columns fitted once the loop has returned.
        self._fit_later = QTimer(self, singleShot=True, interval=0)
        self._fit_later.timeout.connect(self._fit_columns)

    # -- filling -----------------------------------------------------------------------------------------
    def fill(self, rows: list[tuple], colors=None, backgrounds=None) -> None:  # noqa: ANN001
        self.rows_model.replace(rows, colors, backgrounds)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Once, when there is something to measure: header text and the first SAMPLE_ROWS rows only."""
        model = self.rows_model
        if self._fitted or not model.rows:
            return
        self._fitted = True
        metrics = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 16
        sample = model.rows[:SAMPLE_ROWS]
        for c, title in enumerate(model.columns[:-1]):  # the last one stretches
            widest = max([metrics.horizontalAdvance(title)]
                         + [metrics.horizontalAdvance(model.text(r, c)) for r in range(len(sample))])
            self.setColumnWidth(c, min(widest + pad, MAX_FITTED_WIDTH))

    # -- the QTableWidget calls the views use ------------------------------------------------------------
    def setRowCount(self, count: int) -> None:  # noqa: N802
        self.rows_model.resize(count)
        if not self._fitted:
            self._fit_later.start()

    def setItem(self, row: int, column: int, item: QTableWidgetItem) -> None:  # noqa: N802
        roles = {role: item.data(role) for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                                                   Qt.ItemDataRole.UserRole, Qt.ItemDataRole.TextAlignmentRole,
                                                   Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole)
                 if item.data(role) is not None}
        self.rows_model.set_cell(row, column, item.text(), roles)

    def setHorizontalHeaderLabels(self, labels: list[str]) -> None:  # noqa: N802
        self.rows_model.columns = list(labels)
        self.rows_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(labels) - 1)

    def item(self, row: int, column: int) -> Cell | None:
        if 0 <= row < self.rows_model.rowCount() and 0 <= column < self.rows_model.columnCount():
            return Cell(self.rows_model, row, column)
        return None

    def rowCount(self) -> int:  # noqa: N802
        return self.rows_model.rowCount()

    def columnCount(self) -> int:  # noqa: N802
        return self.rows_model.columnCount()

    def currentRow(self) -> int:  # noqa: N802
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def selectedItems(self) -> list[Cell]:  # noqa: N802
        return [Cell(self.rows_model, i.row(), i.column()) for i in self.selectionModel().selectedIndexes()]


def make_table(columns: list[str], name: str, *, single: bool = False) -> DataTable:
    """Read-only, whole rows selected; `single` allows one row at a time."""
    return DataTable(columns, name, single=single)


def fill_table(table: DataTable, rows: list[tuple], colors: list[str | None] | None = None,
               backgrounds: list[QColor | None] | None = None) -> None:
    """Replace the rows; colors[i] (a CSS colour or None) tints row i's text, backgrounds[i] its background."""
    table.fill(rows, colors, backgrounds)


def selected_record(table: QAbstractItemView, records: Sequence[T]) -> T | None:
    """The record behind the table's selected row (records[i] is shown in row i), or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows or not 0 <= rows[0].row() < len(records):
        return None
    return records[rows[0].row()]


def select_row(table: QAbstractItemView, row: int) -> None:
    """Make `row` the current, only selected row, in either layout direction. QTableView.selectRow picks the row's
    anchor column at the viewport's far edge when the view is right to left (Arabic): one pixel past the last
    section of a header that fills the viewport, so it finds no column and selects nothing (Qt 6.11, QTableWidget
    as well). The selection model does what selectRow means."""
    model, selection = table.model(), table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    selection.setCurrentIndex(model.index(row, 0), flags)


def select_record(table: QAbstractItemView, records: Sequence[Any], record_id: int) -> bool:
    """Select the row of the record with this id (records have an `id`); False when it is not shown."""
    for row, record in enumerate(records):
        if record.id == record_id:
            select_row(table, row)
            return True
    return False
