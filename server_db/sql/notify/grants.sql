-- notify: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA notify TO hms_staff;

GRANT SELECT ON notify.notification TO hms_staff;

GRANT UPDATE (acknowledged_at) ON notify.notification TO hms_staff;
