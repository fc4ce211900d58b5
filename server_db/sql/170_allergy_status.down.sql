-- Undo 170_allergy_status.sql: pharmacy.screen as 120 defined it, then the status objects.
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
    )
    SELECT h.kind, h.severity, h.message, h.ref_id FROM hits h
     ORDER BY array_position(ARRAY['contraindicated', 'serious', 'moderate'], h.severity), h.kind, h.ref_id;
END
$$;
COMMENT ON FUNCTION pharmacy.screen(bigint, bigint, bigint) IS
    'Allergy (by ATC ingredient/class or name), cross-sensitivity, interaction and duplicate hits of a drug for a '
    'patient, most severe first; for prescribers with a care relationship and pharmacists.';
DROP TRIGGER allergy_status_on_allergy ON clinical.allergy;
DROP FUNCTION clinical.allergy_status_on_allergy();
DROP FUNCTION clinical.record_no_known_allergies(bigint);
DROP FUNCTION clinical.allergy_status_of(bigint);
DROP TABLE clinical.allergy_status;
