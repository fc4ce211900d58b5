"""The duplicate check tells relatives from duplicates and survives more errors (issue 16): a postal-code block,
either name with a year one digit away, approximate birth dates in the candidate, a national ID one character
off, and twins or a parent and child of the same name never strong.

The index by an explicit statement here and in server_db/sql/registry/tables.sql, the function by reapply_code()
(docs/database.md). Downgrade keeps the index: the older function does not use it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""
from server_db.sqlfiles import apply_sql, as_owner, reapply_code

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with as_owner():
        apply_sql(text="""
            CREATE INDEX IF NOT EXISTS ix_patient_dedup_postal ON registry.patient
                (upper(replace(postal_code, ' ', '')), registry.dedup_name_key(family_name),
                 registry.dedup_name_key(given_name));""")
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring
