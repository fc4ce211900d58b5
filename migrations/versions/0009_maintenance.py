"""Reference-data maintenance from the admin workstation: ward rooms and beds (160) and the lab catalog (161).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FILES: list[str] = [
    "161_lab_catalog_admin.sql",
]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
