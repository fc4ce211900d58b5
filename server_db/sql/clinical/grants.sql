-- clinical: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA clinical TO hms_staff;

GRANT SELECT ON clinical.encounter TO hms_doctor, hms_nurse;

GRANT INSERT (patient_id, department_id, clinician_id, kind) ON clinical.encounter TO hms_doctor;

GRANT UPDATE (status, ended_at) ON clinical.encounter TO hms_doctor;

GRANT SELECT ON clinical.note TO hms_doctor, hms_nurse;

GRANT INSERT (encounter_id, patient_id, body) ON clinical.note TO hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION clinical.can_access_patient(bigint) TO hms_staff;

GRANT INSERT (kind, amends_id, amend_reason, remote) ON clinical.note TO hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION clinical.note_current(bigint) TO hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION clinical.close_encounter(bigint) TO hms_doctor;

GRANT SELECT ON clinical.vital_kind TO hms_staff;

GRANT SELECT, INSERT (encounter_id, patient_id, kind, value, unit, measured_at),
      UPDATE (status, error_reason) ON clinical.vital_sign TO hms_doctor, hms_nurse;

GRANT SELECT ON clinical.allergy_substance TO hms_staff;

GRANT SELECT, INSERT (patient_id, substance, substance_code, category, reaction, severity),
      UPDATE (status, status_reason) ON clinical.allergy TO hms_doctor, hms_nurse;

GRANT SELECT ON clinical.allergy TO hms_pharmacist;

GRANT EXECUTE ON FUNCTION clinical.active_allergies(bigint) TO hms_staff;

GRANT SELECT ON clinical.icd10 TO hms_staff;

GRANT EXECUTE ON FUNCTION clinical.search_icd10(text, integer) TO hms_staff;

GRANT SELECT ON clinical.diagnosis TO hms_doctor, hms_nurse;

GRANT INSERT (encounter_id, patient_id, icd10_code, rank, certainty),
      UPDATE (certainty, status, error_reason) ON clinical.diagnosis TO hms_doctor;

GRANT SELECT ON clinical.problem TO hms_doctor, hms_nurse;

GRANT INSERT (patient_id, icd10_code, onset), UPDATE (status, error_reason) ON clinical.problem TO hms_doctor;

GRANT SELECT ON clinical.allergy_status TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT EXECUTE ON FUNCTION clinical.allergy_status_of(bigint) TO hms_staff;

REVOKE EXECUTE ON FUNCTION clinical.record_no_known_allergies(bigint) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION clinical.record_no_known_allergies(bigint) TO hms_doctor, hms_nurse;
