-- audit: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- audit: the immutable, hash-chained record of every write and every chart opening.
--as hms_owner.
--
-- Design of the chain (why it does not serialize the hospital):
--   * A writer's trigger only INSERTs an unsealed event (prev_hash/hash NULL). No lock, no UPDATE.
--   * audit.seal() later links events in (txid, id) order, but only events whose transaction id is
--     below the oldest still-running transaction (pg_snapshot_xmin): those transactions are finished,
--     so no event can ever appear before a sealed one. Each seal run continues from audit.chain_head.
--   * hash = sha256(prev_hash || '|' || audit.canonical(event)); the first event links to ''.
--   * hms-admin audit-verify recomputes the chain and checks it ends at audit.chain_head.
-- =====================================================================================================
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'Immutable write events (hash-chained) and the chart access log.';

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE audit.event (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    schema_name  text        NOT NULL,
    table_name   text        NOT NULL,
    row_id       text,
    patient_id   bigint,
    old_row      jsonb,
    new_row      jsonb,
    reason       text,
    workstation  text,
    client_addr  inet,
    txid         bigint      NOT NULL,
    prev_hash    text,
    hash         text,
    CONSTRAINT pk_event PRIMARY KEY (id),
    CONSTRAINT ck_event_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
COMMENT ON TABLE audit.event IS 'One row per written row of every audited table; append-only, hash-chained by audit.seal().';
COMMENT ON COLUMN audit.event.actor IS 'session_user: the database login that wrote, never a client-settable value.';
COMMENT ON COLUMN audit.event.row_id IS 'The primary key of the written row, as text.';
COMMENT ON COLUMN audit.event.patient_id IS 'The patient the row belongs to, when it has one (for per-patient audit reports).';
COMMENT ON COLUMN audit.event.reason IS 'SET LOCAL hms.reason = ''…'' of the writing transaction: recorded, grants nothing.';
COMMENT ON COLUMN audit.event.workstation IS 'application_name of the writing session: recorded, grants nothing.';
COMMENT ON COLUMN audit.event.txid IS 'Top-level transaction id (xid8 as bigint); the chain orders by (txid, id).';
COMMENT ON COLUMN audit.event.prev_hash IS 'Hash of the previous sealed event; NULL until sealed.';
COMMENT ON COLUMN audit.event.hash IS 'sha256(prev_hash | canonical(event)) in hex; NULL until sealed.';

CREATE INDEX ix_event_unsealed ON audit.event (txid, id) WHERE hash IS NULL;

-- Few indexes on purpose: every one is paid by every audited write. Time ranges use a BRIN (events
-- arrive in time order), a patient's history the partial index; row lookups go through the patient.
CREATE INDEX ix_event_occurred_at ON audit.event USING brin (occurred_at);

CREATE INDEX ix_event_patient ON audit.event (patient_id) WHERE patient_id IS NOT NULL;

CREATE TABLE audit.chain_head (
    id            boolean PRIMARY KEY DEFAULT true CHECK (id),
    last_event_id bigint,
    last_txid     bigint,
    last_hash     text NOT NULL DEFAULT '',
    sealed_count  bigint NOT NULL DEFAULT 0,
    sealed_at     timestamptz
);
COMMENT ON TABLE audit.chain_head IS 'Where the sealed chain ends; audit-verify checks the recomputed chain ends here.';

CREATE TABLE audit.access (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    accessed_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor            text        NOT NULL,
    staff_id         bigint,
    patient_id       bigint      NOT NULL,
    purpose          text        NOT NULL,
    via_break_glass  boolean     NOT NULL DEFAULT false,
    workstation      text,
    client_addr      inet,
    CONSTRAINT pk_access PRIMARY KEY (id)
);
COMMENT ON TABLE audit.access IS 'Chart openings: who opened which patient''s chart, when, why, from where. Append-only.';

CREATE INDEX ix_access_patient ON audit.access (patient_id, accessed_at);

CREATE INDEX ix_access_actor ON audit.access (actor, accessed_at);

-- ---------------------------------------------------------------------------------------------------
-- The auditor's reviews
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE audit.review (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    subject_kind  text        NOT NULL,
    subject_id    bigint      NOT NULL,
    outcome       text        NOT NULL,
    comment       text        NOT NULL,
    reviewer      text        NOT NULL DEFAULT session_user,
    reviewer_id   bigint      NOT NULL DEFAULT core.current_staff_id(),
    reviewed_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_review PRIMARY KEY (id),
    CONSTRAINT uq_review_subject UNIQUE (subject_kind, subject_id),
    CONSTRAINT fk_review_reviewer_id_staff FOREIGN KEY (reviewer_id) REFERENCES core.staff (id),
    CONSTRAINT ck_review_subject_kind CHECK (subject_kind IN ('break_glass', 'staff_change')),
    CONSTRAINT ck_review_outcome CHECK (outcome IN ('justified', 'not_justified', 'follow_up')),
    CONSTRAINT ck_review_comment CHECK (length(btrim(comment)) BETWEEN 5 AND 2000)
);
COMMENT ON TABLE audit.review IS
    'The auditor''s verdict on a break-glass grant or a flagged staff change: one per subject, never changed.';

CREATE INDEX ix_review_reviewed_at ON audit.review (reviewed_at);

-- The auditor's search by user ("what did this login change?") pages newest first by id: an index on
-- (actor, id) answers each page from the index instead of scanning the whole trail.
CREATE INDEX ix_event_actor_id ON audit.event (actor, id);
