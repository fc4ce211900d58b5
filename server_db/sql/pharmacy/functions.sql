-- pharmacy: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

CREATE OR REPLACE FUNCTION pharmacy.drug_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.code := upper(btrim(NEW.code));
    NEW.atc_code := nullif(upper(btrim(NEW.atc_code)), '');
    NEW.ingredient_atc := ARRAY(SELECT DISTINCT upper(btrim(i))
                                  FROM unnest(coalesce(NEW.ingredient_atc, '{}') || NEW.atc_code) AS i
                                 WHERE nullif(btrim(i), '') IS NOT NULL ORDER BY 1);
    IF EXISTS (SELECT 1 FROM unnest(NEW.ingredient_atc) i WHERE i !~ '^[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$') THEN
        RAISE EXCEPTION 'ingredient ATC codes look like J01CA04 (got %)', array_to_string(NEW.ingredient_atc, ', ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_drug_ingredient_atc',
                  DETAIL = core.message_detail('pharmacy.ingredient_atc_codes_look',
                                               array_to_string(NEW.ingredient_atc, ', '));
    END IF;
    NEW.price_code := coalesce(nullif(btrim(NEW.price_code), ''), 'DRUG-' || NEW.code);
    NEW.generic_name := btrim(NEW.generic_name);
    NEW.warnings := nullif(btrim(NEW.warnings), '');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION pharmacy.drug_check() IS
    'BEFORE INSERT OR UPDATE on pharmacy.drug: normalise codes, ingredient_atc includes atc_code, default price code.';

CREATE OR REPLACE TRIGGER drug_check BEFORE INSERT OR UPDATE ON pharmacy.drug
    FOR EACH ROW EXECUTE FUNCTION pharmacy.drug_check();

-- The one writer of stock_lot.quantity.
CREATE OR REPLACE FUNCTION pharmacy.apply_movement() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_left integer;
BEGIN
    UPDATE pharmacy.stock_lot l SET quantity = l.quantity + NEW.quantity WHERE l.id = NEW.lot_id
    RETURNING l.quantity INTO v_left;
    RETURN NULL;
EXCEPTION WHEN check_violation THEN
    RAISE EXCEPTION 'not enough stock in lot % for a movement of % units', NEW.lot_id, NEW.quantity
        USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity',
              DETAIL = core.message_detail('pharmacy.not_enough_stock_lot', NEW.lot_id::text, NEW.quantity::text);
END
$$;
COMMENT ON FUNCTION pharmacy.apply_movement() IS
    'AFTER INSERT on pharmacy.stock_movement: add the movement to its lot (the CHECK refuses negative stock).';

CREATE OR REPLACE TRIGGER stock_movement_apply AFTER INSERT ON pharmacy.stock_movement
    FOR EACH ROW EXECUTE FUNCTION pharmacy.apply_movement();

CREATE OR REPLACE FUNCTION pharmacy.movement_immutable() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'stock movements are never changed or deleted: record a correcting movement instead'
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = core.message_detail('pharmacy.stock_movements_never_changed');
END
$$;

CREATE OR REPLACE TRIGGER stock_movement_immutable BEFORE UPDATE OR DELETE ON pharmacy.stock_movement
    FOR EACH ROW EXECUTE FUNCTION pharmacy.movement_immutable();

CREATE OR REPLACE FUNCTION pharmacy.lot_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.quantity <> 0 THEN
            RAISE EXCEPTION 'a new lot starts empty: stock arrives by a receipt movement'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('pharmacy.new_lot_starts_empty');
        END IF;
        NEW.lot_number := upper(btrim(NEW.lot_number));
        RETURN NEW;
    END IF;
    IF NEW.quantity IS DISTINCT FROM OLD.quantity AND pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION 'stock quantities change only by stock movements (receipt, transfer, adjustment, '
                        'write-off, dispense, return)'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('pharmacy.stock_quantities_change_stock');
    END IF;
    IF (NEW.drug_id, NEW.location_id, NEW.lot_number, NEW.expiry_date)
           IS DISTINCT FROM (OLD.drug_id, OLD.location_id, OLD.lot_number, OLD.expiry_date) THEN
        RAISE EXCEPTION 'a lot''s drug, location, number and expiry do not change'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('pharmacy.lot_identity_fixed');
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION pharmacy.lot_guard() IS
    'BEFORE INSERT OR UPDATE on pharmacy.stock_lot: lots start empty; quantity only through stock movements.';

CREATE OR REPLACE TRIGGER stock_lot_guard BEFORE INSERT OR UPDATE ON pharmacy.stock_lot
    FOR EACH ROW EXECUTE FUNCTION pharmacy.lot_guard();

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
        RAISE EXCEPTION 'no care relationship with patient %', p_patient_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('pharmacy.no_care_relationship_patient', p_patient_id::text);
    END IF;
    SELECT * INTO v_drug FROM pharmacy.drug d WHERE d.id = p_drug_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no drug with id % in the formulary', p_drug_id
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = core.message_detail('pharmacy.formulary_drug_not_found', p_drug_id::text);
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

CREATE OR REPLACE FUNCTION pharmacy.is_stop(p_severity text) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_severity IN ('contraindicated', 'serious')
$$;
COMMENT ON FUNCTION pharmacy.is_stop(text) IS 'Does a screening hit of this severity stop the prescriber?';

CREATE OR REPLACE FUNCTION pharmacy.prescription_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.current_staff_id();
    v_drug   pharmacy.drug;
    v_stops  text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.status_reason IS NOT DISTINCT FROM OLD.status_reason THEN
            RETURN NEW;
        END IF;
        IF OLD.status <> 'active' THEN
            RAISE EXCEPTION 'prescription % is % and cannot change', OLD.prescription_number, OLD.status
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('pharmacy.prescription_change', OLD.prescription_number::text,
                                                   OLD.status::text);
        END IF;
        IF NEW.status NOT IN ('completed', 'cancelled') THEN
            RAISE EXCEPTION 'an active prescription is completed or cancelled'
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('pharmacy.active_prescription_completed_cancelled');
        END IF;
        IF NEW.status = 'cancelled' THEN
            PERFORM core.check_reason(NEW.status_reason, 5,
                                      'cancelling a prescription needs a reason of at least 5 characters',
                                      'ck_prescription_status_reason',
                                      p_key => 'pharmacy.cancelling_prescription_needs_reason');
        END IF;
        NEW.status_reason := nullif(btrim(NEW.status_reason), '');
        NEW.status_changed_by := v_staff;
        NEW.status_changed_at := now();
        RETURN NEW;
    END IF;

    IF v_staff IS NOT NULL AND NOT clinical.can_access_patient(NEW.patient_id) THEN
        RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
    END IF;
    IF v_staff IS NOT NULL THEN
        NEW.prescriber_id := v_staff;
    END IF;
    SELECT * INTO v_drug FROM pharmacy.drug d WHERE d.id = NEW.drug_id;
    IF NOT FOUND OR NOT v_drug.active THEN
        RAISE EXCEPTION 'drug % is not in the formulary (or no longer prescribable)', NEW.drug_id
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = core.message_detail('pharmacy.drug_not_formulary_no', NEW.drug_id::text);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pharmacy.frequency f WHERE f.code = NEW.frequency) THEN
        RAISE EXCEPTION 'unknown frequency "%" (one of: %)', NEW.frequency,
                        (SELECT string_agg(f.code, ', ' ORDER BY f.sort_order) FROM pharmacy.frequency f)
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = core.message_detail('pharmacy.unknown_frequency_one', NEW.frequency::text,
                                               (SELECT string_agg(f.code, ', ' ORDER BY f.sort_order) FROM pharmacy.frequency f));
    END IF;
    NEW.route := coalesce(nullif(btrim(NEW.route), ''), v_drug.route);
    NEW.dose_unit := coalesce(nullif(btrim(NEW.dose_unit), ''), v_drug.unit);
    NEW.instructions := nullif(btrim(NEW.instructions), '');
    NEW.status := 'active';
    NEW.status_reason := NULL;
    NEW.status_changed_by := NULL;
    NEW.status_changed_at := NULL;
    NEW.dispense_status := 'pending';
    NEW.quantity_dispensed := 0;
    NEW.prescription_number := 'RX' || lpad(NEW.id::text, 8, '0');
    PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.created_at, 'prescriptions');

    SELECT coalesce(jsonb_agg(jsonb_build_object('kind', s.kind, 'severity', s.severity, 'message', s.message,
                                                 'ref_id', s.ref_id)), '[]')
      INTO NEW.alerts FROM pharmacy.screen(NEW.patient_id, NEW.drug_id) s;
    SELECT string_agg(e ->> 'message', '; ') INTO v_stops
      FROM jsonb_array_elements(NEW.alerts) e WHERE pharmacy.is_stop(e ->> 'severity');
    NEW.override_reason := nullif(btrim(NEW.override_reason), '');
    IF v_stops IS NOT NULL AND length(coalesce(NEW.override_reason, '')) < 10 THEN
        RAISE EXCEPTION 'prescription stopped: %', v_stops
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_prescription_override',
                  HINT = 'to prescribe anyway, give an override reason of at least 10 characters',
                  DETAIL = core.message_detail('pharmacy.prescription_stopped', v_stops);
    END IF;
    IF v_stops IS NULL THEN
        NEW.override_reason := NULL;  -- nothing was overridden
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION pharmacy.prescription_check() IS
    'BEFORE INSERT OR UPDATE OF status, status_reason on pharmacy.prescription: formulary, frequency, open encounter, '
    'number, screening (a serious hit needs an override reason), and the active -> completed/cancelled rule.';

CREATE OR REPLACE TRIGGER prescription_check BEFORE INSERT OR UPDATE OF status, status_reason ON pharmacy.prescription
    FOR EACH ROW EXECUTE FUNCTION pharmacy.prescription_check();

-- The charge of a dispense, in the same transaction.
CREATE OR REPLACE FUNCTION pharmacy.charge_dispense() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_code   text;
    v_enc    bigint;
    v_date   date := billing.local_day(NEW.dispensed_at);
    v_price  billing.price_item;
BEGIN
    SELECT d.price_code, p.encounter_id INTO v_code, v_enc
      FROM pharmacy.prescription p JOIN pharmacy.drug d ON d.id = p.drug_id WHERE p.id = NEW.prescription_id;
    SELECT * INTO v_price FROM billing.price_item i WHERE i.id = billing.price_item_at(v_code, v_date);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no price for % valid on %: the dispense cannot be charged', v_code, v_date
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'an administrator adds a price list entry (billing.price_item) valid on that date',
                  DETAIL = core.message_detail('pharmacy.no_price_valid_dispense', v_code, v_date::text);
    END IF;
    INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity,
                                unit_amount, amount, currency, service_date)
    VALUES (NEW.patient_id, v_enc, 'dispense', NEW.id, v_price.id, NEW.quantity, v_price.amount,
            round(v_price.amount * NEW.quantity, 2), v_price.currency, v_date)
    ON CONFLICT (source_kind, source_id) DO NOTHING;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION pharmacy.charge_dispense() IS
    'AFTER INSERT on pharmacy.dispense: its charge (source_kind dispense), priced per unit from the price list.';

CREATE OR REPLACE TRIGGER dispense_charge AFTER INSERT ON pharmacy.dispense
    FOR EACH ROW EXECUTE FUNCTION pharmacy.charge_dispense();

CREATE OR REPLACE FUNCTION pharmacy.location_id(p_code text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    SELECT l.id INTO v_id FROM pharmacy.location l WHERE l.code = upper(btrim(p_code)) AND l.active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no active stock location "%"', p_code
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('pharmacy.stock_location_not_found', p_code);
    END IF;
    RETURN v_id;
END
$$;

-- Dispense from the lot whose pack was scanned, after checking the scanned patient; returns the dispense id.
CREATE OR REPLACE FUNCTION pharmacy.dispense_prescription(p_prescription_id bigint, p_patient_scan text, p_pack_scan text,
                                               p_quantity integer, p_location_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff     bigint := core.require_group(ARRAY['hms_pharmacist'], 'only pharmacists dispense',
                                             'pharmacy.pharmacists_dispense');
    v_rx        pharmacy.prescription;
    v_drug      pharmacy.drug;
    v_mrn       text;
    v_scan      text := upper(btrim(coalesce(p_patient_scan, '')));
    v_pack      text := upper(btrim(coalesce(p_pack_scan, '')));
    v_location  bigint := coalesce(p_location_id, pharmacy.location_id('DISP'));
    v_lot       pharmacy.stock_lot;
    v_other     text;
    v_left      integer;
    v_id        bigint;
BEGIN
    SELECT * INTO v_rx FROM pharmacy.prescription p WHERE p.id = p_prescription_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no prescription with id %', p_prescription_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('pharmacy.prescription_not_found', p_prescription_id::text);
    END IF;
    IF v_rx.status <> 'active' THEN
        RAISE EXCEPTION 'prescription % is %: nothing is dispensed', v_rx.prescription_number, v_rx.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('pharmacy.prescription_nothing_dispensed',
                                               v_rx.prescription_number::text, v_rx.status::text);
    END IF;
    v_left := v_rx.quantity - v_rx.quantity_dispensed;
    IF v_left = 0 THEN
        RAISE EXCEPTION 'prescription % is fully dispensed', v_rx.prescription_number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('pharmacy.prescription_fully_dispensed', v_rx.prescription_number::text);
    END IF;
    IF p_quantity IS NULL OR p_quantity < 1 OR p_quantity > v_left THEN
        RAISE EXCEPTION 'dispense between 1 and % units for prescription % (asked: %)', v_left,
                        v_rx.prescription_number, coalesce(p_quantity::text, 'nothing')
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.dispense_between_1_units', v_left::text,
                                               v_rx.prescription_number::text, coalesce(p_quantity::text, 'nothing'));
    END IF;
    -- The patient: the scanned wristband or ID card must carry this prescription's MRN.
    SELECT p.mrn INTO v_mrn FROM registry.patient p WHERE p.id = v_rx.patient_id;
    IF v_scan = '' THEN
        RAISE EXCEPTION 'scan the patient''s wristband or ID card first'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('pharmacy.dispense_scan_wristband');
    END IF;
    -- A wristband printed before a merge carries the merged record's MRN: it resolves to the surviving patient.
    IF v_scan <> upper(v_mrn) AND registry.resolve_mrn(v_scan) IS DISTINCT FROM v_rx.patient_id THEN
        RAISE EXCEPTION 'WRONG PATIENT: the scanned MRN % is not the MRN of prescription % (%)', v_scan,
                        v_rx.prescription_number, v_mrn
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.dispense_wrong_patient', v_scan,
                                               v_rx.prescription_number::text, v_mrn);
    END IF;
    -- The pack: its lot number must be a lot of the prescribed drug at this location.
    SELECT * INTO v_drug FROM pharmacy.drug d WHERE d.id = v_rx.drug_id;
    IF v_pack = '' THEN
        RAISE EXCEPTION 'scan the pack (its lot number) first'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('pharmacy.scan_pack_lot_number');
    END IF;
    SELECT * INTO v_lot FROM pharmacy.stock_lot l
     WHERE l.location_id = v_location AND l.lot_number = v_pack AND l.drug_id = v_rx.drug_id
       FOR UPDATE;
    IF NOT FOUND THEN
        SELECT d.generic_name || ' ' || d.strength || ' ' || d.form INTO v_other
          FROM pharmacy.stock_lot l JOIN pharmacy.drug d ON d.id = l.drug_id
         WHERE l.lot_number = v_pack AND l.drug_id <> v_rx.drug_id
         ORDER BY l.location_id = v_location DESC, l.id LIMIT 1;
        IF v_other IS NOT NULL THEN
            RAISE EXCEPTION 'WRONG DRUG: lot % is %, the prescription is for % % %', v_pack, v_other,
                            v_drug.generic_name, v_drug.strength, v_drug.form
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('pharmacy.dispense_wrong_drug', v_pack, v_other,
                                                   v_drug.generic_name::text, v_drug.strength::text, v_drug.form::text);
        END IF;
        RAISE EXCEPTION 'lot % of % % is not in stock here (%)', v_pack, v_drug.generic_name, v_drug.strength,
                        (SELECT l.name FROM pharmacy.location l WHERE l.id = v_location)
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.lot_not_stock_here', v_pack, v_drug.generic_name::text,
                                               v_drug.strength::text,
                                               ((SELECT l.name FROM pharmacy.location l WHERE l.id = v_location))::text);
    END IF;
    IF v_lot.expiry_date < current_date THEN
        RAISE EXCEPTION 'lot % expired on %: do not dispense it (write it off)', v_lot.lot_number, v_lot.expiry_date
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.lot_expired_do_not', v_lot.lot_number::text,
                                               v_lot.expiry_date::text);
    END IF;
    IF v_lot.quantity < p_quantity THEN
        RAISE EXCEPTION 'not enough stock: lot % has % % left, % asked', v_lot.lot_number, v_lot.quantity,
                        v_drug.unit, p_quantity
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity',
                  DETAIL = core.message_detail('pharmacy.not_enough_stock_lot_left', v_lot.lot_number::text,
                                               v_lot.quantity::text, v_drug.unit::text, p_quantity::text);
    END IF;

    INSERT INTO pharmacy.dispense (prescription_id, patient_id, lot_id, quantity, patient_scan, pack_scan, dispensed_by)
    VALUES (v_rx.id, v_rx.patient_id, v_lot.id, p_quantity, v_scan, v_pack, v_staff)
    RETURNING id INTO v_id;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, dispense_id, staff_id, reason)
    VALUES (v_lot.id, 'dispense', -p_quantity, v_id, v_staff, 'dispensed for ' || v_rx.prescription_number);
    UPDATE pharmacy.prescription p
       SET quantity_dispensed = p.quantity_dispensed + p_quantity,
           dispense_status = CASE WHEN p.quantity_dispensed + p_quantity = p.quantity THEN 'dispensed' ELSE 'partial' END
     WHERE p.id = v_rx.id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION pharmacy.dispense_prescription(bigint, text, text, integer, bigint) IS
    'Pharmacists: dispense units of an active prescription from the scanned lot after checking the scanned MRN; '
    'one transaction: dispense, stock movement, charge (trigger), prescription progress. Returns the dispense id.';

CREATE OR REPLACE FUNCTION pharmacy.return_dispense(p_dispense_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_pharmacist'], 'only pharmacists take returns',
                                           'pharmacy.pharmacists_take_returns');
    v_reason  text := core.check_reason(p_reason, 5, 'a return needs a reason of at least 5 characters',
                                        p_key => 'pharmacy.return_needs_reason_least');
    v_disp    pharmacy.dispense;
    v_rx      pharmacy.prescription;
BEGIN
    SELECT * INTO v_rx FROM pharmacy.prescription p
     WHERE p.id = (SELECT d.prescription_id FROM pharmacy.dispense d WHERE d.id = p_dispense_id) FOR UPDATE;
    SELECT * INTO v_disp FROM pharmacy.dispense d WHERE d.id = p_dispense_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no dispense with id %', p_dispense_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('pharmacy.dispense_not_found', p_dispense_id::text);
    END IF;
    IF v_disp.status <> 'dispensed' THEN
        RAISE EXCEPTION 'dispense % was already returned', p_dispense_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('pharmacy.dispense_already_returned', p_dispense_id::text);
    END IF;
    UPDATE pharmacy.dispense d SET status = 'returned', return_reason = v_reason, returned_by = v_staff,
                                   returned_at = now()
     WHERE d.id = p_dispense_id;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, dispense_id, staff_id, reason)
    VALUES (v_disp.lot_id, 'return', v_disp.quantity, v_disp.id, v_staff, v_reason);
    UPDATE pharmacy.prescription p
       SET quantity_dispensed = p.quantity_dispensed - v_disp.quantity,
           dispense_status = CASE WHEN p.quantity_dispensed - v_disp.quantity = 0 THEN 'pending' ELSE 'partial' END
     WHERE p.id = v_rx.id;
    UPDATE billing.charge c SET status = 'void', void_reason = 'dispense returned: ' || v_reason
     WHERE c.source_kind = 'dispense' AND c.source_id = p_dispense_id AND c.status <> 'void';
END
$$;
COMMENT ON FUNCTION pharmacy.return_dispense(bigint, text) IS
    'Pharmacists: take a dispense back (reason required): stock back into its lot by a return movement, the '
    'prescription''s dispensed quantity reduced, its charge voided with the reason.';

-- ---------------------------------------------------------------------------------------------------
-- Stock work (pharmacists)
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION pharmacy.receive_stock(p_drug_id bigint, p_location_id bigint, p_lot_number text,
                                       p_expiry_date date, p_quantity integer, p_reason text DEFAULT 'goods receipt')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_pharmacist'], 'only pharmacists receive goods',
                                          'pharmacy.pharmacists_receive_goods');
    v_lot    pharmacy.stock_lot;
BEGIN
    IF p_quantity IS NULL OR p_quantity < 1 THEN
        RAISE EXCEPTION 'a goods receipt is of at least 1 unit'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('pharmacy.goods_receipt_least_1');
    END IF;
    IF p_expiry_date IS NULL OR p_expiry_date < current_date THEN
        RAISE EXCEPTION 'stock expired on % is not received', p_expiry_date
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.stock_expired_not_received', p_expiry_date::text);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pharmacy.drug d WHERE d.id = p_drug_id) THEN
        RAISE EXCEPTION 'no drug with id %', p_drug_id
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = core.message_detail('pharmacy.drug_not_found', p_drug_id::text);
    END IF;
    INSERT INTO pharmacy.stock_lot (drug_id, location_id, lot_number, expiry_date)
    VALUES (p_drug_id, p_location_id, upper(btrim(p_lot_number)), p_expiry_date)
    ON CONFLICT (drug_id, location_id, lot_number) DO NOTHING;
    SELECT * INTO v_lot FROM pharmacy.stock_lot l
     WHERE l.drug_id = p_drug_id AND l.location_id = p_location_id AND l.lot_number = upper(btrim(p_lot_number))
       FOR UPDATE;
    IF v_lot.expiry_date <> p_expiry_date THEN
        RAISE EXCEPTION 'lot % is recorded with expiry %, not %', v_lot.lot_number, v_lot.expiry_date, p_expiry_date
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.lot_recorded_expiry_not', v_lot.lot_number::text,
                                               v_lot.expiry_date::text, p_expiry_date::text);
    END IF;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (v_lot.id, 'receipt', p_quantity, nullif(btrim(p_reason), ''), v_staff);
    RETURN v_lot.id;
END
$$;
COMMENT ON FUNCTION pharmacy.receive_stock(bigint, bigint, text, date, integer, text) IS
    'Pharmacists: goods receipt of a lot at a location (the lot is created when new); returns the lot id.';

CREATE OR REPLACE FUNCTION pharmacy.transfer_stock(p_lot_id bigint, p_to_location_id bigint, p_quantity integer,
                                        p_reason text DEFAULT 'ward stock top-up')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_pharmacist'], 'only pharmacists transfer stock',
                                           'pharmacy.pharmacists_transfer_stock');
    v_reason  text := core.check_reason(p_reason, 5, 'a transfer needs a reason of at least 5 characters',
                                        p_key => 'pharmacy.transfer_needs_reason_least');
    v_lot     pharmacy.stock_lot;
    v_to      bigint;
    v_out     bigint;
    v_in      bigint;
BEGIN
    SELECT * INTO v_lot FROM pharmacy.stock_lot l WHERE l.id = p_lot_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lot with id %', p_lot_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('pharmacy.lot_not_found', p_lot_id::text);
    END IF;
    IF v_lot.location_id = p_to_location_id THEN
        RAISE EXCEPTION 'the lot is already at that location'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('pharmacy.lot_already_location');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pharmacy.location l WHERE l.id = p_to_location_id AND l.active) THEN
        RAISE EXCEPTION 'no active location with id %', p_to_location_id
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = core.message_detail('pharmacy.location_not_found', p_to_location_id::text);
    END IF;
    IF v_lot.expiry_date < current_date THEN
        RAISE EXCEPTION 'lot % expired on %: write it off instead', v_lot.lot_number, v_lot.expiry_date
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.lot_expired_write_off', v_lot.lot_number::text,
                                               v_lot.expiry_date::text);
    END IF;
    IF p_quantity IS NULL OR p_quantity < 1 OR p_quantity > v_lot.quantity THEN
        RAISE EXCEPTION 'transfer between 1 and % units of lot %', v_lot.quantity, v_lot.lot_number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity',
                  DETAIL = core.message_detail('pharmacy.transfer_between_1_units', v_lot.quantity::text,
                                               v_lot.lot_number::text);
    END IF;
    INSERT INTO pharmacy.stock_lot (drug_id, location_id, lot_number, expiry_date)
    VALUES (v_lot.drug_id, p_to_location_id, v_lot.lot_number, v_lot.expiry_date)
    ON CONFLICT (drug_id, location_id, lot_number) DO NOTHING;
    SELECT l.id INTO v_to FROM pharmacy.stock_lot l
     WHERE l.drug_id = v_lot.drug_id AND l.location_id = p_to_location_id AND l.lot_number = v_lot.lot_number
       FOR UPDATE;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (p_lot_id, 'transfer_out', -p_quantity, v_reason, v_staff) RETURNING id INTO v_out;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id, counterpart_id)
    VALUES (v_to, 'transfer_in', p_quantity, v_reason, v_staff, v_out) RETURNING id INTO v_in;
    RETURN v_to;
END
$$;
COMMENT ON FUNCTION pharmacy.transfer_stock(bigint, bigint, integer, text) IS
    'Pharmacists: move units of a lot to another location (a transfer_out/transfer_in pair); returns the lot there.';

CREATE OR REPLACE FUNCTION pharmacy.adjust_stock(p_lot_id bigint, p_delta integer, p_reason text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_pharmacist'], 'only pharmacists adjust stock',
                                           'pharmacy.pharmacists_adjust_stock');
    v_reason  text := core.check_reason(p_reason, 5, 'a stock adjustment needs a reason of at least 5 characters',
                                        p_key => 'pharmacy.stock_adjustment_needs_reason');
    v_lot     pharmacy.stock_lot;
BEGIN
    SELECT * INTO v_lot FROM pharmacy.stock_lot l WHERE l.id = p_lot_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lot with id %', p_lot_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('pharmacy.lot_not_found', p_lot_id::text);
    END IF;
    IF coalesce(p_delta, 0) = 0 THEN
        RAISE EXCEPTION 'an adjustment changes the quantity (+ found, - missing or damaged)'
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.adjustment_changes_quantity_found');
    END IF;
    IF v_lot.quantity::bigint + p_delta > 2147483647 THEN  -- the integer sum below overflowed before any check
        RAISE EXCEPTION 'an adjustment of % units is more than a lot can hold', p_delta
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('pharmacy.adjustment_units_more_than', p_delta::text);
    END IF;
    IF v_lot.quantity + p_delta < 0 THEN
        RAISE EXCEPTION 'lot % has only % units: an adjustment of % would make it negative', v_lot.lot_number,
                        v_lot.quantity, p_delta
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity',
                  DETAIL = core.message_detail('pharmacy.lot_units_adjustment_would', v_lot.lot_number::text,
                                               v_lot.quantity::text, p_delta::text);
    END IF;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (p_lot_id, 'adjustment', p_delta, v_reason, v_staff);
    RETURN v_lot.quantity + p_delta;
END
$$;
COMMENT ON FUNCTION pharmacy.adjust_stock(bigint, integer, text) IS
    'Pharmacists: correct a lot''s quantity after a count (reason required); returns the new quantity.';

CREATE OR REPLACE FUNCTION pharmacy.write_off(p_lot_id bigint, p_reason text DEFAULT 'expired') RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_pharmacist'], 'only pharmacists write off stock',
                                           'pharmacy.pharmacists_write_off_stock');
    v_reason  text := core.check_reason(p_reason, 5, 'a write-off needs a reason of at least 5 characters',
                                        p_key => 'pharmacy.write_off_needs_reason');
    v_lot     pharmacy.stock_lot;
BEGIN
    SELECT * INTO v_lot FROM pharmacy.stock_lot l WHERE l.id = p_lot_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lot with id %', p_lot_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('pharmacy.lot_not_found', p_lot_id::text);
    END IF;
    IF v_lot.quantity = 0 THEN
        RAISE EXCEPTION 'lot % is already empty', v_lot.lot_number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('pharmacy.lot_already_empty', v_lot.lot_number::text);
    END IF;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (p_lot_id, 'write_off', -v_lot.quantity, v_reason, v_staff);
    RETURN v_lot.quantity;
END
$$;
COMMENT ON FUNCTION pharmacy.write_off(bigint, text) IS
    'Pharmacists: write off everything left in a lot (expired, damaged...); returns the units written off.';

-- =====================================================================================================
-- pharmacy alerts: a STAT prescription is pushed to the pharmacy at once.
--.
--
-- Inserting a prescription of priority 'stat' writes one notify.notification (kind 'pharmacy_stat') for every
-- active pharmacist, in the prescribing transaction; the NOTIFY carries ids only and each pharmacist's client
-- re-reads its own row (RLS). The title names the drug and the prescription number, not the patient.
-- =====================================================================================================
CREATE OR REPLACE FUNCTION pharmacy.alert_stat_prescription() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO notify.notification (recipient_id, kind, ref_id, patient_id, title)
    SELECT s.id, 'pharmacy_stat', NEW.id, NEW.patient_id,
           'STAT prescription ' || NEW.prescription_number || ': ' || g.generic_name || ' ' || g.strength
      FROM core.staff s
      JOIN pg_roles r ON r.rolname = s.username AND r.rolcanlogin
      JOIN pharmacy.drug g ON g.id = NEW.drug_id
     WHERE s.active AND pg_has_role(s.username, 'hms_pharmacist', 'MEMBER');
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION pharmacy.alert_stat_prescription() IS
    'AFTER INSERT on pharmacy.prescription (priority stat): a notification for every active pharmacist.';

CREATE OR REPLACE TRIGGER prescription_stat_alert AFTER INSERT ON pharmacy.prescription
    FOR EACH ROW WHEN (NEW.priority = 'stat') EXECUTE FUNCTION pharmacy.alert_stat_prescription();
