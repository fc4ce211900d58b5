-- registry: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA registry TO hms_staff;

GRANT EXECUTE ON FUNCTION registry.luhn_check_digit(text) TO hms_staff;

-- nextval needs USAGE on the sequence; reception has it (it cannot setval, and a burnt number is harmless).
GRANT USAGE ON SEQUENCE registry.mrn_seq TO hms_reception;

GRANT EXECUTE ON FUNCTION registry.next_mrn() TO hms_reception;

GRANT EXECUTE ON FUNCTION registry.mrn_is_valid(text) TO hms_staff;

-- Everyone who needs to identify a patient sees the identifying columns; contact details are for the
-- roles that need them (reception, clinicians, billing, admin for merges).
GRANT SELECT (id, mrn, given_name, family_name, birth_date, sex, merged_into_id, birth_date_accuracy, identity_status,
              temporary_alias) ON registry.patient TO hms_staff;

GRANT SELECT ON registry.patient TO hms_reception, hms_doctor, hms_nurse, hms_billing, hms_admin;

-- identity_status and temporary_alias are not granted: only registry.register_unidentified and
-- registry.identify_patient set them.
GRANT INSERT (given_name, family_name, birth_date, birth_date_accuracy, sex, national_id, phone, address, postal_code),
      UPDATE (given_name, family_name, birth_date, birth_date_accuracy, sex, national_id, phone, address, postal_code)
   ON registry.patient TO hms_reception;

-- Emergency registration and identification: reception, as for every registration.
GRANT EXECUTE ON FUNCTION registry.register_unidentified(text, integer, text),
    registry.identify_patient(bigint, text, text, date, text, text, text) TO hms_reception;

-- ---------------------------------------------------------------------------------------------------
-- Grants. The key functions run inside index expressions with the rights of whoever writes
-- registry.patient, so all staff may execute them; the other helpers run only inside the search.
-- ---------------------------------------------------------------------------------------------------
GRANT EXECUTE ON FUNCTION registry.dedup_fold(text), registry.dedup_name_key(text), registry.dedup_phone_key(text),
    registry.dedup_initials(text, text) TO hms_staff;

GRANT EXECUTE ON FUNCTION registry.duplicate_thresholds() TO hms_reception, hms_admin, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION registry.find_duplicate_candidates(jsonb, integer)
    TO hms_reception, hms_admin, hms_doctor, hms_nurse;

GRANT SELECT ON registry.patient_merge, registry.merge_moved_row TO hms_admin, hms_auditor;

GRANT EXECUTE ON FUNCTION registry.merge_patients(bigint, bigint, text) TO hms_admin;

GRANT EXECUTE ON FUNCTION registry.unmerge(bigint, text) TO hms_admin;

GRANT EXECUTE ON FUNCTION registry.resolve_mrn(text) TO hms_staff;

GRANT EXECUTE ON FUNCTION registry.row_changes(jsonb, jsonb) TO hms_staff;

GRANT EXECUTE ON FUNCTION registry.patient_history(bigint) TO hms_reception, hms_admin, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION registry.search_patients(text[], text, date, text, text, text, text, bigint, integer)
    TO hms_staff;

-- The duplicate worklist: administrators (who merge) read it and act through the functions; nobody writes it.
GRANT SELECT ON registry.duplicate_scan, registry.duplicate_pair TO hms_admin;

GRANT EXECUTE ON FUNCTION registry.start_duplicate_scan(real), registry.scan_duplicates(bigint, bigint, bigint),
    registry.finish_duplicate_scan(bigint, bigint), registry.scan_all_duplicates(real),
    registry.decide_duplicate_pair(bigint, text, text, bigint), registry.duplicate_footprint(bigint) TO hms_admin;

-- Whoever runs the duplicate check may ask whether a pair was decided distinct.
GRANT EXECUTE ON FUNCTION registry.decided_distinct(bigint, bigint) TO hms_reception, hms_admin, hms_doctor, hms_nurse;
