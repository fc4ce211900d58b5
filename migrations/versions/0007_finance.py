"""Billing and finance: tax rates, adjustments, invoices with gapless numbers and credit notes, payments and
receipts, the daily cash close, payers/plans/coverage, FHIR claims (140_finance.sql); the charge reconciliation
and financial reports (141_finance_reports.sql).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FILES: list[str] = ["140_finance.sql", "141_finance_reports.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
