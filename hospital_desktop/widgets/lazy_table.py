"""A table model that loads pages on demand with keyset pagination (qutebrowser's lazy SQL model).

The view asks `canFetchMore`/`fetchMore` as the user scrolls; each page is fetched off the UI thread through
core.ops with the last row's key (`WHERE (key) > (:last) ORDER BY key LIMIT n`), so a list over a million
patients costs one page, not a million rows. Pages are asked with latest=True and a new query forgets the page
on its way, so an answer to an old query that arrives late is dropped."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..core.errors import KnownError
from ..core.ops import Operations

Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], Any]]
PageFetcher = Callable[[Any, tuple | None, int], list[Any]]  # (session, after_key, limit) -> rows


class KeysetTableModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows held after the page arrived
    load_failed = Signal(str)

    ROW_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, ops: Operations, columns: Sequence[Column], key_of: Callable[[Any], tuple], *,
                 page_size: int = 50, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.ops = ops
        self.columns = list(columns)
        self.key_of = key_of
        self.page_size = page_size
        self.rows: list[Any] = []
        self._fetch: PageFetcher | None = None
        self._exhausted = True
        self._loading = False

    # -- queries ----------------------------------------------------------------------------------
    def set_query(self, fetch: PageFetcher | None) -> None:
        """Show the results of a new query (None: empty) and load its first page."""
        self.beginResetModel()
        self.ops.forget_answers(self._append)  # a page of the previous query still on its way is dropped
        self.rows = []
        self._fetch = fetch
        self._exhausted = fetch is None
        self._loading = False
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_query(self._fetch)

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @property
    def loading(self) -> bool:
        return self._loading

    # -- Qt model API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.columns):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == self.ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][0]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading or self._fetch is None:
            return
        self._loading = True
        fetch = self._fetch
        after = self.key_of(self.rows[-1]) if self.rows else None
        limit = self.page_size
        self.ops.run_query(None, lambda session: fetch(session, after, limit),
                           self._append, on_error=self._failed, latest=True)

    # -- results ----------------------------------------------------------------------------------
    def _append(self, rows: list[Any]) -> None:
        self._loading = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self.rows))

    def _failed(self, error: KnownError) -> None:
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(error.message)
