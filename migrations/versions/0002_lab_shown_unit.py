"""Lab alerts name units as a reader does: lab.shown_unit(ucum) ("{INR}" -> "INR"), used by lab.alert's title
and by the client's result lists (a critical INR read "INR 5.5 {INR} (critical high)").

A code-only migration, the way later migrations keep functions in step with their files (docs/database.md):
the function is added and lab.alert changed in server_db/sql/lab/, and reapply_code() re-runs every
functions.sql and grants.sql. Downgrade keeps the newer functions: lab.alert calls lab.shown_unit, both are
compatible with revision 0001's tables and data, and the previous body lives in git history, not in a copy here.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""
from server_db.sqlfiles import reapply_code

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring: nothing in tables or data to undo
