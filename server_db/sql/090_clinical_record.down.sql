-- Undo 090_clinical_record.sql (migration 0003 downgrade, applied as hms_owner).
DROP TABLE IF EXISTS clinical.problem;
DROP FUNCTION IF EXISTS clinical.problem_check();
DROP TABLE IF EXISTS clinical.diagnosis;
DROP FUNCTION IF EXISTS clinical.diagnosis_check();
DROP FUNCTION IF EXISTS clinical.search_icd10(text, integer);
DROP TABLE IF EXISTS clinical.icd10;
DROP FUNCTION IF EXISTS clinical.active_allergies(bigint);
DROP TABLE IF EXISTS clinical.allergy;
DROP FUNCTION IF EXISTS clinical.allergy_check();
DROP TABLE IF EXISTS clinical.allergy_substance;
DROP TABLE IF EXISTS clinical.vital_sign;
DROP FUNCTION IF EXISTS clinical.vital_sign_check();
DROP TABLE IF EXISTS clinical.vital_kind;
DROP FUNCTION IF EXISTS clinical.close_encounter(bigint);
DROP TRIGGER IF EXISTS encounter_status_check ON clinical.encounter;
DROP FUNCTION IF EXISTS clinical.encounter_status_check();
DROP FUNCTION IF EXISTS clinical.note_current(bigint);
DROP TRIGGER IF EXISTS note_check ON clinical.note;
DROP FUNCTION IF EXISTS clinical.note_check();
DROP FUNCTION IF EXISTS clinical.assert_encounter_open(bigint, timestamptz, text);
DROP INDEX IF EXISTS clinical.ix_note_amends_id;
ALTER TABLE clinical.note
    DROP CONSTRAINT IF EXISTS ck_note_amendment,
    DROP CONSTRAINT IF EXISTS fk_note_amends_id_note,
    DROP CONSTRAINT IF EXISTS ck_note_kind,
    DROP COLUMN IF EXISTS remote,
    DROP COLUMN IF EXISTS amend_reason,
    DROP COLUMN IF EXISTS amends_id,
    DROP COLUMN IF EXISTS kind;
