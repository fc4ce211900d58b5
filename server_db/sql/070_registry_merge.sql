-- =====================================================================================================
-- registry: patient merge / unmerge, MRN aliases, the reason rule for demographic edits and the
-- demographic change history. Applied as hms_owner by migration 0002 (070_registry_merge.down.sql undoes it).
--
-- Merge (registry.merge_patients): every row of every table that references the duplicate through a
-- foreign key to registry.patient(id) moves to the survivor. The referencing columns are found from
-- pg_constraint at merge time (registry.merge_targets()), so tables added by later migrations are covered
-- without touching this file. Excluded: registry.patient.merged_into_id (the merge link itself) and
-- registry.patient_merge (the merge history). Nothing is deleted; the duplicate keeps its row, its MRN
-- (resolved to the survivor by registry.resolve_mrn) and its own audit trail.
--
-- Exact unmerge: before anything moves, every referencing row is recorded in registry.merge_moved_row
-- (table, referencing column, primary key as jsonb). Both directions then move exactly the recorded rows
-- (registry.merge_move_rows), and both verify afterwards that every recorded row is where it must be.
-- Rows created for the survivor after the merge are not recorded, so they stay with the survivor.
--
-- Composite foreign keys (clinical.note (encounter_id, patient_id) -> clinical.encounter (id, patient_id)
-- ON UPDATE CASCADE): tables are moved parents first (depth in the graph of foreign keys that carry the
-- patient column between referencing tables), so the parent's update cascades into the children and the
-- composite key holds after every statement. The children were recorded before anything moved, so the
-- cascaded rows are recorded too, and they are verified like every other row. Unmerge uses the same
-- order; a child row added after the merge to a moved parent row necessarily follows that parent back
-- (the composite key says it belongs to it).
--
-- Rules for later migrations (a merge refuses to run, naming the table, when one is broken):
--   * a foreign key to registry.patient references (id) with a single column;
--   * a table referencing registry.patient has a primary key;
--   * a foreign key that carries a patient column to another referencing table is ON UPDATE CASCADE;
--   * a protective BEFORE UPDATE trigger lets the owner change a patient column (as notify does);
--   * a unique key containing the patient column must tolerate both patients' rows meeting (or the merge
--     fails with the unique violation and changes nothing).
-- =====================================================================================================

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE registry.patient_merge (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    survivor_id     bigint      NOT NULL,
    duplicate_id    bigint      NOT NULL,
    reason          text        NOT NULL,
    merged_by       bigint      NOT NULL,
    merged_at       timestamptz NOT NULL DEFAULT now(),
    unmerged_at     timestamptz,
    unmerged_by     bigint,
    unmerge_reason  text,
    CONSTRAINT pk_patient_merge PRIMARY KEY (id),
    CONSTRAINT fk_patient_merge_survivor_id_patient FOREIGN KEY (survivor_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_patient_merge_duplicate_id_patient FOREIGN KEY (duplicate_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_patient_merge_merged_by_staff FOREIGN KEY (merged_by) REFERENCES core.staff (id),
    CONSTRAINT fk_patient_merge_unmerged_by_staff FOREIGN KEY (unmerged_by) REFERENCES core.staff (id),
    CONSTRAINT ck_patient_merge_two_patients CHECK (survivor_id <> duplicate_id),
    CONSTRAINT ck_patient_merge_reason CHECK (length(btrim(reason)) >= 10),
    CONSTRAINT ck_patient_merge_unmerged CHECK (
        (unmerged_at IS NULL AND unmerged_by IS NULL AND unmerge_reason IS NULL)
        OR (unmerged_at IS NOT NULL AND unmerged_by IS NOT NULL AND length(btrim(unmerge_reason)) >= 10
            AND unmerged_at >= merged_at))
);
COMMENT ON TABLE registry.patient_merge IS
    'One row per merge of a duplicate patient record into a survivor; written only by registry.merge_patients '
    'and registry.unmerge, never deleted.';
CREATE INDEX ix_patient_merge_survivor_id ON registry.patient_merge (survivor_id);
-- A record is the duplicate of at most one merge in force.
CREATE UNIQUE INDEX uq_patient_merge_duplicate_in_force ON registry.patient_merge (duplicate_id)
    WHERE unmerged_at IS NULL;

CREATE TABLE registry.merge_moved_row (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    merge_id     bigint NOT NULL,
    schema_name  text   NOT NULL,
    table_name   text   NOT NULL,
    column_name  text   NOT NULL,
    pk           jsonb  NOT NULL,
    CONSTRAINT pk_merge_moved_row PRIMARY KEY (id),
    CONSTRAINT fk_merge_moved_row_merge_id_patient_merge FOREIGN KEY (merge_id) REFERENCES registry.patient_merge (id),
    CONSTRAINT uq_merge_moved_row_row UNIQUE (merge_id, schema_name, table_name, column_name, pk)
);
COMMENT ON TABLE registry.merge_moved_row IS
    'Every row a merge moved from the duplicate to the survivor (its table, the patient column and its primary '
    'key as it was before the merge): what registry.unmerge moves back, and nothing else.';

GRANT SELECT ON registry.patient_merge, registry.merge_moved_row TO hms_admin, hms_auditor;

ALTER TABLE registry.patient_merge ENABLE ROW LEVEL SECURITY;
ALTER TABLE registry.patient_merge FORCE ROW LEVEL SECURITY;
CREATE POLICY "Admins and auditors read merges" ON registry.patient_merge FOR SELECT TO hms_admin, hms_auditor
    USING ((SELECT core.has_group('hms_admin')) OR (SELECT core.has_group('hms_auditor')));

ALTER TABLE registry.merge_moved_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE registry.merge_moved_row FORCE ROW LEVEL SECURITY;
CREATE POLICY "Admins and auditors read moved rows" ON registry.merge_moved_row FOR SELECT TO hms_admin, hms_auditor
    USING ((SELECT core.has_group('hms_admin')) OR (SELECT core.has_group('hms_auditor')));
-- No INSERT/UPDATE/DELETE policy or grant: only the SECURITY DEFINER functions below write them.

SELECT audit.enable('registry.patient_merge');
SELECT audit.enable('registry.merge_moved_row');

-- ---------------------------------------------------------------------------------------------------
-- Which columns reference a patient (internal: no staff role may execute the helpers of this section)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.merge_targets()
RETURNS TABLE (relid oid, schema_name text, table_name text, column_name text, pk_columns text[], depth integer,
               problem text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH RECURSIVE patient AS (
        SELECT 'registry.patient'::regclass::oid AS relid,
               (SELECT a.attnum FROM pg_attribute a
                 WHERE a.attrelid = 'registry.patient'::regclass AND a.attname = 'id') AS id_attnum,
               (SELECT a.attnum FROM pg_attribute a
                 WHERE a.attrelid = 'registry.patient'::regclass AND a.attname = 'merged_into_id') AS link_attnum
    ),
    fk AS (  -- every foreign key to registry.patient, but the merge link and the merge history
        SELECT c.oid, c.conname, c.conrelid, c.conkey, c.confkey,
               array_length(c.conkey, 1) = 1 AND c.confkey = ARRAY[p.id_attnum] AS supported
          FROM pg_constraint c, patient p
         WHERE c.contype = 'f' AND c.confrelid = p.relid
           AND c.conparentid = 0  -- a partitioned table's key once, not once per partition
           AND c.conrelid <> 'registry.patient_merge'::regclass
           AND NOT (c.conrelid = p.relid AND c.conkey = ARRAY[p.link_attnum])
    ),
    targets AS (
        SELECT DISTINCT fk.conrelid AS relid, fk.conkey[1] AS attnum FROM fk WHERE fk.supported
    ),
    edges AS (  -- a key that carries a child's patient column to another referencing table
        SELECT DISTINCT c.oid, c.conname, c.confrelid AS parent, c.conrelid AS child,
               c.confupdtype = 'c' AS cascades
          FROM pg_constraint c JOIN targets t ON t.relid = c.conrelid AND t.attnum = ANY (c.conkey)
         WHERE c.contype = 'f' AND c.confrelid <> c.conrelid
           AND c.confrelid IN (SELECT t2.relid FROM targets t2)
    ),
    walk (relid, depth) AS (
        SELECT t.relid, 0 FROM targets t
        UNION
        SELECT e.child, w.depth + 1 FROM walk w JOIN edges e ON e.parent = w.relid WHERE w.depth < 32
    ),
    depths AS (SELECT w.relid, max(w.depth) AS depth FROM walk w GROUP BY w.relid),
    pks AS (
        SELECT c.conrelid AS relid, array_agg(a.attname::text ORDER BY k.ord) AS columns
          FROM pg_constraint c
          CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k (attnum, ord)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
         WHERE c.contype = 'p' AND c.conrelid IN (SELECT fk.conrelid FROM fk)
         GROUP BY c.conrelid
    )
    SELECT DISTINCT ON (fk.conrelid, fk.conkey)
           fk.conrelid, n.nspname::text, r.relname::text,
           CASE WHEN fk.supported THEN a.attname::text END,
           pks.columns, coalesce(d.depth, 0)::integer,
           CASE WHEN NOT fk.supported
                     THEN format('foreign key %s does not reference registry.patient (id) with one column', fk.conname)
                WHEN pks.columns IS NULL THEN 'the table has no primary key'
                WHEN EXISTS (SELECT 1 FROM edges e WHERE e.child = fk.conrelid AND NOT e.cascades)
                     THEN format('foreign key %s carries the patient column but is not ON UPDATE CASCADE',
                                 (SELECT string_agg(e.conname, ', ') FROM edges e
                                   WHERE e.child = fk.conrelid AND NOT e.cascades))
           END
      FROM fk
      JOIN pg_class r ON r.oid = fk.conrelid
      JOIN pg_namespace n ON n.oid = r.relnamespace
      JOIN pg_attribute a ON a.attrelid = fk.conrelid AND a.attnum = fk.conkey[1]
      LEFT JOIN pks ON pks.relid = fk.conrelid
      LEFT JOIN depths d ON d.relid = fk.conrelid
     ORDER BY fk.conrelid, fk.conkey, fk.supported DESC
$$;
COMMENT ON FUNCTION registry.merge_targets() IS
    'Every column that references registry.patient(id) (found from pg_constraint), with its table''s primary key, '
    'its depth among composite keys (parents first) and what, if anything, keeps a merge from moving it.';

-- The WHERE clause that finds a recorded row (alias t) from its recorded primary key (alias k): key columns
-- match the recorded values, the patient column itself (when part of the key) matches the patient in $2.
CREATE FUNCTION registry.merge_pk_match(p_pk_columns text[], p_column text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT string_agg(CASE WHEN c = p_column THEN format('t.%I = $2', c) ELSE format('t.%I = k.%I', c, c) END,
                      ' AND ')
      FROM unnest(p_pk_columns) AS c
$$;

-- Moves the recorded rows of one (table, column) of a merge from one patient to the other; returns how many
-- rows this statement updated (rows already moved by an ON UPDATE CASCADE are not counted again).
CREATE FUNCTION registry.merge_move_rows(p_merge_id bigint, p_schema text, p_table text, p_column text,
                                         p_pk_columns text[], p_from bigint, p_to bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_match text;
    v_count integer;
BEGIN
    -- Primary key columns are matched with the recorded values; the patient column itself (when it is part
    -- of the key) with the patient the row is moving from.
    v_match := registry.merge_pk_match(p_pk_columns, p_column);
    EXECUTE format('UPDATE %1$I.%2$I AS t SET %3$I = $3 '
                   'FROM registry.merge_moved_row AS m, LATERAL jsonb_populate_record(NULL::%1$I.%2$I, m.pk) AS k '
                   'WHERE m.merge_id = $1 AND m.schema_name = %1$L AND m.table_name = %2$L AND m.column_name = %3$L '
                   'AND t.%3$I = $2 AND %4$s', p_schema, p_table, p_column, v_match)
        USING p_merge_id, p_from, p_to;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- How many of the recorded rows of one (table, column) of a merge now belong to the given patient.
CREATE FUNCTION registry.merge_rows_at(p_merge_id bigint, p_schema text, p_table text, p_column text,
                                       p_pk_columns text[], p_patient bigint) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_match text;
    v_count bigint;
BEGIN
    v_match := registry.merge_pk_match(p_pk_columns, p_column);
    EXECUTE format('SELECT count(*) FROM registry.merge_moved_row AS m, '
                   'LATERAL jsonb_populate_record(NULL::%1$I.%2$I, m.pk) AS k '
                   'WHERE m.merge_id = $1 AND m.schema_name = %1$L AND m.table_name = %2$L AND m.column_name = %3$L '
                   'AND EXISTS (SELECT 1 FROM %1$I.%2$I AS t WHERE t.%3$I = $2 AND %4$s)',
                   p_schema, p_table, p_column, v_match)
        INTO v_count USING p_merge_id, p_patient;
    RETURN v_count;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Merge
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.merge_patients(survivor bigint, duplicate bigint, reason text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff        bigint := core.current_staff_id();
    v_survivor     bigint := merge_patients.survivor;
    v_duplicate    bigint := merge_patients.duplicate;
    v_reason       text   := btrim(coalesce(merge_patients.reason, ''));
    v_prev_reason  text   := current_setting('hms.reason', true);
    v_survivor_row registry.patient;
    v_dup_row      registry.patient;
    v_merge        bigint;
    v_problem      text;
    v_target       record;
    v_left         bigint;
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_admin') THEN
        RAISE EXCEPTION 'only administrators may merge patient records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(v_reason) < 10 THEN
        RAISE EXCEPTION 'a merge needs a reason of at least 10 characters' USING ERRCODE = 'check_violation';
    END IF;
    IF v_survivor IS NULL OR v_duplicate IS NULL THEN
        RAISE EXCEPTION 'say which patient survives and which is the duplicate'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF v_survivor = v_duplicate THEN
        RAISE EXCEPTION 'patient % cannot be merged into itself', v_survivor USING ERRCODE = 'check_violation';
    END IF;

    -- Lock both records, in id order so two merges cannot deadlock. FOR UPDATE also waits for every
    -- transaction still inserting a row that references them (foreign key checks hold FOR KEY SHARE) and
    -- keeps new ones out until this transaction ends: the rows recorded below are all the rows there are.
    PERFORM 1 FROM registry.patient p WHERE p.id IN (v_survivor, v_duplicate) ORDER BY p.id FOR UPDATE;
    SELECT * INTO v_survivor_row FROM registry.patient p WHERE p.id = v_survivor;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id % (the survivor)', v_survivor USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO v_dup_row FROM registry.patient p WHERE p.id = v_duplicate;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id % (the duplicate)', v_duplicate USING ERRCODE = 'no_data_found';
    END IF;
    IF v_dup_row.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % (MRN %) is already merged into patient %', v_duplicate, v_dup_row.mrn,
                        v_dup_row.merged_into_id USING ERRCODE = 'check_violation';
    END IF;
    IF v_survivor_row.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % (MRN %) is itself merged into patient %: merge into the surviving record',
                        v_survivor, v_survivor_row.mrn, v_survivor_row.merged_into_id
            USING ERRCODE = 'check_violation';
    END IF;

    SELECT string_agg(format('%s.%s: %s', t.schema_name, t.table_name, t.problem), '; ') INTO v_problem
      FROM registry.merge_targets() t WHERE t.problem IS NOT NULL;
    IF v_problem IS NOT NULL THEN
        RAISE EXCEPTION 'cannot merge patients: %', v_problem USING ERRCODE = 'feature_not_supported',
            HINT = 'see the rules for later migrations in server_db/sql/070_registry_merge.sql';
    END IF;

    -- Every audit event this merge causes carries its reason.
    PERFORM set_config('hms.reason', v_reason, true);

    INSERT INTO registry.patient_merge (survivor_id, duplicate_id, reason, merged_by)
    VALUES (v_survivor, v_duplicate, v_reason, v_staff)
    RETURNING id INTO v_merge;

    -- 1. Record every referencing row before anything moves (so rows that a cascade moves are recorded too).
    FOR v_target IN SELECT * FROM registry.merge_targets() t
                     ORDER BY t.depth, t.schema_name, t.table_name, t.column_name LOOP
        EXECUTE format('INSERT INTO registry.merge_moved_row (merge_id, schema_name, table_name, column_name, pk) '
                       'SELECT $1, %1$L, %2$L, %3$L, jsonb_build_object(%4$s) FROM %1$I.%2$I AS t WHERE t.%3$I = $2',
                       v_target.schema_name, v_target.table_name, v_target.column_name,
                       (SELECT string_agg(format('%L, t.%I', c, c), ', ') FROM unnest(v_target.pk_columns) AS c))
            USING v_merge, v_duplicate;
    END LOOP;

    -- 2. Move them, parents first.
    FOR v_target IN SELECT * FROM registry.merge_targets() t
                     ORDER BY t.depth, t.schema_name, t.table_name, t.column_name LOOP
        PERFORM registry.merge_move_rows(v_merge, v_target.schema_name, v_target.table_name, v_target.column_name,
                                         v_target.pk_columns, v_duplicate, v_survivor);
    END LOOP;

    -- 3. Verify: nothing references the duplicate any more, every recorded row is the survivor's.
    FOR v_target IN SELECT * FROM registry.merge_targets() t LOOP
        EXECUTE format('SELECT count(*) FROM %I.%I AS t WHERE t.%I = $1',
                       v_target.schema_name, v_target.table_name, v_target.column_name)
            INTO v_left USING v_duplicate;
        IF v_left > 0 THEN
            RAISE EXCEPTION 'merge %: % rows of %.% still reference patient %', v_merge, v_left,
                            v_target.schema_name, v_target.table_name, v_duplicate USING ERRCODE = 'internal_error';
        END IF;
    END LOOP;
    FOR v_target IN SELECT m.schema_name, m.table_name, m.column_name, count(*) AS n, t.pk_columns
                      FROM registry.merge_moved_row m
                      JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                     WHERE m.merge_id = v_merge
                     GROUP BY m.schema_name, m.table_name, m.column_name, t.pk_columns LOOP
        IF registry.merge_rows_at(v_merge, v_target.schema_name, v_target.table_name, v_target.column_name,
                                  v_target.pk_columns, v_survivor) <> v_target.n THEN
            RAISE EXCEPTION 'merge %: not every recorded row of %.% reached patient %', v_merge,
                            v_target.schema_name, v_target.table_name, v_survivor USING ERRCODE = 'internal_error';
        END IF;
    END LOOP;

    UPDATE registry.patient p SET merged_into_id = v_survivor WHERE p.id = v_duplicate;

    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
    RETURN v_merge;
END
$$;
COMMENT ON FUNCTION registry.merge_patients(bigint, bigint, text) IS
    'Administrators: move every row referencing the duplicate to the survivor (recorded for an exact unmerge), '
    'link the duplicate to the survivor; audited with the reason. Returns the merge id.';
GRANT EXECUTE ON FUNCTION registry.merge_patients(bigint, bigint, text) TO hms_admin;

-- ---------------------------------------------------------------------------------------------------
-- Unmerge
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.unmerge(merge_id bigint, reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff        bigint := core.current_staff_id();
    v_merge_id     bigint := unmerge.merge_id;
    v_reason       text   := btrim(coalesce(unmerge.reason, ''));
    v_prev_reason  text   := current_setting('hms.reason', true);
    v_merge        registry.patient_merge;
    v_survivor_row registry.patient;
    v_dup_row      registry.patient;
    v_later        bigint;
    v_group        record;
    v_at           bigint;
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_admin') THEN
        RAISE EXCEPTION 'only administrators may undo a patient merge' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(v_reason) < 10 THEN
        RAISE EXCEPTION 'undoing a merge needs a reason of at least 10 characters' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_merge FROM registry.patient_merge m WHERE m.id = v_merge_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient merge with id %', v_merge_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_merge.unmerged_at IS NOT NULL THEN
        RAISE EXCEPTION 'merge % was already undone at %', v_merge_id, v_merge.unmerged_at
            USING ERRCODE = 'check_violation';
    END IF;
    PERFORM 1 FROM registry.patient p WHERE p.id IN (v_merge.survivor_id, v_merge.duplicate_id)
      ORDER BY p.id FOR UPDATE;
    SELECT * INTO v_survivor_row FROM registry.patient p WHERE p.id = v_merge.survivor_id;
    SELECT * INTO v_dup_row FROM registry.patient p WHERE p.id = v_merge.duplicate_id;
    IF v_survivor_row.merged_into_id IS NOT NULL THEN
        SELECT m.id INTO v_later FROM registry.patient_merge m
         WHERE m.duplicate_id = v_merge.survivor_id AND m.unmerged_at IS NULL;
        RAISE EXCEPTION 'patient % (the survivor of merge %) was merged into patient % afterwards: undo merge % first',
                        v_merge.survivor_id, v_merge_id, v_survivor_row.merged_into_id, v_later
            USING ERRCODE = 'check_violation';
    END IF;
    IF v_dup_row.merged_into_id IS DISTINCT FROM v_merge.survivor_id THEN
        RAISE EXCEPTION 'patient % is not linked to patient % as merge % left it', v_merge.duplicate_id,
                        v_merge.survivor_id, v_merge_id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;

    -- Every recorded row must still be the survivor's, or the unmerge would not be exact.
    FOR v_group IN SELECT m.schema_name, m.table_name, m.column_name, count(*) AS n, t.pk_columns, t.relid
                     FROM registry.merge_moved_row m
                     LEFT JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                    WHERE m.merge_id = v_merge_id
                    GROUP BY m.schema_name, m.table_name, m.column_name, t.pk_columns, t.relid LOOP
        IF v_group.relid IS NULL OR v_group.pk_columns IS NULL THEN
            RAISE EXCEPTION 'merge % moved rows of %.%, which no longer references registry.patient by %',
                            v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        v_at := registry.merge_rows_at(v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name,
                                       v_group.pk_columns, v_merge.survivor_id);
        IF v_at <> v_group.n THEN
            RAISE EXCEPTION 'merge % cannot be undone exactly: % of the % rows of %.% it moved no longer belong to '
                            'patient %', v_merge_id, v_group.n - v_at, v_group.n, v_group.schema_name,
                            v_group.table_name, v_merge.survivor_id USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END LOOP;

    PERFORM set_config('hms.reason', v_reason, true);

    -- Move exactly the recorded rows back, parents first (their cascades carry the children).
    FOR v_group IN SELECT DISTINCT m.schema_name, m.table_name, m.column_name, t.pk_columns, t.depth
                     FROM registry.merge_moved_row m
                     JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                    WHERE m.merge_id = v_merge_id
                    ORDER BY t.depth, m.schema_name, m.table_name, m.column_name LOOP
        PERFORM registry.merge_move_rows(v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name,
                                         v_group.pk_columns, v_merge.survivor_id, v_merge.duplicate_id);
    END LOOP;
    FOR v_group IN SELECT m.schema_name, m.table_name, m.column_name, count(*) AS n, t.pk_columns
                     FROM registry.merge_moved_row m
                     JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                    WHERE m.merge_id = v_merge_id
                    GROUP BY m.schema_name, m.table_name, m.column_name, t.pk_columns LOOP
        IF registry.merge_rows_at(v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name,
                                  v_group.pk_columns, v_merge.duplicate_id) <> v_group.n THEN
            RAISE EXCEPTION 'unmerge %: not every recorded row of %.% went back to patient %', v_merge_id,
                            v_group.schema_name, v_group.table_name, v_merge.duplicate_id
                USING ERRCODE = 'internal_error';
        END IF;
    END LOOP;

    UPDATE registry.patient p SET merged_into_id = NULL WHERE p.id = v_merge.duplicate_id;
    UPDATE registry.patient_merge m
       SET unmerged_at = now(), unmerged_by = v_staff, unmerge_reason = v_reason
     WHERE m.id = v_merge_id;

    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
END
$$;
COMMENT ON FUNCTION registry.unmerge(bigint, text) IS
    'Administrators: move exactly the rows a merge moved back to the duplicate and unlink it; audited with the '
    'reason. Refused when already undone or when the survivor was merged afterwards.';
GRANT EXECUTE ON FUNCTION registry.unmerge(bigint, text) TO hms_admin;

-- ---------------------------------------------------------------------------------------------------
-- MRN aliases: a merged record's MRN finds the surviving record
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.resolve_mrn(mrn text) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH RECURSIVE chain (id, merged_into_id, hops) AS (
        SELECT p.id, p.merged_into_id, 0 FROM registry.patient p
         WHERE p.mrn = regexp_replace(resolve_mrn.mrn, '\s', '', 'g')
        UNION ALL
        SELECT p.id, p.merged_into_id, c.hops + 1
          FROM chain c JOIN registry.patient p ON p.id = c.merged_into_id
         WHERE c.hops < 100
    )
    SELECT c.id FROM chain c WHERE c.merged_into_id IS NULL
$$;
COMMENT ON FUNCTION registry.resolve_mrn(text) IS
    'The id of the patient record an MRN belongs to now: the record itself, or the record it was merged into '
    '(following merges of merges). NULL when no patient has the MRN. Runs with the caller''s rights.';
GRANT EXECUTE ON FUNCTION registry.resolve_mrn(text) TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Demographic edits need a reason
-- ---------------------------------------------------------------------------------------------------
-- Superuser maintenance (current_user a superuser) is exempt on purpose: a superuser can disable any
-- trigger anyway, the audit still records the write with its actor, and bulk repairs should not need a
-- client-side GUC. Staff and the owner's SECURITY DEFINER code (merges set the merge reason) are not.
CREATE FUNCTION registry.patient_require_reason() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF length(regexp_replace(coalesce(current_setting('hms.reason', true), ''), '\s', '', 'g')) >= 3
       OR to_jsonb(NEW) = to_jsonb(OLD) THEN  -- a reason given, or nothing changes
        RETURN NEW;
    END IF;
    IF (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a reason is required to change a patient''s demographics'
        USING ERRCODE = 'check_violation',
              HINT = 'SET LOCAL hms.reason = ''…'' (at least 3 characters) in the same transaction';
END
$$;
COMMENT ON FUNCTION registry.patient_require_reason() IS
    'BEFORE UPDATE on registry.patient: a change needs hms.reason (>= 3 non-blank characters), except for superusers.';
CREATE TRIGGER patient_require_reason BEFORE UPDATE ON registry.patient
    FOR EACH ROW EXECUTE FUNCTION registry.patient_require_reason();

-- ---------------------------------------------------------------------------------------------------
-- Demographic change history
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.row_changes(old_row jsonb, new_row jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(jsonb_object_agg(k.key, jsonb_build_array(coalesce(old_row -> k.key, 'null'::jsonb),
                                                              coalesce(new_row -> k.key, 'null'::jsonb))), '{}'::jsonb)
      FROM jsonb_object_keys(coalesce(old_row, '{}'::jsonb) || coalesce(new_row, '{}'::jsonb)) AS k (key)
     WHERE coalesce(old_row -> k.key, 'null'::jsonb) <> coalesce(new_row -> k.key, 'null'::jsonb)
$$;
COMMENT ON FUNCTION registry.row_changes(jsonb, jsonb) IS '{column: [old, new]} for the columns that differ.';
GRANT EXECUTE ON FUNCTION registry.row_changes(jsonb, jsonb) TO hms_staff;

CREATE FUNCTION registry.patient_history(patient_id bigint)
RETURNS TABLE (occurred_at timestamptz, actor text, actor_name text, action text, reason text, changes jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_patient bigint := patient_history.patient_id;
BEGIN
    IF NOT (core.has_group('hms_reception') OR core.has_group('hms_admin') OR core.has_group('hms_doctor')
            OR core.has_group('hms_nurse')) THEN
        RAISE EXCEPTION 'only reception, clinicians and administrators read a patient''s history'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM registry.patient p WHERE p.id = v_patient) THEN
        RAISE EXCEPTION 'no patient with id %', v_patient USING ERRCODE = 'no_data_found';
    END IF;
    RETURN QUERY
    SELECT h.occurred_at, h.actor, s.full_name, h.action, h.reason, h.changes
      FROM (
            -- the record's own events (registration, corrections, being merged and unmerged)
            SELECT e.occurred_at, e.actor, e.action, e.reason, registry.row_changes(e.old_row, e.new_row) AS changes,
                   e.id AS seq
              FROM audit.event e
             WHERE e.patient_id = v_patient AND e.schema_name = 'registry' AND e.table_name = 'patient'
            UNION ALL
            -- records merged into this one (the survivor's own row does not change)
            SELECT m.merged_at, ms.username, 'MERGE', m.reason,
                   jsonb_build_object('merged_from', jsonb_build_array(NULL, m.duplicate_id)), NULL
              FROM registry.patient_merge m JOIN core.staff ms ON ms.id = m.merged_by
             WHERE m.survivor_id = v_patient
            UNION ALL
            SELECT m.unmerged_at, us.username, 'UNMERGE', m.unmerge_reason,
                   jsonb_build_object('merged_from', jsonb_build_array(m.duplicate_id, NULL)), NULL
              FROM registry.patient_merge m JOIN core.staff us ON us.id = m.unmerged_by
             WHERE m.survivor_id = v_patient AND m.unmerged_at IS NOT NULL
           ) AS h (occurred_at, actor, action, reason, changes, seq)
      LEFT JOIN core.staff s ON s.username = h.actor
     ORDER BY h.occurred_at, h.seq NULLS LAST;
END
$$;
COMMENT ON FUNCTION registry.patient_history(bigint) IS
    'Who changed a patient''s demographics, when, why and what ({column: [old, new]}), from the audit trail; '
    'for reception, clinicians and administrators. A survivor also lists the records merged into it.';
GRANT EXECUTE ON FUNCTION registry.patient_history(bigint) TO hms_reception, hms_admin, hms_doctor, hms_nurse;
