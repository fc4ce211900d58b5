-- audit: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- ---------------------------------------------------------------------------------------------------
-- Protective triggers: append-only for everyone but the superuser (who can disable triggers, which is
-- exactly what the hash chain is there to reveal).
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION audit.forbid_change() RETURNS trigger
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
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = core.message_detail('audit.append_only', TG_TABLE_NAME::text, TG_OP::text);
END
$$;

CREATE OR REPLACE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON audit.event
    FOR EACH ROW EXECUTE FUNCTION audit.forbid_change();

CREATE OR REPLACE TRIGGER event_no_truncate BEFORE TRUNCATE ON audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.forbid_change();

CREATE OR REPLACE TRIGGER access_append_only BEFORE UPDATE OR DELETE ON audit.access
    FOR EACH ROW EXECUTE FUNCTION audit.forbid_change();

CREATE OR REPLACE TRIGGER access_no_truncate BEFORE TRUNCATE ON audit.access
    FOR EACH STATEMENT EXECUTE FUNCTION audit.forbid_change();

CREATE OR REPLACE TRIGGER chain_head_no_delete BEFORE DELETE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.forbid_change();

CREATE OR REPLACE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON audit.chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit.forbid_change();

-- ---------------------------------------------------------------------------------------------------
-- The generic write trigger. Tables opt in with audit.enable('schema.table').
-- ---------------------------------------------------------------------------------------------------
-- A column named "secret" (core.second_factor) enters the trail as its SHA-256 only: a change stays visible, the
-- value never reaches the audit trail, its readers or its backups.
CREATE OR REPLACE FUNCTION audit.without_secret(v_row jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN v_row ? 'secret'
                THEN jsonb_set(v_row, '{secret}',
                               to_jsonb('sha256:' || encode(sha256(convert_to(v_row ->> 'secret', 'UTF8')), 'hex')))
                ELSE v_row END
$$;

CREATE OR REPLACE FUNCTION audit.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_old := audit.without_secret(to_jsonb(OLD)); END IF;
    IF TG_OP <> 'DELETE' THEN v_new := audit.without_secret(to_jsonb(NEW)); END IF;
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

CREATE OR REPLACE FUNCTION audit.enable(target regclass) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION audit.log_change()', target);
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- The chain
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION audit.canonical(e audit.event) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'id', e.id, 'at', (extract(epoch FROM e.occurred_at) * 1000000)::bigint, 'actor', e.actor,
        'action', e.action, 'schema', e.schema_name, 'table', e.table_name, 'row', e.row_id,
        'patient', e.patient_id, 'old', e.old_row, 'new', e.new_row, 'reason', e.reason,
        'workstation', e.workstation, 'addr', host(e.client_addr), 'txid', e.txid)::text
$$;
COMMENT ON FUNCTION audit.canonical(audit.event) IS 'The exact text an event''s hash covers (jsonb text is key-sorted).';

CREATE OR REPLACE FUNCTION audit.seal(max_events integer DEFAULT 50000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    horizon bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
    head    audit.chain_head;
    ev      audit.event;
    digest  text;
    n       integer := 0;
BEGIN
    IF max_events IS NULL OR max_events < 0 THEN
        RAISE EXCEPTION 'say how many events to seal (0 or more)'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('audit.seal_count_invalid');
    END IF;
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

-- The subject must exist, and nobody reviews their own emergency access or their own staff change.
CREATE OR REPLACE FUNCTION audit.review_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_actor bigint;
BEGIN
    IF NEW.subject_kind = 'break_glass' THEN
        SELECT staff_id INTO v_actor FROM core.break_glass_grant WHERE id = NEW.subject_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no emergency access grant %', NEW.subject_id
                USING ERRCODE = 'foreign_key_violation',
                      DETAIL = core.message_detail('audit.break_glass_grant_not_found', NEW.subject_id::text);
        END IF;
    ELSE
        SELECT coalesce(changed_by_id, staff_id) INTO v_actor FROM core.staff_change WHERE id = NEW.subject_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no staff change %', NEW.subject_id
                USING ERRCODE = 'foreign_key_violation',
                      DETAIL = core.message_detail('audit.staff_change_not_found', NEW.subject_id::text);
        END IF;
    END IF;
    IF v_actor = NEW.reviewer_id THEN
        RAISE EXCEPTION 'you cannot review your own actions; another auditor must'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('audit.own_review_refused');
    END IF;
    NEW.comment := btrim(NEW.comment);
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER review_check BEFORE INSERT ON audit.review FOR EACH ROW EXECUTE FUNCTION audit.review_check();
