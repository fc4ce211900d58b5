-- Undo 152_dashboards.sql (migration 0008 downgrade, applied as hms_owner).
DROP SCHEMA IF EXISTS dashboard CASCADE;
RESET ROLE;
DO $temp$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM hms_owner', current_database()); END $temp$;
SET LOCAL ROLE hms_owner;
