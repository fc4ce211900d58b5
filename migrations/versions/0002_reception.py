"""Reception: duplicate-candidate scoring, merge/unmerge, demographic history.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FILES = ["060_registry_dedup.sql", "070_registry_merge.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
