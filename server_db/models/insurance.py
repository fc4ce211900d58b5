"""Insurance: exchanges with payers through hms-insurance-gateway (server_db/sql/insurance/)."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CHAR, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, Numeric, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text

SCHEMA = {"schema": "insurance"}


class PayerPolicy(Base):
    """Per payer: whether admissions need pre-authorisation, how long an eligibility answer is trusted."""
    __tablename__ = "payer_policy"
    __table_args__ = (SCHEMA,)
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"), primary_key=True)
    admission_needs_preauthorization: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    eligibility_valid_hours: Mapped[int] = mapped_column(Integer, server_default=text("24"))


class ItemCode(Base):
    """The payer's code for one of our price codes, and whether the payer wants it pre-authorised."""
    __tablename__ = "item_code"
    __table_args__ = (UniqueConstraint("payer_id", "price_code", name="uq_item_code_payer_id_price_code"), SCHEMA)
    id: Mapped[id_pk]
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    price_code: Mapped[str_text]
    payer_code: Mapped[str_text]
    payer_display: Mapped[str | None] = mapped_column(Text)
    needs_preauthorization: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Request(Base):
    """The outbox: one request to a payer, sent by the gateway with one request id."""
    __tablename__ = "request"
    __table_args__ = (
        UniqueConstraint("request_id", name="uq_request_request_id"),
        Index("ix_request_due", "next_attempt_at", postgresql_where=text("status IN ('queued', 'sent')")),
        Index("ix_request_patient_id", "patient_id", text("requested_at DESC")),
        Index("ix_request_claim_id", "claim_id", postgresql_where=text("claim_id IS NOT NULL")),
        Index("ix_request_preauthorization_id", "preauthorization_id",
              postgresql_where=text("preauthorization_id IS NOT NULL")),
        Index("ix_request_coverage_id", "coverage_id"),
        SCHEMA,
    )
    id: Mapped[id_pk]
    request_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), server_default=text("gen_random_uuid()"))
    kind: Mapped[str_text]
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    coverage_id: Mapped[int] = mapped_column(ForeignKey("billing.coverage.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("billing.claim.id"))
    preauthorization_id: Mapped[int | None]
    query_id: Mapped[int | None]
    item_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'queued'"))
    document: Mapped[dict | None] = mapped_column(JSONB)
    attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    next_attempt_at: Mapped[created_now]
    last_error: Mapped[str | None] = mapped_column(Text)
    correlation_id: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    requested_at: Mapped[created_now]
    sent_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]


class Message(Base):
    """A payer's answer or message, stored once per payer and message id."""
    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("payer_id", "message_id", name="uq_message_payer_id_message_id"),
        Index("ix_message_request_id", "request_id", postgresql_where=text("request_id IS NOT NULL")),
        SCHEMA,
    )
    id: Mapped[id_pk]
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    message_id: Mapped[str_text]
    request_id: Mapped[int | None] = mapped_column(ForeignKey("insurance.request.id"))
    resource_type: Mapped[str_text]
    document: Mapped[dict] = mapped_column(JSONB)
    outcome: Mapped[str_text]
    received_at: Mapped[created_now]


class Eligibility(Base):
    """A payer's answer to an eligibility check."""
    __tablename__ = "eligibility"
    __table_args__ = (
        UniqueConstraint("request_id", name="uq_eligibility_request_id"),
        Index("ix_eligibility_patient_id", "patient_id", text("answered_at DESC")),
        SCHEMA,
    )
    id: Mapped[id_pk]
    request_id: Mapped[int] = mapped_column(ForeignKey("insurance.request.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("insurance.message.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    coverage_id: Mapped[int] = mapped_column(ForeignKey("billing.coverage.id"))
    covered: Mapped[bool] = mapped_column(Boolean)
    plan_code: Mapped[str | None] = mapped_column(Text)
    benefit_start: Mapped[date | None] = mapped_column(Date)
    benefit_end: Mapped[date | None] = mapped_column(Date)
    benefits: Mapped[list] = mapped_column(JSONB, server_default=text("'[]'::jsonb"))
    excluded_items: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    disposition: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[created_now]


class Preauthorization(Base):
    """A pre-authorisation asked of a payer, with its answer."""
    __tablename__ = "preauthorization"
    __table_args__ = (
        Index("ix_preauthorization_patient_id", "patient_id", text("requested_at DESC")),
        Index("ix_preauthorization_admission_id", "admission_id", postgresql_where=text("admission_id IS NOT NULL")),
        Index("ix_preauthorization_open", "requested_at", postgresql_where=text("status IN ('requested', 'pended')")),
        SCHEMA,
    )
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    coverage_id: Mapped[int] = mapped_column(ForeignKey("billing.coverage.id"))
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    admission_id: Mapped[int | None] = mapped_column(ForeignKey("adt.admission.id"))
    reason: Mapped[str_text]
    status: Mapped[str] = mapped_column(Text, server_default=text("'requested'"))
    requested_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(CHAR(3))
    payer_reference: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    requested_at: Mapped[created_now]
    answered_at: Mapped[datetime | None]


class PreauthorizationItem(Base):
    """An item a pre-authorisation asks for, with what the payer approved."""
    __tablename__ = "preauthorization_item"
    __table_args__ = (UniqueConstraint("preauthorization_id", "sequence", name="uq_preauthorization_item_sequence"),
                      SCHEMA)
    id: Mapped[id_pk]
    preauthorization_id: Mapped[int] = mapped_column(
        ForeignKey("insurance.preauthorization.id", name="fk_preauthorization_item_preauthorization_id"))
    sequence: Mapped[int] = mapped_column(Integer)
    price_code: Mapped[str_text]
    description: Mapped[str_text]
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    unit_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    reason: Mapped[str | None] = mapped_column(Text)


class PayerQuery(Base):
    """A payer's question about a claim or pre-authorisation, and billing's answer."""
    __tablename__ = "payer_query"
    __table_args__ = (
        Index("ix_payer_query_open", "received_at", postgresql_where=text("status = 'open'")),
        Index("ix_payer_query_claim_id", "claim_id", postgresql_where=text("claim_id IS NOT NULL")),
        SCHEMA,
    )
    id: Mapped[id_pk]
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("insurance.message.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("billing.claim.id"))
    preauthorization_id: Mapped[int | None] = mapped_column(
        ForeignKey("insurance.preauthorization.id", name="fk_payer_query_preauthorization_id"))
    payer_reference: Mapped[str_text]
    question: Mapped[str_text]
    requested_documents: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'open'"))
    answer: Mapped[str | None] = mapped_column(Text)
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    answered_at: Mapped[datetime | None]
    received_at: Mapped[created_now]


class QueryAttachment(Base):
    """A document sent with the answer to a payer's query."""
    __tablename__ = "query_attachment"
    __table_args__ = (Index("ix_query_attachment_query_id", "query_id"), SCHEMA)
    id: Mapped[id_pk]
    query_id: Mapped[int] = mapped_column(ForeignKey("insurance.payer_query.id"))
    title: Mapped[str_text]
    content_type: Mapped[str_text]
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    added_at: Mapped[created_now]


class Remittance(Base):
    """A payer's payment advice (PaymentReconciliation)."""
    __tablename__ = "remittance"
    __table_args__ = (UniqueConstraint("payer_id", "payer_reference", name="uq_remittance_payer_id_payer_reference"),
                      SCHEMA)
    id: Mapped[id_pk]
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("insurance.message.id"))
    payer_reference: Mapped[str_text]
    payment_date: Mapped[date] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(CHAR(3))
    received_at: Mapped[created_now]


class RemittanceLine(Base):
    """One claim paid in a remittance: posted, unmatched, refused or resolved."""
    __tablename__ = "remittance_line"
    __table_args__ = (
        UniqueConstraint("remittance_id", "line_no", name="uq_remittance_line_line_no"),
        Index("ix_remittance_line_claim_id", "claim_id", postgresql_where=text("claim_id IS NOT NULL")),
        Index("ix_remittance_line_open", "remittance_id", postgresql_where=text("status IN ('unmatched', 'refused')")),
        SCHEMA,
    )
    id: Mapped[id_pk]
    remittance_id: Mapped[int] = mapped_column(
        ForeignKey("insurance.remittance.id", name="fk_remittance_line_remittance_id"))
    line_no: Mapped[int] = mapped_column(Integer)
    claim_reference: Mapped[str_text]
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("billing.claim.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    status: Mapped[str_text]
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("billing.payment.id"))
    note: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    resolved_at: Mapped[datetime | None]
