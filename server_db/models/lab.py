"""Laboratory: LOINC catalog, orders and their lifecycle, specimens, results, callbacks (server_db/sql/lab/)."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import (Boolean, ForeignKey, ForeignKeyConstraint, Index, Integer, Numeric, SmallInteger, Text,
                        UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text, timestamptz


class LabTest(Base):
    """An orderable test, coded with LOINC; results are reported in its unit."""
    __tablename__ = "test"
    __table_args__ = {"schema": "lab"}
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str_text]
    short_name: Mapped[str_text]
    specimen_type: Mapped[str_text]
    container: Mapped[str_text]
    unit: Mapped[str] = mapped_column(Text, server_default=text("''"))
    value_type: Mapped[str] = mapped_column(Text, server_default=text("'numeric'"))
    decimals: Mapped[int] = mapped_column(SmallInteger, server_default=text("1"))
    price_code: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class LabPanel(Base):
    __tablename__ = "panel"
    __table_args__ = {"schema": "lab"}
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class LabPanelTest(Base):
    __tablename__ = "panel_test"
    __table_args__ = {"schema": "lab"}
    panel_code: Mapped[str] = mapped_column(ForeignKey("lab.panel.code"), primary_key=True)
    test_code: Mapped[str] = mapped_column(ForeignKey("lab.test.code"), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))  # 161: removed members stay


class ReferenceRange(Base):
    """Reference interval and critical limits of a test by sex and age band [from, to) in years."""
    __tablename__ = "reference_range"
    __table_args__ = (
        ExcludeConstraint(("test_code", "="), (text("COALESCE(sex, '*'::text)"), "="),
                          (text("numrange(age_from_years, age_to_years, '[)')"), "&&"),
                          name="ex_reference_range_band", using="gist"),
        Index("ix_reference_range_test_code", "test_code"),
        {"schema": "lab"},
    )
    id: Mapped[id_pk]
    test_code: Mapped[str] = mapped_column(ForeignKey("lab.test.code"))
    sex: Mapped[str | None] = mapped_column(Text)
    age_from_years: Mapped[Decimal] = mapped_column(Numeric, server_default=text("0"))
    age_to_years: Mapped[Decimal | None] = mapped_column(Numeric)
    low: Mapped[Decimal | None] = mapped_column(Numeric)
    high: Mapped[Decimal | None] = mapped_column(Numeric)
    critical_low: Mapped[Decimal | None] = mapped_column(Numeric)
    critical_high: Mapped[Decimal | None] = mapped_column(Numeric)


class Specimen(Base):
    """A tube collected after positive patient identification (wristband scan)."""
    __tablename__ = "specimen"
    __table_args__ = (Index("ix_specimen_patient_id", "patient_id"), {"schema": "lab"})
    id: Mapped[id_pk]
    accession_number: Mapped[str] = mapped_column(Text, unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    specimen_type: Mapped[str_text]
    container: Mapped[str_text]
    collected_at: Mapped[created_now]
    collected_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    scanned_mrn: Mapped[str_text]
    received_at: Mapped[timestamptz | None]
    received_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))


class LabOrder(Base):
    """One test for one patient: ordered -> collected -> received -> resulted -> verified -> released / cancelled."""
    __tablename__ = "lab_order"
    __table_args__ = (
        ForeignKeyConstraint(["encounter_id", "patient_id"], ["clinical.encounter.id", "clinical.encounter.patient_id"],
                             name="fk_lab_order_encounter_patient", onupdate="CASCADE"),
        Index("ix_lab_order_patient_id", "patient_id", "ordered_at"),
        Index("ix_lab_order_encounter_id", "encounter_id"),
        Index("ix_lab_order_specimen_id", "specimen_id"),
        Index("ix_lab_order_worklist", "status", "priority", "ordered_at",
              postgresql_where=text("status <> ALL (ARRAY['released'::text, 'cancelled'::text])")),
        Index("ix_lab_order_released", "status_changed_at", postgresql_where=text("status = 'released'::text")),
        Index("ix_lab_order_callback", "status_changed_at",
              postgresql_where=text("critical AND alert_acknowledged_at IS NULL")),
        {"schema": "lab"},
    )
    id: Mapped[id_pk]
    order_number: Mapped[str] = mapped_column(Text, unique=True)
    requisition_number: Mapped[str_text]
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    encounter_id: Mapped[int]
    department_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"))
    ordering_clinician_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    test_code: Mapped[str] = mapped_column(ForeignKey("lab.test.code"))
    panel_code: Mapped[str | None] = mapped_column(ForeignKey("lab.panel.code"))
    priority: Mapped[str] = mapped_column(Text, server_default=text("'routine'"))
    clinical_info: Mapped[str] = mapped_column(Text, server_default=text("''"))
    status: Mapped[str] = mapped_column(Text, server_default=text("'ordered'"))
    specimen_id: Mapped[int | None] = mapped_column(ForeignKey("lab.specimen.id"))
    ordered_at: Mapped[created_now]
    status_changed_at: Mapped[created_now]
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    critical: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    alert_acknowledged_at: Mapped[timestamptz | None]
    escalated_at: Mapped[timestamptz | None]


class OrderStatusHistory(Base):
    __tablename__ = "order_status_history"
    __table_args__ = (Index("ix_order_status_history_lab_order_id", "lab_order_id", "id"), {"schema": "lab"})
    id: Mapped[id_pk]
    lab_order_id: Mapped[int] = mapped_column(ForeignKey("lab.lab_order.id"))
    from_status: Mapped[str | None] = mapped_column(Text)
    to_status: Mapped[str_text]
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    changed_at: Mapped[created_now]
    note: Mapped[str | None] = mapped_column(Text)


class LabResult(Base):
    """A version of a lab order's result; the database computes value_numeric, reference_range and flag."""
    __tablename__ = "result"
    __table_args__ = (
        UniqueConstraint("lab_order_id", "version", name="uq_result_version"),
        Index("uq_result_current", "lab_order_id", unique=True, postgresql_where=text("status <> 'superseded'::text")),
        {"schema": "lab"},
    )
    id: Mapped[id_pk]
    lab_order_id: Mapped[int] = mapped_column(ForeignKey("lab.lab_order.id"))
    loinc_code: Mapped[str] = mapped_column(ForeignKey("lab.test.code"))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    value: Mapped[str_text]
    value_numeric: Mapped[Decimal | None] = mapped_column(Numeric)
    unit: Mapped[str] = mapped_column(Text, server_default=text("''"))
    reference_range: Mapped[str] = mapped_column(Text, server_default=text("''"))
    flag: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default=text("'entered'"))
    comment: Mapped[str] = mapped_column(Text, server_default=text("''"))
    source: Mapped[str] = mapped_column(Text, server_default=text("'manual'"))
    entered_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    entered_at: Mapped[created_now]
    verified_by: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    verified_at: Mapped[timestamptz | None]
    released_at: Mapped[timestamptz | None]
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("lab.result.id"))
    correction_reason: Mapped[str | None] = mapped_column(Text)


class CriticalCallback(Base):
    """A critical result phoned to a clinician by the lab, with read-back."""
    __tablename__ = "critical_callback"
    __table_args__ = (Index("ix_critical_callback_lab_order_id", "lab_order_id"), {"schema": "lab"})
    id: Mapped[id_pk]
    lab_order_id: Mapped[int] = mapped_column(ForeignKey("lab.lab_order.id"))
    called_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    called_at: Mapped[created_now]
    spoke_to: Mapped[str_text]
    read_back: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, server_default=text("''"))


class Hl7Outbound(Base):
    """An ORM^O01 (NW new order / CA cancel) offered to the external LIS by the HL7 gateway
    (server_db/sql/lab/)."""
    __tablename__ = "hl7_outbound"
    __table_args__ = (
        Index("ix_hl7_outbound_due", "next_attempt_at", postgresql_where=text("status = 'pending'::text")),
        {"schema": "lab"},
    )
    lab_order_id: Mapped[int] = mapped_column(ForeignKey("lab.lab_order.id"), primary_key=True)
    order_control: Mapped[str] = mapped_column(Text, primary_key=True, server_default=text("'NW'"))
    message_control_id: Mapped[str] = mapped_column(Text, unique=True)
    status: Mapped[str] = mapped_column(Text, server_default=text("'pending'"))
    attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    queued_at: Mapped[created_now]
    last_attempt_at: Mapped[timestamptz | None]
    next_attempt_at: Mapped[created_now]
    acknowledged_at: Mapped[timestamptz | None]
    ack_code: Mapped[str | None] = mapped_column(Text)
    last_error: Mapped[str | None] = mapped_column(Text)


__all__ = ["LabTest", "LabPanel", "LabPanelTest", "ReferenceRange", "Specimen", "LabOrder", "OrderStatusHistory",
           "LabResult", "CriticalCallback", "Hl7Outbound"]
