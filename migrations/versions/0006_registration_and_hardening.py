"""Registration that tells people apart, and hostile input refused (issues 16 and 19).

- Unidentified patients and estimated birth dates: registry.patient gets birth_date_accuracy, identity_status,
  temporary_alias (made by the database from registry.unidentified_seq) and identification_note with their
  CHECKs; registry.register_unidentified and registry.identify_patient; registry.search_patients returns the new
  columns (its result type changes, so it is dropped here and made again by reapply_code()).
- The duplicate worklist: registry.duplicate_scan and registry.duplicate_pair with their policies; the scan,
  decision and footprint functions.
- The duplicate check (registry.find_duplicate_candidates) tells relatives from duplicates and survives more
  errors: ix_patient_dedup_postal for the postal-code block.
- Definer functions refuse hostile input with a sentence (core.check_day, core.check_time, dashboard.look_back and
  the checks tests/test_definer_fuzz.py asked for).
- Every number column of a protected table refuses NaN and infinities (core.require_finite_numbers).

One migration for all of it because reapply_code() re-runs today's function and grant files, which name the new
tables and columns: every table change comes first, then the code, then the checks that need the new function.
Every statement is a no-op on a baseline built from today's files (docs/database.md). Downgrade keeps everything:
the older functions never read the additions, and the previous bodies live in git history.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""
from server_db.sqlfiles import SCHEMAS, apply_sql, as_owner, reapply_code

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with as_owner():
        # unidentified patients and estimated birth dates
        apply_sql(text="""
            CREATE SEQUENCE IF NOT EXISTS registry.unidentified_seq START WITH 1 MAXVALUE 99999999 NO CYCLE;
            ALTER TABLE registry.patient
                ADD COLUMN IF NOT EXISTS birth_date_accuracy text NOT NULL DEFAULT 'exact',
                ADD COLUMN IF NOT EXISTS identity_status text NOT NULL DEFAULT 'identified',
                ADD COLUMN IF NOT EXISTS temporary_alias text,
                ADD COLUMN IF NOT EXISTS identification_note text;
            DO $$
            DECLARE
                c record;
            BEGIN
                FOR c IN SELECT * FROM (VALUES
                    ('ck_patient_birth_date_accuracy',
                     $c$CHECK (birth_date_accuracy IN ('exact', 'year', 'estimated'))$c$),
                    ('ck_patient_birth_year_only',
                     $c$CHECK (birth_date_accuracy <> 'year'
                               OR (extract(month FROM birth_date) = 7 AND extract(day FROM birth_date) = 1))$c$),
                    ('ck_patient_identity_status', $c$CHECK (identity_status IN ('identified', 'unidentified'))$c$),
                    ('uq_patient_temporary_alias', $c$UNIQUE (temporary_alias)$c$),
                    ('ck_patient_temporary_alias', $c$CHECK (temporary_alias ~ '^UNKNOWN [0-9]{4}-[0-9]{4,8}$')$c$),
                    ('ck_patient_unidentified',
                     $c$CHECK (identity_status = 'identified'
                               OR (temporary_alias IS NOT NULL AND family_name = 'UNKNOWN'
                                   AND given_name = substr(temporary_alias, 9)
                                   AND birth_date_accuracy = 'estimated' AND national_id IS NULL))$c$),
                    ('ck_patient_identification_note',
                     $c$CHECK (length(identification_note) BETWEEN 1 AND 500)$c$),
                    ('ck_patient_no_control_characters',
                     $c$CHECK (given_name !~ '[[:cntrl:]]' AND family_name !~ '[[:cntrl:]]'
                               AND address !~ '[[:cntrl:]]' AND identification_note !~ '[[:cntrl:]]')$c$))
                    AS v (name, definition)
                LOOP
                    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conname = c.name
                                      AND conrelid = 'registry.patient'::regclass) THEN
                        EXECUTE format('ALTER TABLE registry.patient ADD CONSTRAINT %I %s', c.name, c.definition);
                    END IF;
                END LOOP;
            END $$;
            COMMENT ON COLUMN registry.patient.birth_date_accuracy IS
                'exact; year (only the year is known, birth_date is 1 July of it); estimated (age estimated by staff).';
            COMMENT ON COLUMN registry.patient.identity_status IS
                'unidentified: registered in an emergency under temporary_alias; identified: a normal record.';
            COMMENT ON COLUMN registry.patient.temporary_alias IS
                'UNKNOWN <year>-<number>, made by registry.register_unidentified; kept after identification.';
            COMMENT ON COLUMN registry.patient.identification_note IS
                'What staff noted to identify an unidentified patient later (where found, who brought them, features).';
            DROP FUNCTION IF EXISTS registry.search_patients(text[], text, date, text, text, text, text, bigint,
                                                             integer);""")
        # the duplicate worklist
        apply_sql(text="""
            CREATE TABLE IF NOT EXISTS registry.duplicate_scan (
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
            CREATE TABLE IF NOT EXISTS registry.duplicate_pair (
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
                CONSTRAINT fk_duplicate_pair_scan_id_duplicate_scan FOREIGN KEY (scan_id)
                    REFERENCES registry.duplicate_scan (id),
                CONSTRAINT fk_duplicate_pair_decided_by_staff FOREIGN KEY (decided_by) REFERENCES core.staff (id),
                CONSTRAINT fk_duplicate_pair_merge_id_patient_merge FOREIGN KEY (merge_id)
                    REFERENCES registry.patient_merge (id),
                CONSTRAINT ck_duplicate_pair_order CHECK (patient_a < patient_b),
                CONSTRAINT ck_duplicate_pair_score CHECK (score >= 0 AND score <= 1),
                CONSTRAINT ck_duplicate_pair_decision CHECK (decision IN ('waiting', 'merged', 'distinct')),
                CONSTRAINT ck_duplicate_pair_decided CHECK (
                    (decision = 'waiting' AND decided_by IS NULL AND decided_at IS NULL AND decision_note IS NULL
                     AND merge_id IS NULL)
                    OR (decision <> 'waiting' AND decided_by IS NOT NULL AND decided_at IS NOT NULL
                        AND length(btrim(decision_note)) >= 10 AND (merge_id IS NOT NULL) = (decision = 'merged')))
            );
            CREATE INDEX IF NOT EXISTS ix_duplicate_pair_waiting ON registry.duplicate_pair (score DESC, id)
                WHERE decision = 'waiting';
            CREATE INDEX IF NOT EXISTS ix_duplicate_pair_patient_b ON registry.duplicate_pair (patient_b);
            CREATE INDEX IF NOT EXISTS ix_duplicate_pair_scan_id ON registry.duplicate_pair (scan_id);
            COMMENT ON TABLE registry.duplicate_scan IS
                'One run of the registry-wide duplicate scan: who, when, the lowest score queued, patients scanned '
                'and pairs newly queued. Written only by the registry scan functions.';
            COMMENT ON TABLE registry.duplicate_pair IS
                'Likely duplicate pairs found by the registry-wide scan (lower patient id first, once per pair) '
                'and the reviewer''s decision: waiting, merged (merge_id) or distinct (never proposed again). Written only by '
                'the registry scan functions and registry.decide_duplicate_pair.';
            DO $$ BEGIN
                IF NOT (SELECT relrowsecurity FROM pg_class WHERE oid = 'registry.duplicate_pair'::regclass) THEN
                    PERFORM core.protect('registry.duplicate_scan');
                    CREATE POLICY "Administrators read duplicate scans" ON registry.duplicate_scan FOR SELECT
                        TO hms_admin USING ((SELECT core.has_group('hms_admin')));
                    PERFORM core.protect('registry.duplicate_pair');
                    CREATE POLICY "Administrators review duplicate pairs" ON registry.duplicate_pair FOR SELECT
                        TO hms_admin USING ((SELECT core.has_group('hms_admin')));
                END IF;
            END $$;""")
        # the duplicate check's postal-code block
        apply_sql(text="""
            CREATE INDEX IF NOT EXISTS ix_patient_dedup_postal ON registry.patient
                (upper(replace(postal_code, ' ', '')), registry.dedup_name_key(family_name),
                 registry.dedup_name_key(given_name));""")
    reapply_code()
    with as_owner():
        apply_sql(text=f"""
            SELECT core.require_finite_numbers(c.oid)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind = 'r' AND c.relrowsecurity
               AND n.nspname IN ({', '.join(f"'{s}'" for s in SCHEMAS)})""")


def downgrade() -> None:
    pass  # see the docstring
