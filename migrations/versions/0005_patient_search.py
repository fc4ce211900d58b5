"""Reception's search served by the indexes (issue 15): registry.search_patients applies the patient policy and the
column grants itself, because through row-level security PostgreSQL will not use an index for LIKE; two indexes
for it (the phone number's end, the list order).

Indexes by explicit statements here and in server_db/sql/registry/tables.sql, the function by reapply_code()
(docs/database.md). Downgrade keeps both: the older client does not call the function.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""
from server_db.sqlfiles import apply_sql, as_owner, reapply_code

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with as_owner():
        apply_sql(text="""
            CREATE INDEX IF NOT EXISTS ix_patient_phone_suffix
                ON registry.patient (reverse(registry.dedup_phone_key(phone)) text_pattern_ops);
            CREATE INDEX IF NOT EXISTS ix_patient_list_order
                ON registry.patient (family_name, given_name, id) WHERE merged_into_id IS NULL;""")
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring
