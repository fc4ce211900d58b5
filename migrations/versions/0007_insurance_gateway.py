"""National health insurance through a server-side gateway (issue 17).

- The role hms_insurance_gateway (its login is the gateway's own staff login; core.hospital_groups() lists it).
- The insurance schema: the outbox of requests to payers, the payers' messages (once each), eligibility answers,
  pre-authorisations, payer queries with attachments, remittances, and the administrator's per-payer settings
  (item codes, pre-authorisation rules). Loaded from today's files when the schema does not exist yet.
- Staff no longer talk to payers: billing.payer loses api_url (the gateway's configuration holds addresses and
  credentials), the client-side sending functions billing.claim_attempt / claim_failed go, and
  billing.record_claim_response becomes billing.apply_claim_response, which no staff role may execute.
  A claim is submitted before the gateway fixes its document, so ck_claim_submitted no longer asks for it.

The functions as reviewed from the attacker's side (tests/test_insurance_attacks.py: pre-authorisations only for
patients in one's care, finite amounts in payers' answers, real days, no control characters) come from
reapply_code() at the end, with every other function and grant.

Hot queries (issue 15, the plan guard tests/test_query_plans.py), in their own block below:
- scheduling.appointment.starts_at (lower(period), stored) with indexes (department_id, starts_at) and
  (provider_id, starts_at): the calendars and "today" dashboards compare it with leakproof operators, so under
  row-level security an index serves them (the range overlap && is not leakproof: every appointment was read).
- billing.claim (created_at, id): the claims list, newest first.
- billing.invoice_account becomes PL/pgSQL (reapply_code): planned per call, its optional patient / invoice filter
  uses the indexes (the SQL function's one generic plan read every invoice, once per row of the billing worklist).
- core.my_department_ids (reapply_code) finds the caller once per call, not once per staff_department row: every
  clinical row's policy calls it through clinical.can_access_patient.

Every statement is a no-op on a baseline built from today's files (docs/database.md). Downgrade keeps everything.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08
"""
from server_db.sqlfiles import apply_sql, as_owner, bodies_unchecked, reapply_code

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_sql(text="""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hms_insurance_gateway') THEN
                CREATE ROLE hms_insurance_gateway NOLOGIN;
            END IF;
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO hms_insurance_gateway', current_database());
            IF current_setting('server_version_num')::int >= 160000 THEN
                -- EXECUTE: older servers cannot even parse the option list
                EXECUTE 'GRANT hms_insurance_gateway TO hms_staff_admin WITH ADMIN TRUE, INHERIT FALSE, SET FALSE';
            END IF;
        END $$""")
    with as_owner():
        apply_sql(text="""
            ALTER TABLE billing.payer DROP COLUMN IF EXISTS api_url;
            ALTER TABLE billing.claim DROP CONSTRAINT IF EXISTS ck_claim_submitted;
            ALTER TABLE billing.claim ADD CONSTRAINT ck_claim_submitted
                CHECK (status IN ('draft', 'cancelled') OR submitted_at IS NOT NULL);
            DROP FUNCTION IF EXISTS billing.claim_attempt(bigint, jsonb);
            DROP FUNCTION IF EXISTS billing.claim_failed(bigint, text);
            DROP FUNCTION IF EXISTS billing.record_claim_response(bigint, text, numeric, text, text, jsonb, jsonb);
            DELETE FROM core.setting WHERE key IN ('claims_timeout_seconds', 'claims_max_attempts');
            COMMENT ON TABLE billing.payer IS
                'Insurers: the national health insurance and private insurers. Their addresses and credentials are '
                'not here: only hms-insurance-gateway''s own configuration holds them (docs/insurance-gateway.md).';
            COMMENT ON TABLE billing.claim IS
                'A claim of an invoice''s payer share, sent as a FHIR R4 Claim by hms-insurance-gateway '
                '(insurance.submit_claim queues it); every attempt reuses idempotency_key, so a retry after a '
                'timeout never registers a second claim at the payer. fhir_claim is the document as first sent.';""")
        if not _schema_exists("insurance"):
            with bodies_unchecked():
                apply_sql("insurance/tables.sql")
                apply_sql("insurance/functions.sql")
                apply_sql("insurance/policies.sql")
        # -- hot queries (issue 15): columns and indexes the queries under row-level security can use ----------
        apply_sql(text="""
            ALTER TABLE scheduling.appointment
                ADD COLUMN IF NOT EXISTS starts_at timestamptz GENERATED ALWAYS AS (lower(period)) STORED;
            COMMENT ON COLUMN scheduling.appointment.starts_at IS
                'lower(period), stored: a plain timestamp that a calendar''s query compares with leakproof '
                'operators, so under row-level security the indexes below serve it (the range operators && and '
                'lower() are not leakproof, and PostgreSQL does not use an index for them before the policy). '
                'A period is at most 12 hours, so an appointment overlapping [s, e) starts in [s - 12 hours, e).';
            CREATE INDEX IF NOT EXISTS ix_appointment_department_starts
                ON scheduling.appointment (department_id, starts_at);
            CREATE INDEX IF NOT EXISTS ix_appointment_provider_starts ON scheduling.appointment (provider_id, starts_at);
            CREATE INDEX IF NOT EXISTS ix_claim_created_at ON billing.claim (created_at, id);""")
    reapply_code()


def _schema_exists(name: str) -> bool:
    from alembic import op
    from sqlalchemy import text
    return op.get_bind().execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :n"), {"n": name}).first() is not None


def downgrade() -> None:
    pass  # see the docstring
