from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Text, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text


class Patient(Base):
    __tablename__ = "patient"
    __table_args__ = (
        UniqueConstraint("mrn", name="uq_patient_mrn"),
        UniqueConstraint("national_id", name="uq_patient_national_id"),
        Index("ix_patient_birth_date", "birth_date"),
        Index("ix_patient_phone", "phone"),
        {"schema": "registry"},
    )
    id: Mapped[id_pk]
    mrn: Mapped[str] = mapped_column(Text, server_default=text("registry.next_mrn()"))
    given_name: Mapped[str_text]
    family_name: Mapped[str_text]
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str_text]
    national_id: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[created_now]
    created_by: Mapped[str] = mapped_column(Text, server_default=text("SESSION_USER"))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("registry.patient.id"))


# Trigram indexes for name search (expression indexes on lower(name)).
Index("ix_patient_family_name_trgm", func.lower(Patient.family_name), postgresql_using="gin",
      postgresql_ops={"lower_1": "ext.gin_trgm_ops"})
Index("ix_patient_given_name_trgm", func.lower(Patient.given_name), postgresql_using="gin",
      postgresql_ops={"lower_1": "ext.gin_trgm_ops"})
