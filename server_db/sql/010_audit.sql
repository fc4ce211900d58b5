-- =====================================================================================================
-- audit: the immutable, hash-chained record of every write and every chart opening.
-- Applied as hms_owner.
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
GRANT USAGE ON SCHEMA audit TO hms_staff;

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
GRANT SELECT ON audit.event TO hms_auditor;

CREATE TABLE audit.chain_head (
    id            boolean PRIMARY KEY DEFAULT true CHECK (id),
    last_event_id bigint,
    last_txid     bigint,
    last_hash     text NOT NULL DEFAULT '',
    sealed_count  bigint NOT NULL DEFAULT 0,
    sealed_at     timestamptz
);
COMMENT ON TABLE audit.chain_head IS 'Where the sealed chain ends; audit-verify checks the recomputed chain ends here.';
INSERT INTO audit.chain_head DEFAULT VALUES;
GRANT SELECT ON audit.chain_head TO hms_auditor;

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
GRANT SELECT ON audit.access TO hms_auditor;

-- ---------------------------------------------------------------------------------------------------
-- Protective triggers: append-only for everyone but the superuser (who can disable triggers, which is
-- exactly what the hash chain is there to reveal).
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION audit.forbid_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- The only permitted UPDATE: audit.seal() filling in the chain columns of a still unsealed event.
    -- (Nested IFs: PL/pgSQL does not promise to short-circuit AND, and OLD has no hash elsewhere.)
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'event' AND current_user = 'hms_owner' THEN
        IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
           AND (to_jsonb(OLD) - 'prev_hash' - 'hash') = (to_jsonb(NEW) - 'prev_hash' - 'hash') THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON audit.event
    FOR EACH ROW EXECUTE FUNCTION audit.forbid_change();
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.forbid_change();
CREATE TRIGGER access_append_only BEFORE UPDATE OR DELETE ON audit.access
    FOR EACH ROW EXECUTE FUNCTION audit.forbid_change();
CREATE TRIGGER access_no_truncate BEFORE TRUNCATE ON audit.access
    FOR EACH STATEMENT EXECUTE FUNCTION audit.forbid_change();
CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.forbid_change();
CREATE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON audit.chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit.forbid_change();

-- ---------------------------------------------------------------------------------------------------
-- Row-level security: the auditor reads everything in audit; nobody else reads anything here.
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE audit.event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.event FORCE ROW LEVEL SECURITY;
CREATE POLICY "Auditors read every event" ON audit.event FOR SELECT TO hms_auditor USING (true);

ALTER TABLE audit.access ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.access FORCE ROW LEVEL SECURITY;
CREATE POLICY "Auditors read the access log" ON audit.access FOR SELECT TO hms_auditor USING (true);

ALTER TABLE audit.chain_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.chain_head FORCE ROW LEVEL SECURITY;
CREATE POLICY "Auditors read the chain head" ON audit.chain_head FOR SELECT TO hms_auditor USING (true);

-- ---------------------------------------------------------------------------------------------------
-- The generic write trigger. Tables opt in with audit.enable('schema.table').
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION audit.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND v_old = v_new THEN
        RETURN NULL;  -- nothing changed, nothing to record
    END IF;
    v_row := coalesce(v_new, v_old);
    INSERT INTO audit.event (actor, action, schema_name, table_name, row_id, patient_id, old_row, new_row,
                             reason, workstation, client_addr, txid)
    VALUES (session_user, TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME, v_row ->> 'id',
            CASE WHEN TG_TABLE_SCHEMA = 'registry' AND TG_TABLE_NAME = 'patient'
                 THEN (v_row ->> 'id')::bigint ELSE (v_row ->> 'patient_id')::bigint END,
            v_old, v_new,
            nullif(current_setting('hms.reason', true), ''),
            nullif(current_setting('application_name', true), ''),
            inet_client_addr(),
            pg_current_xact_id()::text::bigint);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION audit.log_change() IS 'AFTER ROW trigger of every audited table: writes one audit.event.';

CREATE FUNCTION audit.enable(target regclass) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION audit.log_change()', target);
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- The chain
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION audit.canonical(e audit.event) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'id', e.id, 'at', (extract(epoch FROM e.occurred_at) * 1000000)::bigint, 'actor', e.actor,
        'action', e.action, 'schema', e.schema_name, 'table', e.table_name, 'row', e.row_id,
        'patient', e.patient_id, 'old', e.old_row, 'new', e.new_row, 'reason', e.reason,
        'workstation', e.workstation, 'addr', host(e.client_addr), 'txid', e.txid)::text
$$;
COMMENT ON FUNCTION audit.canonical(audit.event) IS 'The exact text an event''s hash covers (jsonb text is key-sorted).';
GRANT EXECUTE ON FUNCTION audit.canonical(audit.event) TO hms_auditor;

CREATE FUNCTION audit.seal(max_events integer DEFAULT 50000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    horizon bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
    head    audit.chain_head;
    ev      audit.event;
    digest  text;
    n       integer := 0;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('audit.seal')) THEN
        RETURN 0;  -- another session is sealing right now
    END IF;
    SELECT * INTO head FROM audit.chain_head FOR UPDATE;
    FOR ev IN SELECT * FROM audit.event
               WHERE hash IS NULL AND txid < horizon
                 -- an unsealed event that sorts before the head can only have been slipped in by
                 -- tampering: leave it out so audit-verify reports it
                 AND (head.last_txid IS NULL OR (txid, id) > (head.last_txid, head.last_event_id))
               ORDER BY txid, id LIMIT max_events LOOP
        digest := encode(sha256(convert_to(head.last_hash || '|' || audit.canonical(ev), 'UTF8')), 'hex');
        UPDATE audit.event SET prev_hash = head.last_hash, hash = digest WHERE id = ev.id;
        head.last_hash := digest;
        head.last_event_id := ev.id;
        head.last_txid := ev.txid;
        n := n + 1;
    END LOOP;
    IF n > 0 THEN
        UPDATE audit.chain_head
           SET last_event_id = head.last_event_id, last_txid = head.last_txid, last_hash = head.last_hash,
               sealed_count = sealed_count + n, sealed_at = clock_timestamp();
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION audit.seal(integer) IS
    'Links finished transactions'' events into the hash chain; safe to call from any session at any time.';
GRANT EXECUTE ON FUNCTION audit.seal(integer) TO hms_staff;
