-- billing: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- billing (first part): the price list and charges from clinical events. Invoices, payments, insurance and claims follow with the billing issue.
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

-- =====================================================================================================
-- billing (second part): taxes, adjustments, invoices with gapless numbers, credit notes, payments and
-- receipts, the daily cash close, payers, plans, coverage and FHIR claims. Reports and the charge reconciliation are in sql/billing/.
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

-- ---------------------------------------------------------------------------------------------------
-- Payers, plans, coverage rules, patients' coverage
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE billing.payer (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    code        text    NOT NULL,
    name        text    NOT NULL,
    kind        text    NOT NULL DEFAULT 'national',
    identifier  text    NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_payer PRIMARY KEY (id),
    CONSTRAINT uq_payer_code UNIQUE (code),
    CONSTRAINT ck_payer_code CHECK (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
    CONSTRAINT ck_payer_name CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    CONSTRAINT ck_payer_kind CHECK (kind IN ('national', 'private')),
    CONSTRAINT ck_payer_identifier CHECK (length(btrim(identifier)) BETWEEN 1 AND 64)
);
COMMENT ON TABLE billing.payer IS
    'Insurers: the national health insurance and private insurers. Their addresses and credentials are not here: '
    'only hms-insurance-gateway''s own configuration holds them (docs/insurance-gateway.md).';
COMMENT ON COLUMN billing.payer.identifier IS 'The payer''s organisation identifier used in FHIR claims.';

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

CREATE FUNCTION billing.format_number(p_series text, p_year integer, p_seq integer) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_series || '-' || p_year::text || '-' || CASE WHEN p_seq < 1000000 THEN lpad(p_seq::text, 6, '0')
                                                           ELSE p_seq::text END
$$;
COMMENT ON FUNCTION billing.format_number(text, integer, integer) IS 'INV-2026-000042 style document numbers.';

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
    CONSTRAINT ck_claim_submitted CHECK (status IN ('draft', 'cancelled') OR submitted_at IS NOT NULL),
    CONSTRAINT ck_claim_attempts CHECK (attempts >= 0)
);
COMMENT ON TABLE billing.claim IS
    'A claim of an invoice''s payer share, sent as a FHIR R4 Claim by hms-insurance-gateway (insurance.submit_claim '
    'queues it); every attempt reuses idempotency_key, so a retry after a timeout never registers a second claim at '
    'the payer. fhir_claim is the document as first sent.';

CREATE UNIQUE INDEX uq_claim_live_invoice ON billing.claim (invoice_id) WHERE status <> 'cancelled';

CREATE INDEX ix_claim_status ON billing.claim (status);

-- The claims list: newest first, a page at a time.
CREATE INDEX ix_claim_created_at ON billing.claim (created_at, id);

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
    CONSTRAINT ck_claim_item_amounts CHECK (claimed_amount > 0 AND (approved_amount IS NULL
                                            OR approved_amount BETWEEN 0 AND claimed_amount)),
    CONSTRAINT ck_claim_item_reason CHECK (length(reason) <= 500)
);
COMMENT ON TABLE billing.claim_item IS
    'The items of a claim, one per charge (net of its adjustments; invoice_line_id = the charge''s line), with the '
    'payer''s adjudication (approved amount, reason).';

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
