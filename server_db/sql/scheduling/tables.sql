-- scheduling: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- scheduling: services, rooms, providers' weekly sessions and their exceptions (leave, extra sessions),
-- appointments and the waiting-room queue.
--.
--
-- Time. A template's start and end times are wall-clock times in the clinic's time zone, the setting
-- core.setting 'clinic_timezone'. It is initialised from the server's TimeZone setting when this file runs
-- (postgresql.conf; initdb copies the machine's zone there) and administrators may change it. Only that
-- setting places sessions: a workstation's own session TimeZone never moves a slot. Appointments and
-- exceptions store absolute [start, end) tstzranges; "today" (check-in, the queue) is the clinic's today.
--
-- Double booking is impossible. Exclusion constraints (btree_gist, schema ext) refuse two active
-- appointments (status other than cancelled / no_show) whose periods overlap for the same provider
-- (ex_appointment_provider), the same patient (ex_appointment_patient) or the same room
-- (ex_appointment_room). scheduling.book and scheduling.reschedule re-raise the violation as SQLSTATE 23P01
-- with the message 'this slot was just taken', keeping the constraint name in the error's constraint field.
--
-- No deadlocks between bookers. Two transactions inserting conflicting rows at the same moment would each
-- wait for the other inside the exclusion check (a deadlock, resolved only after deadlock_timeout). So
-- every function that writes an appointment first takes transaction-level advisory locks on the
-- appointment's resources (provider, patient, room) in ascending key order (scheduling.lock_resources):
-- bookings of a shared resource queue for a few milliseconds and the loser gets a clean 23P01. Before that,
-- a booking that overlaps an already committed appointment is refused at once (scheduling.assert_free), so
-- the losers of a race do not queue behind the winners' commits.
--
-- Writes. Staff have no INSERT or UPDATE on appointments: every change goes through the SECURITY DEFINER
-- functions below, which check the caller's groups (core.has_group, identity = session_user) and write
-- audited rows. Administrators maintain services, rooms, templates and exceptions with plain SQL (RLS).
--
-- An appointment is a care relationship: clinical.can_access_patient() of 040 is extended at the end of
-- this file (the down file restores the 040 definition). A patient merge moves appointments like every other
-- row that references the patient; it fails (changing nothing) when both records hold overlapping active
-- appointments, as the rules of sql/registry/ say.
-- =====================================================================================================
CREATE SCHEMA scheduling;
COMMENT ON SCHEMA scheduling IS 'Services, rooms, provider sessions, leave, appointments and the waiting-room queue.';

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE scheduling.service (
    id                    bigint GENERATED ALWAYS AS IDENTITY,
    department_id         bigint  NOT NULL,
    code                  text    NOT NULL,
    name                  text    NOT NULL,
    duration_minutes      integer NOT NULL,
    price_code            text    NOT NULL,
    telemedicine_allowed  boolean NOT NULL DEFAULT false,
    active                boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_service PRIMARY KEY (id),
    CONSTRAINT uq_service_code UNIQUE (code),
    CONSTRAINT fk_service_department_id_department FOREIGN KEY (department_id) REFERENCES core.department (id),
    CONSTRAINT ck_service_code CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
    CONSTRAINT ck_service_name CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT ck_service_duration CHECK (duration_minutes BETWEEN 5 AND 480),
    CONSTRAINT ck_service_price_code CHECK (price_code ~ '^[A-Z][A-Z0-9_-]{1,31}$')
);
COMMENT ON TABLE scheduling.service IS 'What can be booked in a department: its length, its billing price code, telemedicine or not.';
COMMENT ON COLUMN scheduling.service.price_code IS 'Code of the billing price list (e.g. CONS-GEN) charged for the service.';

CREATE INDEX ix_service_department_id ON scheduling.service (department_id);

CREATE TABLE scheduling.room (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    department_id  bigint  NOT NULL,
    code           text    NOT NULL,
    name           text    NOT NULL,
    active         boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_room PRIMARY KEY (id),
    CONSTRAINT uq_room_code UNIQUE (code),
    CONSTRAINT fk_room_department_id_department FOREIGN KEY (department_id) REFERENCES core.department (id),
    CONSTRAINT ck_room_code CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
    CONSTRAINT ck_room_name CHECK (length(btrim(name)) BETWEEN 1 AND 200)
);
COMMENT ON TABLE scheduling.room IS 'Consulting rooms of a department; an appointment holds its room for its period.';

CREATE INDEX ix_room_department_id ON scheduling.room (department_id);

CREATE TABLE scheduling.provider_template (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    staff_id       bigint  NOT NULL,
    department_id  bigint  NOT NULL,
    weekday        integer NOT NULL,
    start_time     time    NOT NULL,
    end_time       time    NOT NULL,
    slot_minutes   integer NOT NULL,
    room_id        bigint,
    valid_from     date    NOT NULL DEFAULT current_date,
    valid_to       date,
    CONSTRAINT pk_provider_template PRIMARY KEY (id),
    CONSTRAINT fk_provider_template_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
    CONSTRAINT fk_provider_template_department_id_department FOREIGN KEY (department_id)
        REFERENCES core.department (id),
    CONSTRAINT fk_provider_template_room_id_room FOREIGN KEY (room_id) REFERENCES scheduling.room (id),
    CONSTRAINT ck_provider_template_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_provider_template_slot CHECK (slot_minutes BETWEEN 5 AND 240),
    CONSTRAINT ck_provider_template_times CHECK (start_time < end_time
                                                 AND end_time - start_time >= make_interval(mins => slot_minutes)),
    CONSTRAINT ck_provider_template_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    -- A provider cannot hold two sessions at the same time of the same weekday while both are valid.
    CONSTRAINT ex_provider_template_overlap EXCLUDE USING gist (
        staff_id WITH =, weekday WITH =,
        tsrange(DATE '2000-01-01' + start_time, DATE '2000-01-01' + end_time) WITH &&,
        daterange(valid_from, valid_to, '[]') WITH &&)
);
COMMENT ON TABLE scheduling.provider_template IS
    'A provider''s weekly session: ISO weekday (Monday = 1), wall-clock times in core.setting clinic_timezone, '
    'slot length, default room, valid from/to (inclusive; open-ended when valid_to is NULL).';

CREATE TABLE scheduling.schedule_exception (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    staff_id       bigint      NOT NULL,
    period         tstzrange   NOT NULL,
    kind           text        NOT NULL,
    department_id  bigint,
    room_id        bigint,
    slot_minutes   integer,
    reason         text        NOT NULL,
    active         boolean     NOT NULL DEFAULT true,
    created_by     text        NOT NULL DEFAULT session_user,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_schedule_exception PRIMARY KEY (id),
    CONSTRAINT fk_schedule_exception_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
    CONSTRAINT fk_schedule_exception_department_id_department FOREIGN KEY (department_id)
        REFERENCES core.department (id),
    CONSTRAINT fk_schedule_exception_room_id_room FOREIGN KEY (room_id) REFERENCES scheduling.room (id),
    CONSTRAINT ck_schedule_exception_kind CHECK (kind IN ('leave', 'extra_session')),
    CONSTRAINT ck_schedule_exception_period CHECK (NOT isempty(period) AND NOT lower_inf(period)
                                                   AND NOT upper_inf(period) AND lower_inc(period)
                                                   AND NOT upper_inc(period)),
    CONSTRAINT ck_schedule_exception_session CHECK (
        (kind = 'leave' AND department_id IS NULL AND room_id IS NULL AND slot_minutes IS NULL)
        OR (kind = 'extra_session' AND department_id IS NOT NULL AND slot_minutes BETWEEN 5 AND 240
            AND upper(period) - lower(period) BETWEEN make_interval(mins => slot_minutes) AND interval '24 hours')),
    CONSTRAINT ck_schedule_exception_reason CHECK (length(btrim(reason)) BETWEEN 3 AND 500),
    CONSTRAINT ex_schedule_exception_extra_session EXCLUDE USING gist (staff_id WITH =, period WITH &&)
        WHERE (kind = 'extra_session' AND active)
);
COMMENT ON TABLE scheduling.schedule_exception IS
    'Leave (no bookings in the period) or an extra session (bookable like a template session) of a provider; '
    'withdrawn by setting active = false, never deleted.';

CREATE INDEX ix_schedule_exception_staff_period ON scheduling.schedule_exception USING gist (staff_id, period);

CREATE TABLE scheduling.appointment (
    id                   bigint GENERATED ALWAYS AS IDENTITY,
    patient_id           bigint      NOT NULL,
    provider_id          bigint      NOT NULL,
    department_id        bigint      NOT NULL,
    service_id           bigint      NOT NULL,
    room_id              bigint,
    period               tstzrange   NOT NULL,
    kind                 text        NOT NULL DEFAULT 'in_person',
    meeting_url          text,
    status               text        NOT NULL DEFAULT 'booked',
    cancel_reason        text,
    rescheduled_from_id  bigint,
    encounter_id         bigint,
    booked_by            text        NOT NULL DEFAULT session_user,
    booked_at            timestamptz NOT NULL DEFAULT now(),
    checked_in_at        timestamptz,
    called_at            timestamptz,
    called_by_id         bigint,
    cancelled_at         timestamptz,
    cancelled_by         text,
    completed_at         timestamptz,
    -- last, as migration 0007 added it: lower(period) for leakproof comparisons an index serves under RLS
    starts_at            timestamptz GENERATED ALWAYS AS (lower(period)) STORED,
    CONSTRAINT pk_appointment PRIMARY KEY (id),
    CONSTRAINT uq_appointment_rescheduled_from_id UNIQUE (rescheduled_from_id),
    CONSTRAINT uq_appointment_encounter_id UNIQUE (encounter_id),
    CONSTRAINT fk_appointment_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_appointment_provider_id_staff FOREIGN KEY (provider_id) REFERENCES core.staff (id),
    CONSTRAINT fk_appointment_department_id_department FOREIGN KEY (department_id) REFERENCES core.department (id),
    CONSTRAINT fk_appointment_service_id_service FOREIGN KEY (service_id) REFERENCES scheduling.service (id),
    CONSTRAINT fk_appointment_room_id_room FOREIGN KEY (room_id) REFERENCES scheduling.room (id),
    CONSTRAINT fk_appointment_rescheduled_from_id_appointment FOREIGN KEY (rescheduled_from_id)
        REFERENCES scheduling.appointment (id),
    CONSTRAINT fk_appointment_called_by_id_staff FOREIGN KEY (called_by_id) REFERENCES core.staff (id),
    -- The encounter belongs to the same patient; ON UPDATE CASCADE so a patient merge moves both together.
    CONSTRAINT fk_appointment_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT ck_appointment_period CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
                                            AND lower_inc(period) AND NOT upper_inc(period)
                                            AND upper(period) - lower(period) <= interval '12 hours'),
    CONSTRAINT ck_appointment_kind CHECK (kind IN ('in_person', 'telemedicine')),
    CONSTRAINT ck_appointment_meeting_url CHECK ((kind = 'telemedicine') = (meeting_url IS NOT NULL)),
    CONSTRAINT ck_appointment_status CHECK (status IN ('booked', 'checked_in', 'in_consultation', 'completed',
                                                       'cancelled', 'no_show')),
    CONSTRAINT ck_appointment_cancelled CHECK ((status = 'cancelled')
                                               = (cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL
                                                  AND cancel_reason IS NOT NULL)),
    CONSTRAINT ck_appointment_cancel_reason CHECK (length(btrim(cancel_reason)) BETWEEN 3 AND 500),
    CONSTRAINT ck_appointment_checked_in CHECK (status <> 'checked_in' OR checked_in_at IS NOT NULL),
    CONSTRAINT ck_appointment_called CHECK (status <> 'in_consultation' OR called_at IS NOT NULL),
    CONSTRAINT ck_appointment_completed CHECK ((status = 'completed') = (completed_at IS NOT NULL)
                                               AND (status <> 'completed' OR encounter_id IS NOT NULL)),
    CONSTRAINT ck_appointment_not_rescheduled_from_itself CHECK (rescheduled_from_id <> id),
    CONSTRAINT ex_appointment_provider EXCLUDE USING gist (provider_id WITH =, period WITH &&)
        WHERE (status NOT IN ('cancelled', 'no_show')),
    CONSTRAINT ex_appointment_patient EXCLUDE USING gist (patient_id WITH =, period WITH &&)
        WHERE (status NOT IN ('cancelled', 'no_show')),
    CONSTRAINT ex_appointment_room EXCLUDE USING gist (room_id WITH =, period WITH &&)
        WHERE (room_id IS NOT NULL AND status NOT IN ('cancelled', 'no_show'))
);
COMMENT ON TABLE scheduling.appointment IS
    'A booked visit (in person or by video) of a patient with a provider for a service; written only by the '
    'scheduling functions. Active (not cancelled / no-show) appointments never overlap per provider, patient, room.';
COMMENT ON COLUMN scheduling.appointment.period IS '[start, end): the start chosen at booking, the end from the service''s duration.';
COMMENT ON COLUMN scheduling.appointment.starts_at IS
    'lower(period), stored: a plain timestamp that a calendar''s query compares with leakproof '
    'operators, so under row-level security the indexes below serve it (the range operators && and '
    'lower() are not leakproof, and PostgreSQL does not use an index for them before the policy). '
    'A period is at most 12 hours, so an appointment overlapping [s, e) starts in [s - 12 hours, e).';
COMMENT ON COLUMN scheduling.appointment.rescheduled_from_id IS 'The cancelled appointment this one replaced (scheduling.reschedule).';
COMMENT ON COLUMN scheduling.appointment.encounter_id IS 'The clinical encounter of the visit (scheduling.start_consultation).';
COMMENT ON COLUMN scheduling.appointment.called_by_id IS 'The clinician who called the patient in (scheduling.call_next).';

CREATE INDEX ix_appointment_patient_id ON scheduling.appointment (patient_id);

CREATE INDEX ix_appointment_department_period ON scheduling.appointment USING gist (department_id, period);

-- The calendars and the dashboards' "today" under row-level security (see starts_at).
CREATE INDEX ix_appointment_department_starts ON scheduling.appointment (department_id, starts_at);

CREATE INDEX ix_appointment_provider_starts ON scheduling.appointment (provider_id, starts_at);

CREATE INDEX ix_appointment_waiting ON scheduling.appointment (department_id, checked_in_at)
    WHERE status IN ('checked_in', 'in_consultation');
