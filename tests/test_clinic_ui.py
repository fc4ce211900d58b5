"""A day of clinic in the real client against the real database: reception books (and loses a race politely),
reschedules, cancels and checks in; the doctor calls the patient from the queue, writes the SOAP note, records
vital signs, adds an ICD-10 diagnosis and closes; the consultation's charge exists exactly once."""
from __future__ import annotations

from datetime import datetime, UTC

import pytest
from builders import register
from psycopg.types.json import Jsonb
from PySide6.QtCore import Qt

from hospital_desktop.clinical.views.clinic_tab import ClinicWorkspace
from hospital_desktop.scheduling.queries import Appointment, Slot
from hospital_desktop.scheduling.views.calendar_tab import AppointmentsWorkspace
from hospital_desktop.shell.main_window import MainWindow

WAIT = 20000


@pytest.fixture()
def clinic_day(admin):
    """Put the clinic's clock at late morning (whatever time CI runs) and give doctor1 an extra session from
    now for three hours, so there are free slots today."""
    hour = datetime.now(UTC).hour
    offset = 11 - hour  # the clinic's local time becomes 11:xx
    zone = "Etc/GMT" if offset == 0 else (f"Etc/GMT-{offset}" if offset > 0 else f"Etc/GMT+{-offset}")
    old = admin.execute("SELECT value FROM core.setting WHERE key = 'clinic_timezone'").fetchone()
    admin.execute("INSERT INTO core.setting (key, value) VALUES ('clinic_timezone', to_jsonb(%s::text)) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (zone,))
    admin.execute("""
        INSERT INTO scheduling.schedule_exception (staff_id, period, kind, department_id, slot_minutes, reason)
        SELECT s.id, tstzrange(now() - interval '5 minutes', now() + interval '3 hours'), 'extra_session',
               d.id, 15, 'clinic UI test session'
          FROM core.staff s, core.department d WHERE s.username = 'doctor1' AND d.code = 'GEN'
           AND NOT EXISTS (SELECT 1 FROM scheduling.schedule_exception e WHERE e.staff_id = s.id
                           AND e.kind = 'extra_session' AND e.active
                           AND e.period && tstzrange(now(), now() + interval '3 hours'))""")
    patient = register(admin, "Clinicday", "Clara", "1979-05-05")
    yield patient
    if old is None:
        admin.execute("DELETE FROM core.setting WHERE key = 'clinic_timezone'")  # test set-up only
    else:
        admin.execute("UPDATE core.setting SET value = %s WHERE key = 'clinic_timezone'", (Jsonb(old[0]),))


def _window(qtbot, login_db, login: str) -> MainWindow:
    window = MainWindow(login_db(login), idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    return window


def _appointments(qtbot, window: MainWindow, mrn: str) -> AppointmentsWorkspace:
    ws = window.workspaces["appointments"].widget
    assert isinstance(ws, AppointmentsWorkspace)
    qtbot.waitUntil(lambda: ws.department.count() > 0, timeout=WAIT)
    ws.department.setCurrentIndex(next(i for i in range(ws.department.count()) if "(GEN)" in ws.department.itemText(i)))
    gen = ws.department.currentData()
    qtbot.waitUntil(lambda: any("Grant" in ws.subject.itemText(i) for i in range(ws.subject.count()))
                    and any((ws.service.itemData(i, Qt.ItemDataRole.UserRole + 1) or {}).get("department_id") == gen
                            for i in range(ws.service.count())), timeout=WAIT)
    ws.subject.setCurrentIndex(next(i for i in range(ws.subject.count()) if "Grant" in ws.subject.itemText(i)))
    ws.service.setCurrentIndex(next(i for i in range(ws.service.count())
                                    if not (ws.service.itemData(i, Qt.ItemDataRole.UserRole + 1) or {}).get(
                                        "telemedicine")))
    ws.patients.search.setText(mrn)
    with qtbot.waitSignal(ws.patients.patient_chosen, timeout=WAIT):
        ws.patients.search.returnPressed.emit()
    return ws


def _find_slots(qtbot, ws: AppointmentsWorkspace) -> list[Slot]:
    ws.alternatives = []
    ws.find_slots()
    qtbot.waitUntil(lambda: bool(ws.alternatives), timeout=WAIT)
    return ws.alternatives


def _select_appointment(qtbot, ws: AppointmentsWorkspace, appointment_id: int) -> Appointment:
    def find():  # noqa: ANN202
        for r in range(ws.grid.rowCount()):
            for c in range(ws.grid.columnCount()):
                item = ws.grid.item(r, c)
                payload = ws.grid.payload_of(item)
                if isinstance(payload, Appointment) and payload.id == appointment_id:
                    ws.grid.setCurrentItem(item)
                    return payload
        return None
    qtbot.waitUntil(lambda: find() is not None, timeout=WAIT)
    return find()


def test_a_day_of_clinic(qtbot, login_db, admin, clinic_day):
    patient_id, mrn = clinic_day
    reception = _window(qtbot, login_db, "reception1")
    ws = _appointments(qtbot, reception, mrn)
    slots = _find_slots(qtbot, ws)
    ws.slot_list.setCurrentRow(0)
    first = slots[0]

    # Another clerk takes the same slot a moment earlier.
    other_patient = register(admin, "Clerk", "Quick", "1990-01-01", "male").id
    with reception.db.session() as s:  # as reception2 would, through the same database function
        from hospital_desktop.scheduling import queries
        queries.book(s, other_patient, first.provider_id, ws.service.currentData(), first.starts_at)
    ws.book_selected()
    qtbot.waitUntil(lambda: ws.slot_taken and "just taken" in ws.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(ws.alternatives) and ws.alternatives[0].starts_at != first.starts_at, timeout=WAIT)
    assert admin.execute("SELECT count(*) FROM scheduling.appointment WHERE patient_id = %s", (patient_id,)
                         ).fetchone()[0] == 0  # nothing half-booked

    ws.slot_list.setCurrentRow(0)
    ws.book_selected()
    qtbot.waitUntil(lambda: ws.last_booked is not None, timeout=WAIT)
    booked = ws.last_booked
    # Reschedule to the next free slot, then check in.
    later = _find_slots(qtbot, ws)[0]
    appt = _select_appointment(qtbot, ws, booked)
    ws.reschedule_selected(appointment=appt, slot=later)
    qtbot.waitUntil(lambda: "Moved" in ws.message.text(), timeout=WAIT)
    new_id, status = admin.execute("SELECT id, status FROM scheduling.appointment WHERE rescheduled_from_id = %s",
                                   (booked,)).fetchone()
    assert status == "booked"
    assert admin.execute("SELECT status FROM scheduling.appointment WHERE id = %s", (booked,)).fetchone()[0] \
        == "cancelled"
    ws.day.setDate(ws.day.date())  # the calendar of today
    ws.refresh()
    _select_appointment(qtbot, ws, new_id)
    ws.check_in_selected()
    qtbot.waitUntil(lambda: "checked in" in ws.message.text(), timeout=WAIT)

    # The doctor calls the patient from the queue and sees the encounter.
    doctor = _window(qtbot, login_db, "doctor1")
    clinic = doctor.workspaces["clinic"].widget
    assert isinstance(clinic, ClinicWorkspace)
    queue = clinic.queue
    qtbot.waitUntil(lambda: queue.department.count() > 0, timeout=WAIT)
    queue.department.setCurrentIndex(next(i for i in range(queue.department.count())
                                          if "(GEN)" in queue.department.itemText(i)))
    qtbot.waitUntil(lambda: any(e.appointment_id == new_id for e in queue.entries), timeout=WAIT)
    assert next(e for e in queue.entries if e.appointment_id == new_id).status == "checked_in"
    # Call next until our patient is in (the demo may have others waiting in GEN today).
    view = clinic.encounter
    for _ in range(20):
        queue.call_next()
        qtbot.waitUntil(lambda: view.encounter is not None or "Nobody" in queue.message.text(), timeout=WAIT)
        if view.patient is not None and view.patient.id == patient_id:
            break
        view.encounter = None
        view.patient = None
    assert view.patient is not None and view.patient.id == patient_id
    encounter_id = view.encounter.id

    close_refused = []
    view.close_encounter()  # no note yet: the database refuses
    qtbot.waitUntil(lambda: bool(view.message.text()), timeout=WAIT)
    close_refused.append(view.message.text())
    assert "note" in close_refused[0].lower()

    view.soap["S"].setPlainText("Sore throat for three days, no fever.")
    view.soap["O"].setPlainText("Pharynx red, no exudate. Temp 37.2.")
    view.soap["A"].setPlainText("Acute pharyngitis, viral.")
    view.soap["P"].setPlainText("Fluids, paracetamol, review if worse.")
    view.save_note()
    qtbot.waitUntil(lambda: view.message.text() == "Note saved.", timeout=WAIT)

    qtbot.waitUntil(lambda: bool(view.vital_kinds), timeout=WAIT)
    codes = [k["code"] for k in view.vital_kinds]
    view.vital_kind.setCurrentIndex(codes.index("heart_rate"))
    view.vital_value.setValue(72)
    view.record_vital()
    qtbot.waitUntil(lambda: "recorded" in view.message.text(), timeout=WAIT)
    view.vital_kind.setCurrentIndex(codes.index("temperature"))
    view.vital_value.setValue(52)
    view.record_vital()
    qtbot.waitUntil(lambda: "recorded" not in view.message.text() and bool(view.message.text()), timeout=WAIT)
    assert "45" in view.message.text()  # the plausible range is named

    view.dx_search.setText("J02")
    view.dx_search.returnPressed.emit()
    qtbot.waitUntil(lambda: view.dx_results.count() > 0, timeout=WAIT)
    view.add_diagnosis("primary")
    qtbot.waitUntil(lambda: "primary diagnosis" in view.message.text(), timeout=WAIT)

    view.close_encounter()
    qtbot.waitUntil(lambda: view.message.text() == "Encounter closed.", timeout=WAIT)
    assert admin.execute("SELECT status FROM clinical.encounter WHERE id = %s", (encounter_id,)).fetchone()[0] \
        == "closed"
    assert admin.execute("SELECT status FROM scheduling.appointment WHERE id = %s", (new_id,)).fetchone()[0] \
        == "completed"
    charges = admin.execute("SELECT count(*), min(amount) FROM billing.charge WHERE encounter_id = %s",
                            (encounter_id,)).fetchone()
    assert charges[0] == 1 and charges[1] > 0
    # Closing again changes nothing: still one charge.
    view.close_encounter()
    qtbot.waitUntil(lambda: view.message.text() != "Encounter closed.", timeout=WAIT)
    assert admin.execute("SELECT count(*) FROM billing.charge WHERE encounter_id = %s", (encounter_id,)
                         ).fetchone()[0] == 1


def test_cancel_with_a_reason(qtbot, login_db, admin, clinic_day):
    patient_id, mrn = clinic_day
    reception = _window(qtbot, login_db, "reception1")
    ws = _appointments(qtbot, reception, mrn)
    _find_slots(qtbot, ws)
    ws.slot_list.setCurrentRow(ws.slot_list.count() - 1)
    ws.book_selected()
    qtbot.waitUntil(lambda: ws.last_booked is not None, timeout=WAIT)
    ws.refresh()
    _select_appointment(qtbot, ws, ws.last_booked)
    ws.cancel_selected(reason="patient phoned: feeling better")
    qtbot.waitUntil(lambda: "cancelled" in ws.message.text(), timeout=WAIT)
    row = admin.execute("SELECT status, cancel_reason FROM scheduling.appointment WHERE id = %s",
                        (ws.last_booked,)).fetchone()
    assert row == ("cancelled", "patient phoned: feeling better")
