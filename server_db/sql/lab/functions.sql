-- lab: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- ---------------------------------------------------------------------------------------------------
-- Lifecycle rules (whoever writes)
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION lab.order_transition_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status = OLD.status THEN
        RETURN NEW;
    END IF;
    IF NOT ((OLD.status, NEW.status) IN (('ordered', 'collected'), ('collected', 'received'),
                                         ('received', 'resulted'), ('resulted', 'verified'),
                                         ('verified', 'released'), ('ordered', 'cancelled'),
                                         ('collected', 'cancelled'), ('received', 'cancelled'))) THEN
        RAISE EXCEPTION 'lab order % cannot go from % to %', OLD.order_number, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_lab_order_transition',
                  HINT = 'ordered -> collected -> received -> resulted -> verified -> released; cancel before resulted',
                  DETAIL = core.message_detail('lab.order_status_change_refused', OLD.order_number::text,
                                               OLD.status::text, NEW.status::text);
    END IF;
    NEW.status_changed_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.order_transition_check() IS
    'BEFORE UPDATE OF status on lab.lab_order: only the lifecycle''s forward steps (or cancel before a result).';

CREATE OR REPLACE TRIGGER lab_order_transition BEFORE UPDATE OF status ON lab.lab_order
    FOR EACH ROW EXECUTE FUNCTION lab.order_transition_check();

CREATE OR REPLACE FUNCTION lab.order_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'ordered' THEN
            -- Only a data load by the superuser (hms-admin demo-data) inserts later states, with their history.
            IF current_setting('hms.demo_load', true) IS DISTINCT FROM 'on'
               OR NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
                RAISE EXCEPTION 'a lab order starts as ordered'
                    USING ERRCODE = 'check_violation', DETAIL = core.message_detail('lab.lab_order_starts_ordered');
            END IF;
            RETURN NULL;
        END IF;
        INSERT INTO lab.order_status_history (lab_order_id, from_status, to_status, changed_by, changed_at)
        VALUES (NEW.id, NULL, NEW.status, NEW.ordering_clinician_id, NEW.ordered_at);
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO lab.order_status_history (lab_order_id, from_status, to_status, changed_by, note)
        VALUES (NEW.id, OLD.status, NEW.status, core.current_staff_id(),
                CASE WHEN NEW.status = 'cancelled' THEN NEW.cancel_reason
                     ELSE nullif(current_setting('hms.reason', true), '') END);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION lab.order_history() IS 'AFTER INSERT OR UPDATE OF status on lab.lab_order: the status history.';

CREATE OR REPLACE TRIGGER lab_order_history AFTER INSERT OR UPDATE OF status ON lab.lab_order
    FOR EACH ROW EXECUTE FUNCTION lab.order_history();

-- The flag and displayed range of a numeric value for a patient (sex, age on a date), from the catalog.
CREATE OR REPLACE FUNCTION lab.range_for(p_test_code text, p_patient_id bigint, p_on date)
RETURNS lab.reference_range
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT r.* FROM lab.reference_range r, registry.patient p
     WHERE p.id = p_patient_id AND r.test_code = p_test_code
       AND (r.sex IS NULL OR r.sex = p.sex)
       AND extract(year FROM age(core.check_day(p_on, 'the day'), p.birth_date)) >= r.age_from_years
       AND (r.age_to_years IS NULL OR extract(year FROM age(p_on, p.birth_date)) < r.age_to_years)
     ORDER BY r.sex IS NULL, coalesce(r.age_to_years, 200) - r.age_from_years
     LIMIT 1
$$;
COMMENT ON FUNCTION lab.range_for(text, bigint, date) IS
    'The reference range row of a test for a patient''s sex and age on a date (most specific band first).';

CREATE OR REPLACE FUNCTION lab.flag_for(p_value numeric, p_range lab.reference_range) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_value IS NULL OR p_range.test_code IS NULL THEN NULL
        WHEN p_range.critical_low IS NOT NULL AND p_value < p_range.critical_low THEN 'critical_low'
        WHEN p_range.critical_high IS NOT NULL AND p_value > p_range.critical_high THEN 'critical_high'
        WHEN p_range.low IS NOT NULL AND p_value < p_range.low THEN 'low'
        WHEN p_range.high IS NOT NULL AND p_value > p_range.high THEN 'high'
        ELSE 'normal' END
$$;
COMMENT ON FUNCTION lab.flag_for(numeric, lab.reference_range) IS
    'normal / low / high / critical_low / critical_high of a value against a reference range.';

-- BEFORE INSERT on lab.result: the database, not the client, decides the numeric value, the range and the flag.
-- An analyzer's own flag (HL7 OBX-8, passed as hms.analyzer_flag by the gateway) is used only for tests without
-- a catalog range (text results: 'A' -> abnormal).
CREATE OR REPLACE FUNCTION lab.result_compute() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_order  lab.lab_order;
    v_test   lab.test;
    v_range  lab.reference_range;
    v_on     date;
    v_num    text;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = NEW.lab_order_id;
    SELECT * INTO v_test FROM lab.test WHERE code = v_order.test_code;
    IF NEW.loinc_code IS DISTINCT FROM v_order.test_code THEN
        RAISE EXCEPTION 'result code % does not match the ordered test % of order %', NEW.loinc_code,
                        v_order.test_code, v_order.order_number
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('lab.result_code_does_not', NEW.loinc_code::text,
                                               v_order.test_code::text, v_order.order_number::text);
    END IF;
    NEW.value := btrim(NEW.value);
    NEW.unit := coalesce(nullif(btrim(NEW.unit), ''), v_test.unit);
    IF NEW.unit <> v_test.unit THEN
        RAISE EXCEPTION 'unit "%" does not match the catalog unit "%" of %', NEW.unit, v_test.unit, v_test.short_name
            USING ERRCODE = 'check_violation', HINT = 'report the result in the catalog unit',
                  DETAIL = core.message_detail('lab.unit_does_not_match', NEW.unit::text, v_test.unit::text,
                                               v_test.short_name::text);
    END IF;
    v_on := coalesce((SELECT s.collected_at FROM lab.specimen s WHERE s.id = v_order.specimen_id), now())::date;
    IF v_test.value_type = 'numeric' THEN
        v_num := regexp_replace(NEW.value, '^[<>]=?\s*', '');
        IF v_num !~ '^-?[0-9]+(\.[0-9]+)?$' THEN
            RAISE EXCEPTION '"%" is not a number (% is reported as a number in %)', NEW.value, v_test.short_name,
                            v_test.unit
                USING ERRCODE = 'invalid_text_representation',
                      DETAIL = core.message_detail('lab.result_not_numeric', NEW.value::text, v_test.short_name::text,
                                                   v_test.unit::text);
        END IF;
        NEW.value_numeric := v_num::numeric;
        v_range := lab.range_for(v_test.code, v_order.patient_id, v_on);
        NEW.flag := lab.flag_for(NEW.value_numeric, v_range);
        NEW.reference_range := CASE
            WHEN v_range.test_code IS NULL THEN ''
            WHEN v_range.low IS NOT NULL AND v_range.high IS NOT NULL THEN v_range.low || '-' || v_range.high
            WHEN v_range.high IS NOT NULL THEN '<=' || v_range.high
            WHEN v_range.low IS NOT NULL THEN '>=' || v_range.low
            ELSE '' END;
    ELSE
        NEW.value_numeric := NULL;
        NEW.reference_range := '';
        NEW.flag := CASE WHEN current_setting('hms.analyzer_flag', true) IN ('A', 'AA', 'H', 'L', 'HH', 'LL')
                         THEN 'abnormal' END;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.result_compute() IS
    'BEFORE INSERT on lab.result: check code and unit against the order''s test, compute value, range and flag.';

CREATE OR REPLACE TRIGGER result_compute BEFORE INSERT ON lab.result FOR EACH ROW EXECUTE FUNCTION lab.result_compute();

-- Results are never edited: only the status/verification/release bookkeeping columns change, forward only.
CREATE OR REPLACE FUNCTION lab.result_immutable() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (NEW.lab_order_id, NEW.loinc_code, NEW.version, NEW.value, NEW.value_numeric, NEW.unit, NEW.reference_range,
        NEW.flag, NEW.comment, NEW.source, NEW.entered_by, NEW.entered_at, NEW.replaces_id, NEW.correction_reason)
       IS DISTINCT FROM
       (OLD.lab_order_id, OLD.loinc_code, OLD.version, OLD.value, OLD.value_numeric, OLD.unit, OLD.reference_range,
        OLD.flag, OLD.comment, OLD.source, OLD.entered_by, OLD.entered_at, OLD.replaces_id, OLD.correction_reason)
    THEN
        RAISE EXCEPTION 'a lab result is never edited: enter a new version with a reason'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.lab_result_never_edited');
    END IF;
    IF OLD.status = 'superseded' OR (OLD.status = 'final' AND NEW.status <> 'superseded')
       OR (OLD.status = 'verified' AND NEW.status NOT IN ('verified', 'final', 'superseded')) THEN
        IF NEW.status IS DISTINCT FROM OLD.status THEN
            RAISE EXCEPTION 'a % result cannot become %', OLD.status, NEW.status
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('lab.result_status_change_refused', OLD.status::text,
                                                   NEW.status::text);
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.result_immutable() IS 'BEFORE UPDATE on lab.result: values never change; status forward only.';

CREATE OR REPLACE TRIGGER result_immutable BEFORE UPDATE ON lab.result FOR EACH ROW EXECUTE FUNCTION lab.result_immutable();

-- ---------------------------------------------------------------------------------------------------
-- Charges: a resulted test is charged once (LAB-<LOINC>, else LAB-DEFAULT) on the day it was resulted.
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION lab.charge_test(p_order_id bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_order  lab.lab_order;
    v_code   text;
    v_date   date;
    v_price  billing.price_item;
    v_id     bigint;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id;
    IF NOT FOUND OR v_order.status NOT IN ('resulted', 'verified', 'released') THEN
        RETURN NULL;
    END IF;
    v_date := billing.local_day(coalesce((SELECT min(r.entered_at) FROM lab.result r WHERE r.lab_order_id = p_order_id),
                                         now()));
    SELECT t.price_code INTO v_code FROM lab.test t WHERE t.code = v_order.test_code;
    SELECT * INTO v_price FROM billing.price_item p
     WHERE p.id = coalesce(billing.price_item_at(v_code, v_date), billing.price_item_at('LAB-DEFAULT', v_date));
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no price for lab test % (nor LAB-DEFAULT) valid on %', v_order.test_code, v_date
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.no_price_lab_test', v_order.test_code::text, v_date::text);
    END IF;
    INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity,
                                unit_amount, amount, currency, service_date)
    VALUES (v_order.patient_id, v_order.encounter_id, 'lab_test', v_order.id, v_price.id, 1, v_price.amount,
            v_price.amount, v_price.currency, v_date)
    ON CONFLICT (source_kind, source_id) DO NOTHING
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.charge_test(bigint) IS
    'The charge of a resulted lab order, created once, on the day the result was entered.';

CREATE OR REPLACE FUNCTION lab.charge_resulted_order() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM lab.charge_test(NEW.id);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION lab.charge_resulted_order() IS 'AFTER UPDATE OF status on lab.lab_order (resulted): the charge.';

CREATE OR REPLACE TRIGGER lab_order_charge AFTER INSERT OR UPDATE OF status ON lab.lab_order
    FOR EACH ROW WHEN (NEW.status = 'resulted') EXECUTE FUNCTION lab.charge_resulted_order();

-- ---------------------------------------------------------------------------------------------------
-- Step functions
-- ---------------------------------------------------------------------------------------------------
-- Order a test or a panel on an open encounter. Returns the new orders' ids. A panel orders its active members
-- that are active tests.
CREATE OR REPLACE FUNCTION lab.place_order(p_encounter_id bigint, p_code text, p_priority text DEFAULT 'routine',
                                           p_clinical_info text DEFAULT '') RETURNS bigint[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_doctor'], 'only hms_doctor may order laboratory tests',
                                          'lab.order_doctor_only');
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
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('lab.encounter_not_one_your', p_encounter_id::text);
    END IF;
    IF v_enc.status <> 'open' THEN
        RAISE EXCEPTION 'tests are ordered on an open encounter (this one is %)', v_enc.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.tests_ordered_open_encounter', v_enc.status::text);
    END IF;
    IF p_priority IS NULL OR p_priority NOT IN ('routine', 'urgent', 'stat') THEN
        RAISE EXCEPTION 'priority must be routine, urgent or stat'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('lab.priority_routine_urgent_stat');
    END IF;
    IF EXISTS (SELECT 1 FROM lab.panel WHERE code = p_code AND active) THEN
        v_panel := p_code;
        SELECT array_agg(pt.test_code ORDER BY pt.position) INTO v_codes
          FROM lab.panel_test pt JOIN lab.test t ON t.code = pt.test_code AND t.active
         WHERE pt.panel_code = p_code AND pt.active;
        IF v_codes IS NULL THEN
            RAISE EXCEPTION 'panel % has no active tests to order', p_code
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('lab.panel_no_active_tests', p_code);
        END IF;
    ELSIF EXISTS (SELECT 1 FROM lab.test WHERE code = p_code AND active) THEN
        v_codes := ARRAY[p_code];
    ELSE
        RAISE EXCEPTION '"%" is not an orderable test or panel', p_code
            USING ERRCODE = 'foreign_key_violation', DETAIL = core.message_detail('lab.test_not_orderable', p_code);
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

-- Collect specimens for orders of one patient: the scanned wristband MRN must be that patient's. One specimen per
-- container type. Returns (specimen id, accession number, container, order ids).
CREATE OR REPLACE FUNCTION lab.collect(p_order_ids bigint[], p_scanned_mrn text)
RETURNS TABLE (specimen_id bigint, accession_number text, container text, order_ids bigint[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff    bigint := core.require_group(ARRAY['hms_lab', 'hms_nurse'],
                                            'only hms_lab or hms_nurse may collect specimens',
                                            'lab.collect_lab_nurse_only');
    v_patient  bigint;
    v_mrn      text;
    v_group    record;
    v_id       bigint;
    v_acc      text;
BEGIN
    IF p_order_ids IS NULL OR cardinality(p_order_ids) = 0 THEN
        RAISE EXCEPTION 'choose the orders to collect'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('lab.choose_orders_collect');
    END IF;
    PERFORM 1 FROM lab.lab_order o WHERE o.id = ANY (p_order_ids) ORDER BY o.id FOR UPDATE;
    IF (SELECT count(*) FROM lab.lab_order o WHERE o.id = ANY (p_order_ids)) <> cardinality(p_order_ids) THEN
        RAISE EXCEPTION 'unknown lab order'
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('lab.unknown_lab_order');
    END IF;
    IF (SELECT count(DISTINCT o.patient_id) FROM lab.lab_order o WHERE o.id = ANY (p_order_ids)) <> 1 THEN
        RAISE EXCEPTION 'specimens are collected from one patient at a time'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('lab.specimens_collected_one_patient');
    END IF;
    SELECT o.patient_id INTO v_patient FROM lab.lab_order o WHERE o.id = p_order_ids[1];
    IF core.has_group('hms_nurse') AND NOT core.has_group('hms_lab') AND NOT clinical.can_access_patient(v_patient) THEN
        RAISE EXCEPTION 'this patient is not in your care'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('lab.patient_not_your_care');
    END IF;
    SELECT p.mrn INTO v_mrn FROM registry.patient p WHERE p.id = v_patient;
    IF btrim(coalesce(p_scanned_mrn, '')) <> v_mrn THEN
        RAISE EXCEPTION 'wrong patient: the scanned wristband (%) is not the patient of these orders',
                        coalesce(nullif(btrim(p_scanned_mrn), ''), 'nothing')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_specimen_positive_identification',
                  HINT = 'scan the wristband of the patient in front of you',
                  DETAIL = core.message_detail('lab.collect_wrong_patient',
                                               (coalesce(nullif(btrim(p_scanned_mrn), ''), 'nothing'))::text);
    END IF;
    IF EXISTS (SELECT 1 FROM lab.lab_order o WHERE o.id = ANY (p_order_ids) AND o.status <> 'ordered') THEN
        RAISE EXCEPTION 'only orders not yet collected can be collected'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.orders_not_yet_collected');
    END IF;
    FOR v_group IN
        SELECT t.specimen_type, t.container, array_agg(o.id ORDER BY o.id) AS ids
          FROM lab.lab_order o JOIN lab.test t ON t.code = o.test_code
         WHERE o.id = ANY (p_order_ids) GROUP BY t.specimen_type, t.container ORDER BY t.container
    LOOP
        v_acc := 'S' || to_char(now(), 'YY') || lpad(nextval('lab.accession_seq')::text, 7, '0');
        INSERT INTO lab.specimen (accession_number, patient_id, specimen_type, container, collected_by, scanned_mrn)
        VALUES (v_acc, v_patient, v_group.specimen_type, v_group.container, v_staff, btrim(p_scanned_mrn))
        RETURNING id INTO v_id;
        UPDATE lab.lab_order o SET status = 'collected', specimen_id = v_id WHERE o.id = ANY (v_group.ids);
        specimen_id := v_id; accession_number := v_acc; container := v_group.container; order_ids := v_group.ids;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION lab.collect(bigint[], text) IS
    'Collect specimens (lab or nurse) after positive identification: the scanned MRN must be the patient''s.';

CREATE OR REPLACE FUNCTION lab.receive(p_accession text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may receive specimens',
                                          'lab.receive_lab_only');
    v_spec   lab.specimen;
    v_n      integer;
BEGIN
    SELECT * INTO v_spec FROM lab.specimen WHERE accession_number = btrim(p_accession) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no specimen with accession number %', p_accession
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('lab.specimen_not_found', p_accession);
    END IF;
    IF v_spec.received_at IS NOT NULL THEN
        RAISE EXCEPTION 'specimen % was already received at %', v_spec.accession_number, v_spec.received_at
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.specimen_already_received', v_spec.accession_number::text,
                                               v_spec.received_at::text);
    END IF;
    UPDATE lab.specimen SET received_at = now(), received_by = v_staff WHERE id = v_spec.id;
    UPDATE lab.lab_order SET status = 'received' WHERE specimen_id = v_spec.id AND status = 'collected';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;
COMMENT ON FUNCTION lab.receive(text) IS 'The lab receives a specimen by accession number; its orders become received.';

-- Enter (or, before verification, re-enter with a reason) the result of a received order.
CREATE OR REPLACE FUNCTION lab.enter_result(p_order_id bigint, p_value text, p_unit text DEFAULT NULL,
                                 p_comment text DEFAULT '', p_reason text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may enter laboratory results',
                                           'lab.enter_lab_only');
    v_order   lab.lab_order;
    v_prev    lab.result;
    v_id      bigint;
    v_source  text := CASE WHEN current_setting('hms.result_source', true) = 'hl7' THEN 'hl7' ELSE 'manual' END;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lab order %', p_order_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('lab.order_not_found', p_order_id::text);
    END IF;
    IF v_order.status NOT IN ('received', 'resulted') THEN
        RAISE EXCEPTION 'order % is %: results are entered for received specimens (released results are corrected)',
                        v_order.order_number, v_order.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.order_results_entered_received', v_order.order_number::text,
                                               v_order.status::text);
    END IF;
    SELECT * INTO v_prev FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status <> 'superseded';
    IF FOUND THEN
        PERFORM core.check_reason(p_reason, 5, 'order %s already has a result: replacing it needs a reason',
                                  p_key => 'lab.result_replacement_reason_required',
                                  p_args => ARRAY[v_order.order_number]);
    END IF;
    IF FOUND THEN
        UPDATE lab.result SET status = 'superseded' WHERE id = v_prev.id;
    END IF;
    INSERT INTO lab.result (lab_order_id, loinc_code, version, value, unit, comment, source, entered_by,
                            replaces_id, correction_reason)
    VALUES (p_order_id, v_order.test_code, coalesce(v_prev.version, 0) + 1, coalesce(p_value, ''),
            coalesce(p_unit, ''), btrim(coalesce(p_comment, '')), v_source, v_staff, v_prev.id,
            CASE WHEN v_prev.id IS NOT NULL THEN btrim(p_reason) END)
    RETURNING id INTO v_id;
    IF v_order.status = 'received' THEN
        UPDATE lab.lab_order SET status = 'resulted' WHERE id = p_order_id;
    END IF;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.enter_result(bigint, text, text, text, text) IS
    'Lab enters the result of a received order (a re-entry before verification is a new version with a reason).';

CREATE OR REPLACE FUNCTION lab.verify(p_order_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may verify laboratory results',
                                           'lab.verify_lab_only');
    v_order   lab.lab_order;
    v_result  lab.result;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR v_order.status <> 'resulted' THEN
        RAISE EXCEPTION 'only a resulted order can be verified'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.resulted_order_verified');
    END IF;
    SELECT * INTO v_result FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status = 'entered';
    IF v_result.entered_by = v_staff THEN
        RAISE EXCEPTION 'a second person verifies a result: you entered this one'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_result_four_eyes',
                  DETAIL = core.message_detail('lab.second_person_verifies_result');
    END IF;
    UPDATE lab.result SET status = 'verified', verified_by = v_staff, verified_at = now() WHERE id = v_result.id;
    UPDATE lab.lab_order SET status = 'verified' WHERE id = p_order_id;
END
$$;
COMMENT ON FUNCTION lab.verify(bigint) IS 'A second lab user verifies a resulted order.';

-- A unit as a reader expects it. Results keep the catalog's UCUM code (what FHIR and HL7 carry); alerts and
-- screens show UCUM's annotations without their braces ("{INR}" is read "INR") and the dimensionless "1" as
-- nothing. The one definition: the client selects it too (hospital_desktop/lab/queries.py).
CREATE OR REPLACE FUNCTION lab.shown_unit(p_ucum text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN p_ucum IS NULL OR p_ucum IN ('', '1') THEN ''
                ELSE regexp_replace(p_ucum, '\{([^{}]*)\}', '\1', 'g') END
$$;
COMMENT ON FUNCTION lab.shown_unit(text) IS 'A UCUM unit as shown to a reader: annotations without braces, "1" as nothing.';

-- The alert of a released (or corrected) result: one durable notification for the ordering clinician.
CREATE OR REPLACE FUNCTION lab.alert(p_order_id bigint, p_kind text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_order   lab.lab_order;
    v_result  lab.result;
    v_test    lab.test;
    v_id      bigint;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id;
    SELECT * INTO v_result FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status = 'final';
    SELECT * INTO v_test FROM lab.test WHERE code = v_order.test_code;
    INSERT INTO notify.notification (recipient_id, kind, ref_id, patient_id, title)
    VALUES (v_order.ordering_clinician_id, p_kind, v_order.id, v_order.patient_id,
            CASE WHEN p_kind = 'lab_correction' THEN 'Corrected: ' ELSE '' END
            || v_test.short_name || ' ' || v_result.value || coalesce(' ' || nullif(lab.shown_unit(v_result.unit), ''), '')
            || coalesce(' (' || replace(v_result.flag, '_', ' ') || ')', ''))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.alert(bigint, text) IS 'Notify the ordering clinician of a released or corrected result.';

CREATE OR REPLACE FUNCTION lab.release(p_order_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may release laboratory results',
                                           'lab.release_lab_only');
    v_order   lab.lab_order;
    v_flag    text;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR v_order.status <> 'verified' THEN
        RAISE EXCEPTION 'only a verified order can be released'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.verified_order_released');
    END IF;
    UPDATE lab.result SET status = 'final', released_at = now()
     WHERE lab_order_id = p_order_id AND status = 'verified' RETURNING flag INTO v_flag;
    UPDATE lab.lab_order SET status = 'released', critical = coalesce(v_flag LIKE 'critical%', false)
     WHERE id = p_order_id;
    RETURN lab.alert(p_order_id, CASE WHEN v_flag LIKE 'critical%' THEN 'lab_critical' ELSE 'lab_result' END);
END
$$;
COMMENT ON FUNCTION lab.release(bigint) IS
    'Lab releases a verified result to the ordering clinician: the notification (lab_result / lab_critical).';

CREATE OR REPLACE FUNCTION lab.correct_result(p_order_id bigint, p_value text, p_unit text, p_reason text,
                                   p_comment text DEFAULT '') RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may correct laboratory results',
                                           'lab.correct_lab_only');
    v_order   lab.lab_order;
    v_prev    lab.result;
    v_id      bigint;
    v_flag    text;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR v_order.status <> 'released' THEN
        RAISE EXCEPTION 'only a released result is corrected (before release, enter a new result)'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.released_result_corrected_before');
    END IF;
    PERFORM core.check_reason(p_reason, 5, 'a correction needs a reason of at least 5 characters',
                              p_key => 'lab.correction_needs_reason_least');
    SELECT * INTO v_prev FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status = 'final';
    UPDATE lab.result SET status = 'superseded' WHERE id = v_prev.id;
    INSERT INTO lab.result (lab_order_id, loinc_code, version, value, unit, comment, source, entered_by,
                            replaces_id, correction_reason, status, released_at)
    VALUES (p_order_id, v_order.test_code, v_prev.version + 1, coalesce(p_value, ''), coalesce(p_unit, ''),
            btrim(coalesce(p_comment, '')),
            CASE WHEN current_setting('hms.result_source', true) = 'hl7' THEN 'hl7' ELSE 'manual' END,
            v_staff, v_prev.id, btrim(p_reason), 'final', now())
    RETURNING id, flag INTO v_id, v_flag;
    UPDATE lab.lab_order SET critical = coalesce(v_flag LIKE 'critical%', false), alert_acknowledged_at = NULL,
                             escalated_at = NULL
     WHERE id = p_order_id;
    INSERT INTO lab.order_status_history (lab_order_id, from_status, to_status, changed_by, note)
    VALUES (p_order_id, 'released', 'released', v_staff, 'corrected: ' || btrim(p_reason));
    PERFORM lab.alert(p_order_id, 'lab_correction');
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.correct_result(bigint, text, text, text, text) IS
    'Lab corrects a released result: a new final version with a reason; the clinician is alerted again.';

CREATE OR REPLACE FUNCTION lab.cancel_order(p_order_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_doctor', 'hms_lab'],
                                          'only hms_doctor or hms_lab may cancel laboratory orders',
                                          'lab.cancel_doctor_lab_only');
    v_order  lab.lab_order;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR (NOT core.has_group('hms_lab') AND v_order.ordering_clinician_id <> v_staff
                     AND NOT clinical.can_access_patient(v_order.patient_id)) THEN
        RAISE EXCEPTION 'no lab order % of yours', p_order_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('lab.own_order_not_found', p_order_id::text);
    END IF;
    PERFORM core.check_reason(p_reason, 5, 'cancelling an order needs a reason of at least 5 characters',
                              p_key => 'lab.cancelling_order_needs_reason');
    UPDATE lab.lab_order SET status = 'cancelled', cancel_reason = btrim(p_reason) WHERE id = p_order_id;
END
$$;
COMMENT ON FUNCTION lab.cancel_order(bigint, text) IS 'Cancel an order before it is resulted, with a reason.';

-- Acknowledging a lab alert is recorded on the order (the callback list and the escalation read it).
CREATE OR REPLACE FUNCTION lab.alert_acknowledged() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE lab.lab_order SET alert_acknowledged_at = NEW.acknowledged_at
     WHERE id = NEW.ref_id AND alert_acknowledged_at IS NULL;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION lab.alert_acknowledged() IS
    'AFTER UPDATE OF acknowledged_at on notify.notification (lab kinds): the order''s alert is acknowledged.';

CREATE OR REPLACE TRIGGER notification_lab_acknowledged AFTER UPDATE OF acknowledged_at ON notify.notification
    FOR EACH ROW WHEN (NEW.kind IN ('lab_result', 'lab_critical', 'lab_correction', 'lab_critical_escalated')
                       AND NEW.acknowledged_at IS NOT NULL)
    EXECUTE FUNCTION lab.alert_acknowledged();

-- Escalate critical results left unacknowledged longer than critical_ack_minutes to the other doctors of the
-- ordering department (once per order). Idempotent; any staff client or the gateway may run it.
CREATE OR REPLACE FUNCTION lab.escalate_overdue() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_minutes  integer := coalesce((SELECT (s.value #>> '{}')::integer FROM core.setting s
                                     WHERE s.key = 'critical_ack_minutes'), 30);
    v_order    lab.lab_order;
    v_n        integer := 0;
BEGIN
    IF core.current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'only staff may run the escalation'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('lab.staff_run_escalation');
    END IF;
    FOR v_order IN
        SELECT * FROM lab.lab_order o
         WHERE o.critical AND o.alert_acknowledged_at IS NULL AND o.escalated_at IS NULL AND o.status = 'released'
           AND o.status_changed_at < now() - make_interval(mins => v_minutes)
         ORDER BY o.id FOR UPDATE SKIP LOCKED
    LOOP
        INSERT INTO notify.notification (recipient_id, kind, ref_id, patient_id, title)
        SELECT s.id, 'lab_critical_escalated', v_order.id, v_order.patient_id,
               'Unacknowledged critical result: ' || n.title
          FROM core.staff s
          JOIN core.staff_department sd ON sd.staff_id = s.id AND sd.department_id = v_order.department_id
          JOIN pg_roles r ON r.rolname = s.username AND r.rolcanlogin
          LEFT JOIN LATERAL (SELECT x.title FROM notify.notification x
                              WHERE x.ref_id = v_order.id AND x.kind IN ('lab_critical', 'lab_correction')
                              ORDER BY x.id DESC LIMIT 1) n ON true
         WHERE s.id <> v_order.ordering_clinician_id AND s.active
           AND pg_has_role(s.username, 'hms_doctor', 'MEMBER');
        UPDATE lab.lab_order SET escalated_at = now() WHERE id = v_order.id;
        v_n := v_n + 1;
    END LOOP;
    RETURN v_n;
END
$$;
COMMENT ON FUNCTION lab.escalate_overdue() IS
    'Escalate critical results unacknowledged after critical_ack_minutes to the department''s other doctors.';

CREATE OR REPLACE FUNCTION lab.record_callback(p_order_id bigint, p_spoke_to text, p_read_back boolean,
                                    p_note text DEFAULT '') RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may record critical-result calls',
                                          'lab.critical_call_lab_only');
    v_id     bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM lab.lab_order WHERE id = p_order_id AND critical) THEN
        RAISE EXCEPTION 'order % has no critical result to phone', p_order_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('lab.order_no_critical_result', p_order_id::text);
    END IF;
    INSERT INTO lab.critical_callback (lab_order_id, called_by, spoke_to, read_back, note)
    VALUES (p_order_id, v_staff, btrim(coalesce(p_spoke_to, '')), coalesce(p_read_back, false),
            btrim(coalesce(p_note, '')))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.record_callback(bigint, text, boolean, text) IS
    'The lab records that it phoned a critical result (to whom, read back or not).';

-- =====================================================================================================
-- Lab catalog maintenance by the administrator (issue 9).
--.
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
CREATE OR REPLACE FUNCTION lab.loinc_check_digit(p_number text) RETURNS integer
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

-- The sentence for a refused code (the CHECK constraints below stay the invariant whoever writes).
CREATE OR REPLACE FUNCTION lab.catalog_code_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_kind  text := CASE TG_TABLE_NAME WHEN 'test' THEN 'test' ELSE 'panel' END;
BEGIN
    IF NEW.code IS NULL OR NEW.code !~ '^[0-9]{1,7}-[0-9]$' THEN
        RAISE EXCEPTION 'a LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3), not "%"',
                        coalesce(NEW.code, '')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_' || v_kind || '_code_loinc',
                  DETAIL = core.message_detail('lab.loinc_code_1_7', coalesce(NEW.code, ''));
    END IF;
    IF NOT lab.loinc_is_valid(NEW.code) THEN
        RAISE EXCEPTION 'LOINC code % is not valid: the check digit should be %', NEW.code,
                        lab.loinc_check_digit(split_part(NEW.code, '-', 1))
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_' || v_kind || '_code_loinc',
                  HINT = 'check the code against the LOINC database',
                  DETAIL = core.message_detail('lab.loinc_code_not_valid', NEW.code::text,
                                               (lab.loinc_check_digit(split_part(NEW.code, '-', 1)))::text);
    END IF;
    IF v_kind = 'test' AND EXISTS (SELECT 1 FROM lab.panel p WHERE p.code = NEW.code) THEN
        RAISE EXCEPTION 'LOINC code % is already a panel in the catalog', NEW.code
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_test_code_not_panel',
                  DETAIL = core.message_detail('lab.loinc_code_already_panel', NEW.code::text);
    END IF;
    IF v_kind = 'panel' AND EXISTS (SELECT 1 FROM lab.test t WHERE t.code = NEW.code) THEN
        RAISE EXCEPTION 'LOINC code % is already a test in the catalog', NEW.code
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_panel_code_not_test',
                  DETAIL = core.message_detail('lab.loinc_code_already_test', NEW.code::text);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.catalog_code_check() IS
    'BEFORE INSERT/UPDATE OF code on lab.test and lab.panel: a valid LOINC code, not already used by the other.';

CREATE OR REPLACE TRIGGER test_code_check BEFORE INSERT OR UPDATE OF code ON lab.test
    FOR EACH ROW EXECUTE FUNCTION lab.catalog_code_check();

CREATE OR REPLACE TRIGGER panel_code_check BEFORE INSERT OR UPDATE OF code ON lab.panel
    FOR EACH ROW EXECUTE FUNCTION lab.catalog_code_check();

-- Units and value types stay put while orders of the test are in the lab.
CREATE OR REPLACE FUNCTION lab.test_change_check() RETURNS trigger
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
                      HINT = 'deactivate the test and add the new one under its own LOINC code, or wait',
                      DETAIL = core.message_detail('lab.test_has_open_orders', OLD.short_name::text, v_open::text);
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.test_change_check() IS
    'BEFORE UPDATE OF unit, value_type on lab.test: refused while orders of the test are in the lab.';

CREATE OR REPLACE TRIGGER test_change_check BEFORE UPDATE OF unit, value_type ON lab.test
    FOR EACH ROW EXECUTE FUNCTION lab.test_change_check();

-- Queue the orders placed in the last p_backlog_hours that are still 'ordered' and not yet offered, and a CA for
-- every order cancelled after its NW may have reached the LIS (NW offered in the last 30 days); withdraw NW
-- messages of cancelled orders; then lease up to p_limit due messages for p_lease_seconds.
CREATE OR REPLACE FUNCTION lab.hl7_outbound_due(p_limit integer DEFAULT 20, p_lease_seconds integer DEFAULT 60,
                                     p_backlog_hours integer DEFAULT 24)
RETURNS TABLE (lab_order_id bigint, order_control text, message_control_id text, attempts integer,
               order_number text, test_code text, test_name text, priority text, clinical_info text,
               ordered_at timestamptz, mrn text, given_name text, family_name text, birth_date date, sex text,
               clinician_id bigint, clinician_name text, cancel_reason text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may send orders to the LIS',
                                          'lab.send_lis_lab_only');
BEGIN
    IF p_limit IS NULL OR p_limit NOT BETWEEN 1 AND 500 OR p_lease_seconds IS NULL OR p_lease_seconds < 1
       OR p_backlog_hours IS NULL OR p_backlog_hours NOT BETWEEN 0 AND 87600 THEN  -- ten years; more overflowed now()
        RAISE EXCEPTION 'limit 1-500, lease >= 1 s and backlog 0-87600 h'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('lab.limit_1_500_lease');
    END IF;
    INSERT INTO lab.hl7_outbound (lab_order_id, message_control_id)
    SELECT o.id, 'O' || o.order_number FROM lab.lab_order o
     WHERE o.status = 'ordered' AND o.ordered_at >= now() - make_interval(hours => p_backlog_hours)
    ON CONFLICT DO NOTHING;
    INSERT INTO lab.hl7_outbound (lab_order_id, order_control, message_control_id)
    SELECT h.lab_order_id, 'CA', 'C' || o.order_number
      FROM lab.hl7_outbound h JOIN lab.lab_order o ON o.id = h.lab_order_id
     WHERE h.order_control = 'NW' AND o.status = 'cancelled' AND h.queued_at >= now() - interval '30 days'
       AND (h.status = 'acknowledged' OR (h.status = 'pending' AND h.attempts > 0))
    ON CONFLICT DO NOTHING;
    UPDATE lab.hl7_outbound h
       SET status = 'withdrawn',
           last_error = CASE WHEN h.attempts = 0 THEN 'order cancelled before it was sent'
                             ELSE 'order cancelled while being sent: the LIS is sent a cancellation' END
      FROM lab.lab_order o
     WHERE o.id = h.lab_order_id AND h.order_control = 'NW' AND h.status = 'pending' AND o.status = 'cancelled';
    RETURN QUERY
    WITH due AS (
        SELECT h.lab_order_id, h.order_control FROM lab.hl7_outbound h
         WHERE h.status = 'pending' AND h.next_attempt_at <= now()
         ORDER BY h.next_attempt_at, h.lab_order_id LIMIT p_limit FOR UPDATE SKIP LOCKED
    ), leased AS (
        UPDATE lab.hl7_outbound h SET attempts = h.attempts + 1, last_attempt_at = now(),
                                      next_attempt_at = now() + make_interval(secs => p_lease_seconds)
          FROM due WHERE h.lab_order_id = due.lab_order_id AND h.order_control = due.order_control
        RETURNING h.lab_order_id, h.order_control, h.message_control_id, h.attempts
    )
    SELECT l.lab_order_id, l.order_control, l.message_control_id, l.attempts, o.order_number, o.test_code, t.name,
           o.priority, o.clinical_info, o.ordered_at, p.mrn, p.given_name, p.family_name, p.birth_date, p.sex,
           s.id, s.full_name,
           CASE WHEN l.order_control = 'CA' THEN o.cancel_reason END
      FROM leased l
      JOIN lab.lab_order o ON o.id = l.lab_order_id
      JOIN lab.test t ON t.code = o.test_code
      JOIN registry.patient p ON p.id = o.patient_id
      JOIN core.staff s ON s.id = o.ordering_clinician_id
     ORDER BY o.ordered_at, o.id, l.order_control DESC;  -- a new order's NW before its CA
END
$$;
COMMENT ON FUNCTION lab.hl7_outbound_due(integer, integer, integer) IS
    'HL7 gateway: queue new and cancelled lab orders for the LIS and lease the due ORM^O01 messages (lab role).';

CREATE OR REPLACE FUNCTION lab.hl7_outbound_done(p_order_id bigint, p_ack_code text, p_error text DEFAULT NULL,
                                      p_retry_seconds integer DEFAULT 60, p_order_control text DEFAULT 'NW')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_lab'], 'only hms_lab may record the LIS''s answers',
                                          'lab.lis_answer_lab_only');
    v_row    lab.hl7_outbound;
    v_status text;
BEGIN
    SELECT * INTO v_row FROM lab.hl7_outbound h
     WHERE h.lab_order_id = p_order_id AND h.order_control = p_order_control FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'lab order % has no % message for the LIS', p_order_id, coalesce(p_order_control, 'NULL')
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('lab.lab_order_no_message', p_order_id::text,
                                               coalesce(p_order_control, 'NULL'));
    END IF;
    IF p_ack_code IS NOT NULL AND p_ack_code NOT IN ('AA', 'AE', 'AR', 'CA', 'CE', 'CR') THEN
        RAISE EXCEPTION 'unknown acknowledgment code "%"', p_ack_code
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('lab.unknown_acknowledgment_code', p_ack_code);
    END IF;
    IF v_row.status <> 'pending' THEN
        RETURN v_row.status;  -- already settled (e.g. a late second answer): nothing changes
    END IF;
    v_status := CASE WHEN p_ack_code IN ('AA', 'CA') THEN 'acknowledged'
                     WHEN p_ack_code IN ('AE', 'CE') THEN 'rejected'
                     ELSE 'pending' END;
    UPDATE lab.hl7_outbound h
       SET status = v_status, ack_code = coalesce(p_ack_code, h.ack_code),
           acknowledged_at = CASE WHEN v_status = 'acknowledged' THEN now() END,
           last_error = CASE WHEN v_status = 'acknowledged' THEN NULL
                             ELSE left(coalesce(nullif(btrim(p_error), ''), 'no answer'), 500) END,
           next_attempt_at = CASE WHEN v_status = 'pending'
                                  THEN now() + make_interval(secs => greatest(coalesce(p_retry_seconds, 60), 1))
                                  ELSE h.next_attempt_at END
     WHERE h.lab_order_id = p_order_id AND h.order_control = p_order_control;
    RETURN v_status;
END
$$;
COMMENT ON FUNCTION lab.hl7_outbound_done(bigint, text, text, integer, text) IS
    'HL7 gateway: record the LIS''s answer to an ORM^O01 NW or CA (AA/CA acknowledged, AE/CE rejected, else retried).';
