"""Inpatient care (server_db/sql/adt/): wards' rooms and beds, admissions, bed occupancy, bed-days and
discharge summaries.

Staff never write admissions or occupancies directly: adt.admit / transfer / discharge / update_plan /
set_bed_state / post_bed_days do (SECURITY DEFINER). The exclusion constraints are declared here so the models
say what the database enforces; Alembic's autogenerate does not compare them (tests/test_adt.py does)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, ForeignKeyConstraint, Index, Integer, Text,
                        UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text


class WardRoom(Base):
    """A room of a ward (a core.department of kind inpatient)."""
    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("code", name="uq_room_code"),
        UniqueConstraint("id", "ward_id", name="uq_room_id_ward_id"),
        Index("ix_room_ward_id", "ward_id"),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    ward_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    code: Mapped[str_text]
    name: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Bed(Base):
    """A bed and its state: free, occupied, reserved, cleaning, out_of_service."""
    __tablename__ = "bed"
    __table_args__ = (
        UniqueConstraint("code", name="uq_bed_code"),
        ForeignKeyConstraint(["room_id", "ward_id"], ["adt.room.id", "adt.room.ward_id"], name="fk_bed_room_ward"),
        Index("ix_bed_ward_id", "ward_id"),
        Index("ix_bed_room_ward", "room_id", "ward_id"),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    room_id: Mapped[int]
    ward_id: Mapped[int]
    code: Mapped[str_text]
    label: Mapped[str_text]
    state: Mapped[str] = mapped_column(Text, server_default=text("'free'"))
    state_reason: Mapped[str | None] = mapped_column(Text)
    state_changed_at: Mapped[created_now]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Admission(Base):
    """An inpatient stay; stays of one patient never overlap (one active admission per patient)."""
    __tablename__ = "admission"
    __table_args__ = (
        UniqueConstraint("encounter_id", name="uq_admission_encounter_id"),
        UniqueConstraint("id", "patient_id", name="uq_admission_id_patient_id"),
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_admission_encounter_patient", onupdate="CASCADE"),
        ExcludeConstraint(("patient_id", "="), (text("tstzrange(admitted_at, discharged_at)"), "&&"),
                          name="ex_admission_patient", using="gist"),
        Index("ix_admission_patient_id", "patient_id"),
        Index("ix_admission_active_ward", "ward_id", postgresql_where=text("discharged_at IS NULL")),
        Index("ix_admission_discharged_at", "discharged_at", postgresql_where=text("discharged_at IS NOT NULL")),
        Index("uq_admission_active_bed", "bed_id", unique=True, postgresql_where=text("discharged_at IS NULL")),
        Index("ix_admission_attending_id", "attending_id", postgresql_where=text("discharged_at IS NULL")),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    encounter_id: Mapped[int]
    ward_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    bed_id: Mapped[int] = mapped_column(ForeignKey("adt.bed.id"))
    attending_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    admitting_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    admitted_by: Mapped[str] = mapped_column(Text, server_default=text("SESSION_USER"))
    source: Mapped[str_text]
    reason: Mapped[str_text]
    isolation: Mapped[str] = mapped_column(Text, server_default=text("'none'"))
    expected_discharge: Mapped[date | None] = mapped_column(Date)
    admitted_at: Mapped[created_now]
    discharged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    disposition: Mapped[str | None] = mapped_column(Text)
    discharged_by_id: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))


class BedOccupancy(Base):
    """Who lay in which bed when, [started_at, ended_at); never two patients in one bed at a time."""
    __tablename__ = "bed_occupancy"
    __table_args__ = (
        ForeignKeyConstraint(["admission_id", "patient_id"], ["adt.admission.id", "adt.admission.patient_id"],
                             name="fk_bed_occupancy_admission_patient", onupdate="CASCADE"),
        ExcludeConstraint(("bed_id", "="), (text("tstzrange(started_at, ended_at)"), "&&"),
                          name="ex_bed_occupancy_bed", using="gist"),
        ExcludeConstraint(("patient_id", "="), (text("tstzrange(started_at, ended_at)"), "&&"),
                          name="ex_bed_occupancy_patient", using="gist"),
        Index("ix_bed_occupancy_admission_id", "admission_id", "started_at"),
        Index("ix_bed_occupancy_patient_id", "patient_id"),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    admission_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    bed_id: Mapped[int] = mapped_column(ForeignKey("adt.bed.id"))
    ward_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str_text]
    moved_by: Mapped[str] = mapped_column(Text, server_default=text("SESSION_USER"))


class BedDay(Base):
    """One charged bed-day (midnight census or a day case); never twice for a patient and day."""
    __tablename__ = "bed_day"
    __table_args__ = (
        UniqueConstraint("patient_id", "day", name="uq_bed_day_patient_id_day"),
        ForeignKeyConstraint(["admission_id", "patient_id"], ["adt.admission.id", "adt.admission.patient_id"],
                             name="fk_bed_day_admission_patient", onupdate="CASCADE"),
        Index("ix_bed_day_admission_id", "admission_id"),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    admission_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    day: Mapped[date] = mapped_column(Date)
    ward_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    bed_id: Mapped[int] = mapped_column(ForeignKey("adt.bed.id"))
    rule: Mapped[str_text]
    created_at: Mapped[created_now]


class DischargeSummary(Base):
    """A version of a stay's discharge summary: draft, then signed and frozen; corrections are new versions."""
    __tablename__ = "discharge_summary"
    __table_args__ = (
        UniqueConstraint("admission_id", "version", name="uq_discharge_summary_admission_id_version"),
        ForeignKeyConstraint(["admission_id", "patient_id"], ["adt.admission.id", "adt.admission.patient_id"],
                             name="fk_discharge_summary_admission_patient", onupdate="CASCADE"),
        Index("ix_discharge_summary_patient_id", "patient_id"),
        Index("uq_discharge_summary_one_draft", "admission_id", unique=True,
              postgresql_where=text("status = 'draft'")),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    admission_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    version: Mapped[int] = mapped_column(Integer)
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("adt.discharge_summary.id"))
    amend_reason: Mapped[str | None] = mapped_column(Text)
    diagnoses: Mapped[str] = mapped_column(Text, server_default=text("''"))
    procedures: Mapped[str] = mapped_column(Text, server_default=text("''"))
    results: Mapped[str] = mapped_column(Text, server_default=text("''"))
    medications: Mapped[str] = mapped_column(Text, server_default=text("''"))
    follow_up: Mapped[str] = mapped_column(Text, server_default=text("''"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'draft'"))
    author_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    created_at: Mapped[created_now]
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    content_sha256: Mapped[str | None] = mapped_column(Text)


class MedicationAdministration(Base):
    """A scheduled (or when-required) dose given, held or refused, with the wristband scan (sql/adt/)."""
    __tablename__ = "medication_administration"
    __table_args__ = (
        ForeignKeyConstraint(["admission_id", "patient_id"], ["adt.admission.id", "adt.admission.patient_id"],
                             name="fk_medication_administration_admission_patient", onupdate="CASCADE"),
        ForeignKeyConstraint(["prescription_id", "patient_id"],
                             ["pharmacy.prescription.id", "pharmacy.prescription.patient_id"],
                             name="fk_medication_administration_prescription_patient", onupdate="CASCADE"),
        Index("uq_medication_administration_dose", "prescription_id", "scheduled_at", unique=True,
              postgresql_where=text("status = 'final' AND scheduled_at IS NOT NULL")),
        Index("ix_medication_administration_admission_id", "admission_id", "scheduled_at"),
        Index("ix_medication_administration_patient_id", "patient_id"),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    admission_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    prescription_id: Mapped[int]
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    outcome: Mapped[str_text]
    reason: Mapped[str | None] = mapped_column(Text)
    dose_note: Mapped[str | None] = mapped_column(Text)
    scanned_mrn: Mapped[str_text]
    late: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    recorded_at: Mapped[created_now]
    status: Mapped[str] = mapped_column(Text, server_default=text("'final'"))
    error_reason: Mapped[str | None] = mapped_column(Text)


class FluidEntry(Base):
    """One measured intake or output volume of a stay (sql/adt/)."""
    __tablename__ = "fluid_entry"
    __table_args__ = (
        ForeignKeyConstraint(["admission_id", "patient_id"], ["adt.admission.id", "adt.admission.patient_id"],
                             name="fk_fluid_entry_admission_patient", onupdate="CASCADE"),
        Index("ix_fluid_entry_admission_id", "admission_id", "measured_at"),
        Index("ix_fluid_entry_patient_id", "patient_id"),
        {"schema": "adt"},
    )
    id: Mapped[id_pk]
    admission_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    direction: Mapped[str_text]
    route: Mapped[str_text]
    volume_ml: Mapped[int] = mapped_column(Integer)
    measured_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    recorded_at: Mapped[created_now]
    status: Mapped[str] = mapped_column(Text, server_default=text("'final'"))
    error_reason: Mapped[str | None] = mapped_column(Text)


__all__ = ["WardRoom", "Bed", "Admission", "BedOccupancy", "BedDay", "DischargeSummary", "MedicationAdministration",
           "FluidEntry"]
