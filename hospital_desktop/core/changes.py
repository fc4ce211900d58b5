"""What a change touched, as one vocabulary: `ops.run_change(..., noun=Change.PATIENT)` after a write, and every
open view that shows patients listens for it (`ops.changed`). A StrEnum, so a noun typed wrong is an
AttributeError at import, not a refresh that silently never happens."""
from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    # registry and scheduling
    PATIENT = "patient"
    APPOINTMENT = "appointment"
    # clinical record
    ENCOUNTER = "encounter"
    NOTE = "note"
    VITAL_SIGN = "vital_sign"
    # laboratory
    LAB_ORDER = "lab_order"
    LAB_CALLBACK = "lab_callback"
    LAB_TEST = "lab_test"
    LAB_PANEL = "lab_panel"
    LAB_RANGE = "lab_range"
    # pharmacy
    PRESCRIPTION = "prescription"
    DISPENSE = "dispense"
    STOCK = "stock"
    FORMULARY = "formulary"
    # inpatients
    ADMISSION = "admission"
    BED = "bed"
    WARD_ROOM = "ward_room"
    DOSE = "dose"
    FLUID = "fluid"
    BED_DAY = "bed_day"
    DISCHARGE_SUMMARY = "discharge_summary"
    # billing
    CHARGE = "charge"
    INVOICE = "invoice"
    PAYMENT = "payment"
    CLAIM = "claim"
    COVERAGE = "coverage"
    CASH_CLOSE = "cash_close"
    PRICE = "price"
    # insurance (requests to payers and their answers)
    ELIGIBILITY = "eligibility"
    PREAUTHORIZATION = "preauthorization"
    PAYER_QUERY = "payer_query"
    REMITTANCE = "remittance"
    PAYER_SETTINGS = "payer_settings"
    # administration and audit
    STAFF = "staff"
    DEPARTMENT = "department"
    SERVICE = "service"
    ROOM = "room"
    SETTING = "setting"
    REVIEW = "review"
    NOTIFICATION = "notification"
