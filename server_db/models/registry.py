from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, ForeignKey, Index, Text, UniqueConstraint, func, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, REAL
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text


class Patient(Base):
    __tablename__ = "patient"
    __table_args__ = (
        UniqueConstraint("mrn", name="uq_patient_mrn"),
        UniqueConstraint("national_id", name="uq_patient_national_id"),
        UniqueConstraint("temporary_alias", name="uq_patient_temporary_alias"),
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
    birth_date_accuracy: Mapped[str] = mapped_column(Text, server_default=text("'exact'"))
    identity_status: Mapped[str] = mapped_column(Text, server_default=text("'identified'"))
    temporary_alias: Mapped[str | None] = mapped_column(Text)
    identification_note: Mapped[str | None] = mapped_column(Text)


# Trigram indexes for name search (expression indexes on lower(name)).
Index("ix_patient_family_name_trgm", func.lower(Patient.family_name), postgresql_using="gin",
      postgresql_ops={"lower_1": "ext.gin_trgm_ops"})
Index("ix_patient_given_name_trgm", func.lower(Patient.given_name), postgresql_using="gin",
      postgresql_ops={"lower_1": "ext.gin_trgm_ops"})
# Blocking keys of registry.find_duplicate_candidates (server_db/sql/registry/).
Index("ix_patient_phone_key", func.registry.dedup_phone_key(Patient.phone))
Index("ix_patient_dedup_name_pair", func.registry.dedup_name_key(Patient.family_name),
      func.registry.dedup_name_key(Patient.given_name), Patient.birth_date)
Index("ix_patient_dedup_family", func.registry.dedup_name_key(Patient.family_name), Patient.birth_date)
Index("ix_patient_dedup_given", func.registry.dedup_name_key(Patient.given_name), Patient.birth_date)
Index("ix_patient_dedup_postal", func.upper(func.replace(Patient.postal_code, " ", "")),
      func.registry.dedup_name_key(Patient.family_name), func.registry.dedup_name_key(Patient.given_name))
Index("ix_patient_dedup_birth_initials", Patient.birth_date,
      func.registry.dedup_initials(Patient.given_name, Patient.family_name))
# Reception's search (registry.search_patients): the end of a phone number, the list order.
Index("ix_patient_phone_suffix", func.reverse(func.registry.dedup_phone_key(Patient.phone)),
      postgresql_ops={"reverse_1": "text_pattern_ops"})
Index("ix_patient_list_order", Patient.family_name, Patient.given_name, Patient.id,
      postgresql_where=Patient.merged_into_id.is_(None))


class PatientMerge(Base):
    """One merge of a duplicate record into a survivor (written only by registry.merge_patients/unmerge)."""
    __tablename__ = "patient_merge"
    __table_args__ = (
        Index("ix_patient_merge_survivor_id", "survivor_id"),
        Index("uq_patient_merge_duplicate_in_force", "duplicate_id", unique=True,
              postgresql_where=text("unmerged_at IS NULL")),
        {"schema": "registry"},
    )
    id: Mapped[id_pk]
    survivor_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    duplicate_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    reason: Mapped[str_text]
    merged_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    merged_at: Mapped[created_now]
    unmerged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    unmerged_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    unmerge_reason: Mapped[str | None] = mapped_column(Text)


class MergeMovedRow(Base):
    """A row a merge moved to the survivor: table, patient column and primary key (what unmerge moves back)."""
    __tablename__ = "merge_moved_row"
    __table_args__ = (
        UniqueConstraint("merge_id", "schema_name", "table_name", "column_name", "pk", name="uq_merge_moved_row_row"),
        {"schema": "registry"},
    )
    id: Mapped[id_pk]
    merge_id: Mapped[int] = mapped_column(ForeignKey("registry.patient_merge.id"))
    schema_name: Mapped[str_text]
    table_name: Mapped[str_text]
    column_name: Mapped[str_text]
    pk: Mapped[dict[str, Any]] = mapped_column(JSONB)


class DuplicateScan(Base):
    """One run of the registry-wide duplicate scan (written only by the registry scan functions)."""
    __tablename__ = "duplicate_scan"
    __table_args__ = ({"schema": "registry"},)
    id: Mapped[id_pk]
    started_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    started_at: Mapped[created_now]
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    min_score: Mapped[float] = mapped_column(REAL)
    patients: Mapped[int] = mapped_column(server_default=text("0"))
    pairs_found: Mapped[int] = mapped_column(server_default=text("0"))


class DuplicatePair(Base):
    """A likely duplicate pair (lower id first) and the reviewer's decision (registry.decide_duplicate_pair)."""
    __tablename__ = "duplicate_pair"
    __table_args__ = (
        UniqueConstraint("patient_a", "patient_b", name="uq_duplicate_pair_patients"),
        Index("ix_duplicate_pair_waiting", text("score DESC"), "id", postgresql_where=text("decision = 'waiting'")),
        Index("ix_duplicate_pair_patient_b", "patient_b"),
        Index("ix_duplicate_pair_scan_id", "scan_id"),
        {"schema": "registry"},
    )
    id: Mapped[id_pk]
    patient_a: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    patient_b: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    score: Mapped[float] = mapped_column(REAL)
    reasons: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    found_at: Mapped[created_now]
    scan_id: Mapped[int] = mapped_column(ForeignKey("registry.duplicate_scan.id"))
    decision: Mapped[str] = mapped_column(server_default=text("'waiting'"))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decision_note: Mapped[str | None] = mapped_column(Text)
    merge_id: Mapped[int | None] = mapped_column(ForeignKey("registry.patient_merge.id"))
