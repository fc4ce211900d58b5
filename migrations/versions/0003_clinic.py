"""Clinic: scheduling (templates, appointments, queue), the clinical record (SOAP notes and amendments, vital
signs, allergies, ICD-10 diagnoses, problem list) and charges from clinical events.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FILES = ["080_scheduling.sql", "090_clinical_record.sql", "100_billing.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
