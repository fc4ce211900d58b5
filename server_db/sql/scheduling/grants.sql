-- scheduling: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA scheduling TO hms_staff;

GRANT SELECT ON scheduling.service TO hms_staff;

GRANT INSERT (department_id, code, name, duration_minutes, price_code, telemedicine_allowed, active),
      UPDATE (name, duration_minutes, price_code, telemedicine_allowed, active) ON scheduling.service TO hms_admin;

GRANT SELECT ON scheduling.room TO hms_staff;

GRANT INSERT (department_id, code, name, active), UPDATE (name, active) ON scheduling.room TO hms_admin;

GRANT SELECT ON scheduling.provider_template TO hms_reception, hms_doctor, hms_nurse, hms_admin;

GRANT INSERT (staff_id, department_id, weekday, start_time, end_time, slot_minutes, room_id, valid_from, valid_to),
      UPDATE (start_time, end_time, slot_minutes, room_id, valid_to) ON scheduling.provider_template TO hms_admin;

GRANT SELECT ON scheduling.schedule_exception TO hms_reception, hms_doctor, hms_nurse, hms_admin;

GRANT INSERT (staff_id, period, kind, department_id, room_id, slot_minutes, reason),
      UPDATE (period, room_id, slot_minutes, reason, active) ON scheduling.schedule_exception TO hms_admin;

GRANT SELECT ON scheduling.appointment TO hms_reception, hms_doctor, hms_nurse, hms_billing;

GRANT EXECUTE ON FUNCTION scheduling.clinic_timezone() TO hms_staff;

GRANT EXECUTE ON FUNCTION scheduling.local_day(timestamptz) TO hms_staff;

GRANT EXECUTE ON FUNCTION scheduling.day_start(date) TO hms_staff;

GRANT EXECUTE ON FUNCTION scheduling.free_slots(bigint, timestamptz, timestamptz)
    TO hms_reception, hms_doctor, hms_nurse, hms_admin;

GRANT EXECUTE ON FUNCTION scheduling.next_free_slots(bigint, bigint, bigint, timestamptz, integer)
    TO hms_reception, hms_doctor, hms_nurse, hms_admin;

GRANT EXECUTE ON FUNCTION scheduling.book(bigint, bigint, bigint, timestamptz, text, bigint)
    TO hms_reception, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION scheduling.reschedule(bigint, timestamptz, bigint, text)
    TO hms_reception, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION scheduling.cancel(bigint, text) TO hms_reception, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION scheduling.mark_no_show(bigint) TO hms_reception, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION scheduling.check_in(bigint) TO hms_reception;

GRANT EXECUTE ON FUNCTION scheduling.queue(bigint) TO hms_reception, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION scheduling.call_next(bigint) TO hms_doctor;

GRANT EXECUTE ON FUNCTION scheduling.start_consultation(bigint) TO hms_doctor;
