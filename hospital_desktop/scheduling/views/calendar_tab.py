"""Appointments workspace: provider, room and department calendars (day or week), next free slot search,
booking (in person or telemedicine), rescheduling, cancelling, no-shows and check-in.

Double bookings are impossible in the database (exclusion constraints); when another clerk takes the slot
first, the clerk is told so and offered the next free slots — no error dialog, nothing half-booked."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QButtonGroup, QComboBox, QDateEdit, QGroupBox,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QRadioButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.clock import local
from ...core.ops import Operations
from ...i18n import formats
from ...registry.views.patient_list import PatientListPanel
from .. import queries
from ..queries import Appointment, Slot
from .queue_panel import own_department_index

DAY_START, DAY_END, STEP = 7, 19, 15  # rows from 07:00 to 19:00 in 15-minute steps
STATUS_COLOURS = {"booked": "#cfe2ff", "checked_in": "#d1f2d1", "in_consultation": "#ffe8a3",
                  "completed": "#e2e2e2", "cancelled": "#f8d7da", "no_show": "#f8d7da"}
FREE_COLOUR = "#f1fbf1"


def fitting_combo(name: str, min_chars: int = 18) -> QComboBox:
    """A combo as wide as its longest entry ("Dr Amelia Grant", not "Dr Ameli")."""
    box = QComboBox(objectName=name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setMinimumContentsLength(min_chars)
    return box


class ReturnKeys(QObject):
    """Return outside a dialog: presses a focused button (Qt only takes Space there), moves on from a date box,
    and from a list to the button that acts on its selection (`then`)."""

    def __init__(self, parent: QWidget, then: dict[QWidget, QWidget] | None = None):
        super().__init__(parent)
        self.then = then or {}

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt virtual
        if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if isinstance(watched, QAbstractButton):
            if watched.isEnabled():
                watched.click()
            return True
        if watched in self.then:
            self.then[watched].setFocus()
            return True
        if isinstance(watched, QAbstractSpinBox):
            watched.interpretText()  # what was typed counts, then on to the next field
            watched.focusNextChild()
            return True
        return False


class CalendarGrid(QTableWidget):
    """Time rows × columns (days or providers); each cell holds an Appointment, a Slot or nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.rows = (DAY_END - DAY_START) * 60 // STEP
        self.setRowCount(self.rows)
        self.setVerticalHeaderLabels([formats.time_text(time(DAY_START + (i * STEP) // 60, (i * STEP) % 60))
                                      for i in range(self.rows)])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(22)
        self.cells: dict[tuple[int, int], tuple[str, str, object]] = {}
        self.payloads: list[object] = []

    def show_columns(self, columns: list[str]) -> None:
        self.cells: dict[tuple[int, int], tuple[str, str, object]] = {}
        self.clearContents()
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels(columns)

    def row_of(self, moment: datetime) -> int:
        moment = local(moment)
        return ((moment.hour - DAY_START) * 60 + moment.minute) // STEP

    def place(self, column: int, start: datetime, end: datetime, text: str, colour: str, payload) -> None:  # noqa: ANN001
        """Mark the rows [start, end) of a column; later calls win (appointments are placed after free slots).
        The first row carries the text, the following ones a continuation mark (no cell spans: overlapping
        blocks would make spans collide)."""
        first = self.row_of(start)
        rows = max(1, (int((end - start).total_seconds()) // 60 + STEP - 1) // STEP)
        for offset in range(rows):
            row = first + offset
            if 0 <= row < self.rows:
                self.cells[(row, column)] = (text if offset == 0 else "┊", colour, payload)

    def render_cells(self) -> None:
        # Items carry an index into self.payloads, not the Python objects themselves: a QVariant that wraps a
        # Python object must not be destroyed while a worker thread emits (PySide6 crashes there).
        self.payloads = []
        for (row, column), (text, colour, payload) in self.cells.items():
            item = QTableWidgetItem(text)
            item.setBackground(QColor(colour))
            item.setData(Qt.ItemDataRole.UserRole, len(self.payloads))
            self.payloads.append(payload)
            item.setToolTip(text)
            self.setItem(row, column, item)

    def payload_of(self, item: QTableWidgetItem | None):  # noqa: ANN201
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.payloads[index] if isinstance(index, int) and 0 <= index < len(self.payloads) else None

    def selected_payload(self):  # noqa: ANN201
        items = self.selectedItems()
        return self.payload_of(items[0]) if items else None


class AppointmentsWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient = None
        self.alternatives: list[Slot] = []
        # -- calendar controls
        self.view_group = QButtonGroup(self)
        self.view_buttons = {}
        top = QHBoxLayout()
        for key, label in (("provider", self.tr("Provider")), ("room", self.tr("Room")),
                           ("department", self.tr("Department"))):
            button = QRadioButton(label)
            self.view_group.addButton(button)
            self.view_buttons[key] = button
            top.addWidget(button)
        self.view_buttons["provider"].setChecked(True)
        self.department = fitting_combo("departmentBox", 24)
        self.subject = fitting_combo("subjectBox")
        self.day = QDateEdit(QDate.currentDate(), objectName="dayEdit")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(f"ddd {formats.date_format()}")
        self.week = QRadioButton(self.tr("Week"))
        self.single_day = QRadioButton(self.tr("Day"))
        self.single_day.setChecked(True)
        span_group = QButtonGroup(self)
        span_group.addButton(self.single_day)
        span_group.addButton(self.week)
        # Two rows, so that combos as wide as their entries still leave room for the booking panel at 1366 px.
        for widget in (self.day, self.single_day, self.week):
            top.addWidget(widget)
        top.addStretch(1)
        choose = QHBoxLayout()
        for widget in (QLabel(self.tr("Department")), self.department, self.subject):
            choose.addWidget(widget)
        choose.addStretch(1)
        self.grid = CalendarGrid()
        self.info = QLabel(objectName="calendarInfo", wordWrap=True)
        calendar = QWidget()
        cl = QVBoxLayout(calendar)
        cl.addLayout(top)
        cl.addLayout(choose)
        cl.addWidget(self.grid, 1)
        cl.addWidget(self.info)
        # -- booking panel
        self.patients = PatientListPanel(ops, full=False, page_size=20)
        self.patient_label = QLabel(self.tr("No patient chosen"), objectName="bookingPatient")
        self.service = fitting_combo("serviceBox", 24)
        self.kind = fitting_combo("kindBox", 24)
        self.kind.addItem(self.tr("In person"), "in_person")
        self.kind.addItem(self.tr("Telemedicine (video visit)"), "telemedicine")
        self.find_button = QPushButton(self.tr("Find next free slots"), objectName="findSlots")
        self.slot_list = QListWidget(objectName="slotList")
        self.book_button = QPushButton(self.tr("Book selected slot"), objectName="bookButton")
        self.message = QLabel(objectName="bookingMessage", wordWrap=True)
        booking = QGroupBox(self.tr("Book an appointment"))
        bl = QVBoxLayout(booking)
        bl.addWidget(self.patients, 2)
        bl.addWidget(self.patient_label)
        bl.addWidget(self.service)
        bl.addWidget(self.kind)
        bl.addWidget(self.find_button)
        bl.addWidget(self.slot_list, 1)
        bl.addWidget(self.book_button)
        bl.addWidget(self.message)
        actions = QGroupBox(self.tr("Selected appointment"))
        al = QHBoxLayout(actions)
        self.check_in_button = QPushButton(self.tr("Check in"), objectName="checkInButton")
        self.reschedule_button = QPushButton(self.tr("Move to selected slot"), objectName="rescheduleButton")
        self.cancel_button = QPushButton(self.tr("Cancel…"), objectName="cancelButton")
        self.no_show_button = QPushButton(self.tr("No-show"), objectName="noShowButton")
        for b in (self.check_in_button, self.reschedule_button, self.cancel_button, self.no_show_button):
            al.addWidget(b)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(booking, 1)
        rl.addWidget(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(calendar)
        splitter.addWidget(right)
        splitter.setSizes([900, 420])
        QVBoxLayout(self).addWidget(splitter)
        # -- keyboard: Tab through the booking panel in reading order; Return moves on or presses the button
        # (the day box last: Tab walks through a date's sections before it leaves)
        chain = [self.department, self.subject, self.patients.search, self.patients.table, self.service, self.kind,
                 self.find_button, self.slot_list, self.book_button, self.check_in_button, self.reschedule_button,
                 self.cancel_button, self.no_show_button, self.day]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        self.keys = ReturnKeys(self, then={self.slot_list: self.book_button})
        self.keys.watch(self.day, self.find_button, self.book_button, self.slot_list, self.check_in_button,
                        self.reschedule_button, self.cancel_button, self.no_show_button)
        # -- wiring
        for button in self.view_buttons.values():
            button.toggled.connect(lambda on: on and self._load_subjects(None))
        self.department.currentIndexChanged.connect(lambda _i: self._department_changed())
        self.subject.currentIndexChanged.connect(lambda _i: self.refresh())
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.week.toggled.connect(lambda _on: self.refresh())
        self.patients.patient_chosen.connect(self._choose_patient)
        self.find_button.clicked.connect(self.find_slots)
        self.book_button.clicked.connect(self.book_selected)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.no_show_button.clicked.connect(self.no_show_selected)
        self.reschedule_button.clicked.connect(self.reschedule_selected)
        self.grid.itemSelectionChanged.connect(self._selection_changed)
        ops.changed.connect(lambda noun: noun == Change.APPOINTMENT and self.refresh())
        ops.run_query(None, queries.clinic_today, lambda day: self.day.setDate(QDate(day.year, day.month, day.day)),
                      on_error=self._error)
        ops.run_query(None, queries.departments, self._set_departments, on_error=self._error)

    # -- choices ----------------------------------------------------------------------------------
    def _set_departments(self, options: list[queries.Option]) -> None:
        self.department.blockSignals(True)
        self.department.clear()
        for o in options:
            self.department.addItem(o.label, o.id)
        self.department.setCurrentIndex(own_department_index(self.ops, options))
        self.department.blockSignals(False)
        self._department_changed()

    def _department_changed(self) -> None:
        dept = self.department.currentData()
        self.ops.run_query(None, lambda s: queries.services(s, dept),
                           self._set_services, on_error=self._error, latest=True)
        self._load_subjects()

    def _set_services(self, options: list[queries.Option]) -> None:
        self.service.clear()
        for o in options:
            self.service.addItem(o.label, o.id)
            self.service.setItemData(self.service.count() - 1, o.extra, Qt.ItemDataRole.UserRole + 1)

    def view(self) -> str:
        return next(k for k, b in self.view_buttons.items() if b.isChecked())

    def _load_subjects(self) -> None:
        dept, view = self.department.currentData(), self.view()
        if view == "department":
            self.ops.forget_answers(self._set_subjects)  # a provider or room list asked before must not appear
            self.subject.clear()
            self.subject.setEnabled(False)
            self.refresh()
            return
        self.subject.setEnabled(True)
        fetch = queries.providers if view == "provider" else queries.rooms
        self.ops.run_query(None, lambda s: fetch(s, dept),
                           self._set_subjects, on_error=self._error, latest=True)

    def _set_subjects(self, options: list[queries.Option]) -> None:
        self.subject.blockSignals(True)
        self.subject.clear()
        for o in options:
            self.subject.addItem(o.label, o.id)
        self.subject.blockSignals(False)
        self.refresh()

    def _choose_patient(self, patient) -> None:  # noqa: ANN001
        self.patient = patient
        self.patient_label.setText(self.tr("Patient: {name}  MRN {mrn}").format(name=patient.display_name,
                                                                                 mrn=patient.mrn))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        """On screen: the keyboard starts at the clinic when the patient is known (carried from reception), else at
        the patient search; unless it is already in the workspace."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_start)

    def _focus_start(self) -> None:
        focused = self.focusWidget() if self.isVisible() else None
        if self.isVisible() and (focused is None or not focused.hasFocus()):
            (self.department if self.patient is not None else self.patients.search).setFocus()

    def set_patient(self, patient) -> None:  # noqa: ANN001 - registry PatientRow
        """The patient another workspace has open (reception's record): the booking is for them until the clerk
        chooses another. Context only: nothing is booked until the clerk books."""
        if patient is not None:
            self._choose_patient(patient)

    # -- calendar ---------------------------------------------------------------------------------
    def days(self) -> list[date]:
        first = self.day.date().toPython()
        if self.week.isChecked():
            first -= timedelta(days=first.weekday())
            return [first + timedelta(days=i) for i in range(7)]
        return [first]

    def refresh(self) -> None:
        days, view = self.days(), self.view()
        dept, subject = self.department.currentData(), self.subject.currentData()
        if dept is None or (view != "department" and subject is None):
            self.grid.show_columns([])
            return
        def load(session):  # noqa: ANN001, ANN202
            start, end = queries.day_bounds(session, days[0], len(days))
            if view == "department":
                people = queries.providers(session, dept)
                return view, days, people, {
                    p.id: (queries.appointments(session, start, end, provider_id=p.id),
                           queries.free_slots(session, p.id, start, end)) for p in people}
            if view == "provider":
                return view, days, None, (queries.appointments(session, start, end, provider_id=subject),
                                          queries.free_slots(session, subject, start, end))
            return view, days, None, (queries.appointments(session, start, end, room_id=subject), [])

        self.ops.run_query(None, load, self._show, on_error=self._error)

    def _show(self, result) -> None:  # noqa: ANN001
        view, days, people, data = result
        if view == "department":
            self.grid.show_columns([p.label for p in people])
            for col, person in enumerate(people):
                appts, slots = data[person.id]
                self._fill(col, appts, slots)
            total = sum(len(a) for a, _ in data.values())
            self.grid.render_cells()
        else:
            self.grid.show_columns([queries.day_text(d) for d in days])
            appts, slots = data
            by_day = {d: i for i, d in enumerate(days)}
            for appt in appts:
                col = by_day.get(local(appt.starts_at).date())
                if col is not None:
                    self._fill(col, [appt], [])
            for slot in slots:
                col = by_day.get(local(slot.starts_at).date())
                if col is not None:
                    self._fill(col, [], [slot])
            total = len(appts)
            self.grid.render_cells()
        self.info.setText(self.tr("%n appointments shown. Green cells are free slots: select one to book or to move "
                                  "the selected appointment there.", None, total))

    def _fill(self, col: int, appts: list[Appointment], slots: list[Slot]) -> None:
        for slot in slots:
            self.grid.place(col, slot.starts_at, slot.ends_at,
                            self.tr("free {time}").format(time=formats.time_text(local(slot.starts_at))),
                            FREE_COLOUR, slot)
        for a in appts:
            text = (self.tr("{patient} (video) — {service} [{status}]") if a.kind == "telemedicine"
                    else self.tr("{patient} — {service} [{status}]"))
            self.grid.place(col, a.starts_at, a.ends_at, text.format(
                patient=a.patient_name, service=a.service_name, status=queries.status_label(a.status)),
                STATUS_COLOURS.get(a.status, "#ffffff"), a)

    def _selection_changed(self) -> None:
        payload = self.grid.selected_payload()
        is_appt = isinstance(payload, Appointment)
        for b in (self.check_in_button, self.cancel_button, self.no_show_button):
            b.setEnabled(is_appt)
        if isinstance(payload, Slot):
            self.slot_list.clearSelection()

    def selected_slot(self) -> Slot | None:
        payload = self.grid.selected_payload()
        if isinstance(payload, Slot):
            return payload
        row = self.slot_list.currentRow()
        return self.alternatives[row] if self.slot_list.selectedItems() and 0 <= row < len(self.alternatives) else None

    # -- booking ----------------------------------------------------------------------------------
    def find_slots(self) -> None:
        service = self.service.currentData()
        if service is None:
            self.message.setText(self.tr("Choose a service first."))
            return
        provider = self.subject.currentData() if self.view() == "provider" else None
        dept = self.department.currentData()
        self.ops.run_query(None, lambda s: queries.next_free_slots(s, service, provider_id=provider,
                                                                   department_id=dept, count=8),
                           self._show_alternatives, on_error=self._error)

    def _show_alternatives(self, slots: list[Slot]) -> None:
        self.alternatives = slots
        self.slot_list.clear()
        for slot in slots:
            self.slot_list.addItem(QListWidgetItem(slot.label))
        if not slots:
            self.message.setText(self.tr("No free slot in the next weeks for this choice."))

    def book_selected(self) -> None:
        slot, service = self.selected_slot(), self.service.currentData()
        if self.patient is None:
            self.message.setText(self.tr("Find and choose the patient first (double-click)."))
            return
        if slot is None or service is None:
            self.message.setText(self.tr("Choose a service and a free slot."))
            return
        patient_id, kind = self.patient.id, self.kind.currentData()
        self.message.setText(self.tr("Booking…"))
        self.ops.run_change(self, lambda s: queries.book(s, patient_id, slot.provider_id, service, slot.starts_at,
                                                        kind, slot.room_id),
                            self._booked, noun=Change.APPOINTMENT, on_error=self._booking_refused)

    def _booked(self, appointment_id: int) -> None:
        self.last_booked = appointment_id
        self.message.setText(self.tr("Booked (appointment #{id}).").format(id=appointment_id))

    last_booked: int | None = None

    def _booking_refused(self, error: KnownError) -> None:
        # Told apart by the database's message key or constraint, not by words (shown in the user's language).
        said = f"{error.key or ''} {error.constraint or ''} {error.detail or ''}"
        if error.kind == "conflict" and ("scheduling.slot_taken" in said or "ex_appointment" in said
                                         or "taken" in error.message or "overlap" in error.message):
            self.message.setText(self.tr("This slot was just taken. Here are the next free slots:"))
            self.slot_taken = True
            self.refresh()
            self.find_slots()
            return
        self.message.setText(error.message)

    slot_taken = False

    # -- changes to an appointment ----------------------------------------------------------------
    def _selected_appointment(self) -> Appointment | None:
        payload = self.grid.selected_payload()
        return payload if isinstance(payload, Appointment) else None

    def check_in_selected(self) -> None:
        appt = self._selected_appointment()
        if appt:
            self.ops.run_change(self, lambda s: queries.check_in(s, appt.id),
                                lambda _: self.message.setText(self.tr("{patient} is checked in and waiting.").format(
                                    patient=appt.patient_name)),
                                noun=Change.APPOINTMENT, on_error=self._error)

    def cancel_selected(self, reason: str | None = None) -> None:
        appt = self._selected_appointment()
        if not appt:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel appointment"), self.tr("Reason for cancelling:"))
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.cancel(s, appt.id, reason.strip()),
                            lambda _: self.message.setText(self.tr("Appointment cancelled.")), noun=Change.APPOINTMENT,
                            reason=reason.strip(), on_error=self._error)

    def no_show_selected(self) -> None:
        appt = self._selected_appointment()
        if appt:
            self.ops.run_change(self, lambda s: queries.mark_no_show(s, appt.id),
                                lambda _: self.message.setText(self.tr("Marked as no-show.")), noun=Change.APPOINTMENT,
                                on_error=self._error)

    def reschedule_selected(self, appointment: Appointment | None = None, slot: Slot | None = None) -> None:
        appt = appointment or self.moving
        target = slot or self.selected_slot()
        if appt is None or target is None:
            self.moving = self._selected_appointment()
            self.message.setText(self.tr("Now select the free slot to move it to, then press 'Move to selected slot'.")
                                 if self.moving else self.tr("Select the appointment to move first."))
            return
        self.moving = None
        self.ops.run_change(self, lambda s: queries.reschedule(s, appt.id, target.starts_at, target.provider_id),
                            lambda new_id: self.message.setText(self.tr("Moved to {slot} (#{id}).").format(
                                slot=target.label, id=new_id)),
                            noun=Change.APPOINTMENT, on_error=self._booking_refused)

    moving: Appointment | None = None

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
