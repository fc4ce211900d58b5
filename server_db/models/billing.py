"""Billing: the price list and charges (server_db/sql/billing/)."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (CHAR, Boolean, Date, ForeignKey, ForeignKeyConstraint, Index, Integer, Numeric, Text,
                        UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID, ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text


class PriceItem(Base):
    """One version of the price of a code (validity inclusive; versions of a code never overlap)."""
    __tablename__ = "price_item"
    __table_args__ = (
        ExcludeConstraint(("code", "="), (text("daterange(valid_from, valid_to, '[]')"), "&&"),
                          name="ex_price_item_validity", using="gist"),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    code: Mapped[str_text]
    name: Mapped[str_text]
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(CHAR(3), server_default=text("'GBP'"))
    valid_from: Mapped[date] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    valid_to: Mapped[date | None] = mapped_column(Date)
    group_code: Mapped[str_text]


class Charge(Base):
    """One charge per billable clinical event (source_kind, source_id), made by the database."""
    __tablename__ = "charge"
    __table_args__ = (
        UniqueConstraint("source_kind", "source_id", name="uq_charge_source"),
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_charge_encounter_patient", onupdate="CASCADE"),
        Index("ix_charge_patient_id", "patient_id", "service_date"),
        Index("ix_charge_encounter_id", "encounter_id"),
        Index("ix_charge_open", "service_date", postgresql_where=text("status = 'open'")),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    encounter_id: Mapped[int | None]
    source_kind: Mapped[str_text]
    source_id: Mapped[int]
    price_item_id: Mapped[int] = mapped_column(ForeignKey("billing.price_item.id"))
    quantity: Mapped[Decimal] = mapped_column(Numeric, server_default=text("1"))
    unit_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(CHAR(3))
    status: Mapped[str] = mapped_column(Text, server_default=text("'open'"))
    service_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[created_now]
    void_reason: Mapped[str | None] = mapped_column(Text)




# ---------------------------------------------------------------------------------------------------------------
# Finance (server_db/sql/billing/): taxes, payers and coverage, invoices, payments, cash close, claims
# ---------------------------------------------------------------------------------------------------------------
class TaxRate(Base):
    """Tax (VAT) percent per price group with validity; a group without a rate is exempt."""
    __tablename__ = "tax_rate"
    __table_args__ = (
        ExcludeConstraint(("group_code", "="), (text("daterange(valid_from, valid_to, '[]')"), "&&"),
                          name="ex_tax_rate_validity", using="gist"),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    group_code: Mapped[str_text]
    rate: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    label: Mapped[str_text]
    valid_from: Mapped[date] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    valid_to: Mapped[date | None] = mapped_column(Date)


class Payer(Base):
    """An insurer (the national health insurance or a private one); its address lives with the gateway."""
    __tablename__ = "payer"
    __table_args__ = (UniqueConstraint("code", name="uq_payer_code"), {"schema": "billing"})
    id: Mapped[id_pk]
    code: Mapped[str_text]
    name: Mapped[str_text]
    kind: Mapped[str] = mapped_column(Text, server_default=text("'national'"))
    identifier: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Plan(Base):
    """One of a payer's insurance plans."""
    __tablename__ = "plan"
    __table_args__ = (UniqueConstraint("payer_id", "code", name="uq_plan_payer_id_code"), {"schema": "billing"})
    id: Mapped[id_pk]
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    code: Mapped[str_text]
    name: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class CoverageRule(Base):
    """What a plan pays for a price group: a percent after a fixed co-pay per line."""
    __tablename__ = "coverage_rule"
    __table_args__ = (UniqueConstraint("plan_id", "group_code", name="uq_coverage_rule_plan_id_group_code"),
                      {"schema": "billing"})
    id: Mapped[id_pk]
    plan_id: Mapped[int] = mapped_column(ForeignKey("billing.plan.id"))
    group_code: Mapped[str_text]
    coverage_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    copay_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))


class Coverage(Base):
    """A patient's insurance: plan, member number, validity; one active coverage at a time."""
    __tablename__ = "coverage"
    __table_args__ = (
        ExcludeConstraint(("patient_id", "="), (text("daterange(valid_from, valid_to, '[]')"), "&&"),
                          name="ex_coverage_active", using="gist", where=text("status = 'active'")),
        Index("ix_coverage_plan_id", "plan_id"),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("billing.plan.id"))
    member_number: Mapped[str_text]
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Text, server_default=text("'active'"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[created_now]
    created_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), server_default=text("core.current_staff_id()"))


class NumberSeries(Base):
    """The last gapless number issued per series (INV, CN, RCT) and year."""
    __tablename__ = "number_series"
    __table_args__ = {"schema": "billing"}
    series: Mapped[str] = mapped_column(Text, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, server_default=text("0"))


class Adjustment(Base):
    """A discount or correction of an open charge, with a reason."""
    __tablename__ = "adjustment"
    __table_args__ = (Index("ix_adjustment_charge_id", "charge_id"), {"schema": "billing"})
    id: Mapped[id_pk]
    charge_id: Mapped[int] = mapped_column(ForeignKey("billing.charge.id"))
    kind: Mapped[str_text]
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    reason: Mapped[str_text]
    created_at: Mapped[created_now]
    created_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))


class Invoice(Base):
    """An invoice (INV) or credit note (CN) with gapless numbers per series and year."""
    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("number", name="uq_invoice_number"),
        UniqueConstraint("series", "year", "seq", name="uq_invoice_series_year_seq"),
        UniqueConstraint("credit_of_id", name="uq_invoice_credit_of_id"),
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_invoice_encounter_patient", onupdate="CASCADE"),
        Index("ix_invoice_patient_id", "patient_id", "issued_at"),
        Index("ix_invoice_encounter_id", "encounter_id"),
        Index("ix_invoice_issued_at", "issued_at"),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    kind: Mapped[str] = mapped_column(Text, server_default=text("'invoice'"))
    series: Mapped[str_text]
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str_text]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    encounter_id: Mapped[int | None]
    coverage_id: Mapped[int | None] = mapped_column(ForeignKey("billing.coverage.id"))
    credit_of_id: Mapped[int | None] = mapped_column(ForeignKey("billing.invoice.id"))
    currency: Mapped[str] = mapped_column(CHAR(3))
    net_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    tax_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    total_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    payer_share: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    patient_share: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    status: Mapped[str] = mapped_column(Text, server_default=text("'issued'"))
    issued_at: Mapped[created_now]
    issued_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    due_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    void_reason: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[datetime | None]
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))


class InvoiceLine(Base):
    """A line of an invoice or credit note: a charge or one of its adjustments."""
    __tablename__ = "invoice_line"
    __table_args__ = (
        UniqueConstraint("invoice_id", "line_no", name="uq_invoice_line_invoice_id_line_no"),
        Index("uq_invoice_line_live_charge", "charge_id", unique=True, postgresql_where=text("live AND kind = 'charge'")),
        Index("uq_invoice_line_live_adjustment", "adjustment_id", unique=True, postgresql_where=text("live")),
        Index("ix_invoice_line_charge_id", "charge_id"),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    invoice_id: Mapped[int] = mapped_column(ForeignKey("billing.invoice.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str_text]
    charge_id: Mapped[int] = mapped_column(ForeignKey("billing.charge.id"))
    adjustment_id: Mapped[int | None] = mapped_column(ForeignKey("billing.adjustment.id"))
    code: Mapped[str_text]
    description: Mapped[str_text]
    service_date: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Numeric)
    unit_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    net_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    tax_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    total_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    payer_share: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    patient_share: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    live: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class CashClose(Base):
    """A cashier's daily close: payments by method, cash counted, difference."""
    __tablename__ = "cash_close"
    __table_args__ = (UniqueConstraint("cashier_id", "business_day", name="uq_cash_close_cashier_id_business_day"),
                      {"schema": "billing"})
    id: Mapped[id_pk]
    cashier_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    business_day: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[created_now]
    payment_count: Mapped[int] = mapped_column(Integer)
    expected_cash: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    counted_cash: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    difference: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    card_total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    transfer_total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    note: Mapped[str | None] = mapped_column(Text)


class Claim(Base):
    """A claim of an invoice's payer share (FHIR R4 Claim), sent with one idempotency key."""
    __tablename__ = "claim"
    __table_args__ = (
        UniqueConstraint("idempotency_key", name="uq_claim_idempotency_key"),
        Index("uq_claim_live_invoice", "invoice_id", unique=True, postgresql_where=text("status <> 'cancelled'")),
        Index("ix_claim_status", "status"),
        Index("ix_claim_created_at", "created_at", "id"),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    invoice_id: Mapped[int] = mapped_column(ForeignKey("billing.invoice.id"))
    coverage_id: Mapped[int] = mapped_column(ForeignKey("billing.coverage.id"))
    payer_id: Mapped[int] = mapped_column(ForeignKey("billing.payer.id"))
    idempotency_key: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), server_default=text("gen_random_uuid()"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'draft'"))
    claimed_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(CHAR(3))
    fhir_claim: Mapped[dict | None] = mapped_column(JSONB)
    fhir_response: Mapped[dict | None] = mapped_column(JSONB)
    attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    last_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    payer_reference: Mapped[str | None] = mapped_column(Text)
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[created_now]
    created_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    submitted_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]


class ClaimItem(Base):
    """A line of a claim with the payer's adjudication."""
    __tablename__ = "claim_item"
    __table_args__ = (UniqueConstraint("claim_id", "sequence", name="uq_claim_item_claim_id_sequence"),
                      {"schema": "billing"})
    id: Mapped[id_pk]
    claim_id: Mapped[int] = mapped_column(ForeignKey("billing.claim.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    invoice_line_id: Mapped[int] = mapped_column(ForeignKey("billing.invoice_line.id"))
    claimed_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    reason: Mapped[str | None] = mapped_column(Text)


class Payment(Base):
    """A payment (or refund, negative) against an invoice, with a gapless receipt number."""
    __tablename__ = "payment"
    __table_args__ = (
        UniqueConstraint("receipt_number", name="uq_payment_receipt_number"),
        UniqueConstraint("year", "seq", name="uq_payment_year_seq"),
        Index("ix_payment_invoice_id", "invoice_id"),
        Index("ix_payment_received_by", "received_by", "received_at", postgresql_where=text("cash_close_id IS NULL")),
        Index("ix_payment_claim_id", "claim_id"),
        {"schema": "billing"},
    )
    id: Mapped[id_pk]
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    receipt_number: Mapped[str_text]
    invoice_id: Mapped[int] = mapped_column(ForeignKey("billing.invoice.id"))
    method: Mapped[str_text]
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(CHAR(3))
    reference: Mapped[str | None] = mapped_column(Text)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("billing.claim.id"))
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("billing.payment.id"))
    refund_reason: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[created_now]
    received_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    cash_close_id: Mapped[int | None] = mapped_column(ForeignKey("billing.cash_close.id"))


__all__ = ["PriceItem", "Charge", "TaxRate", "Payer", "Plan", "CoverageRule", "Coverage", "NumberSeries", "Adjustment",
           "Invoice", "InvoiceLine", "CashClose", "Claim", "ClaimItem", "Payment"]
