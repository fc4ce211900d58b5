"""Typed SQLAlchemy models of the database contract, shared by the client, migrations and tools.

The schema itself is made by the SQL files in server_db/sql/ (applied by Alembic); these models mirror
it, and tests/test_migrations.py fails when the two drift apart."""
from .adt import (Admission, Bed, BedDay, BedOccupancy, DischargeSummary, FluidEntry, MedicationAdministration,
                  WardRoom)
from .audit import AccessLog, AuditEvent, ChainHead, Review
from .base import Base
from .billing import (Adjustment, CashClose, Charge, Claim, ClaimItem, Coverage, CoverageRule, Invoice, InvoiceLine,
                      NumberSeries, Payer, Payment, Plan, PriceItem, TaxRate)
from .clinical import (Allergy, AllergySubstance, Diagnosis, Encounter, Icd10, Note, Problem, VitalKind,
                       VitalSign)
from .core import BreakGlassGrant, Department, Setting, Staff, StaffChange, StaffDepartment
from .insurance import (Eligibility, ItemCode, Message, PayerPolicy, PayerQuery, Preauthorization,
                        PreauthorizationItem, QueryAttachment, Remittance, RemittanceLine, Request)
from .lab import (CriticalCallback, Hl7Outbound, LabOrder, LabPanel, LabPanelTest, LabResult, LabTest, OrderStatusHistory,
                  ReferenceRange, Specimen)
from .notify import Notification
from .pharmacy import (Dispense, Drug, Frequency, Interaction, Prescription, StockLocation, StockLot,
                       StockMovement)
from .registry import DuplicatePair, DuplicateScan, MergeMovedRow, Patient, PatientMerge
from .scheduling import Appointment, ProviderTemplate, Room, ScheduleException, Service

__all__ = ["Base", "AccessLog", "AuditEvent", "ChainHead", "BreakGlassGrant", "Department", "Setting", "Staff",
           "StaffDepartment", "Patient", "PatientMerge", "MergeMovedRow", "DuplicateScan", "DuplicatePair",
           "Encounter", "Note", "Notification",
           "VitalKind", "VitalSign", "AllergySubstance", "Allergy", "Icd10", "Diagnosis", "Problem", "PriceItem",
           "Charge", "Service", "Room", "ProviderTemplate", "ScheduleException", "Appointment",
           "LabTest", "LabPanel", "LabPanelTest", "ReferenceRange", "Specimen", "LabOrder", "OrderStatusHistory",
           "LabResult", "CriticalCallback", "Hl7Outbound",
           "Drug", "Frequency", "Interaction", "StockLocation", "StockLot", "StockMovement", "Prescription",
           "Dispense",
           # inpatient (adt)
           "WardRoom", "Bed", "Admission", "BedOccupancy", "BedDay", "DischargeSummary",
           "MedicationAdministration", "FluidEntry",
           # finance
           "TaxRate", "Payer", "Plan", "CoverageRule", "Coverage", "NumberSeries", "Adjustment", "Invoice",
           "InvoiceLine", "CashClose", "Claim", "ClaimItem", "Payment",
           # insurance
           "PayerPolicy", "ItemCode", "Request", "Message", "Eligibility", "Preauthorization", "PreauthorizationItem",
           "PayerQuery", "QueryAttachment", "Remittance", "RemittanceLine",
           # administration
           "StaffChange", "Review"]
