"""Login protection (issue 19): failed logins counted and a login locked after N of them in a window (the
password failures reported by hms-login-guard from the server log, the wrong second-factor codes counted by
core.verify_second_factor), unlocked by an administrator; a TOTP second factor whose absence makes a session
nobody to every policy (core.session_staff_id behind core.current_staff_id); the audit trail's policies ask for
a verified auditor instead of any member of hms_auditor.

Tables, policies and the one function of core/tables.sql change by explicit statements here and in the files;
the rest by reapply_code() (docs/database.md). Every statement is a no-op on a baseline built from today's
files. Downgrade keeps the additions: the older functions never read them, and the previous bodies live in git.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""
from server_db.sqlfiles import apply_sql, as_owner, reapply_code

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_sql(text="""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hms_login_guard') THEN
                CREATE ROLE hms_login_guard NOLOGIN;
            END IF;
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO hms_login_guard', current_database());
        END $$""")
    with as_owner():
        apply_sql(text="""
            ALTER TABLE core.staff ADD COLUMN IF NOT EXISTS locked_at timestamptz;
            CREATE TABLE IF NOT EXISTS core.login_failure (
                id           bigint GENERATED ALWAYS AS IDENTITY,
                username     text        NOT NULL,
                failed_at    timestamptz NOT NULL,
                kind         text        NOT NULL,
                client_addr  text,
                log_session  text,
                recorded_at  timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT pk_login_failure PRIMARY KEY (id),
                CONSTRAINT ck_login_failure_kind CHECK (kind IN ('password', 'second_factor')),
                CONSTRAINT ck_login_failure_username CHECK (length(username) BETWEEN 1 AND 63),
                CONSTRAINT uq_login_failure_log_session UNIQUE (log_session));
            CREATE INDEX IF NOT EXISTS ix_login_failure_username ON core.login_failure (username, failed_at);
            CREATE TABLE IF NOT EXISTS core.second_factor (
                id           bigint GENERATED ALWAYS AS IDENTITY,
                staff_id     bigint      NOT NULL,
                secret       bytea       NOT NULL,
                enrolled_at  timestamptz NOT NULL DEFAULT now(),
                enrolled_by  bigint      NOT NULL,
                last_step    bigint      NOT NULL,
                removed_at   timestamptz,
                CONSTRAINT pk_second_factor PRIMARY KEY (id),
                CONSTRAINT fk_second_factor_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
                CONSTRAINT fk_second_factor_enrolled_by_staff FOREIGN KEY (enrolled_by) REFERENCES core.staff (id),
                CONSTRAINT ck_second_factor_secret CHECK (length(secret) BETWEEN 20 AND 64));
            CREATE UNIQUE INDEX IF NOT EXISTS uq_second_factor_staff ON core.second_factor (staff_id)
                WHERE removed_at IS NULL;
            CREATE TABLE IF NOT EXISTS core.second_factor_grant (
                token_hash   bytea       NOT NULL,
                staff_id     bigint      NOT NULL,
                issued_at    timestamptz NOT NULL DEFAULT now(),
                expires_at   timestamptz NOT NULL,
                ended_at     timestamptz,
                workstation  text,
                CONSTRAINT pk_second_factor_grant PRIMARY KEY (token_hash),
                CONSTRAINT fk_second_factor_grant_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
                CONSTRAINT ck_second_factor_grant_expiry CHECK (expires_at > issued_at));
            CREATE INDEX IF NOT EXISTS ix_second_factor_grant_staff ON core.second_factor_grant (staff_id)
                WHERE ended_at IS NULL;
            ALTER TABLE core.staff_change DROP CONSTRAINT ck_staff_change_action;
            ALTER TABLE core.staff_change ADD CONSTRAINT ck_staff_change_action CHECK (action IN (
                'create', 'roles', 'departments', 'name', 'deactivate', 'reactivate', 'reset_password',
                'password_changed', 'lock', 'unlock', 'second_factor_enrolled', 'second_factor_removed'));
            INSERT INTO core.setting (key, value, description) VALUES
                ('login_lock_after', '10',
                 'A login is locked after this many failed logins (password or code) in the window.'),
                ('login_lock_window_minutes', '15', 'Minutes over which failed logins are counted for the lock.'),
                ('second_factor_hours', '12', 'Hours a session stays verified after its second-factor code (a shift).')
            ON CONFLICT (key) DO NOTHING;""")
    reapply_code()  # core.session_staff_id first: the wrapper below calls it
    with as_owner():
        apply_sql(text="""
            CREATE OR REPLACE FUNCTION core.current_staff_id() RETURNS bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                SELECT core.session_staff_id()
            $$;
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_class WHERE oid = 'core.login_failure'::regclass AND relrowsecurity) THEN
                    PERFORM core.protect('core.login_failure');
                    CREATE POLICY "Admins and auditors read failed logins" ON core.login_failure FOR SELECT
                        TO hms_admin, hms_auditor
                        USING ((SELECT core.has_group('hms_admin') OR core.has_group('hms_auditor')));
                    PERFORM core.protect('core.second_factor');
                    PERFORM core.protect('core.second_factor_grant');
                END IF;
            END $$;
            COMMENT ON FUNCTION core.current_staff_id() IS 'core.staff.id of the logged-in staff member when the '
                'session may act as them (core.session_staff_id), else NULL.';
            COMMENT ON TABLE core.login_failure IS
                'Failed logins (wrong password, wrong second-factor code); never deleted.';
            COMMENT ON TABLE core.second_factor IS
                'TOTP secrets; readable by no staff role, only by the definer functions; audited by the secret''s hash.';
            COMMENT ON COLUMN core.second_factor.last_step IS
                'The last 30-second step a code was accepted for: no replay.';
            COMMENT ON TABLE core.second_factor_grant IS 'Sessions that passed the second factor (by token hash), '
                'until they expire or are ended (logout, lock).';
            ALTER POLICY "Auditors read every event" ON audit.event USING ((SELECT core.has_group('hms_auditor')));
            ALTER POLICY "Auditors read the access log" ON audit.access
                USING ((SELECT core.has_group('hms_auditor')));
            ALTER POLICY "Auditors read the chain head" ON audit.chain_head
                USING ((SELECT core.has_group('hms_auditor')));""")


def downgrade() -> None:
    pass  # see the docstring
