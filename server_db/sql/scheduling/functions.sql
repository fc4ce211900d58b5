-- scheduling: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- ---------------------------------------------------------------------------------------------------
-- Time helpers
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION scheduling.clinic_timezone() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT s.value #>> '{}' FROM core.setting s WHERE s.key = 'clinic_timezone'),
                    current_setting('TimeZone'))
$$;
COMMENT ON FUNCTION scheduling.clinic_timezone() IS 'The time zone sessions are placed in (core.setting clinic_timezone).';

CREATE OR REPLACE FUNCTION scheduling.local_day(p_at timestamptz) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT (p_at AT TIME ZONE scheduling.clinic_timezone())::date
$$;
COMMENT ON FUNCTION scheduling.local_day(timestamptz) IS 'The clinic''s calendar day of an instant.';

CREATE OR REPLACE FUNCTION scheduling.day_start(p_day date) RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_day::timestamp AT TIME ZONE scheduling.clinic_timezone()
$$;
COMMENT ON FUNCTION scheduling.day_start(date) IS 'Midnight at the start of a clinic calendar day.';

-- ---------------------------------------------------------------------------------------------------
-- Internal helpers (no staff role may execute them; the SECURITY DEFINER functions below call them)
-- ---------------------------------------------------------------------------------------------------
-- Raises insufficient_privilege unless the logged-in active staff member is in one of the groups.
-- Is this login a member of hms_doctor or hms_nurse (providers are clinicians)?
CREATE OR REPLACE FUNCTION scheduling.is_clinician_login(p_username text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r
                    WHERE r.rolname = p_username
                      AND (pg_has_role(r.oid, 'hms_doctor', 'MEMBER') OR pg_has_role(r.oid, 'hms_nurse', 'MEMBER')))
$$;

-- Every slot of the providers' sessions (templates and active extra sessions) that starts in [p_from, p_to),
-- in departments the provider is still assigned to; nothing subtracted yet.
CREATE OR REPLACE FUNCTION scheduling.session_slots(p_providers bigint[], p_from timestamptz, p_to timestamptz)
RETURNS TABLE (provider_id bigint, starts_at timestamptz, slot_ends_at timestamptz, session_ends_at timestamptz,
               room_id bigint, department_id bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH tz AS (SELECT scheduling.clinic_timezone() AS name),
    calendar AS (
        SELECT d::date AS day
          FROM tz, generate_series((p_from AT TIME ZONE tz.name)::date, (p_to AT TIME ZONE tz.name)::date,
                                   interval '1 day') AS d
    ),
    sessions AS (
        SELECT t.staff_id, t.department_id, t.room_id, t.slot_minutes,
               (c.day + t.start_time) AT TIME ZONE tz.name AS s_start,
               (c.day + t.end_time) AT TIME ZONE tz.name AS s_end
          FROM tz, calendar c
          JOIN scheduling.provider_template t
            ON t.weekday = extract(isodow FROM c.day)::integer
           AND t.valid_from <= c.day AND (t.valid_to IS NULL OR c.day <= t.valid_to)
         WHERE t.staff_id = ANY (p_providers)
        UNION ALL
        SELECT e.staff_id, e.department_id, e.room_id, e.slot_minutes, lower(e.period), upper(e.period)
          FROM scheduling.schedule_exception e
         WHERE e.staff_id = ANY (p_providers) AND e.kind = 'extra_session' AND e.active
           AND e.period && tstzrange(p_from - interval '1 day', p_to + interval '1 day')
    )
    SELECT s.staff_id, g.slot, g.slot + make_interval(mins => s.slot_minutes), s.s_end, s.room_id, s.department_id
      FROM sessions s
      JOIN core.staff st ON st.id = s.staff_id AND st.active
      JOIN core.staff_department sd ON sd.staff_id = s.staff_id AND sd.department_id = s.department_id AND sd.active
     CROSS JOIN LATERAL generate_series(s.s_start, s.s_end - make_interval(mins => s.slot_minutes),
                                        make_interval(mins => s.slot_minutes)) AS g (slot)
     WHERE g.slot >= p_from AND g.slot < p_to
$$;

-- Advisory-lock keys of an appointment's resources; lock_resources takes them in ascending order.
CREATE OR REPLACE FUNCTION scheduling.resource_keys(p_provider_id bigint, p_patient_id bigint, p_room_id bigint)
RETURNS bigint[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT array_remove(ARRAY[hashtextextended('scheduling.provider:' || p_provider_id, 0),
                              hashtextextended('scheduling.patient:' || p_patient_id, 0),
                              CASE WHEN p_room_id IS NOT NULL
                                   THEN hashtextextended('scheduling.room:' || p_room_id, 0) END], NULL)
$$;

CREATE OR REPLACE FUNCTION scheduling.lock_resources(p_keys bigint[]) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_key bigint;
BEGIN
    FOR v_key IN SELECT DISTINCT k FROM unnest(p_keys) AS k ORDER BY k LOOP
        PERFORM pg_advisory_xact_lock(v_key);
    END LOOP;
END
$$;

-- Locks an appointment row for a change by the caller: reception may change any appointment, doctors and
-- nurses those of their departments and their own.
CREATE OR REPLACE FUNCTION scheduling.lock_appointment(p_appointment_id bigint) RETURNS scheduling.appointment
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_row scheduling.appointment;
BEGIN
    IF p_appointment_id IS NULL THEN
        RAISE EXCEPTION 'say which appointment'
            USING ERRCODE = 'null_value_not_allowed', DETAIL = core.message_detail('scheduling.say_appointment');
    END IF;
    SELECT * INTO v_row FROM scheduling.appointment a WHERE a.id = p_appointment_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no appointment with id %', p_appointment_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('scheduling.appointment_not_found', p_appointment_id::text);
    END IF;
    IF NOT (core.has_group('hms_reception')
            OR (core.is_clinician() AND (v_row.provider_id = core.current_staff_id()
                                         OR v_row.department_id = ANY (core.my_department_ids())))) THEN
        RAISE EXCEPTION 'appointment % is neither yours nor in one of your departments', p_appointment_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('scheduling.appointment_neither_yours_nor', p_appointment_id::text);
    END IF;
    RETURN v_row;
END
$$;

-- Validates a booking and returns the appointment row to insert (id NULL). Refuses what is not bookable:
-- an unknown or merged patient, an inactive service or provider, a provider who does not work in the
-- service's department, a start in the past, leave, a time outside the provider's sessions of that department.
CREATE OR REPLACE FUNCTION scheduling.prepare_appointment(p_patient_id bigint, p_provider_id bigint, p_service_id bigint,
                                               p_starts_at timestamptz, p_kind text, p_room_id bigint)
RETURNS scheduling.appointment
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_tz        text := scheduling.clinic_timezone();
    v_patient   registry.patient;
    v_service   scheduling.service;
    v_provider  core.staff;
    v_dept_name text;
    v_room      scheduling.room;
    v_leave     scheduling.schedule_exception;
    v_day       date;
    v_row       scheduling.appointment;
    v_session_room bigint;
    v_in_session   boolean;
BEGIN
    IF p_patient_id IS NULL OR p_provider_id IS NULL OR p_service_id IS NULL OR p_starts_at IS NULL THEN
        RAISE EXCEPTION 'an appointment needs a patient, a provider, a service and a start time'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = core.message_detail('scheduling.appointment_needs_patient_provider');
    END IF;
    IF coalesce(p_kind, '') NOT IN ('in_person', 'telemedicine') THEN
        RAISE EXCEPTION 'an appointment is in_person or telemedicine, not %', coalesce(p_kind, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('scheduling.appointment_person_telemedicine_not',
                                               coalesce(p_kind, 'NULL'));
    END IF;
    SELECT * INTO v_patient FROM registry.patient p WHERE p.id = p_patient_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id %', p_patient_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.patient_not_found', p_patient_id::text);
    END IF;
    IF v_patient.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % was merged into patient %: book the surviving record', p_patient_id,
                        v_patient.merged_into_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.patient_merged_into_patient', p_patient_id::text,
                                               v_patient.merged_into_id::text);
    END IF;
    SELECT * INTO v_service FROM scheduling.service s WHERE s.id = p_service_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no service with id %', p_service_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('scheduling.service_not_found', p_service_id::text);
    END IF;
    IF NOT v_service.active THEN
        RAISE EXCEPTION 'the service % is no longer offered', v_service.name
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.service_no_longer_offered', v_service.name::text);
    END IF;
    SELECT d.name INTO v_dept_name FROM core.department d WHERE d.id = v_service.department_id;
    SELECT * INTO v_provider FROM core.staff s WHERE s.id = p_provider_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_provider_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_provider_id::text);
    END IF;
    IF NOT v_provider.active OR NOT scheduling.is_clinician_login(v_provider.username) THEN
        RAISE EXCEPTION '% is not an active doctor or nurse', v_provider.full_name
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.provider_not_clinician', v_provider.full_name::text);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM core.staff_department sd
                    WHERE sd.staff_id = p_provider_id AND sd.department_id = v_service.department_id AND sd.active) THEN
        RAISE EXCEPTION '% does not work in %', v_provider.full_name, v_dept_name
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.provider_not_in_department', v_provider.full_name::text,
                                               v_dept_name);
    END IF;
    IF p_kind = 'telemedicine' AND NOT v_service.telemedicine_allowed THEN
        RAISE EXCEPTION 'the service % is not offered by telemedicine', v_service.name
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_appointment_telemedicine_allowed',
                  DETAIL = core.message_detail('scheduling.service_not_offered_telemedicine', v_service.name::text);
    END IF;

    v_row.patient_id := p_patient_id;
    v_row.provider_id := p_provider_id;
    v_row.department_id := v_service.department_id;
    v_row.service_id := p_service_id;
    v_row.kind := p_kind;
    v_row.period := tstzrange(p_starts_at, p_starts_at + make_interval(mins => v_service.duration_minutes));

    IF p_starts_at < now() THEN
        RAISE EXCEPTION 'an appointment cannot start in the past (%)',
                        to_char(p_starts_at AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_in_the_past',
                  DETAIL = core.message_detail('scheduling.appointment_start_past',
                                               to_char(p_starts_at AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI'));
    END IF;
    SELECT * INTO v_leave FROM scheduling.schedule_exception e
     WHERE e.staff_id = p_provider_id AND e.kind = 'leave' AND e.active AND e.period && v_row.period
     ORDER BY lower(e.period) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% is on leave from % to %', v_provider.full_name,
                        to_char(lower(v_leave.period) AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI'),
                        to_char(upper(v_leave.period) AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_provider_on_leave',
                  HINT = 'scheduling.next_free_slots lists the next free times',
                  DETAIL = core.message_detail('scheduling.provider_on_leave', v_provider.full_name::text,
                                               to_char(lower(v_leave.period) AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI'),
                                               to_char(upper(v_leave.period) AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI'));
    END IF;
    -- Inside one session of this provider in the service's department: a weekly template session of that
    -- calendar day, or an extra session.
    v_day := (p_starts_at AT TIME ZONE v_tz)::date;
    SELECT t.room_id INTO v_session_room FROM scheduling.provider_template t
     WHERE t.staff_id = p_provider_id AND t.department_id = v_service.department_id
       AND t.weekday = extract(isodow FROM v_day)::integer
       AND t.valid_from <= v_day AND (t.valid_to IS NULL OR v_day <= t.valid_to)
       AND (v_day + t.start_time) AT TIME ZONE v_tz <= p_starts_at
       AND upper(v_row.period) <= (v_day + t.end_time) AT TIME ZONE v_tz
     LIMIT 1;
    v_in_session := FOUND;
    IF NOT v_in_session THEN
        SELECT e.room_id INTO v_session_room FROM scheduling.schedule_exception e
         WHERE e.staff_id = p_provider_id AND e.kind = 'extra_session' AND e.active
           AND e.department_id = v_service.department_id AND e.period @> v_row.period
         LIMIT 1;
        v_in_session := FOUND;
    END IF;
    IF NOT v_in_session THEN
        RAISE EXCEPTION '% has no session in % from % to %', v_provider.full_name, v_dept_name,
                        to_char(lower(v_row.period) AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI'),
                        to_char(upper(v_row.period) AT TIME ZONE v_tz, 'HH24:MI')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_outside_session',
                  HINT = 'scheduling.next_free_slots lists the next free times',
                  DETAIL = core.message_detail('scheduling.provider_no_session', v_provider.full_name::text,
                                               v_dept_name,
                                               to_char(lower(v_row.period) AT TIME ZONE v_tz, 'YYYY-MM-DD HH24:MI'),
                                               to_char(upper(v_row.period) AT TIME ZONE v_tz, 'HH24:MI'));
    END IF;

    IF p_room_id IS NOT NULL THEN
        SELECT * INTO v_room FROM scheduling.room r WHERE r.id = p_room_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no room with id %', p_room_id
                USING ERRCODE = 'no_data_found',
                      DETAIL = core.message_detail('scheduling.room_not_found', p_room_id::text);
        END IF;
        IF NOT v_room.active OR v_room.department_id <> v_service.department_id THEN
            RAISE EXCEPTION 'room % is not an active room of %', v_room.name, v_dept_name
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('scheduling.room_not_active_room', v_room.name::text, v_dept_name);
        END IF;
        v_row.room_id := p_room_id;
    ELSIF p_kind = 'in_person' THEN
        v_row.room_id := v_session_room;  -- a video consultation holds no room unless one is asked for
    END IF;
    RETURN v_row;
END
$$;

-- The one error every overlap becomes: 23P01 'this slot was just taken', the constraint name in its field, what
-- overlaps in the hint (the DETAIL is the message key, as everywhere).
CREATE OR REPLACE FUNCTION scheduling.raise_slot_taken(p_constraint text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'this slot was just taken'
        USING ERRCODE = 'exclusion_violation', CONSTRAINT = p_constraint, SCHEMA = 'scheduling',
              TABLE = 'appointment', DETAIL = core.message_detail('scheduling.slot_taken'),
              HINT = CASE p_constraint
                         WHEN 'ex_appointment_provider' THEN 'The provider has another appointment at that time. '
                         WHEN 'ex_appointment_patient' THEN 'The patient has another appointment at that time. '
                         WHEN 'ex_appointment_room' THEN 'The room is taken at that time. '
                         ELSE 'Another appointment overlaps. ' END
                     || 'scheduling.next_free_slots lists the next free times';
END
$$;

-- Refuses at once, without waiting for any lock, when a committed active appointment already overlaps (the
-- usual loser of a race). Only a booking that passes queues on the resource locks; the exclusion constraints
-- still decide between bookings that pass at the same moment.
CREATE OR REPLACE FUNCTION scheduling.assert_free(p_row scheduling.appointment, p_ignore_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM scheduling.appointment a
                WHERE a.provider_id = p_row.provider_id AND a.status NOT IN ('cancelled', 'no_show')
                  AND a.period && p_row.period AND a.id IS DISTINCT FROM p_ignore_id) THEN
        PERFORM scheduling.raise_slot_taken('ex_appointment_provider');
    END IF;
    IF EXISTS (SELECT 1 FROM scheduling.appointment a
                WHERE a.patient_id = p_row.patient_id AND a.status NOT IN ('cancelled', 'no_show')
                  AND a.period && p_row.period AND a.id IS DISTINCT FROM p_ignore_id) THEN
        PERFORM scheduling.raise_slot_taken('ex_appointment_patient');
    END IF;
    IF p_row.room_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM scheduling.appointment a
                    WHERE a.room_id = p_row.room_id AND a.status NOT IN ('cancelled', 'no_show')
                      AND a.period && p_row.period AND a.id IS DISTINCT FROM p_ignore_id) THEN
        PERFORM scheduling.raise_slot_taken('ex_appointment_room');
    END IF;
END
$$;

-- Inserts a prepared appointment; an overlap becomes 23P01 'this slot was just taken' with the constraint name.
CREATE OR REPLACE FUNCTION scheduling.insert_appointment(p_row scheduling.appointment, p_rescheduled_from_id bigint)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id         bigint;
    v_constraint text;
BEGIN
    INSERT INTO scheduling.appointment (patient_id, provider_id, department_id, service_id, room_id, period, kind,
                                        rescheduled_from_id)
    VALUES (p_row.patient_id, p_row.provider_id, p_row.department_id, p_row.service_id, p_row.room_id,
            p_row.period, p_row.kind, p_rescheduled_from_id)
    RETURNING id INTO v_id;
    RETURN v_id;
EXCEPTION WHEN exclusion_violation THEN
    GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
    PERFORM scheduling.raise_slot_taken(v_constraint);
    RETURN NULL;  -- not reached
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Protective triggers
-- ---------------------------------------------------------------------------------------------------
-- Templates and exceptions belong to an active clinician, in a department they work in, in a room of it.
CREATE OR REPLACE FUNCTION scheduling.check_session() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff core.staff;
BEGIN
    SELECT * INTO v_staff FROM core.staff s WHERE s.id = NEW.staff_id;
    IF TG_OP = 'INSERT' AND (NOT coalesce(v_staff.active, false)
                             OR NOT scheduling.is_clinician_login(v_staff.username)) THEN
        RAISE EXCEPTION 'sessions and leave are for active doctors and nurses, not staff member %', NEW.staff_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.sessions_leave_active_doctors', NEW.staff_id::text);
    END IF;
    IF NEW.department_id IS NOT NULL AND TG_OP = 'INSERT'
       AND NOT EXISTS (SELECT 1 FROM core.staff_department sd WHERE sd.staff_id = NEW.staff_id
                          AND sd.department_id = NEW.department_id AND sd.active) THEN
        RAISE EXCEPTION '% does not work in department %', v_staff.full_name, NEW.department_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.staff_not_in_department', v_staff.full_name::text,
                                               NEW.department_id::text);
    END IF;
    IF NEW.room_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM scheduling.room r WHERE r.id = NEW.room_id
                          AND r.department_id IS NOT DISTINCT FROM NEW.department_id) THEN
        RAISE EXCEPTION 'room % is not a room of department %', NEW.room_id, NEW.department_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.room_not_room_department', NEW.room_id::text,
                                               NEW.department_id::text);
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER provider_template_check BEFORE INSERT OR UPDATE OF room_id ON scheduling.provider_template
    FOR EACH ROW EXECUTE FUNCTION scheduling.check_session();

CREATE OR REPLACE TRIGGER schedule_exception_check BEFORE INSERT OR UPDATE OF room_id ON scheduling.schedule_exception
    FOR EACH ROW EXECUTE FUNCTION scheduling.check_session();

-- Whatever writes an appointment: its department is the service's, telemedicine needs a service that
-- allows it and gets its video link from core.setting telemedicine_url_template.
CREATE OR REPLACE FUNCTION scheduling.appointment_prepare() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_service scheduling.service;
    v_template text;
BEGIN
    SELECT * INTO v_service FROM scheduling.service s WHERE s.id = NEW.service_id;
    IF FOUND AND NEW.department_id IS DISTINCT FROM v_service.department_id THEN
        RAISE EXCEPTION 'an appointment is in the department of its service (%)', v_service.department_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('scheduling.appointment_department_service',
                                               v_service.department_id::text);
    END IF;
    IF NEW.kind = 'telemedicine' THEN
        IF NOT coalesce(v_service.telemedicine_allowed, false) THEN
            RAISE EXCEPTION 'the service % is not offered by telemedicine', v_service.name
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_appointment_telemedicine_allowed',
                      DETAIL = core.message_detail('scheduling.service_not_offered_telemedicine', v_service.name::text);
        END IF;
        IF NEW.meeting_url IS NULL THEN
            SELECT s.value #>> '{}' INTO v_template FROM core.setting s WHERE s.key = 'telemedicine_url_template';
            NEW.meeting_url := replace(coalesce(v_template, 'https://meet.example-hospital.org/hd-{token}'),
                                       '{token}', replace(gen_random_uuid()::text, '-', ''));
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER appointment_prepare BEFORE INSERT OR UPDATE OF kind, service_id, department_id
    ON scheduling.appointment FOR EACH ROW EXECUTE FUNCTION scheduling.appointment_prepare();

-- ---------------------------------------------------------------------------------------------------
-- Free slots
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION scheduling.free_slots(p_provider_id bigint, p_from timestamptz, p_to timestamptz)
RETURNS TABLE (provider_id bigint, starts_at timestamptz, ends_at timestamptz, room_id bigint, department_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse', 'hms_admin'],
                                     'only reception, clinicians and administrators look for free slots',
                                     'scheduling.reception_clinicians_administrators_look');
    IF p_provider_id IS NULL OR p_from IS NULL OR p_to IS NULL THEN
        RAISE EXCEPTION 'free slots need a provider and a time range'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = core.message_detail('scheduling.free_slots_need_provider');
    END IF;
    PERFORM core.check_time(p_from, 'the start of the range'), core.check_time(p_to, 'the end of the range');
    IF p_to - p_from > interval '62 days' THEN
        RAISE EXCEPTION 'ask for at most 62 days of free slots at a time'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('scheduling.free_slots_range_too_long');
    END IF;
    IF p_to <= greatest(p_from, now()) THEN
        RETURN;  -- a range over by now has no free slots (and is no range for session_slots)
    END IF;
    RETURN QUERY
    SELECT DISTINCT ON (s.starts_at) s.provider_id, s.starts_at, s.slot_ends_at, s.room_id, s.department_id
      FROM scheduling.session_slots(ARRAY[p_provider_id], greatest(p_from, now()), p_to) AS s
     WHERE s.starts_at > now()
       AND NOT EXISTS (SELECT 1 FROM scheduling.schedule_exception e
                        WHERE e.staff_id = s.provider_id AND e.kind = 'leave' AND e.active
                          AND e.period && tstzrange(s.starts_at, s.slot_ends_at))
       AND NOT EXISTS (SELECT 1 FROM scheduling.appointment a
                        WHERE a.provider_id = s.provider_id AND a.status NOT IN ('cancelled', 'no_show')
                          AND a.period && tstzrange(s.starts_at, s.slot_ends_at))
       AND (s.room_id IS NULL
            OR NOT EXISTS (SELECT 1 FROM scheduling.appointment a
                            WHERE a.room_id = s.room_id AND a.status NOT IN ('cancelled', 'no_show')
                              AND a.period && tstzrange(s.starts_at, s.slot_ends_at)))
     ORDER BY s.starts_at, s.room_id NULLS LAST;
END
$$;
COMMENT ON FUNCTION scheduling.free_slots(bigint, timestamptz, timestamptz) IS
    'Free slots of a provider starting in [from, to) (at most 62 days): template sessions (clinic time zone) and '
    'extra sessions, minus leave, minus active appointments of the provider or the session''s room; future only.';

CREATE OR REPLACE FUNCTION scheduling.next_free_slots(p_service_id bigint, p_provider_id bigint DEFAULT NULL,
                                           p_department_id bigint DEFAULT NULL, p_after timestamptz DEFAULT now(),
                                           p_count integer DEFAULT 5)
RETURNS TABLE (provider_id bigint, provider_name text, starts_at timestamptz, ends_at timestamptz, room_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_service   scheduling.service;
    v_dept      bigint := p_department_id;
    v_duration  interval;
    v_providers bigint[];
    v_from      timestamptz := greatest(coalesce(core.check_time(p_after, 'the time to search from'), now()), now());
    v_limit     timestamptz;
    v_found     integer := 0;
    v_slot      record;
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse', 'hms_admin'],
                                     'only reception, clinicians and administrators look for free slots',
                                     'scheduling.reception_clinicians_administrators_look');
    IF p_count IS NULL OR p_count NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'ask for 1 to 100 free slots'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('scheduling.free_slots_count_invalid');
    END IF;
    IF p_service_id IS NOT NULL THEN
        SELECT * INTO v_service FROM scheduling.service s WHERE s.id = p_service_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no service with id %', p_service_id
                USING ERRCODE = 'no_data_found',
                      DETAIL = core.message_detail('scheduling.service_not_found', p_service_id::text);
        END IF;
        IF NOT v_service.active THEN
            RAISE EXCEPTION 'the service % is no longer offered', v_service.name
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('scheduling.service_no_longer_offered', v_service.name::text);
        END IF;
        IF v_dept IS NOT NULL AND v_dept <> v_service.department_id THEN
            RAISE EXCEPTION 'the service % belongs to another department', v_service.name
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('scheduling.service_belongs_another_department',
                                                   v_service.name::text);
        END IF;
        v_dept := v_service.department_id;
        v_duration := make_interval(mins => v_service.duration_minutes);
    ELSIF v_dept IS NULL AND p_provider_id IS NULL THEN
        RAISE EXCEPTION 'name a service, a provider or a department'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = core.message_detail('scheduling.name_service_provider_department');
    END IF;
    SELECT array_agg(DISTINCT st.id) INTO v_providers
      FROM core.staff st JOIN core.staff_department sd ON sd.staff_id = st.id AND sd.active
     WHERE st.active AND (p_provider_id IS NULL OR st.id = p_provider_id)
       AND (v_dept IS NULL OR sd.department_id = v_dept);
    IF v_providers IS NULL THEN
        RETURN;
    END IF;
    -- Search a week at a time, 60 days at most: the first week usually answers.
    v_limit := v_from + interval '60 days';
    WHILE v_from < v_limit AND v_found < p_count LOOP
        FOR v_slot IN
            SELECT f.provider_id, st.full_name, f.starts_at, f.ends_at, f.room_id
              FROM (SELECT DISTINCT ON (s.provider_id, s.starts_at)
                           s.provider_id, s.starts_at, s.starts_at + coalesce(v_duration, s.slot_ends_at - s.starts_at)
                           AS ends_at, s.room_id
                      FROM scheduling.session_slots(v_providers, v_from, least(v_from + interval '7 days', v_limit)) AS s
                     WHERE (v_dept IS NULL OR s.department_id = v_dept)
                       AND s.starts_at > now()
                       AND s.starts_at + coalesce(v_duration, s.slot_ends_at - s.starts_at) <= s.session_ends_at
                     ORDER BY s.provider_id, s.starts_at, s.room_id NULLS LAST) AS f
              JOIN core.staff st ON st.id = f.provider_id
             WHERE NOT EXISTS (SELECT 1 FROM scheduling.schedule_exception e
                                WHERE e.staff_id = f.provider_id AND e.kind = 'leave' AND e.active
                                  AND e.period && tstzrange(f.starts_at, f.ends_at))
               AND NOT EXISTS (SELECT 1 FROM scheduling.appointment a
                                WHERE a.provider_id = f.provider_id AND a.status NOT IN ('cancelled', 'no_show')
                                  AND a.period && tstzrange(f.starts_at, f.ends_at))
               AND (f.room_id IS NULL
                    OR NOT EXISTS (SELECT 1 FROM scheduling.appointment a
                                    WHERE a.room_id = f.room_id AND a.status NOT IN ('cancelled', 'no_show')
                                      AND a.period && tstzrange(f.starts_at, f.ends_at)))
             ORDER BY f.starts_at, st.full_name, f.provider_id
             LIMIT p_count - v_found
        LOOP
            provider_id := v_slot.provider_id;
            provider_name := v_slot.full_name;
            starts_at := v_slot.starts_at;
            ends_at := v_slot.ends_at;
            room_id := v_slot.room_id;
            v_found := v_found + 1;
            RETURN NEXT;
        END LOOP;
        v_from := v_from + interval '7 days';
    END LOOP;
END
$$;
COMMENT ON FUNCTION scheduling.next_free_slots(bigint, bigint, bigint, timestamptz, integer) IS
    'The next p_count free times (within 60 days after p_after) long enough for the service, of one provider or of '
    'every provider of the service''s department. Without a service: slot-long times of a provider or department.';

-- ---------------------------------------------------------------------------------------------------
-- Booking, rescheduling, cancelling
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION scheduling.book(p_patient_id bigint, p_provider_id bigint, p_service_id bigint,
                                p_starts_at timestamptz, p_kind text DEFAULT 'in_person',
                                p_room_id bigint DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_row scheduling.appointment;
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse'],
                                     'only reception, doctors and nurses book appointments',
                                     'scheduling.reception_doctors_nurses_book');
    v_row := scheduling.prepare_appointment(p_patient_id, p_provider_id, p_service_id, p_starts_at, p_kind, p_room_id);
    PERFORM scheduling.assert_free(v_row, NULL);
    PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id, v_row.room_id));
    RETURN scheduling.insert_appointment(v_row, NULL);
END
$$;
COMMENT ON FUNCTION scheduling.book(bigint, bigint, bigint, timestamptz, text, bigint) IS
    'Book a patient with a provider for a service at a start time (the end follows from the service). Refuses '
    'leave, times outside the provider''s sessions and the past (23514, constraint field names the rule); an '
    'overlap is 23P01 ''this slot was just taken''. Returns the appointment id.';

CREATE OR REPLACE FUNCTION scheduling.reschedule(p_appointment_id bigint, p_new_start timestamptz,
                                      p_provider_id bigint DEFAULT NULL, p_reason text DEFAULT 'rescheduled')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_reason      text := btrim(coalesce(p_reason, ''));
    v_prev_reason text := current_setting('hms.reason', true);
    v_old         scheduling.appointment;
    v_new         scheduling.appointment;
    v_id          bigint;
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse'],
                                     'only reception, doctors and nurses reschedule appointments',
                                     'scheduling.reception_doctors_nurses_reschedule');
    PERFORM core.check_reason(v_reason, 3, 'rescheduling needs a reason of at least 3 characters',
                              p_key => 'scheduling.rescheduling_needs_reason_least');
    v_old := scheduling.lock_appointment(p_appointment_id);
    IF v_old.status NOT IN ('booked', 'checked_in') THEN
        RAISE EXCEPTION 'appointment % is %: only booked or checked-in appointments can be rescheduled',
                        v_old.id, replace(v_old.status, '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_status',
                  DETAIL = core.message_detail('scheduling.appointment_not_reschedulable', v_old.id::text,
                                               replace(v_old.status, '_', ' '));
    END IF;
    v_new := scheduling.prepare_appointment(v_old.patient_id, coalesce(p_provider_id, v_old.provider_id),
                                            v_old.service_id, p_new_start, v_old.kind, NULL);
    PERFORM scheduling.assert_free(v_new, v_old.id);
    PERFORM scheduling.lock_resources(scheduling.resource_keys(v_old.provider_id, v_old.patient_id, v_old.room_id)
                                      || scheduling.resource_keys(v_new.provider_id, v_new.patient_id, v_new.room_id));
    PERFORM set_config('hms.reason', v_reason, true);
    UPDATE scheduling.appointment a
       SET status = 'cancelled', cancel_reason = v_reason, cancelled_at = now(), cancelled_by = session_user
     WHERE a.id = v_old.id;
    v_id := scheduling.insert_appointment(v_new, v_old.id);
    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION scheduling.reschedule(bigint, timestamptz, bigint, text) IS
    'Atomically cancel an appointment (with the reason) and book its replacement (same patient, service and kind; '
    'another provider when given; room from the new session) linked by rescheduled_from_id. Returns the new id.';

CREATE OR REPLACE FUNCTION scheduling.cancel(p_appointment_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_reason      text := btrim(coalesce(p_reason, ''));
    v_prev_reason text := current_setting('hms.reason', true);
    v_row         scheduling.appointment;
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse'],
                                     'only reception, doctors and nurses cancel appointments',
                                     'scheduling.reception_doctors_nurses_cancel');
    PERFORM core.check_reason(v_reason, 3, 'a cancellation needs a reason of at least 3 characters',
                              p_key => 'scheduling.cancellation_needs_reason_least');
    v_row := scheduling.lock_appointment(p_appointment_id);
    IF v_row.status NOT IN ('booked', 'checked_in') THEN
        RAISE EXCEPTION 'appointment % is %: only booked or checked-in appointments can be cancelled',
                        v_row.id, replace(v_row.status, '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_status',
                  DETAIL = core.message_detail('scheduling.appointment_not_cancellable', v_row.id::text,
                                               replace(v_row.status, '_', ' '));
    END IF;
    PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id, v_row.room_id));
    PERFORM set_config('hms.reason', v_reason, true);
    UPDATE scheduling.appointment a
       SET status = 'cancelled', cancel_reason = v_reason, cancelled_at = now(), cancelled_by = session_user
     WHERE a.id = v_row.id;
    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
END
$$;
COMMENT ON FUNCTION scheduling.cancel(bigint, text) IS
    'Cancel a booked or checked-in appointment with a reason (>= 3 characters); the slot becomes free.';

CREATE OR REPLACE FUNCTION scheduling.mark_no_show(p_appointment_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_row scheduling.appointment;
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse'],
                                     'only reception, doctors and nurses record a no-show',
                                     'scheduling.reception_doctors_nurses_record');
    v_row := scheduling.lock_appointment(p_appointment_id);
    IF v_row.status <> 'booked' THEN
        RAISE EXCEPTION 'appointment % is %: only a booked appointment can be a no-show', v_row.id,
                        replace(v_row.status, '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_status',
                  DETAIL = core.message_detail('scheduling.appointment_not_no_show', v_row.id::text,
                                               replace(v_row.status, '_', ' '));
    END IF;
    IF now() < lower(v_row.period) THEN
        RAISE EXCEPTION 'appointment % has not started yet (it starts at %)', v_row.id,
                        to_char(lower(v_row.period) AT TIME ZONE scheduling.clinic_timezone(), 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_not_started',
                  DETAIL = core.message_detail('scheduling.appointment_not_started_yet', v_row.id::text,
                                               to_char(lower(v_row.period) AT TIME ZONE scheduling.clinic_timezone(), 'YYYY-MM-DD HH24:MI'));
    END IF;
    PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id, v_row.room_id));
    UPDATE scheduling.appointment a SET status = 'no_show' WHERE a.id = v_row.id;
END
$$;
COMMENT ON FUNCTION scheduling.mark_no_show(bigint) IS 'Record that the patient of a booked appointment did not come (after its start).';

-- ---------------------------------------------------------------------------------------------------
-- The visit: check-in, the queue, calling in, the consultation
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION scheduling.check_in(p_appointment_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_row scheduling.appointment;
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception'], 'only reception checks patients in',
                               'scheduling.reception_checks_patients');
    v_row := scheduling.lock_appointment(p_appointment_id);
    IF v_row.status <> 'booked' THEN
        RAISE EXCEPTION 'appointment % is %: only a booked appointment can be checked in', v_row.id,
                        replace(v_row.status, '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_status',
                  DETAIL = core.message_detail('scheduling.appointment_not_checkin', v_row.id::text,
                                               replace(v_row.status, '_', ' '));
    END IF;
    IF scheduling.local_day(lower(v_row.period)) <> scheduling.local_day(now()) THEN
        RAISE EXCEPTION 'appointment % is on %, not today', v_row.id,
                        to_char(scheduling.local_day(lower(v_row.period)), 'YYYY-MM-DD')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_not_today',
                  DETAIL = core.message_detail('scheduling.appointment_not_today', v_row.id::text,
                                               to_char(scheduling.local_day(lower(v_row.period)), 'YYYY-MM-DD'));
    END IF;
    PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id, v_row.room_id));
    UPDATE scheduling.appointment a SET status = 'checked_in', checked_in_at = now() WHERE a.id = v_row.id;
END
$$;
COMMENT ON FUNCTION scheduling.check_in(bigint) IS 'Reception: the patient of one of today''s booked appointments has arrived.';

CREATE OR REPLACE FUNCTION scheduling.queue(p_department_id bigint)
RETURNS TABLE (appointment_id bigint, patient_id bigint, mrn text, patient_name text, provider_id bigint,
               provider_name text, service_name text, kind text, starts_at timestamptz, checked_in_at timestamptz,
               waiting_minutes integer, status text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    -- SECURITY INVOKER on purpose: row-level security on the appointments decides what the caller sees.
    SELECT a.id, a.patient_id, p.mrn, p.family_name || ', ' || p.given_name, a.provider_id, st.full_name, sv.name,
           a.kind, lower(a.period), a.checked_in_at,
           floor(extract(epoch FROM coalesce(a.called_at, now()) - a.checked_in_at) / 60)::integer, a.status
      FROM scheduling.appointment a
      JOIN registry.patient p ON p.id = a.patient_id
      JOIN core.staff st ON st.id = a.provider_id
      JOIN scheduling.service sv ON sv.id = a.service_id
     WHERE a.department_id = p_department_id
       AND a.status IN ('checked_in', 'in_consultation')
       AND coalesce(a.checked_in_at, a.called_at) >= scheduling.day_start(scheduling.local_day(now()))
     ORDER BY a.status = 'in_consultation', coalesce(a.checked_in_at, a.called_at), a.id
$$;
COMMENT ON FUNCTION scheduling.queue(bigint) IS
    'Today''s waiting room of a department: checked-in patients, longest waiting first, then those in consultation '
    '(waiting_minutes = check-in to call, or to now). Row-level security applies.';

CREATE OR REPLACE FUNCTION scheduling.call_next(p_department_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me  bigint;
    v_row scheduling.appointment;
BEGIN
    v_me := core.require_group(ARRAY['hms_doctor'], 'only doctors call the next patient',
                               'scheduling.doctors_call_next_patient');
    IF p_department_id IS NULL THEN
        RAISE EXCEPTION 'say which department''s queue'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = core.message_detail('scheduling.queue_department_required');
    END IF;
    IF NOT p_department_id = ANY (core.my_department_ids()) THEN
        RAISE EXCEPTION 'you do not work in department %', p_department_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('scheduling.you_do_not_work', p_department_id::text);
    END IF;
    -- The caller's own patients first, then the department's, longest waiting first; a row another doctor is
    -- calling right now is skipped, so two doctors never call the same patient.
    SELECT * INTO v_row FROM scheduling.appointment a
     WHERE a.department_id = p_department_id AND a.status = 'checked_in'
       AND a.checked_in_at >= scheduling.day_start(scheduling.local_day(now()))
     ORDER BY a.provider_id = v_me DESC, a.checked_in_at, a.id
     LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id, v_row.room_id));
    UPDATE scheduling.appointment a SET status = 'in_consultation', called_at = now(), called_by_id = v_me
     WHERE a.id = v_row.id;
    RETURN v_row.id;
END
$$;
COMMENT ON FUNCTION scheduling.call_next(bigint) IS
    'Doctors: call the longest-waiting checked-in patient of the department (own patients first) into consultation; '
    'returns the appointment id, NULL when nobody waits. Safe for many doctors at once (SKIP LOCKED).';

CREATE OR REPLACE FUNCTION scheduling.start_consultation(p_appointment_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me         bigint;
    v_row        scheduling.appointment;
    v_enc_status text;
    v_dept_kind  text;
    v_encounter  bigint;
BEGIN
    v_me := core.require_group(ARRAY['hms_doctor'], 'only doctors start a consultation',
                               'scheduling.doctors_start_consultation');
    v_row := scheduling.lock_appointment(p_appointment_id);
    IF NOT v_row.department_id = ANY (core.my_department_ids()) THEN
        RAISE EXCEPTION 'appointment % is in a department you do not work in', v_row.id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('scheduling.appointment_department_you_do', v_row.id::text);
    END IF;
    IF v_row.status NOT IN ('booked', 'checked_in', 'in_consultation') THEN
        RAISE EXCEPTION 'appointment % is %: no consultation can start', v_row.id, replace(v_row.status, '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_status',
                  DETAIL = core.message_detail('scheduling.appointment_no_consultation_start', v_row.id::text,
                                               replace(v_row.status, '_', ' '));
    END IF;
    IF v_row.encounter_id IS NOT NULL THEN  -- resume
        SELECT e.status INTO v_enc_status FROM clinical.encounter e WHERE e.id = v_row.encounter_id;
        IF v_enc_status <> 'open' THEN
            RAISE EXCEPTION 'the encounter of appointment % is %', v_row.id, v_enc_status
                USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_status',
                      DETAIL = core.message_detail('scheduling.appointment_encounter_status', v_row.id::text,
                                                   v_enc_status);
        END IF;
        RETURN v_row.encounter_id;
    END IF;
    IF scheduling.local_day(lower(v_row.period)) <> scheduling.local_day(now()) THEN
        RAISE EXCEPTION 'appointment % is on %, not today', v_row.id,
                        to_char(scheduling.local_day(lower(v_row.period)), 'YYYY-MM-DD')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduling_not_today',
                  DETAIL = core.message_detail('scheduling.appointment_not_today', v_row.id::text,
                                               to_char(scheduling.local_day(lower(v_row.period)), 'YYYY-MM-DD'));
    END IF;
    SELECT d.kind INTO v_dept_kind FROM core.department d WHERE d.id = v_row.department_id;
    PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id, v_row.room_id));
    INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind)
    VALUES (v_row.patient_id, v_row.department_id, v_me,
            CASE WHEN v_row.kind = 'telemedicine' THEN 'telemedicine'
                 WHEN v_dept_kind = 'emergency' THEN 'emergency' ELSE 'outpatient' END)
    RETURNING id INTO v_encounter;
    UPDATE scheduling.appointment a
       SET encounter_id = v_encounter, status = 'in_consultation', called_at = coalesce(a.called_at, now()),
           called_by_id = coalesce(a.called_by_id, v_me)
     WHERE a.id = v_row.id;
    RETURN v_encounter;
END
$$;
COMMENT ON FUNCTION scheduling.start_consultation(bigint) IS
    'Doctors: open the clinical encounter of today''s appointment (clinician = caller, the appointment''s '
    'department, kind telemedicine for a video visit) or resume the open one; returns the encounter id.';

-- When the encounter of an appointment is closed the appointment is completed; when it is cancelled the
-- patient goes back to where they were (checked in, or booked).
CREATE OR REPLACE FUNCTION scheduling.encounter_status_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_row scheduling.appointment;
BEGIN
    SELECT * INTO v_row FROM scheduling.appointment a WHERE a.encounter_id = NEW.id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NEW.status = 'closed' AND v_row.status IN ('booked', 'checked_in', 'in_consultation') THEN
        PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id,
                                                                   v_row.room_id));
        UPDATE scheduling.appointment a SET status = 'completed', completed_at = coalesce(NEW.ended_at, now())
         WHERE a.id = v_row.id;
    ELSIF NEW.status = 'cancelled' AND v_row.status = 'in_consultation' THEN
        PERFORM scheduling.lock_resources(scheduling.resource_keys(v_row.provider_id, v_row.patient_id,
                                                                   v_row.room_id));
        UPDATE scheduling.appointment a
           SET status = CASE WHEN a.checked_in_at IS NOT NULL THEN 'checked_in' ELSE 'booked' END,
               encounter_id = NULL, called_at = NULL, called_by_id = NULL
         WHERE a.id = v_row.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER encounter_completes_appointment AFTER UPDATE OF status ON clinical.encounter
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION scheduling.encounter_status_changed();
