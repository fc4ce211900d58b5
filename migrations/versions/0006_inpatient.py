"""Inpatient care: wards, beds, admissions, transfers, nursing, discharge.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FILES: list[str] = ["130_adt.sql", "138_adt_mar.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
