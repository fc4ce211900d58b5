"""Billing and finance: invoices, payments, insurance, claims.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FILES: list[str] = []


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
