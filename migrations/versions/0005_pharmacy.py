"""Pharmacy: formulary (WHO EML subset, ATC), interaction table, lot-tracked stock and movements, prescriptions
with allergy/interaction screening in the database, dispensing with scans, returns, dispense charges.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FILES: list[str] = ["120_pharmacy.sql", "125_pharmacy_alerts.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
