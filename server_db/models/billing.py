"""Billing: the price list and charges (server_db/sql/100_billing.sql)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CHAR, Date, ForeignKey, ForeignKeyConstraint, Index, Numeric, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ExcludeConstraint
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


__all__ = ["PriceItem", "Charge"]
