"""Reference-data maintenance from the admin workstation: ward rooms and beds (160) and the lab catalog (161);
the auditor's search by user served by an index (162); cancellations of lab orders sent to the LIS as ORM^O01 CA
(163); the fluid balance chart of a stay (164).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FILES: list[str] = ["160_adt_admin.sql", "161_lab_catalog_admin.sql", "162_audit_search_indexes.sql",
                    "163_lab_gateway_cancel.sql", "164_adt_fluid_balance.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
