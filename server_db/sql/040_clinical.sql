-- =====================================================================================================
-- clinical: encounters and notes, the care relationship that opens a chart, break-glass and the chart
-- access log. Applied as hms_owner.
-- A doctor or nurse sees a patient's clinical rows when (a) the patient has an encounter with them or in
-- one of their departments, or (b) they hold an unexpired break-glass grant for that patient. Later issues
-- extend clinical.can_access_patient() with admissions and orders.
-- =====================================================================================================
CREATE SCHEMA clinical;
COMMENT ON SCHEMA clinical IS 'Encounters, notes and (later) diagnoses, allergies, vital signs and orders.';
GRANT USAGE ON SCHEMA clinical TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE clinical.encounter (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    patient_id     bigint      NOT NULL,
    department_id  bigint      NOT NULL,
    clinician_id   bigint      NOT NULL,
    kind           text        NOT NULL DEFAULT 'outpatient',
    status         text        NOT NULL DEFAULT 'open',
    started_at     timestamptz NOT NULL DEFAULT now(),
    ended_at       timestamptz,
    CONSTRAINT pk_encounter PRIMARY KEY (id),
    CONSTRAINT uq_encounter_id_patient_id UNIQUE (id, patient_id),
    CONSTRAINT fk_encounter_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_encounter_department_id_department FOREIGN KEY (department_id) REFERENCES core.department (id),
    CONSTRAINT fk_encounter_clinician_id_staff FOREIGN KEY (clinician_id) REFERENCES core.staff (id),
    CONSTRAINT ck_encounter_kind CHECK (kind IN ('outpatient', 'inpatient', 'emergency', 'telemedicine')),
    CONSTRAINT ck_encounter_status CHECK (status IN ('open', 'closed', 'cancelled')),
    CONSTRAINT ck_encounter_ended CHECK ((status = 'open') = (ended_at IS NULL) AND (ended_at IS NULL OR ended_at >= started_at))
);
COMMENT ON TABLE clinical.encounter IS 'A contact between a patient and a clinician in a department: the care relationship.';
CREATE INDEX ix_encounter_patient_id ON clinical.encounter (patient_id);
CREATE INDEX ix_encounter_clinician_id ON clinical.encounter (clinician_id, started_at);
CREATE INDEX ix_encounter_department_id ON clinical.encounter (department_id, started_at);
GRANT SELECT ON clinical.encounter TO hms_doctor, hms_nurse;
GRANT INSERT (patient_id, department_id, clinician_id, kind) ON clinical.encounter TO hms_doctor;
GRANT UPDATE (status, ended_at) ON clinical.encounter TO hms_doctor;

CREATE TABLE clinical.note (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    encounter_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    author_id     bigint      NOT NULL DEFAULT core.current_staff_id(),
    body          text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_note PRIMARY KEY (id),
    CONSTRAINT fk_note_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_note_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_note_author_id_staff FOREIGN KEY (author_id) REFERENCES core.staff (id),
    CONSTRAINT ck_note_body CHECK (length(btrim(body)) BETWEEN 1 AND 100000)
);
COMMENT ON TABLE clinical.note IS 'Clinical notes; never edited or deleted (amendments arrive as new notes).';
CREATE INDEX ix_note_patient_id ON clinical.note (patient_id, created_at);
CREATE INDEX ix_note_encounter_id ON clinical.note (encounter_id);
GRANT SELECT ON clinical.note TO hms_doctor, hms_nurse;
GRANT INSERT (encounter_id, patient_id, body) ON clinical.note TO hms_doctor, hms_nurse;

-- ---------------------------------------------------------------------------------------------------
-- The care relationship
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION clinical.can_access_patient(p_patient_id bigint) RETURNS boolean
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
GRANT EXECUTE ON FUNCTION clinical.can_access_patient(bigint) TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Break-glass and the chart access log
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION core.break_glass(p_patient_id bigint, p_reason text) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.current_staff_id();
    v_hours   numeric;
    v_expires timestamptz;
BEGIN
    IF v_staff IS NULL OR NOT core.is_clinician() THEN
        RAISE EXCEPTION 'only doctors and nurses may open a chart in an emergency'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 10 THEN
        RAISE EXCEPTION 'an emergency access needs a reason of at least 10 characters'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM registry.patient WHERE id = p_patient_id) THEN
        RAISE EXCEPTION 'no patient with id %', p_patient_id USING ERRCODE = 'no_data_found';
    END IF;
    SELECT (value #>> '{}')::numeric INTO v_hours FROM core.setting WHERE key = 'break_glass_hours';
    INSERT INTO core.break_glass_grant (staff_id, patient_id, reason, expires_at)
    VALUES (v_staff, p_patient_id, btrim(p_reason), now() + make_interval(secs => coalesce(v_hours, 4) * 3600))
    RETURNING expires_at INTO v_expires;
    INSERT INTO audit.access (actor, staff_id, patient_id, purpose, via_break_glass, workstation, client_addr)
    VALUES (session_user, v_staff, p_patient_id, 'break-glass: ' || btrim(p_reason), true,
            nullif(current_setting('application_name', true), ''), inet_client_addr());
    RETURN v_expires;
END
$$;
COMMENT ON FUNCTION core.break_glass(bigint, text) IS
    'Emergency access to a chart without a care relationship: reason required, time-limited, audited.';
GRANT EXECUTE ON FUNCTION core.break_glass(bigint, text) TO hms_doctor, hms_nurse;

CREATE FUNCTION core.log_chart_access(p_patient_id bigint, p_purpose text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
    v_id    bigint;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only active staff open charts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(btrim(coalesce(p_purpose, ''))) = 0 THEN
        RAISE EXCEPTION 'say why the chart is opened' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM registry.patient WHERE id = p_patient_id) THEN
        RAISE EXCEPTION 'no patient with id %', p_patient_id USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit.access (actor, staff_id, patient_id, purpose, via_break_glass, workstation, client_addr)
    VALUES (session_user, v_staff, p_patient_id, left(btrim(p_purpose), 500),
            EXISTS (SELECT 1 FROM core.break_glass_grant g
                     WHERE g.patient_id = p_patient_id AND g.staff_id = v_staff AND g.expires_at > now()),
            nullif(current_setting('application_name', true), ''), inet_client_addr())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION core.log_chart_access(bigint, text) IS 'Record that the logged-in user opened a patient''s chart.';
GRANT EXECUTE ON FUNCTION core.log_chart_access(bigint, text) TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE clinical.encounter ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.encounter FORCE ROW LEVEL SECURITY;
CREATE POLICY "Encounters are visible to the patient's care team" ON clinical.encounter FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinician_id = (SELECT core.current_staff_id())
           OR department_id = ANY ((SELECT core.my_department_ids())::bigint[])
           OR clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors open encounters in their own departments" ON clinical.encounter FOR INSERT
    TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor'))
                AND clinician_id = (SELECT core.current_staff_id())
                AND department_id = ANY ((SELECT core.my_department_ids())::bigint[]));
CREATE POLICY "Doctors close their department's encounters" ON clinical.encounter FOR UPDATE
    TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor'))
           AND (clinician_id = (SELECT core.current_staff_id())
                OR department_id = ANY ((SELECT core.my_department_ids())::bigint[])))
    WITH CHECK (true);

ALTER TABLE clinical.note ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.note FORCE ROW LEVEL SECURITY;
CREATE POLICY "Notes are visible to the patient's care team" ON clinical.note FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Clinicians write notes for their patients" ON clinical.note FOR INSERT
    TO hms_doctor, hms_nurse
    WITH CHECK (author_id = (SELECT core.current_staff_id()) AND clinical.can_access_patient(patient_id));

SELECT audit.enable('clinical.encounter');
SELECT audit.enable('clinical.note');

-- The break-glass table is created before the registry; link it to the patient now.
ALTER TABLE core.break_glass_grant
    ADD CONSTRAINT fk_break_glass_grant_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id);
