-- =====================================================================================================
-- adt: the medication administration record (MAR). Applied as hms_owner by migration 0006 after 130_adt.sql;
-- needs the pharmacy schema (120_pharmacy.sql, migration 0005). 138_adt_mar.down.sql undoes it.
--
-- Scheduled doses. The active prescriptions written in a stay's encounter become scheduled doses: every
-- standard administration time of the prescription's frequency (pharmacy.frequency.administration_times,
-- wall-clock times in core.setting clinic_timezone) from the moment it was written, for its duration_days
-- (open-ended without one), within the stay, until it is completed or cancelled. WEEKLY falls on the weekday it
-- was written, STAT is one dose at the moment it was written, PRN (when required) has no schedule: its doses
-- are recorded when given (scheduled_at NULL). The schedule is computed, never stored (adt.dose_times), so a
-- changed prescription never leaves stale rows behind; what is stored is what happened.
--
-- Recording a dose (adt.record_administration): given, held or refused (held and refused with a reason), only
-- by a nurse or doctor of the patient's ward or the stay's attending / admitting doctor, only for a time of the
-- schedule that is due (not more than an hour ahead), once per scheduled dose (uq_medication_administration_dose),
-- and only with the patient's wristband scanned: the scanned MRN must resolve (registry.resolve_mrn, so a
-- merged record's old wristband still works) to the prescription's patient, else nothing is recorded. A dose
-- recorded more than core.setting 'mar_late_minutes' (default 60) after its time is marked late, and the chart
-- shows unrecorded doses past that time as late. A wrong entry is marked entered_in_error with a reason
-- (adt.void_administration); nothing is deleted.
-- =====================================================================================================
INSERT INTO core.setting (key, value, description) VALUES
    ('mar_late_minutes', '60', 'Minutes after its scheduled time when a dose not yet recorded counts as late.');

CREATE TABLE adt.medication_administration (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    admission_id     bigint      NOT NULL,
    patient_id       bigint      NOT NULL,
    prescription_id  bigint      NOT NULL,
    scheduled_at     timestamptz,
    outcome          text        NOT NULL,
    reason           text,
    dose_note        text,
    scanned_mrn      text        NOT NULL,
    late             boolean     NOT NULL DEFAULT false,
    recorded_by      bigint      NOT NULL DEFAULT core.current_staff_id(),
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL DEFAULT 'final',
    error_reason     text,
    CONSTRAINT pk_medication_administration PRIMARY KEY (id),
    CONSTRAINT fk_medication_administration_admission_patient FOREIGN KEY (admission_id, patient_id)
        REFERENCES adt.admission (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_medication_administration_prescription_patient FOREIGN KEY (prescription_id, patient_id)
        REFERENCES pharmacy.prescription (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_medication_administration_patient_id_patient FOREIGN KEY (patient_id)
        REFERENCES registry.patient (id),
    CONSTRAINT fk_medication_administration_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_medication_administration_outcome CHECK (outcome IN ('given', 'held', 'refused')),
    CONSTRAINT ck_medication_administration_reason CHECK (
        (outcome = 'given' OR length(btrim(reason)) >= 3) AND (reason IS NULL OR length(reason) <= 500)),
    CONSTRAINT ck_medication_administration_dose_note CHECK (length(dose_note) <= 200),
    CONSTRAINT ck_medication_administration_status CHECK (status IN ('final', 'entered_in_error')),
    CONSTRAINT ck_medication_administration_error CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                                        AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE adt.medication_administration IS
    'What happened to a scheduled (or when-required) dose: given, held or refused, by whom, when, with the '
    'wristband scan; written only by adt.record_administration; corrected by marking entered_in_error.';
COMMENT ON COLUMN adt.medication_administration.scheduled_at IS 'The dose''s time in the schedule; NULL for a when-required (PRN) dose.';
COMMENT ON COLUMN adt.medication_administration.late IS 'Recorded more than mar_late_minutes after the scheduled time.';
CREATE UNIQUE INDEX uq_medication_administration_dose ON adt.medication_administration (prescription_id, scheduled_at)
    WHERE status = 'final' AND scheduled_at IS NOT NULL;
CREATE INDEX ix_medication_administration_admission_id ON adt.medication_administration (admission_id, scheduled_at);
CREATE INDEX ix_medication_administration_patient_id ON adt.medication_administration (patient_id);
GRANT SELECT ON adt.medication_administration TO hms_doctor, hms_nurse, hms_pharmacist;

-- ---------------------------------------------------------------------------------------------------
-- The schedule
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION adt.dose_times(p_prescription_id bigint, p_from timestamptz, p_to timestamptz)
RETURNS SETOF timestamptz
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH rx AS (
        SELECT pr.id, pr.created_at, pr.frequency, f.administration_times,
               least(CASE WHEN pr.duration_days IS NOT NULL
                          THEN pr.created_at + make_interval(days => pr.duration_days) END,
                     CASE WHEN pr.status <> 'active' THEN pr.status_changed_at END,
                     a.discharged_at) AS ends_at,
               greatest(pr.created_at, a.admitted_at) AS starts_at,
               scheduling.clinic_timezone() AS tz
          FROM pharmacy.prescription pr
          JOIN pharmacy.frequency f ON f.code = pr.frequency
          JOIN adt.admission a ON a.encounter_id = pr.encounter_id
         WHERE pr.id = p_prescription_id
    )
    SELECT t FROM (
        SELECT ((d::date + tm) AT TIME ZONE rx.tz) AS t, rx.*
          FROM rx
         CROSS JOIN LATERAL generate_series((greatest(rx.starts_at, p_from) AT TIME ZONE rx.tz)::date,
                                            (least(coalesce(rx.ends_at, p_to), p_to) AT TIME ZONE rx.tz)::date,
                                            interval '1 day') AS d
         CROSS JOIN LATERAL unnest(rx.administration_times) AS tm
         WHERE rx.frequency NOT IN ('PRN', 'STAT')
           AND (rx.frequency <> 'WEEKLY' OR extract(isodow FROM d) = extract(isodow FROM rx.created_at AT TIME ZONE rx.tz))
        UNION ALL
        SELECT rx.created_at, rx.* FROM rx WHERE rx.frequency = 'STAT'
    ) s
    WHERE s.t >= s.starts_at
      AND (s.ends_at IS NULL OR s.t < s.ends_at)
      AND s.t >= p_from AND s.t < p_to
    ORDER BY s.t
$$;
COMMENT ON FUNCTION adt.dose_times(bigint, timestamptz, timestamptz) IS
    'The scheduled times of a stay''s prescription in [from, to): its frequency''s administration times from when '
    'it was written, within its duration and the stay, until it ends; STAT once; PRN never. Caller''s rights.';
GRANT EXECUTE ON FUNCTION adt.dose_times(bigint, timestamptz, timestamptz) TO hms_doctor, hms_nurse;

CREATE FUNCTION adt.late_minutes() RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT (s.value #>> '{}')::integer FROM core.setting s WHERE s.key = 'mar_late_minutes'), 60)
$$;
GRANT EXECUTE ON FUNCTION adt.late_minutes() TO hms_staff;

CREATE FUNCTION adt.mar_schedule(p_admission_id bigint, p_from timestamptz, p_to timestamptz)
RETURNS TABLE (prescription_id bigint, prescription_number text, drug text, dose text, route text, frequency text,
               instructions text, prescription_status text, scheduled_at timestamptz, administration_id bigint,
               outcome text, reason text, recorded_by text, recorded_at timestamptz, late boolean, state text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    -- SECURITY INVOKER on purpose: row-level security on prescriptions and administrations decides.
    WITH a AS (SELECT ad.* FROM adt.admission ad WHERE ad.id = p_admission_id),
    rx AS (
        SELECT pr.*, d.generic_name || ' ' || d.strength || ' ' || d.form AS drug_name
          FROM pharmacy.prescription pr JOIN a ON pr.encounter_id = a.encounter_id
          JOIN pharmacy.drug d ON d.id = pr.drug_id
    ),
    slots AS (
        SELECT rx.id AS prescription_id, t AS scheduled_at FROM rx, adt.dose_times(rx.id, p_from, p_to) AS t
        UNION ALL  -- doses given when required, and one line per PRN prescription to give one now
        SELECT m.prescription_id, NULL FROM adt.medication_administration m JOIN rx ON rx.id = m.prescription_id
         WHERE m.scheduled_at IS NULL AND m.recorded_at >= p_from AND m.recorded_at < p_to AND m.status = 'final'
        UNION ALL
        SELECT rx.id, NULL FROM rx WHERE rx.frequency = 'PRN' AND rx.status = 'active'
    ),
    numbered AS (
        SELECT s.*, row_number() OVER (PARTITION BY s.prescription_id, s.scheduled_at IS NULL ORDER BY s.prescription_id)
                   AS n
          FROM slots s
    )
    SELECT rx.id, rx.prescription_number, rx.drug_name, trim_scale(rx.dose_amount) || ' ' || rx.dose_unit, rx.route,
           rx.frequency, rx.instructions, rx.status, s.scheduled_at, m.id, m.outcome, m.reason, st.full_name,
           m.recorded_at, coalesce(m.late, s.scheduled_at < now() - make_interval(mins => adt.late_minutes())),
           CASE WHEN m.id IS NOT NULL THEN m.outcome
                WHEN s.scheduled_at IS NULL THEN 'as_needed'
                WHEN s.scheduled_at < now() - make_interval(mins => adt.late_minutes()) THEN 'late'
                WHEN s.scheduled_at <= now() + interval '60 minutes' THEN 'due'
                ELSE 'scheduled' END
      FROM numbered s
      JOIN rx ON rx.id = s.prescription_id
      LEFT JOIN LATERAL (
          SELECT mm.* FROM adt.medication_administration mm
           WHERE mm.prescription_id = s.prescription_id AND mm.status = 'final'
             AND ((s.scheduled_at IS NOT NULL AND mm.scheduled_at = s.scheduled_at)
                  OR (s.scheduled_at IS NULL AND mm.scheduled_at IS NULL AND mm.recorded_at >= p_from
                      AND mm.recorded_at < p_to))
           ORDER BY mm.recorded_at OFFSET (CASE WHEN s.scheduled_at IS NULL THEN s.n - 1 ELSE 0 END) LIMIT 1) m
        ON true
      LEFT JOIN core.staff st ON st.id = m.recorded_by
     ORDER BY s.scheduled_at NULLS FIRST, rx.drug_name, m.recorded_at
$$;
COMMENT ON FUNCTION adt.mar_schedule(bigint, timestamptz, timestamptz) IS
    'The medication chart of a stay in [from, to): each scheduled dose with what was recorded (given / held / '
    'refused) or its state (late, due, scheduled), plus when-required doses. Row-level security applies.';
GRANT EXECUTE ON FUNCTION adt.mar_schedule(bigint, timestamptz, timestamptz) TO hms_doctor, hms_nurse;

-- ---------------------------------------------------------------------------------------------------
-- Recording
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION adt.record_administration(p_prescription_id bigint, p_scheduled_at timestamptz, p_outcome text,
                                          p_reason text, p_scanned_mrn text, p_dose_note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me    bigint;
    v_rx    pharmacy.prescription;
    v_adm   adt.admission;
    v_at    timestamptz := p_scheduled_at;
    v_prev  adt.medication_administration;
    v_id    bigint;
BEGIN
    v_me := adt.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors record doses');
    IF coalesce(p_outcome, '') NOT IN ('given', 'held', 'refused') THEN
        RAISE EXCEPTION 'a dose is given, held or refused, not %', coalesce(p_outcome, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_outcome <> 'given' AND length(btrim(coalesce(p_reason, ''))) < 3 THEN
        RAISE EXCEPTION 'say why the dose was %', p_outcome
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_medication_administration_reason';
    END IF;
    SELECT * INTO v_rx FROM pharmacy.prescription pr WHERE pr.id = p_prescription_id;
    IF FOUND THEN
        SELECT * INTO v_adm FROM adt.admission a WHERE a.encounter_id = v_rx.encounter_id;
    END IF;
    IF v_rx.id IS NULL OR v_adm.id IS NULL OR NOT (
           (v_adm.ward_id = ANY (core.my_department_ids()))
           OR v_me IN (v_adm.attending_id, v_adm.admitting_id)) THEN
        RAISE EXCEPTION 'no prescription % of a patient on your ward', p_prescription_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_adm.discharged_at IS NOT NULL THEN
        RAISE EXCEPTION 'the patient was discharged on %', to_char(v_adm.discharged_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    -- Positive patient identification: the wristband scanned at the bedside is this patient's.
    IF length(btrim(coalesce(p_scanned_mrn, ''))) = 0 THEN
        RAISE EXCEPTION 'scan the patient''s wristband before recording the dose'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_wristband_scan';
    END IF;
    IF registry.resolve_mrn(p_scanned_mrn) IS DISTINCT FROM v_rx.patient_id THEN
        RAISE EXCEPTION 'WRONG PATIENT: the wristband scanned (%) is not this patient''s; nothing was recorded',
                        btrim(p_scanned_mrn)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_wristband_scan';
    END IF;
    IF v_at IS NULL THEN
        IF v_rx.frequency <> 'PRN' THEN
            RAISE EXCEPTION 'say which scheduled dose of % this is', v_rx.prescription_number
                USING ERRCODE = 'null_value_not_allowed';
        END IF;
        IF v_rx.status <> 'active' THEN
            RAISE EXCEPTION 'prescription % is %', v_rx.prescription_number, v_rx.status
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM adt.dose_times(v_rx.id, v_at - interval '1 second', v_at + interval '1 second') t
                        WHERE t = v_at) THEN
            RAISE EXCEPTION '% is not a scheduled time of prescription %', to_char(v_at, 'YYYY-MM-DD HH24:MI'),
                            v_rx.prescription_number USING ERRCODE = 'check_violation';
        END IF;
        IF v_at > now() + interval '60 minutes' THEN
            RAISE EXCEPTION 'the dose of % is not due yet (at %)', v_rx.prescription_number,
                            to_char(v_at, 'HH24:MI') USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('adt.dose:' || v_rx.id || ':' || v_at, 0));
        SELECT * INTO v_prev FROM adt.medication_administration m
         WHERE m.prescription_id = v_rx.id AND m.scheduled_at = v_at AND m.status = 'final';
        IF FOUND THEN
            RAISE EXCEPTION 'this dose was already recorded (% at %)', v_prev.outcome,
                            to_char(v_prev.recorded_at, 'HH24:MI')
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_medication_administration_dose';
        END IF;
    END IF;
    INSERT INTO adt.medication_administration (admission_id, patient_id, prescription_id, scheduled_at, outcome, reason,
                                               dose_note, scanned_mrn, late)
    VALUES (v_adm.id, v_rx.patient_id, v_rx.id, v_at, p_outcome, nullif(btrim(p_reason), ''),
            nullif(btrim(p_dose_note), ''), btrim(p_scanned_mrn),
            v_at IS NOT NULL AND now() > v_at + make_interval(mins => adt.late_minutes()))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION adt.record_administration(bigint, timestamptz, text, text, text, text) IS
    'Ward nurses and doctors: record a scheduled (or when-required) dose as given, held or refused (with a '
    'reason); the patient''s wristband MRN must be scanned and match. Once per scheduled dose; late is marked.';
GRANT EXECUTE ON FUNCTION adt.record_administration(bigint, timestamptz, text, text, text, text)
    TO hms_nurse, hms_doctor;

CREATE FUNCTION adt.void_administration(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me  bigint;
    v_row adt.medication_administration;
BEGIN
    v_me := adt.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors correct the chart');
    SELECT * INTO v_row FROM adt.medication_administration m WHERE m.id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT (v_row.recorded_by = v_me OR EXISTS (
            SELECT 1 FROM adt.admission a WHERE a.id = v_row.admission_id
               AND (a.ward_id = ANY (core.my_department_ids()) OR v_me IN (a.attending_id, a.admitting_id)))) THEN
        RAISE EXCEPTION 'no dose record % on your ward', p_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_row.status <> 'final' THEN
        RAISE EXCEPTION 'dose record % is already marked entered in error', p_id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'marking a dose record entered in error needs a reason of at least 5 characters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_medication_administration_error';
    END IF;
    UPDATE adt.medication_administration m SET status = 'entered_in_error', error_reason = btrim(p_reason)
     WHERE m.id = p_id;
END
$$;
COMMENT ON FUNCTION adt.void_administration(bigint, text) IS
    'Mark a dose record entered in error (with a reason); the dose becomes open to record again.';
GRANT EXECUTE ON FUNCTION adt.void_administration(bigint, text) TO hms_nurse, hms_doctor;

ALTER TABLE adt.medication_administration ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.medication_administration FORCE ROW LEVEL SECURITY;
CREATE POLICY "Dose records are visible to the patient's care team and pharmacy"
    ON adt.medication_administration FOR SELECT TO hms_doctor, hms_nurse, hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')) OR clinical.can_access_patient(patient_id));

SELECT audit.enable('adt.medication_administration');
