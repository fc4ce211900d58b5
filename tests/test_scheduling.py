"""Scheduling (server_db/sql/scheduling/) from the attacker's side: every step runs as a real staff login
over TCP. Each test gets its own clinic (a fresh department with services and rooms, made by admin1) and fresh
doctors with extra sessions, so the demo hospital's appointments never interfere; the access tests use the demo
logins and demo services. The superuser connection (`admin`) only reads the truth back, creates logins and, where
a test needs the past, moves an appointment back in time."""
from __future__ import annotations

import random
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg
import pytest
from builders import add_note, open_encounter, register
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.schema import CreateTable

from server_db.models import Base
from server_db.staff import create_staff

pytestmark = pytest.mark.db

PASSWORD = "sched-test-pass"
TAKEN = "this slot was just taken"
EXCLUSIONS = {"ex_appointment_provider", "ex_appointment_patient", "ex_appointment_room"}


# ---------------------------------------------------------------------------------------------------------------
# Helpers and fixtures
# ---------------------------------------------------------------------------------------------------------------
def tag() -> str:
    return uuid.uuid4().hex[:8]


@dataclass
class Clinic:
    code: str
    dept: int
    consult: int    # 15 minutes, telemedicine allowed
    procedure: int  # 30 minutes, in person only
    room1: int
    room2: int


@dataclass
class Doctor:
    login: str
    id: int


@pytest.fixture()
def clinic(connect_as) -> Clinic:
    """A department of its own with two services and two rooms, set up by the administrator."""
    t = tag().upper()
    with connect_as("admin1", autocommit=True) as conn:
        dept = conn.execute("INSERT INTO core.department (code, name, kind) VALUES (%s, %s, 'outpatient') "
                            "RETURNING id", (f"T{t}", f"Test clinic {t}")).fetchone()[0]

        def service(code: str, minutes: int, tele: bool) -> int:
            return conn.execute("INSERT INTO scheduling.service (department_id, code, name, duration_minutes, "
                                "price_code, telemedicine_allowed) VALUES (%s, %s, %s, %s, 'CONS-GEN', %s) "
                                "RETURNING id", (dept, f"T{t}-{code}", f"Test {code}", minutes, tele)).fetchone()[0]

        def room(code: str) -> int:
            return conn.execute("INSERT INTO scheduling.room (department_id, code, name) VALUES (%s, %s, %s) "
                                "RETURNING id", (dept, f"T{t}-{code}", f"Room {code}")).fetchone()[0]

        return Clinic(f"T{t}", dept, service("CONS", 15, True), service("PROC", 30, False), room("R1"), room("R2"))


@pytest.fixture()
def make_doctor(admin, connect_as, clinic):
    """make_doctor() → a new doctor login in the test clinic with an extra session (5-minute slots, entered by
    admin1) from the top of the last hour to 22 hours after it, or over `period`."""
    def make(room: int | None = None, *, period: tuple[datetime, datetime] | None = None) -> Doctor:
        login = f"sched_{tag()}"
        staff_id = create_staff(admin, login, PASSWORD, ["doctor"], full_name=f"Dr {login}",
                                departments=[clinic.code])
        start, end = period or (at(admin, -60), at(admin, 22 * 60))
        with connect_as("admin1", autocommit=True) as conn:
            conn.execute("""
                INSERT INTO scheduling.schedule_exception (staff_id, period, kind, department_id, room_id,
                                                           slot_minutes, reason)
                VALUES (%s, tstzrange(%s, %s), 'extra_session', %s, %s, 5, 'test session')
            """, (staff_id, start, end, clinic.dept, room))
        return Doctor(login, staff_id)
    return make


def new_patient(connect_as, family: str = "Planner") -> int:
    return register(connect_as, f"{family}-{tag()}", "Sam", "1970-05-06", "other").id


def at(admin, minutes: int) -> datetime:
    """The top of the current hour plus `minutes`: on the 5-minute grid of every test session."""
    return admin.execute("SELECT date_trunc('hour', now()) + make_interval(mins => %s)", (minutes,)).fetchone()[0]


def later(admin, minutes: int) -> datetime:
    """A start on the 5-minute grid, `minutes` plus 1 to 60 minutes from now."""
    return at(admin, 60 + minutes)


def soon(admin) -> datetime:
    """A start a minute from now that is still today in the clinic's time zone (waits out the last minutes of
    a day, so "today's appointments" tests hold whenever the suite runs)."""
    while not admin.execute("SELECT scheduling.local_day(now() + interval '5 minutes') = "
                            "scheduling.local_day(now())").fetchone()[0]:
        time.sleep(5)
    return admin.execute("SELECT now() + interval '1 minute'").fetchone()[0]


def book(conn, patient: int, doctor: Doctor, service: int, start: datetime, kind: str = "in_person",
         room: int | None = None) -> int:
    return conn.execute("SELECT scheduling.book(%s, %s, %s, %s, %s, %s)",
                        (patient, doctor.id, service, start, kind, room)).fetchone()[0]


def appointment(admin, appointment_id: int) -> dict:
    return admin.execute("SELECT to_jsonb(a) FROM scheduling.appointment a WHERE id = %s",
                         (appointment_id,)).fetchone()[0]


def count(conn, query: str, *params) -> int:
    return conn.execute(query, params).fetchone()[0]


def move_back(admin, appointment_id: int, minutes: int) -> None:
    """Superuser: shift an appointment into the past (a test cannot wait for its start)."""
    admin.execute("UPDATE scheduling.appointment SET period = tstzrange(lower(period) - make_interval(mins => %s), "
                  "upper(period) - make_interval(mins => %s)) WHERE id = %s", (minutes, minutes, appointment_id))


# ---------------------------------------------------------------------------------------------------------------
# Booking
# ---------------------------------------------------------------------------------------------------------------
def test_booking_takes_its_end_from_the_service_its_room_from_the_session_and_is_audited(
        connect_as, admin, clinic, make_doctor):
    doctor = make_doctor(room=clinic.room1)
    patient = new_patient(connect_as)
    start = later(admin, 120)
    with connect_as("reception1", application_name="RECEP-PC-03") as conn:
        appt = book(conn, patient, doctor, clinic.procedure, start)
        conn.commit()
    row = appointment(admin, appt)
    assert (row["patient_id"], row["provider_id"], row["department_id"], row["service_id"], row["room_id"],
            row["kind"], row["status"], row["booked_by"], row["meeting_url"]) == (
        patient, doctor.id, clinic.dept, clinic.procedure, clinic.room1, "in_person", "booked", "reception1", None)
    lower, upper = admin.execute("SELECT lower(period), upper(period) FROM scheduling.appointment WHERE id = %s",
                                 (appt,)).fetchone()
    assert (lower, upper - lower) == (start, timedelta(minutes=30))
    event = admin.execute("SELECT actor, action, workstation, patient_id FROM audit.event "
                          "WHERE table_name = 'appointment' AND row_id = %s", (str(appt),)).fetchall()
    assert event == [("reception1", "INSERT", "RECEP-PC-03", patient)]


@pytest.mark.parametrize("login", ["reception1", "doctor1", "nurse1", "billing1", "admin1", "pharmacist1"])
def test_nobody_writes_appointments_directly(connect_as, login):
    with connect_as(login) as conn:
        for statement in ("INSERT INTO scheduling.appointment (patient_id, provider_id, department_id, service_id, "
                          "period) VALUES (1, 1, 1, 1, tstzrange(now(), now() + interval '1 hour'))",
                          "UPDATE scheduling.appointment SET status = 'completed'",
                          "DELETE FROM scheduling.appointment"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()


@pytest.mark.parametrize("login", ["billing1", "pharmacist1", "lab1", "admin1", "auditor1"])
def test_only_reception_and_clinicians_book(connect_as, admin, clinic, make_doctor, login):
    doctor = make_doctor()
    patient = new_patient(connect_as)
    with connect_as(login) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            book(conn, patient, doctor, clinic.consult, later(admin, 60))
    with connect_as("nurse1") as conn:  # a nurse (of another department) may book, e.g. a referral
        assert book(conn, patient, doctor, clinic.consult, later(admin, 60))


@pytest.mark.parametrize("clash", ["provider", "patient", "room"])
def test_an_overlapping_booking_is_refused_as_this_slot_was_just_taken(connect_as, admin, clinic, make_doctor, clash):
    doctor_a = make_doctor(room=clinic.room1)
    doctor_b = make_doctor(room=clinic.room1)  # shares the room with doctor_a
    p1, p2 = new_patient(connect_as), new_patient(connect_as)
    start = later(admin, 90)
    second = {"provider": (p2, doctor_a, None), "patient": (p1, doctor_b, clinic.room2),
              "room": (p2, doctor_b, None)}[clash]
    with connect_as("reception1") as conn:
        first = book(conn, p1, doctor_a, clinic.consult, start)
        conn.commit()
        before = count(admin, "SELECT count(*) FROM scheduling.appointment")
        with pytest.raises(psycopg.errors.ExclusionViolation) as refused:
            book(conn, second[0], second[1], clinic.consult, start + timedelta(minutes=10), "in_person", second[2])
        conn.rollback()
        assert refused.value.sqlstate == "23P01"
        assert refused.value.diag.message_primary == TAKEN
        assert refused.value.diag.constraint_name == f"ex_appointment_{clash}"
        assert count(admin, "SELECT count(*) FROM scheduling.appointment") == before  # nothing half-made
        # The first booking cancelled, the same request goes through.
        conn.execute("SELECT scheduling.cancel(%s, 'patient asked to cancel')", (first,))
        assert book(conn, second[0], second[1], clinic.consult, start + timedelta(minutes=10), "in_person", second[2])
        conn.commit()


def test_a_booking_racing_an_uncommitted_one_waits_for_it_and_then_finds_the_slot_taken(
        connect_as, admin, clinic, make_doctor):
    """The exclusion constraint's own path: the second booking cannot see the first (not committed yet), queues on
    the provider's lock, and once the first commits its insert violates ex_appointment_provider."""
    doctor = make_doctor()
    start = later(admin, 60)
    first = connect_as("reception1")
    book(first, new_patient(connect_as), doctor, clinic.consult, start)  # open transaction, holds the locks
    outcome: list[BaseException | int] = []
    patient = new_patient(connect_as)

    def second() -> None:
        with connect_as("reception2") as conn:
            try:
                outcome.append(book(conn, patient, doctor, clinic.consult, start + timedelta(minutes=5)))
            except psycopg.Error as exc:
                outcome.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.5)
    assert not outcome and thread.is_alive()  # waiting for the first booking's transaction
    first.commit()
    thread.join(10)
    (refused,) = outcome
    assert isinstance(refused, psycopg.errors.ExclusionViolation)
    assert (refused.diag.message_primary, refused.diag.constraint_name) == (TAKEN, "ex_appointment_provider")
    first.close()


def test_leave_outside_sessions_the_past_and_other_departments_are_refused(connect_as, admin, clinic, make_doctor):
    doctor = make_doctor()
    patient = new_patient(connect_as)
    leave_from = later(admin, 120)
    leave_to = leave_from + timedelta(hours=1)
    with connect_as("admin1") as conn:
        leave = conn.execute("INSERT INTO scheduling.schedule_exception (staff_id, period, kind, reason) "
                             "VALUES (%s, tstzrange(%s, %s), 'leave', 'dentist appointment') RETURNING id",
                             (doctor.id, leave_from, leave_to)).fetchone()[0]
        conn.commit()
    with connect_as("reception1") as conn:
        cases = [(leave_from + timedelta(minutes=15), "scheduling_provider_on_leave", "is on leave"),
                 (at(admin, 22 * 60), "scheduling_outside_session", "has no session"),
                 (at(admin, -15), "scheduling_in_the_past", "cannot start in the past")]
        for start, rule, words in cases:
            with pytest.raises(psycopg.errors.CheckViolation) as refused:
                book(conn, patient, doctor, clinic.consult, start)
            conn.rollback()
            assert refused.value.diag.constraint_name == rule
            assert words in refused.value.diag.message_primary
        # the leave has no slots, the hour after it has twelve
        assert count(conn, "SELECT count(*) FROM scheduling.free_slots(%s, %s, %s)", doctor.id, leave_from,
                     leave_to) == 0
        assert count(conn, "SELECT count(*) FROM scheduling.free_slots(%s, %s, %s)", doctor.id, leave_to,
                     leave_to + timedelta(hours=1)) == 12
        doctor2 = Doctor("doctor2", count(conn, "SELECT id FROM core.staff WHERE username = 'doctor2'"))
        with pytest.raises(psycopg.errors.CheckViolation, match="does not work in"):
            book(conn, patient, doctor2, clinic.consult, later(admin, 60))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # reception cannot withdraw leave
            conn.execute("UPDATE scheduling.schedule_exception SET active = false WHERE id = %s", (leave,))
        conn.rollback()
    with connect_as("admin1") as conn:
        conn.execute("UPDATE scheduling.schedule_exception SET active = false WHERE id = %s", (leave,))
        conn.commit()
    with connect_as("reception1") as conn:
        assert book(conn, patient, doctor, clinic.consult, cases[0][0])


def test_free_slots_and_next_free_slots_offer_alternatives(connect_as, admin, clinic, make_doctor):
    doctor, colleague = make_doctor(), make_doctor()
    start = later(admin, 100)
    with connect_as("reception1") as conn:
        book(conn, new_patient(connect_as), doctor, clinic.consult, start)
        conn.commit()
        slots = conn.execute("SELECT starts_at, ends_at, department_id FROM scheduling.free_slots(%s, %s, %s)",
                             (doctor.id, start - timedelta(minutes=15), start + timedelta(minutes=30))).fetchall()
        starts = [s for s, _, _ in slots]
        # 5-minute slots; the three covered by the 15-minute booking are gone
        assert all(e - s == timedelta(minutes=5) and d == clinic.dept for s, e, d in slots)
        assert not [s for s in starts if start <= s < start + timedelta(minutes=15)]
        assert start - timedelta(minutes=5) in starts and start + timedelta(minutes=15) in starts

        alternatives = conn.execute("SELECT provider_id, provider_name, starts_at, ends_at, room_id "
                                    "FROM scheduling.next_free_slots(%s, %s, NULL, %s, 3)",
                                    (clinic.consult, doctor.id, start - timedelta(minutes=1))).fetchall()
        assert [a[2] for a in alternatives] == [start + timedelta(minutes=m) for m in (15, 20, 25)]
        assert all(a[0] == doctor.id and a[1] == f"Dr {doctor.login}" and a[3] - a[2] == timedelta(minutes=15)
                   for a in alternatives)
        # the whole department: both doctors, in time order, each alternative really bookable
        department = conn.execute("SELECT provider_id, starts_at FROM scheduling.next_free_slots(%s, p_count => 6, "
                                  "p_after => %s)", (clinic.consult, start - timedelta(minutes=1))).fetchall()
        assert {p for p, _ in department} == {doctor.id, colleague.id}
        assert [s for _, s in department] == sorted(s for _, s in department)
        first = department[0]
        assert book(conn, new_patient(connect_as), Doctor("x", first[0]), clinic.consult, first[1])
        # demo data: the General Medicine consultation has free times within the search window
        gen = conn.execute("SELECT s.provider_id, d.code FROM scheduling.next_free_slots("
                           "(SELECT id FROM scheduling.service WHERE code = 'GEN-CONS')) s "
                           "JOIN core.staff_department sd ON sd.staff_id = s.provider_id "
                           "JOIN core.department d ON d.id = sd.department_id AND d.code = 'GEN'").fetchall()
        assert len(gen) == 5
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            conn.execute("SELECT * FROM scheduling.free_slots(%s, now(), now() + interval '90 days')", (doctor.id,))
        conn.rollback()
    with connect_as("billing1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM scheduling.free_slots(%s, now(), now() + interval '1 day')", (doctor.id,))


def test_telemedicine_gets_a_video_link_and_needs_a_service_that_allows_it(connect_as, admin, clinic, make_doctor):
    doctor = make_doctor(room=clinic.room1)
    with connect_as("reception1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation) as refused:
            book(conn, new_patient(connect_as), doctor, clinic.procedure, later(admin, 120), "telemedicine")
        assert refused.value.diag.constraint_name == "ck_appointment_telemedicine_allowed"
        conn.rollback()
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            book(conn, new_patient(connect_as), doctor, clinic.consult, later(admin, 120), "carrier pigeon")
        conn.rollback()
        video = [book(conn, new_patient(connect_as), doctor, clinic.consult, later(admin, m), "telemedicine")
                 for m in (60, 80)]
        conn.commit()
    template = admin.execute("SELECT value #>> '{}' FROM core.setting WHERE key = 'telemedicine_url_template'"
                             ).fetchone()[0]
    prefix = template.split("{token}")[0]
    rows = [appointment(admin, a) for a in video]
    assert all(r["kind"] == "telemedicine" and r["room_id"] is None for r in rows)  # a video visit holds no room
    urls = [r["meeting_url"] for r in rows]
    assert all(u.startswith(prefix) and len(u) == len(prefix) + 32 for u in urls) and urls[0] != urls[1]


# ---------------------------------------------------------------------------------------------------------------
# Reschedule, cancel, no-show
# ---------------------------------------------------------------------------------------------------------------
def test_reschedule_cancels_and_rebooks_atomically(connect_as, admin, clinic, make_doctor):
    doctor, colleague = make_doctor(), make_doctor()
    patient, other = new_patient(connect_as), new_patient(connect_as)
    start = later(admin, 60)
    with connect_as("reception2") as conn:
        old = book(conn, patient, doctor, clinic.consult, start)
        blocker = book(conn, other, doctor, clinic.consult, start + timedelta(minutes=60))
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("SELECT scheduling.reschedule(%s, %s, NULL, 'no')", (old, start + timedelta(minutes=30)))
        conn.rollback()
        # into a taken slot: refused, and the old appointment is untouched
        with pytest.raises(psycopg.errors.ExclusionViolation) as refused:
            conn.execute("SELECT scheduling.reschedule(%s, %s)", (old, start + timedelta(minutes=65)))
        assert refused.value.diag.message_primary == TAKEN
        conn.rollback()
        assert appointment(admin, old)["status"] == "booked"
        # overlapping its own period is fine: the old one is cancelled first
        new = conn.execute("SELECT scheduling.reschedule(%s, %s, NULL, 'patient asked for later')",
                           (old, start + timedelta(minutes=5))).fetchone()[0]
        conn.commit()
    old_row, new_row = appointment(admin, old), appointment(admin, new)
    assert (old_row["status"], old_row["cancel_reason"], old_row["cancelled_by"]) == (
        "cancelled", "patient asked for later", "reception2")
    assert (new_row["status"], new_row["rescheduled_from_id"], new_row["patient_id"], new_row["service_id"]) == (
        "booked", old, patient, clinic.consult)
    assert admin.execute("SELECT reason FROM audit.event WHERE table_name = 'appointment' AND row_id = %s "
                         "AND action = 'UPDATE'", (str(old),)).fetchone()[0] == "patient asked for later"
    with connect_as("reception1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation) as refused:  # a cancelled appointment stays cancelled
            conn.execute("SELECT scheduling.reschedule(%s, %s)", (old, start + timedelta(minutes=90)))
        assert refused.value.diag.constraint_name == "scheduling_status"
        conn.rollback()
        moved = conn.execute("SELECT scheduling.reschedule(%s, %s, %s, 'doctor ill')",
                             (new, start + timedelta(minutes=60), colleague.id)).fetchone()[0]
        conn.commit()
    assert appointment(admin, moved)["provider_id"] == colleague.id
    assert appointment(admin, blocker)["status"] == "booked"


def test_cancel_needs_a_reason_and_a_no_show_comes_after_the_start(connect_as, admin, clinic, make_doctor):
    doctor = make_doctor()
    start = later(admin, 30)
    with connect_as("reception1") as conn:
        appt = book(conn, new_patient(connect_as), doctor, clinic.consult, start)
        no_show = book(conn, new_patient(connect_as), doctor, clinic.consult, start + timedelta(minutes=20))
        conn.commit()
        for reason in ("  ", "ok", None):
            with pytest.raises(psycopg.errors.CheckViolation, match="reason"):
                conn.execute("SELECT scheduling.cancel(%s, %s)", (appt, reason))
            conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation) as refused:
            conn.execute("SELECT scheduling.mark_no_show(%s)", (no_show,))
        assert refused.value.diag.constraint_name == "scheduling_not_started"
        conn.rollback()
    with connect_as("doctor2") as conn:  # cardiology: not their appointment
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT scheduling.cancel(%s, 'not mine to cancel')", (appt,))
    with connect_as(doctor.login, PASSWORD) as conn:  # the doctor's own appointment
        conn.execute("SELECT scheduling.cancel(%s, 'doctor called away')", (appt,))
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("SELECT scheduling.cancel(%s, 'twice')", (appt,))
    assert appointment(admin, appt)["status"] == "cancelled"
    with connect_as("reception1") as conn:  # the slot is free again
        assert start in [r[0] for r in conn.execute("SELECT starts_at FROM scheduling.free_slots(%s, %s, %s)",
                                                    (doctor.id, start, start + timedelta(minutes=5)))]
    move_back(admin, no_show, 180)
    with connect_as("reception1") as conn:
        conn.execute("SELECT scheduling.mark_no_show(%s)", (no_show,))
        conn.commit()
    assert appointment(admin, no_show)["status"] == "no_show"


# ---------------------------------------------------------------------------------------------------------------
# The visit
# ---------------------------------------------------------------------------------------------------------------
def test_check_in_queue_call_next_consultation_and_completion(connect_as, admin, clinic, make_doctor):
    doctor = make_doctor(room=clinic.room1)
    colleague = make_doctor(period=(at(admin, 48 * 60), at(admin, 50 * 60)))  # a session two days ahead
    patient = new_patient(connect_as, "Visitor")
    with connect_as("reception1") as conn:
        appt = book(conn, patient, doctor, clinic.consult, soon(admin))
        other_day = book(conn, new_patient(connect_as), colleague, clinic.consult, at(admin, 48 * 60))
        conn.commit()
    with connect_as(doctor.login, PASSWORD) as conn:  # checking in is the front desk's job
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT scheduling.check_in(%s)", (appt,))
    with connect_as("reception1") as conn:
        conn.execute("SELECT scheduling.check_in(%s)", (appt,))
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation) as refused:
            conn.execute("SELECT scheduling.check_in(%s)", (other_day,))
        assert refused.value.diag.constraint_name == "scheduling_not_today"
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("SELECT scheduling.check_in(%s)", (appt,))
        conn.rollback()
        queue = conn.execute("SELECT appointment_id, patient_id, mrn, patient_name, provider_id, provider_name, "
                             "service_name, kind, status, waiting_minutes FROM scheduling.queue(%s)",
                             (clinic.dept,)).fetchall()
    mrn, family = admin.execute("SELECT mrn, family_name FROM registry.patient WHERE id = %s", (patient,)).fetchone()
    assert queue == [(appt, patient, mrn, f"{family}, Sam", doctor.id, f"Dr {doctor.login}", "Test CONS",
                      "in_person", "checked_in", 0)]
    assert appointment(admin, appt)["checked_in_at"] is not None
    with connect_as("doctor2") as conn:  # another department's doctor sees nobody waiting here
        assert conn.execute("SELECT * FROM scheduling.queue(%s)", (clinic.dept,)).fetchall() == []
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT scheduling.call_next(%s)", (clinic.dept,))

    with connect_as(doctor.login, PASSWORD) as conn:
        assert conn.execute("SELECT scheduling.call_next(%s)", (clinic.dept,)).fetchone()[0] == appt
        assert conn.execute("SELECT scheduling.call_next(%s)", (clinic.dept,)).fetchone()[0] is None
        encounter = conn.execute("SELECT scheduling.start_consultation(%s)", (appt,)).fetchone()[0]
        assert conn.execute("SELECT scheduling.start_consultation(%s)", (appt,)).fetchone()[0] == encounter  # resume
        conn.commit()
        assert conn.execute("SELECT patient_id, department_id, clinician_id, kind, status FROM clinical.encounter "
                            "WHERE id = %s", (encounter,)).fetchone() == (patient, clinic.dept, doctor.id,
                                                                          "outpatient", "open")
        row = appointment(admin, appt)
        assert (row["status"], row["encounter_id"], row["called_by_id"]) == ("in_consultation", encounter, doctor.id)
        add_note(conn, encounter, patient, "S: review. O: well. A: stable. P: routine follow-up.", "progress")
        conn.execute("UPDATE clinical.encounter SET status = 'closed', ended_at = now() WHERE id = %s", (encounter,))
        conn.commit()
    row = appointment(admin, appt)
    assert row["status"] == "completed" and row["completed_at"] is not None
    with connect_as("reception1") as conn:  # the front desk sees the visit completed, nothing clinical
        assert count(conn, "SELECT count(*) FROM scheduling.appointment WHERE id = %s AND status = 'completed'",
                     appt) == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM clinical.encounter")


def test_a_video_visit_opens_a_telemedicine_encounter_and_a_cancelled_encounter_returns_it(
        connect_as, admin, clinic, make_doctor):
    doctor = make_doctor()
    colleague = make_doctor(period=(at(admin, 48 * 60), at(admin, 50 * 60)))
    patient = new_patient(connect_as)
    with connect_as("reception1") as conn:
        appt = book(conn, patient, doctor, clinic.consult, soon(admin), "telemedicine")
        other_day = book(conn, new_patient(connect_as), colleague, clinic.consult, at(admin, 48 * 60))
        conn.commit()
    with connect_as(doctor.login, PASSWORD) as conn:
        encounter = conn.execute("SELECT scheduling.start_consultation(%s)", (appt,)).fetchone()[0]
        conn.commit()
        assert conn.execute("SELECT kind FROM clinical.encounter WHERE id = %s", (encounter,)).fetchone()[0] == \
            "telemedicine"
        with pytest.raises(psycopg.errors.CheckViolation) as refused:  # a colleague's visit of another day
            conn.execute("SELECT scheduling.start_consultation(%s)", (other_day,))
        assert refused.value.diag.constraint_name == "scheduling_not_today"
        conn.rollback()
        conn.execute("UPDATE clinical.encounter SET status = 'cancelled', ended_at = now() WHERE id = %s",
                     (encounter,))
        conn.commit()
    row = appointment(admin, appt)
    assert (row["status"], row["encounter_id"], row["called_at"]) == ("booked", None, None)


def test_call_next_prefers_own_patients_and_never_gives_two_doctors_the_same_one(
        connect_as, admin, clinic, make_doctor):
    providers = [make_doctor() for _ in range(6)]
    callers = [make_doctor() for _ in range(3)]
    start = soon(admin)
    waiting = []
    with connect_as("reception1") as conn:
        for provider in providers:
            appt = book(conn, new_patient(connect_as), provider, clinic.consult, start)
            conn.execute("SELECT scheduling.check_in(%s)", (appt,))
            conn.commit()
            waiting.append(appt)
    # providers[5]'s patient checked in last, yet its own doctor gets it first
    with connect_as(providers[5].login, PASSWORD) as conn:
        assert conn.execute("SELECT scheduling.call_next(%s)", (clinic.dept,)).fetchone()[0] == waiting[5]
        conn.commit()
    called: list[int | None] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(callers))

    def call(doctor: Doctor) -> None:
        try:
            with connect_as(doctor.login, PASSWORD, autocommit=True) as conn:
                barrier.wait()
                while (appt := conn.execute("SELECT scheduling.call_next(%s)", (clinic.dept,)).fetchone()[0]):
                    called.append(appt)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(d,)) for d in callers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(called) == sorted(waiting[:5])  # each waiting patient called exactly once
    assert count(admin, "SELECT count(*) FROM scheduling.appointment WHERE id = ANY (%s) AND status = "
                        "'in_consultation' AND called_at IS NOT NULL", waiting) == 6


# ---------------------------------------------------------------------------------------------------------------
# Access: who sees appointments, and an appointment is a care relationship
# ---------------------------------------------------------------------------------------------------------------
def test_appointments_are_visible_to_reception_billing_and_the_department(connect_as, admin, clinic, make_doctor):
    doctor = make_doctor()
    with connect_as("reception1") as conn:
        appt = book(conn, new_patient(connect_as), doctor, clinic.consult, later(admin, 60))
        conn.commit()
    visible = {"reception1": 1, "reception2": 1, "billing1": 1, doctor.login: 1, "doctor1": 0, "doctor2": 0,
               "nurse1": 0}
    for login, expected_rows in visible.items():
        with connect_as(login, PASSWORD if login == doctor.login else "demo") as conn:
            assert count(conn, "SELECT count(*) FROM scheduling.appointment WHERE id = %s", appt) == expected_rows
    with connect_as("doctor1") as conn:  # General Medicine sees its own department's (demo) appointments
        assert count(conn, "SELECT count(*) FROM scheduling.appointment") > 0
        assert count(conn, "SELECT count(*) FROM scheduling.appointment a JOIN core.department d "
                           "ON d.id = a.department_id WHERE d.code <> 'GEN' AND a.provider_id <> "
                           "core.current_staff_id()") == 0
    for login in ("pharmacist1", "lab1", "auditor1", "admin1"):
        with connect_as(login) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT count(*) FROM scheduling.appointment")
            conn.rollback()
            assert count(conn, "SELECT count(*) FROM scheduling.service WHERE id = %s", clinic.consult) == 1
    with connect_as("reception1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # templates are the administrators'
            conn.execute("INSERT INTO scheduling.provider_template (staff_id, department_id, weekday, start_time, "
                         "end_time, slot_minutes) VALUES (%s, %s, 1, '08:00', '12:00', 15)", (doctor.id, clinic.dept))


def test_an_appointment_opens_the_chart_and_a_cancelled_one_closes_it(connect_as, admin):
    patient = new_patient(connect_as, "Chart")
    with connect_as("doctor1") as conn:  # a General Medicine history
        add_note(conn, open_encounter(conn, patient), patient, "S: chest pain.", "progress")
        conn.commit()
    notes = "SELECT count(*) FROM clinical.note WHERE patient_id = %s"
    for login in ("doctor2", "doctor3"):  # cardiology, paediatrics: nothing of this patient
        with connect_as(login) as conn:
            assert count(conn, notes, patient) == 0
            assert count(conn, "SELECT count(*) FROM scheduling.appointment WHERE patient_id = %s", patient) == 0
            assert not conn.execute("SELECT clinical.can_access_patient(%s)", (patient,)).fetchone()[0]
    with connect_as("reception1") as conn:  # a cardiology referral is booked
        doctor2 = count(conn, "SELECT id FROM core.staff WHERE username = 'doctor2'")
        service, start = conn.execute("""
            SELECT sv.id, s.starts_at FROM scheduling.service sv,
                   scheduling.next_free_slots(sv.id, %s) s WHERE sv.code = 'CARD-CONS' LIMIT 1""",
                                      (doctor2,)).fetchone()
        appt = conn.execute("SELECT scheduling.book(%s, %s, %s, %s)", (patient, doctor2, service, start)).fetchone()[0]
        conn.commit()
        assert not conn.execute("SELECT clinical.can_access_patient(%s)", (patient,)).fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(notes, (patient,))
    with connect_as("doctor2") as conn:  # the appointment opens the chart for the cardiologist
        assert conn.execute("SELECT clinical.can_access_patient(%s)", (patient,)).fetchone()[0]
        assert count(conn, notes, patient) == 1
        assert count(conn, "SELECT count(*) FROM scheduling.appointment WHERE patient_id = %s", patient) == 1
    with connect_as("doctor3") as conn:  # paediatrics still sees nothing, until break-glass
        assert count(conn, notes, patient) == 0
        conn.execute("SELECT core.break_glass(%s, 'Collapsed in clinic, need the history')", (patient,))
        assert count(conn, notes, patient) == 1
        assert count(conn, "SELECT count(*) FROM scheduling.appointment WHERE patient_id = %s", patient) == 0
        conn.rollback()
    with connect_as("reception1") as conn:
        conn.execute("SELECT scheduling.cancel(%s, 'referral withdrawn')", (appt,))
        conn.commit()
    with connect_as("doctor2") as conn:  # a cancelled appointment is no care relationship
        assert count(conn, notes, patient) == 0


def test_a_merge_moves_appointments_with_their_encounters_and_unmerge_moves_them_back(
        connect_as, admin, clinic, make_doctor):
    doctor = make_doctor()
    survivor, duplicate = new_patient(connect_as, "Keep"), new_patient(connect_as, "Twin")
    with connect_as("reception1") as conn:
        appt = book(conn, duplicate, doctor, clinic.consult, soon(admin))
        future = book(conn, duplicate, doctor, clinic.consult, later(admin, 120))
        conn.execute("SELECT scheduling.check_in(%s)", (appt,))
        conn.commit()
    with connect_as(doctor.login, PASSWORD) as conn:
        encounter = conn.execute("SELECT scheduling.start_consultation(%s)", (appt,)).fetchone()[0]
        conn.commit()
    reason = "same person: registered twice at two front desks"
    with connect_as("admin1") as conn:
        merge = conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (survivor, duplicate, reason)).fetchone()[0]
        conn.commit()
    assert [appointment(admin, a)["patient_id"] for a in (appt, future)] == [survivor, survivor]
    assert admin.execute("SELECT patient_id FROM clinical.encounter WHERE id = %s", (encounter,)).fetchone()[0] == \
        survivor
    with connect_as("admin1") as conn:
        conn.execute("SELECT registry.unmerge(%s, %s)", (merge, "not the same person: twins, different births"))
        conn.commit()
    assert [appointment(admin, a)["patient_id"] for a in (appt, future)] == [duplicate, duplicate]


# ---------------------------------------------------------------------------------------------------------------
# Concurrency: many desks racing for a few overlapping slots
# ---------------------------------------------------------------------------------------------------------------
def test_fifty_desks_racing_for_overlapping_slots_never_double_book(connect_as, admin, clinic, make_doctor):
    base = at(admin, 200 * 24 * 60)
    doctors = [make_doctor(room=clinic.room1, period=(base, base + timedelta(hours=3))) for _ in range(2)]
    patients = [new_patient(connect_as, "Racer") for _ in range(6)]
    starts = [base + timedelta(minutes=m) for m in (0, 10, 20, 30, 40, 50)]  # 15-minute visits: neighbours overlap
    conns = [connect_as("reception1" if i % 2 else "reception2", autocommit=True) for i in range(50)]
    stats = {"booked": 0, "cancelled": 0, "conflicts": 0, "deadlock_retries": 0}
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + 4.0
    barrier = threading.Barrier(len(conns))

    def desk(conn: psycopg.Connection, seed: int) -> None:
        try:
            race(conn, random.Random(seed))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    def race(conn: psycopg.Connection, rng: random.Random) -> None:
        held = None
        barrier.wait()
        while time.monotonic() < deadline:
            doctor, start, patient = rng.choice(doctors), rng.choice(starts), rng.choice(patients)
            while True:
                try:
                    appt = book(conn, patient, doctor, clinic.consult, start)
                    outcome = "booked"
                except psycopg.errors.DeadlockDetected:
                    with lock:
                        stats["deadlock_retries"] += 1
                    continue
                except psycopg.errors.ExclusionViolation as exc:
                    outcome = "conflicts"
                    if exc.diag.message_primary != TAKEN or exc.diag.constraint_name not in EXCLUSIONS:
                        with lock:
                            errors.append(f"{exc.diag.constraint_name}: {exc}")
                except psycopg.Error as exc:
                    outcome = None
                    with lock:
                        errors.append(f"{exc.sqlstate}: {exc}")
                break
            with lock:
                if outcome:
                    stats[outcome] += 1
            if held:  # keep the race going: a desk holds its booking for one round, then cancels it
                conn.execute("SELECT scheduling.cancel(%s, 'race churn')", (held,))
                with lock:
                    stats["cancelled"] += 1
            held = appt if outcome == "booked" else None

    threads = [threading.Thread(target=desk, args=(c, i)) for i, c in enumerate(conns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in conns:
        c.close()
    assert not errors, errors[:5]
    assert stats["booked"] > 0 and stats["conflicts"] > stats["booked"], stats
    overlaps = admin.execute("""
        SELECT count(*) FROM scheduling.appointment a JOIN scheduling.appointment b
            ON a.id < b.id AND a.period && b.period
           AND (a.provider_id = b.provider_id OR a.patient_id = b.patient_id OR a.room_id = b.room_id)
         WHERE a.status NOT IN ('cancelled', 'no_show') AND b.status NOT IN ('cancelled', 'no_show')
           AND a.provider_id = ANY (%(d)s) AND b.provider_id = ANY (%(d)s)""",
                             {"d": [d.id for d in doctors]}).fetchone()[0]
    assert overlaps == 0
    made = admin.execute("SELECT count(*), count(*) FILTER (WHERE status = 'cancelled') FROM scheduling.appointment "
                         "WHERE provider_id = ANY (%s)", ([d.id for d in doctors],)).fetchone()
    assert made == (stats["booked"], stats["cancelled"])  # every success is a row, no half-made bookings


# ---------------------------------------------------------------------------------------------------------------
# Models and migration
# ---------------------------------------------------------------------------------------------------------------
def test_models_declare_the_exclusion_constraints_the_database_has(admin):
    declared = {c.name for t in Base.metadata.tables.values() if t.schema == "scheduling"
                for c in t.constraints if isinstance(c, ExcludeConstraint)}
    actual = {r[0] for r in admin.execute("SELECT conname FROM pg_constraint c JOIN pg_namespace n "
                                          "ON n.oid = c.connamespace WHERE n.nspname = 'scheduling' "
                                          "AND c.contype = 'x'")}
    assert declared == actual and EXCLUSIONS <= actual
    ddl = {t.name: str(CreateTable(t).compile(dialect=postgresql.dialect()))
           for t in Base.metadata.tables.values() if t.schema == "scheduling"}
    assert ddl["appointment"].count("EXCLUDE USING gist") == 3
    assert "tsrange(DATE '2000-01-01' + start_time" in ddl["provider_template"]
