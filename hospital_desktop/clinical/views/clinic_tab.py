"""The clinic (doctor) workstation: today's worklist and the live queue on the left, the open encounter on the
right. Opening an appointment starts or resumes its encounter — the care relationship the access model reads."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.clock import local
from ...core.ops import Operations
from ...i18n.formats import time_text
from ...scheduling import queries as scheduling
from ...scheduling.views.queue_panel import QueuePanel
from ...widgets.tables import fill_table, make_table
from .encounter_view import EncounterView
from .labels import APPOINTMENT_STATUSES, label

COLUMNS = [QT_TRANSLATE_NOOP("ClinicWorkspace", "Time"), QT_TRANSLATE_NOOP("ClinicWorkspace", "Patient"),
           QT_TRANSLATE_NOOP("ClinicWorkspace", "MRN"), QT_TRANSLATE_NOOP("ClinicWorkspace", "Service"),
           QT_TRANSLATE_NOOP("ClinicWorkspace", "Doctor"), QT_TRANSLATE_NOOP("ClinicWorkspace", "State")]


class ClinicWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.worklist = make_table([QCoreApplication.translate("ClinicWorkspace", c) for c in COLUMNS], "worklist",
                                   single=True)
        self.queue = QueuePanel(ops, can_call=True)
        self.encounter = EncounterView(ops)
        self.message = QLabel(objectName="clinicMessage", wordWrap=True)
        today = QWidget()
        tl = QVBoxLayout(today)
        tl.addWidget(QLabel(self.tr("Today's appointments in my clinics (double-click or Return to start or resume)")))
        tl.addWidget(self.worklist, 1)
        tl.addWidget(self.message)
        left = QTabWidget()
        left.addTab(today, self.tr("Worklist"))
        left.addTab(self.queue, self.tr("Queue"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.encounter)
        splitter.setSizes([520, 900])
        QVBoxLayout(self).addWidget(splitter)
        self.appointments: list[scheduling.Appointment] = []
        # activated = double-click or Return on the selected row: the worklist opens from the keyboard as well.
        self.worklist.activated.connect(lambda index: self.open_appointment(index.row()))
        self.queue.consultation_started.connect(self.encounter.open_encounter)
        ops.changed.connect(lambda noun: noun in (Change.APPOINTMENT, Change.ENCOUNTER) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        departments = self.ops.db.identity.departments if self.ops.db.identity else ()

        def load(session):  # noqa: ANN001, ANN202
            start, end = scheduling.day_bounds(session, scheduling.clinic_today(session))
            ids = [o.id for o in scheduling.departments(session) if o.extra and o.extra["code"] in departments]
            return [a for dept in ids for a in scheduling.appointments(session, start, end, department_id=dept)]

        self.ops.run_query(None, load, self._show, on_error=self._error)

    def _show(self, appointments: list[scheduling.Appointment]) -> None:
        self.appointments = sorted(appointments, key=lambda a: a.starts_at)
        fill_table(self.worklist, [(time_text(local(a.starts_at)), a.patient_name, a.mrn,
                                    self.tr("{service} (video)").format(service=a.service_name)
                                    if a.kind == "telemedicine" else a.service_name,
                                    a.provider_name, label(APPOINTMENT_STATUSES, a.status)) for a in self.appointments])
        self.message.setText(self.tr("%n appointment(s) today.", None, len(self.appointments)))

    def open_appointment(self, row: int) -> None:
        if not 0 <= row < len(self.appointments):
            return
        appt = self.appointments[row]
        if appt.encounter_id is not None and appt.status == "completed":
            self.encounter.open_encounter(appt.encounter_id)
            return
        self.ops.run_change(self, lambda s: scheduling.start_consultation(s, appt.id), self.encounter.open_encounter,
                            noun=Change.APPOINTMENT, on_error=self._error)

    def open_lab_order(self, order_id: int) -> None:
        """From an alert: the encounter the test was ordered on, at its Orders tab."""
        from ...lab import queries as lab

        def opened(encounter_id: int | None) -> None:
            if encounter_id is None:
                self.message.setText(self.tr("That order is not visible to you."))
                return
            self.encounter.open_encounter(encounter_id)
            self.encounter.tabs.setCurrentIndex(self.encounter.tabs.count() - 1)
        self.ops.run_query(None, lambda s: lab.order_encounter(s, order_id), opened, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
