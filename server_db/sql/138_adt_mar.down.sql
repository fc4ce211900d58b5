-- Undo 138_adt_mar.sql (migration 0006 downgrade, applied as hms_owner).
DROP FUNCTION IF EXISTS adt.void_administration(bigint, text);
DROP FUNCTION IF EXISTS adt.record_administration(bigint, timestamptz, text, text, text, text);
DROP FUNCTION IF EXISTS adt.mar_schedule(bigint, timestamptz, timestamptz);
DROP FUNCTION IF EXISTS adt.late_minutes();
DROP FUNCTION IF EXISTS adt.dose_times(bigint, timestamptz, timestamptz);
DROP TABLE IF EXISTS adt.medication_administration;
DELETE FROM core.setting WHERE key = 'mar_late_minutes';
