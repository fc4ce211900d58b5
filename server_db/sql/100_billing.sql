-- =====================================================================================================
-- billing (first part): the price list and charges from clinical events. Applied as hms_owner by migration
-- 0003 (100_billing.down.sql undoes it). Invoices, payments, insurance and claims follow with the billing issue.
--
-- A charge is made by the database, never by a client: each clinical event that costs money creates exactly
-- one charge (UNIQUE (source_kind, source_id), inserted with ON CONFLICT DO NOTHING), priced from the price list
-- version valid on the service date, with the amount copied into the charge (a later price change never alters
-- it). The first event is the consultation: an outpatient, emergency or telemedicine encounter becoming
-- 'closed' (by an UPDATE, or inserted closed by a data load) charges its consultation in the same transaction.
-- Price code of a consultation, first that has a price valid on the encounter's date:
--   1. the booked service's price_code (scheduling.appointment.encounter_id -> scheduling.service.price_code,
--      migration 080; looked up dynamically, so this file does not depend on those tables);
--   2. TELE-<department code> for a telemedicine encounter;
--   3. CONS-<department code>;
--   4. CONS-DEFAULT (when even that has no valid price, closing the encounter is refused with a clear message:
--      a consultation is never left uncharged).
-- Billing staff read every charge and change only its status (open -> invoiced -> void, void with a reason);
-- clinical staff have no grant on charges at all. Nothing is deleted.
-- =====================================================================================================
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Price list and charges (later: invoices, payments, insurance, claims).';
GRANT USAGE ON SCHEMA billing TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Price list
-- ---------------------------------------------------------------------------------------------------
-- A price item is one version of the price of a code: valid from valid_from to valid_to (both inclusive;
-- NULL = open-ended). A new price is a new row after the old one is ended (UPDATE valid_to); versions of one
-- code never overlap (exclusion constraint).
CREATE TABLE billing.price_item (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    code        text          NOT NULL,
    name        text          NOT NULL,
    amount      numeric(12,2) NOT NULL,
    currency    char(3)       NOT NULL DEFAULT 'GBP',
    valid_from  date          NOT NULL DEFAULT current_date,
    valid_to    date,
    group_code  text          NOT NULL,
    CONSTRAINT pk_price_item PRIMARY KEY (id),
    CONSTRAINT ck_price_item_code CHECK (code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
    CONSTRAINT ck_price_item_name CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT ck_price_item_amount CHECK (amount > 0),
    CONSTRAINT ck_price_item_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_price_item_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_price_item_group_code CHECK (group_code ~ '^[a-z][a-z0-9_]{1,39}$'),
    CONSTRAINT ex_price_item_validity EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
COMMENT ON TABLE billing.price_item IS
    'Versions of the price of each billable code; validity inclusive, never overlapping for one code.';
COMMENT ON COLUMN billing.price_item.group_code IS 'What kind of item: consultation (later lab_test, drug, bed_day, ...).';
GRANT SELECT ON billing.price_item TO hms_staff;
GRANT INSERT (code, name, amount, currency, valid_from, valid_to, group_code), UPDATE (valid_to)
   ON billing.price_item TO hms_admin;

-- BEGIN GENERATED FROM resources/price_list.csv BY resources/build_icd10_sql.py (do not edit)
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('CONS-DEFAULT', 'Outpatient consultation', 60.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('CONS-GEN', 'General medicine consultation', 60.00, 'GBP', DATE '2020-01-01', DATE '2025-12-31', 'consultation'),
    ('CONS-GEN', 'General medicine consultation', 65.00, 'GBP', DATE '2026-01-01', NULL, 'consultation'),
    ('CONS-CARD', 'Cardiology consultation', 120.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('CONS-PED', 'Paediatric consultation', 70.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('CONS-ER', 'Emergency department attendance', 180.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('TELE-GEN', 'Telemedicine consultation', 45.00, 'GBP', DATE '2020-01-01', NULL, 'consultation');
-- END GENERATED FROM resources/price_list.csv

-- The hospital's calendar day of an instant (the clinic_timezone setting when there is one, else the session's):
-- the service date of a charge.
CREATE FUNCTION billing.local_day(p_at timestamptz) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT (p_at AT TIME ZONE coalesce((SELECT s.value #>> '{}' FROM core.setting s WHERE s.key = 'clinic_timezone'),
                                       current_setting('TimeZone')))::date
$$;
COMMENT ON FUNCTION billing.local_day(timestamptz) IS 'The hospital''s calendar day of an instant (service dates).';
GRANT EXECUTE ON FUNCTION billing.local_day(timestamptz) TO hms_staff;

-- The id of the price item of a code valid on a date (NULL when none).
CREATE FUNCTION billing.price_item_at(p_code text, p_date date) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p.id FROM billing.price_item p
     WHERE p.code = p_code AND p.valid_from <= p_date AND (p.valid_to IS NULL OR p.valid_to >= p_date)
$$;
COMMENT ON FUNCTION billing.price_item_at(text, date) IS
    'The billing.price_item id of a code valid on a date, NULL when the code has no price then.';
GRANT EXECUTE ON FUNCTION billing.price_item_at(text, date) TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Charges
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.charge (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    patient_id     bigint        NOT NULL,
    encounter_id   bigint,
    source_kind    text          NOT NULL,
    source_id      bigint        NOT NULL,
    price_item_id  bigint        NOT NULL,
    quantity       numeric       NOT NULL DEFAULT 1,
    unit_amount    numeric(12,2) NOT NULL,
    amount         numeric(12,2) NOT NULL,
    currency       char(3)       NOT NULL,
    status         text          NOT NULL DEFAULT 'open',
    service_date   date          NOT NULL,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    void_reason    text,
    CONSTRAINT pk_charge PRIMARY KEY (id),
    CONSTRAINT uq_charge_source UNIQUE (source_kind, source_id),
    CONSTRAINT fk_charge_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_charge_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_charge_price_item_id_price_item FOREIGN KEY (price_item_id) REFERENCES billing.price_item (id),
    CONSTRAINT ck_charge_source_kind CHECK (source_kind IN ('consultation', 'lab_test', 'dispense', 'bed_day')),
    CONSTRAINT ck_charge_quantity CHECK (quantity > 0),
    CONSTRAINT ck_charge_amount CHECK (amount = round(unit_amount * quantity, 2)),
    CONSTRAINT ck_charge_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_charge_status CHECK (status IN ('open', 'invoiced', 'void')),
    CONSTRAINT ck_charge_void_reason CHECK ((status = 'void') = (void_reason IS NOT NULL)
                                           AND (void_reason IS NULL OR length(btrim(void_reason)) >= 5))
);
COMMENT ON TABLE billing.charge IS
    'One charge per billable clinical event (source_kind, source_id), made by the database; voided, never deleted.';
COMMENT ON COLUMN billing.charge.source_id IS 'The id of the event: clinical.encounter for a consultation.';
CREATE INDEX ix_charge_patient_id ON billing.charge (patient_id, service_date);
CREATE INDEX ix_charge_encounter_id ON billing.charge (encounter_id);
CREATE INDEX ix_charge_open ON billing.charge (service_date) WHERE status = 'open';
GRANT SELECT, UPDATE (status, void_reason) ON billing.charge TO hms_billing;

CREATE FUNCTION billing.charge_status_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.void_reason IS NOT DISTINCT FROM OLD.void_reason THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'void' THEN
        RAISE EXCEPTION 'charge % is void and cannot change', OLD.id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NEW.status = 'void' THEN
        IF length(btrim(coalesce(NEW.void_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'voiding a charge needs a reason of at least 5 characters'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_charge_void_reason';
        END IF;
        NEW.void_reason := btrim(NEW.void_reason);
        RETURN NEW;
    END IF;
    IF NEW.void_reason IS DISTINCT FROM OLD.void_reason THEN
        RAISE EXCEPTION 'a void reason is given when voiding a charge' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT (OLD.status = 'open' AND NEW.status = 'invoiced') THEN
        RAISE EXCEPTION 'a charge goes from open to invoiced or void, and from invoiced to void only (not % to %)',
                        OLD.status, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION billing.charge_status_check() IS
    'BEFORE UPDATE OF status, void_reason on billing.charge: open -> invoiced -> void; void needs a reason, is final.';
CREATE TRIGGER charge_status_check BEFORE UPDATE OF status, void_reason ON billing.charge
    FOR EACH ROW EXECUTE FUNCTION billing.charge_status_check();

-- ---------------------------------------------------------------------------------------------------
-- Consultation charges
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.consultation_price_code(p_encounter_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_enc   clinical.encounter;
    v_date  date;
    v_dept  text;
    v_code  text;
BEGIN
    SELECT * INTO v_enc FROM clinical.encounter e WHERE e.id = p_encounter_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    v_date := billing.local_day(v_enc.started_at);
    SELECT d.code INTO v_dept FROM core.department d WHERE d.id = v_enc.department_id;
    -- 1. The service the visit was booked for (scheduling, when its tables are there).
    IF (SELECT count(*) FROM pg_attribute a
         WHERE a.attnum > 0 AND NOT a.attisdropped
           AND ((a.attrelid = to_regclass('scheduling.appointment') AND a.attname IN ('encounter_id', 'service_id'))
             OR (a.attrelid = to_regclass('scheduling.service') AND a.attname IN ('id', 'price_code')))) = 4 THEN
        EXECUTE 'SELECT s.price_code FROM scheduling.appointment a JOIN scheduling.service s ON s.id = a.service_id '
                'WHERE a.encounter_id = $1 AND s.price_code IS NOT NULL ORDER BY a.id DESC LIMIT 1'
           INTO v_code USING p_encounter_id;
        IF v_code IS NOT NULL AND billing.price_item_at(v_code, v_date) IS NOT NULL THEN
            RETURN v_code;
        END IF;
    END IF;
    -- 2. A telemedicine visit of the department.
    IF v_enc.kind = 'telemedicine' AND billing.price_item_at('TELE-' || v_dept, v_date) IS NOT NULL THEN
        RETURN 'TELE-' || v_dept;
    END IF;
    -- 3. The department's consultation, 4. the default.
    IF billing.price_item_at('CONS-' || v_dept, v_date) IS NOT NULL THEN
        RETURN 'CONS-' || v_dept;
    END IF;
    RETURN 'CONS-DEFAULT';
END
$$;
COMMENT ON FUNCTION billing.consultation_price_code(bigint) IS
    'The price code of an encounter''s consultation: booked service, TELE-/CONS-<department>, else CONS-DEFAULT.';

-- Exactly once: returns the id of the encounter's consultation charge, creating it when the encounter is a
-- closed outpatient, emergency or telemedicine encounter without one (NULL for anything else).
CREATE FUNCTION billing.charge_consultation(p_encounter_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_enc    clinical.encounter;
    v_date   date;
    v_code   text;
    v_price  billing.price_item;
    v_id     bigint;
BEGIN
    SELECT * INTO v_enc FROM clinical.encounter e WHERE e.id = p_encounter_id;
    IF NOT FOUND OR v_enc.status <> 'closed' OR v_enc.kind NOT IN ('outpatient', 'emergency', 'telemedicine') THEN
        RETURN NULL;
    END IF;
    SELECT c.id INTO v_id FROM billing.charge c WHERE c.source_kind = 'consultation' AND c.source_id = p_encounter_id;
    IF FOUND THEN
        RETURN v_id;
    END IF;
    v_date := billing.local_day(v_enc.started_at);
    v_code := billing.consultation_price_code(p_encounter_id);
    SELECT * INTO v_price FROM billing.price_item p WHERE p.id = billing.price_item_at(v_code, v_date);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no price for % valid on %: the consultation of encounter % cannot be charged', v_code, v_date,
                        p_encounter_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'an administrator adds a price list entry (billing.price_item) valid on that date';
    END IF;
    INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity,
                                unit_amount, amount, currency, service_date)
    VALUES (v_enc.patient_id, v_enc.id, 'consultation', v_enc.id, v_price.id, 1, v_price.amount, v_price.amount,
            v_price.currency, v_date)
    ON CONFLICT (source_kind, source_id) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN  -- a concurrent transaction charged it first
        SELECT c.id INTO v_id FROM billing.charge c WHERE c.source_kind = 'consultation' AND c.source_id = p_encounter_id;
    END IF;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.charge_consultation(bigint) IS
    'The consultation charge of a closed encounter, created once (priced at the encounter''s date); NULL when the '
    'encounter is not a closed outpatient/emergency/telemedicine encounter.';

CREATE FUNCTION billing.charge_closed_encounter() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM billing.charge_consultation(NEW.id);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION billing.charge_closed_encounter() IS
    'AFTER INSERT OR UPDATE OF status on clinical.encounter (closed): charge the consultation.';
CREATE TRIGGER encounter_charge AFTER INSERT OR UPDATE OF status ON clinical.encounter
    FOR EACH ROW WHEN (NEW.status = 'closed') EXECUTE FUNCTION billing.charge_closed_encounter();

-- ---------------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE billing.price_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.price_item FORCE ROW LEVEL SECURITY;
CREATE POLICY "The price list is visible to staff" ON billing.price_item FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add prices" ON billing.price_item FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins end prices" ON billing.price_item FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE billing.charge ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.charge FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads every charge" ON billing.charge FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));
CREATE POLICY "Billing invoices and voids charges" ON billing.charge FOR UPDATE TO hms_billing
    USING ((SELECT core.has_group('hms_billing'))) WITH CHECK (true);

-- ---------------------------------------------------------------------------------------------------
-- Audit
-- ---------------------------------------------------------------------------------------------------
SELECT audit.enable('billing.price_item');
SELECT audit.enable('billing.charge');
