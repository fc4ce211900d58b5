from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import INET, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, id_pk, str_text


class AuditEvent(Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("action IN ('INSERT', 'UPDATE', 'DELETE')", name="ck_event_action"),
        Index("ix_event_unsealed", "txid", "id", postgresql_where=text("hash IS NULL")),
        Index("ix_event_occurred_at", "occurred_at", postgresql_using="brin"),
        Index("ix_event_patient", "patient_id", postgresql_where=text("patient_id IS NOT NULL")),
        Index("ix_event_actor_id", "actor", "id"),
        {"schema": "audit"},
    )
    id: Mapped[id_pk]
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("clock_timestamp()"))
    actor: Mapped[str_text]
    action: Mapped[str_text]
    schema_name: Mapped[str_text]
    table_name: Mapped[str_text]
    row_id: Mapped[str | None] = mapped_column(Text)
    patient_id: Mapped[int | None]
    old_row: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_row: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    reason: Mapped[str | None] = mapped_column(Text)
    workstation: Mapped[str | None] = mapped_column(Text)
    client_addr: Mapped[str | None] = mapped_column(INET)
    txid: Mapped[int]
    prev_hash: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[str | None] = mapped_column(Text)


class ChainHead(Base):
    __tablename__ = "chain_head"
    __table_args__ = (CheckConstraint("id", name="ck_chain_head_id"), {"schema": "audit"})
    id: Mapped[bool] = mapped_column(Boolean, primary_key=True, server_default=text("true"))
    last_event_id: Mapped[int | None]
    last_txid: Mapped[int | None]
    last_hash: Mapped[str] = mapped_column(Text, server_default=text("''"))
    sealed_count: Mapped[int] = mapped_column(server_default=text("0"))
    sealed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AccessLog(Base):
    __tablename__ = "access"
    __table_args__ = (
        Index("ix_access_patient", "patient_id", "accessed_at"),
        Index("ix_access_actor", "actor", "accessed_at"),
        {"schema": "audit"},
    )
    id: Mapped[id_pk]
    accessed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("clock_timestamp()"))
    actor: Mapped[str_text]
    staff_id: Mapped[int | None]
    patient_id: Mapped[int]
    purpose: Mapped[str_text]
    via_break_glass: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    workstation: Mapped[str | None] = mapped_column(Text)
    client_addr: Mapped[str | None] = mapped_column(INET)


class Review(Base):
    __tablename__ = "review"
    __table_args__ = (
        UniqueConstraint("subject_kind", "subject_id", name="uq_review_subject"),
        CheckConstraint("subject_kind IN ('break_glass', 'staff_change')", name="ck_review_subject_kind"),
        CheckConstraint("outcome IN ('justified', 'not_justified', 'follow_up')", name="ck_review_outcome"),
        CheckConstraint("length(btrim(comment)) BETWEEN 5 AND 2000", name="ck_review_comment"),
        Index("ix_review_reviewed_at", "reviewed_at"),
        {"schema": "audit"},
    )
    id: Mapped[id_pk]
    subject_kind: Mapped[str_text]
    subject_id: Mapped[int]
    outcome: Mapped[str_text]
    comment: Mapped[str_text]
    reviewer: Mapped[str] = mapped_column(Text, server_default=text("SESSION_USER"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"),
                                             server_default=text("core.current_staff_id()"))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("now()"))
