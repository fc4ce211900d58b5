-- insurance: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- insurance: the exchanges with payers (docs/insurance-gateway.md).
--
-- Staff never talk to a payer. Reception and billing put requests into the outbox (insurance.request) through
-- definer functions; hms-insurance-gateway, the only holder of the payers' addresses and credentials, takes them,
-- sends them (retrying with the same request id, so a payer never registers one twice) and writes the payers'
-- answers through functions only its role may execute. Every answer is stored once (insurance.message, unique
-- per payer and message id): an answer that arrives twice changes nothing the second time.
-- =====================================================================================================
CREATE SCHEMA insurance;
COMMENT ON SCHEMA insurance IS
    'Exchanges with payers: the outbox hms-insurance-gateway sends, the payers'' answers, eligibility, '
    'pre-authorisations, payer queries and remittances.';

-- ---------------------------------------------------------------------------------------------------
-- What the administrator maintains per payer
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE insurance.payer_policy (
    payer_id                          bigint   NOT NULL,
    admission_needs_preauthorization  boolean  NOT NULL DEFAULT false,
    eligibility_valid_hours           integer  NOT NULL DEFAULT 24,
    CONSTRAINT pk_payer_policy PRIMARY KEY (payer_id),
    CONSTRAINT fk_payer_policy_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT ck_payer_policy_eligibility_valid_hours CHECK (eligibility_valid_hours BETWEEN 1 AND 720)
);
COMMENT ON TABLE insurance.payer_policy IS
    'Per payer: whether an admission needs its pre-authorisation, and how long an eligibility answer is trusted.';

CREATE TABLE insurance.item_code (
    id                      bigint   GENERATED ALWAYS AS IDENTITY,
    payer_id                bigint   NOT NULL,
    price_code              text     NOT NULL,
    payer_code              text     NOT NULL,
    payer_display           text,
    needs_preauthorization  boolean  NOT NULL DEFAULT false,
    active                  boolean  NOT NULL DEFAULT true,
    CONSTRAINT pk_item_code PRIMARY KEY (id),
    CONSTRAINT fk_item_code_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT uq_item_code_payer_id_price_code UNIQUE (payer_id, price_code),
    CONSTRAINT ck_item_code_price_code CHECK (price_code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
    CONSTRAINT ck_item_code_payer_code CHECK (payer_code ~ '^[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}$'),
    CONSTRAINT ck_item_code_payer_display CHECK (length(btrim(payer_display)) BETWEEN 1 AND 200
                                                 AND payer_display !~ '[[:cntrl:]]')
);
COMMENT ON TABLE insurance.item_code IS
    'The payer''s item or service code for one of our price codes (claims and pre-authorisations carry it), and '
    'whether the payer wants that item pre-authorised. A price code without a row is sent with our own code.';

-- ---------------------------------------------------------------------------------------------------
-- The outbox and the inbox
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE insurance.request (
    id                   bigint       GENERATED ALWAYS AS IDENTITY,
    request_id           uuid         NOT NULL DEFAULT gen_random_uuid(),
    kind                 text         NOT NULL,
    payer_id             bigint       NOT NULL,
    patient_id           bigint       NOT NULL,
    coverage_id          bigint       NOT NULL,
    claim_id             bigint,
    preauthorization_id  bigint,
    query_id             bigint,
    item_codes           text[]       NOT NULL DEFAULT '{}',
    status               text         NOT NULL DEFAULT 'queued',
    document             jsonb,
    attempts             integer      NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz  NOT NULL DEFAULT now(),
    last_error           text,
    correlation_id       text,
    requested_by         bigint       NOT NULL,
    requested_at         timestamptz  NOT NULL DEFAULT now(),
    sent_at              timestamptz,
    answered_at          timestamptz,
    CONSTRAINT pk_request PRIMARY KEY (id),
    CONSTRAINT uq_request_request_id UNIQUE (request_id),
    CONSTRAINT fk_request_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT fk_request_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_request_coverage_id_coverage FOREIGN KEY (coverage_id) REFERENCES billing.coverage (id),
    CONSTRAINT fk_request_claim_id_claim FOREIGN KEY (claim_id) REFERENCES billing.claim (id),
    CONSTRAINT fk_request_requested_by_staff FOREIGN KEY (requested_by) REFERENCES core.staff (id),
    CONSTRAINT ck_request_kind CHECK (kind IN ('eligibility', 'preauthorization', 'claim', 'status', 'communication')),
    CONSTRAINT ck_request_subject CHECK (CASE kind
        WHEN 'eligibility' THEN claim_id IS NULL AND preauthorization_id IS NULL AND query_id IS NULL
        WHEN 'preauthorization' THEN preauthorization_id IS NOT NULL AND claim_id IS NULL AND query_id IS NULL
        WHEN 'communication' THEN query_id IS NOT NULL
        ELSE claim_id IS NOT NULL AND preauthorization_id IS NULL AND query_id IS NULL END),
    CONSTRAINT ck_request_item_codes CHECK (cardinality(item_codes) <= 50),
    CONSTRAINT ck_request_status CHECK (status IN ('queued', 'sent', 'answered', 'failed')),
    CONSTRAINT ck_request_document CHECK (document IS NULL OR document ? 'resourceType'),
    CONSTRAINT ck_request_sent CHECK (status = 'queued' OR status = 'failed' OR sent_at IS NOT NULL),
    CONSTRAINT ck_request_answered CHECK ((status = 'answered') = (answered_at IS NOT NULL)),
    CONSTRAINT ck_request_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_request_last_error CHECK (length(last_error) <= 500),
    CONSTRAINT ck_request_correlation_id CHECK (length(correlation_id) BETWEEN 1 AND 100)
);
COMMENT ON TABLE insurance.request IS
    'The outbox: one request to a payer. queued = to send (again at next_attempt_at); sent = the payer took it and '
    'answers later (asynchronous profiles; sent again, same request_id, when the answer is late); answered; failed '
    '= the payer refused it or every attempt failed (billing may queue it again). The FHIR document is fixed at the '
    'first attempt: every retry sends the same document with the same request_id.';
COMMENT ON COLUMN insurance.request.request_id IS
    'The idempotency key: the business identifier of the document and the id of every message that carries it.';

CREATE INDEX ix_request_due ON insurance.request (next_attempt_at) WHERE status IN ('queued', 'sent');
CREATE INDEX ix_request_patient_id ON insurance.request (patient_id, requested_at DESC);
CREATE INDEX ix_request_claim_id ON insurance.request (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ix_request_preauthorization_id ON insurance.request (preauthorization_id)
    WHERE preauthorization_id IS NOT NULL;
CREATE INDEX ix_request_coverage_id ON insurance.request (coverage_id);

CREATE TABLE insurance.message (
    id             bigint       GENERATED ALWAYS AS IDENTITY,
    payer_id       bigint       NOT NULL,
    message_id     text         NOT NULL,
    request_id     bigint,
    resource_type  text         NOT NULL,
    document       jsonb        NOT NULL,
    outcome        text         NOT NULL,
    received_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_message PRIMARY KEY (id),
    CONSTRAINT uq_message_payer_id_message_id UNIQUE (payer_id, message_id),
    CONSTRAINT fk_message_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT fk_message_request_id_request FOREIGN KEY (request_id) REFERENCES insurance.request (id),
    CONSTRAINT ck_message_message_id CHECK (length(message_id) BETWEEN 1 AND 200),
    CONSTRAINT ck_message_resource_type CHECK (resource_type IN ('CoverageEligibilityResponse', 'ClaimResponse',
        'CommunicationRequest', 'PaymentReconciliation', 'OperationOutcome')),
    CONSTRAINT ck_message_document CHECK (document ->> 'resourceType' = resource_type),
    CONSTRAINT ck_message_outcome CHECK (length(outcome) BETWEEN 1 AND 500)
);
COMMENT ON TABLE insurance.message IS
    'Every answer and message a payer sent, once (unique per payer and the payer''s message id), as received, with '
    'what the gateway made of it (outcome).';

CREATE INDEX ix_message_request_id ON insurance.message (request_id) WHERE request_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------
-- Eligibility
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE insurance.eligibility (
    id              bigint       GENERATED ALWAYS AS IDENTITY,
    request_id      bigint       NOT NULL,
    message_id      bigint       NOT NULL,
    patient_id      bigint       NOT NULL,
    coverage_id     bigint       NOT NULL,
    covered         boolean      NOT NULL,
    plan_code       text,
    benefit_start   date,
    benefit_end     date,
    benefits        jsonb        NOT NULL DEFAULT '[]',
    excluded_items  text[]       NOT NULL DEFAULT '{}',
    disposition     text,
    answered_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_eligibility PRIMARY KEY (id),
    CONSTRAINT uq_eligibility_request_id UNIQUE (request_id),
    CONSTRAINT fk_eligibility_request_id_request FOREIGN KEY (request_id) REFERENCES insurance.request (id),
    CONSTRAINT fk_eligibility_message_id_message FOREIGN KEY (message_id) REFERENCES insurance.message (id),
    CONSTRAINT fk_eligibility_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_eligibility_coverage_id_coverage FOREIGN KEY (coverage_id) REFERENCES billing.coverage (id),
    CONSTRAINT ck_eligibility_benefit_period CHECK (benefit_end IS NULL OR benefit_start IS NULL
                                                    OR benefit_end >= benefit_start),
    CONSTRAINT ck_eligibility_benefits CHECK (jsonb_typeof(benefits) = 'array'),
    CONSTRAINT ck_eligibility_disposition CHECK (length(disposition) <= 500)
);
COMMENT ON TABLE insurance.eligibility IS
    'A payer''s answer to an eligibility check: covered or not, the plan, the benefit period, per benefit what is '
    'allowed, used and left ([{"category", "unit", "allowed", "used", "remaining"}]) and the excluded items.';

CREATE INDEX ix_eligibility_patient_id ON insurance.eligibility (patient_id, answered_at DESC);

-- ---------------------------------------------------------------------------------------------------
-- Pre-authorisation
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE insurance.preauthorization (
    id                bigint        GENERATED ALWAYS AS IDENTITY,
    patient_id        bigint        NOT NULL,
    coverage_id       bigint        NOT NULL,
    payer_id          bigint        NOT NULL,
    admission_id      bigint,
    reason            text          NOT NULL,
    status            text          NOT NULL DEFAULT 'requested',
    requested_amount  numeric(12,2) NOT NULL,
    approved_amount   numeric(12,2),
    currency          char(3)       NOT NULL,
    payer_reference   text,
    valid_from        date,
    valid_until       date,
    outcome_reason    text,
    requested_by      bigint        NOT NULL,
    requested_at      timestamptz   NOT NULL DEFAULT now(),
    answered_at       timestamptz,
    CONSTRAINT pk_preauthorization PRIMARY KEY (id),
    CONSTRAINT fk_preauthorization_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_preauthorization_coverage_id_coverage FOREIGN KEY (coverage_id) REFERENCES billing.coverage (id),
    CONSTRAINT fk_preauthorization_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT fk_preauthorization_admission_id_admission FOREIGN KEY (admission_id) REFERENCES adt.admission (id),
    CONSTRAINT fk_preauthorization_requested_by_staff FOREIGN KEY (requested_by) REFERENCES core.staff (id),
    CONSTRAINT ck_preauthorization_reason CHECK (length(btrim(reason)) BETWEEN 3 AND 500 AND reason !~ '[[:cntrl:]]'),
    CONSTRAINT ck_preauthorization_status CHECK (status IN ('requested', 'pended', 'approved', 'partial', 'denied')),
    CONSTRAINT ck_preauthorization_amounts CHECK (requested_amount > 0 AND CASE status
        WHEN 'approved' THEN approved_amount = requested_amount
        WHEN 'partial' THEN approved_amount > 0 AND approved_amount < requested_amount
        WHEN 'denied' THEN approved_amount = 0
        ELSE approved_amount IS NULL END),
    CONSTRAINT ck_preauthorization_answered CHECK ((status IN ('approved', 'partial', 'denied'))
                                                   = (answered_at IS NOT NULL)),
    CONSTRAINT ck_preauthorization_reference CHECK ((status IN ('approved', 'partial')) <= (payer_reference IS NOT NULL)
                                                    AND length(payer_reference) <= 100),
    CONSTRAINT ck_preauthorization_validity CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
    CONSTRAINT ck_preauthorization_outcome_reason CHECK (length(outcome_reason) <= 500)
);
COMMENT ON TABLE insurance.preauthorization IS
    'A pre-authorisation asked of the payer (for an admission or for items the payer wants pre-authorised): '
    'requested, pended by the payer, approved, partly approved or denied, with the payer''s reference (preAuthRef) '
    'that later claims carry and the period it is valid for.';

CREATE INDEX ix_preauthorization_patient_id ON insurance.preauthorization (patient_id, requested_at DESC);
CREATE INDEX ix_preauthorization_admission_id ON insurance.preauthorization (admission_id)
    WHERE admission_id IS NOT NULL;
CREATE INDEX ix_preauthorization_open ON insurance.preauthorization (requested_at)
    WHERE status IN ('requested', 'pended');

CREATE TABLE insurance.preauthorization_item (
    id                   bigint        GENERATED ALWAYS AS IDENTITY,
    preauthorization_id  bigint        NOT NULL,
    sequence             integer       NOT NULL,
    price_code           text          NOT NULL,
    description          text          NOT NULL,
    quantity             numeric(10,2) NOT NULL,
    unit_amount          numeric(12,2) NOT NULL,
    amount               numeric(12,2) NOT NULL,
    approved_amount      numeric(12,2),
    reason               text,
    CONSTRAINT pk_preauthorization_item PRIMARY KEY (id),
    CONSTRAINT uq_preauthorization_item_sequence UNIQUE (preauthorization_id, sequence),
    CONSTRAINT fk_preauthorization_item_preauthorization_id FOREIGN KEY (preauthorization_id)
        REFERENCES insurance.preauthorization (id),
    CONSTRAINT ck_preauthorization_item_sequence CHECK (sequence BETWEEN 1 AND 50),
    CONSTRAINT ck_preauthorization_item_amounts CHECK (quantity > 0 AND unit_amount >= 0 AND amount = quantity * unit_amount
                                                       AND (approved_amount IS NULL
                                                            OR approved_amount BETWEEN 0 AND amount)),
    CONSTRAINT ck_preauthorization_item_reason CHECK (length(reason) <= 500)
);
COMMENT ON TABLE insurance.preauthorization_item IS
    'What a pre-authorisation asks for, priced from the price list, with what the payer approved per item.';

-- ---------------------------------------------------------------------------------------------------
-- The payer's queries for documents
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE insurance.payer_query (
    id                   bigint       GENERATED ALWAYS AS IDENTITY,
    payer_id             bigint       NOT NULL,
    message_id           bigint       NOT NULL,
    claim_id             bigint,
    preauthorization_id  bigint,
    payer_reference      text         NOT NULL,
    question             text         NOT NULL,
    requested_documents  text[]       NOT NULL DEFAULT '{}',
    status               text         NOT NULL DEFAULT 'open',
    answer               text,
    answered_by          bigint,
    answered_at          timestamptz,
    received_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_payer_query PRIMARY KEY (id),
    CONSTRAINT fk_payer_query_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT fk_payer_query_message_id_message FOREIGN KEY (message_id) REFERENCES insurance.message (id),
    CONSTRAINT fk_payer_query_claim_id_claim FOREIGN KEY (claim_id) REFERENCES billing.claim (id),
    CONSTRAINT fk_payer_query_preauthorization_id FOREIGN KEY (preauthorization_id)
        REFERENCES insurance.preauthorization (id),
    CONSTRAINT fk_payer_query_answered_by_staff FOREIGN KEY (answered_by) REFERENCES core.staff (id),
    CONSTRAINT ck_payer_query_subject CHECK (num_nonnulls(claim_id, preauthorization_id) = 1),
    CONSTRAINT ck_payer_query_payer_reference CHECK (length(payer_reference) BETWEEN 1 AND 100),
    CONSTRAINT ck_payer_query_question CHECK (length(question) BETWEEN 1 AND 2000),
    CONSTRAINT ck_payer_query_status CHECK (status IN ('open', 'answered')),
    CONSTRAINT ck_payer_query_answer CHECK ((status = 'answered') = (answered_at IS NOT NULL AND answered_by IS NOT NULL
                                                                    AND answer IS NOT NULL)
                                            AND length(answer) <= 2000)
);
COMMENT ON TABLE insurance.payer_query IS
    'A payer''s question about a claim or pre-authorisation (a FHIR CommunicationRequest: which documents it '
    'needs); billing answers with text and attachments, which the gateway sends as a Communication.';

CREATE INDEX ix_payer_query_open ON insurance.payer_query (received_at) WHERE status = 'open';
CREATE INDEX ix_payer_query_claim_id ON insurance.payer_query (claim_id) WHERE claim_id IS NOT NULL;

CREATE TABLE insurance.query_attachment (
    id            bigint       GENERATED ALWAYS AS IDENTITY,
    query_id      bigint       NOT NULL,
    title         text         NOT NULL,
    content_type  text         NOT NULL,
    content       bytea        NOT NULL,
    added_by      bigint       NOT NULL,
    added_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_query_attachment PRIMARY KEY (id),
    CONSTRAINT fk_query_attachment_query_id_payer_query FOREIGN KEY (query_id) REFERENCES insurance.payer_query (id),
    CONSTRAINT fk_query_attachment_added_by_staff FOREIGN KEY (added_by) REFERENCES core.staff (id),
    CONSTRAINT ck_query_attachment_title CHECK (length(btrim(title)) BETWEEN 1 AND 200 AND title !~ '[[:cntrl:]]'),
    CONSTRAINT ck_query_attachment_content_type CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg',
                                                                        'text/plain')),
    CONSTRAINT ck_query_attachment_size CHECK (octet_length(content) BETWEEN 1 AND 5242880)
);
COMMENT ON TABLE insurance.query_attachment IS 'Documents sent with the answer to a payer''s query (at most 5 MB each).';

CREATE INDEX ix_query_attachment_query_id ON insurance.query_attachment (query_id);

-- ---------------------------------------------------------------------------------------------------
-- Remittance
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE insurance.remittance (
    id               bigint        GENERATED ALWAYS AS IDENTITY,
    payer_id         bigint        NOT NULL,
    message_id       bigint        NOT NULL,
    payer_reference  text          NOT NULL,
    payment_date     date          NOT NULL,
    total            numeric(12,2) NOT NULL,
    currency         char(3)       NOT NULL,
    received_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_remittance PRIMARY KEY (id),
    CONSTRAINT uq_remittance_payer_id_payer_reference UNIQUE (payer_id, payer_reference),
    CONSTRAINT fk_remittance_payer_id_payer FOREIGN KEY (payer_id) REFERENCES billing.payer (id),
    CONSTRAINT fk_remittance_message_id_message FOREIGN KEY (message_id) REFERENCES insurance.message (id),
    CONSTRAINT ck_remittance_payer_reference CHECK (length(payer_reference) BETWEEN 1 AND 100),
    CONSTRAINT ck_remittance_total CHECK (total >= 0)
);
COMMENT ON TABLE insurance.remittance IS
    'A payer''s payment advice (FHIR PaymentReconciliation): one payment covering claims, each posted automatically.';

CREATE TABLE insurance.remittance_line (
    id               bigint        GENERATED ALWAYS AS IDENTITY,
    remittance_id    bigint        NOT NULL,
    line_no          integer       NOT NULL,
    claim_reference  text          NOT NULL,
    claim_id         bigint,
    amount           numeric(12,2) NOT NULL,
    status           text          NOT NULL,
    payment_id       bigint,
    note             text,
    resolved_by      bigint,
    resolved_at      timestamptz,
    CONSTRAINT pk_remittance_line PRIMARY KEY (id),
    CONSTRAINT uq_remittance_line_line_no UNIQUE (remittance_id, line_no),
    CONSTRAINT fk_remittance_line_remittance_id FOREIGN KEY (remittance_id) REFERENCES insurance.remittance (id),
    CONSTRAINT fk_remittance_line_claim_id_claim FOREIGN KEY (claim_id) REFERENCES billing.claim (id),
    CONSTRAINT fk_remittance_line_payment_id_payment FOREIGN KEY (payment_id) REFERENCES billing.payment (id),
    CONSTRAINT fk_remittance_line_resolved_by_staff FOREIGN KEY (resolved_by) REFERENCES core.staff (id),
    CONSTRAINT ck_remittance_line_claim_reference CHECK (length(claim_reference) BETWEEN 1 AND 100),
    CONSTRAINT ck_remittance_line_amount CHECK (amount > 0),
    CONSTRAINT ck_remittance_line_status CHECK (status IN ('posted', 'unmatched', 'refused', 'resolved')),
    CONSTRAINT ck_remittance_line_posted CHECK ((status = 'posted') = (payment_id IS NOT NULL)),
    CONSTRAINT ck_remittance_line_resolved CHECK ((status = 'resolved') = (resolved_at IS NOT NULL
                                                                         AND resolved_by IS NOT NULL)),
    CONSTRAINT ck_remittance_line_note CHECK (length(note) <= 500)
);
COMMENT ON TABLE insurance.remittance_line IS
    'One claim paid in a remittance: posted (a billing.payment of method insurance), unmatched (no claim of ours '
    'with that identifier), refused (more than the claim''s approved amount left) or resolved by billing with a note.';

CREATE INDEX ix_remittance_line_claim_id ON insurance.remittance_line (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ix_remittance_line_open ON insurance.remittance_line (remittance_id) WHERE status IN ('unmatched', 'refused');
