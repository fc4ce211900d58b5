"""Definer functions refuse hostile input with a sentence instead of a raw data error (issue 19, "Hostile input",
found by tests/test_definer_fuzz.py): core.check_day and core.check_time (a day or moment in the years 1800 to
2999) and dashboard.look_back (0 to 3660 days) are added, and audit.seal, dashboard.refresh, length_of_stay,
lab_turnaround, stock_alerts, billing.cash_summary, outstanding_ageing, revenue_by_department, close_cash_as,
adjust_charge, lab.range_for, hl7_outbound_due, scheduling.free_slots, next_free_slots and pharmacy.adjust_stock
check their arguments.

A code-only migration, the way later migrations keep functions in step with their files (docs/database.md):
reapply_code() re-runs every functions.sql and grants.sql. Downgrade keeps the checks: they are compatible with
revision 0005's tables and data, and the previous bodies live in git history, not in a copy here.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""
from server_db.sqlfiles import reapply_code

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring: nothing in tables or data to undo
