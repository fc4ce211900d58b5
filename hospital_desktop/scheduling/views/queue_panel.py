"""The clinic's live queue: checked-in patients with their waiting time; a doctor calls the next one."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.clock import local
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.tables import fill_table, make_table
from .. import queries

REFRESH_MS = 30_000
COLUMNS = [QT_TRANSLATE_NOOP("QueuePanel", "Waiting"), QT_TRANSLATE_NOOP("QueuePanel", "Patient"),
           QT_TRANSLATE_NOOP("QueuePanel", "MRN"), QT_TRANSLATE_NOOP("QueuePanel", "Doctor"),
           QT_TRANSLATE_NOOP("QueuePanel", "Service"), QT_TRANSLATE_NOOP("QueuePanel", "Booked for"),
           QT_TRANSLATE_NOOP("QueuePanel", "State")]


def own_department_index(ops: Operations, options: list[queries.Option]) -> int:
    """The first of the login's own departments (core.staff's, read at login) among `options`, else the first:
    a General Medicine doctor starts on General Medicine, not on whatever sorts first."""
    own = ops.db.identity.departments if ops.db.identity else ()
    return next((i for i, o in enumerate(options) if o.extra and o.extra.get("code") in own), 0)


class QueuePanel(QWidget):
    consultation_started = Signal(int)  # encounter id

    def __init__(self, ops: Operations, *, can_call: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.department = QComboBox(objectName="queueDepartment")
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table = make_table([self.tr(title) for title in COLUMNS], "queueTable", single=True)
        self.call_button = QPushButton(self.tr("Call next patient"), objectName="callNextButton")
        self.open_button = QPushButton(self.tr("Start / resume consultation"), objectName="openConsultation")
        self.message = QLabel(objectName="queueMessage", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Clinic")))
        top.addWidget(self.department, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if can_call:  # a row of their own: in French or Spanish the buttons alone fill the panel's width
            actions = QHBoxLayout()
            actions.addWidget(self.call_button)
            actions.addWidget(self.open_button)
            actions.addStretch(1)
            layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.entries: list[queries.QueueEntry] = []
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.department.currentIndexChanged.connect(lambda _i: self.refresh())
        self.call_button.clicked.connect(self.call_next)
        self.open_button.clicked.connect(self.open_selected)
        ops.changed.connect(lambda noun: noun in (Change.APPOINTMENT, Change.ENCOUNTER) and self.refresh())
        ops.run_query(None, queries.departments, self._set_departments, on_error=self._error)

    def _set_departments(self, options: list[queries.Option]) -> None:
        self.department.blockSignals(True)
        for o in options:
            self.department.addItem(o.label, o.id)
        # The doctor's own clinic first (the login's department in core.staff), not the first by name.
        self.department.setCurrentIndex(own_department_index(self.ops, options))
        self.department.blockSignals(False)
        self.refresh()

    def select_department(self, department_id: int) -> None:
        index = self.department.findData(department_id)
        if index >= 0:
            self.department.setCurrentIndex(index)

    def refresh(self) -> None:
        dept = self.department.currentData()
        if dept is not None:
            self.ops.run_query(None, lambda s: queries.queue(s, dept),
                               self._show, on_error=self._error, latest=True)

    def _show(self, entries: list[queries.QueueEntry]) -> None:
        self.entries = entries
        fill_table(self.table, [(
            self.tr("%n min", None, int(e.waiting_minutes or 0))
            if e.status == "checked_in" else "—",
            e.patient_name, e.mrn, e.provider_name,
            self.tr("{service} (video)").format(service=e.service_name) if e.kind == "telemedicine" else e.service_name,
            formats.time_text(local(e.starts_at)), queries.status_label(e.status)) for e in entries])
        waiting = sum(1 for e in entries if e.status == "checked_in")
        self.message.setText(self.tr("%n patients waiting.", None, waiting))

    def call_next(self) -> None:
        dept = self.department.currentData()
        if dept is None:
            return

        def call(session):  # noqa: ANN001, ANN202
            appointment_id = queries.call_next(session, dept)
            return None if appointment_id is None else queries.start_consultation(session, appointment_id)

        self.ops.run_change(self, call, self._started, noun=Change.APPOINTMENT, on_error=self._error)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a patient in the queue."))
            return
        entry = self.entries[rows[0].row()]
        self.ops.run_change(self, lambda s: queries.start_consultation(s, entry.appointment_id), self._started,
                            noun=Change.APPOINTMENT, on_error=self._error)

    def _started(self, encounter_id: int | None) -> None:
        if encounter_id is None:
            self.message.setText(self.tr("Nobody is waiting."))
            return
        self.consultation_started.emit(encounter_id)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
