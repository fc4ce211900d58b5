from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, ForeignKeyConstraint, Index, Text, UniqueConstraint, text
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
        {"schema": "clinical"},
    )
    id: Mapped[id_pk]
    encounter_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))
    body: Mapped[str_text]
    created_at: Mapped[created_now]
