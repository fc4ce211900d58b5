"""Baseline: the whole schema from server_db/sql/ (roles.sql, then every schema's tables, functions, policies
and grants, then the reference data), in the order server_db/sqlfiles.py lists.

It replaces the feature-by-feature migrations 0001-0010 (no installation existed outside development).

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""
from server_db.sqlfiles import apply_baseline, drop_baseline

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_baseline()


def downgrade() -> None:
    drop_baseline()
