"""Pharmacy: formulary, frequencies, interactions, stock locations, lots and movements, prescriptions and
dispenses (server_db/sql/pharmacy/)."""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (ARRAY, Boolean, Date, DateTime, ForeignKey, ForeignKeyConstraint, Index, Integer, Numeric,
                        SmallInteger, Text, Time, UniqueConstraint, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text


class Drug(Base):
    """A formulary drug (generic name, strength, form, route, dispensing unit, ATC codes of its ingredients)."""
    __tablename__ = "drug"
    __table_args__ = (
        UniqueConstraint("code", name="uq_drug_code"),
        Index("ix_drug_generic_name", func.lower(text("generic_name"))),
        {"schema": "pharmacy"},
    )
    id: Mapped[id_pk]
    code: Mapped[str_text]
    generic_name: Mapped[str_text]
    strength: Mapped[str_text]
    form: Mapped[str_text]
    route: Mapped[str_text]
    unit: Mapped[str_text]
    pack_size: Mapped[int] = mapped_column(Integer)
    atc_code: Mapped[str | None] = mapped_column(Text)
    ingredient_atc: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    price_code: Mapped[str_text]
    reorder_level: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    warnings: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[created_now]


class Frequency(Base):
    """A dosing frequency (OD, BD, TDS, ...) with the ward's administration times and the label's plain words."""
    __tablename__ = "frequency"
    __table_args__ = {"schema": "pharmacy"}
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    label: Mapped[str_text]
    doses_per_day: Mapped[Decimal | None] = mapped_column(Numeric)
    administration_times: Mapped[list[time]] = mapped_column(ARRAY(Time), server_default=text("'{}'"))
    directions: Mapped[str_text]
    sort_order: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))


class Interaction(Base):
    """An interacting pair of ATC codes or classes with severity, effect, advice and source."""
    __tablename__ = "interaction"
    __table_args__ = (UniqueConstraint("atc_a", "atc_b", name="uq_interaction_atc_a_atc_b"), {"schema": "pharmacy"})
    id: Mapped[id_pk]
    atc_a: Mapped[str_text]
    atc_b: Mapped[str_text]
    severity: Mapped[str_text]
    effect: Mapped[str_text]
    advice: Mapped[str_text]
    source: Mapped[str_text]


class StockLocation(Base):
    """Where stock is kept (main store, dispensary, ward stocks)."""
    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("code", name="uq_location_code"), {"schema": "pharmacy"})
    id: Mapped[id_pk]
    code: Mapped[str_text]
    name: Mapped[str_text]
    kind: Mapped[str_text]
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core.department.id"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class StockLot(Base):
    """A lot of one drug at one location; quantity = the sum of its movements, never negative."""
    __tablename__ = "stock_lot"
    __table_args__ = (
        UniqueConstraint("drug_id", "location_id", "lot_number", name="uq_stock_lot_drug_id_location_id_lot_number"),
        Index("ix_stock_lot_location_id", "location_id", "drug_id", "expiry_date"),
        Index("ix_stock_lot_lot_number", "lot_number"),
        {"schema": "pharmacy"},
    )
    id: Mapped[id_pk]
    drug_id: Mapped[int] = mapped_column(ForeignKey("pharmacy.drug.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("pharmacy.location.id"))
    lot_number: Mapped[str_text]
    expiry_date: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    created_at: Mapped[created_now]


class StockMovement(Base):
    """One signed change of a lot's stock; append-only."""
    __tablename__ = "stock_movement"
    __table_args__ = (
        Index("ix_stock_movement_lot_id", "lot_id", "id"),
        Index("ix_stock_movement_dispense_id", "dispense_id", postgresql_where=text("dispense_id IS NOT NULL")),
        {"schema": "pharmacy"},
    )
    id: Mapped[id_pk]
    lot_id: Mapped[int] = mapped_column(ForeignKey("pharmacy.stock_lot.id"))
    kind: Mapped[str_text]
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    dispense_id: Mapped[int | None] = mapped_column(ForeignKey("pharmacy.dispense.id"))
    counterpart_id: Mapped[int | None] = mapped_column(ForeignKey("pharmacy.stock_movement.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    created_at: Mapped[created_now]


class Prescription(Base):
    """A drug prescribed in an encounter, screened by the database on insert."""
    __tablename__ = "prescription"
    __table_args__ = (
        UniqueConstraint("prescription_number", name="uq_prescription_prescription_number"),
        UniqueConstraint("id", "patient_id", name="uq_prescription_id_patient_id"),
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_prescription_encounter_patient", onupdate="CASCADE"),
        Index("ix_prescription_patient_id", "patient_id", "status"),
        Index("ix_prescription_encounter_id", "encounter_id"),
        Index("ix_prescription_queue", "created_at",
              postgresql_where=text("status = 'active' AND dispense_status <> 'dispensed'")),
        {"schema": "pharmacy"},
    )
    id: Mapped[id_pk]
    prescription_number: Mapped[str_text]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    encounter_id: Mapped[int]
    prescriber_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"),
                                               server_default=text("core.current_staff_id()"))
    drug_id: Mapped[int] = mapped_column(ForeignKey("pharmacy.drug.id"))
    dose_amount: Mapped[Decimal] = mapped_column(Numeric)
    dose_unit: Mapped[str_text]
    route: Mapped[str_text]
    frequency: Mapped[str] = mapped_column(ForeignKey("pharmacy.frequency.code"))
    duration_days: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)
    instructions: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(Text, server_default=text("'routine'"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'active'"))
    alerts: Mapped[Any] = mapped_column(JSONB, server_default=text("'[]'"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    dispense_status: Mapped[str] = mapped_column(Text, server_default=text("'pending'"))
    quantity_dispensed: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    status_reason: Mapped[str | None] = mapped_column(Text)
    status_changed_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[created_now]


class Dispense(Base):
    """Units of a prescription handed out from one lot after the scans; charged once, returned with a trail."""
    __tablename__ = "dispense"
    __table_args__ = (
        ForeignKeyConstraint(["prescription_id", "patient_id"],
                             ["pharmacy.prescription.id", "pharmacy.prescription.patient_id"],
                             name="fk_dispense_prescription_patient", onupdate="CASCADE"),
        Index("ix_dispense_prescription_id", "prescription_id"),
        Index("ix_dispense_patient_id", "patient_id"),
        Index("ix_dispense_lot_id", "lot_id"),
        {"schema": "pharmacy"},
    )
    id: Mapped[id_pk]
    prescription_id: Mapped[int]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("pharmacy.stock_lot.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    patient_scan: Mapped[str_text]
    pack_scan: Mapped[str_text]
    dispensed_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    dispensed_at: Mapped[created_now]
    status: Mapped[str] = mapped_column(Text, server_default=text("'dispensed'"))
    return_reason: Mapped[str | None] = mapped_column(Text)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    returned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


__all__ = ["Drug", "Frequency", "Interaction", "StockLocation", "StockLot", "StockMovement", "Prescription",
           "Dispense"]
