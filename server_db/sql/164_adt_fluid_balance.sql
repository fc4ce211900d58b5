-- =====================================================================================================
-- adt: fluid balance chart (intake and output) of a stay. Applied by migration 0009; 164_adt_fluid_balance.down.sql
-- undoes it.
--
-- Each measured volume is one row: in (oral, IV, enteral tube, blood products, other) or out (urine, vomit,
-- drain, stool, gastric aspirate, other), in millilitres, at the time it was measured. Written only by
-- adt.record_fluid — a nurse or doctor of the patient's ward, or the stay's attending / admitting doctor, during
-- the stay, measured at most 24 h back and never in the future — and corrected only by marking an entry
-- entered in error with a reason (adt.void_fluid); nothing is deleted. adt.fluid_balance(admission) sums the
-- final entries per clinic-timezone day: intake, output, balance and the running balance of the stay.
-- =====================================================================================================
CREATE TABLE adt.fluid_entry (
    id            bigint      GENERATED ALWAYS AS IDENTITY,
    admission_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    direction     text        NOT NULL,
    route         text        NOT NULL,
    volume_ml     integer     NOT NULL,
    measured_at   timestamptz NOT NULL,
    note          text,
    recorded_by   bigint      NOT NULL DEFAULT core.current_staff_id(),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    status        text        NOT NULL DEFAULT 'final',
    error_reason  text,
    CONSTRAINT pk_fluid_entry PRIMARY KEY (id),
    CONSTRAINT fk_fluid_entry_admission_patient FOREIGN KEY (admission_id, patient_id)
        REFERENCES adt.admission (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_fluid_entry_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_fluid_entry_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_fluid_entry_route CHECK (
        (direction = 'in' AND route IN ('oral', 'iv', 'enteral', 'blood', 'other'))
        OR (direction = 'out' AND route IN ('urine', 'vomit', 'drain', 'stool', 'aspirate', 'other'))),
    CONSTRAINT ck_fluid_entry_volume_ml CHECK (volume_ml BETWEEN 1 AND 5000),
    CONSTRAINT ck_fluid_entry_note CHECK (length(note) <= 200),
    CONSTRAINT ck_fluid_entry_status CHECK (status IN ('final', 'entered_in_error')),
    CONSTRAINT ck_fluid_entry_error CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                           AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE adt.fluid_entry IS
    'Fluid balance chart: one measured intake or output volume of a stay; written only by adt.record_fluid, '
    'corrected by marking entered_in_error (adt.void_fluid).';
CREATE INDEX ix_fluid_entry_admission_id ON adt.fluid_entry (admission_id, measured_at);
CREATE INDEX ix_fluid_entry_patient_id ON adt.fluid_entry (patient_id);
GRANT SELECT ON adt.fluid_entry TO hms_doctor, hms_nurse;

-- The caller may chart this stay: a nurse or doctor of its ward, or its attending / admitting doctor.
CREATE FUNCTION adt.may_chart(p_adm adt.admission, p_me bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_adm.ward_id = ANY (core.my_department_ids()) OR p_me IN (p_adm.attending_id, p_adm.admitting_id)
$$;
REVOKE EXECUTE ON FUNCTION adt.may_chart(adt.admission, bigint) FROM PUBLIC;

CREATE FUNCTION adt.record_fluid(p_admission_id bigint, p_direction text, p_route text, p_volume_ml integer,
                                 p_measured_at timestamptz DEFAULT NULL, p_note text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me  bigint := adt.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors chart fluids');
    v_adm adt.admission;
    v_at  timestamptz := coalesce(p_measured_at, now());
    v_id  bigint;
BEGIN
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id;
    IF NOT FOUND OR NOT adt.may_chart(v_adm, v_me) THEN
        RAISE EXCEPTION 'no stay % on your ward', p_admission_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_adm.discharged_at IS NOT NULL THEN
        RAISE EXCEPTION 'the patient was discharged: the fluid chart of the stay is closed'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF v_at > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'a fluid volume cannot be measured in the future' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'ck_fluid_entry_measured_at';
    END IF;
    IF v_at < greatest(v_adm.admitted_at, now() - interval '24 hours') THEN
        RAISE EXCEPTION 'a fluid volume is charted within 24 hours of measuring it, and not before the admission'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_fluid_entry_measured_at';
    END IF;
    INSERT INTO adt.fluid_entry (admission_id, patient_id, direction, route, volume_ml, measured_at, note)
    VALUES (v_adm.id, v_adm.patient_id, p_direction, p_route, p_volume_ml, v_at, nullif(btrim(p_note), ''))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION adt.record_fluid(bigint, text, text, integer, timestamptz, text) IS
    'Ward nurses and doctors: chart one measured intake (oral, iv, enteral, blood, other) or output (urine, vomit, '
    'drain, stool, aspirate, other) volume in ml of an active stay, measured within the last 24 hours.';
GRANT EXECUTE ON FUNCTION adt.record_fluid(bigint, text, text, integer, timestamptz, text) TO hms_nurse, hms_doctor;

CREATE FUNCTION adt.void_fluid(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me  bigint := adt.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors correct the chart');
    v_row adt.fluid_entry;
    v_adm adt.admission;
BEGIN
    SELECT * INTO v_row FROM adt.fluid_entry f WHERE f.id = p_id FOR UPDATE;
    IF FOUND THEN
        SELECT * INTO v_adm FROM adt.admission a WHERE a.id = v_row.admission_id;
    END IF;
    IF v_row.id IS NULL OR NOT (v_row.recorded_by = v_me OR adt.may_chart(v_adm, v_me)) THEN
        RAISE EXCEPTION 'no fluid entry % on your ward', p_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_row.status <> 'final' THEN
        RAISE EXCEPTION 'fluid entry % is already marked entered in error', p_id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'marking a fluid entry entered in error needs a reason of at least 5 characters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_fluid_entry_error';
    END IF;
    UPDATE adt.fluid_entry f SET status = 'entered_in_error', error_reason = btrim(p_reason) WHERE f.id = p_id;
END
$$;
COMMENT ON FUNCTION adt.void_fluid(bigint, text) IS
    'Mark a fluid entry entered in error (with a reason); it no longer counts in the balance.';
GRANT EXECUTE ON FUNCTION adt.void_fluid(bigint, text) TO hms_nurse, hms_doctor;

-- Per clinic-timezone day of the stay: intake, output, balance and the stay's running balance (final entries;
-- row-level security decides whether the caller sees any).
CREATE FUNCTION adt.fluid_balance(p_admission_id bigint)
RETURNS TABLE (day date, intake_ml bigint, output_ml bigint, balance_ml bigint, cumulative_ml bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT d.day, d.intake, d.output, d.intake - d.output,
           sum(d.intake - d.output) OVER (ORDER BY d.day)::bigint
      FROM (SELECT (f.measured_at AT TIME ZONE scheduling.clinic_timezone())::date AS day,
                   coalesce(sum(f.volume_ml) FILTER (WHERE f.direction = 'in'), 0)::bigint AS intake,
                   coalesce(sum(f.volume_ml) FILTER (WHERE f.direction = 'out'), 0)::bigint AS output
              FROM adt.fluid_entry f
             WHERE f.admission_id = p_admission_id AND f.status = 'final'
             GROUP BY 1) d
     ORDER BY d.day
$$;
COMMENT ON FUNCTION adt.fluid_balance(bigint) IS
    'Daily intake, output and balance (ml) of a stay, with the running balance; what the caller may see.';
GRANT EXECUTE ON FUNCTION adt.fluid_balance(bigint) TO hms_nurse, hms_doctor;

ALTER TABLE adt.fluid_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.fluid_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY "Fluid charts are visible to the patient's care team" ON adt.fluid_entry FOR SELECT
    TO hms_doctor, hms_nurse USING (clinical.can_access_patient(patient_id));

SELECT audit.enable('adt.fluid_entry');
