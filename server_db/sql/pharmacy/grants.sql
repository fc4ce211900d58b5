-- pharmacy: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA pharmacy TO hms_staff;

GRANT SELECT ON pharmacy.drug TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT INSERT (code, generic_name, strength, form, route, unit, pack_size, atc_code, ingredient_atc, price_code,
              reorder_level, warnings),
      UPDATE (reorder_level, warnings, active, pack_size) ON pharmacy.drug TO hms_pharmacist;

GRANT SELECT ON pharmacy.frequency TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT SELECT ON pharmacy.interaction TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT SELECT, INSERT (code, name, kind, department_id), UPDATE (name, active) ON pharmacy.location TO hms_pharmacist;

GRANT SELECT ON pharmacy.stock_lot TO hms_pharmacist;

GRANT SELECT ON pharmacy.stock_movement TO hms_pharmacist;

GRANT SELECT ON pharmacy.prescription TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT INSERT (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route, frequency, duration_days, quantity,
              instructions, priority, override_reason),
      UPDATE (status, status_reason) ON pharmacy.prescription TO hms_doctor;

GRANT EXECUTE ON FUNCTION pharmacy.screen(bigint, bigint, bigint) TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.is_stop(text) TO hms_staff;

GRANT SELECT ON pharmacy.dispense TO hms_doctor, hms_nurse, hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.location_id(text) TO hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.dispense_prescription(bigint, text, text, integer, bigint) TO hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.return_dispense(bigint, text) TO hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.receive_stock(bigint, bigint, text, date, integer, text) TO hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.transfer_stock(bigint, bigint, integer, text) TO hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.adjust_stock(bigint, integer, text) TO hms_pharmacist;

GRANT EXECUTE ON FUNCTION pharmacy.write_off(bigint, text) TO hms_pharmacist;
