-- Undo 070_registry_merge.sql (migration 0002 downgrade, applied as hms_owner).
DROP FUNCTION IF EXISTS registry.patient_history(bigint);
DROP FUNCTION IF EXISTS registry.row_changes(jsonb, jsonb);
DROP TRIGGER IF EXISTS patient_require_reason ON registry.patient;
DROP FUNCTION IF EXISTS registry.patient_require_reason();
DROP FUNCTION IF EXISTS registry.resolve_mrn(text);
DROP FUNCTION IF EXISTS registry.unmerge(bigint, text);
DROP FUNCTION IF EXISTS registry.merge_patients(bigint, bigint, text);
DROP FUNCTION IF EXISTS registry.merge_rows_at(bigint, text, text, text, text[], bigint);
DROP FUNCTION IF EXISTS registry.merge_move_rows(bigint, text, text, text, text[], bigint, bigint);
DROP FUNCTION IF EXISTS registry.merge_targets();
DROP FUNCTION IF EXISTS registry.merge_pk_match(text[], text);
DROP TABLE IF EXISTS registry.merge_moved_row;
DROP TABLE IF EXISTS registry.patient_merge;
