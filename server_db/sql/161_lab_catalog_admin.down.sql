-- Undo 161_lab_catalog_admin.sql: lab.place_order gets back its body of 110_lab.sql (verbatim).
-- Order a test or a panel on an open encounter. Returns the new orders' ids.
CREATE OR REPLACE FUNCTION lab.place_order(p_encounter_id bigint, p_code text, p_priority text DEFAULT 'routine',
                                p_clinical_info text DEFAULT '') RETURNS bigint[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := lab.require_staff(ARRAY['hms_doctor'], 'order laboratory tests');
    v_enc    clinical.encounter;
    v_req    text;
    v_codes  text[];
    v_panel  text;
    v_ids    bigint[] := '{}';
    v_id     bigint;
    v_code   text;
BEGIN
    SELECT * INTO v_enc FROM clinical.encounter WHERE id = p_encounter_id;
    IF NOT FOUND OR NOT clinical.can_access_patient(v_enc.patient_id) THEN
        RAISE EXCEPTION 'encounter % is not one of your patients''', p_encounter_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_enc.status <> 'open' THEN
        RAISE EXCEPTION 'tests are ordered on an open encounter (this one is %)', v_enc.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_priority IS NULL OR p_priority NOT IN ('routine', 'urgent', 'stat') THEN
        RAISE EXCEPTION 'priority must be routine, urgent or stat' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM lab.panel WHERE code = p_code AND active) THEN
        v_panel := p_code;
        SELECT array_agg(pt.test_code ORDER BY pt.position) INTO v_codes
          FROM lab.panel_test pt JOIN lab.test t ON t.code = pt.test_code AND t.active WHERE pt.panel_code = p_code;
    ELSIF EXISTS (SELECT 1 FROM lab.test WHERE code = p_code AND active) THEN
        v_codes := ARRAY[p_code];
    ELSE
        RAISE EXCEPTION '"%" is not an orderable test or panel', p_code USING ERRCODE = 'foreign_key_violation';
    END IF;
    v_req := 'RQ' || lpad(nextval('lab.requisition_seq')::text, 8, '0');
    FOREACH v_code IN ARRAY v_codes LOOP
        INSERT INTO lab.lab_order (order_number, requisition_number, patient_id, encounter_id, department_id,
                                   ordering_clinician_id, test_code, panel_code, priority, clinical_info)
        VALUES ('LO' || lpad(nextval('lab.order_number_seq')::text, 8, '0'), v_req, v_enc.patient_id, v_enc.id,
                v_enc.department_id, v_staff, v_code, v_panel, p_priority, btrim(coalesce(p_clinical_info, '')))
        RETURNING id INTO v_id;
        v_ids := v_ids || v_id;
    END LOOP;
    RETURN v_ids;
END
$$;
COMMENT ON FUNCTION lab.place_order(bigint, text, text, text) IS
    'A doctor orders a test or panel (LOINC code) on an open encounter of a patient in their care.';

REVOKE UPDATE (active) ON lab.panel_test FROM hms_admin;
ALTER TABLE lab.panel_test DROP COLUMN active;

DROP TRIGGER test_change_check ON lab.test;
DROP FUNCTION lab.test_change_check();

ALTER TABLE lab.test DROP CONSTRAINT ck_test_unit;
ALTER TABLE lab.test DROP CONSTRAINT ck_test_container;
ALTER TABLE lab.test DROP CONSTRAINT ck_test_specimen_type;
ALTER TABLE lab.panel DROP CONSTRAINT ck_panel_code_loinc;
ALTER TABLE lab.test DROP CONSTRAINT ck_test_code_loinc;
DROP TRIGGER panel_code_check ON lab.panel;
DROP TRIGGER test_code_check ON lab.test;
DROP FUNCTION lab.catalog_code_check();
DROP FUNCTION lab.loinc_is_valid(text);
DROP FUNCTION lab.loinc_check_digit(text);
