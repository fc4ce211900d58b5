-- lab: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA lab TO hms_staff;

GRANT SELECT ON lab.test TO hms_staff;

GRANT INSERT (code, name, short_name, specimen_type, container, unit, value_type, decimals, price_code, active),
      UPDATE (name, short_name, specimen_type, container, unit, value_type, decimals, price_code, active)
   ON lab.test TO hms_admin;

GRANT SELECT ON lab.panel TO hms_staff;

GRANT INSERT (code, name, active), UPDATE (name, active) ON lab.panel TO hms_admin;

GRANT SELECT ON lab.panel_test TO hms_staff;

GRANT INSERT (panel_code, test_code, position), UPDATE (position) ON lab.panel_test TO hms_admin;

GRANT SELECT ON lab.reference_range TO hms_staff;

GRANT INSERT (test_code, sex, age_from_years, age_to_years, low, high, critical_low, critical_high),
      UPDATE (low, high, critical_low, critical_high) ON lab.reference_range TO hms_admin;

GRANT SELECT ON lab.specimen TO hms_lab, hms_doctor, hms_nurse;

GRANT SELECT ON lab.lab_order TO hms_lab, hms_doctor, hms_nurse;

GRANT SELECT ON lab.order_status_history TO hms_lab, hms_doctor, hms_nurse;

GRANT SELECT ON lab.result TO hms_lab, hms_doctor, hms_nurse;

GRANT SELECT ON lab.critical_callback TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.range_for(text, bigint, date) TO hms_staff;

GRANT EXECUTE ON FUNCTION lab.flag_for(numeric, lab.reference_range) TO hms_staff;
GRANT EXECUTE ON FUNCTION lab.shown_unit(text) TO hms_staff;

GRANT EXECUTE ON FUNCTION lab.place_order(bigint, text, text, text) TO hms_doctor;

GRANT EXECUTE ON FUNCTION lab.collect(bigint[], text) TO hms_lab, hms_nurse;

GRANT EXECUTE ON FUNCTION lab.receive(text) TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.enter_result(bigint, text, text, text, text) TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.verify(bigint) TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.release(bigint) TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.correct_result(bigint, text, text, text, text) TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.cancel_order(bigint, text) TO hms_doctor, hms_lab;

GRANT EXECUTE ON FUNCTION lab.escalate_overdue() TO hms_staff;

GRANT EXECUTE ON FUNCTION lab.record_callback(bigint, text, boolean, text) TO hms_lab;

GRANT SELECT ON lab.hl7_outbound TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.loinc_check_digit(text) TO hms_staff;

GRANT EXECUTE ON FUNCTION lab.loinc_is_valid(text) TO hms_staff;

GRANT UPDATE (active) ON lab.panel_test TO hms_admin;

GRANT EXECUTE ON FUNCTION lab.hl7_outbound_due(integer, integer, integer) TO hms_lab;

GRANT EXECUTE ON FUNCTION lab.hl7_outbound_done(bigint, text, text, integer, text) TO hms_lab;
