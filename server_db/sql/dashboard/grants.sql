-- dashboard: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA dashboard TO hms_staff;

GRANT SELECT ON dashboard.registrations_daily TO hms_admin, hms_reception;

GRANT SELECT ON dashboard.outpatient_daily TO hms_admin, hms_reception;

GRANT SELECT ON dashboard.revenue_daily TO hms_admin, hms_billing;

GRANT EXECUTE ON FUNCTION dashboard.refresh(interval) TO hms_staff;

GRANT EXECUTE ON FUNCTION dashboard.bed_occupancy() TO hms_admin, hms_nurse, hms_doctor, hms_reception;

GRANT EXECUTE ON FUNCTION dashboard.length_of_stay(integer) TO hms_admin, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION dashboard.lab_turnaround(integer) TO hms_admin, hms_lab;

GRANT EXECUTE ON FUNCTION dashboard.lab_open_work() TO hms_admin, hms_lab;

GRANT EXECUTE ON FUNCTION dashboard.stock_alerts(integer) TO hms_admin, hms_pharmacist;
