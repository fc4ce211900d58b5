"""Laboratory: catalog with LOINC, orders and their lifecycle, specimens, results, alerts; HL7 gateway outbox.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FILES = ["110_lab.sql", "115_lab_gateway.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
