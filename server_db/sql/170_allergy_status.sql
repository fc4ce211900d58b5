-- =====================================================================================================
-- allergy status: "nobody asked" and "no known allergies" are different facts. Applied as hms_owner by
-- migration 0010 (170_allergy_status.down.sql undoes it).
--
-- A patient's allergy status is one of
--   * unknown             — the default: nobody has recorded anything (the banner says "not yet asked");
--   * no_known_allergies  — a clinician recorded that the patient (or someone for them) said so: who and when;
--   * has_allergies       — at least one active allergy is on the list.
--
-- clinical.allergy_status keeps the statements (append-only, audited). Rows are written only by
--   * clinical.record_no_known_allergies(patient) — doctors and nurses with a care relationship; refused while
--     an active allergy exists (there is no INSERT grant on the table, so this function is the only way);
--   * the trigger on clinical.allergy — recording an active allergy appends 'has_allergies'.
-- clinical.allergy_status_of(patient) derives the current status: active allergies always win (so a concurrent
-- insert, or a merge that moves the duplicate's allergies to a survivor who was "no known allergies", can never
-- leave a stale "none known"); otherwise the newest statement, and 'no_known_allergies' only if it is newer than
-- every allergy ever recorded (an allergy entered in error or inactivated after the statement asks again).
-- A table without a unique key on patient_id, so a merge moves both patients' rows without a clash (070).
--
-- pharmacy.screen (120) is replaced to add one warning (not a stop) when the status is unknown: a prescriber must
-- not read silence as "no allergies".
-- =====================================================================================================

CREATE TABLE clinical.allergy_status (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    patient_id   bigint      NOT NULL,
    status       text        NOT NULL,
    recorded_by  bigint      NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_allergy_status PRIMARY KEY (id),
    CONSTRAINT fk_allergy_status_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_allergy_status_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_allergy_status_status CHECK (status IN ('no_known_allergies', 'has_allergies'))
);
COMMENT ON TABLE clinical.allergy_status IS
    'Statements about a patient''s allergies (no_known_allergies: who said so and when; has_allergies: an allergy '
    'was recorded); no row means nobody asked. Append-only, written by clinical.record_no_known_allergies and the '
    'allergy trigger; the current status is clinical.allergy_status_of().';
CREATE INDEX ix_allergy_status_patient_id ON clinical.allergy_status (patient_id, recorded_at);
GRANT SELECT ON clinical.allergy_status TO hms_doctor, hms_nurse, hms_pharmacist;

ALTER TABLE clinical.allergy_status ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.allergy_status FORCE ROW LEVEL SECURITY;
CREATE POLICY "Allergy statuses are visible to the patient's care team" ON clinical.allergy_status FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Pharmacists see allergy statuses" ON clinical.allergy_status FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
SELECT audit.enable('clinical.allergy_status');

-- The current status, derived (see the header). Runs as the owner: callers without a care relationship (and not
-- pharmacists) get no row, like clinical.active_allergies gives them NULL.
CREATE FUNCTION clinical.allergy_status_of(p_patient_id bigint)
RETURNS TABLE (status text, recorded_by text, recorded_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH latest AS (
        SELECT s.status, st.full_name, s.recorded_at
          FROM clinical.allergy_status s JOIN core.staff st ON st.id = s.recorded_by
         WHERE s.patient_id = p_patient_id
         ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1)
    SELECT CASE WHEN EXISTS (SELECT 1 FROM clinical.allergy a WHERE a.patient_id = p_patient_id AND a.status = 'active')
                     THEN 'has_allergies'
                WHEN l.status = 'no_known_allergies'
                     AND NOT EXISTS (SELECT 1 FROM clinical.allergy a
                                      WHERE a.patient_id = p_patient_id AND a.recorded_at >= l.recorded_at)
                     THEN 'no_known_allergies'
                ELSE 'unknown' END,
           CASE WHEN l.status = 'no_known_allergies' THEN l.full_name END,
           CASE WHEN l.status = 'no_known_allergies' THEN l.recorded_at END
      FROM (SELECT 1) one LEFT JOIN latest l ON true
     WHERE core.has_group('hms_pharmacist') OR clinical.can_access_patient(p_patient_id)
$$;
COMMENT ON FUNCTION clinical.allergy_status_of(bigint) IS
    'unknown | no_known_allergies (with who recorded it and when) | has_allergies, for the care team and '
    'pharmacists; no row for everyone else.';
GRANT EXECUTE ON FUNCTION clinical.allergy_status_of(bigint) TO hms_staff;

-- "No known allergies", said by a person: the only way a client writes the status.
CREATE FUNCTION clinical.record_no_known_allergies(p_patient_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
    v_active text;
    v_id bigint;
BEGIN
    IF v_staff IS NULL OR NOT (core.has_group('hms_doctor') OR core.has_group('hms_nurse'))
       OR NOT clinical.can_access_patient(p_patient_id) THEN
        RAISE EXCEPTION 'only a doctor or nurse caring for patient % can record "no known allergies"', p_patient_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT string_agg(a.substance, ', ' ORDER BY a.substance) INTO v_active
      FROM clinical.allergy a WHERE a.patient_id = p_patient_id AND a.status = 'active';
    IF v_active IS NOT NULL THEN
        RAISE EXCEPTION 'patient % has active allergies (%): "no known allergies" cannot be recorded', p_patient_id,
                        v_active
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_allergy_status_status',
                  HINT = 'mark a wrongly recorded allergy entered in error (with a reason) first';
    END IF;
    INSERT INTO clinical.allergy_status (patient_id, status, recorded_by)
    VALUES (p_patient_id, 'no_known_allergies', v_staff) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION clinical.record_no_known_allergies(bigint) IS
    'Record that the patient has no known allergies (doctors and nurses with a care relationship; refused while '
    'an active allergy exists).';
REVOKE EXECUTE ON FUNCTION clinical.record_no_known_allergies(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION clinical.record_no_known_allergies(bigint) TO hms_doctor, hms_nurse;

-- Recording an active allergy makes the status "has allergies" (the statement history says when).
CREATE FUNCTION clinical.allergy_status_on_allergy() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status = 'active' THEN
        INSERT INTO clinical.allergy_status (patient_id, status, recorded_by, recorded_at)
        VALUES (NEW.patient_id, 'has_allergies', NEW.recorded_by, NEW.recorded_at);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION clinical.allergy_status_on_allergy() IS
    'AFTER INSERT on clinical.allergy: an active allergy appends a has_allergies statement.';
CREATE TRIGGER allergy_status_on_allergy AFTER INSERT ON clinical.allergy
    FOR EACH ROW EXECUTE FUNCTION clinical.allergy_status_on_allergy();

-- ---------------------------------------------------------------------------------------------------
-- pharmacy.screen of 120, with one more hit: the allergy status is unknown (a warning, never a stop).
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION pharmacy.screen(p_patient_id bigint, p_drug_id bigint, p_exclude_prescription_id bigint DEFAULT NULL)
RETURNS TABLE (kind text, severity text, message text, ref_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_drug pharmacy.drug;
BEGIN
    IF core.current_staff_id() IS NOT NULL AND NOT (core.has_group('hms_pharmacist')
                                                    OR clinical.can_access_patient(p_patient_id)) THEN
        RAISE EXCEPTION 'no care relationship with patient %', p_patient_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO v_drug FROM pharmacy.drug d WHERE d.id = p_drug_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no drug with id % in the formulary', p_drug_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN QUERY
    WITH hits AS (
        -- Coded drug allergies: an ingredient of the drug falls under the allergy's ATC code or class.
        SELECT 'allergy'::text AS kind, 'serious'::text AS severity,
               format('ALLERGY: %s is recorded (%s%s); %s %s contains %s', a.substance,
                      replace(coalesce(a.severity, 'severity not known'), '_', '-'),
                      coalesce(', ' || a.reaction, ''), v_drug.generic_name, v_drug.strength,
                      (SELECT string_agg(DISTINCT s.name, ', ') FROM unnest(v_drug.ingredient_atc) i
                         JOIN clinical.allergy_substance s ON s.code = i
                        WHERE i LIKE a.substance_code || '%')) AS message,
               a.id AS ref_id
          FROM clinical.allergy a
          JOIN clinical.allergy_substance sub ON sub.code = a.substance_code AND sub.code_system = 'ATC'
         WHERE a.patient_id = p_patient_id AND a.status = 'active'
           AND EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i WHERE i LIKE a.substance_code || '%')
        UNION ALL
        -- Uncoded drug allergies: by name.
        SELECT 'allergy', 'serious',
               format('ALLERGY: %s is recorded (%s%s, not coded: matched by name) — %s %s', a.substance,
                      replace(coalesce(a.severity, 'severity not known'), '_', '-'), coalesce(', ' || a.reaction, ''),
                      v_drug.generic_name, v_drug.strength),
               a.id
          FROM clinical.allergy a
         WHERE a.patient_id = p_patient_id AND a.status = 'active' AND a.substance_code IS NULL
           AND a.category = 'drug' AND length(btrim(a.substance)) >= 4
           AND (lower(v_drug.generic_name) LIKE '%' || lower(btrim(a.substance)) || '%'
                OR lower(a.substance) LIKE '%' || lower(v_drug.generic_name) || '%')
        UNION ALL
        -- Beta-lactam cross-sensitivity (penicillins <-> cephalosporins/carbapenems): a warning, not a stop.
        SELECT 'cross_sensitivity', 'moderate',
               format('Cross-sensitivity: %s allergy is recorded; %s is a %s — about 1 in 50 react, check the '
                      'history of the reaction', a.substance, v_drug.generic_name,
                      CASE WHEN v_drug.atc_code LIKE 'J01D%' THEN 'cephalosporin/carbapenem' ELSE 'penicillin' END),
               a.id
          FROM clinical.allergy a
         WHERE a.patient_id = p_patient_id AND a.status = 'active'
           AND ((a.substance_code LIKE 'J01C%' AND EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i
                                                             WHERE i LIKE 'J01D%'))
             OR (a.substance_code LIKE 'J01D%' AND EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i
                                                             WHERE i LIKE 'J01C%')))
        UNION ALL
        -- Interactions with the patient's current prescriptions (active, course not over).
        SELECT DISTINCT ON (p.id, x.id) 'interaction', x.severity,
               format('%s: %s %s with %s %s (%s) — %s. %s', upper(x.severity), v_drug.generic_name, v_drug.strength,
                      o.generic_name, o.strength, p.prescription_number, x.effect, x.advice),
               p.id
          FROM pharmacy.prescription p
          JOIN pharmacy.drug o ON o.id = p.drug_id
          JOIN pharmacy.interaction x
            ON (EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i WHERE i LIKE x.atc_a || '%')
                AND EXISTS (SELECT 1 FROM unnest(o.ingredient_atc) j WHERE j LIKE x.atc_b || '%'))
            OR (EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i WHERE i LIKE x.atc_b || '%')
                AND EXISTS (SELECT 1 FROM unnest(o.ingredient_atc) j WHERE j LIKE x.atc_a || '%'))
         WHERE p.patient_id = p_patient_id AND p.status = 'active'
           AND p.id IS DISTINCT FROM p_exclude_prescription_id
           AND (p.duration_days IS NULL OR p.created_at + make_interval(days => p.duration_days) > now())
        UNION ALL
        -- Duplicate therapy: the same substance already current.
        SELECT 'duplicate', 'moderate',
               format('Duplicate: %s %s is already prescribed (%s, %s %s %s)', o.generic_name, o.strength,
                      p.prescription_number, p.dose_amount, p.dose_unit, p.frequency),
               p.id
          FROM pharmacy.prescription p
          JOIN pharmacy.drug o ON o.id = p.drug_id
         WHERE p.patient_id = p_patient_id AND p.status = 'active'
           AND p.id IS DISTINCT FROM p_exclude_prescription_id
           AND (p.duration_days IS NULL OR p.created_at + make_interval(days => p.duration_days) > now())
           AND (o.id = v_drug.id OR (o.atc_code IS NOT NULL AND o.atc_code = v_drug.atc_code))
        UNION ALL
        -- Nobody has asked about allergies: silence is not "none" (170).
        SELECT 'allergy_status', 'warning',
               'Allergy status unknown: nobody has recorded whether the patient has allergies — ask and '
               'record them (or "no known allergies") before relying on this screen', NULL::bigint
          FROM clinical.allergy_status_of(p_patient_id) st WHERE st.status = 'unknown'
    )
    SELECT h.kind, h.severity, h.message, h.ref_id FROM hits h
     ORDER BY array_position(ARRAY['contraindicated', 'serious', 'moderate', 'warning'], h.severity), h.kind, h.ref_id;
END
$$;
COMMENT ON FUNCTION pharmacy.screen(bigint, bigint, bigint) IS
    'Allergy (by ATC ingredient/class or name), cross-sensitivity, interaction and duplicate hits of a drug for a '
    'patient, most severe first, and a warning when its allergy status is unknown; for prescribers with a care '
    'relationship and pharmacists.';
