-- audit: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA audit TO hms_staff;

GRANT SELECT ON audit.event TO hms_auditor;

GRANT SELECT ON audit.chain_head TO hms_auditor;

GRANT SELECT ON audit.access TO hms_auditor;

GRANT EXECUTE ON FUNCTION audit.canonical(audit.event) TO hms_auditor;

GRANT EXECUTE ON FUNCTION audit.seal(integer) TO hms_staff;

GRANT SELECT, INSERT (subject_kind, subject_id, outcome, comment) ON audit.review TO hms_auditor;
