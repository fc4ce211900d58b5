-- core: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- core: departments, staff (one row per LOGIN role), their departments, settings, break-glass grants,
-- and the identity helpers every policy uses.as hms_owner.
-- Identity is always session_user: SET ROLE changes current_user only, and SET SESSION AUTHORIZATION
-- needs a superuser. GUCs such as hms.* are recorded by the audit but never trusted.
-- =====================================================================================================
CREATE SCHEMA core;
COMMENT ON SCHEMA core IS 'Departments, staff and the access helpers every policy uses.';

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE core.department (
    id      bigint GENERATED ALWAYS AS IDENTITY,
    code    text    NOT NULL,
    name    text    NOT NULL,
    kind    text    NOT NULL,
    active  boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_department PRIMARY KEY (id),
    CONSTRAINT uq_department_code UNIQUE (code),
    CONSTRAINT ck_department_code CHECK (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
    CONSTRAINT ck_department_name CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    CONSTRAINT ck_department_kind CHECK (kind IN ('outpatient', 'inpatient', 'emergency', 'diagnostic',
                                                  'pharmacy', 'administrative'))
);
COMMENT ON TABLE core.department IS 'Clinical and administrative departments (a ward is an inpatient department).';

CREATE TABLE core.staff (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    username        text        NOT NULL,
    full_name       text        NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    deactivated_at  timestamptz,
    CONSTRAINT pk_staff PRIMARY KEY (id),
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT ck_staff_username CHECK (username ~ '^[a-z][a-z0-9_.-]{1,62}$' AND username !~ '^(pg_|hms_)'),
    CONSTRAINT ck_staff_full_name CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
    CONSTRAINT ck_staff_deactivated CHECK (active OR deactivated_at IS NOT NULL),
    -- ---------------------------------------------------------------------------------------------------
    -- One-time passwords
    -- ---------------------------------------------------------------------------------------------------
    password_change_required boolean NOT NULL DEFAULT false,
    -- ---------------------------------------------------------------------------------------------------
    -- Locked after too many failed logins (core.note_login_failure); an administrator unlocks
    -- ---------------------------------------------------------------------------------------------------
    locked_at       timestamptz,
    -- ---------------------------------------------------------------------------------------------------
    -- The staff member's own language and formats; NULL: the hospital's (settings 'language', 'locale')
    -- ---------------------------------------------------------------------------------------------------
    language        text,
    locale          text,
    CONSTRAINT ck_staff_language CHECK (language ~ '^[a-z]{2,3}$'),
    CONSTRAINT ck_staff_locale CHECK (locale ~ '^[a-z]{2,3}_[A-Z]{2}$')
);
COMMENT ON TABLE core.staff IS 'One row per staff LOGIN role; username is the role name.';
COMMENT ON COLUMN core.staff.language IS
    'ISO 639 code of the language the client speaks to this person (core.set_my_language); NULL: the hospital''s.';
COMMENT ON COLUMN core.staff.password_change_required IS
    'Set by an administrator''s create or reset (one-time password); cleared by core.change_my_password().';

CREATE TABLE core.staff_department (
    staff_id       bigint  NOT NULL,
    department_id  bigint  NOT NULL,
    active         boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_staff_department PRIMARY KEY (staff_id, department_id),
    CONSTRAINT fk_staff_department_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
    CONSTRAINT fk_staff_department_department_id_department FOREIGN KEY (department_id)
        REFERENCES core.department (id)
);
COMMENT ON TABLE core.staff_department IS 'Which departments a staff member works in (ended assignments stay, inactive).';

CREATE INDEX ix_staff_department_department_id ON core.staff_department (department_id);

CREATE TABLE core.setting (
    key          text  NOT NULL,
    value        jsonb NOT NULL,
    description  text  NOT NULL DEFAULT '',
    CONSTRAINT pk_setting PRIMARY KEY (key)
);
COMMENT ON TABLE core.setting IS 'Hospital-wide settings (break-glass duration, idle lock, ...).';

CREATE TABLE core.break_glass_grant (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    staff_id    bigint      NOT NULL,
    patient_id  bigint      NOT NULL,
    reason      text        NOT NULL,
    granted_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    CONSTRAINT pk_break_glass_grant PRIMARY KEY (id),
    CONSTRAINT fk_break_glass_grant_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
    CONSTRAINT ck_break_glass_grant_reason CHECK (length(btrim(reason)) >= 10),
    CONSTRAINT ck_break_glass_grant_expiry CHECK (expires_at > granted_at)
);
COMMENT ON TABLE core.break_glass_grant IS 'Emergency chart access given by the clinician''s own reason; time-limited.';

CREATE INDEX ix_break_glass_grant_patient ON core.break_glass_grant (patient_id, staff_id, expires_at);

-- ---------------------------------------------------------------------------------------------------
-- Login protection (docs/deployment.md 'Logins'): failed logins, the second factor and its session grants
-- ---------------------------------------------------------------------------------------------------
-- A failed password comes from the server log (hms-login-guard), a wrong code from core.verify_second_factor.
CREATE TABLE core.login_failure (
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
    -- the guard may read a log line twice (a restart): the server's session id makes that a no-op
    CONSTRAINT uq_login_failure_log_session UNIQUE (log_session)
);
COMMENT ON TABLE core.login_failure IS 'Failed logins (wrong password, wrong second-factor code); never deleted.';

CREATE INDEX ix_login_failure_username ON core.login_failure (username, failed_at);

-- The TOTP secret (RFC 6238, HMAC-SHA-256, 30 s, 6 digits) of a staff member; a removed one stays, ended.
CREATE TABLE core.second_factor (
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
    CONSTRAINT ck_second_factor_secret CHECK (length(secret) BETWEEN 20 AND 64)
);
COMMENT ON TABLE core.second_factor IS
    'TOTP secrets; readable by no staff role, only by the definer functions; audited by the secret''s hash.';
COMMENT ON COLUMN core.second_factor.last_step IS 'The last 30-second step a code was accepted for: no replay.';

CREATE UNIQUE INDEX uq_second_factor_staff ON core.second_factor (staff_id) WHERE removed_at IS NULL;

-- A verified code gives the session a token (the hms.second_factor setting); only its hash is stored, so the
-- table, its audit trail and a backup hold nothing a session could present.
CREATE TABLE core.second_factor_grant (
    token_hash   bytea       NOT NULL,
    staff_id     bigint      NOT NULL,
    issued_at    timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    ended_at     timestamptz,
    workstation  text,
    CONSTRAINT pk_second_factor_grant PRIMARY KEY (token_hash),
    CONSTRAINT fk_second_factor_grant_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
    CONSTRAINT ck_second_factor_grant_expiry CHECK (expires_at > issued_at)
);
COMMENT ON TABLE core.second_factor_grant IS
    'Sessions that passed the second factor (by token hash), until they expire or are ended (logout, lock).';

CREATE INDEX ix_second_factor_grant_staff ON core.second_factor_grant (staff_id) WHERE ended_at IS NULL;

-- Column defaults need the function before any table; what it decides is core.session_staff_id's
-- (core/functions.sql): active, not locked, a password of one's own, the second factor passed if enrolled.
CREATE OR REPLACE FUNCTION core.current_staff_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT core.session_staff_id()
$$;
COMMENT ON FUNCTION core.current_staff_id() IS
    'core.staff.id of the logged-in staff member when the session may act as them (core.session_staff_id), else NULL.';

-- ---------------------------------------------------------------------------------------------------
-- Staff change log (what administrators did; flagged entries go to the auditor)
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE core.staff_change (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    staff_id        bigint      NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    changed_by      text        NOT NULL DEFAULT session_user,
    changed_by_id   bigint,
    action          text        NOT NULL,
    detail          jsonb       NOT NULL DEFAULT '{}',
    reason          text,
    flagged         boolean     NOT NULL DEFAULT false,
    flag_reason     text,
    CONSTRAINT pk_staff_change PRIMARY KEY (id),
    CONSTRAINT fk_staff_change_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
    CONSTRAINT fk_staff_change_changed_by_id_staff FOREIGN KEY (changed_by_id) REFERENCES core.staff (id),
    CONSTRAINT ck_staff_change_action CHECK (action IN ('create', 'roles', 'departments', 'name', 'deactivate',
                                                        'reactivate', 'reset_password', 'password_changed',
                                                        'lock', 'unlock', 'second_factor_enrolled',
                                                        'second_factor_removed')),
    CONSTRAINT ck_staff_change_flag CHECK (flagged = (flag_reason IS NOT NULL))
);
COMMENT ON TABLE core.staff_change IS
    'Every staff administration step (create, roles, departments, deactivate, password); flagged rows need review.';

CREATE INDEX ix_staff_change_staff_id ON core.staff_change (staff_id, changed_at);

CREATE INDEX ix_staff_change_flagged ON core.staff_change (changed_at) WHERE flagged;
