"""Appointments: calendars, free slots, booking, check-in and the clinic queue (no Qt here).

Writes go through the database's scheduling functions, which check roles, compute periods and meeting links,
and rely on exclusion constraints so a double booking is impossible whatever the client does."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.clock import local
from ..i18n import formats

SLOT_TAKEN = "23P01"  # exclusion_violation: someone else booked the slot first
# scheduling.appointment.status, as the screens call it (the code stays in the data)
STATUS_LABELS = {"booked": QT_TRANSLATE_NOOP("Appointment", "booked"),
                 "checked_in": QT_TRANSLATE_NOOP("Appointment", "checked in"),
                 "in_consultation": QT_TRANSLATE_NOOP("Appointment", "in consultation"),
                 "completed": QT_TRANSLATE_NOOP("Appointment", "completed"),
                 "cancelled": QT_TRANSLATE_NOOP("Appointment", "cancelled"),
                 "no_show": QT_TRANSLATE_NOOP("Appointment", "no-show")}


def status_label(status: str) -> str:
    if status in STATUS_LABELS:
        return QCoreApplication.translate("Appointment", STATUS_LABELS[status])
    return status.replace("_", " ")


def day_text(day: date, locale: QLocale | None = None) -> str:
    """A calendar day with the locale's short day name: 'Mon 31/12' (en_GB), 'lun. 31/12' (French)."""
    loc = locale if locale is not None else QLocale()
    when = QDate(day.year, day.month, day.day)
    return QCoreApplication.translate("Calendar", "{weekday} {date}").format(
        weekday=loc.toString(when, "ddd"), date=loc.toString(when, formats.day_month_format(locale)))


@dataclass
class Option:
    id: int
    label: str
    extra: dict[str, Any] | None = None


@dataclass
class Slot:
    provider_id: int
    starts_at: datetime
    ends_at: datetime
    room_id: int | None = None
    provider_name: str = ""

    @property
    def label(self) -> str:
        """'Dr Grant — Mon 31/12 09:00–09:15' in the user's locale."""
        start, end = local(self.starts_at), local(self.ends_at)
        when = QCoreApplication.translate("Slot", "{day} {start}–{end}").format(
            day=day_text(start.date()), start=formats.time_text(start), end=formats.time_text(end))
        if self.provider_name:
            return QCoreApplication.translate("Slot", "{provider} — {when}").format(provider=self.provider_name,
                                                                                    when=when)
        return when


@dataclass
class Appointment:
    id: int
    patient_id: int
    mrn: str
    patient_name: str
    provider_id: int
    provider_name: str
    department_id: int
    service_id: int
    service_name: str
    room_id: int | None
    room_name: str | None
    starts_at: datetime
    ends_at: datetime
    kind: str
    status: str
    meeting_url: str | None
    checked_in_at: datetime | None
    cancel_reason: str | None
    encounter_id: int | None


@dataclass
class QueueEntry:
    appointment_id: int
    patient_id: int
    mrn: str
    patient_name: str
    provider_id: int
    provider_name: str
    service_name: str
    kind: str
    starts_at: datetime
    checked_in_at: datetime | None
    waiting_minutes: float | None
    status: str


def clinic_today(session: Session) -> date:
    """Today in the clinic's time zone (the server decides, not the workstation's clock)."""
    return session.execute(text("SELECT scheduling.local_day(now())")).scalar_one()


def day_bounds(session: Session, day: date, days: int = 1) -> tuple[datetime, datetime]:
    """[midnight, midnight + days) of clinic calendar days."""
    start, end = session.execute(text("SELECT scheduling.day_start(:d), scheduling.day_start(:d + :n)"),
                                 {"d": day, "n": days}).one()
    return start, end


def departments(session: Session, kinds: tuple[str, ...] = ("outpatient", "emergency")) -> list[Option]:
    rows = session.execute(text("SELECT id, code, name FROM core.department WHERE active AND kind = ANY(:k) "
                                "ORDER BY name"), {"k": list(kinds)})
    return [Option(r.id, f"{r.name} ({r.code})", {"code": r.code}) for r in rows]


def services(session: Session, department_id: int | None = None) -> list[Option]:
    rows = session.execute(text(
        "SELECT id, name, duration_minutes, telemedicine_allowed, department_id FROM scheduling.service "
        "WHERE active AND (CAST(:d AS bigint) IS NULL OR department_id = :d) ORDER BY name"), {"d": department_id})
    return [Option(r.id, QCoreApplication.translate("Service", "{name} ({minutes} min)").format(
                       name=r.name, minutes=formats.number_text(r.duration_minutes)),
                   {"telemedicine": r.telemedicine_allowed, "department_id": r.department_id}) for r in rows]


def providers(session: Session, department_id: int | None = None) -> list[Option]:
    rows = session.execute(text(
        "SELECT DISTINCT s.id, s.full_name FROM scheduling.provider_template t JOIN core.staff s ON s.id = t.staff_id "
        "WHERE s.active AND (CAST(:d AS bigint) IS NULL OR t.department_id = :d) ORDER BY s.full_name"),
        {"d": department_id})
    return [Option(r.id, r.full_name) for r in rows]


def rooms(session: Session, department_id: int | None = None) -> list[Option]:
    rows = session.execute(text("SELECT id, code, name FROM scheduling.room WHERE active AND "
                                "(CAST(:d AS bigint) IS NULL OR department_id = :d) ORDER BY code"),
                           {"d": department_id})
    return [Option(r.id, f"{r.code} {r.name}") for r in rows]


_APPOINTMENT_SQL = """
    SELECT a.id, a.patient_id, p.mrn, p.family_name || ', ' || p.given_name AS patient_name,
           a.provider_id, s.full_name AS provider_name, a.department_id, a.service_id, sv.name AS service_name,
           a.room_id, r.code AS room_name, lower(a.period) AS starts_at, upper(a.period) AS ends_at, a.kind,
           a.status, a.meeting_url, a.checked_in_at, a.cancel_reason, a.encounter_id
      FROM scheduling.appointment a
      JOIN registry.patient p ON p.id = a.patient_id
      JOIN core.staff s ON s.id = a.provider_id
      JOIN scheduling.service sv ON sv.id = a.service_id
      LEFT JOIN scheduling.room r ON r.id = a.room_id
"""


def appointments(session: Session, start: datetime, end: datetime, *, provider_id: int | None = None,
                 room_id: int | None = None, department_id: int | None = None, patient_id: int | None = None,
                 include_cancelled: bool = False) -> list[Appointment]:
    """Appointments overlapping [start, end) for a provider, a room, a department or a patient (calendar)."""
    # starts_at bounds the overlap with leakproof comparisons, so the indexes serve it under row-level security
    # (a period is at most 12 hours); the overlap itself is then exact.
    where = ["a.starts_at >= CAST(:start AS timestamptz) - interval '12 hours'", "a.starts_at < :end",
             "a.period && tstzrange(:start, :end)"]
    params: dict[str, Any] = {"start": start, "end": end}
    for column, value in (("provider_id", provider_id), ("room_id", room_id), ("department_id", department_id),
                          ("patient_id", patient_id)):
        if value is not None:
            where.append(f"a.{column} = :{column}")
            params[column] = value
    if not include_cancelled:
        where.append("a.status NOT IN ('cancelled', 'no_show')")
    rows = session.execute(text(_APPOINTMENT_SQL + " WHERE " + " AND ".join(where) + " ORDER BY lower(a.period)"),
                           params)
    return [Appointment(**r._mapping) for r in rows]


def free_slots(session: Session, provider_id: int, start: datetime, end: datetime) -> list[Slot]:
    rows = session.execute(text("SELECT provider_id, starts_at, ends_at, room_id "
                                "FROM scheduling.free_slots(:p, :s, :e) ORDER BY starts_at"),
                           {"p": provider_id, "s": start, "e": end})
    return [Slot(r.provider_id, r.starts_at, r.ends_at, r.room_id) for r in rows]


def next_free_slots(session: Session, service_id: int, *, provider_id: int | None = None,
                    department_id: int | None = None, after: datetime | None = None, count: int = 5) -> list[Slot]:
    rows = session.execute(text(
        "SELECT provider_id, provider_name, starts_at, ends_at, room_id FROM scheduling.next_free_slots("
        "CAST(:svc AS bigint), CAST(:p AS bigint), CAST(:d AS bigint), coalesce(CAST(:a AS timestamptz), now()), :n)"),
        {"svc": service_id, "p": provider_id, "d": department_id, "a": after, "n": count})
    return [Slot(r.provider_id, r.starts_at, r.ends_at, r.room_id, r.provider_name) for r in rows]


def book(session: Session, patient_id: int, provider_id: int, service_id: int, starts_at: datetime,
         kind: str = "in_person", room_id: int | None = None) -> int:
    return session.execute(text("SELECT scheduling.book(:pt, :pr, :sv, :at, :k, CAST(:r AS bigint))"),
                           {"pt": patient_id, "pr": provider_id, "sv": service_id, "at": starts_at, "k": kind,
                            "r": room_id}).scalar_one()


def reschedule(session: Session, appointment_id: int, new_start: datetime, provider_id: int | None = None,
               reason: str = "rescheduled") -> int:
    return session.execute(text("SELECT scheduling.reschedule(:a, :s, CAST(:p AS bigint), :r)"),
                           {"a": appointment_id, "s": new_start, "p": provider_id, "r": reason}).scalar_one()


def cancel(session: Session, appointment_id: int, reason: str) -> None:
    session.execute(text("SELECT scheduling.cancel(:a, :r)"), {"a": appointment_id, "r": reason})


def mark_no_show(session: Session, appointment_id: int) -> None:
    session.execute(text("SELECT scheduling.mark_no_show(:a)"), {"a": appointment_id})


def check_in(session: Session, appointment_id: int) -> None:
    session.execute(text("SELECT scheduling.check_in(:a)"), {"a": appointment_id})


def queue(session: Session, department_id: int) -> list[QueueEntry]:
    rows = session.execute(text("SELECT * FROM scheduling.queue(:d)"), {"d": department_id})
    return [QueueEntry(**{k: v for k, v in r._mapping.items() if k in QueueEntry.__dataclass_fields__})
            for r in rows]


def call_next(session: Session, department_id: int) -> int | None:
    return session.execute(text("SELECT scheduling.call_next(:d)"), {"d": department_id}).scalar()


def start_consultation(session: Session, appointment_id: int) -> int:
    return session.execute(text("SELECT scheduling.start_consultation(:a)"), {"a": appointment_id}).scalar_one()
