-- Undo 080_scheduling.sql (migration 0003 downgrade, applied as hms_owner).
-- First the care relationship exactly as 040_clinical.sql defines it (it reads scheduling.appointment now).
CREATE OR REPLACE FUNCTION clinical.can_access_patient(p_patient_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH me AS (SELECT core.current_staff_id() AS staff_id, core.my_department_ids() AS departments)
    SELECT core.is_clinician() AND (
           EXISTS (SELECT 1 FROM clinical.encounter e, me
                    WHERE e.patient_id = p_patient_id
                      AND (e.clinician_id = me.staff_id OR e.department_id = ANY (me.departments)))
        OR EXISTS (SELECT 1 FROM core.break_glass_grant g, me
                    WHERE g.patient_id = p_patient_id AND g.staff_id = me.staff_id
                      AND g.expires_at > now()))
$$;
COMMENT ON FUNCTION clinical.can_access_patient(bigint) IS
    'Does the logged-in clinician have a care relationship with (or a live break-glass grant for) the patient?';

DROP TRIGGER IF EXISTS encounter_completes_appointment ON clinical.encounter;
DROP FUNCTION IF EXISTS scheduling.encounter_status_changed();
DROP FUNCTION IF EXISTS scheduling.start_consultation(bigint);
DROP FUNCTION IF EXISTS scheduling.call_next(bigint);
DROP FUNCTION IF EXISTS scheduling.queue(bigint);
DROP FUNCTION IF EXISTS scheduling.check_in(bigint);
DROP FUNCTION IF EXISTS scheduling.mark_no_show(bigint);
DROP FUNCTION IF EXISTS scheduling.cancel(bigint, text);
DROP FUNCTION IF EXISTS scheduling.reschedule(bigint, timestamptz, bigint, text);
DROP FUNCTION IF EXISTS scheduling.book(bigint, bigint, bigint, timestamptz, text, bigint);
DROP FUNCTION IF EXISTS scheduling.next_free_slots(bigint, bigint, bigint, timestamptz, integer);
DROP FUNCTION IF EXISTS scheduling.free_slots(bigint, timestamptz, timestamptz);
DROP TRIGGER IF EXISTS appointment_prepare ON scheduling.appointment;
DROP FUNCTION IF EXISTS scheduling.appointment_prepare();
DROP TRIGGER IF EXISTS schedule_exception_check ON scheduling.schedule_exception;
DROP TRIGGER IF EXISTS provider_template_check ON scheduling.provider_template;
DROP FUNCTION IF EXISTS scheduling.check_session();
DROP FUNCTION IF EXISTS scheduling.insert_appointment(scheduling.appointment, bigint);
DROP FUNCTION IF EXISTS scheduling.assert_free(scheduling.appointment, bigint);
DROP FUNCTION IF EXISTS scheduling.raise_slot_taken(text);
DROP FUNCTION IF EXISTS scheduling.prepare_appointment(bigint, bigint, bigint, timestamptz, text, bigint);
DROP FUNCTION IF EXISTS scheduling.lock_appointment(bigint);
DROP FUNCTION IF EXISTS scheduling.lock_resources(bigint[]);
DROP FUNCTION IF EXISTS scheduling.resource_keys(bigint, bigint, bigint);
DROP FUNCTION IF EXISTS scheduling.session_slots(bigint[], timestamptz, timestamptz);
DROP FUNCTION IF EXISTS scheduling.is_clinician_login(text);
DROP FUNCTION IF EXISTS scheduling.require_group(text[], text);
DROP FUNCTION IF EXISTS scheduling.day_start(date);
DROP FUNCTION IF EXISTS scheduling.local_day(timestamptz);
DROP FUNCTION IF EXISTS scheduling.clinic_timezone();
DROP TABLE IF EXISTS scheduling.appointment;
DROP TABLE IF EXISTS scheduling.schedule_exception;
DROP TABLE IF EXISTS scheduling.provider_template;
DROP TABLE IF EXISTS scheduling.room;
DROP TABLE IF EXISTS scheduling.service;
DELETE FROM core.setting WHERE key IN ('telemedicine_url_template', 'clinic_timezone');
DROP SCHEMA IF EXISTS scheduling;  -- no CASCADE: fails loudly if anything of 080 was left behind
