-- Undo 151_settings_review.sql (migration 0008 downgrade, applied as hms_owner). Audit events written about
-- the reviews stay: the audit trail is append-only.
DROP TABLE IF EXISTS audit.review;
DROP FUNCTION IF EXISTS audit.review_check();
DROP TRIGGER IF EXISTS setting_check ON core.setting;
DROP FUNCTION IF EXISTS core.setting_check();
DELETE FROM core.setting WHERE key IN ('hospital_logo', 'currency', 'tax_label');
