-- =====================================================================================================
-- Lab catalog maintenance by the administrator (issue 9). Applied as hms_owner by migration 0009
-- (161_lab_catalog_admin.down.sql undoes it).
--
-- * LOINC codes carry a mod-10 check digit (LOINC Users' Guide, "Calculating Mod 10 Check Digits": from the right,
--   double every odd-position digit, add the digits of everything, the check digit brings the sum up to the next
--   multiple of ten). lab.loinc_is_valid() is the CHECK of lab.test.code and lab.panel.code; a BEFORE trigger says
--   which digit was expected, so a mistyped code is refused with a sentence instead of a constraint name. The 14
--   historical LOINC numbers with a wrong check digit are all deprecated and are not accepted.
-- * A test code and a panel code never coincide (lab.place_order looks for a panel first).
-- * Removing a test from a panel never deletes the membership: lab.panel_test.active goes false (audited), and
--   lab.place_order orders only active members that are active tests.
-- * A deactivated test stays in the catalog: orders already placed continue through the lab (collect, result,
--   release, charge), new orders are refused by lab.place_order ("not an orderable test or panel").
-- * The unit and value type of a test do not change while orders of it are in the lab (ordered .. verified):
--   their results would be entered against a different unit than the clinician was shown.
-- =====================================================================================================

-- The check digit of the numeric part of a LOINC code ('2823' -> 3); NULL unless 1 to 7 digits.
CREATE FUNCTION lab.loinc_check_digit(p_number text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_sum    integer := 0;
    v_digit  integer;
    v_len    integer;
BEGIN
    IF p_number IS NULL OR p_number !~ '^[0-9]{1,7}$' THEN
        RETURN NULL;
    END IF;
    v_len := length(p_number);
    FOR i IN 1 .. v_len LOOP  -- i = position counted from the right
        v_digit := substr(p_number, v_len - i + 1, 1)::integer;
        IF i % 2 = 1 THEN
            v_digit := v_digit * 2;
            IF v_digit > 9 THEN
                v_digit := v_digit - 9;  -- the sum of the two digits of 10..18
            END IF;
        END IF;
        v_sum := v_sum + v_digit;
    END LOOP;
    RETURN (10 - v_sum % 10) % 10;
END
$$;
COMMENT ON FUNCTION lab.loinc_check_digit(text) IS
    'The LOINC mod-10 check digit of the number before the dash (NULL unless 1 to 7 digits).';
GRANT EXECUTE ON FUNCTION lab.loinc_check_digit(text) TO hms_staff;

CREATE FUNCTION lab.loinc_is_valid(p_code text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(p_code ~ '^[0-9]{1,7}-[0-9]$'
                    AND lab.loinc_check_digit(split_part(p_code, '-', 1)) = split_part(p_code, '-', 2)::integer,
                    false)
$$;
COMMENT ON FUNCTION lab.loinc_is_valid(text) IS
    'True for a well-formed LOINC code (digits, dash, check digit) whose mod-10 check digit is right.';
GRANT EXECUTE ON FUNCTION lab.loinc_is_valid(text) TO hms_staff;

-- The sentence for a refused code (the CHECK constraints below stay the invariant whoever writes).
CREATE FUNCTION lab.catalog_code_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_kind  text := CASE TG_TABLE_NAME WHEN 'test' THEN 'test' ELSE 'panel' END;
BEGIN
    IF NEW.code IS NULL OR NEW.code !~ '^[0-9]{1,7}-[0-9]$' THEN
        RAISE EXCEPTION 'a LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3), not "%"',
                        coalesce(NEW.code, '')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_' || v_kind || '_code_loinc';
    END IF;
    IF NOT lab.loinc_is_valid(NEW.code) THEN
        RAISE EXCEPTION 'LOINC code % is not valid: the check digit should be %', NEW.code,
                        lab.loinc_check_digit(split_part(NEW.code, '-', 1))
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_' || v_kind || '_code_loinc',
                  HINT = 'check the code against the LOINC database';
    END IF;
    IF v_kind = 'test' AND EXISTS (SELECT 1 FROM lab.panel p WHERE p.code = NEW.code) THEN
        RAISE EXCEPTION 'LOINC code % is already a panel in the catalog', NEW.code
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_test_code_not_panel';
    END IF;
    IF v_kind = 'panel' AND EXISTS (SELECT 1 FROM lab.test t WHERE t.code = NEW.code) THEN
        RAISE EXCEPTION 'LOINC code % is already a test in the catalog', NEW.code
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_panel_code_not_test';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.catalog_code_check() IS
    'BEFORE INSERT/UPDATE OF code on lab.test and lab.panel: a valid LOINC code, not already used by the other.';
CREATE TRIGGER test_code_check BEFORE INSERT OR UPDATE OF code ON lab.test
    FOR EACH ROW EXECUTE FUNCTION lab.catalog_code_check();
CREATE TRIGGER panel_code_check BEFORE INSERT OR UPDATE OF code ON lab.panel
    FOR EACH ROW EXECUTE FUNCTION lab.catalog_code_check();

ALTER TABLE lab.test ADD CONSTRAINT ck_test_code_loinc CHECK (lab.loinc_is_valid(code));
ALTER TABLE lab.panel ADD CONSTRAINT ck_panel_code_loinc CHECK (lab.loinc_is_valid(code));
ALTER TABLE lab.test ADD CONSTRAINT ck_test_specimen_type CHECK (length(btrim(specimen_type)) BETWEEN 1 AND 100);
ALTER TABLE lab.test ADD CONSTRAINT ck_test_container CHECK (length(btrim(container)) BETWEEN 1 AND 100);
ALTER TABLE lab.test ADD CONSTRAINT ck_test_unit CHECK (length(unit) <= 40 AND unit = btrim(unit));

-- Units and value types stay put while orders of the test are in the lab.
CREATE FUNCTION lab.test_change_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_open  bigint;
BEGIN
    IF NEW.unit IS DISTINCT FROM OLD.unit OR NEW.value_type IS DISTINCT FROM OLD.value_type THEN
        SELECT count(*) INTO v_open FROM lab.lab_order o
         WHERE o.test_code = OLD.code AND o.status IN ('ordered', 'collected', 'received', 'resulted', 'verified');
        IF v_open > 0 THEN
            RAISE EXCEPTION '% has % order(s) in the lab: its unit and value type change once they are released or cancelled',
                            OLD.short_name, v_open
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'deactivate the test and add the new one under its own LOINC code, or wait';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.test_change_check() IS
    'BEFORE UPDATE OF unit, value_type on lab.test: refused while orders of the test are in the lab.';
CREATE TRIGGER test_change_check BEFORE UPDATE OF unit, value_type ON lab.test
    FOR EACH ROW EXECUTE FUNCTION lab.test_change_check();

-- Removing a member from a panel = active false (the row and its audit trail stay; adding it back = true).
ALTER TABLE lab.panel_test ADD COLUMN active boolean NOT NULL DEFAULT true;
COMMENT ON COLUMN lab.panel_test.active IS 'False once the test was removed from the panel; ordering skips it.';
GRANT UPDATE (active) ON lab.panel_test TO hms_admin;

-- Order a test or a panel on an open encounter. Returns the new orders' ids. A panel orders its active members
-- that are active tests.
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
          FROM lab.panel_test pt JOIN lab.test t ON t.code = pt.test_code AND t.active
         WHERE pt.panel_code = p_code AND pt.active;
        IF v_codes IS NULL THEN
            RAISE EXCEPTION 'panel % has no active tests to order', p_code
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
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
    'A doctor orders a test or panel (LOINC code; a panel = its active members that are active tests) on an open '
    'encounter of a patient in their care.';
