"""Scheduling (server_db/sql/scheduling/): services, rooms, provider sessions and exceptions, appointments.

Staff never write appointments directly: scheduling.book / reschedule / cancel / mark_no_show / check_in /
call_next / start_consultation do (SECURITY DEFINER). The exclusion constraints are declared here so the models
say what the database enforces; Alembic's autogenerate does not compare them (tests/test_scheduling.py does)."""
from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (Boolean, Computed, Date, DateTime, ForeignKey, ForeignKeyConstraint, Index, Integer, Text, Time,
                        UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import TSTZRANGE, ExcludeConstraint, Range
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text

ACTIVE = text("status NOT IN ('cancelled', 'no_show')")


class Service(Base):
    __tablename__ = "service"
    __table_args__ = (
        UniqueConstraint("code", name="uq_service_code"),
        Index("ix_service_department_id", "department_id"),
        {"schema": "scheduling"},
    )
    id: Mapped[id_pk]
    department_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    code: Mapped[str_text]
    name: Mapped[str_text]
    duration_minutes: Mapped[int] = mapped_column(Integer)
    price_code: Mapped[str_text]
    telemedicine_allowed: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("code", name="uq_room_code"),
        Index("ix_room_department_id", "department_id"),
        {"schema": "scheduling"},
    )
    id: Mapped[id_pk]
    department_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    code: Mapped[str_text]
    name: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class ProviderTemplate(Base):
    """A provider's weekly session: ISO weekday (Monday = 1), wall-clock times in core.setting clinic_timezone."""
    __tablename__ = "provider_template"
    __table_args__ = (
        ExcludeConstraint(("staff_id", "="), ("weekday", "="),
                          (text("tsrange(DATE '2000-01-01' + start_time, DATE '2000-01-01' + end_time)"), "&&"),
                          (text("daterange(valid_from, valid_to, '[]')"), "&&"),
                          name="ex_provider_template_overlap", using="gist"),
        {"schema": "scheduling"},
    )
    id: Mapped[id_pk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("scheduling.room.id"))
    valid_from: Mapped[date] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    valid_to: Mapped[date | None] = mapped_column(Date)


class ScheduleException(Base):
    """Leave (nothing bookable) or an extra session of a provider; withdrawn with active = false."""
    __tablename__ = "schedule_exception"
    __table_args__ = (
        ExcludeConstraint(("staff_id", "="), ("period", "&&"), name="ex_schedule_exception_extra_session",
                          using="gist", where=text("kind = 'extra_session' AND active")),
        Index("ix_schedule_exception_staff_period", "staff_id", "period", postgresql_using="gist"),
        {"schema": "scheduling"},
    )
    id: Mapped[id_pk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    period: Mapped[Range[datetime]] = mapped_column(TSTZRANGE)
    kind: Mapped[str_text]
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core.department.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("scheduling.room.id"))
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_by: Mapped[str] = mapped_column(Text, server_default=text("SESSION_USER"))
    created_at: Mapped[created_now]


class Appointment(Base):
    """A booked visit; active ones (not cancelled / no-show) never overlap per provider, patient or room."""
    __tablename__ = "appointment"
    __table_args__ = (
        UniqueConstraint("rescheduled_from_id", name="uq_appointment_rescheduled_from_id"),
        UniqueConstraint("encounter_id", name="uq_appointment_encounter_id"),
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_appointment_encounter_patient", onupdate="CASCADE"),
        ExcludeConstraint(("provider_id", "="), ("period", "&&"), name="ex_appointment_provider", using="gist",
                          where=ACTIVE),
        ExcludeConstraint(("patient_id", "="), ("period", "&&"), name="ex_appointment_patient", using="gist",
                          where=ACTIVE),
        ExcludeConstraint(("room_id", "="), ("period", "&&"), name="ex_appointment_room", using="gist",
                          where=text("room_id IS NOT NULL AND status NOT IN ('cancelled', 'no_show')")),
        Index("ix_appointment_patient_id", "patient_id"),
        Index("ix_appointment_department_period", "department_id", "period", postgresql_using="gist"),
        Index("ix_appointment_department_starts", "department_id", "starts_at"),
        Index("ix_appointment_provider_starts", "provider_id", "starts_at"),
        Index("ix_appointment_waiting", "department_id", "checked_in_at",
              postgresql_where=text("status IN ('checked_in', 'in_consultation')")),
        {"schema": "scheduling"},
    )
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("scheduling.service.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("scheduling.room.id"))
    period: Mapped[Range[datetime]] = mapped_column(TSTZRANGE)
    starts_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), Computed("lower(period)",
                                                                                          persisted=True))
    kind: Mapped[str] = mapped_column(Text, server_default=text("'in_person'"))
    meeting_url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default=text("'booked'"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    rescheduled_from_id: Mapped[int | None] = mapped_column(ForeignKey("scheduling.appointment.id"))
    encounter_id: Mapped[int | None]
    booked_by: Mapped[str] = mapped_column(Text, server_default=text("SESSION_USER"))
    booked_at: Mapped[created_now]
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    called_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    called_by_id: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancelled_by: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


__all__ = ["Service", "Room", "ProviderTemplate", "ScheduleException", "Appointment"]
