"""Search box + lazily loaded result list, shared by every workspace that finds patients."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel, QTableView, QVBoxLayout,
                               QWidget)

from ...core.ops import Operations
from ...widgets.lazy_table import KeysetTableModel
from ...widgets.patient_search import PatientSearchBox
from .. import queries



def _name(p: queries.PatientRow) -> str:
    if p.unidentified:
        return QCoreApplication.translate("PatientListPanel", "{name}  (unidentified)").format(name=p.display_name)
    return p.display_name


# Column titles are translated when a list is made (the language can change between logins).
COLUMNS_FULL = [
    (QT_TRANSLATE_NOOP("PatientListPanel", "MRN"), lambda p: p.mrn),
    (QT_TRANSLATE_NOOP("PatientListPanel", "Name"), _name),
    (QT_TRANSLATE_NOOP("PatientListPanel", "Born"), lambda p: p.born_text),
    (QT_TRANSLATE_NOOP("PatientListPanel", "Sex"), lambda p: p.sex_text),
    (QT_TRANSLATE_NOOP("PatientListPanel", "Phone"), lambda p: queries.ltr(p.phone)),
    (QT_TRANSLATE_NOOP("PatientListPanel", "National ID"), lambda p: p.national_id),
    (QT_TRANSLATE_NOOP("PatientListPanel", "Postal code"), lambda p: p.postal_code),
]
COLUMNS_BASIC = COLUMNS_FULL[:4]
# Walking the list with the arrow keys opens the row the keys stop on, not every row passed (each opening is
# written to the chart access log).
ARROW_OPEN_MS = 400


class PatientListPanel(QWidget):
    """Type or scan → matching patients; a click, Return, or the arrow keys coming to rest on a row open it
    (`patient_chosen(PatientRow)`). Down in the search box goes to the first result."""
    patient_chosen = Signal(object)

    def __init__(self, ops: Operations, *, full: bool = True, page_size: int = 50, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.full = full
        self.search = PatientSearchBox()
        columns = [(QCoreApplication.translate("PatientListPanel", title), value)
                   for title, value in (COLUMNS_FULL if full else COLUMNS_BASIC)]
        self.model = KeysetTableModel(ops, columns, queries.row_key,
                                      page_size=page_size, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (the arrows walk it)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(objectName="searchStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.search.search_requested.connect(self.run_search)
        self.search.down_pressed.connect(self._enter_results)
        # clicked = one click; activated = Return (and the double-click's second click, which _choose ignores).
        self.table.clicked.connect(lambda index: self._choose(index.row()))
        self.table.activated.connect(lambda index: self._choose(index.row()))
        self._arrow_timer = QTimer(self, singleShot=True, interval=ARROW_OPEN_MS)
        self._arrow_timer.timeout.connect(lambda: self._choose(self.table.currentIndex().row()))
        self.table.selectionModel().currentRowChanged.connect(self._current_moved)
        self._last_choice: tuple[object, QElapsedTimer] | None = None
        self.model.page_loaded.connect(self._loaded)
        self.model.load_failed.connect(lambda msg: self.status.setText(msg))
        self._auto_open = False

    def run_search(self, text: str) -> None:
        query = queries.parse_search(text)
        if query.problems:
            self.status.setText(" ".join(query.problems))
            self.model.set_query(None)
            return
        if query.empty:
            self.status.setText(self.tr("Type a name, MRN, birth date, phone or national ID."))
            self.model.set_query(None)
            return
        self.status.setText(self.tr("Searching…"))
        # A scanned or typed MRN that finds exactly one patient opens the chart at once.
        self._auto_open = query.mrn is not None or query.alias is not None
        full = self.full
        self.model.set_query(lambda session, after, limit: queries.search_patients(
            session, query, after=after, limit=limit, full=full))

    def _loaded(self, count: int) -> None:
        if count and count <= self.model.page_size:  # first page of a new search: fit the columns once
            self.table.resizeColumnsToContents()
        if not count:
            self.status.setText(self.tr("No patient found. Check the spelling, or register a new patient."))
        elif self.model.canFetchMore():
            self.status.setText(self.tr("%n patients found — scroll for more", None, count))
        else:
            self.status.setText(self.tr("%n patients found", None, count))
        if self._auto_open and count == 1 and not self.model.canFetchMore():
            self._auto_open = False
            self.table.selectRow(0)
            self._choose(0)

    def _enter_results(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            first = self.model.index(0, 0)
            self.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self._arrow_timer.start()  # opens when the keys rest there, like any arrow move

    def _current_moved(self, current, _previous) -> None:  # noqa: ANN001
        # Keyboard moves wait for the keys to rest; a click opens at once through `clicked` (which stops the wait).
        if current.isValid():
            self._arrow_timer.start()

    def _choose(self, row: int) -> None:
        self._arrow_timer.stop()
        patient = self.model.row_at(row)
        if patient is None:
            return
        # One click, then the second click of a double-click, then its `activated`: open the chart once.
        last = self._last_choice
        if last is not None and last[0] == patient.id and last[1].elapsed() < QApplication.doubleClickInterval():
            return
        timer = QElapsedTimer()
        timer.start()
        self._last_choice = (patient.id, timer)
        self.patient_chosen.emit(patient)

    def selected(self):  # noqa: ANN201 - PatientRow | None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None
