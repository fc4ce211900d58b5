-- =====================================================================================================
-- core: departments, staff (one row per LOGIN role), their departments, settings, break-glass grants,
-- and the identity helpers every policy uses. Applied as hms_owner.
-- Identity is always session_user: SET ROLE changes current_user only, and SET SESSION AUTHORIZATION
-- needs a superuser. GUCs such as hms.* are recorded by the audit but never trusted.
-- =====================================================================================================
CREATE SCHEMA core;
COMMENT ON SCHEMA core IS 'Departments, staff and the access helpers every policy uses.';
GRANT USAGE ON SCHEMA core TO hms_staff;

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
GRANT SELECT ON core.department TO hms_staff;
GRANT INSERT (code, name, kind, active), UPDATE (name, kind, active) ON core.department TO hms_admin;

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
    CONSTRAINT ck_staff_deactivated CHECK (active OR deactivated_at IS NOT NULL)
);
COMMENT ON TABLE core.staff IS 'One row per staff LOGIN role; username is the role name.';
GRANT SELECT ON core.staff TO hms_staff;
GRANT UPDATE (full_name) ON core.staff TO hms_admin;

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
GRANT SELECT ON core.staff_department TO hms_staff;
GRANT INSERT (staff_id, department_id, active), UPDATE (active) ON core.staff_department TO hms_admin;

CREATE TABLE core.setting (
    key          text  NOT NULL,
    value        jsonb NOT NULL,
    description  text  NOT NULL DEFAULT '',
    CONSTRAINT pk_setting PRIMARY KEY (key)
);
COMMENT ON TABLE core.setting IS 'Hospital-wide settings (break-glass duration, idle lock, ...).';
GRANT SELECT ON core.setting TO hms_staff;
GRANT UPDATE (value) ON core.setting TO hms_admin;
INSERT INTO core.setting (key, value, description) VALUES
    ('break_glass_hours', '4', 'How long an emergency (break-glass) chart access lasts, in hours.'),
    ('idle_lock_minutes', '10', 'Minutes of inactivity before a workstation locks.'),
    ('hospital_name', '"Hospital Desktop General Hospital"', 'Name printed on wristbands, labels and documents.');

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
GRANT SELECT ON core.break_glass_grant TO hms_doctor, hms_nurse, hms_auditor;

-- ---------------------------------------------------------------------------------------------------
-- Identity helpers (SECURITY DEFINER, fixed search_path; call them as (select core.fn()) in policies)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION core.current_staff_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT id FROM core.staff WHERE username = session_user AND active
$$;
COMMENT ON FUNCTION core.current_staff_id() IS 'core.staff.id of the logged-in (session_user) active staff member, else NULL.';
GRANT EXECUTE ON FUNCTION core.current_staff_id() TO hms_staff;

CREATE FUNCTION core.has_group(group_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = group_role)
       AND pg_has_role(session_user, group_role, 'MEMBER')
       AND core.current_staff_id() IS NOT NULL
$$;
COMMENT ON FUNCTION core.has_group(text) IS 'Is the logged-in active staff member in this group role?';
GRANT EXECUTE ON FUNCTION core.has_group(text) TO hms_staff;

CREATE FUNCTION core.is_clinician() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT core.has_group('hms_doctor') OR core.has_group('hms_nurse')
$$;
GRANT EXECUTE ON FUNCTION core.is_clinician() TO hms_staff;

CREATE FUNCTION core.my_department_ids() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(sd.department_id), '{}')
      FROM core.staff_department sd
     WHERE sd.staff_id = core.current_staff_id() AND sd.active
$$;
GRANT EXECUTE ON FUNCTION core.my_department_ids() TO hms_staff;

CREATE FUNCTION core.my_groups() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(r.rolname ORDER BY r.rolname), '{}')
      FROM pg_roles r
     WHERE r.rolname IN ('hms_reception', 'hms_doctor', 'hms_nurse', 'hms_pharmacist', 'hms_lab',
                         'hms_billing', 'hms_admin', 'hms_auditor')
       AND pg_has_role(session_user, r.rolname, 'MEMBER')
$$;
COMMENT ON FUNCTION core.my_groups() IS 'The group roles of the logged-in user: the client picks workspaces from it.';
GRANT EXECUTE ON FUNCTION core.my_groups() TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE core.department ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.department FORCE ROW LEVEL SECURITY;
CREATE POLICY "Departments are visible to staff" ON core.department FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add departments" ON core.department FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change departments" ON core.department FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE core.staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.staff FORCE ROW LEVEL SECURITY;
CREATE POLICY "Staff directory is visible to staff" ON core.staff FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins change staff names" ON core.staff FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE core.staff_department ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.staff_department FORCE ROW LEVEL SECURITY;
CREATE POLICY "Assignments are visible to staff" ON core.staff_department FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins assign departments" ON core.staff_department FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins end assignments" ON core.staff_department FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE core.setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.setting FORCE ROW LEVEL SECURITY;
CREATE POLICY "Settings are visible to staff" ON core.setting FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins change settings" ON core.setting FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE core.break_glass_grant ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.break_glass_grant FORCE ROW LEVEL SECURITY;
CREATE POLICY "Clinicians see their own emergency grants" ON core.break_glass_grant FOR SELECT
    TO hms_doctor, hms_nurse USING (staff_id = (SELECT core.current_staff_id()));
CREATE POLICY "Auditors see every emergency grant" ON core.break_glass_grant FOR SELECT
    TO hms_auditor USING ((SELECT core.has_group('hms_auditor')));

-- ---------------------------------------------------------------------------------------------------
-- Audit
-- ---------------------------------------------------------------------------------------------------
SELECT audit.enable('core.department');
SELECT audit.enable('core.staff');
SELECT audit.enable('core.staff_department');
SELECT audit.enable('core.setting');
SELECT audit.enable('core.break_glass_grant');
