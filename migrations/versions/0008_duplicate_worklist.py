"""The duplicate worklist (issue 16): a registry-wide scan queues likely duplicate pairs (registry.duplicate_scan,
registry.duplicate_pair) for an administrator, who decides each through registry.decide_duplicate_pair — merged
(registry.merge_patients) or distinct, remembered so the pair never returns (registry.decided_distinct for the
registration check); registry.merge_targets() leaves the worklist alone.

Tables, indexes and policies by explicit statements here and in server_db/sql/registry/; the functions and grants
by reapply_code() (docs/database.md). Every statement is a no-op on a baseline built from today's files. Downgrade
keeps the tables: the older functions never read them.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-07
"""
from server_db.sqlfiles import apply_sql, as_owner, reapply_code

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with as_owner():
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
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring
