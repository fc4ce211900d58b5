"""Reception: duplicate-candidate scoring, merge/unmerge, demographic history.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from server_db.sqlfiles import apply_sql, as_owner

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FILES = ["060_registry_dedup.sql", "070_registry_merge.sql"]


def upgrade() -> None:
    with as_owner():
        for name in FILES:
            apply_sql(name)


def downgrade() -> None:
    with as_owner():
        for name in reversed(FILES):
            apply_sql(name.replace(".sql", ".down.sql"))
