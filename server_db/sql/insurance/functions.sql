-- insurance: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).
--
-- Two sides (docs/insurance-gateway.md):
--   staff (reception, billing, the ward)  put requests into the outbox and answer payer queries;
--   the gateway (hms_insurance_gateway)   takes requests, fixes the document it sends, and records what the payers
--                                         answer. Only its role may execute those functions, so no staff login,
--                                         from the client or from psql, can write a payer's answer.

-- ---------------------------------------------------------------------------------------------------
-- Putting requests into the outbox
-- ---------------------------------------------------------------------------------------------------
-- The patient's coverage in force on a day (at most one: billing.coverage's exclusion constraint), or NULL.
CREATE OR REPLACE FUNCTION insurance.coverage_on(p_patient_id bigint, p_day date) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT cv.id FROM billing.coverage cv
     WHERE cv.patient_id = p_patient_id AND cv.status = 'active'
       AND p_day >= cv.valid_from AND (cv.valid_to IS NULL OR p_day <= cv.valid_to)
$$;
COMMENT ON FUNCTION insurance.coverage_on(bigint, date) IS 'Internal: the patient''s active coverage on a day, or NULL.';

CREATE OR REPLACE FUNCTION insurance.queue(p_kind text, p_coverage_id bigint, p_staff bigint,
                                           p_claim_id bigint DEFAULT NULL, p_preauthorization_id bigint DEFAULT NULL,
                                           p_query_id bigint DEFAULT NULL, p_item_codes text[] DEFAULT '{}',
                                           p_request_id uuid DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_cov  billing.coverage;
    v_id   bigint;
BEGIN
    SELECT * INTO v_cov FROM billing.coverage cv WHERE cv.id = p_coverage_id;
    INSERT INTO insurance.request (request_id, kind, payer_id, patient_id, coverage_id, claim_id, preauthorization_id,
                                   query_id, item_codes, requested_by)
    SELECT coalesce(p_request_id, gen_random_uuid()), p_kind, pl.payer_id, v_cov.patient_id, v_cov.id, p_claim_id,
           p_preauthorization_id, p_query_id, coalesce(p_item_codes, '{}'), p_staff
      FROM billing.plan pl WHERE pl.id = v_cov.plan_id
    RETURNING id INTO v_id;
    -- Wakes the gateway (the row is the truth: it also polls the outbox).
    PERFORM pg_notify('hms_insurance_outbox', v_id::text);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION insurance.queue(text, bigint, bigint, bigint, bigint, bigint, text[], uuid) IS
    'Internal: put a request into the outbox and wake the gateway.';

CREATE OR REPLACE FUNCTION insurance.request_eligibility(p_patient_id bigint, p_item_codes text[] DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff    bigint := core.require_group(ARRAY['hms_reception', 'hms_billing'],
                                            'only reception and billing staff check insurance eligibility',
                                            'insurance.reception_billing_staff_check');
    v_coverage bigint;
    v_open     bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM registry.patient p WHERE p.id = p_patient_id AND p.merged_into_id IS NULL) THEN
        RAISE EXCEPTION 'no patient with id % (or it was merged into another record)', p_patient_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('insurance.patient_not_found_or_merged', p_patient_id::text);
    END IF;
    IF cardinality(p_item_codes) > 50 OR EXISTS (SELECT 1 FROM unnest(p_item_codes) c
                                                  WHERE c IS NULL OR c !~ '^[A-Z][A-Z0-9-]{1,39}$') THEN
        RAISE EXCEPTION 'ask about at most 50 items, each by its price code'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('insurance.ask_about_most_50');
    END IF;
    v_coverage := insurance.coverage_on(p_patient_id, billing.local_day(now()));
    IF v_coverage IS NULL THEN
        RAISE EXCEPTION 'the patient has no insurance coverage in force today: record the coverage first'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('insurance.patient_no_insurance_coverage');
    END IF;
    -- A check already on its way answers this one too (a double click sends one request).
    SELECT r.id INTO v_open FROM insurance.request r
     WHERE r.coverage_id = v_coverage AND r.kind = 'eligibility' AND r.status IN ('queued', 'sent')
       AND r.item_codes = coalesce(p_item_codes, '{}') ORDER BY r.id DESC LIMIT 1;
    RETURN coalesce(v_open, insurance.queue('eligibility', v_coverage, v_staff, p_item_codes => p_item_codes));
END
$$;
COMMENT ON FUNCTION insurance.request_eligibility(bigint, text[]) IS
    'Reception, billing: ask the payer of the patient''s coverage in force today whether the patient is covered, '
    'with what benefits left (and whether the given price codes are covered). Returns the outbox request.';

CREATE OR REPLACE FUNCTION insurance.patient_eligibility(p_patient_id bigint)
RETURNS TABLE (coverage_id bigint, payer_name text, plan_name text, member_number text, request_id bigint,
               request_status text, requested_at timestamptz, last_error text, covered boolean, plan_code text,
               benefit_start date, benefit_end date, benefits jsonb, excluded_items text[], disposition text,
               answered_at timestamptz, valid_hours integer, stale boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_billing'],
                               'only reception and billing staff read insurance eligibility',
                               'insurance.reception_billing_staff_read');
    RETURN QUERY
    SELECT cv.id, py.name, pl.name, cv.member_number, r.id, r.status, r.requested_at, r.last_error, e.covered,
           e.plan_code, e.benefit_start, e.benefit_end, e.benefits, e.excluded_items, e.disposition, e.answered_at,
           coalesce(pp.eligibility_valid_hours, 24),
           e.answered_at IS NULL OR e.answered_at < now() - make_interval(hours => coalesce(pp.eligibility_valid_hours, 24))
      FROM billing.coverage cv
      JOIN billing.plan pl ON pl.id = cv.plan_id JOIN billing.payer py ON py.id = pl.payer_id
      LEFT JOIN insurance.payer_policy pp ON pp.payer_id = py.id
      LEFT JOIN LATERAL (SELECT * FROM insurance.request x WHERE x.coverage_id = cv.id AND x.kind = 'eligibility'
                          ORDER BY x.id DESC LIMIT 1) r ON true
      LEFT JOIN LATERAL (SELECT * FROM insurance.eligibility y WHERE y.coverage_id = cv.id
                          ORDER BY y.answered_at DESC, y.id DESC LIMIT 1) e ON true
     WHERE cv.id = insurance.coverage_on(p_patient_id, billing.local_day(now()));
END
$$;
COMMENT ON FUNCTION insurance.patient_eligibility(bigint) IS
    'Reception, billing: the patient''s coverage in force today, the last eligibility request and the last answer '
    '(stale when older than the payer''s eligibility_valid_hours). No row: no coverage today.';

CREATE OR REPLACE FUNCTION insurance.request_preauthorization(p_patient_id bigint, p_items jsonb, p_reason text,
                                                             p_admission_id bigint DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff     bigint := core.require_group(ARRAY['hms_billing', 'hms_doctor', 'hms_nurse'],
                                             'only billing and ward staff ask for pre-authorisations',
                                             'insurance.billing_ward_staff_ask');
    v_day       date := billing.local_day(now());
    v_coverage  bigint;
    v_cov       billing.coverage;
    v_id        bigint;
    v_item      jsonb;
    v_seq       integer := 0;
    v_price     billing.price_item;
    v_quantity  numeric;
    v_currency  char(3);
    v_reason    text := core.check_reason(p_reason, 3, 'give the clinical reason for the pre-authorisation',
                                          'ck_preauthorization_reason', p_key => 'insurance.give_clinical_reason_pre');
BEGIN
    -- A nurse or doctor asks only for a patient in their care (the clinical policies' notion: their ward, their
    -- encounter or appointment, a break-glass grant), and learns nothing (not even coverage) about anyone else.
    IF NOT core.has_group('hms_billing') AND NOT clinical.can_access_patient(p_patient_id) THEN
        RAISE EXCEPTION 'patient % is not in your care: ask for pre-authorisations of your own patients', p_patient_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('insurance.patient_not_your_care', p_patient_id::text);
    END IF;
    IF p_items IS NULL OR jsonb_typeof(p_items) <> 'array' OR jsonb_array_length(p_items) NOT BETWEEN 1 AND 50 THEN
        RAISE EXCEPTION 'a pre-authorisation asks for 1 to 50 items'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('insurance.pre_authorisation_asks_1');
    END IF;
    IF p_admission_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM adt.admission a
                                                   WHERE a.id = p_admission_id AND a.patient_id = p_patient_id) THEN
        RAISE EXCEPTION 'no admission % of this patient', p_admission_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('insurance.no_admission_patient', p_admission_id::text);
    END IF;
    v_coverage := insurance.coverage_on(p_patient_id, v_day);
    IF v_coverage IS NULL THEN
        -- The ward cannot record insurance: say who can.
        RAISE EXCEPTION 'the patient has no insurance coverage in force today: billing records the patient''s '
                        'insurance first'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('insurance.patient_no_insurance_coverage_force');
    END IF;
    SELECT * INTO v_cov FROM billing.coverage cv WHERE cv.id = v_coverage;
    SELECT (s.value #>> '{}')::char(3) INTO v_currency FROM core.setting s WHERE s.key = 'currency';
    INSERT INTO insurance.preauthorization (patient_id, coverage_id, payer_id, admission_id, reason, requested_amount,
                                            currency, requested_by)
    SELECT p_patient_id, v_coverage, pl.payer_id, p_admission_id, v_reason, 0.01, coalesce(v_currency, 'GBP'),
           v_staff
      FROM billing.plan pl WHERE pl.id = v_cov.plan_id
    RETURNING id INTO v_id;
    FOR v_item IN SELECT * FROM jsonb_array_elements(p_items) LOOP
        v_seq := v_seq + 1;
        SELECT * INTO v_price FROM billing.price_item pi WHERE pi.id = billing.price_item_at(v_item ->> 'price_code', v_day);
        IF NOT FOUND THEN
            RAISE EXCEPTION 'item %: no price code % on the price list today', v_seq, coalesce(v_item ->> 'price_code', '')
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('insurance.item_no_price_code', v_seq::text,
                                                   coalesce(v_item ->> 'price_code', ''));
        END IF;
        BEGIN
            v_quantity := coalesce((v_item ->> 'quantity')::numeric, 1);
        EXCEPTION WHEN invalid_text_representation THEN
            v_quantity := NULL;
        END;
        IF v_quantity IS NULL OR v_quantity <= 0 OR v_quantity > 365 OR v_quantity <> round(v_quantity, 2) THEN
            RAISE EXCEPTION 'item %: the quantity is a number from 0.01 to 365', v_seq
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('insurance.item_quantity_number_0', v_seq::text);
        END IF;
        INSERT INTO insurance.preauthorization_item (preauthorization_id, sequence, price_code, description, quantity,
                                                     unit_amount, amount)
        VALUES (v_id, v_seq, v_price.code, v_price.name, v_quantity, v_price.amount, v_quantity * v_price.amount);
    END LOOP;
    UPDATE insurance.preauthorization pa
       SET requested_amount = (SELECT sum(i.amount) FROM insurance.preauthorization_item i WHERE i.preauthorization_id = v_id)
     WHERE pa.id = v_id;
    IF (SELECT pa.requested_amount FROM insurance.preauthorization pa WHERE pa.id = v_id) <= 0 THEN
        RAISE EXCEPTION 'the items are free of charge: nothing to pre-authorise'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('insurance.items_free_charge_nothing');
    END IF;
    PERFORM insurance.queue('preauthorization', v_coverage, v_staff, p_preauthorization_id => v_id);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION insurance.request_preauthorization(bigint, jsonb, text, bigint) IS
    'Billing, ward: ask the payer to pre-authorise items ([{"price_code", "quantity"}], priced from today''s price '
    'list), for an admission or not, with the clinical reason. Returns the pre-authorisation.';

CREATE OR REPLACE FUNCTION insurance.submit_claim(p_claim_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    v_claim  billing.claim;
    v_open   bigint;
BEGIN
    -- The invoice first (shared), then the claim: the order billing.void_invoice locks them in.
    PERFORM 1 FROM billing.invoice i WHERE i.id = (SELECT c.invoice_id FROM billing.claim c WHERE c.id = p_claim_id)
        FOR SHARE;
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no claim with id %', p_claim_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('billing.claim_not_found', p_claim_id::text);
    END IF;
    SELECT r.id INTO v_open FROM insurance.request r WHERE r.claim_id = p_claim_id AND r.kind = 'claim';
    IF v_claim.status = 'submitted' AND v_open IS NOT NULL THEN
        RETURN v_open;  -- already in the outbox or at the payer: sending twice is one claim
    END IF;
    IF v_claim.status <> 'draft' THEN
        RAISE EXCEPTION 'claim % is % and is not sent again', p_claim_id, v_claim.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('insurance.claim_not_sent_again', p_claim_id::text,
                                               v_claim.status::text);
    END IF;
    UPDATE billing.claim c SET status = 'submitted', submitted_at = now() WHERE c.id = p_claim_id;
    -- The claim's own idempotency key is the request's id: whoever sends it, the payer sees one claim.
    RETURN insurance.queue('claim', v_claim.coverage_id, v_staff, p_claim_id => p_claim_id,
                           p_request_id => v_claim.idempotency_key);
END
$$;
COMMENT ON FUNCTION insurance.submit_claim(bigint) IS
    'Billing: send a draft claim to its payer (through the gateway). Returns the outbox request.';

CREATE OR REPLACE FUNCTION insurance.request_claim_status(p_claim_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    v_claim  billing.claim;
    v_open   bigint;
BEGIN
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no claim with id %', p_claim_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('billing.claim_not_found', p_claim_id::text);
    END IF;
    IF v_claim.status <> 'submitted' OR NOT EXISTS (SELECT 1 FROM insurance.request r WHERE r.claim_id = p_claim_id
                                                       AND r.kind = 'claim' AND r.status IN ('sent', 'answered')) THEN
        RAISE EXCEPTION 'ask for the status of a claim the payer has and has not decided'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('insurance.ask_status_claim_payer');
    END IF;
    SELECT r.id INTO v_open FROM insurance.request r
     WHERE r.claim_id = p_claim_id AND r.kind = 'status' AND r.status IN ('queued', 'sent');
    RETURN coalesce(v_open, insurance.queue('status', v_claim.coverage_id, v_staff, p_claim_id => p_claim_id));
END
$$;
COMMENT ON FUNCTION insurance.request_claim_status(bigint) IS
    'Billing: ask the payer where a submitted claim stands (the answer is recorded like the claim''s own).';

CREATE OR REPLACE FUNCTION insurance.answer_query(p_query_id bigint, p_answer text, p_attachments jsonb DEFAULT '[]')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff     bigint := core.require_group(ARRAY['hms_billing'], 'only billing staff answer payer queries',
                                             'insurance.billing_staff_answer_payer');
    v_query     insurance.payer_query;
    v_coverage  bigint;
    v_file      jsonb;
    v_content   bytea;
    v_total     bigint := 0;
BEGIN
    SELECT * INTO v_query FROM insurance.payer_query q WHERE q.id = p_query_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no payer query with id %', p_query_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('insurance.payer_query_not_found', p_query_id::text);
    END IF;
    IF v_query.status <> 'open' THEN
        RAISE EXCEPTION 'this query has been answered already'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('insurance.query_been_answered_already');
    END IF;
    -- Lines and tabs are fine; other control characters are not text (and FHIR strings may not carry them).
    IF p_answer IS NULL OR length(btrim(p_answer)) < 2 OR length(p_answer) > 2000
       OR p_answer ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' THEN
        RAISE EXCEPTION 'write an answer for the payer (2 to 2000 characters of plain text)' USING ERRCODE = 'check_violation',
              CONSTRAINT = 'ck_payer_query_answer', DETAIL = core.message_detail('insurance.write_answer_payer_2');
    END IF;
    IF p_attachments IS NULL OR jsonb_typeof(p_attachments) <> 'array' OR jsonb_array_length(p_attachments) > 10 THEN
        RAISE EXCEPTION 'at most 10 attachments'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('insurance.most_10_attachments');
    END IF;
    FOR v_file IN SELECT * FROM jsonb_array_elements(p_attachments) LOOP
        BEGIN
            v_content := decode(v_file ->> 'content_base64', 'base64');
        EXCEPTION WHEN invalid_parameter_value OR data_exception THEN
            RAISE EXCEPTION 'attachment "%" is not base64 content', v_file ->> 'title'
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('insurance.attachment_not_base64_content',
                                                   (v_file ->> 'title')::text);
        END;
        INSERT INTO insurance.query_attachment (query_id, title, content_type, content, added_by)
        VALUES (p_query_id, v_file ->> 'title', v_file ->> 'content_type', v_content, v_staff);
        v_total := v_total + octet_length(v_content);
    END LOOP;
    -- The answer goes in one message, the documents base64 (a third larger): the exchange profile refuses a message
    -- over 5 MiB (NPHIES-style limit) before sending, and a refused answer could not be answered again.
    IF v_total > 3500000 THEN
        RAISE EXCEPTION 'the documents together are % MB: at most 3.5 MB go with one answer (a payer takes at most '
                        '5 MB per message)', round(v_total / 1e6, 1)
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('insurance.documents_together_mb_most', (round(v_total / 1e6, 1))::text);
    END IF;
    UPDATE insurance.payer_query q
       SET status = 'answered', answer = btrim(p_answer), answered_by = v_staff, answered_at = now()
     WHERE q.id = p_query_id;
    SELECT coalesce(c.coverage_id, pa.coverage_id) INTO v_coverage
      FROM insurance.payer_query q LEFT JOIN billing.claim c ON c.id = q.claim_id
      LEFT JOIN insurance.preauthorization pa ON pa.id = q.preauthorization_id WHERE q.id = p_query_id;
    RETURN insurance.queue('communication', v_coverage, v_staff, p_claim_id => v_query.claim_id,
                           p_query_id => p_query_id);
END
$$;
COMMENT ON FUNCTION insurance.answer_query(bigint, text, jsonb) IS
    'Billing: answer a payer''s query with text and attachments ([{"title", "content_type", "content_base64"}], '
    'at most 10, together at most 3.5 MB); the gateway sends it as a FHIR Communication. Returns the outbox request.';

CREATE OR REPLACE FUNCTION insurance.retry_request(p_request_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    UPDATE insurance.request r SET status = 'queued', next_attempt_at = now(), last_error = NULL
     WHERE r.id = p_request_id AND r.status = 'failed';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only a failed request is sent again'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('insurance.failed_request_sent_again');
    END IF;
    PERFORM pg_notify('hms_insurance_outbox', p_request_id::text);
END
$$;
COMMENT ON FUNCTION insurance.retry_request(bigint) IS
    'Billing: queue a failed request again (same request id and document: the payer sees one request).';

CREATE OR REPLACE FUNCTION insurance.resolve_remittance_line(p_line_id bigint, p_claim_id bigint, p_note text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.require_group(ARRAY['hms_billing'], 'only billing staff reconcile remittances',
                                          'insurance.billing_staff_reconcile_remittances');
    v_line   insurance.remittance_line;
    v_rem    insurance.remittance;
    v_note   text := core.check_reason(p_note, 5, 'say how the line was reconciled', 'ck_remittance_line_note',
                                       p_key => 'insurance.say_how_line_reconciled');
BEGIN
    IF v_note ~ '[[:cntrl:]]' OR length(v_note) > 500 THEN
        RAISE EXCEPTION 'say how the line was reconciled in at most 500 characters of plain text'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_remittance_line_note',
                  DETAIL = core.message_detail('insurance.say_how_line_reconciled_most');
    END IF;
    SELECT * INTO v_line FROM insurance.remittance_line l WHERE l.id = p_line_id FOR UPDATE;
    IF NOT FOUND OR v_line.status NOT IN ('unmatched', 'refused') THEN
        RAISE EXCEPTION 'no unmatched or refused remittance line with id %', p_line_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('insurance.no_unmatched_refused_remittance', p_line_id::text);
    END IF;
    SELECT * INTO v_rem FROM insurance.remittance r WHERE r.id = v_line.remittance_id;
    IF p_claim_id IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM billing.claim c WHERE c.id = p_claim_id AND c.payer_id = v_rem.payer_id) THEN
            RAISE EXCEPTION 'claim % is not a claim on this payer', p_claim_id
                USING ERRCODE = 'no_data_found',
                      DETAIL = core.message_detail('insurance.claim_not_claim_payer', p_claim_id::text);
        END IF;
        UPDATE insurance.remittance_line l
           SET claim_id = p_claim_id, status = 'posted', note = v_note,
               payment_id = billing.post_payer_payment_as(v_staff, now(), p_claim_id, v_line.amount, v_rem.payer_reference)
         WHERE l.id = p_line_id;
    ELSE
        UPDATE insurance.remittance_line l SET status = 'resolved', note = v_note, resolved_by = v_staff,
                                               resolved_at = now()
         WHERE l.id = p_line_id;
    END IF;
END
$$;
COMMENT ON FUNCTION insurance.resolve_remittance_line(bigint, bigint, text) IS
    'Billing: reconcile a remittance line the gateway could not post: post it against a claim, or close it with a '
    'note (e.g. returned to the payer).';

-- What billing should know before it invoices or claims: items the payer wants pre-authorised that have no valid
-- approval, admissions the payer wants pre-authorised, denied or expired pre-authorisations, eligibility.
CREATE OR REPLACE FUNCTION insurance.claim_warnings(p_patient_id bigint, p_charge_ids bigint[] DEFAULT NULL)
RETURNS TABLE (kind text, message text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_coverage  bigint;
    v_payer     bigint;
BEGIN
    PERFORM core.require_group(ARRAY['hms_billing'], 'only billing staff do this', 'billing.billing_only');
    v_coverage := insurance.coverage_on(p_patient_id, billing.local_day(now()));
    IF v_coverage IS NULL THEN
        RETURN;
    END IF;
    SELECT pl.payer_id INTO v_payer FROM billing.coverage cv JOIN billing.plan pl ON pl.id = cv.plan_id
     WHERE cv.id = v_coverage;
    RETURN QUERY
    SELECT 'preauthorization_missing', 'No approved pre-authorisation valid on ' || to_char(c.service_date, 'DD.MM.YYYY')
           || ' for ' || pi.name || ' (' || pi.code || '): the payer requires one'
      FROM billing.charge c JOIN billing.price_item pi ON pi.id = c.price_item_id
      JOIN insurance.item_code ic ON ic.payer_id = v_payer AND ic.price_code = pi.code AND ic.active
                                 AND ic.needs_preauthorization
     WHERE c.patient_id = p_patient_id AND c.status = 'open'
       AND (p_charge_ids IS NULL OR c.id = ANY (p_charge_ids))
       AND NOT EXISTS (SELECT 1 FROM insurance.preauthorization pa JOIN insurance.preauthorization_item i
                                  ON i.preauthorization_id = pa.id AND i.price_code = pi.code
                        WHERE pa.coverage_id = v_coverage AND pa.status IN ('approved', 'partial')
                          AND coalesce(i.approved_amount, 0) > 0
                          AND c.service_date BETWEEN coalesce(pa.valid_from, c.service_date)
                                                 AND coalesce(pa.valid_until, c.service_date))
    UNION ALL
    SELECT 'admission_unauthorized', 'Admission of ' || to_char(a.admitted_at, 'DD.MM.YYYY')
           || ': the payer requires a pre-authorisation and '
           || coalesce('it was ' || CASE last.status WHEN 'denied' THEN 'denied'
                                                     WHEN 'pended' THEN 'pended by the payer'
                                                     WHEN 'requested' THEN 'requested and not yet answered'
                                                     ELSE 'approved until ' || to_char(last.valid_until, 'DD.MM.YYYY')
                                                          || ' (expired)' END, 'none was requested')
      FROM adt.admission a
      JOIN insurance.payer_policy pp ON pp.payer_id = v_payer AND pp.admission_needs_preauthorization
      LEFT JOIN LATERAL (SELECT * FROM insurance.preauthorization pa WHERE pa.admission_id = a.id
                          ORDER BY pa.id DESC LIMIT 1) last ON true
     WHERE a.patient_id = p_patient_id AND a.admitted_at >= now() - interval '1 year'
       AND EXISTS (SELECT 1 FROM billing.charge c WHERE c.patient_id = p_patient_id AND c.status = 'open'
                      AND c.encounter_id = a.encounter_id)
       AND (last.id IS NULL OR last.status NOT IN ('approved', 'partial')
            OR (last.valid_until IS NOT NULL AND last.valid_until < billing.local_day(coalesce(a.discharged_at, now()))))
    UNION ALL
    SELECT 'not_covered', 'The payer answered on ' || to_char(e.answered_at, 'DD.MM.YYYY HH24:MI')
           || ' that the patient is not covered' || coalesce(': ' || e.disposition, '')
      FROM insurance.patient_eligibility(p_patient_id) e WHERE e.covered IS FALSE
    UNION ALL
    SELECT 'eligibility_stale', CASE WHEN e.answered_at IS NULL THEN 'Eligibility has not been checked with the payer'
                                     ELSE 'The last eligibility answer is from ' || to_char(e.answered_at, 'DD.MM.YYYY HH24:MI')
                                          || ': check again' END
      FROM insurance.patient_eligibility(p_patient_id) e WHERE e.stale AND e.covered IS NOT FALSE;
END
$$;
COMMENT ON FUNCTION insurance.claim_warnings(bigint, bigint[]) IS
    'Billing: what the payer will likely refuse in the patient''s open charges (pre-authorisations missing, '
    'denied or expired; not covered; eligibility not checked lately), one sentence each.';

-- ---------------------------------------------------------------------------------------------------
-- The gateway's side
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION insurance.gateway_staff() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT core.require_group(ARRAY['hms_insurance_gateway'], 'only the insurance gateway does this',
                              'insurance.insurance_gateway_does')
$$;
COMMENT ON FUNCTION insurance.gateway_staff() IS 'Internal: the gateway''s staff id, or insufficient_privilege.';

-- Everything the gateway needs to build a request's FHIR document (it never reads the tables itself).
CREATE OR REPLACE FUNCTION insurance.request_subject(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_req    insurance.request;
    v_doc    jsonb;
    v_claim  billing.claim;
BEGIN
    SELECT * INTO v_req FROM insurance.request r WHERE r.id = p_id;
    SELECT jsonb_build_object(
               'request_id', v_req.request_id, 'kind', v_req.kind, 'created', v_req.requested_at,
               'currency', coalesce((SELECT s.value #>> '{}' FROM core.setting s WHERE s.key = 'currency'), 'GBP'),
               'serviced_date', billing.local_day(now()),
               'patient', jsonb_build_object('id', p.id, 'mrn', p.mrn, 'family_name', p.family_name,
                                             'given_name', p.given_name, 'birth_date', p.birth_date, 'sex', p.sex),
               'coverage', jsonb_build_object('id', cv.id, 'member_number', cv.member_number, 'plan_code', pl.code,
                                              'plan_name', pl.name),
               'payer', jsonb_build_object('code', py.code, 'identifier', py.identifier, 'name', py.name),
               'provider', jsonb_build_object(
                   'name', coalesce((SELECT s.value #>> '{}' FROM core.setting s WHERE s.key = 'hospital_name'), 'Hospital'),
                   'identifier', coalesce((SELECT s.value #>> '{}' FROM core.setting s WHERE s.key = 'hospital_tax_id'),
                                          'hospital')),
               'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('code', c, 'payer_code', coalesce(ic.payer_code, c))
                                                   ORDER BY o), '[]')
                           FROM unnest(v_req.item_codes) WITH ORDINALITY AS u(c, o)
                           LEFT JOIN insurance.item_code ic ON ic.payer_id = py.id AND ic.price_code = u.c AND ic.active))
      INTO v_doc
      FROM billing.coverage cv JOIN registry.patient p ON p.id = cv.patient_id
      JOIN billing.plan pl ON pl.id = cv.plan_id JOIN billing.payer py ON py.id = pl.payer_id
     WHERE cv.id = v_req.coverage_id;
    IF v_req.kind IN ('claim', 'status') THEN
        SELECT * INTO v_claim FROM billing.claim c WHERE c.id = v_req.claim_id;
        v_doc := v_doc || jsonb_build_object(
            'claim', jsonb_build_object(
                'id', v_claim.id, 'idempotency_key', v_claim.idempotency_key, 'created', v_claim.created_at,
                'currency', v_claim.currency, 'claimed', v_claim.claimed_amount,
                'invoice_number', (SELECT i.number FROM billing.invoice i WHERE i.id = v_claim.invoice_id),
                'payer_reference', v_claim.payer_reference),
            'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                 'sequence', ci.sequence, 'code', l.code, 'payer_code', ic.payer_code,
                                 'payer_display', ic.payer_display, 'description', l.description,
                                 'service_date', l.service_date, 'quantity', l.quantity, 'unit_amount', l.unit_amount,
                                 'claimed_amount', ci.claimed_amount) ORDER BY ci.sequence), '[]')
                        FROM billing.claim_item ci JOIN billing.invoice_line l ON l.id = ci.invoice_line_id
                        LEFT JOIN insurance.item_code ic ON ic.payer_id = v_claim.payer_id AND ic.price_code = l.code
                                                        AND ic.active
                       WHERE ci.claim_id = v_claim.id),
            -- The payer's references of the approved pre-authorisations valid on any of the claim's service dates.
            'preauth_refs', (SELECT coalesce(jsonb_agg(DISTINCT pa.payer_reference), '[]')
                               FROM insurance.preauthorization pa
                               JOIN billing.invoice_line l ON l.invoice_id = v_claim.invoice_id
                              WHERE pa.coverage_id = v_claim.coverage_id AND pa.status IN ('approved', 'partial')
                                AND l.service_date BETWEEN coalesce(pa.valid_from, l.service_date)
                                                       AND coalesce(pa.valid_until, l.service_date)));
    ELSIF v_req.kind = 'preauthorization' THEN
        v_doc := v_doc || (SELECT jsonb_build_object(
            'preauthorization', jsonb_build_object('id', pa.id, 'reason', pa.reason, 'requested', pa.requested_amount,
                                                   'currency', pa.currency, 'admission_id', pa.admission_id,
                                                   'admitted_at', a.admitted_at,
                                                   'expected_discharge', a.expected_discharge),
            'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                 'sequence', i.sequence, 'code', i.price_code, 'payer_code', ic.payer_code,
                                 'payer_display', ic.payer_display, 'description', i.description,
                                 'service_date', billing.local_day(coalesce(a.admitted_at, pa.requested_at)),
                                 'quantity', i.quantity, 'unit_amount', i.unit_amount, 'claimed_amount', i.amount)
                                 ORDER BY i.sequence), '[]')
                        FROM insurance.preauthorization_item i
                        LEFT JOIN insurance.item_code ic ON ic.payer_id = pa.payer_id AND ic.price_code = i.price_code
                                                        AND ic.active
                       WHERE i.preauthorization_id = pa.id))
            FROM insurance.preauthorization pa LEFT JOIN adt.admission a ON a.id = pa.admission_id
           WHERE pa.id = v_req.preauthorization_id);
    ELSIF v_req.kind = 'communication' THEN
        v_doc := v_doc || (SELECT jsonb_build_object(
            'query', jsonb_build_object('id', q.id, 'payer_reference', q.payer_reference, 'answer', q.answer,
                                        'answered_at', q.answered_at,
                                        'about', coalesce(c.idempotency_key, r.request_id)),
            'attachments', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                       'title', a.title, 'content_type', a.content_type,
                                       'content_base64', translate(encode(a.content, 'base64'), E'\n', ''))
                                       ORDER BY a.id), '[]')
                              FROM insurance.query_attachment a WHERE a.query_id = q.id))
            FROM insurance.payer_query q LEFT JOIN billing.claim c ON c.id = q.claim_id
            LEFT JOIN insurance.request r ON r.preauthorization_id = q.preauthorization_id AND r.kind = 'preauthorization'
           WHERE q.id = v_req.query_id);
    END IF;
    RETURN v_doc;
END
$$;
COMMENT ON FUNCTION insurance.request_subject(bigint) IS
    'Internal: what a request''s FHIR document is built from (patient, coverage, payer, provider, items, ...).';

-- The due requests, locked for this gateway: queued ones at their next attempt, sent ones whose answer is late
-- (they are sent again with the same id; the payer answers a repeat with the answer it has). Taking one pushes
-- its next attempt out by the lease, so a gateway killed while sending leaves it to be taken again later.
CREATE OR REPLACE FUNCTION insurance.gateway_take(p_limit integer DEFAULT 20, p_lease_seconds integer DEFAULT 60,
                                                  p_payers text[] DEFAULT NULL)
RETURNS TABLE (id bigint, request_id uuid, kind text, payer_code text, status text, attempts integer,
               document jsonb, subject jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM insurance.gateway_staff();
    IF p_limit NOT BETWEEN 1 AND 500 OR p_lease_seconds NOT BETWEEN 1 AND 3600 THEN
        RAISE EXCEPTION 'take 1 to 500 requests with a lease of 1 to 3600 seconds'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('insurance.take_1_500_requests');
    END IF;
    RETURN QUERY
    WITH due AS (
        SELECT r.id FROM insurance.request r
         WHERE r.status IN ('queued', 'sent') AND r.next_attempt_at <= now()
           AND (p_payers IS NULL OR r.payer_id IN (SELECT py.id FROM billing.payer py WHERE py.code = ANY (p_payers)))
         ORDER BY r.next_attempt_at, r.id LIMIT p_limit FOR UPDATE SKIP LOCKED
    ), taken AS (
        UPDATE insurance.request r
           SET attempts = r.attempts + 1, next_attempt_at = now() + make_interval(secs => p_lease_seconds)
          FROM due WHERE r.id = due.id
        RETURNING r.*
    )
    SELECT t.id, t.request_id, t.kind, py.code, t.status, t.attempts, t.document,
           CASE WHEN t.document IS NULL THEN insurance.request_subject(t.id) END
      FROM taken t JOIN billing.payer py ON py.id = t.payer_id
     ORDER BY t.id;
END
$$;
COMMENT ON FUNCTION insurance.gateway_take(integer, integer, text[]) IS
    'Gateway: lock and lease the due requests (of the given payers: those the gateway has a configuration for); '
    'the subject to build a document from when none is fixed yet.';

CREATE OR REPLACE FUNCTION insurance.gateway_fix_document(p_id bigint, p_document jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_req  insurance.request;
BEGIN
    PERFORM insurance.gateway_staff();
    SELECT * INTO v_req FROM insurance.request r WHERE r.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no request with id %', p_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('insurance.request_not_found', p_id::text);
    END IF;
    IF p_document IS NULL OR jsonb_typeof(p_document) <> 'object' OR NOT p_document ? 'resourceType' THEN
        RAISE EXCEPTION 'the document to send is not a FHIR resource'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('insurance.document_send_not_fhir');
    END IF;
    IF v_req.document IS NOT NULL THEN
        IF v_req.document <> p_document THEN
            RAISE EXCEPTION 'request % was already sent with a different document: a retry sends the same one', p_id
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('insurance.request_already_sent_different', p_id::text);
        END IF;
        RETURN;
    END IF;
    UPDATE insurance.request r SET document = p_document WHERE r.id = p_id;
    IF v_req.kind = 'claim' THEN
        UPDATE billing.claim c SET fhir_claim = p_document, attempts = c.attempts + 1, last_attempt_at = now()
         WHERE c.id = v_req.claim_id;
    END IF;
END
$$;
COMMENT ON FUNCTION insurance.gateway_fix_document(bigint, jsonb) IS
    'Gateway: store the FHIR document of a request before its first sending; every retry must send the same.';

CREATE OR REPLACE FUNCTION insurance.gateway_sent(p_id bigint, p_correlation_id text, p_answer_within_seconds integer)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM insurance.gateway_staff();
    UPDATE insurance.request r
       SET status = 'sent', sent_at = coalesce(r.sent_at, now()), last_error = NULL,
           correlation_id = coalesce(left(nullif(p_correlation_id, ''), 100), r.correlation_id),
           next_attempt_at = now() + make_interval(secs => greatest(1, least(p_answer_within_seconds, 86400)))
     WHERE r.id = p_id AND r.status IN ('queued', 'sent');
END
$$;
COMMENT ON FUNCTION insurance.gateway_sent(bigint, text, integer) IS
    'Gateway: the payer took the request (asynchronous: HTTP 202 with a correlation id); when no answer came '
    'within the given seconds the request is sent again.';

CREATE OR REPLACE FUNCTION insurance.gateway_failed(p_id bigint, p_error text, p_retryable boolean,
                                                    p_max_attempts integer DEFAULT 8) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_req  insurance.request;
BEGIN
    PERFORM insurance.gateway_staff();
    SELECT * INTO v_req FROM insurance.request r WHERE r.id = p_id FOR UPDATE;
    IF NOT FOUND OR v_req.status NOT IN ('queued', 'sent') THEN
        RETURN 'not pending';
    END IF;
    IF p_retryable AND v_req.attempts < greatest(1, p_max_attempts) THEN
        -- Back off 2, 4, 8 ... seconds, at most 5 minutes.
        UPDATE insurance.request r
           SET last_error = left(coalesce(p_error, 'unknown error'), 500),
               next_attempt_at = now() + make_interval(secs => least(300, 2 ^ least(v_req.attempts, 12)))
         WHERE r.id = p_id;
        RETURN 'retry';
    END IF;
    UPDATE insurance.request r SET status = 'failed', last_error = left(coalesce(p_error, 'unknown error'), 500)
     WHERE r.id = p_id;
    RETURN 'failed';
END
$$;
COMMENT ON FUNCTION insurance.gateway_failed(bigint, text, boolean, integer) IS
    'Gateway: a sending failed; retried later with back-off when it may help, else the request failed.';

-- An amount a payer sent, as a number: NULL stays NULL; NaN and ±Infinity, which PostgreSQL's numeric accepts (and
-- NaN compares greater than every number, so "amount > 0" and least(claimed, NaN) = claimed let it through), and
-- anything that is not a number are refused, so a malformed answer changes nothing instead of approving in full.
CREATE OR REPLACE FUNCTION insurance.payer_amount(p_value jsonb, p_what text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_amount numeric;
BEGIN
    IF p_value IS NULL OR jsonb_typeof(p_value) = 'null' THEN
        RETURN NULL;
    END IF;
    BEGIN
        v_amount := (p_value #>> '{}')::numeric;
    EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
        v_amount := 'NaN';
    END;
    IF v_amount IN ('NaN', 'Infinity', '-Infinity') OR abs(v_amount) >= 1e10 THEN
        RAISE EXCEPTION 'the payer''s % is not an amount: %', p_what, left(p_value #>> '{}', 40)
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('insurance.payer_amount_invalid', p_what, left(p_value #>> '{}', 40));
    END IF;
    RETURN v_amount;
END
$$;
COMMENT ON FUNCTION insurance.payer_amount(jsonb, text) IS
    'Internal: an amount from a payer''s answer, refused (invalid_parameter_value) when not a finite number.';

-- A ClaimResponse for a claim. The outcome follows from the amounts, whatever the payer called it: items are
-- capped at what was claimed (a payer never pays more than it was asked), and the approved total is the sum of the
-- items when the payer adjudicated per item.
CREATE OR REPLACE FUNCTION insurance.apply_claim_answer(p_claim_id bigint, p_reading jsonb, p_response jsonb)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_claim     billing.claim;
    v_items     jsonb;
    v_approved  numeric;
    v_outcome   text;
BEGIN
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id;
    IF p_reading ->> 'outcome' = 'pending' THEN
        UPDATE billing.claim c SET outcome_reason = left(coalesce(p_reading ->> 'reason', 'queued by the payer'), 500),
                                   payer_reference = coalesce(left(p_reading ->> 'payer_reference', 100), c.payer_reference)
         WHERE c.id = p_claim_id AND c.status = 'submitted';
        RETURN 'claim pended by the payer';
    END IF;
    IF v_claim.status <> 'submitted' THEN
        RETURN 'claim already ' || v_claim.status || ': answer kept, nothing changed';
    END IF;
    SELECT jsonb_agg(jsonb_build_object('sequence', ci.sequence,
                                        'approved', least(ci.claimed_amount, greatest(0, insurance.payer_amount(
                                                              x -> 'approved', 'approved amount'))),
                                        'reason', x ->> 'reason')),
           sum(least(ci.claimed_amount, greatest(0, insurance.payer_amount(x -> 'approved', 'approved amount'))))
      INTO v_items, v_approved
      FROM jsonb_array_elements(coalesce(p_reading -> 'items', '[]')) x
      JOIN billing.claim_item ci ON ci.claim_id = p_claim_id AND ci.sequence = (x ->> 'sequence')::integer;
    IF v_items IS NULL THEN
        v_approved := least(v_claim.claimed_amount,
                            greatest(0, coalesce(insurance.payer_amount(p_reading -> 'approved', 'approved amount'), 0)));
    END IF;
    v_outcome := CASE WHEN v_approved <= 0 THEN 'rejected' WHEN v_approved >= v_claim.claimed_amount THEN 'approved'
                      ELSE 'partial' END;
    PERFORM billing.apply_claim_response(p_claim_id, v_outcome, v_approved, p_reading ->> 'payer_reference',
                                         p_reading ->> 'reason', p_response, coalesce(v_items, '[]'));
    RETURN 'claim ' || v_outcome;
END
$$;
COMMENT ON FUNCTION insurance.apply_claim_answer(bigint, jsonb, jsonb) IS
    'Internal: a payer''s ClaimResponse applied to a claim (pended, or decided once: approved, partial, rejected).';

CREATE OR REPLACE FUNCTION insurance.apply_preauthorization_answer(p_preauthorization_id bigint, p_reading jsonb)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_pa       insurance.preauthorization;
    v_outcome  text := p_reading ->> 'outcome';
    v_item     jsonb;
    v_sum      numeric;
BEGIN
    SELECT * INTO v_pa FROM insurance.preauthorization pa WHERE pa.id = p_preauthorization_id FOR UPDATE;
    IF v_pa.status NOT IN ('requested', 'pended') THEN
        RETURN 'pre-authorisation already ' || v_pa.status || ': answer kept, nothing changed';
    END IF;
    IF v_outcome = 'pending' THEN
        UPDATE insurance.preauthorization pa
           SET status = 'pended', outcome_reason = left(p_reading ->> 'reason', 500),
               payer_reference = coalesce(left(p_reading ->> 'preauth_ref', 100), pa.payer_reference)
         WHERE pa.id = p_preauthorization_id;
        RETURN 'pre-authorisation pended';
    END IF;
    -- 'decided': per item as adjudicated (unnamed items denied); 'approved' without items: every item in full.
    IF v_outcome IS NULL OR v_outcome NOT IN ('approved', 'partial', 'rejected', 'decided') THEN
        RAISE EXCEPTION 'a pre-authorisation answer is decided, approved, partial, rejected or pending, not %',
                        coalesce(v_outcome, 'nothing')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('insurance.pre_authorisation_answer_decided',
                                               coalesce(v_outcome, 'nothing'));
    END IF;
    FOR v_item IN SELECT * FROM jsonb_array_elements(coalesce(p_reading -> 'items', '[]')) LOOP
        UPDATE insurance.preauthorization_item i  -- capped at what was asked, like a claim's items
           SET approved_amount = least(i.amount, greatest(0, insurance.payer_amount(v_item -> 'approved',
                                                                                     'approved amount'))),
               reason = left(v_item ->> 'reason', 500)
         WHERE i.preauthorization_id = p_preauthorization_id AND i.sequence = (v_item ->> 'sequence')::integer;
    END LOOP;
    UPDATE insurance.preauthorization_item i
       SET approved_amount = CASE WHEN v_outcome = 'approved' THEN i.amount ELSE 0 END
     WHERE i.preauthorization_id = p_preauthorization_id AND i.approved_amount IS NULL;
    SELECT sum(i.approved_amount) INTO v_sum FROM insurance.preauthorization_item i
     WHERE i.preauthorization_id = p_preauthorization_id;
    UPDATE insurance.preauthorization pa
       SET status = CASE WHEN v_sum <= 0 THEN 'denied' WHEN v_sum >= pa.requested_amount THEN 'approved' ELSE 'partial' END,
           approved_amount = least(v_sum, pa.requested_amount),
           payer_reference = coalesce(left(p_reading ->> 'preauth_ref', 100), left(p_reading ->> 'payer_reference', 100),
                                      pa.payer_reference),
           valid_from = core.check_day((p_reading ->> 'period_start')::date, 'the start of the approval'),
           valid_until = core.check_day((p_reading ->> 'period_end')::date, 'the end of the approval'),
           outcome_reason = left(nullif(btrim(p_reading ->> 'reason'), ''), 500), answered_at = now()
     WHERE pa.id = p_preauthorization_id;
    RETURN 'pre-authorisation ' || (SELECT pa.status FROM insurance.preauthorization pa WHERE pa.id = p_preauthorization_id);
END
$$;
COMMENT ON FUNCTION insurance.apply_preauthorization_answer(bigint, jsonb) IS
    'Internal: a payer''s ClaimResponse (use preauthorization) applied: pended, or decided once per item.';

CREATE OR REPLACE FUNCTION insurance.apply_remittance(p_payer_id bigint, p_message bigint, p_staff bigint,
                                                      p_reading jsonb) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_rem     bigint;
    v_line    jsonb;
    v_no      integer := 0;
    v_claim   bigint;
    v_amount  numeric;
    v_posted  integer := 0;
    v_open    integer := 0;
BEGIN
    INSERT INTO insurance.remittance (payer_id, message_id, payer_reference, payment_date, total, currency)
    VALUES (p_payer_id, p_message, p_reading ->> 'payer_reference',
            core.check_day((p_reading ->> 'payment_date')::date, 'the payment date'),
            insurance.payer_amount(p_reading -> 'total', 'payment total'), p_reading ->> 'currency')
    ON CONFLICT ON CONSTRAINT uq_remittance_payer_id_payer_reference DO NOTHING
    RETURNING id INTO v_rem;
    IF v_rem IS NULL THEN
        RETURN 'remittance ' || (p_reading ->> 'payer_reference') || ' already received: nothing posted again';
    END IF;
    FOR v_line IN SELECT * FROM jsonb_array_elements(coalesce(p_reading -> 'lines', '[]')) LOOP
        v_no := v_no + 1;
        v_amount := insurance.payer_amount(v_line -> 'amount', 'amount paid for a claim');
        SELECT c.id INTO v_claim FROM billing.claim c
         WHERE c.payer_id = p_payer_id
           AND (c.idempotency_key::text = v_line ->> 'claim_reference' OR c.payer_reference = v_line ->> 'claim_reference')
         ORDER BY c.id LIMIT 1;
        IF v_claim IS NULL THEN
            INSERT INTO insurance.remittance_line (remittance_id, line_no, claim_reference, amount, status, note)
            VALUES (v_rem, v_no, left(v_line ->> 'claim_reference', 100), v_amount, 'unmatched',
                    'no claim of ours on this payer has that identifier');
            v_open := v_open + 1;
            CONTINUE;
        END IF;
        BEGIN
            INSERT INTO insurance.remittance_line (remittance_id, line_no, claim_reference, claim_id, amount, status,
                                                   payment_id)
            VALUES (v_rem, v_no, left(v_line ->> 'claim_reference', 100), v_claim, v_amount, 'posted',
                    billing.post_payer_payment_as(p_staff, now(), v_claim, v_amount, p_reading ->> 'payer_reference'));
            v_posted := v_posted + 1;
        EXCEPTION WHEN check_violation OR object_not_in_prerequisite_state OR invalid_parameter_value THEN
            INSERT INTO insurance.remittance_line (remittance_id, line_no, claim_reference, claim_id, amount, status, note)
            VALUES (v_rem, v_no, left(v_line ->> 'claim_reference', 100), v_claim, v_amount, 'refused', left(SQLERRM, 500));
            v_open := v_open + 1;
        END;
    END LOOP;
    RETURN format('remittance %s: %s posted, %s to reconcile', p_reading ->> 'payer_reference', v_posted, v_open);
END
$$;
COMMENT ON FUNCTION insurance.apply_remittance(bigint, bigint, bigint, jsonb) IS
    'Internal: a payer''s PaymentReconciliation, once per payer reference: each line posted as the payer''s payment '
    'of its claim, or left unmatched / refused for billing to reconcile.';

-- The one way a payer's answer enters the database. p_reading is what the gateway read from the document
-- (server_db/insurance_gateway/fhir.py); the document itself is kept as received. Returns what was done.
CREATE OR REPLACE FUNCTION insurance.gateway_record(p_payer_code text, p_message_id text, p_request_id uuid,
                                                    p_document jsonb, p_reading jsonb) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff    bigint := insurance.gateway_staff();
    v_payer    bigint;
    v_req      insurance.request;
    v_type     text := p_document ->> 'resourceType';
    v_message  bigint;
    v_outcome  text;
    v_final    boolean := true;
    v_claim    bigint;
    v_pa       bigint;
BEGIN
    SELECT py.id INTO v_payer FROM billing.payer py WHERE py.code = p_payer_code;
    IF v_payer IS NULL THEN
        RAISE EXCEPTION 'no payer %', p_payer_code
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('insurance.payer_not_found', p_payer_code);
    END IF;
    IF p_reading IS NULL OR jsonb_typeof(p_reading) <> 'object' THEN
        RAISE EXCEPTION 'the reading of the answer is missing'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('insurance.reading_answer_missing');
    END IF;
    IF p_request_id IS NOT NULL THEN
        SELECT * INTO v_req FROM insurance.request r WHERE r.request_id = p_request_id AND r.payer_id = v_payer FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'payer % answered request % that was never sent to it', p_payer_code, p_request_id
                USING ERRCODE = 'no_data_found',
                      DETAIL = core.message_detail('insurance.payer_answered_request_never', p_payer_code,
                                                   p_request_id::text);
        END IF;
    END IF;
    INSERT INTO insurance.message (payer_id, message_id, request_id, resource_type, document, outcome)
    VALUES (v_payer, p_message_id, v_req.id, v_type, p_document, 'received')
    ON CONFLICT ON CONSTRAINT uq_message_payer_id_message_id DO NOTHING
    RETURNING id INTO v_message;
    IF v_message IS NULL THEN
        -- The payer answered this request with a decision we already have (a status request answered with the
        -- claim's last response): the request is answered; nothing else changes.
        IF v_req.id IS NOT NULL AND v_type IN ('ClaimResponse', 'CoverageEligibilityResponse')
           AND p_reading ->> 'outcome' IS DISTINCT FROM 'pending' THEN
            UPDATE insurance.request r SET status = 'answered', answered_at = now(), sent_at = coalesce(r.sent_at, now())
             WHERE r.id = v_req.id AND r.status IN ('queued', 'sent');
        END IF;
        RETURN 'duplicate: message ' || p_message_id || ' was recorded before';
    END IF;

    IF v_type = 'OperationOutcome' THEN
        IF v_req.id IS NULL THEN
            v_outcome := 'payer error without a request: kept';
        ELSE
            UPDATE insurance.request r SET status = 'failed',
                   last_error = left('the payer refused the request: ' || coalesce(p_reading ->> 'reason', 'no reason'), 500)
             WHERE r.id = v_req.id AND r.status IN ('queued', 'sent');
            v_outcome := 'request refused by the payer';
            v_final := false;
        END IF;
    ELSIF v_type = 'CoverageEligibilityResponse' THEN
        IF v_req.id IS NULL OR v_req.kind <> 'eligibility' THEN
            RAISE EXCEPTION 'an eligibility answer must answer an eligibility request'
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('insurance.eligibility_answer_answer_eligibility');
        END IF;
        IF v_req.status = 'answered' THEN
            v_outcome := 'eligibility already answered: kept';
        ELSE
            INSERT INTO insurance.eligibility (request_id, message_id, patient_id, coverage_id, covered, plan_code,
                                               benefit_start, benefit_end, benefits, excluded_items, disposition)
            VALUES (v_req.id, v_message, v_req.patient_id, v_req.coverage_id, (p_reading ->> 'covered')::boolean,
                    left(p_reading ->> 'plan_code', 100), (p_reading ->> 'benefit_start')::date,
                    (p_reading ->> 'benefit_end')::date, coalesce(p_reading -> 'benefits', '[]'),
                    coalesce(ARRAY(SELECT jsonb_array_elements_text(p_reading -> 'excluded_items')), '{}'),
                    left(p_reading ->> 'disposition', 500));
            v_outcome := CASE WHEN (p_reading ->> 'covered')::boolean THEN 'covered' ELSE 'not covered' END;
        END IF;
    ELSIF v_type = 'ClaimResponse' THEN
        IF v_req.id IS NULL THEN
            -- A decision the payer pushes later (a pended claim decided): found by our claim identifier.
            SELECT c.id INTO v_claim FROM billing.claim c
             WHERE c.payer_id = v_payer AND c.idempotency_key::text = p_reading ->> 'request_identifier';
            SELECT pa.id INTO v_pa FROM insurance.request r JOIN insurance.preauthorization pa ON pa.id = r.preauthorization_id
             WHERE r.payer_id = v_payer AND r.request_id::text = p_reading ->> 'request_identifier';
        ELSIF v_req.kind IN ('claim', 'status') THEN
            v_claim := v_req.claim_id;
        ELSIF v_req.kind = 'preauthorization' THEN
            v_pa := v_req.preauthorization_id;
        ELSE
            RAISE EXCEPTION 'a claim response cannot answer a % request', v_req.kind
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('insurance.claim_response_answer_request', v_req.kind::text);
        END IF;
        IF v_claim IS NOT NULL THEN
            v_outcome := insurance.apply_claim_answer(v_claim, p_reading, p_document);
        ELSIF v_pa IS NOT NULL THEN
            v_outcome := insurance.apply_preauthorization_answer(v_pa, p_reading);
        ELSE
            v_outcome := 'claim response for nothing of ours: kept';
        END IF;
        v_final := p_reading ->> 'outcome' <> 'pending';
        IF v_final AND v_req.id IS NULL THEN
            -- The pushed decision also answers the requests still waiting for it.
            UPDATE insurance.request r SET status = 'answered', answered_at = now(), sent_at = coalesce(r.sent_at, now())
             WHERE r.status IN ('queued', 'sent')
               AND (r.claim_id = v_claim OR r.preauthorization_id = v_pa) AND r.kind IN ('claim', 'status', 'preauthorization');
        END IF;
    ELSIF v_type = 'CommunicationRequest' THEN
        SELECT c.id INTO v_claim FROM billing.claim c
         WHERE c.payer_id = v_payer AND c.idempotency_key::text = p_reading ->> 'about';
        SELECT r.preauthorization_id INTO v_pa FROM insurance.request r
         WHERE r.payer_id = v_payer AND r.kind = 'preauthorization' AND r.request_id::text = p_reading ->> 'about';
        IF v_claim IS NULL AND v_pa IS NULL THEN
            v_outcome := 'query about nothing of ours: kept';
        ELSE
            INSERT INTO insurance.payer_query (payer_id, message_id, claim_id, preauthorization_id, payer_reference,
                                               question, requested_documents)
            VALUES (v_payer, v_message, v_claim, CASE WHEN v_claim IS NULL THEN v_pa END,
                    left(coalesce(p_reading ->> 'payer_reference', p_message_id), 100),
                    left(coalesce(nullif(btrim(p_reading ->> 'question'), ''), 'The payer asks for documents.'), 2000),
                    coalesce(ARRAY(SELECT left(x, 200) FROM jsonb_array_elements_text(p_reading -> 'requested_documents') x),
                             '{}'));
            v_outcome := 'payer query opened';
        END IF;
        v_final := false;
    ELSIF v_type = 'PaymentReconciliation' THEN
        v_outcome := insurance.apply_remittance(v_payer, v_message, v_staff, p_reading);
        v_final := false;
    END IF;

    IF v_req.id IS NOT NULL AND v_final THEN
        UPDATE insurance.request r SET status = 'answered', answered_at = now(), sent_at = coalesce(r.sent_at, now()),
                                       last_error = NULL
         WHERE r.id = v_req.id AND r.status IN ('queued', 'sent');
        -- A status answer that decides the claim also answers the claim's own request.
        IF v_req.kind = 'status' THEN
            UPDATE insurance.request r SET status = 'answered', answered_at = now()
             WHERE r.claim_id = v_req.claim_id AND r.kind = 'claim' AND r.status = 'sent';
        END IF;
    ELSIF v_req.id IS NOT NULL AND v_type = 'ClaimResponse' THEN
        -- Pended: the payer has it; wait longer before asking again.
        UPDATE insurance.request r SET status = 'sent', sent_at = coalesce(r.sent_at, now()),
                                       next_attempt_at = greatest(r.next_attempt_at, now() + interval '5 minutes')
         WHERE r.id = v_req.id AND r.status IN ('queued', 'sent');
    ELSIF v_req.id IS NOT NULL AND v_type = 'CommunicationRequest' THEN
        NULL;  -- a query does not answer the request; the decision comes after our reply
    END IF;
    UPDATE insurance.message m SET outcome = left(v_outcome, 500) WHERE m.id = v_message;
    RETURN v_outcome;
END
$$;
COMMENT ON FUNCTION insurance.gateway_record(text, text, uuid, jsonb, jsonb) IS
    'Gateway: record one message of a payer, once per message id (a repeat changes nothing): an eligibility answer, '
    'a claim or pre-authorisation decision (or pended), a query for documents, a remittance (posted), or a refusal.';

CREATE OR REPLACE FUNCTION insurance.gateway_communication_sent(p_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM insurance.gateway_staff();
    -- A Communication needs no answer of its own: the payer's decision answers the claim.
    UPDATE insurance.request r SET status = 'answered', sent_at = coalesce(r.sent_at, now()), answered_at = now(),
                                   last_error = NULL
     WHERE r.id = p_id AND r.kind = 'communication' AND r.status IN ('queued', 'sent');
END
$$;
COMMENT ON FUNCTION insurance.gateway_communication_sent(bigint) IS
    'Gateway: the payer took our answer to its query (nothing more is awaited for it).';

CREATE OR REPLACE FUNCTION insurance.gateway_waiting(p_payer_code text)
RETURNS TABLE (request_id uuid, kind text, correlation_id text, sent_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM insurance.gateway_staff();
    RETURN QUERY
    SELECT r.request_id, r.kind, r.correlation_id, r.sent_at FROM insurance.request r JOIN billing.payer py ON py.id = r.payer_id
     WHERE py.code = p_payer_code AND r.status = 'sent' ORDER BY r.sent_at;
END
$$;
COMMENT ON FUNCTION insurance.gateway_waiting(text) IS
    'Gateway: the requests a payer took and has not answered (what an asynchronous profile polls for).';

-- ---------------------------------------------------------------------------------------------------
-- Figures for billing's financial views (invoker: billing reads these tables under its own RLS)
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION insurance.claim_statistics(p_from date, p_to date)
RETURNS TABLE (month date, decided integer, approved integer, partial integer, rejected integer,
               claimed_amount numeric, approved_amount numeric, paid_claims integer,
               average_days_to_payment numeric)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR NOT isfinite(p_from) OR NOT isfinite(p_to) OR p_to < p_from
       OR p_to - p_from > 3660 THEN
        RAISE EXCEPTION 'give a period of at most ten years whose end is not before its start'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('insurance.give_period_most_ten');
    END IF;
    RETURN QUERY
    WITH decided AS (
        SELECT date_trunc('month', billing.local_day(c.answered_at))::date AS m, count(*)::integer AS n,
               (count(*) FILTER (WHERE c.status = 'approved'))::integer AS approved,
               (count(*) FILTER (WHERE c.status = 'partial'))::integer AS partial,
               (count(*) FILTER (WHERE c.status = 'rejected'))::integer AS rejected,
               sum(c.claimed_amount) AS claimed, coalesce(sum(c.approved_amount), 0) AS approved_amount
          FROM billing.claim c
         WHERE c.status IN ('approved', 'partial', 'rejected') AND c.answered_at IS NOT NULL
           AND billing.local_day(c.answered_at) BETWEEN p_from AND p_to
         GROUP BY 1
    ), paid AS (
        -- Days from sending the claim to the payer's first payment of it.
        SELECT date_trunc('month', billing.local_day(f.first_paid))::date AS m, count(*)::integer AS n,
               round(avg(extract(epoch FROM f.first_paid - f.submitted_at) / 86400)::numeric, 1) AS days
          FROM (SELECT c.submitted_at, min(pm.received_at) AS first_paid
                  FROM billing.claim c JOIN billing.payment pm ON pm.claim_id = c.id AND pm.amount > 0
                 WHERE c.submitted_at IS NOT NULL GROUP BY c.id, c.submitted_at) f
         WHERE billing.local_day(f.first_paid) BETWEEN p_from AND p_to
         GROUP BY 1
    )
    SELECT coalesce(d.m, p.m), coalesce(d.n, 0), coalesce(d.approved, 0), coalesce(d.partial, 0),
           coalesce(d.rejected, 0), coalesce(d.claimed, 0), coalesce(d.approved_amount, 0), coalesce(p.n, 0), p.days
      FROM decided d FULL JOIN paid p ON p.m = d.m
     ORDER BY 1;
END
$$;
COMMENT ON FUNCTION insurance.claim_statistics(date, date) IS
    'Billing: per month of the period, the claims the payers decided (approved, partial, rejected, amounts) and '
    'the claims first paid, with the average days from sending to that payment.';

CREATE OR REPLACE FUNCTION insurance.claim_rejection_reasons(p_from date, p_to date)
RETURNS TABLE (reason text, items integer, amount numeric)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR NOT isfinite(p_from) OR NOT isfinite(p_to) OR p_to < p_from
       OR p_to - p_from > 3660 THEN
        RAISE EXCEPTION 'give a period of at most ten years whose end is not before its start'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('insurance.give_period_most_ten');
    END IF;
    RETURN QUERY
    SELECT left(coalesce(nullif(btrim(ci.reason), ''), nullif(btrim(c.outcome_reason), ''), 'no reason given'), 120),
           count(*)::integer, sum(ci.claimed_amount - ci.approved_amount)
      FROM billing.claim c JOIN billing.claim_item ci ON ci.claim_id = c.id
     WHERE c.status IN ('partial', 'rejected') AND c.answered_at IS NOT NULL
       AND billing.local_day(c.answered_at) BETWEEN p_from AND p_to
       AND ci.approved_amount IS NOT NULL AND ci.approved_amount < ci.claimed_amount
     GROUP BY 1
     ORDER BY 3 DESC, 1
     LIMIT 12;
END
$$;
COMMENT ON FUNCTION insurance.claim_rejection_reasons(date, date) IS
    'Billing: what the payers refused of the claims decided in the period, by reason (the item''s, else the '
    'claim''s): items and amount refused, the 12 largest.';
