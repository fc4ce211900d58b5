"""An explicit allergy status per patient — unknown (nobody asked), no known allergies (who said so, when), has
allergies — and the prescribing screen's warning when it is unknown (170).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

FILES: list[str] = ["170_allergy_status.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
