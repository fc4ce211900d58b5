-- =====================================================================================================
-- billing (second part): taxes, adjustments, invoices with gapless numbers, credit notes, payments and
-- receipts, the daily cash close, payers, plans, coverage and FHIR claims. Applied as hms_owner by migration
-- 0007 (140_finance.down.sql undoes it). Reports and the charge reconciliation are in 141_finance_reports.sql.
--
-- Who may do what:
--   * hms_billing reads charges, invoices, payments, coverage and claims, and changes them ONLY through the
--     SECURITY DEFINER functions below (each checks the caller is in hms_billing itself); it maintains
--     patients' coverage with column grants. Billing never reads clinical notes or results: what it learns of
--     a charge's clinical event is the kind, date, department and clinician (billing.patient_charges).
--   * hms_admin maintains the reference data: tax rates, payers, plans and coverage rules.
--   * clinical staff have no grant on anything here: they cannot issue, void or pay.
--
-- Gapless numbering: invoice, credit note and receipt numbers come from billing.number_series, one counter
-- row per (series, year), incremented by an UPDATE inside the issuing transaction. The row lock is held until
-- that transaction ends: a rollback undoes the increment, a commit keeps it, so committed numbers are
-- 1, 2, 3, ... without gaps or duplicates (a sequence would leave a gap for every rollback). The price is
-- that issuers of one series wait for each other's commit; an issuing transaction is short.
--
-- Money: prices are net; tax is added per line at the rate of the price item's group valid on the service
-- date (billing.tax_rate, 0 % when the group has none: clinical services are exempt by default). With a
-- coverage the payer takes coverage_percent of each line after the plan's co-pay; the patient the rest.
-- Nothing is deleted or edited: a wrong invoice is voided by a credit note (its charges become open again),
-- a payment is refunded by a negative payment, a charge is adjusted by discount or correction rows.
-- =====================================================================================================

INSERT INTO core.setting (key, value, description) VALUES
    ('hospital_address', '"1 Infirmary Road, Exampleton EX1 2AB, United Kingdom"',
     'Postal address printed in the header of invoices and receipts.'),
    ('hospital_tax_id', '"GB 123 4567 89"', 'Tax (VAT) registration number printed on invoices.'),
    ('hospital_bank_account', '"Exampleton Bank · Sort code 12-34-56 · Account 12345678"',
     'Bank details printed on invoices for bank transfers.'),
    ('invoice_payment_days', '30', 'Days after issue an invoice is due.'),
    ('claims_timeout_seconds', '10', 'Seconds the claims adapter waits for the insurance API before retrying.'),
    ('claims_max_attempts', '3', 'Attempts of the claims adapter per submission (retries use the same '
                                 'idempotency key, so the payer never registers a claim twice).');

-- ---------------------------------------------------------------------------------------------------
-- Tax rates
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.tax_rate (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    group_code  text         NOT NULL,
    rate        numeric(5,2) NOT NULL,
    label       text         NOT NULL,
    valid_from  date         NOT NULL DEFAULT current_date,
    valid_to    date,
    CONSTRAINT pk_tax_rate PRIMARY KEY (id),
    CONSTRAINT ck_tax_rate_group_code CHECK (group_code ~ '^[a-z][a-z0-9_]{1,39}$'),
    CONSTRAINT ck_tax_rate_rate CHECK (rate >= 0 AND rate < 100),
    CONSTRAINT ck_tax_rate_label CHECK (length(btrim(label)) BETWEEN 1 AND 60),
    CONSTRAINT ck_tax_rate_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ex_tax_rate_validity EXCLUDE USING gist (group_code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
COMMENT ON TABLE billing.tax_rate IS
    'Tax (VAT) rate per price group with validity (inclusive, never overlapping); a group without a rate is exempt.';
COMMENT ON COLUMN billing.tax_rate.rate IS 'Percent added to the net amount of each line of the group.';
GRANT SELECT ON billing.tax_rate TO hms_billing, hms_admin;
GRANT INSERT (group_code, rate, label, valid_from, valid_to), UPDATE (valid_to) ON billing.tax_rate TO hms_admin;
INSERT INTO billing.tax_rate (group_code, rate, label, valid_from) VALUES
    ('consultation', 0, 'Exempt (medical care)', DATE '2020-01-01'),
    ('lab_test', 0, 'Exempt (medical care)', DATE '2020-01-01'),
    ('drug', 0, 'Zero rated (prescribed medicine)', DATE '2020-01-01'),
    ('bed_day', 0, 'Exempt (medical care)', DATE '2020-01-01');

CREATE FUNCTION billing.tax_rate_at(p_group_code text, p_date date) RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT t.rate FROM billing.tax_rate t
                      WHERE t.group_code = p_group_code AND t.valid_from <= p_date
                        AND (t.valid_to IS NULL OR t.valid_to >= p_date)), 0)
$$;
COMMENT ON FUNCTION billing.tax_rate_at(text, date) IS 'The tax percent of a price group on a date (0 when none).';
GRANT EXECUTE ON FUNCTION billing.tax_rate_at(text, date) TO hms_billing, hms_admin;

-- ---------------------------------------------------------------------------------------------------
-- Payers, plans, coverage rules, patients' coverage
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.payer (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    code        text    NOT NULL,
    name        text    NOT NULL,
    kind        text    NOT NULL DEFAULT 'national',
    identifier  text    NOT NULL,
    api_url     text,
    active      boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_payer PRIMARY KEY (id),
    CONSTRAINT uq_payer_code UNIQUE (code),
    CONSTRAINT ck_payer_code CHECK (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
    CONSTRAINT ck_payer_name CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    CONSTRAINT ck_payer_kind CHECK (kind IN ('national', 'private')),
    CONSTRAINT ck_payer_identifier CHECK (length(btrim(identifier)) BETWEEN 1 AND 64),
    CONSTRAINT ck_payer_api_url CHECK (api_url ~ '^https?://[^ ]+$')
);
COMMENT ON TABLE billing.payer IS 'Insurers: the national health insurance and private insurers.';
COMMENT ON COLUMN billing.payer.identifier IS 'The payer''s organisation identifier used in FHIR claims.';
COMMENT ON COLUMN billing.payer.api_url IS 'Base URL of the payer''s claims API (FHIR R4: POST {api_url}/Claim).';

CREATE TABLE billing.plan (
    id        bigint GENERATED ALWAYS AS IDENTITY,
    payer_id  bigint  NOT NULL,
    code      text    NOT NULL,
    name      text    NOT NULL,
    active    boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_plan PRIMARY KEY (id),
    CONSTRAINT fk_plan_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT uq_plan_payer_id_code UNIQUE (payer_id, code),
    CONSTRAINT ck_plan_code CHECK (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
    CONSTRAINT ck_plan_name CHECK (length(btrim(name)) BETWEEN 1 AND 120)
);
COMMENT ON TABLE billing.plan IS 'A payer''s insurance plans; coverage rules are per plan and price group.';

CREATE TABLE billing.coverage_rule (
    id                bigint GENERATED ALWAYS AS IDENTITY,
    plan_id           bigint        NOT NULL,
    group_code        text          NOT NULL,
    coverage_percent  numeric(5,2)  NOT NULL,
    copay_amount      numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT pk_coverage_rule PRIMARY KEY (id),
    CONSTRAINT fk_coverage_rule_plan_id_plan FOREIGN KEY (plan_id) REFERENCES billing.plan (id),
    CONSTRAINT uq_coverage_rule_plan_id_group_code UNIQUE (plan_id, group_code),
    CONSTRAINT ck_coverage_rule_group_code CHECK (group_code ~ '^[a-z][a-z0-9_]{1,39}$'),
    CONSTRAINT ck_coverage_rule_percent CHECK (coverage_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_coverage_rule_copay CHECK (copay_amount >= 0)
);
COMMENT ON TABLE billing.coverage_rule IS
    'What a plan pays for a price group: coverage_percent of each line after a fixed co-pay per line (the '
    'patient pays the co-pay and the rest). A group without a rule is not covered.';

CREATE TABLE billing.coverage (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    patient_id     bigint      NOT NULL,
    plan_id        bigint      NOT NULL,
    member_number  text        NOT NULL,
    valid_from     date        NOT NULL,
    valid_to       date,
    status         text        NOT NULL DEFAULT 'active',
    cancel_reason  text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     bigint      NOT NULL DEFAULT core.current_staff_id(),
    CONSTRAINT pk_coverage PRIMARY KEY (id),
    CONSTRAINT fk_coverage_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_coverage_plan_id_plan FOREIGN KEY (plan_id) REFERENCES billing.plan (id),
    CONSTRAINT fk_coverage_created_by_staff FOREIGN KEY (created_by) REFERENCES core.staff (id),
    CONSTRAINT ck_coverage_member_number CHECK (member_number ~ '^[A-Z0-9][A-Z0-9-]{3,31}$'),
    CONSTRAINT ck_coverage_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_coverage_status CHECK (status IN ('active', 'cancelled')),
    CONSTRAINT ck_coverage_cancel_reason CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)
                                                AND (cancel_reason IS NULL OR length(btrim(cancel_reason)) >= 5)),
    CONSTRAINT ex_coverage_active EXCLUDE USING gist (patient_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
        WHERE (status = 'active')
);
COMMENT ON TABLE billing.coverage IS
    'A patient''s insurance: plan, member number, validity (inclusive). One active coverage per patient at a time; '
    'ended by valid_to, a mistake is cancelled with a reason.';
CREATE INDEX ix_coverage_plan_id ON billing.coverage (plan_id);

GRANT SELECT ON billing.payer, billing.plan, billing.coverage_rule TO hms_billing, hms_admin;
GRANT INSERT (code, name, kind, identifier, api_url, active), UPDATE (name, api_url, active)
   ON billing.payer TO hms_admin;
GRANT INSERT (payer_id, code, name, active), UPDATE (name, active) ON billing.plan TO hms_admin;
GRANT INSERT (plan_id, group_code, coverage_percent, copay_amount), UPDATE (coverage_percent, copay_amount)
   ON billing.coverage_rule TO hms_admin;
GRANT SELECT, INSERT (patient_id, plan_id, member_number, valid_from, valid_to),
      UPDATE (valid_to, status, cancel_reason) ON billing.coverage TO hms_billing;

CREATE FUNCTION billing.coverage_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.member_number := upper(btrim(NEW.member_number));
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = 'cancelled' AND (NEW.status, NEW.valid_to, NEW.cancel_reason)
                                        IS DISTINCT FROM (OLD.status, OLD.valid_to, OLD.cancel_reason) THEN
            RAISE EXCEPTION 'coverage % is cancelled and cannot change', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF NEW.status = 'cancelled' AND OLD.status = 'active'
           AND length(btrim(coalesce(NEW.cancel_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'cancelling a coverage needs a reason of at least 5 characters'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_coverage_cancel_reason';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION billing.coverage_check() IS
    'BEFORE INSERT OR UPDATE on billing.coverage: member number normalised; cancellation needs a reason, is final.';
CREATE TRIGGER coverage_check BEFORE INSERT OR UPDATE OF member_number, status, valid_to, cancel_reason
    ON billing.coverage FOR EACH ROW EXECUTE FUNCTION billing.coverage_check();

-- ---------------------------------------------------------------------------------------------------
-- Gapless numbers
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.number_series (
    series       text    NOT NULL,
    year         integer NOT NULL,
    last_number  integer NOT NULL DEFAULT 0,
    CONSTRAINT pk_number_series PRIMARY KEY (series, year),
    CONSTRAINT ck_number_series_series CHECK (series IN ('INV', 'CN', 'RCT')),
    CONSTRAINT ck_number_series_year CHECK (year BETWEEN 2000 AND 2999),
    CONSTRAINT ck_number_series_last_number CHECK (last_number >= 0)
);
COMMENT ON TABLE billing.number_series IS
    'Last number issued per series (INV invoices, CN credit notes, RCT receipts) and year; incremented inside '
    'the issuing transaction, so rolled-back issues leave no gap.';

-- The next number of a series: locks the counter row until the caller's transaction ends.
CREATE FUNCTION billing.next_number(p_series text, p_year integer) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO billing.number_series AS s (series, year, last_number) VALUES (p_series, p_year, 1)
    ON CONFLICT (series, year) DO UPDATE SET last_number = s.last_number + 1
    RETURNING s.last_number
$$;
COMMENT ON FUNCTION billing.next_number(text, integer) IS
    'Internal: the next gapless number of a series and year (row-locked until the transaction ends).';

CREATE FUNCTION billing.format_number(p_series text, p_year integer, p_seq integer) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_series || '-' || p_year::text || '-' || CASE WHEN p_seq < 1000000 THEN lpad(p_seq::text, 6, '0')
                                                           ELSE p_seq::text END
$$;
COMMENT ON FUNCTION billing.format_number(text, integer, integer) IS 'INV-2026-000042 style document numbers.';
GRANT EXECUTE ON FUNCTION billing.format_number(text, integer, integer) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Adjustments of charges
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.adjustment (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    charge_id   bigint        NOT NULL,
    kind        text          NOT NULL,
    amount      numeric(12,2) NOT NULL,
    reason      text          NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    created_by  bigint        NOT NULL,
    CONSTRAINT pk_adjustment PRIMARY KEY (id),
    CONSTRAINT fk_adjustment_charge_id_charge FOREIGN KEY (charge_id) REFERENCES billing.charge (id),
    CONSTRAINT fk_adjustment_created_by_staff FOREIGN KEY (created_by) REFERENCES core.staff (id),
    CONSTRAINT ck_adjustment_kind CHECK (kind IN ('discount', 'correction')),
    CONSTRAINT ck_adjustment_amount CHECK ((kind = 'discount' AND amount < 0) OR (kind = 'correction' AND amount <> 0)),
    CONSTRAINT ck_adjustment_reason CHECK (length(btrim(reason)) BETWEEN 5 AND 500)
);
COMMENT ON TABLE billing.adjustment IS
    'A discount (negative) or correction (either sign) of an open charge, with a reason; the charge itself is '
    'never edited. Billed as its own invoice line next to the charge.';
CREATE INDEX ix_adjustment_charge_id ON billing.adjustment (charge_id);
GRANT SELECT ON billing.adjustment TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Invoices and credit notes
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.invoice (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    kind           text          NOT NULL DEFAULT 'invoice',
    series         text          NOT NULL,
    year           integer       NOT NULL,
    seq            integer       NOT NULL,
    number         text          NOT NULL,
    patient_id     bigint        NOT NULL,
    encounter_id   bigint,
    coverage_id    bigint,
    credit_of_id   bigint,
    currency       char(3)       NOT NULL,
    net_amount     numeric(12,2) NOT NULL,
    tax_amount     numeric(12,2) NOT NULL,
    total_amount   numeric(12,2) NOT NULL,
    payer_share    numeric(12,2) NOT NULL,
    patient_share  numeric(12,2) NOT NULL,
    status         text          NOT NULL DEFAULT 'issued',
    issued_at      timestamptz   NOT NULL DEFAULT now(),
    issued_by      bigint        NOT NULL,
    due_date       date          NOT NULL,
    note           text,
    void_reason    text,
    voided_at      timestamptz,
    voided_by      bigint,
    CONSTRAINT pk_invoice PRIMARY KEY (id),
    CONSTRAINT uq_invoice_number UNIQUE (number),
    CONSTRAINT uq_invoice_series_year_seq UNIQUE (series, year, seq),
    CONSTRAINT uq_invoice_credit_of_id UNIQUE (credit_of_id),
    CONSTRAINT fk_invoice_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_invoice_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_invoice_coverage_id_coverage FOREIGN KEY (coverage_id) REFERENCES billing.coverage (id),
    CONSTRAINT fk_invoice_credit_of_id_invoice FOREIGN KEY (credit_of_id) REFERENCES billing.invoice (id),
    CONSTRAINT fk_invoice_issued_by_staff FOREIGN KEY (issued_by) REFERENCES core.staff (id),
    CONSTRAINT fk_invoice_voided_by_staff FOREIGN KEY (voided_by) REFERENCES core.staff (id),
    CONSTRAINT ck_invoice_kind CHECK ((kind = 'invoice' AND series = 'INV' AND credit_of_id IS NULL)
                                      OR (kind = 'credit_note' AND series = 'CN' AND credit_of_id IS NOT NULL)),
    CONSTRAINT ck_invoice_number CHECK (number = billing.format_number(series, year, seq) AND seq > 0),
    CONSTRAINT ck_invoice_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_invoice_totals CHECK (total_amount = net_amount + tax_amount
                                        AND total_amount = payer_share + patient_share),
    CONSTRAINT ck_invoice_sign CHECK (CASE kind WHEN 'invoice' THEN total_amount >= 0 AND payer_share >= 0
                                                                    AND patient_share >= 0
                                               ELSE total_amount <= 0 AND payer_share <= 0 AND patient_share <= 0 END),
    CONSTRAINT ck_invoice_status CHECK (status IN ('issued', 'void') AND (status = 'issued' OR kind = 'invoice')),
    CONSTRAINT ck_invoice_void CHECK ((status = 'void') = (void_reason IS NOT NULL)
                                      AND (status = 'void') = (voided_at IS NOT NULL)
                                      AND (status = 'void') = (voided_by IS NOT NULL)
                                      AND (void_reason IS NULL OR length(btrim(void_reason)) >= 5)),
    CONSTRAINT ck_invoice_note CHECK (length(note) <= 500)
);
COMMENT ON TABLE billing.invoice IS
    'Invoices (INV-year-n) and credit notes (CN-year-n, credit_of_id = the voided invoice, negative amounts), '
    'issued only by billing.issue_invoice / billing.void_invoice; numbers gapless per series and year.';
COMMENT ON COLUMN billing.invoice.encounter_id IS 'The visit or stay, when all the invoice''s charges come from one.';
COMMENT ON COLUMN billing.invoice.payer_share IS 'What the coverage''s payer is asked to pay (claimed).';
CREATE INDEX ix_invoice_patient_id ON billing.invoice (patient_id, issued_at);
CREATE INDEX ix_invoice_encounter_id ON billing.invoice (encounter_id);
CREATE INDEX ix_invoice_issued_at ON billing.invoice (issued_at);
GRANT SELECT ON billing.invoice TO hms_billing;

CREATE TABLE billing.invoice_line (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    invoice_id     bigint        NOT NULL,
    line_no        integer       NOT NULL,
    kind           text          NOT NULL,
    charge_id      bigint        NOT NULL,
    adjustment_id  bigint,
    code           text          NOT NULL,
    description    text          NOT NULL,
    service_date   date          NOT NULL,
    quantity       numeric       NOT NULL,
    unit_amount    numeric(12,2) NOT NULL,
    net_amount     numeric(12,2) NOT NULL,
    tax_rate       numeric(5,2)  NOT NULL,
    tax_amount     numeric(12,2) NOT NULL,
    total_amount   numeric(12,2) NOT NULL,
    payer_share    numeric(12,2) NOT NULL,
    patient_share  numeric(12,2) NOT NULL,
    live           boolean       NOT NULL DEFAULT true,
    CONSTRAINT pk_invoice_line PRIMARY KEY (id),
    CONSTRAINT uq_invoice_line_invoice_id_line_no UNIQUE (invoice_id, line_no),
    CONSTRAINT fk_invoice_line_invoice_id_invoice FOREIGN KEY (invoice_id) REFERENCES billing.invoice (id),
    CONSTRAINT fk_invoice_line_charge_id_charge FOREIGN KEY (charge_id) REFERENCES billing.charge (id),
    CONSTRAINT fk_invoice_line_adjustment_id_adjustment FOREIGN KEY (adjustment_id) REFERENCES billing.adjustment (id),
    CONSTRAINT ck_invoice_line_kind CHECK (kind IN ('charge', 'discount', 'correction')
                                           AND (kind = 'charge') = (adjustment_id IS NULL)),
    CONSTRAINT ck_invoice_line_totals CHECK (total_amount = net_amount + tax_amount
                                             AND total_amount = payer_share + patient_share),
    CONSTRAINT ck_invoice_line_tax_rate CHECK (tax_rate >= 0 AND tax_rate < 100)
);
COMMENT ON TABLE billing.invoice_line IS
    'Lines of an invoice or credit note: one per charge, one per adjustment of it. live = on an issued invoice '
    '(a charge is on at most one live invoice: unique index).';
CREATE UNIQUE INDEX uq_invoice_line_live_charge ON billing.invoice_line (charge_id) WHERE live AND kind = 'charge';
CREATE UNIQUE INDEX uq_invoice_line_live_adjustment ON billing.invoice_line (adjustment_id) WHERE live;
CREATE INDEX ix_invoice_line_charge_id ON billing.invoice_line (charge_id);
GRANT SELECT ON billing.invoice_line TO hms_billing;

-- Charge status follows its invoice lines: open -> invoiced only with a live line, invoiced -> open only when the
-- invoice was voided, void only from open (replaces the version of 100_billing.sql; the down file restores it).
CREATE OR REPLACE FUNCTION billing.charge_status_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_live boolean;
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.void_reason IS NOT DISTINCT FROM OLD.void_reason THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'void' THEN
        RAISE EXCEPTION 'charge % is void and cannot change', OLD.id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    v_live := EXISTS (SELECT 1 FROM billing.invoice_line l WHERE l.charge_id = OLD.id AND l.live AND l.kind = 'charge');
    IF NEW.status = 'void' THEN
        IF v_live THEN
            RAISE EXCEPTION 'charge % is on an issued invoice: void the invoice first', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
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
    IF OLD.status = 'open' AND NEW.status = 'invoiced' AND NOT v_live THEN
        RAISE EXCEPTION 'charge % is invoiced by issuing an invoice for it (billing.issue_invoice)', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF OLD.status = 'invoiced' AND NEW.status = 'open' AND v_live THEN
        RAISE EXCEPTION 'charge % is on an issued invoice: void the invoice to reopen it', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NOT ((OLD.status = 'open' AND NEW.status = 'invoiced') OR (OLD.status = 'invoiced' AND NEW.status = 'open')) THEN
        RAISE EXCEPTION 'a charge goes from open to invoiced (and back when its invoice is voided) or void, not % to %',
                        OLD.status, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION billing.charge_status_check() IS
    'BEFORE UPDATE OF status, void_reason on billing.charge: open <-> invoiced follows the live invoice line; '
    'void (with a reason) only when not on an issued invoice, and final.';

-- ---------------------------------------------------------------------------------------------------
-- Cash close, payments, claims
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.cash_close (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    cashier_id      bigint        NOT NULL,
    business_day    date          NOT NULL,
    closed_at       timestamptz   NOT NULL DEFAULT now(),
    payment_count   integer       NOT NULL,
    expected_cash   numeric(12,2) NOT NULL,
    counted_cash    numeric(12,2) NOT NULL,
    difference      numeric(12,2) NOT NULL,
    card_total      numeric(12,2) NOT NULL,
    transfer_total  numeric(12,2) NOT NULL,
    note            text,
    CONSTRAINT pk_cash_close PRIMARY KEY (id),
    CONSTRAINT uq_cash_close_cashier_id_business_day UNIQUE (cashier_id, business_day),
    CONSTRAINT fk_cash_close_cashier_id_staff FOREIGN KEY (cashier_id) REFERENCES core.staff (id),
    CONSTRAINT ck_cash_close_counted CHECK (counted_cash >= 0),
    CONSTRAINT ck_cash_close_difference CHECK (difference = counted_cash - expected_cash),
    CONSTRAINT ck_cash_close_note CHECK (length(note) <= 500
                                         AND (difference = 0 OR length(btrim(note)) >= 5))
);
COMMENT ON TABLE billing.cash_close IS
    'A cashier''s daily close: the payments they took that day (cash, card, transfer), the cash counted in the '
    'drawer and the difference (a difference needs an explanation). After the close the day takes no payments.';
GRANT SELECT ON billing.cash_close TO hms_billing;

CREATE TABLE billing.claim (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    invoice_id       bigint        NOT NULL,
    coverage_id      bigint        NOT NULL,
    payer_id         bigint        NOT NULL,
    idempotency_key  uuid          NOT NULL DEFAULT gen_random_uuid(),
    status           text          NOT NULL DEFAULT 'draft',
    claimed_amount   numeric(12,2) NOT NULL,
    approved_amount  numeric(12,2),
    currency         char(3)       NOT NULL,
    fhir_claim       jsonb,
    fhir_response    jsonb,
    attempts         integer       NOT NULL DEFAULT 0,
    last_attempt_at  timestamptz,
    last_error       text,
    payer_reference  text,
    outcome_reason   text,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    created_by       bigint        NOT NULL,
    submitted_at     timestamptz,
    answered_at      timestamptz,
    CONSTRAINT pk_claim PRIMARY KEY (id),
    CONSTRAINT uq_claim_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_claim_invoice_id_invoice FOREIGN KEY (invoice_id) REFERENCES billing.invoice (id),
    CONSTRAINT fk_claim_coverage_id_coverage FOREIGN KEY (coverage_id) REFERENCES billing.coverage (id),
    CONSTRAINT fk_claim_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT fk_claim_created_by_staff FOREIGN KEY (created_by) REFERENCES core.staff (id),
    CONSTRAINT ck_claim_status CHECK (status IN ('draft', 'submitted', 'approved', 'partial', 'rejected', 'cancelled')),
    CONSTRAINT ck_claim_claimed CHECK (claimed_amount > 0),
    CONSTRAINT ck_claim_approved CHECK (CASE status
        WHEN 'approved' THEN approved_amount = claimed_amount
        WHEN 'partial' THEN approved_amount > 0 AND approved_amount < claimed_amount
        WHEN 'rejected' THEN approved_amount = 0
        ELSE approved_amount IS NULL END),
    CONSTRAINT ck_claim_answered CHECK ((status IN ('approved', 'partial', 'rejected')) = (answered_at IS NOT NULL)),
    CONSTRAINT ck_claim_submitted CHECK ((status = 'draft' OR status = 'cancelled') OR
                                         (submitted_at IS NOT NULL AND fhir_claim IS NOT NULL)),
    CONSTRAINT ck_claim_attempts CHECK (attempts >= 0)
);
COMMENT ON TABLE billing.claim IS
    'A claim of an invoice''s payer share, exported as a FHIR R4 Claim and sent by the claims adapter; every '
    'attempt reuses idempotency_key, so a retry after a timeout never registers a second claim at the payer.';
CREATE UNIQUE INDEX uq_claim_live_invoice ON billing.claim (invoice_id) WHERE status <> 'cancelled';
CREATE INDEX ix_claim_status ON billing.claim (status);
GRANT SELECT ON billing.claim TO hms_billing;

CREATE TABLE billing.claim_item (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    claim_id         bigint        NOT NULL,
    sequence         integer       NOT NULL,
    invoice_line_id  bigint        NOT NULL,
    claimed_amount   numeric(12,2) NOT NULL,
    approved_amount  numeric(12,2),
    reason           text,
    CONSTRAINT pk_claim_item PRIMARY KEY (id),
    CONSTRAINT uq_claim_item_claim_id_sequence UNIQUE (claim_id, sequence),
    CONSTRAINT fk_claim_item_claim_id_claim FOREIGN KEY (claim_id) REFERENCES billing.claim (id),
    CONSTRAINT fk_claim_item_invoice_line_id_invoice_line FOREIGN KEY (invoice_line_id)
        REFERENCES billing.invoice_line (id),
    CONSTRAINT ck_claim_item_sequence CHECK (sequence > 0),
    CONSTRAINT ck_claim_item_reason CHECK (length(reason) <= 500)
);
COMMENT ON TABLE billing.claim_item IS 'The lines of a claim with the payer''s adjudication (approved amount, reason).';
GRANT SELECT ON billing.claim_item TO hms_billing;

CREATE TABLE billing.payment (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    year            integer       NOT NULL,
    seq             integer       NOT NULL,
    receipt_number  text          NOT NULL,
    invoice_id      bigint        NOT NULL,
    method          text          NOT NULL,
    amount          numeric(12,2) NOT NULL,
    currency        char(3)       NOT NULL,
    reference       text,
    claim_id        bigint,
    refund_of_id    bigint,
    refund_reason   text,
    received_at     timestamptz   NOT NULL DEFAULT now(),
    received_by     bigint        NOT NULL,
    cash_close_id   bigint,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT uq_payment_receipt_number UNIQUE (receipt_number),
    CONSTRAINT uq_payment_year_seq UNIQUE (year, seq),
    CONSTRAINT fk_payment_invoice_id_invoice FOREIGN KEY (invoice_id) REFERENCES billing.invoice (id),
    CONSTRAINT fk_payment_claim_id_claim FOREIGN KEY (claim_id) REFERENCES billing.claim (id),
    CONSTRAINT fk_payment_refund_of_id_payment FOREIGN KEY (refund_of_id) REFERENCES billing.payment (id),
    CONSTRAINT fk_payment_received_by_staff FOREIGN KEY (received_by) REFERENCES core.staff (id),
    CONSTRAINT fk_payment_cash_close_id_cash_close FOREIGN KEY (cash_close_id) REFERENCES billing.cash_close (id),
    CONSTRAINT ck_payment_receipt_number CHECK (receipt_number = billing.format_number('RCT', year, seq) AND seq > 0),
    CONSTRAINT ck_payment_method CHECK (method IN ('cash', 'card', 'bank_transfer', 'insurance')),
    CONSTRAINT ck_payment_amount CHECK (amount <> 0),
    CONSTRAINT ck_payment_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_payment_insurance CHECK ((method = 'insurance') = (claim_id IS NOT NULL)
                                           AND (method <> 'insurance' OR cash_close_id IS NULL)),
    CONSTRAINT ck_payment_refund CHECK ((amount < 0) = (refund_of_id IS NOT NULL)
                                        AND (refund_of_id IS NULL) = (refund_reason IS NULL)
                                        AND (refund_reason IS NULL OR length(btrim(refund_reason)) >= 5)),
    CONSTRAINT ck_payment_reference CHECK (length(reference) <= 100)
);
COMMENT ON TABLE billing.payment IS
    'Payments against an invoice (each with a gapless receipt number RCT-year-n): cash, card, bank transfer by '
    'the patient, insurance by the payer of a claim. A refund is a negative payment naming the one it refunds.';
CREATE INDEX ix_payment_invoice_id ON billing.payment (invoice_id);
CREATE INDEX ix_payment_received_by ON billing.payment (received_by, received_at) WHERE cash_close_id IS NULL;
CREATE INDEX ix_payment_claim_id ON billing.payment (claim_id);
GRANT SELECT ON billing.payment TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.require_billing() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_billing') THEN
        RAISE EXCEPTION 'only billing staff do this' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v_staff;
END
$$;
COMMENT ON FUNCTION billing.require_billing() IS 'Internal: the caller''s staff id, or an error unless in hms_billing.';

CREATE FUNCTION billing.check_amount(p_amount numeric, p_what text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_amount IS NULL OR p_amount <= 0 THEN
        RAISE EXCEPTION '% must be a positive amount', p_what USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_amount <> round(p_amount, 2) THEN
        RAISE EXCEPTION '% has more than two decimals (%)', p_what, p_amount USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_amount >= 10000000000 THEN
        RAISE EXCEPTION '% is too large (%)', p_what, p_amount USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN p_amount;
END
$$;
COMMENT ON FUNCTION billing.check_amount(numeric, text) IS 'Internal: a positive money amount with at most 2 decimals.';

-- An invoice's balances. The payer's share that a claim answer denied becomes the patient's to pay.
CREATE FUNCTION billing.invoice_account(p_patient_id bigint DEFAULT NULL, p_invoice_id bigint DEFAULT NULL)
RETURNS TABLE (invoice_id bigint, number text, patient_id bigint, encounter_id bigint, status text,
               issued_at timestamptz, due_date date, currency char(3), total_amount numeric, payer_share numeric,
               patient_share numeric, payer_denied numeric, patient_due numeric, payer_due numeric,
               patient_paid numeric, payer_paid numeric, patient_balance numeric, payer_balance numeric,
               balance numeric, claim_status text, credit_note text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
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
     ORDER BY i.issued_at DESC, i.id DESC
$$;
COMMENT ON FUNCTION billing.invoice_account(bigint, bigint) IS
    'Invoices (of a patient, or one, or all) with what the patient and the payer owe and have paid; the part of '
    'the payer share a claim answer denied is owed by the patient. A voided invoice owes nothing.';
GRANT EXECUTE ON FUNCTION billing.invoice_account(bigint, bigint) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Adjusting a charge
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.adjust_charge(p_charge_id bigint, p_kind text, p_amount numeric, p_reason text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := billing.require_billing();
    v_charge  billing.charge;
    v_amount  numeric;
    v_sum     numeric;
    v_id      bigint;
BEGIN
    IF p_kind NOT IN ('discount', 'correction') OR p_kind IS NULL THEN
        RAISE EXCEPTION 'an adjustment is a discount or a correction, not %', coalesce(p_kind, 'nothing')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'an adjustment needs a reason of at least 5 characters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_adjustment_reason';
    END IF;
    IF p_kind = 'discount' THEN
        v_amount := -billing.check_amount(p_amount, 'the discount');
    ELSE
        IF p_amount IS NULL OR p_amount = 0 OR p_amount <> round(p_amount, 2) THEN
            RAISE EXCEPTION 'a correction is a non-zero amount with at most two decimals'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        v_amount := p_amount;
    END IF;
    SELECT * INTO v_charge FROM billing.charge c WHERE c.id = p_charge_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no charge with id %', p_charge_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_charge.status <> 'open' THEN
        RAISE EXCEPTION 'charge % is %: only open charges are adjusted (void its invoice first)', p_charge_id,
                        v_charge.status USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT coalesce(sum(a.amount), 0) INTO v_sum FROM billing.adjustment a WHERE a.charge_id = p_charge_id;
    IF v_charge.amount + v_sum + v_amount < 0 THEN
        RAISE EXCEPTION 'the adjustment would make charge % negative (% % left)', p_charge_id,
                        v_charge.amount + v_sum, v_charge.currency USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO billing.adjustment (charge_id, kind, amount, reason, created_by)
    VALUES (p_charge_id, p_kind, v_amount, btrim(p_reason), v_staff) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.adjust_charge(bigint, text, numeric, text) IS
    'Billing: a discount (amount given positive, stored negative) or a correction (signed) of an open charge, '
    'with a reason; never below zero.';
GRANT EXECUTE ON FUNCTION billing.adjust_charge(bigint, text, numeric, text) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Issuing an invoice
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.issue_invoice_as(p_staff bigint, p_at timestamptz, p_patient_id bigint, p_charge_ids bigint[],
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
    v_line_id   bigint;
BEGIN
    IF p_charge_ids IS NULL OR cardinality(p_charge_ids) = 0 THEN
        RAISE EXCEPTION 'select at least one charge to invoice' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_ids := ARRAY(SELECT DISTINCT x FROM unnest(p_charge_ids) x WHERE x IS NOT NULL ORDER BY x);
    IF cardinality(v_ids) <> cardinality(p_charge_ids) THEN
        RAISE EXCEPTION 'the charge list names a charge twice (or is empty)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(p_note) > 500 THEN
        RAISE EXCEPTION 'the invoice note is longer than 500 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Lock the charges in id order: two clerks invoicing overlapping charges wait instead of both succeeding.
    PERFORM 1 FROM billing.charge c WHERE c.id = ANY (v_ids) ORDER BY c.id FOR UPDATE;
    SELECT count(*) INTO v_found FROM billing.charge c WHERE c.id = ANY (v_ids);
    IF v_found <> cardinality(v_ids) THEN
        RAISE EXCEPTION 'no charge with id %',
                        (SELECT min(x) FROM unnest(v_ids) x WHERE NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.id = x))
            USING ERRCODE = 'no_data_found';
    END IF;
    SELECT c.id, c.patient_id, c.status INTO v_bad FROM billing.charge c
     WHERE c.id = ANY (v_ids) AND (c.patient_id <> p_patient_id OR c.status <> 'open') ORDER BY c.id LIMIT 1;
    IF FOUND THEN
        IF v_bad.patient_id <> p_patient_id THEN
            RAISE EXCEPTION 'charge % belongs to another patient', v_bad.id USING ERRCODE = 'check_violation';
        END IF;
        RAISE EXCEPTION 'charge % is % and cannot be invoiced', v_bad.id,
                        CASE v_bad.status WHEN 'invoiced' THEN 'already on an issued invoice' ELSE v_bad.status END
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT min(c.currency), count(DISTINCT c.currency) INTO v_currency, v_found FROM billing.charge c WHERE c.id = ANY (v_ids);
    IF v_found > 1 THEN
        RAISE EXCEPTION 'the selected charges are in different currencies: invoice them separately'
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_coverage_id IS NOT NULL THEN
        SELECT * INTO v_cov FROM billing.coverage cv WHERE cv.id = p_coverage_id FOR SHARE;
        IF NOT FOUND OR v_cov.patient_id <> p_patient_id THEN
            RAISE EXCEPTION 'coverage % is not the patient''s', p_coverage_id USING ERRCODE = 'check_violation';
        END IF;
        IF v_cov.status <> 'active' THEN
            RAISE EXCEPTION 'coverage % is cancelled', p_coverage_id USING ERRCODE = 'object_not_in_prerequisite_state';
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
        FOR a IN SELECT * FROM billing.adjustment ad WHERE ad.charge_id = r.id ORDER BY ad.id LOOP
            v_tax := round(a.amount * v_rate / 100, 2);
            v_payer := round((a.amount + v_tax) * v_pct / 100, 2);
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

CREATE FUNCTION billing.issue_invoice(p_patient_id bigint, p_charge_ids bigint[], p_coverage_id bigint DEFAULT NULL,
                                      p_note text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.issue_invoice_as(billing.require_billing(), now(), p_patient_id, p_charge_ids, p_coverage_id, p_note);
END
$$;
COMMENT ON FUNCTION billing.issue_invoice(bigint, bigint[], bigint, text) IS
    'Billing: issue an invoice (next gapless INV number) for open charges of one patient, with their adjustments, '
    'tax lines and, with a coverage, the payer''s share per line. Returns the invoice id.';
GRANT EXECUTE ON FUNCTION billing.issue_invoice(bigint, bigint[], bigint, text) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Voiding an invoice: a credit note
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.void_invoice_as(p_staff bigint, p_at timestamptz, p_invoice_id bigint, p_reason text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_inv    billing.invoice;
    v_paid   numeric;
    v_year   integer := extract(year FROM billing.local_day(p_at))::integer;
    v_seq    integer;
    v_credit bigint;
BEGIN
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'voiding an invoice needs a reason of at least 5 characters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_invoice_void';
    END IF;
    SELECT * INTO v_inv FROM billing.invoice i WHERE i.id = p_invoice_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no invoice with id %', p_invoice_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_inv.kind <> 'invoice' THEN
        RAISE EXCEPTION '% is a credit note: it cannot be voided', v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF v_inv.status = 'void' THEN
        RAISE EXCEPTION 'invoice % is already void', v_inv.number USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT coalesce(sum(p.amount), 0) INTO v_paid FROM billing.payment p WHERE p.invoice_id = p_invoice_id;
    IF v_paid <> 0 THEN
        RAISE EXCEPTION 'invoice % has payments of % %: refund them before voiding it', v_inv.number, v_paid,
                        v_inv.currency USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF EXISTS (SELECT 1 FROM billing.claim c WHERE c.invoice_id = p_invoice_id AND c.status = 'submitted') THEN
        RAISE EXCEPTION 'invoice % has a claim waiting for the payer''s answer: void it once the claim is answered',
                        v_inv.number USING ERRCODE = 'object_not_in_prerequisite_state';
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

CREATE FUNCTION billing.void_invoice(p_invoice_id bigint, p_reason text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.void_invoice_as(billing.require_billing(), now(), p_invoice_id, p_reason);
END
$$;
COMMENT ON FUNCTION billing.void_invoice(bigint, text) IS
    'Billing: void an unpaid invoice with a reason: issues its credit note (next CN number, the lines negated), '
    'marks the invoice void and reopens its charges. Returns the credit note id.';
GRANT EXECUTE ON FUNCTION billing.void_invoice(bigint, text) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Payments
-- ---------------------------------------------------------------------------------------------------
-- Serialises a cashier's payments with their cash close (advisory lock per cashier).
CREATE FUNCTION billing.lock_cashier(p_staff bigint, p_day date) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('billing.cash_close'), p_staff::integer);
    IF EXISTS (SELECT 1 FROM billing.cash_close cc WHERE cc.cashier_id = p_staff AND cc.business_day = p_day) THEN
        RAISE EXCEPTION 'your cash for % is closed: no more payments can be taken that day', p_day
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
END
$$;
COMMENT ON FUNCTION billing.lock_cashier(bigint, date) IS 'Internal: waits for the cashier''s close; refuses a closed day.';

CREATE FUNCTION billing.take_payment_as(p_staff bigint, p_at timestamptz, p_invoice_id bigint, p_method text,
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
                  HINT = 'insurance payments are posted from the answered claim';
    END IF;
    PERFORM billing.check_amount(p_amount, 'the payment');
    IF length(p_reference) > 100 THEN
        RAISE EXCEPTION 'the payment reference is longer than 100 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_inv FROM billing.invoice i WHERE i.id = p_invoice_id FOR UPDATE;
    IF NOT FOUND OR v_inv.kind <> 'invoice' THEN
        RAISE EXCEPTION 'no invoice with id %', p_invoice_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_inv.status = 'void' THEN
        RAISE EXCEPTION 'invoice % is void: nothing to pay', v_inv.number USING ERRCODE = 'object_not_in_prerequisite_state';
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
                        p_amount USING ERRCODE = 'check_violation';
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

CREATE FUNCTION billing.take_payment(p_invoice_id bigint, p_method text, p_amount numeric,
                                     p_reference text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.take_payment_as(billing.require_billing(), now(), p_invoice_id, p_method, p_amount, p_reference);
END
$$;
COMMENT ON FUNCTION billing.take_payment(bigint, text, numeric, text) IS
    'Billing: a patient''s payment (cash, card, bank transfer; partial allowed, never more than owed) with the '
    'next gapless receipt number. Returns the payment id.';
GRANT EXECUTE ON FUNCTION billing.take_payment(bigint, text, numeric, text) TO hms_billing;

CREATE FUNCTION billing.refund_payment(p_payment_id bigint, p_amount numeric, p_reason text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := billing.require_billing();
    v_pay    billing.payment;
    v_left   numeric;
    v_year   integer := extract(year FROM billing.local_day(now()))::integer;
    v_seq    integer;
    v_id     bigint;
BEGIN
    PERFORM billing.check_amount(p_amount, 'the refund');
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'a refund needs a reason of at least 5 characters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_payment_refund';
    END IF;
    SELECT * INTO v_pay FROM billing.payment p WHERE p.id = p_payment_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no payment with id %', p_payment_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_pay.amount < 0 OR v_pay.method = 'insurance' THEN
        RAISE EXCEPTION 'payment % is a % and cannot be refunded here', v_pay.receipt_number,
                        CASE WHEN v_pay.amount < 0 THEN 'refund' ELSE 'payer''s payment' END
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    PERFORM billing.lock_cashier(v_staff, billing.local_day(now()));
    v_left := v_pay.amount + coalesce((SELECT sum(r.amount) FROM billing.payment r WHERE r.refund_of_id = v_pay.id), 0);
    IF p_amount > v_left THEN
        RAISE EXCEPTION 'only % % of payment % is left to refund', v_left, v_pay.currency, v_pay.receipt_number
            USING ERRCODE = 'check_violation';
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
GRANT EXECUTE ON FUNCTION billing.refund_payment(bigint, numeric, text) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- The daily cash close
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.cash_summary(p_day date DEFAULT NULL)
RETURNS TABLE (business_day date, payment_count integer, expected_cash numeric, card_total numeric,
               transfer_total numeric, closed boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := billing.require_billing();
    v_day   date := coalesce(p_day, billing.local_day(now()));
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
GRANT EXECUTE ON FUNCTION billing.cash_summary(date) TO hms_billing;

CREATE FUNCTION billing.close_cash_as(p_staff bigint, p_at timestamptz, p_day date, p_counted numeric, p_note text)
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
        RAISE EXCEPTION 'a cash close is for today or an earlier day' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_counted IS NULL OR p_counted < 0 OR p_counted <> round(p_counted, 2) THEN
        RAISE EXCEPTION 'the counted cash is an amount of zero or more with at most two decimals'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM billing.lock_cashier(p_staff, p_day);
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
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_cash_close_note';
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

CREATE FUNCTION billing.close_cash(p_counted numeric, p_note text DEFAULT NULL, p_day date DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.close_cash_as(billing.require_billing(), now(), coalesce(p_day, billing.local_day(now())),
                                 p_counted, p_note);
END
$$;
COMMENT ON FUNCTION billing.close_cash(numeric, text, date) IS
    'Billing: close the caller''s cash for a day (default today): the day''s payments by method, the counted cash '
    'and the difference (which needs a note). Afterwards that day takes no more payments from this cashier.';
GRANT EXECUTE ON FUNCTION billing.close_cash(numeric, text, date) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Claims
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.create_claim_as(p_staff bigint, p_at timestamptz, p_invoice_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_inv    billing.invoice;
    v_payer  bigint;
    v_id     bigint;
BEGIN
    SELECT * INTO v_inv FROM billing.invoice i WHERE i.id = p_invoice_id FOR UPDATE;
    IF NOT FOUND OR v_inv.kind <> 'invoice' THEN
        RAISE EXCEPTION 'no invoice with id %', p_invoice_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_inv.status = 'void' THEN
        RAISE EXCEPTION 'invoice % is void', v_inv.number USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF v_inv.coverage_id IS NULL OR v_inv.payer_share <= 0 THEN
        RAISE EXCEPTION 'invoice % has no payer share to claim', v_inv.number
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF EXISTS (SELECT 1 FROM billing.claim c WHERE c.invoice_id = p_invoice_id AND c.status <> 'cancelled') THEN
        RAISE EXCEPTION 'invoice % already has a claim', v_inv.number USING ERRCODE = 'unique_violation',
              CONSTRAINT = 'uq_claim_live_invoice';
    END IF;
    SELECT pl.payer_id INTO v_payer FROM billing.coverage cv JOIN billing.plan pl ON pl.id = cv.plan_id
     WHERE cv.id = v_inv.coverage_id;
    INSERT INTO billing.claim (invoice_id, coverage_id, payer_id, claimed_amount, currency, created_at, created_by)
    VALUES (p_invoice_id, v_inv.coverage_id, v_payer, v_inv.payer_share, v_inv.currency, p_at, p_staff)
    RETURNING id INTO v_id;
    INSERT INTO billing.claim_item (claim_id, sequence, invoice_line_id, claimed_amount)
    SELECT v_id, row_number() OVER (ORDER BY l.line_no), l.id, l.payer_share
      FROM billing.invoice_line l WHERE l.invoice_id = p_invoice_id AND l.payer_share <> 0;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION billing.create_claim_as(bigint, timestamptz, bigint) IS
    'Internal (demo loader): billing.create_claim as a given staff member at a given time.';

CREATE FUNCTION billing.create_claim(p_invoice_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.create_claim_as(billing.require_billing(), now(), p_invoice_id);
END
$$;
COMMENT ON FUNCTION billing.create_claim(bigint) IS
    'Billing: a draft claim of an invoice''s payer share (one per invoice), one item per line the payer shares.';
GRANT EXECUTE ON FUNCTION billing.create_claim(bigint) TO hms_billing;

-- Before each attempt to send: the FHIR Claim is stored at the first attempt and never changes afterwards
-- (every retry sends the same document with the same idempotency key). Returns the idempotency key.
CREATE FUNCTION billing.claim_attempt(p_claim_id bigint, p_fhir_claim jsonb) RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := billing.require_billing();
    v_claim  billing.claim;
BEGIN
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no claim with id %', p_claim_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_claim.status NOT IN ('draft', 'submitted') THEN
        RAISE EXCEPTION 'claim % is % and is not sent again', p_claim_id, v_claim.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_fhir_claim IS NULL OR p_fhir_claim ->> 'resourceType' IS DISTINCT FROM 'Claim' THEN
        RAISE EXCEPTION 'the document to send is not a FHIR Claim' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_claim.fhir_claim IS NOT NULL AND v_claim.fhir_claim <> p_fhir_claim THEN
        RAISE EXCEPTION 'claim % was already sent with a different document: a retry sends the same claim', p_claim_id
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE billing.claim c
       SET status = 'submitted', fhir_claim = p_fhir_claim, attempts = c.attempts + 1, last_attempt_at = now(),
           submitted_at = coalesce(c.submitted_at, now())
     WHERE c.id = p_claim_id;
    RETURN v_claim.idempotency_key;
END
$$;
COMMENT ON FUNCTION billing.claim_attempt(bigint, jsonb) IS
    'Billing (claims adapter): record an attempt to send a claim; the FHIR Claim is fixed at the first attempt. '
    'Returns the idempotency key every attempt sends.';
GRANT EXECUTE ON FUNCTION billing.claim_attempt(bigint, jsonb) TO hms_billing;

CREATE FUNCTION billing.claim_failed(p_claim_id bigint, p_error text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM billing.require_billing();
    UPDATE billing.claim c SET last_error = left(coalesce(p_error, 'unknown error'), 500)
     WHERE c.id = p_claim_id AND c.status = 'submitted';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no submitted claim with id %', p_claim_id USING ERRCODE = 'no_data_found';
    END IF;
END
$$;
COMMENT ON FUNCTION billing.claim_failed(bigint, text) IS
    'Billing (claims adapter): the last attempt got no answer (the claim stays submitted; sending again is safe).';
GRANT EXECUTE ON FUNCTION billing.claim_failed(bigint, text) TO hms_billing;

-- p_items: [{"sequence": 1, "approved": 12.50, "reason": "..."}, ...] (items not named are approved in full when
-- the outcome is 'approved', denied otherwise).
CREATE FUNCTION billing.record_claim_response(p_claim_id bigint, p_outcome text, p_approved numeric,
                                              p_payer_reference text, p_reason text, p_response jsonb,
                                              p_items jsonb DEFAULT '[]') RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_claim  billing.claim;
    v_item   jsonb;
    v_sum    numeric;
BEGIN
    PERFORM billing.require_billing();
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no claim with id %', p_claim_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_claim.status <> 'submitted' THEN
        RAISE EXCEPTION 'claim % is %: only a submitted claim receives an answer', p_claim_id, v_claim.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_outcome IS NULL OR p_outcome NOT IN ('approved', 'partial', 'rejected') THEN
        RAISE EXCEPTION 'a claim answer is approved, partial or rejected, not %', coalesce(p_outcome, 'nothing')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_response IS NULL OR p_response ->> 'resourceType' IS DISTINCT FROM 'ClaimResponse' THEN
        RAISE EXCEPTION 'the answer is not a FHIR ClaimResponse' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_approved IS NULL OR p_approved < 0 OR p_approved > v_claim.claimed_amount
       OR (p_outcome = 'approved' AND p_approved <> v_claim.claimed_amount)
       OR (p_outcome = 'rejected' AND p_approved <> 0)
       OR (p_outcome = 'partial' AND (p_approved = 0 OR p_approved = v_claim.claimed_amount)) THEN
        RAISE EXCEPTION 'an answer "%" cannot approve % of a claim of %', p_outcome, p_approved, v_claim.claimed_amount
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_claim_approved';
    END IF;
    FOR v_item IN SELECT * FROM jsonb_array_elements(coalesce(p_items, '[]')) LOOP
        UPDATE billing.claim_item ci
           SET approved_amount = (v_item ->> 'approved')::numeric, reason = left(v_item ->> 'reason', 500)
         WHERE ci.claim_id = p_claim_id AND ci.sequence = (v_item ->> 'sequence')::integer
           AND (v_item ->> 'approved')::numeric BETWEEN 0 AND ci.claimed_amount;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the answer names item % that the claim does not have, or approves more than claimed',
                            v_item ->> 'sequence' USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    UPDATE billing.claim_item ci
       SET approved_amount = CASE WHEN p_outcome = 'approved' THEN ci.claimed_amount ELSE 0 END
     WHERE ci.claim_id = p_claim_id AND ci.approved_amount IS NULL;
    SELECT sum(ci.approved_amount) INTO v_sum FROM billing.claim_item ci WHERE ci.claim_id = p_claim_id;
    IF v_sum <> p_approved THEN
        RAISE EXCEPTION 'the items approve % but the answer approves %', v_sum, p_approved
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE billing.claim c
       SET status = p_outcome, approved_amount = p_approved, payer_reference = left(p_payer_reference, 100),
           outcome_reason = left(nullif(btrim(p_reason), ''), 500), fhir_response = p_response,
           answered_at = now(), last_error = NULL
     WHERE c.id = p_claim_id;
END
$$;
COMMENT ON FUNCTION billing.record_claim_response(bigint, text, numeric, text, text, jsonb, jsonb) IS
    'Billing (claims adapter): record the payer''s ClaimResponse: approved, partially approved (per item with '
    'reasons) or rejected. The denied part of the payer share becomes the patient''s to pay.';
GRANT EXECUTE ON FUNCTION billing.record_claim_response(bigint, text, numeric, text, text, jsonb, jsonb) TO hms_billing;

CREATE FUNCTION billing.post_payer_payment_as(p_staff bigint, p_at timestamptz, p_claim_id bigint, p_amount numeric,
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
    SELECT * INTO v_claim FROM billing.claim c WHERE c.id = p_claim_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no claim with id %', p_claim_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_claim.status NOT IN ('approved', 'partial') THEN
        RAISE EXCEPTION 'claim % is %: the payer pays approved claims only', p_claim_id, v_claim.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT coalesce(sum(p.amount), 0) INTO v_paid FROM billing.payment p WHERE p.claim_id = p_claim_id;
    IF v_paid + p_amount > v_claim.approved_amount THEN
        RAISE EXCEPTION 'the payer approved % % and has paid %: % is too much', v_claim.approved_amount,
                        v_claim.currency, v_paid, p_amount USING ERRCODE = 'check_violation';
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

CREATE FUNCTION billing.post_payer_payment(p_claim_id bigint, p_amount numeric, p_reference text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN billing.post_payer_payment_as(billing.require_billing(), now(), p_claim_id, p_amount, p_reference);
END
$$;
COMMENT ON FUNCTION billing.post_payer_payment(bigint, numeric, text) IS
    'Billing: post the payer''s payment of an approved (or partially approved) claim, up to the approved amount.';
GRANT EXECUTE ON FUNCTION billing.post_payer_payment(bigint, numeric, text) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- What billing may know of a charge's clinical event
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION billing.patient_charges(p_patient_id bigint)
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
               WHEN 'lab_test' THEN 'Laboratory test #' || c.source_id
               WHEN 'dispense' THEN 'Pharmacy dispense #' || c.source_id
               WHEN 'bed_day' THEN 'Bed day #' || c.source_id || coalesce(', ' || d.name, '')
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
GRANT EXECUTE ON FUNCTION billing.patient_charges(bigint) TO hms_billing;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security and audit
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE billing.tax_rate ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.tax_rate FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing and admins read tax rates" ON billing.tax_rate FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add tax rates" ON billing.tax_rate FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins end tax rates" ON billing.tax_rate FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE billing.payer ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.payer FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing and admins read payers" ON billing.payer FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add payers" ON billing.payer FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change payers" ON billing.payer FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE billing.plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.plan FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing and admins read plans" ON billing.plan FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add plans" ON billing.plan FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change plans" ON billing.plan FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE billing.coverage_rule ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.coverage_rule FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing and admins read coverage rules" ON billing.coverage_rule FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add coverage rules" ON billing.coverage_rule FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change coverage rules" ON billing.coverage_rule FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE billing.coverage ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.coverage FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads coverage" ON billing.coverage FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));
CREATE POLICY "Billing records coverage" ON billing.coverage FOR INSERT TO hms_billing
    WITH CHECK ((SELECT core.has_group('hms_billing')) AND status = 'active' AND cancel_reason IS NULL);
CREATE POLICY "Billing ends or cancels coverage" ON billing.coverage FOR UPDATE TO hms_billing
    USING ((SELECT core.has_group('hms_billing'))) WITH CHECK (true);

ALTER TABLE billing.number_series ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.number_series FORCE ROW LEVEL SECURITY;

ALTER TABLE billing.adjustment ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.adjustment FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads adjustments" ON billing.adjustment FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

ALTER TABLE billing.invoice ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.invoice FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads invoices" ON billing.invoice FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

ALTER TABLE billing.invoice_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.invoice_line FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads invoice lines" ON billing.invoice_line FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

ALTER TABLE billing.cash_close ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.cash_close FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads cash closes" ON billing.cash_close FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

ALTER TABLE billing.claim ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.claim FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads claims" ON billing.claim FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

ALTER TABLE billing.claim_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.claim_item FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads claim items" ON billing.claim_item FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

ALTER TABLE billing.payment ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.payment FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing reads payments" ON billing.payment FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT audit.enable('billing.tax_rate');
SELECT audit.enable('billing.payer');
SELECT audit.enable('billing.plan');
SELECT audit.enable('billing.coverage_rule');
SELECT audit.enable('billing.coverage');
SELECT audit.enable('billing.number_series');
SELECT audit.enable('billing.adjustment');
SELECT audit.enable('billing.invoice');
SELECT audit.enable('billing.invoice_line');
SELECT audit.enable('billing.cash_close');
SELECT audit.enable('billing.claim');
SELECT audit.enable('billing.claim_item');
SELECT audit.enable('billing.payment');
