"""Typed SQLAlchemy models of the database contract, shared by the client, migrations and tools.

The schema itself is made by the SQL files in server_db/sql/ (applied by Alembic); these models mirror
it, and tests/test_migrations.py fails when the two drift apart."""
from .audit import AccessLog, AuditEvent, ChainHead, Review
from .base import Base
from .billing import (Adjustment, CashClose, Charge, Claim, ClaimItem, Coverage, CoverageRule, Invoice, InvoiceLine,
                      NumberSeries, Payer, Payment, Plan, PriceItem, TaxRate)
from .clinical import (Allergy, AllergySubstance, Diagnosis, Encounter, Icd10, Note, Problem, VitalKind,
                       VitalSign)
from .core import BreakGlassGrant, Department, Setting, Staff, StaffChange, StaffDepartment
from .notify import Notification
from .registry import MergeMovedRow, Patient, PatientMerge
from .scheduling import Appointment, ProviderTemplate, Room, ScheduleException, Service

__all__ = ["Base", "AccessLog", "AuditEvent", "ChainHead", "BreakGlassGrant", "Department", "Setting", "Staff",
           "StaffDepartment", "Patient", "PatientMerge", "MergeMovedRow", "Encounter", "Note", "Notification",
           "VitalKind", "VitalSign", "AllergySubstance", "Allergy", "Icd10", "Diagnosis", "Problem", "PriceItem",
           "Charge", "Service", "Room", "ProviderTemplate", "ScheduleException", "Appointment",
           # finance
           "TaxRate", "Payer", "Plan", "CoverageRule", "Coverage", "NumberSeries", "Adjustment", "Invoice",
           "InvoiceLine", "CashClose", "Claim", "ClaimItem", "Payment",
           # administration
           "StaffChange", "Review"]
