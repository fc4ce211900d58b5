"""Typed SQLAlchemy models of the database contract, shared by the client, migrations and tools.

The schema itself is made by the SQL files in server_db/sql/ (applied by Alembic); these models mirror
it, and tests/test_migrations.py fails when the two drift apart."""
from .audit import AccessLog, AuditEvent, ChainHead
from .base import Base
from .clinical import Encounter, Note
from .core import BreakGlassGrant, Department, Setting, Staff, StaffDepartment
from .notify import Notification
from .registry import MergeMovedRow, Patient, PatientMerge

__all__ = ["Base", "AccessLog", "AuditEvent", "ChainHead", "BreakGlassGrant", "Department", "Setting", "Staff",
           "StaffDepartment", "Patient", "PatientMerge", "MergeMovedRow", "Encounter", "Note", "Notification"]
