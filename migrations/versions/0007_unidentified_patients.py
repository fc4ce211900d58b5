"""Unidentified patients and estimated birth dates (issue 16): registry.patient gets birth_date_accuracy ('exact',
'year', 'estimated'), identity_status ('identified', 'unidentified'), temporary_alias (made by the database,
'UNKNOWN 2026-0042', unique, kept after identification) and identification_note; the sequence behind the alias;
registry.register_unidentified and registry.identify_patient; registry.search_patients returns the new columns
(so its result type changes: dropped here, re-created by reapply_code()).

Tables by explicit statements here and in server_db/sql/registry/tables.sql, functions and grants by
reapply_code() (docs/database.md). Every statement is a no-op on a database whose baseline already has them.
Downgrade keeps the columns: the older client does not read them, and a downgrade to base drops the schemas.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-07
"""
from server_db.sqlfiles import apply_sql, as_owner, reapply_code

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with as_owner():
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
                     $c$CHECK (length(identification_note) BETWEEN 1 AND 500)$c$)) AS v (name, definition)
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
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring
