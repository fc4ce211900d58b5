"""Administration and audit review.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

FILES: list[str] = []


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
