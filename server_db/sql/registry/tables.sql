-- registry: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- registry: the master patient index.as hms_owner.
-- The MRN is made by the database (a sequence plus a Luhn check digit, so a mistyped or misread MRN is
-- caught before it finds the wrong patient); clients cannot choose it.
-- =====================================================================================================
CREATE SCHEMA registry;
COMMENT ON SCHEMA registry IS 'Patients (demographics and identifiers).';

-- ---------------------------------------------------------------------------------------------------
-- MRN
-- ---------------------------------------------------------------------------------------------------
CREATE SEQUENCE registry.mrn_seq START WITH 10000000 MAXVALUE 99999999 NO CYCLE;

-- The number of an unidentified patient's temporary alias ('UNKNOWN 2026-0042': the year of registration and
-- this number). One sequence for all years rather than a counter per year: two desks registering casualties at
-- the same moment never wait for each other (a per-year counter is a row everybody locks), the number is unique
-- on its own (the year is for the reader), and a number burnt by a rolled-back registration is harmless. No
-- staff role has USAGE on it: only registry.register_unidentified() draws from it.
CREATE SEQUENCE registry.unidentified_seq START WITH 1 MAXVALUE 99999999 NO CYCLE;

-- ---------------------------------------------------------------------------------------------------
-- Normalisation and blocking keys (the indexes use these, so they must stay IMMUTABLE and equal)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.dedup_fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- Plain ASCII (most names) takes the cheap branch: a long multibyte translate costs ~7 us a call.
    SELECT CASE WHEN octet_length(name) = length(name)
                THEN translate(lower(left(name, 100)), ' -''.,', '')
                ELSE translate(lower(left(name, 100)),
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſßæÆœŒøØđĐłŁıðÐ -''’.,',
        'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzssaaooooddllidd')
           END
$$;
COMMENT ON FUNCTION registry.dedup_fold(text) IS
    'A name folded for comparison: lower case, accents removed, spaces, hyphens, apostrophes, dots, commas dropped.';

CREATE FUNCTION registry.next_mrn() RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT n || registry.luhn_check_digit(n) FROM (SELECT pg_catalog.nextval('registry.mrn_seq')::text AS n) AS s
$$;
COMMENT ON FUNCTION registry.next_mrn() IS '9-digit MRN: 8-digit sequence number and a Luhn check digit.';

CREATE FUNCTION registry.mrn_is_valid(mrn text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(mrn ~ '^[0-9]{9}$'
                    AND registry.luhn_check_digit(left(mrn, 8)) = right(mrn, 1)::int, false)
$$;

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE registry.patient (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    mrn          text        NOT NULL DEFAULT registry.next_mrn(),
    given_name   text        NOT NULL,
    family_name  text        NOT NULL,
    birth_date   date        NOT NULL,
    sex          text        NOT NULL,
    national_id  text,
    phone        text,
    address      text,
    postal_code  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL DEFAULT session_user,
    merged_into_id bigint,
    birth_date_accuracy text   NOT NULL DEFAULT 'exact',
    identity_status text       NOT NULL DEFAULT 'identified',
    temporary_alias text,
    identification_note text,
    CONSTRAINT pk_patient PRIMARY KEY (id),
    CONSTRAINT fk_patient_merged_into_id_patient FOREIGN KEY (merged_into_id) REFERENCES registry.patient (id),
    CONSTRAINT ck_patient_not_merged_into_itself CHECK (merged_into_id <> id),
    CONSTRAINT uq_patient_mrn UNIQUE (mrn),
    CONSTRAINT uq_patient_national_id UNIQUE (national_id),
    CONSTRAINT ck_patient_mrn CHECK (registry.mrn_is_valid(mrn)),
    CONSTRAINT ck_patient_given_name CHECK (length(btrim(given_name)) BETWEEN 1 AND 100 AND given_name = btrim(given_name)),
    CONSTRAINT ck_patient_family_name CHECK (length(btrim(family_name)) BETWEEN 1 AND 100 AND family_name = btrim(family_name)),
    CONSTRAINT ck_patient_birth_date CHECK (birth_date >= DATE '1880-01-01'),
    CONSTRAINT ck_patient_sex CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    CONSTRAINT ck_patient_national_id CHECK (national_id ~ '^[A-Z0-9-]{4,32}$'),
    CONSTRAINT ck_patient_phone CHECK (phone ~ '^\+?[0-9 ()./-]{3,32}$'),
    CONSTRAINT ck_patient_address CHECK (length(address) <= 300),
    CONSTRAINT ck_patient_postal_code CHECK (postal_code ~ '^[A-Za-z0-9 -]{2,12}$'),
    -- 'year': only the year is known, stored as 1 July of it; 'estimated': staff estimated the age.
    CONSTRAINT ck_patient_birth_date_accuracy CHECK (birth_date_accuracy IN ('exact', 'year', 'estimated')),
    CONSTRAINT ck_patient_birth_year_only CHECK (
        birth_date_accuracy <> 'year' OR (extract(month FROM birth_date) = 7 AND extract(day FROM birth_date) = 1)),
    CONSTRAINT ck_patient_identity_status CHECK (identity_status IN ('identified', 'unidentified')),
    CONSTRAINT uq_patient_temporary_alias UNIQUE (temporary_alias),
    CONSTRAINT ck_patient_temporary_alias CHECK (temporary_alias ~ '^UNKNOWN [0-9]{4}-[0-9]{4,8}$'),
    -- An unidentified patient is known only by the alias the database made: family name UNKNOWN, given name the
    -- alias's number, an estimated age, no national ID. Identifying them (registry.identify_patient) keeps the
    -- alias for the record's history.
    CONSTRAINT ck_patient_unidentified CHECK (
        identity_status = 'identified'
        OR (temporary_alias IS NOT NULL AND family_name = 'UNKNOWN' AND given_name = substr(temporary_alias, 9)
            AND birth_date_accuracy = 'estimated' AND national_id IS NULL)),
    CONSTRAINT ck_patient_identification_note CHECK (length(identification_note) BETWEEN 1 AND 500),
    -- a tab, line break or escape pasted into a name breaks the wristband, labels and HL7 messages
    CONSTRAINT ck_patient_no_control_characters CHECK (
        given_name !~ '[[:cntrl:]]' AND family_name !~ '[[:cntrl:]]' AND address !~ '[[:cntrl:]]'
        AND identification_note !~ '[[:cntrl:]]')
);
COMMENT ON TABLE registry.patient IS 'One row per patient; mrn is made by the database.';
COMMENT ON COLUMN registry.patient.national_id IS 'National identity number, upper-case, unique when present.';
COMMENT ON COLUMN registry.patient.merged_into_id IS 'Set when this record was merged into another (the survivor); never deleted.';
COMMENT ON COLUMN registry.patient.birth_date_accuracy IS
    'exact; year (only the year is known, birth_date is 1 July of it); estimated (age estimated by staff).';
COMMENT ON COLUMN registry.patient.identity_status IS
    'unidentified: registered in an emergency under temporary_alias; identified: a normal record.';
COMMENT ON COLUMN registry.patient.temporary_alias IS
    'UNKNOWN <year>-<number>, made by registry.register_unidentified; kept after identification.';
COMMENT ON COLUMN registry.patient.identification_note IS
    'What staff noted to identify an unidentified patient later (where found, who brought them, features).';

CREATE INDEX ix_patient_birth_date ON registry.patient (birth_date);

CREATE INDEX ix_patient_family_name_trgm ON registry.patient USING gin (lower(family_name) ext.gin_trgm_ops);

CREATE INDEX ix_patient_given_name_trgm ON registry.patient USING gin (lower(given_name) ext.gin_trgm_ops);

CREATE INDEX ix_patient_phone ON registry.patient (phone);

CREATE FUNCTION registry.dedup_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(coalesce(nullif(ext.dmetaphone(registry.dedup_fold(name)), ''),
                           left(registry.dedup_fold(name), 12)), '')
$$;
COMMENT ON FUNCTION registry.dedup_name_key(text) IS
    'Blocking key of a name: double metaphone of the folded name, or the folded name when it has no Latin letters.';

CREATE FUNCTION registry.dedup_phone_key(phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(right(regexp_replace(phone, '[^0-9]', '', 'g'), 9), '')
$$;
COMMENT ON FUNCTION registry.dedup_phone_key(text) IS 'The last 9 digits of a phone number (+44 7700 ... = 07700 ...).';

CREATE FUNCTION registry.dedup_initials(given_name text, family_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(registry.dedup_fold(given_name), 1) || left(registry.dedup_fold(family_name), 1)
$$;
COMMENT ON FUNCTION registry.dedup_initials(text, text) IS 'First letters of the folded given and family names.';

-- ---------------------------------------------------------------------------------------------------
-- Blocking indexes (mirrored in server_db/models/registry.py)
-- ---------------------------------------------------------------------------------------------------
CREATE INDEX ix_patient_phone_key ON registry.patient (registry.dedup_phone_key(phone));

-- Reception's search (registry.search_patients): a phone typed with 7 or more digits is the end of a number, so
-- the key is indexed reversed for a prefix match; the list order with keyset paging walks this index.
CREATE INDEX ix_patient_phone_suffix ON registry.patient (reverse(registry.dedup_phone_key(phone)) text_pattern_ops);

CREATE INDEX ix_patient_list_order ON registry.patient (family_name, given_name, id) WHERE merged_into_id IS NULL;

CREATE INDEX ix_patient_dedup_family ON registry.patient (registry.dedup_name_key(family_name), birth_date);

CREATE INDEX ix_patient_dedup_given ON registry.patient (registry.dedup_name_key(given_name), birth_date);

CREATE INDEX ix_patient_dedup_birth_initials ON registry.patient
    (birth_date, registry.dedup_initials(given_name, family_name));

CREATE INDEX ix_patient_dedup_name_pair ON registry.patient
    (registry.dedup_name_key(family_name), registry.dedup_name_key(given_name), birth_date);

-- Same postal code and a name key, whatever the birth date says (a birth date typed wrong in every digit, or
-- replaced by another family member's).
CREATE INDEX ix_patient_dedup_postal ON registry.patient
    (upper(replace(postal_code, ' ', '')), registry.dedup_name_key(family_name), registry.dedup_name_key(given_name));

-- =====================================================================================================
-- registry: patient merge / unmerge, MRN aliases, the reason rule for demographic edits and the
-- demographic change history.
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

-- The break-glass table is created before the registry; link it to the patient now.
ALTER TABLE core.break_glass_grant
    ADD CONSTRAINT fk_break_glass_grant_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id);

-- =====================================================================================================
-- registry: the duplicate worklist (issue 16). A registry-wide scan (hms-admin find-duplicates, or
-- registry.scan_all_duplicates for a small registry) scores every patient against the registry with
-- registry.find_duplicate_candidates and queues the likely pairs, lower id first, once per pair. A reviewer
-- (an administrator: the role that merges) decides each pair through registry.decide_duplicate_pair: merged
-- (registry.merge_patients) or distinct ("not the same person"), which is remembered: the pair never
-- returns from a later scan (its row exists) and registry.decided_distinct(a, b) answers the registration
-- check. Nobody writes these tables but the SECURITY DEFINER functions; both are excluded from
-- registry.merge_targets(), so a merge leaves the pairs naming the records they named.
-- =====================================================================================================
CREATE TABLE registry.duplicate_scan (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    started_by   bigint      NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    min_score    real        NOT NULL,
    patients     bigint      NOT NULL DEFAULT 0,
    pairs_found  bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_duplicate_scan PRIMARY KEY (id),
    CONSTRAINT fk_duplicate_scan_started_by_staff FOREIGN KEY (started_by) REFERENCES core.staff (id),
    CONSTRAINT ck_duplicate_scan_min_score CHECK (min_score > 0 AND min_score <= 1),
    CONSTRAINT ck_duplicate_scan_counts CHECK (patients >= 0 AND pairs_found >= 0),
    CONSTRAINT ck_duplicate_scan_finished CHECK (finished_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE registry.duplicate_scan IS
    'One run of the registry-wide duplicate scan: who, when, the lowest score queued, patients scanned and pairs '
    'newly queued. Written only by the registry scan functions.';

CREATE TABLE registry.duplicate_pair (
    id             bigint      GENERATED ALWAYS AS IDENTITY,
    patient_a      bigint      NOT NULL,
    patient_b      bigint      NOT NULL,
    score          real        NOT NULL,
    reasons        text[]      NOT NULL DEFAULT '{}',
    found_at       timestamptz NOT NULL DEFAULT now(),
    scan_id        bigint      NOT NULL,
    decision       text        NOT NULL DEFAULT 'waiting',
    decided_by     bigint,
    decided_at     timestamptz,
    decision_note  text,
    merge_id       bigint,
    CONSTRAINT pk_duplicate_pair PRIMARY KEY (id),
    CONSTRAINT uq_duplicate_pair_patients UNIQUE (patient_a, patient_b),
    CONSTRAINT fk_duplicate_pair_patient_a_patient FOREIGN KEY (patient_a) REFERENCES registry.patient (id),
    CONSTRAINT fk_duplicate_pair_patient_b_patient FOREIGN KEY (patient_b) REFERENCES registry.patient (id),
    CONSTRAINT fk_duplicate_pair_scan_id_duplicate_scan FOREIGN KEY (scan_id) REFERENCES registry.duplicate_scan (id),
    CONSTRAINT fk_duplicate_pair_decided_by_staff FOREIGN KEY (decided_by) REFERENCES core.staff (id),
    CONSTRAINT fk_duplicate_pair_merge_id_patient_merge FOREIGN KEY (merge_id) REFERENCES registry.patient_merge (id),
    CONSTRAINT ck_duplicate_pair_order CHECK (patient_a < patient_b),
    CONSTRAINT ck_duplicate_pair_score CHECK (score >= 0 AND score <= 1),
    CONSTRAINT ck_duplicate_pair_decision CHECK (decision IN ('waiting', 'merged', 'distinct')),
    CONSTRAINT ck_duplicate_pair_decided CHECK (
        (decision = 'waiting' AND decided_by IS NULL AND decided_at IS NULL AND decision_note IS NULL
         AND merge_id IS NULL)
        OR (decision <> 'waiting' AND decided_by IS NOT NULL AND decided_at IS NOT NULL
            AND length(btrim(decision_note)) >= 10 AND (merge_id IS NOT NULL) = (decision = 'merged')))
);
COMMENT ON TABLE registry.duplicate_pair IS
    'Likely duplicate pairs found by the registry-wide scan (lower patient id first, once per pair) and the '
    'reviewer''s decision: waiting, merged (merge_id) or distinct (never proposed again). Written only by the '
    'registry scan functions and registry.decide_duplicate_pair.';

-- The reviewer's queue, best first; the pairs of a patient by either side; the distinct pairs for the matcher.
CREATE INDEX ix_duplicate_pair_waiting ON registry.duplicate_pair (score DESC, id) WHERE decision = 'waiting';
CREATE INDEX ix_duplicate_pair_patient_b ON registry.duplicate_pair (patient_b);
CREATE INDEX ix_duplicate_pair_scan_id ON registry.duplicate_pair (scan_id);
