"""Vital signs are flagged low or high against the hospital's alert band of their kind (clinical.vital_kind
alert_low / alert_high), by the insert trigger: a 38.5 °C reads "flagged HIGH" in the audit trail as a potassium
of 6.9 does, and the ward's chart shades the bands from the database instead of constants in the client.

Tables change by explicit statements here and in server_db/sql/clinical/tables.sql and seed/clinical.sql; the
trigger function by reapply_code() (docs/database.md). Downgrade keeps the columns: the newer trigger reads them,
and a downgrade to base drops the schemas anyway.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""
from server_db.sqlfiles import apply_sql, as_owner, reapply_code

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

def upgrade() -> None:
    with as_owner():
        # IF NOT EXISTS: a new database's baseline is built from today's files, which have these already.
        apply_sql(text="""
            ALTER TABLE clinical.vital_kind ADD COLUMN IF NOT EXISTS alert_low numeric,
                                            ADD COLUMN IF NOT EXISTS alert_high numeric;
            ALTER TABLE clinical.vital_sign ADD COLUMN IF NOT EXISTS flag text;
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_constraint WHERE conname = 'ck_vital_kind_alert_band') THEN
                    ALTER TABLE clinical.vital_kind ADD CONSTRAINT ck_vital_kind_alert_band
                        CHECK (alert_low IS NULL OR alert_high IS NULL OR alert_low < alert_high);
                END IF;
                IF NOT EXISTS (SELECT FROM pg_constraint WHERE conname = 'ck_vital_sign_flag') THEN
                    ALTER TABLE clinical.vital_sign ADD CONSTRAINT ck_vital_sign_flag CHECK (flag IN ('low', 'high'));
                END IF;
            END $$;""")
        apply_sql(text="""
            UPDATE clinical.vital_kind k SET alert_low = b.low, alert_high = b.high
              FROM (VALUES ('systolic_bp', 90, 180), ('diastolic_bp', 50, 110), ('heart_rate', 50, 110),
                           ('resp_rate', 10, 24), ('temperature', 36.0, 38.0), ('spo2', 92, NULL))
                   AS b (code, low, high)
             WHERE k.code = b.code;
            UPDATE clinical.vital_sign v SET flag = CASE WHEN v.value < k.alert_low THEN 'low'
                                                         WHEN v.value > k.alert_high THEN 'high' END
              FROM clinical.vital_kind k
             WHERE k.code = v.kind AND (v.value < k.alert_low OR v.value > k.alert_high)""")
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring
