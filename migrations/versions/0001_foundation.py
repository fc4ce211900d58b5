"""Foundation: roles, extensions, audit, core, registry, clinical, notify.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
from server_db.sqlfiles import apply_sql, as_owner

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

DOMAIN_FILES = ["010_audit.sql", "020_core.sql", "030_registry.sql", "040_clinical.sql", "050_notify.sql"]
SCHEMAS = ["notify", "clinical", "registry", "core", "audit"]


def upgrade() -> None:
    apply_sql("000_roles.sql")  # cluster roles and extensions need the superuser
    with as_owner():
        for name in DOMAIN_FILES:
            apply_sql(name)


def downgrade() -> None:
    # Roles are cluster-wide (staff logins are members of them) and stay; the objects go.
    for schema in SCHEMAS:
        apply_sql(text=f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    apply_sql(text="DROP SCHEMA IF EXISTS ext CASCADE")
