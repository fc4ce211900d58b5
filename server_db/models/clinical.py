from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, ForeignKeyConstraint, Index, Numeric, SmallInteger, Text,
                        UniqueConstraint, func, text)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text


class Encounter(Base):
    __tablename__ = "encounter"
    __table_args__ = (
        UniqueConstraint("id", "patient_id", name="uq_encounter_id_patient_id"),
        Index("ix_encounter_patient_id", "patient_id"),
        Index("ix_encounter_clinician_id", "clinician_id", "started_at"),
        Index("ix_encounter_department_id", "department_id", "started_at"),
        {"schema": "clinical"},
    )
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    clinician_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    kind: Mapped[str] = mapped_column(Text, server_default=text("'outpatient'"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'open'"))
    started_at: Mapped[created_now]
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Note(Base):
    __tablename__ = "note"
    __table_args__ = (
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_note_encounter_patient", onupdate="CASCADE"),
        Index("ix_note_patient_id", "patient_id", "created_at"),
        Index("ix_note_encounter_id", "encounter_id"),
        Index("ix_note_amends_id", "amends_id", postgresql_where=text("amends_id IS NOT NULL")),
        {"schema": "clinical"},
    )
    id: Mapped[id_pk]
    encounter_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    body: Mapped[str_text]
    created_at: Mapped[created_now]
    # server_db/sql/clinical/
    kind: Mapped[str] = mapped_column(Text, server_default=text("'progress'"))
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("clinical.note.id"))
    amend_reason: Mapped[str | None] = mapped_column(Text)
    remote: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))


# ---------------------------------------------------------------------------------------------------------------
# The clinical record (server_db/sql/clinical/)
# ---------------------------------------------------------------------------------------------------------------
class VitalKind(Base):
    """A kind of vital sign with its one unit, plausible range and alert band (reference data)."""
    __tablename__ = "vital_kind"
    __table_args__ = {"schema": "clinical"}
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    label: Mapped[str_text]
    unit: Mapped[str_text]
    min_value: Mapped[Decimal] = mapped_column(Numeric)
    max_value: Mapped[Decimal] = mapped_column(Numeric)
    alert_low: Mapped[Decimal | None] = mapped_column(Numeric)
    alert_high: Mapped[Decimal | None] = mapped_column(Numeric)


class VitalSign(Base):
    __tablename__ = "vital_sign"
    __table_args__ = (
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_vital_sign_encounter_patient", onupdate="CASCADE"),
        Index("ix_vital_sign_patient_id", "patient_id", "measured_at"),
        Index("ix_vital_sign_encounter_id", "encounter_id"),
        {"schema": "clinical"},
    )
    id: Mapped[id_pk]
    encounter_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    kind: Mapped[str] = mapped_column(ForeignKey("clinical.vital_kind.code"))
    value: Mapped[Decimal] = mapped_column(Numeric)
    unit: Mapped[str_text]
    measured_at: Mapped[created_now]
    recorded_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    recorded_at: Mapped[created_now]
    status: Mapped[str] = mapped_column(Text, server_default=text("'final'"))
    error_reason: Mapped[str | None] = mapped_column(Text)
    flag: Mapped[str | None] = mapped_column(Text)  # 'low' / 'high' against the kind's alert band (the trigger's)


class AllergySubstance(Base):
    """A coded allergy substance: ATC code (drugs) or a local code (resources/allergy_substances.csv)."""
    __tablename__ = "allergy_substance"
    __table_args__ = {"schema": "clinical"}
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str_text]
    category: Mapped[str_text]
    code_system: Mapped[str_text]


class Allergy(Base):
    __tablename__ = "allergy"
    __table_args__ = (Index("ix_allergy_patient_id", "patient_id"), {"schema": "clinical"})
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    substance: Mapped[str_text]
    substance_code: Mapped[str | None] = mapped_column(ForeignKey("clinical.allergy_substance.code"))
    category: Mapped[str_text]
    reaction: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default=text("'active'"))
    status_reason: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    recorded_at: Mapped[created_now]



class AllergyStatus(Base):
    """A statement about a patient's allergies: no_known_allergies (who said so, when) or has_allergies; no row
    means nobody asked. Append-only; the current status is clinical.allergy_status_of() (sql/clinical/)."""
    __tablename__ = "allergy_status"
    __table_args__ = (Index("ix_allergy_status_patient_id", "patient_id", "recorded_at"), {"schema": "clinical"})
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    status: Mapped[str_text]
    recorded_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    recorded_at: Mapped[created_now]

class Icd10(Base):
    """An ICD-10-CM code of the shipped subset (resources/icd10_subset.csv)."""
    __tablename__ = "icd10"
    __table_args__ = (
        Index("ix_icd10_code_prefix", "code", postgresql_ops={"code": "text_pattern_ops"}),
        {"schema": "clinical"},
    )
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str_text]
    chapter: Mapped[int] = mapped_column(SmallInteger)


Index("ix_icd10_title_trgm", func.lower(Icd10.title), postgresql_using="gin",
      postgresql_ops={"lower_1": "ext.gin_trgm_ops"})


class Diagnosis(Base):
    __tablename__ = "diagnosis"
    __table_args__ = (
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_diagnosis_encounter_patient", onupdate="CASCADE"),
        Index("uq_diagnosis_one_primary", "encounter_id", unique=True,
              postgresql_where=text("rank = 'primary' AND status = 'active'")),
        Index("ix_diagnosis_patient_id", "patient_id", "recorded_at"),
        Index("ix_diagnosis_icd10_code", "icd10_code"),
        {"schema": "clinical"},
    )
    id: Mapped[id_pk]
    encounter_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    icd10_code: Mapped[str] = mapped_column(ForeignKey("clinical.icd10.code"))
    rank: Mapped[str] = mapped_column(Text, server_default=text("'secondary'"))
    certainty: Mapped[str] = mapped_column(Text, server_default=text("'confirmed'"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'active'"))
    error_reason: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    recorded_at: Mapped[created_now]


class Problem(Base):
    """An entry of a patient's problem list."""
    __tablename__ = "problem"
    __table_args__ = (Index("ix_problem_patient_id", "patient_id"), {"schema": "clinical"})
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    icd10_code: Mapped[str] = mapped_column(ForeignKey("clinical.icd10.code"))
    onset: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Text, server_default=text("'active'"))
    error_reason: Mapped[str | None] = mapped_column(Text)
    noted_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    noted_at: Mapped[created_now]
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
