-- adt: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA adt TO hms_staff;

GRANT SELECT ON adt.room TO hms_staff;

GRANT INSERT (ward_id, code, name, active), UPDATE (name, active) ON adt.room TO hms_admin;

GRANT SELECT ON adt.bed TO hms_staff;

GRANT INSERT (room_id, ward_id, code, label, active), UPDATE (label, active) ON adt.bed TO hms_admin;

-- Reception and billing see who lies where, never why: every column but reason.
GRANT SELECT (id, patient_id, encounter_id, ward_id, bed_id, attending_id, admitting_id, admitted_by, source,
              isolation, expected_discharge, admitted_at, discharged_at, disposition, discharged_by_id)
   ON adt.admission TO hms_reception, hms_billing;

GRANT SELECT ON adt.admission TO hms_doctor, hms_nurse;

GRANT SELECT ON adt.bed_occupancy TO hms_reception, hms_doctor, hms_nurse, hms_billing;

GRANT SELECT ON adt.bed_day TO hms_billing;

GRANT SELECT ON adt.discharge_summary TO hms_doctor, hms_nurse;

GRANT INSERT (admission_id, amends_id, amend_reason, diagnoses, procedures, results, medications, follow_up),
      UPDATE (diagnoses, procedures, results, medications, follow_up, status)
   ON adt.discharge_summary TO hms_doctor;

GRANT EXECUTE ON FUNCTION adt.post_bed_days(bigint) TO hms_reception, hms_doctor, hms_nurse, hms_billing, hms_admin;

GRANT EXECUTE ON FUNCTION adt.admit(bigint, bigint, bigint, text, text, date, text) TO hms_doctor, hms_reception;

GRANT EXECUTE ON FUNCTION adt.transfer(bigint, bigint, text) TO hms_doctor, hms_nurse, hms_reception;

GRANT EXECUTE ON FUNCTION adt.discharge(bigint, text, text) TO hms_doctor;

GRANT EXECUTE ON FUNCTION adt.set_bed_state(bigint, text, text) TO hms_nurse, hms_reception, hms_admin;

GRANT EXECUTE ON FUNCTION adt.update_plan(bigint, date, text, bigint) TO hms_doctor, hms_nurse;

GRANT SELECT ON adt.medication_administration TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT EXECUTE ON FUNCTION adt.dose_times(bigint, timestamptz, timestamptz) TO hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION adt.late_minutes() TO hms_staff;

GRANT EXECUTE ON FUNCTION adt.mar_schedule(bigint, timestamptz, timestamptz) TO hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION adt.record_administration(bigint, timestamptz, text, text, text, text)
    TO hms_nurse, hms_doctor;

GRANT EXECUTE ON FUNCTION adt.void_administration(bigint, text) TO hms_nurse, hms_doctor;

GRANT SELECT ON adt.fluid_entry TO hms_doctor, hms_nurse;

REVOKE EXECUTE ON FUNCTION adt.may_chart(adt.admission, bigint) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION adt.record_fluid(bigint, text, text, integer, timestamptz, text) TO hms_nurse, hms_doctor;

GRANT EXECUTE ON FUNCTION adt.void_fluid(bigint, text) TO hms_nurse, hms_doctor;

GRANT EXECUTE ON FUNCTION adt.fluid_balance(bigint) TO hms_nurse, hms_doctor;
