-- billing: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- The hospital's calendar day of an instant (the clinic_timezone setting when there is one, else the session's):
-- the service date of a charge.
CREATE OR REPLACE FUNCTION billing.local_day(p_at timestamptz) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT (p_at AT TIME ZONE coalesce((SELECT s.value #>> '{}' FROM core.setting s WHERE s.key = 'clinic_timezone'),
                                       current_setting('TimeZone')))::date
$$;
COMMENT ON FUNCTION billing.local_day(timestamptz) IS 'The hospital''s calendar day of an instant (service dates).';

-- The id of the price item of a code valid on a date (NULL when none).
CREATE OR REPLACE FUNCTION billing.price_item_at(p_code text, p_date date) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p.id FROM billing.price_item p
     WHERE p.code = p_code AND p.valid_from <= p_date AND (p.valid_to IS NULL OR p.valid_to >= p_date)
$$;
COMMENT ON FUNCTION billing.price_item_at(text, date) IS
    'The billing.price_item id of a code valid on a date, NULL when the code has no price then.';

-- Charge status follows its invoice lines: open -> invoiced only with a live line, invoiced -> open only when the
-- invoice was voided, void only from open (replaces the version of sql/billing/; the down file restores it).
CREATE OR REPLACE FUNCTION billing.charge_status_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_live boolean;
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.void_reason IS NOT DISTINCT FROM OLD.void_reason THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'void' THEN
        RAISE EXCEPTION 'charge % is void and cannot change', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.charge_void_change', OLD.id::text);
    END IF;
    v_live := EXISTS (SELECT 1 FROM billing.invoice_line l WHERE l.charge_id = OLD.id AND l.live AND l.kind = 'charge');
    IF NEW.status = 'void' THEN
        IF v_live THEN
            RAISE EXCEPTION 'charge % is on an issued invoice: void the invoice first', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('billing.charge_issued_invoice_void', OLD.id::text);
        END IF;
        PERFORM core.check_reason(NEW.void_reason, 5, 'voiding a charge needs a reason of at least 5 characters',
                                  'ck_charge_void_reason', p_key => 'billing.voiding_charge_needs_reason');
        NEW.void_reason := btrim(NEW.void_reason);
        RETURN NEW;
    END IF;
    IF NEW.void_reason IS DISTINCT FROM OLD.void_reason THEN
        RAISE EXCEPTION 'a void reason is given when voiding a charge'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('billing.void_reason_given_when');
    END IF;
    IF OLD.status = 'open' AND NEW.status = 'invoiced' AND NOT v_live THEN
        RAISE EXCEPTION 'charge % is invoiced by issuing an invoice for it (billing.issue_invoice)', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.charge_invoiced_issuing_invoice', OLD.id::text);
    END IF;
    IF OLD.status = 'invoiced' AND NEW.status = 'open' AND v_live THEN
        RAISE EXCEPTION 'charge % is on an issued invoice: void the invoice to reopen it', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.charge_issued_invoice_void_invoice', OLD.id::text);
    END IF;
    IF NOT ((OLD.status = 'open' AND NEW.status = 'invoiced') OR (OLD.status = 'invoiced' AND NEW.status = 'open')) THEN
        RAISE EXCEPTION 'a charge goes from open to invoiced (and back when its invoice is voided) or void, not % to %',
                        OLD.status, NEW.status
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('billing.charge_goes_open_invoiced', OLD.status::text, NEW.status::text);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION billing.charge_status_check() IS
    'BEFORE UPDATE OF status, void_reason on billing.charge: open <-> invoiced follows the live invoice line; '
    'void (with a reason) only when not on an issued invoice, and final.';

CREATE OR REPLACE TRIGGER charge_status_check BEFORE UPDATE OF status, void_reason ON billing.charge
    FOR EACH ROW EXECUTE FUNCTION billing.charge_status_check();

-- ---------------------------------------------------------------------------------------------------
-- Consultation charges
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION billing.consultation_price_code(p_encounter_id bigint) RETURNS text
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
CREATE OR REPLACE FUNCTION billing.charge_consultation(p_encounter_id bigint) RETURNS bigint
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
                  HINT = 'an administrator adds a price list entry (billing.price_item) valid on that date',
                  DETAIL = core.message_detail('billing.no_price_valid_consultation', v_code, v_date::text,
                                               p_encounter_id::text);
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

CREATE OR REPLACE FUNCTION billing.charge_closed_encounter() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM billing.charge_consultation(NEW.id);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION billing.charge_closed_encounter() IS
    'AFTER INSERT OR UPDATE OF status on clinical.encounter (closed): charge the consultation.';

CREATE OR REPLACE TRIGGER encounter_charge AFTER INSERT OR UPDATE OF status ON clinical.encounter
    FOR EACH ROW WHEN (NEW.status = 'closed') EXECUTE FUNCTION billing.charge_closed_encounter();

CREATE OR REPLACE FUNCTION billing.tax_rate_at(p_group_code text, p_date date) RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT t.rate FROM billing.tax_rate t
                      WHERE t.group_code = p_group_code AND t.valid_from <= p_date
                        AND (t.valid_to IS NULL OR t.valid_to >= p_date)), 0)
$$;
COMMENT ON FUNCTION billing.tax_rate_at(text, date) IS 'The tax percent of a price group on a date (0 when none).';

CREATE OR REPLACE FUNCTION billing.coverage_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.member_number := upper(btrim(NEW.member_number));
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = 'cancelled' AND (NEW.status, NEW.valid_to, NEW.cancel_reason)
                                        IS DISTINCT FROM (OLD.status, OLD.valid_to, OLD.cancel_reason) THEN
            RAISE EXCEPTION 'coverage % is cancelled and cannot change', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('billing.coverage_cancelled_change', OLD.id::text);
        END IF;
        IF NEW.status = 'cancelled' AND OLD.status = 'active' THEN
            PERFORM core.check_reason(NEW.cancel_reason, 5, 'cancelling a coverage needs a reason of at least 5 characters',
                                      'ck_coverage_cancel_reason',
                                      p_key => 'billing.cancelling_coverage_needs_reason');
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION billing.coverage_check() IS
    'BEFORE INSERT OR UPDATE on billing.coverage: member number normalised; cancellation needs a reason, is final.';

CREATE OR REPLACE TRIGGER coverage_check BEFORE INSERT OR UPDATE OF member_number, status, valid_to, cancel_reason
    ON billing.coverage FOR EACH ROW EXECUTE FUNCTION billing.coverage_check();

-- The next number of a series: locks the counter row until the caller's transaction ends.
CREATE OR REPLACE FUNCTION billing.next_number(p_series text, p_year integer) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO billing.number_series AS s (series, year, last_number) VALUES (p_series, p_year, 1)
    ON CONFLICT (series, year) DO UPDATE SET last_number = s.last_number + 1
    RETURNING s.last_number
$$;
COMMENT ON FUNCTION billing.next_number(text, integer) IS
    'Internal: the next gapless number of a series and year (row-locked until the transaction ends).';

-- ---------------------------------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION billing.check_amount(p_amount numeric, p_what text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_amount IS NULL OR p_amount <= 0 THEN
        RAISE EXCEPTION '% must be a positive amount', p_what
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.amount_not_positive', p_what);
    END IF;
    IF p_amount <> round(p_amount, 2) THEN
        RAISE EXCEPTION '% has more than two decimals (%)', p_what, p_amount
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.amount_too_many_decimals', p_what, p_amount::text);
    END IF;
    IF p_amount >= 10000000000 THEN
        RAISE EXCEPTION '% is too large (%)', p_what, p_amount
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.amount_too_large', p_what, p_amount::text);
    END IF;
    RETURN p_amount;
END
$$;
COMMENT ON FUNCTION billing.check_amount(numeric, text) IS 'Internal: a positive money amount with at most 2 decimals.';

-- An invoice's balances. The payer's share that a claim answer denied becomes the patient's to pay.
CREATE OR REPLACE FUNCTION billing.invoice_account(p_patient_id bigint DEFAULT NULL, p_invoice_id bigint DEFAULT NULL)
RETURNS TABLE (invoice_id bigint, number text, patient_id bigint, encounter_id bigint, status text,
               issued_at timestamptz, due_date date, currency char(3), total_amount numeric, payer_share numeric,
               patient_share numeric, payer_denied numeric, patient_due numeric, payer_due numeric,
               patient_paid numeric, payer_paid numeric, patient_balance numeric, payer_balance numeric,
               balance numeric, claim_status text, credit_note text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- PL/pgSQL, not SQL: a SQL function's statement is planned once for any arguments, and its generic plan of
    -- "(p_patient_id IS NULL OR i.patient_id = p_patient_id)" reads every invoice (for each row of the billing
    -- worklist). Here each call gets a plan for its arguments, which the indexes on patient and id serve.
    RETURN QUERY
    SELECT i.id, i.number, i.patient_id, i.encounter_id, i.status, i.issued_at, i.due_date, i.currency,
           i.total_amount, i.payer_share, i.patient_share, x.denied,
           d.patient_due, d.payer_due, p.patient_paid, p.payer_paid,
           d.patient_due - p.patient_paid, d.payer_due - p.payer_paid,
           d.patient_due + d.payer_due - p.patient_paid - p.payer_paid,
           cl.status, cn.number
      FROM billing.invoice i
      LEFT JOIN LATERAL (SELECT c.status, c.claimed_amount, c.approved_amount FROM billing.claim c
                          WHERE c.invoice_id = i.id AND c.status <> 'cancelled') cl ON true
      CROSS JOIN LATERAL (SELECT CASE WHEN cl.status IN ('approved', 'partial', 'rejected')
                                      THEN cl.claimed_amount - cl.approved_amount ELSE 0 END AS denied) x
      CROSS JOIN LATERAL (SELECT CASE WHEN i.status = 'void' THEN 0 ELSE i.patient_share + x.denied END AS patient_due,
                                 CASE WHEN i.status = 'void' THEN 0 ELSE i.payer_share - x.denied END AS payer_due) d
      CROSS JOIN LATERAL (SELECT coalesce(sum(pm.amount) FILTER (WHERE pm.method <> 'insurance'), 0) AS patient_paid,
                                 coalesce(sum(pm.amount) FILTER (WHERE pm.method = 'insurance'), 0) AS payer_paid
                            FROM billing.payment pm WHERE pm.invoice_id = i.id) p
      LEFT JOIN billing.invoice cn ON cn.credit_of_id = i.id
     WHERE i.kind = 'invoice'
       AND (p_patient_id IS NULL OR i.patient_id = p_patient_id)
       AND (p_invoice_id IS NULL OR i.id = p_invoice_id)
       AND (SELECT core.has_group('hms_billing'))
     ORDER BY i.issued_at DESC, i.id DESC;
END
$$;
COMMENT ON FUNCTION billing.invoice_account(bigint, bigint) IS
    'Invoices (of a patient, or one, or all) with what the patient and the payer owe and have paid; the part of '
    'the payer share a claim answer denied is owed by the patient. A voided invoice owes nothing.';

-- ---------------------------------------------------------------------------------------------------
-- Adjusting a charge
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION billing.adjust_charge(p_charge_id bigint, p_kind text, p_amount numeric, p_reason text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    v_charge  billing.charge;
    v_amount  numeric;
    v_sum     numeric;
    v_id      bigint;
BEGIN
    IF p_kind NOT IN ('discount', 'correction') OR p_kind IS NULL THEN
        RAISE EXCEPTION 'an adjustment is a discount or a correction, not %', coalesce(p_kind, 'nothing')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.adjustment_discount_correction_not',
                                               coalesce(p_kind, 'nothing'));
    END IF;
    PERFORM core.check_reason(p_reason, 5, 'an adjustment needs a reason of at least 5 characters',
                              'ck_adjustment_reason', p_key => 'billing.adjustment_needs_reason_least');
    IF p_kind = 'discount' THEN
        v_amount := -billing.check_amount(p_amount, 'the discount');
    ELSE
        IF p_amount IS NULL OR p_amount = 0 OR p_amount <> round(p_amount, 2) THEN
            RAISE EXCEPTION 'a correction is a non-zero amount with at most two decimals'
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('billing.correction_non_zero_amount');
        END IF;
        IF abs(p_amount) >= 10000000000 THEN  -- NaN and Infinity too: numeric(12,2) overflowed
            RAISE EXCEPTION 'the correction is too large (%)', p_amount
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('billing.correction_too_large', p_amount::text);
        END IF;
        v_amount := p_amount;
    END IF;
    SELECT * INTO v_charge FROM billing.charge c WHERE c.id = p_charge_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no charge with id %', p_charge_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('billing.charge_not_found', p_charge_id::text);
    END IF;
    IF v_charge.status <> 'open' THEN
        RAISE EXCEPTION 'charge % is %: only open charges are adjusted (void its invoice first)', p_charge_id,
                        v_charge.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.charge_open_charges_adjusted', p_charge_id::text,
                                               v_charge.status::text);
    END IF;
    SELECT coalesce(sum(a.amount), 0) INTO v_sum FROM billing.adjustment a WHERE a.charge_id = p_charge_id;
    IF v_charge.amount + v_sum + v_amount < 0 THEN
        RAISE EXCEPTION 'the adjustment would make charge % negative (% % left)', p_charge_id,
                        v_charge.amount + v_sum, v_charge.currency
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('billing.adjustment_would_make_charge', p_charge_id::text,
                                               (v_charge.amount + v_sum)::text, v_charge.currency::text);
    END IF;
    INSERT INTO billing.adjustment (charge_id, kind, amount, reason, created_by)
    VALUES (p_charge_id, p_kind, v_amount, btrim(p_reason), v_staff) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.adjust_charge(bigint, text, numeric, text) IS
    'Billing: a discount (amount given positive, stored negative) or a correction (signed) of an open charge, '
    'with a reason; never below zero.';

-- ---------------------------------------------------------------------------------------------------
-- Issuing an invoice
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION billing.issue_invoice_as(p_staff bigint, p_at timestamptz, p_patient_id bigint, p_charge_ids bigint[],
                                         p_coverage_id bigint, p_note text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_ids       bigint[];
    v_found     integer;
    v_bad       record;
    v_currency  text;
    v_cov       billing.coverage;
    v_encs      bigint[];
    v_day       date := billing.local_day(p_at);
    v_year      integer := extract(year FROM billing.local_day(p_at))::integer;
    v_seq       integer;
    v_invoice   bigint;
    v_line_no   integer := 0;
    v_days      integer;
    r           record;
    a           record;
    v_rate      numeric;
    v_pct       numeric;
    v_copay     numeric;
    v_tax       numeric;
    v_payer     numeric;
    v_charge_payer numeric;
    v_line_id   bigint;
BEGIN
    IF p_charge_ids IS NULL OR cardinality(p_charge_ids) = 0 THEN
        RAISE EXCEPTION 'select at least one charge to invoice'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('billing.select_least_one_charge');
    END IF;
    v_ids := ARRAY(SELECT DISTINCT x FROM unnest(p_charge_ids) x WHERE x IS NOT NULL ORDER BY x);
    IF cardinality(v_ids) <> cardinality(p_charge_ids) THEN
        RAISE EXCEPTION 'the charge list names a charge twice (or is empty)'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('billing.charge_list_names_charge');
    END IF;
    IF length(p_note) > 500 THEN
        RAISE EXCEPTION 'the invoice note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('billing.invoice_note_longer_than');
    END IF;
    -- Lock the charges in id order: two clerks invoicing overlapping charges wait instead of both succeeding.
    PERFORM 1 FROM billing.charge c WHERE c.id = ANY (v_ids) ORDER BY c.id FOR UPDATE;
    SELECT count(*) INTO v_found FROM billing.charge c WHERE c.id = ANY (v_ids);
    IF v_found <> cardinality(v_ids) THEN
        RAISE EXCEPTION 'no charge with id %',
                        (SELECT min(x) FROM unnest(v_ids) x WHERE NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.id = x))
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('billing.charge_not_found',
                                               ((SELECT min(x) FROM unnest(v_ids) x WHERE NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.id = x)))::text);
    END IF;
    SELECT c.id, c.patient_id, c.status INTO v_bad FROM billing.charge c
     WHERE c.id = ANY (v_ids) AND (c.patient_id <> p_patient_id OR c.status <> 'open') ORDER BY c.id LIMIT 1;
    IF FOUND THEN
        IF v_bad.patient_id <> p_patient_id THEN
            RAISE EXCEPTION 'charge % belongs to another patient', v_bad.id
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('billing.charge_belongs_another_patient', v_bad.id::text);
        END IF;
        IF v_bad.status = 'invoiced' THEN
            RAISE EXCEPTION 'charge % is already on an issued invoice and cannot be invoiced', v_bad.id
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('billing.charge_already_invoiced', v_bad.id::text);
        END IF;
        RAISE EXCEPTION 'charge % is % and cannot be invoiced', v_bad.id, v_bad.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.charge_not_invoiceable', v_bad.id::text, v_bad.status::text);
    END IF;
    SELECT min(c.currency), count(DISTINCT c.currency) INTO v_currency, v_found FROM billing.charge c WHERE c.id = ANY (v_ids);
    IF v_found > 1 THEN
        RAISE EXCEPTION 'the selected charges are in different currencies: invoice them separately'
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('billing.selected_charges_different_currencies');
    END IF;
    IF p_coverage_id IS NOT NULL THEN
        SELECT * INTO v_cov FROM billing.coverage cv WHERE cv.id = p_coverage_id FOR SHARE;
        IF NOT FOUND OR v_cov.patient_id <> p_patient_id THEN
            RAISE EXCEPTION 'coverage % is not the patient''s', p_coverage_id
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('billing.coverage_of_other_patient', p_coverage_id::text);
        END IF;
        IF v_cov.status <> 'active' THEN
            RAISE EXCEPTION 'coverage % is cancelled', p_coverage_id
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('billing.coverage_cancelled', p_coverage_id::text);
        END IF;
    END IF;
    v_encs := ARRAY(SELECT DISTINCT c.encounter_id FROM billing.charge c WHERE c.id = ANY (v_ids));
    v_days := coalesce((SELECT (s.value #>> '{}')::integer FROM core.setting s WHERE s.key = 'invoice_payment_days'), 30);

    -- The number: the counter row stays locked until this transaction ends (gapless, see the header).
    v_seq := billing.next_number('INV', v_year);
    INSERT INTO billing.invoice (kind, series, year, seq, number, patient_id, encounter_id, coverage_id, currency,
                                 net_amount, tax_amount, total_amount, payer_share, patient_share, issued_at,
                                 issued_by, due_date, note)
    VALUES ('invoice', 'INV', v_year, v_seq, billing.format_number('INV', v_year, v_seq), p_patient_id,
            CASE WHEN cardinality(v_encs) = 1 THEN v_encs[1] END, p_coverage_id, v_currency, 0, 0, 0, 0, 0, p_at,
            p_staff, v_day + v_days, nullif(btrim(p_note), ''))
    RETURNING id INTO v_invoice;

    FOR r IN SELECT c.*, p.code, p.name AS item_name, p.group_code FROM billing.charge c
               JOIN billing.price_item p ON p.id = c.price_item_id
              WHERE c.id = ANY (v_ids) ORDER BY c.service_date, c.id LOOP
        v_rate := billing.tax_rate_at(r.group_code, r.service_date);
        v_pct := 0;
        v_copay := 0;
        IF p_coverage_id IS NOT NULL AND v_cov.valid_from <= r.service_date
           AND (v_cov.valid_to IS NULL OR v_cov.valid_to >= r.service_date) THEN
            SELECT cr.coverage_percent, cr.copay_amount INTO v_pct, v_copay FROM billing.coverage_rule cr
              JOIN billing.plan pl ON pl.id = cr.plan_id
             WHERE cr.plan_id = v_cov.plan_id AND cr.group_code = r.group_code AND pl.active;
            v_pct := coalesce(v_pct, 0);
            v_copay := coalesce(v_copay, 0);
        END IF;
        v_tax := round(r.amount * v_rate / 100, 2);
        v_payer := round(greatest(r.amount + v_tax - v_copay, 0) * v_pct / 100, 2);
        v_line_no := v_line_no + 1;
        INSERT INTO billing.invoice_line (invoice_id, line_no, kind, charge_id, code, description, service_date,
                                          quantity, unit_amount, net_amount, tax_rate, tax_amount, total_amount,
                                          payer_share, patient_share)
        VALUES (v_invoice, v_line_no, 'charge', r.id, r.code, r.item_name, r.service_date, r.quantity, r.unit_amount,
                r.amount, v_rate, v_tax, r.amount + v_tax, v_payer, r.amount + v_tax - v_payer)
        RETURNING id INTO v_line_id;
        v_charge_payer := v_payer;
        FOR a IN SELECT * FROM billing.adjustment ad WHERE ad.charge_id = r.id ORDER BY ad.id LOOP
            v_tax := round(a.amount * v_rate / 100, 2);
            -- the payer's part of a discount never takes the payer's share of the charge below zero
            v_payer := greatest(round((a.amount + v_tax) * v_pct / 100, 2), -v_charge_payer);
            v_charge_payer := v_charge_payer + v_payer;
            v_line_no := v_line_no + 1;
            INSERT INTO billing.invoice_line (invoice_id, line_no, kind, charge_id, adjustment_id, code, description,
                                              service_date, quantity, unit_amount, net_amount, tax_rate, tax_amount,
                                              total_amount, payer_share, patient_share)
            VALUES (v_invoice, v_line_no, a.kind, r.id, a.id, r.code,
                    initcap(a.kind) || ': ' || a.reason, r.service_date, 1, a.amount, a.amount, v_rate, v_tax,
                    a.amount + v_tax, v_payer, a.amount + v_tax - v_payer);
        END LOOP;
    END LOOP;
    UPDATE billing.charge c SET status = 'invoiced' WHERE c.id = ANY (v_ids);
    UPDATE billing.invoice i
       SET (net_amount, tax_amount, total_amount, payer_share, patient_share) =
           (SELECT sum(l.net_amount), sum(l.tax_amount), sum(l.total_amount), sum(l.payer_share), sum(l.patient_share)
              FROM billing.invoice_line l WHERE l.invoice_id = v_invoice)
     WHERE i.id = v_invoice;
    RETURN v_invoice;
END
$$;
COMMENT ON FUNCTION billing.issue_invoice_as(bigint, timestamptz, bigint, bigint[], bigint, text) IS
    'Internal (demo loader): billing.issue_invoice as a given staff member at a given time.';

CREATE OR REPLACE FUNCTION billing.issue_invoice(p_patient_id bigint, p_charge_ids bigint[], p_coverage_id bigint DEFAULT NULL,
                                      p_note text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.issue_invoice_as(
        core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only'),
        now(), p_patient_id, p_charge_ids, p_coverage_id, p_note);
END
$$;
COMMENT ON FUNCTION billing.issue_invoice(bigint, bigint[], bigint, text) IS
    'Billing: issue an invoice (next gapless INV number) for open charges of one patient, with their adjustments, '
    'tax lines and, with a coverage, the payer''s share per line. Returns the invoice id.';

-- ---------------------------------------------------------------------------------------------------
-- Voiding an invoice: a credit note
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION billing.void_invoice_as(p_staff bigint, p_at timestamptz, p_invoice_id bigint, p_reason text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_inv    billing.invoice;
    v_paid   numeric;
    v_year   integer := extract(year FROM billing.local_day(p_at))::integer;
    v_seq    integer;
    v_credit bigint;
BEGIN
    PERFORM core.check_reason(p_reason, 5, 'voiding an invoice needs a reason of at least 5 characters',
                              'ck_invoice_void', p_key => 'billing.voiding_invoice_needs_reason');
    SELECT * INTO v_inv FROM billing.invoice i WHERE i.id = p_invoice_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no invoice with id %', p_invoice_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('billing.invoice_not_found', p_invoice_id::text);
    END IF;
    IF v_inv.kind <> 'invoice' THEN
        RAISE EXCEPTION '% is a credit note: it cannot be voided', v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.credit_note_not_voidable', v_inv.number::text);
    END IF;
    IF v_inv.status = 'void' THEN
        RAISE EXCEPTION 'invoice % is already void', v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.invoice_already_void', v_inv.number::text);
    END IF;
    SELECT coalesce(sum(p.amount), 0) INTO v_paid FROM billing.payment p WHERE p.invoice_id = p_invoice_id;
    IF v_paid <> 0 THEN
        RAISE EXCEPTION 'invoice % has payments of % %: refund them before voiding it', v_inv.number, v_paid,
                        v_inv.currency
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.invoice_payments_refund_them', v_inv.number::text,
                                               v_paid::text, v_inv.currency::text);
    END IF;
    IF EXISTS (SELECT 1 FROM billing.claim c WHERE c.invoice_id = p_invoice_id AND c.status = 'submitted') THEN
        RAISE EXCEPTION 'invoice % has a claim waiting for the payer''s answer: void it once the claim is answered',
                        v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.invoice_claim_waiting_payer', v_inv.number::text);
    END IF;
    UPDATE billing.claim c SET status = 'cancelled' WHERE c.invoice_id = p_invoice_id AND c.status = 'draft';

    v_seq := billing.next_number('CN', v_year);
    INSERT INTO billing.invoice (kind, series, year, seq, number, patient_id, encounter_id, coverage_id, credit_of_id,
                                 currency, net_amount, tax_amount, total_amount, payer_share, patient_share,
                                 issued_at, issued_by, due_date, note)
    VALUES ('credit_note', 'CN', v_year, v_seq, billing.format_number('CN', v_year, v_seq), v_inv.patient_id,
            v_inv.encounter_id, v_inv.coverage_id, v_inv.id, v_inv.currency, -v_inv.net_amount, -v_inv.tax_amount,
            -v_inv.total_amount, -v_inv.payer_share, -v_inv.patient_share, p_at, p_staff, billing.local_day(p_at),
            'Cancels invoice ' || v_inv.number || ': ' || btrim(p_reason))
    RETURNING id INTO v_credit;
    INSERT INTO billing.invoice_line (invoice_id, line_no, kind, charge_id, adjustment_id, code, description,
                                      service_date, quantity, unit_amount, net_amount, tax_rate, tax_amount,
                                      total_amount, payer_share, patient_share, live)
    SELECT v_credit, l.line_no, l.kind, l.charge_id, l.adjustment_id, l.code, l.description, l.service_date,
           l.quantity, l.unit_amount, -l.net_amount, l.tax_rate, -l.tax_amount, -l.total_amount, -l.payer_share,
           -l.patient_share, false
      FROM billing.invoice_line l WHERE l.invoice_id = p_invoice_id ORDER BY l.line_no;
    UPDATE billing.invoice i SET status = 'void', void_reason = btrim(p_reason), voided_at = p_at, voided_by = p_staff
     WHERE i.id = p_invoice_id;
    UPDATE billing.invoice_line l SET live = false WHERE l.invoice_id = p_invoice_id;
    UPDATE billing.charge c SET status = 'open'
     WHERE c.id IN (SELECT l.charge_id FROM billing.invoice_line l WHERE l.invoice_id = p_invoice_id AND l.kind = 'charge');
    RETURN v_credit;
END
$$;
COMMENT ON FUNCTION billing.void_invoice_as(bigint, timestamptz, bigint, text) IS
    'Internal (demo loader): billing.void_invoice as a given staff member at a given time.';

CREATE OR REPLACE FUNCTION billing.void_invoice(p_invoice_id bigint, p_reason text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.void_invoice_as(
        core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only'),
        now(), p_invoice_id, p_reason);
END
$$;
COMMENT ON FUNCTION billing.void_invoice(bigint, text) IS
    'Billing: void an unpaid invoice with a reason: issues its credit note (next CN number, the lines negated), '
    'marks the invoice void and reopens its charges. Returns the credit note id.';

-- ---------------------------------------------------------------------------------------------------
-- Payments
-- ---------------------------------------------------------------------------------------------------
-- Serialises a cashier's payments with their cash close (advisory lock per cashier).
CREATE OR REPLACE FUNCTION billing.lock_cashier(p_staff bigint, p_day date) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('billing.cash_close'), p_staff::integer);
    IF EXISTS (SELECT 1 FROM billing.cash_close cc WHERE cc.cashier_id = p_staff AND cc.business_day = p_day) THEN
        RAISE EXCEPTION 'your cash for % is closed: no more payments can be taken that day', p_day
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.your_cash_closed_no', p_day::text);
    END IF;
END
$$;
COMMENT ON FUNCTION billing.lock_cashier(bigint, date) IS 'Internal: waits for the cashier''s close; refuses a closed day.';

CREATE OR REPLACE FUNCTION billing.take_payment_as(p_staff bigint, p_at timestamptz, p_invoice_id bigint, p_method text,
                                        p_amount numeric, p_reference text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_inv     billing.invoice;
    v_owed    numeric;
    v_year    integer := extract(year FROM billing.local_day(p_at))::integer;
    v_seq     integer;
    v_id      bigint;
BEGIN
    IF p_method IS NULL OR p_method NOT IN ('cash', 'card', 'bank_transfer') THEN
        RAISE EXCEPTION 'a patient pays by cash, card or bank transfer, not %', coalesce(p_method, 'nothing')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'insurance payments are posted from the answered claim',
                  DETAIL = core.message_detail('billing.patient_pays_cash_card', coalesce(p_method, 'nothing'));
    END IF;
    PERFORM billing.check_amount(p_amount, 'the payment');
    IF length(p_reference) > 100 THEN
        RAISE EXCEPTION 'the payment reference is longer than 100 characters'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.payment_reference_longer_than');
    END IF;
    SELECT * INTO v_inv FROM billing.invoice i WHERE i.id = p_invoice_id FOR UPDATE;
    IF NOT FOUND OR v_inv.kind <> 'invoice' THEN
        RAISE EXCEPTION 'no invoice with id %', p_invoice_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('billing.invoice_not_found', p_invoice_id::text);
    END IF;
    IF v_inv.status = 'void' THEN
        RAISE EXCEPTION 'invoice % is void: nothing to pay', v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.invoice_void_nothing_pay', v_inv.number::text);
    END IF;
    PERFORM billing.lock_cashier(p_staff, billing.local_day(p_at));
    -- What the patient owes: their share, plus what an answered claim denied, less what they paid.
    v_owed := v_inv.patient_share
              + coalesce((SELECT c.claimed_amount - c.approved_amount FROM billing.claim c
                           WHERE c.invoice_id = p_invoice_id AND c.status IN ('approved', 'partial', 'rejected')), 0)
              - coalesce((SELECT sum(p.amount) FROM billing.payment p
                           WHERE p.invoice_id = p_invoice_id AND p.method <> 'insurance'), 0);
    IF p_amount > v_owed THEN
        RAISE EXCEPTION 'the patient owes % % on invoice %: % is too much', v_owed, v_inv.currency, v_inv.number,
                        p_amount
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('billing.patient_owes_invoice_too', v_owed::text, v_inv.currency::text,
                                               v_inv.number::text, p_amount::text);
    END IF;
    v_seq := billing.next_number('RCT', v_year);
    INSERT INTO billing.payment (year, seq, receipt_number, invoice_id, method, amount, currency, reference,
                                 received_at, received_by)
    VALUES (v_year, v_seq, billing.format_number('RCT', v_year, v_seq), p_invoice_id, p_method, p_amount,
            v_inv.currency, nullif(btrim(p_reference), ''), p_at, p_staff)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.take_payment_as(bigint, timestamptz, bigint, text, numeric, text) IS
    'Internal (demo loader): billing.take_payment as a given cashier at a given time.';

CREATE OR REPLACE FUNCTION billing.take_payment(p_invoice_id bigint, p_method text, p_amount numeric,
                                     p_reference text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.take_payment_as(
        core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only'),
        now(), p_invoice_id, p_method, p_amount, p_reference);
END
$$;
COMMENT ON FUNCTION billing.take_payment(bigint, text, numeric, text) IS
    'Billing: a patient''s payment (cash, card, bank transfer; partial allowed, never more than owed) with the '
    'next gapless receipt number. Returns the payment id.';

CREATE OR REPLACE FUNCTION billing.refund_payment(p_payment_id bigint, p_amount numeric, p_reason text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    v_pay    billing.payment;
    v_left   numeric;
    v_year   integer := extract(year FROM billing.local_day(now()))::integer;
    v_seq    integer;
    v_id     bigint;
BEGIN
    PERFORM billing.check_amount(p_amount, 'the refund');
    PERFORM core.check_reason(p_reason, 5, 'a refund needs a reason of at least 5 characters', 'ck_payment_refund',
                              p_key => 'billing.refund_needs_reason_least');
    SELECT * INTO v_pay FROM billing.payment p WHERE p.id = p_payment_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no payment with id %', p_payment_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('billing.payment_not_found', p_payment_id::text);
    END IF;
    IF v_pay.amount < 0 OR v_pay.method = 'insurance' THEN
        IF v_pay.amount < 0 THEN
            RAISE EXCEPTION 'payment % is a refund and cannot be refunded here', v_pay.receipt_number
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('billing.refund_not_refundable', v_pay.receipt_number::text);
        END IF;
        RAISE EXCEPTION 'payment % is a payer''s payment and cannot be refunded here', v_pay.receipt_number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.payer_payment_not_refundable', v_pay.receipt_number::text);
    END IF;
    PERFORM billing.lock_cashier(v_staff, billing.local_day(now()));
    v_left := v_pay.amount + coalesce((SELECT sum(r.amount) FROM billing.payment r WHERE r.refund_of_id = v_pay.id), 0);
    IF p_amount > v_left THEN
        RAISE EXCEPTION 'only % % of payment % is left to refund', v_left, v_pay.currency, v_pay.receipt_number
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('billing.payment_left_refund', v_left::text, v_pay.currency::text,
                                               v_pay.receipt_number::text);
    END IF;
    v_seq := billing.next_number('RCT', v_year);
    INSERT INTO billing.payment (year, seq, receipt_number, invoice_id, method, amount, currency, reference,
                                 refund_of_id, refund_reason, received_by)
    VALUES (v_year, v_seq, billing.format_number('RCT', v_year, v_seq), v_pay.invoice_id, v_pay.method, -p_amount,
            v_pay.currency, v_pay.reference, v_pay.id, btrim(p_reason), v_staff)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.refund_payment(bigint, numeric, text) IS
    'Billing: refund (part of) a patient''s payment, by the same method, as a negative payment with a reason.';

-- ---------------------------------------------------------------------------------------------------
-- The daily cash close
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION billing.cash_summary(p_day date DEFAULT NULL)
RETURNS TABLE (business_day date, payment_count integer, expected_cash numeric, card_total numeric,
               transfer_total numeric, closed boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    v_day   date := coalesce(core.check_day(p_day, 'the business day'), billing.local_day(now()));
BEGIN
    RETURN QUERY
    SELECT v_day, count(*)::integer,
           coalesce(sum(p.amount) FILTER (WHERE p.method = 'cash'), 0),
           coalesce(sum(p.amount) FILTER (WHERE p.method = 'card'), 0),
           coalesce(sum(p.amount) FILTER (WHERE p.method = 'bank_transfer'), 0),
           EXISTS (SELECT 1 FROM billing.cash_close cc WHERE cc.cashier_id = v_staff AND cc.business_day = v_day)
      FROM billing.payment p
     WHERE p.received_by = v_staff AND p.method <> 'insurance' AND p.cash_close_id IS NULL
       AND billing.local_day(p.received_at) = v_day;
END
$$;
COMMENT ON FUNCTION billing.cash_summary(date) IS
    'Billing: the caller''s not yet closed payments of a day (default today) by method.';

CREATE OR REPLACE FUNCTION billing.close_cash_as(p_staff bigint, p_at timestamptz, p_day date, p_counted numeric, p_note text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_ids       bigint[];
    v_count     integer;
    v_cash      numeric;
    v_card      numeric;
    v_transfer  numeric;
    v_id        bigint;
BEGIN
    IF p_day IS NULL OR p_day > billing.local_day(p_at) THEN
        RAISE EXCEPTION 'a cash close is for today or an earlier day'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('billing.cash_close_today_earlier');
    END IF;
    IF p_counted IS NULL OR p_counted < 0 OR p_counted <> round(p_counted, 2) THEN
        RAISE EXCEPTION 'the counted cash is an amount of zero or more with at most two decimals'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('billing.counted_cash_amount_zero');
    END IF;
    IF p_counted >= 10000000000 THEN  -- NaN and Infinity too: numeric(12,2) overflowed
        RAISE EXCEPTION 'the counted cash is too large (%)', p_counted
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.counted_cash_too_large', p_counted::text);
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('billing.cash_close'), p_staff::integer);
    IF EXISTS (SELECT 1 FROM billing.cash_close cc WHERE cc.cashier_id = p_staff AND cc.business_day = p_day) THEN
        RAISE EXCEPTION 'your cash for % is already closed', p_day
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_cash_close_cashier_id_business_day',
                  DETAIL = core.message_detail('billing.your_cash_already_closed', p_day::text);
    END IF;
    SELECT array_agg(p.id), count(*), coalesce(sum(p.amount) FILTER (WHERE p.method = 'cash'), 0),
           coalesce(sum(p.amount) FILTER (WHERE p.method = 'card'), 0),
           coalesce(sum(p.amount) FILTER (WHERE p.method = 'bank_transfer'), 0)
      INTO v_ids, v_count, v_cash, v_card, v_transfer
      FROM billing.payment p
     WHERE p.received_by = p_staff AND p.method <> 'insurance' AND p.cash_close_id IS NULL
       AND billing.local_day(p.received_at) = p_day;
    IF p_counted <> v_cash AND length(btrim(coalesce(p_note, ''))) < 5 THEN
        RAISE EXCEPTION 'the counted cash (%) differs from the expected cash (%) by %: explain the difference in a note',
                        p_counted, v_cash, p_counted - v_cash
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_cash_close_note',
                  DETAIL = core.message_detail('billing.counted_cash_differs_expected', p_counted::text, v_cash::text,
                                               (p_counted - v_cash)::text);
    END IF;
    INSERT INTO billing.cash_close (cashier_id, business_day, closed_at, payment_count, expected_cash, counted_cash,
                                    difference, card_total, transfer_total, note)
    VALUES (p_staff, p_day, p_at, v_count, v_cash, p_counted, p_counted - v_cash, v_card, v_transfer,
            nullif(btrim(p_note), ''))
    RETURNING id INTO v_id;
    UPDATE billing.payment p SET cash_close_id = v_id WHERE p.id = ANY (v_ids);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.close_cash_as(bigint, timestamptz, date, numeric, text) IS
    'Internal (demo loader): billing.close_cash as a given cashier at a given time.';

CREATE OR REPLACE FUNCTION billing.close_cash(p_counted numeric, p_note text DEFAULT NULL, p_day date DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.close_cash_as(
        core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only'),
        now(), coalesce(p_day, billing.local_day(now())), p_counted, p_note);
END
$$;
COMMENT ON FUNCTION billing.close_cash(numeric, text, date) IS
    'Billing: close the caller''s cash for a day (default today): the day''s payments by method, the counted cash '
    'and the difference (which needs a note). Afterwards that day takes no more payments from this cashier.';

-- ---------------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION billing.create_claim_as(p_staff bigint, p_at timestamptz, p_invoice_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_inv    billing.invoice;
    v_payer  bigint;
    v_id     bigint;
BEGIN
    SELECT * INTO v_inv FROM billing.invoice i WHERE i.id = p_invoice_id FOR UPDATE;
    IF NOT FOUND OR v_inv.kind <> 'invoice' THEN
        RAISE EXCEPTION 'no invoice with id %', p_invoice_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('billing.invoice_not_found', p_invoice_id::text);
    END IF;
    IF v_inv.status = 'void' THEN
        RAISE EXCEPTION 'invoice % is void', v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.invoice_void', v_inv.number::text);
    END IF;
    IF v_inv.coverage_id IS NULL OR v_inv.payer_share <= 0 THEN
        RAISE EXCEPTION 'invoice % has no payer share to claim', v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.invoice_no_payer_share', v_inv.number::text);
    END IF;
    IF EXISTS (SELECT 1 FROM billing.claim c WHERE c.invoice_id = p_invoice_id AND c.status <> 'cancelled') THEN
        RAISE EXCEPTION 'invoice % already has a claim', v_inv.number
            USING ERRCODE = 'unique_violation',
                  CONSTRAINT = 'uq_claim_live_invoice',
                  DETAIL = core.message_detail('billing.invoice_already_claim', v_inv.number::text);
    END IF;
    SELECT pl.payer_id INTO v_payer FROM billing.coverage cv JOIN billing.plan pl ON pl.id = cv.plan_id
     WHERE cv.id = v_inv.coverage_id;
    INSERT INTO billing.claim (invoice_id, coverage_id, payer_id, claimed_amount, currency, created_at, created_by)
    VALUES (p_invoice_id, v_inv.coverage_id, v_payer, v_inv.payer_share, v_inv.currency, p_at, p_staff)
    RETURNING id INTO v_id;
    -- One item per charge, net of its adjustments (a discount lowers the item, it is not an item of its own).
    INSERT INTO billing.claim_item (claim_id, sequence, invoice_line_id, claimed_amount)
    SELECT v_id, row_number() OVER (ORDER BY min(l.line_no)), min(l.id) FILTER (WHERE l.kind = 'charge'),
           sum(l.payer_share)
      FROM billing.invoice_line l WHERE l.invoice_id = p_invoice_id
     GROUP BY l.charge_id HAVING sum(l.payer_share) > 0;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.create_claim_as(bigint, timestamptz, bigint) IS
    'Internal (demo loader): billing.create_claim as a given staff member at a given time.';

CREATE OR REPLACE FUNCTION billing.create_claim(p_invoice_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.create_claim_as(
        core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only'),
        now(), p_invoice_id);
END
$$;
COMMENT ON FUNCTION billing.create_claim(bigint) IS
    'Billing: a draft claim of an invoice''s payer share (one per invoice), one item per line the payer shares.';

-- p_items: [{"sequence": 1, "approved": 12.50, "reason": "..."}, ...] (items not named are approved in full when
-- the outcome is 'approved', denied otherwise).
CREATE OR REPLACE FUNCTION billing.apply_claim_response(p_claim_id bigint, p_outcome text, p_approved numeric,
                                             p_payer_reference text, p_reason text, p_response jsonb,
                                             p_items jsonb DEFAULT '[]') RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_claim  billing.claim;
    v_item   jsonb;
    v_sum    numeric;
BEGIN
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no claim with id %', p_claim_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('billing.claim_not_found', p_claim_id::text);
    END IF;
    IF v_claim.status <> 'submitted' THEN
        RAISE EXCEPTION 'claim % is %: only a submitted claim receives an answer', p_claim_id, v_claim.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.claim_submitted_claim_receives', p_claim_id::text,
                                               v_claim.status::text);
    END IF;
    IF p_outcome IS NULL OR p_outcome NOT IN ('approved', 'partial', 'rejected') THEN
        RAISE EXCEPTION 'a claim answer is approved, partial or rejected, not %', coalesce(p_outcome, 'nothing')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.claim_answer_approved_partial', coalesce(p_outcome, 'nothing'));
    END IF;
    IF p_response IS NULL OR p_response ->> 'resourceType' IS DISTINCT FROM 'ClaimResponse' THEN
        RAISE EXCEPTION 'the answer is not a FHIR ClaimResponse'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('billing.answer_not_fhir_claimresponse');
    END IF;
    IF p_approved IS NULL OR p_approved < 0 OR p_approved > v_claim.claimed_amount
       OR (p_outcome = 'approved' AND p_approved <> v_claim.claimed_amount)
       OR (p_outcome = 'rejected' AND p_approved <> 0)
       OR (p_outcome = 'partial' AND (p_approved = 0 OR p_approved = v_claim.claimed_amount)) THEN
        RAISE EXCEPTION 'an answer "%" cannot approve % of a claim of %', p_outcome, p_approved, v_claim.claimed_amount
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_claim_approved',
                  DETAIL = core.message_detail('billing.answer_approve_claim', p_outcome, p_approved::text,
                                               v_claim.claimed_amount::text);
    END IF;
    FOR v_item IN SELECT * FROM jsonb_array_elements(coalesce(p_items, '[]')) LOOP
        UPDATE billing.claim_item ci
           SET approved_amount = (v_item ->> 'approved')::numeric, reason = left(v_item ->> 'reason', 500)
         WHERE ci.claim_id = p_claim_id AND ci.sequence = (v_item ->> 'sequence')::integer
           AND (v_item ->> 'approved')::numeric BETWEEN 0 AND ci.claimed_amount;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the answer names item % that the claim does not have, or approves more than claimed',
                            v_item ->> 'sequence'
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('billing.answer_names_item_claim', (v_item ->> 'sequence')::text);
        END IF;
    END LOOP;
    UPDATE billing.claim_item ci
       SET approved_amount = CASE WHEN p_outcome = 'approved' THEN ci.claimed_amount ELSE 0 END
     WHERE ci.claim_id = p_claim_id AND ci.approved_amount IS NULL;
    SELECT sum(ci.approved_amount) INTO v_sum FROM billing.claim_item ci WHERE ci.claim_id = p_claim_id;
    IF v_sum <> p_approved THEN
        RAISE EXCEPTION 'the items approve % but the answer approves %', v_sum, p_approved
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('billing.items_approve_but_answer', v_sum::text, p_approved::text);
    END IF;
    UPDATE billing.claim c
       SET status = p_outcome, approved_amount = p_approved, payer_reference = left(p_payer_reference, 100),
           outcome_reason = left(nullif(btrim(p_reason), ''), 500), fhir_response = p_response,
           answered_at = now(), last_error = NULL
     WHERE c.id = p_claim_id;
END
$$;
COMMENT ON FUNCTION billing.apply_claim_response(bigint, text, numeric, text, text, jsonb, jsonb) IS
    'Internal (the insurance gateway''s insurance.gateway_record, the demo loader): the payer''s ClaimResponse: '
    'approved, partially approved (per item with reasons) or rejected. The denied part of the payer share becomes '
    'the patient''s to pay. No staff role may execute it: only the payer answers a claim.';

CREATE OR REPLACE FUNCTION billing.post_payer_payment_as(p_staff bigint, p_at timestamptz, p_claim_id bigint, p_amount numeric,
                                              p_reference text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_claim  billing.claim;
    v_paid   numeric;
    v_year   integer := extract(year FROM billing.local_day(p_at))::integer;
    v_seq    integer;
    v_id     bigint;
BEGIN
    PERFORM billing.check_amount(p_amount, 'the payer''s payment');
    -- The invoice first, then the claim: the order billing.void_invoice locks them in.
    PERFORM 1 FROM billing.invoice i WHERE i.id = (SELECT c.invoice_id FROM billing.claim c WHERE c.id = p_claim_id)
        FOR UPDATE;
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no claim with id %', p_claim_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('billing.claim_not_found', p_claim_id::text);
    END IF;
    IF v_claim.status NOT IN ('approved', 'partial') THEN
        RAISE EXCEPTION 'claim % is %: the payer pays approved claims only', p_claim_id, v_claim.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('billing.claim_payer_pays_approved', p_claim_id::text,
                                               v_claim.status::text);
    END IF;
    SELECT coalesce(sum(p.amount), 0) INTO v_paid FROM billing.payment p WHERE p.claim_id = p_claim_id;
    IF v_paid + p_amount > v_claim.approved_amount THEN
        RAISE EXCEPTION 'the payer approved % % and has paid %: % is too much', v_claim.approved_amount,
                        v_claim.currency, v_paid, p_amount
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('billing.payer_approved_paid_too', v_claim.approved_amount::text,
                                               v_claim.currency::text, v_paid::text, p_amount::text);
    END IF;
    v_seq := billing.next_number('RCT', v_year);
    INSERT INTO billing.payment (year, seq, receipt_number, invoice_id, method, amount, currency, reference, claim_id,
                                 received_at, received_by)
    VALUES (v_year, v_seq, billing.format_number('RCT', v_year, v_seq), v_claim.invoice_id, 'insurance', p_amount,
            v_claim.currency, nullif(btrim(left(p_reference, 100)), ''), p_claim_id, p_at, p_staff)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.post_payer_payment_as(bigint, timestamptz, bigint, numeric, text) IS
    'Internal (demo loader): billing.post_payer_payment as a given staff member at a given time.';

CREATE OR REPLACE FUNCTION billing.post_payer_payment(p_claim_id bigint, p_amount numeric, p_reference text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.post_payer_payment_as(
        core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only'),
        now(), p_claim_id, p_amount, p_reference);
END
$$;
COMMENT ON FUNCTION billing.post_payer_payment(bigint, numeric, text) IS
    'Billing: post the payer''s payment of an approved (or partially approved) claim, up to the approved amount.';

-- ---------------------------------------------------------------------------------------------------
-- What billing may know of a charge's clinical event
-- ---------------------------------------------------------------------------------------------------
-- The label of a lab test, dispense or bed-day charge: what was done, never a result or a note. The departments'
-- tables are read dynamically, so this file does not depend on the order their migrations land in.
CREATE OR REPLACE FUNCTION billing.event_label(p_kind text, p_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_label text;
BEGIN
    IF p_kind = 'lab_test' AND to_regclass('lab.lab_order') IS NOT NULL THEN
        EXECUTE $q$SELECT 'Laboratory: ' || t.short_name || ' (LOINC ' || t.code || '), order ' || o.order_number
                     FROM lab.lab_order o JOIN lab.test t ON t.code = o.test_code WHERE o.id = $1$q$
           INTO v_label USING p_id;
    ELSIF p_kind = 'dispense' AND to_regclass('pharmacy.dispense') IS NOT NULL THEN
        EXECUTE $q$SELECT 'Pharmacy: ' || g.generic_name || ' ' || g.strength || ' x ' || d.quantity || ' ' || g.unit
                          || ', ' || r.prescription_number
                          || CASE WHEN d.status = 'returned' THEN ' (returned)' ELSE '' END
                     FROM pharmacy.dispense d JOIN pharmacy.prescription r ON r.id = d.prescription_id
                     JOIN pharmacy.drug g ON g.id = r.drug_id WHERE d.id = $1$q$
           INTO v_label USING p_id;
    ELSIF p_kind = 'bed_day' AND to_regclass('adt.bed_day') IS NOT NULL THEN
        EXECUTE $q$SELECT 'Bed-day ' || to_char(b.day, 'DD.MM.YYYY') || ', ' || w.name || ', bed ' || bd.label
                          || CASE WHEN b.rule = 'day_case' THEN ' (day case)' ELSE '' END
                     FROM adt.bed_day b JOIN core.department w ON w.id = b.ward_id JOIN adt.bed bd ON bd.id = b.bed_id
                    WHERE b.id = $1$q$
           INTO v_label USING p_id;
    END IF;
    RETURN v_label;
END
$$;
COMMENT ON FUNCTION billing.event_label(text, bigint) IS
    'What a lab_test / dispense / bed_day charge was for (test, drug and quantity, day and bed), never results.';

CREATE OR REPLACE FUNCTION billing.patient_charges(p_patient_id bigint)
RETURNS TABLE (charge_id bigint, source_kind text, source_id bigint, encounter_id bigint, encounter_kind text,
               encounter_started date, encounter_ended date, department_code text, department_name text,
               clinician text, source_label text, code text, item_name text, group_code text, quantity numeric,
               unit_amount numeric, amount numeric, adjustments numeric, currency char(3), service_date date,
               status text, void_reason text, invoice_id bigint, invoice_number text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT c.id, c.source_kind, c.source_id, c.encounter_id, e.kind, billing.local_day(e.started_at),
           billing.local_day(e.ended_at), d.code, d.name, s.full_name,
           CASE c.source_kind
               WHEN 'consultation' THEN initcap(e.kind) || ' consultation, ' || d.name || ', ' || s.full_name
               WHEN 'lab_test' THEN coalesce(billing.event_label(c.source_kind, c.source_id),
                                             'Laboratory test #' || c.source_id)
               WHEN 'dispense' THEN coalesce(billing.event_label(c.source_kind, c.source_id),
                                             'Pharmacy dispense #' || c.source_id)
               WHEN 'bed_day' THEN coalesce(billing.event_label(c.source_kind, c.source_id),
                                            'Bed day #' || c.source_id || coalesce(', ' || d.name, ''))
               ELSE c.source_kind || ' #' || c.source_id END,
           p.code, p.name, p.group_code, c.quantity, c.unit_amount, c.amount,
           coalesce((SELECT sum(a.amount) FROM billing.adjustment a WHERE a.charge_id = c.id), 0),
           c.currency, c.service_date, c.status, c.void_reason, i.id, i.number
      FROM billing.charge c
      JOIN billing.price_item p ON p.id = c.price_item_id
      LEFT JOIN clinical.encounter e ON e.id = c.encounter_id
      LEFT JOIN core.department d ON d.id = e.department_id
      LEFT JOIN core.staff s ON s.id = e.clinician_id
      LEFT JOIN billing.invoice_line l ON l.charge_id = c.id AND l.live AND l.kind = 'charge'
      LEFT JOIN billing.invoice i ON i.id = l.invoice_id
     WHERE c.patient_id = p_patient_id AND (SELECT core.has_group('hms_billing'))
     ORDER BY e.started_at DESC NULLS LAST, c.encounter_id DESC NULLS LAST, c.service_date, c.id
$$;
COMMENT ON FUNCTION billing.patient_charges(bigint) IS
    'Billing: a patient''s charges with their source (kind, visit or stay, department, clinician, dates; never '
    'notes or results), adjustments and live invoice.';

-- =====================================================================================================
-- billing reports: the charge reconciliation and the financial views (revenue by department and day,
-- outstanding balances with ageing, claims by status).
--. Functions, not views: every relation in a domain schema has
-- forced row-level security, and these read across clinical and billing tables with their own role checks.
-- =====================================================================================================

-- Every charge traces to exactly one clinical event and every billable event has exactly one charge.
-- One arm per source kind: the consultation arm is here; the lab_test, dispense and bed_day arms are added
-- with the domains that make those events (until then any such charge is reported as having no arm).
CREATE OR REPLACE FUNCTION billing.charge_reconciliation()
RETURNS TABLE (problem text, source_kind text, source_id bigint, charge_id bigint, patient_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    -- consultation: a closed outpatient, emergency or telemedicine encounter
    SELECT 'charge without its clinical event', c.source_kind, c.source_id, c.id, c.patient_id
      FROM billing.charge c
     WHERE c.source_kind = 'consultation'
       AND NOT EXISTS (SELECT 1 FROM clinical.encounter e
                        WHERE e.id = c.source_id AND e.patient_id = c.patient_id
                          AND e.id IS NOT DISTINCT FROM c.encounter_id AND e.status = 'closed'
                          AND e.kind IN ('outpatient', 'emergency', 'telemedicine'))
    UNION ALL
    SELECT 'billable event without a charge', 'consultation', e.id, NULL, e.patient_id
      FROM clinical.encounter e
     WHERE e.status = 'closed' AND e.kind IN ('outpatient', 'emergency', 'telemedicine')
       AND NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.source_kind = 'consultation' AND c.source_id = e.id)
    -- lab_test: a lab order that was resulted (later verified and released count too; cancelled never)
    UNION ALL
    SELECT 'charge without its clinical event', c.source_kind, c.source_id, c.id, c.patient_id
      FROM billing.charge c
     WHERE c.source_kind = 'lab_test'
       AND NOT EXISTS (SELECT 1 FROM lab.lab_order o
                        WHERE o.id = c.source_id AND o.patient_id = c.patient_id
                          AND o.encounter_id IS NOT DISTINCT FROM c.encounter_id
                          AND o.status IN ('resulted', 'verified', 'released'))
    UNION ALL
    SELECT 'billable event without a charge', 'lab_test', o.id, NULL, o.patient_id
      FROM lab.lab_order o
     WHERE o.status IN ('resulted', 'verified', 'released')
       AND NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.source_kind = 'lab_test' AND c.source_id = o.id)
    -- dispense: every dispense (a returned one keeps its charge, voided with the return's reason)
    UNION ALL
    SELECT 'charge without its clinical event', c.source_kind, c.source_id, c.id, c.patient_id
      FROM billing.charge c
     WHERE c.source_kind = 'dispense'
       AND NOT EXISTS (SELECT 1 FROM pharmacy.dispense d WHERE d.id = c.source_id AND d.patient_id = c.patient_id)
    UNION ALL
    SELECT 'billable event without a charge', 'dispense', d.id, NULL, d.patient_id
      FROM pharmacy.dispense d
     WHERE NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.source_kind = 'dispense' AND c.source_id = d.id)
    UNION ALL
    SELECT 'returned dispense with a live charge', 'dispense', d.id, c.id, d.patient_id
      FROM pharmacy.dispense d JOIN billing.charge c ON c.source_kind = 'dispense' AND c.source_id = d.id
     WHERE d.status = 'returned' AND c.status <> 'void'
    -- bed_day: one posted bed-day of a stay
    UNION ALL
    SELECT 'charge without its clinical event', c.source_kind, c.source_id, c.id, c.patient_id
      FROM billing.charge c
     WHERE c.source_kind = 'bed_day'
       AND NOT EXISTS (SELECT 1 FROM adt.bed_day b WHERE b.id = c.source_id AND b.patient_id = c.patient_id)
    UNION ALL
    SELECT 'billable event without a charge', 'bed_day', b.id, NULL, b.patient_id
      FROM adt.bed_day b
     WHERE NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.source_kind = 'bed_day' AND c.source_id = b.id)
    UNION ALL
    SELECT 'no reconciliation arm for this source kind', c.source_kind, c.source_id, c.id, c.patient_id
      FROM billing.charge c
     WHERE c.source_kind NOT IN ('consultation', 'lab_test', 'dispense', 'bed_day')
$$;
COMMENT ON FUNCTION billing.charge_reconciliation() IS
    'Charges whose clinical event does not exist (or is not billable) and billable events without a charge; '
    'no rows = billing and the clinical record agree.';

-- Revenue by department and day: invoice lines on the day their invoice was issued, credit notes (negative) on
-- the day they were issued. The department is the one of the charge's visit or stay.
CREATE OR REPLACE FUNCTION billing.revenue_by_department(p_from date, p_to date)
RETURNS TABLE (day date, department_code text, department_name text, currency char(3), net_amount numeric,
               tax_amount numeric, total_amount numeric, invoice_count integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (core.has_group('hms_billing') OR core.has_group('hms_admin')) THEN
        RAISE EXCEPTION 'financial reports are for billing and administration'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('billing.financial_reports_billing_administration');
    END IF;
    PERFORM core.check_day(p_from, 'the first day'), core.check_day(p_to, 'the last day');
    IF p_from IS NULL OR p_to IS NULL OR p_to < p_from OR p_to - p_from > 3660 THEN
        RAISE EXCEPTION 'a report period is from a day to a later day, at most ten years'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('billing.report_period_day_later');
    END IF;
    RETURN QUERY
    SELECT billing.local_day(i.issued_at), coalesce(d.code, '-'), coalesce(d.name, 'No department'), i.currency,
           sum(l.net_amount), sum(l.tax_amount), sum(l.total_amount), count(DISTINCT i.id)::integer
      FROM billing.invoice i
      JOIN billing.invoice_line l ON l.invoice_id = i.id
      JOIN billing.charge c ON c.id = l.charge_id
      LEFT JOIN clinical.encounter e ON e.id = c.encounter_id
      LEFT JOIN core.department d ON d.id = e.department_id
     WHERE i.issued_at >= (p_from::timestamp AT TIME ZONE coalesce((SELECT s.value #>> '{}' FROM core.setting s
                                                                     WHERE s.key = 'clinic_timezone'),
                                                                    current_setting('TimeZone'))) - interval '1 day'
       AND i.issued_at < (p_to::timestamp AT TIME ZONE coalesce((SELECT s.value #>> '{}' FROM core.setting s
                                                                   WHERE s.key = 'clinic_timezone'),
                                                                  current_setting('TimeZone'))) + interval '2 days'
       AND billing.local_day(i.issued_at) BETWEEN p_from AND p_to
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2;
END
$$;
COMMENT ON FUNCTION billing.revenue_by_department(date, date) IS
    'Billing/admin: invoiced revenue (net, tax, total; credit notes negative) per hospital day and department.';

-- Outstanding balances by age (days since issue on the as-of day), patient and payer parts.
CREATE OR REPLACE FUNCTION billing.outstanding_ageing(p_as_of date DEFAULT NULL)
RETURNS TABLE (bucket text, bucket_order integer, invoice_count integer, currency char(3), patient_balance numeric,
               payer_balance numeric, balance numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_day date := coalesce(core.check_day(p_as_of, 'the as-of day'), billing.local_day(now()));
BEGIN
    PERFORM core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    RETURN QUERY
    WITH aged AS (
        SELECT a.*, v_day - billing.local_day(a.issued_at) AS age
          FROM billing.invoice_account(NULL, NULL) a
         WHERE a.balance <> 0 AND billing.local_day(a.issued_at) <= v_day
    )
    SELECT b.label, b.ord, count(aged.invoice_id)::integer, aged.currency,
           coalesce(sum(aged.patient_balance), 0), coalesce(sum(aged.payer_balance), 0), coalesce(sum(aged.balance), 0)
      FROM (VALUES ('0-30 days', 1, 0, 30), ('31-60 days', 2, 31, 60), ('61-90 days', 3, 61, 90),
                   ('over 90 days', 4, 91, 1000000)) b(label, ord, low, high)
      JOIN aged ON aged.age BETWEEN b.low AND b.high
     GROUP BY b.label, b.ord, aged.currency
     ORDER BY b.ord;
END
$$;
COMMENT ON FUNCTION billing.outstanding_ageing(date) IS
    'Billing: what is still owed on issued invoices, by age bucket (days since issue), patient and payer parts.';

CREATE OR REPLACE FUNCTION billing.claims_by_status()
RETURNS TABLE (status text, claim_count integer, currency char(3), claimed_amount numeric, approved_amount numeric,
               paid_amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    RETURN QUERY
    SELECT c.status, count(*)::integer, c.currency, sum(c.claimed_amount), coalesce(sum(c.approved_amount), 0),
           coalesce(sum((SELECT sum(p.amount) FROM billing.payment p WHERE p.claim_id = c.id)), 0)
      FROM billing.claim c
     GROUP BY c.status, c.currency
     ORDER BY array_position(ARRAY['draft', 'submitted', 'approved', 'partial', 'rejected', 'cancelled'], c.status);
END
$$;
COMMENT ON FUNCTION billing.claims_by_status() IS 'Billing: claims per status with claimed, approved and paid amounts.';
