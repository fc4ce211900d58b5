-- Undo 130_adt.sql (migration 0006 downgrade, applied as hms_owner).
-- First the care relationship exactly as 080_scheduling.sql defines it (it reads adt.admission now).
CREATE OR REPLACE FUNCTION clinical.can_access_patient(p_patient_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH me AS (SELECT core.current_staff_id() AS staff_id, core.my_department_ids() AS departments)
    SELECT core.is_clinician() AND (
           EXISTS (SELECT 1 FROM clinical.encounter e, me
                    WHERE e.patient_id = p_patient_id
                      AND (e.clinician_id = me.staff_id OR e.department_id = ANY (me.departments)))
        OR EXISTS (SELECT 1 FROM scheduling.appointment a, me
                    WHERE a.patient_id = p_patient_id
                      AND a.status IN ('booked', 'checked_in', 'in_consultation', 'completed')
                      AND (a.provider_id = me.staff_id OR a.department_id = ANY (me.departments)))
        OR EXISTS (SELECT 1 FROM core.break_glass_grant g, me
                    WHERE g.patient_id = p_patient_id AND g.staff_id = me.staff_id
                      AND g.expires_at > now()))
$$;
COMMENT ON FUNCTION clinical.can_access_patient(bigint) IS
    'Does the logged-in clinician have a care relationship (an encounter, or an active or completed appointment, '
    'with them or in their department) with, or a live break-glass grant for, the patient?';

DROP TRIGGER IF EXISTS encounter_of_stay_check ON clinical.encounter;
DROP FUNCTION IF EXISTS adt.encounter_of_stay_check();
DROP FUNCTION IF EXISTS adt.update_plan(bigint, date, text, bigint);
DROP FUNCTION IF EXISTS adt.set_bed_state(bigint, text, text);
DROP FUNCTION IF EXISTS adt.discharge(bigint, text, text);
DROP FUNCTION IF EXISTS adt.transfer(bigint, bigint, text);
DROP FUNCTION IF EXISTS adt.admit(bigint, bigint, bigint, text, text, date, text);
DROP FUNCTION IF EXISTS adt.post_bed_days(bigint);
DROP FUNCTION IF EXISTS adt.post_bed_days_of(bigint);
DROP FUNCTION IF EXISTS adt.set_state(bigint, text, text);
DROP FUNCTION IF EXISTS adt.assert_bed_available(bigint);
DROP FUNCTION IF EXISTS adt.lock_admission(bigint);
DROP FUNCTION IF EXISTS adt.may_manage(adt.admission);
DROP FUNCTION IF EXISTS adt.lock_beds_and_patient(bigint[], bigint);
DROP FUNCTION IF EXISTS adt.free_bed_labels(bigint);
DROP FUNCTION IF EXISTS adt.require_group(text[], text);
-- Bed-day charges are financial records: with any in the database this downgrade stops here (foreign key).
DELETE FROM billing.price_item WHERE code IN ('BED-DEFAULT', 'BED-MEDW', 'BED-SURGW');
DROP TABLE IF EXISTS adt.discharge_summary;
DROP FUNCTION IF EXISTS adt.discharge_summary_check();
DROP TABLE IF EXISTS adt.bed_day;
DROP TABLE IF EXISTS adt.bed_occupancy;
DROP TABLE IF EXISTS adt.admission;
DROP TABLE IF EXISTS adt.bed;
DROP FUNCTION IF EXISTS adt.bed_check();
DROP TABLE IF EXISTS adt.room;
DROP FUNCTION IF EXISTS adt.room_check();
DROP SCHEMA IF EXISTS adt;
