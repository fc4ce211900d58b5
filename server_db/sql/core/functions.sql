-- core: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- ---------------------------------------------------------------------------------------------------
-- Messages by key (docs/database.md, "Messages")
-- ---------------------------------------------------------------------------------------------------
-- Every RAISE EXCEPTION keeps its English message (what a psql user reads) and carries
--     DETAIL = core.message_detail('<schema>.<name>', <the message's % parameters, in order, as text>)
-- i.e. the JSON text {"key": "<schema>.<name>", "args": ["…", …]}: the client translates the key
-- (hospital_desktop/i18n/db_messages.py, generated from these files by `python -m server_db.messages --write`)
-- and fills in the arguments. One helper rather than json_build_object(...) written out at each of the ~450
-- RAISEs: the JSON's shape is stated once, a call site reads as "key, arguments", and tests/test_db_messages.py
-- can check every call site's key and arguments against its message. IMMUTABLE and executable by all staff: the
-- tables' own triggers raise as the staff member.
CREATE OR REPLACE FUNCTION core.message_detail(p_key text, VARIADIC p_args text[] DEFAULT '{}') RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('key', p_key, 'args', to_jsonb(coalesce(p_args, '{}')))::text
$$;
COMMENT ON FUNCTION core.message_detail(text, text[]) IS
    'The DETAIL of a refusal: {"key": "<schema>.<name>", "args": [text, ...]}, the key the client translates.';

CREATE OR REPLACE FUNCTION core.has_group(group_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = group_role)
       AND pg_has_role(session_user, group_role, 'MEMBER')
       AND core.current_staff_id() IS NOT NULL
$$;
COMMENT ON FUNCTION core.has_group(text) IS 'Is the logged-in active staff member in this group role?';

CREATE OR REPLACE FUNCTION core.is_clinician() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT core.has_group('hms_doctor') OR core.has_group('hms_nurse')
$$;

-- (SELECT core.current_staff_id()): once per call, not once per staff_department row of the whole hospital —
-- every clinical row's policy (clinical.can_access_patient) calls this, so it was a 3 ms call per row read.
CREATE OR REPLACE FUNCTION core.my_department_ids() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(sd.department_id), '{}')
      FROM core.staff_department sd
     WHERE sd.staff_id = (SELECT core.current_staff_id()) AND sd.active
$$;

-- The hospital's group roles, the one list every function below checks against (roles.sql creates them).
CREATE OR REPLACE FUNCTION core.hospital_groups() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY['hms_reception', 'hms_doctor', 'hms_nurse', 'hms_pharmacist', 'hms_lab', 'hms_billing', 'hms_admin',
                 'hms_auditor', 'hms_insurance_gateway']
$$;
COMMENT ON FUNCTION core.hospital_groups() IS
    'The hospital group roles (a staff login is a member of one or more of them).';

CREATE OR REPLACE FUNCTION core.my_groups() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(r.rolname ORDER BY r.rolname), '{}')
      FROM pg_roles r
     WHERE r.rolname = ANY (core.hospital_groups())
       AND pg_has_role(session_user, r.rolname, 'MEMBER')
$$;
COMMENT ON FUNCTION core.my_groups() IS 'The group roles of the logged-in user: the client picks workspaces from it.';

-- ---------------------------------------------------------------------------------------------------
-- Break-glass and the chart access log
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION core.break_glass(p_patient_id bigint, p_reason text) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := core.current_staff_id();
    v_hours   numeric;
    v_expires timestamptz;
BEGIN
    IF v_staff IS NULL OR NOT core.is_clinician() THEN
        RAISE EXCEPTION 'only doctors and nurses may open a chart in an emergency'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.break_glass_clinicians_only');
    END IF;
    PERFORM core.check_reason(p_reason, 10, 'an emergency access needs a reason of at least 10 characters',
                              p_key => 'core.emergency_access_needs_reason');
    IF NOT EXISTS (SELECT 1 FROM registry.patient WHERE id = p_patient_id) THEN
        RAISE EXCEPTION 'no patient with id %', p_patient_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.patient_not_found', p_patient_id::text);
    END IF;
    SELECT (value #>> '{}')::numeric INTO v_hours FROM core.setting WHERE key = 'break_glass_hours';
    INSERT INTO core.break_glass_grant (staff_id, patient_id, reason, expires_at)
    VALUES (v_staff, p_patient_id, btrim(p_reason), now() + make_interval(secs => coalesce(v_hours, 4) * 3600))
    RETURNING expires_at INTO v_expires;
    INSERT INTO audit.access (actor, staff_id, patient_id, purpose, via_break_glass, workstation, client_addr)
    VALUES (session_user, v_staff, p_patient_id, 'break-glass: ' || btrim(p_reason), true,
            nullif(current_setting('application_name', true), ''), inet_client_addr());
    RETURN v_expires;
END
$$;
COMMENT ON FUNCTION core.break_glass(bigint, text) IS
    'Emergency access to a chart without a care relationship: reason required, time-limited, audited.';

CREATE OR REPLACE FUNCTION core.log_chart_access(p_patient_id bigint, p_purpose text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
    v_id    bigint;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only active staff open charts'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.chart_access_staff_only');
    END IF;
    IF length(btrim(coalesce(p_purpose, ''))) = 0 THEN
        RAISE EXCEPTION 'say why the chart is opened'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.chart_access_purpose_required');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM registry.patient WHERE id = p_patient_id) THEN
        RAISE EXCEPTION 'no patient with id %', p_patient_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.patient_not_found', p_patient_id::text);
    END IF;
    INSERT INTO audit.access (actor, staff_id, patient_id, purpose, via_break_glass, workstation, client_addr)
    VALUES (session_user, v_staff, p_patient_id, left(btrim(p_purpose), 500),
            EXISTS (SELECT 1 FROM core.break_glass_grant g
                     WHERE g.patient_id = p_patient_id AND g.staff_id = v_staff AND g.expires_at > now()),
            nullif(current_setting('application_name', true), ''), inet_client_addr())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION core.log_chart_access(bigint, text) IS 'Record that the logged-in user opened a patient''s chart.';

-- ---------------------------------------------------------------------------------------------------
-- Low-level role functions (owner hms_staff_admin; EXECUTE for hms_owner only)
-- ---------------------------------------------------------------------------------------------------
-- Created (or replaced, keeping their owner) by the migration's superuser: hms_owner may not replace a function
-- of hms_staff_admin. core/grants.sql hands new ones to hms_staff_admin.
RESET ROLE;

-- The target must be an existing plain staff login: never a privileged role, never one of ours.
CREATE OR REPLACE FUNCTION core.role_check_target(p_username text, p_must_exist boolean) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r pg_roles;
BEGIN
    IF p_username IS NULL OR p_username !~ '^[a-z][a-z0-9_.-]{1,62}$' OR p_username ~ '^(pg_|hms_)' THEN
        RAISE EXCEPTION 'invalid user name %: 2-63 characters, lower-case letters, digits, ".", "_" or "-", '
                        'starting with a letter, not starting with pg_ or hms_', quote_literal(coalesce(p_username, ''))
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('core.user_name_invalid', quote_literal(coalesce(p_username, '')));
    END IF;
    IF p_username IN ('public', 'none', 'all', 'user', 'current_user', 'current_role', 'session_user') THEN
        RAISE EXCEPTION '% is a reserved word in the database and cannot be a user name', p_username
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('core.user_name_reserved', p_username);
    END IF;
    SELECT * INTO r FROM pg_roles WHERE rolname = p_username;
    IF NOT FOUND THEN
        IF p_must_exist THEN
            RAISE EXCEPTION 'there is no database login %', p_username
                USING ERRCODE = 'undefined_object', DETAIL = core.message_detail('core.login_not_found', p_username);
        END IF;
        RETURN;
    END IF;
    IF NOT p_must_exist THEN
        RAISE EXCEPTION 'a database login named % already exists', p_username
            USING ERRCODE = 'duplicate_object', DETAIL = core.message_detail('core.login_exists', p_username);
    END IF;
    IF r.rolsuper OR r.rolcreaterole OR r.rolbypassrls OR r.rolreplication OR r.rolcreatedb THEN
        RAISE EXCEPTION 'login % is a privileged database role and is not managed from the admin workstation',
                        p_username
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.login_privileged', p_username);
    END IF;
    IF pg_has_role(p_username, 'hms_owner', 'MEMBER') OR pg_has_role(p_username, 'hms_staff_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'login % holds an owner role and is not managed from the admin workstation', p_username
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('core.login_holds_owner_role', p_username);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION core.role_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$' THEN
        RAISE EXCEPTION 'a password must be sent as a SCRAM-SHA-256 verifier computed by the client, never in clear'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('core.password_not_verifier');
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION core.role_create_login(p_username text, p_verifier text, p_valid_until timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.role_check_target(p_username, false);
    PERFORM core.role_check_verifier(p_verifier);
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT '
                   'PASSWORD %L VALID UNTIL %L', p_username, p_verifier, coalesce(p_valid_until, 'infinity'));
END
$$;

CREATE OR REPLACE FUNCTION core.role_set_password(p_username text, p_verifier text, p_valid_until timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.role_check_target(p_username, true);
    PERFORM core.role_check_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', p_username, p_verifier,
                   coalesce(p_valid_until, 'infinity'));
END
$$;

CREATE OR REPLACE FUNCTION core.role_set_group(p_username text, p_group text, p_member boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.role_check_target(p_username, true);
    IF p_group IS NULL OR NOT p_group = ANY (core.hospital_groups()) THEN
        RAISE EXCEPTION 'only the hospital group roles can be granted, not %', coalesce(p_group, 'NULL')
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('core.group_not_grantable', coalesce(p_group, 'NULL'));
    END IF;
    IF p_member THEN
        EXECUTE format('GRANT %I TO %I', p_group, p_username);
    ELSE
        EXECUTE format('REVOKE %I FROM %I', p_group, p_username);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION core.role_set_login(p_username text, p_login boolean) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n integer := 0;
BEGIN
    PERFORM core.role_check_target(p_username, true);
    IF p_login THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_username);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
        SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) INTO n
          FROM pg_stat_activity WHERE usename = p_username AND pid <> pg_backend_pid();
    END IF;
    RETURN n;
END
$$;

SET LOCAL ROLE hms_owner;

-- ---------------------------------------------------------------------------------------------------
-- Helpers of the admin functions (not executable by staff)
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION core.clean_groups(p_groups text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    g text;
    result text[] := '{}';
BEGIN
    FOREACH g IN ARRAY coalesce(p_groups, '{}') LOOP
        g := lower(btrim(g));
        IF g !~ '^hms_' THEN g := 'hms_' || g; END IF;
        IF NOT g = ANY (core.hospital_groups()) THEN
            RAISE EXCEPTION 'unknown role %: choose from %', quote_literal(g),
                            (SELECT string_agg(substr(x, 5), ', ') FROM unnest(core.hospital_groups()) x)
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('core.role_unknown', quote_literal(g),
                                                   (SELECT string_agg(substr(x, 5), ', ') FROM unnest(core.hospital_groups()) x));
        END IF;
        IF NOT g = ANY (result) THEN result := result || g; END IF;
    END LOOP;
    IF cardinality(result) = 0 THEN
        RAISE EXCEPTION 'a staff member needs at least one role'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('core.staff_needs_role');
    END IF;
    RETURN (SELECT array_agg(x ORDER BY x) FROM unnest(result) x);
END
$$;

CREATE OR REPLACE FUNCTION core.staff_groups(p_username text) RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(r.rolname::text ORDER BY r.rolname), '{}')
      FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = p_username
       AND r.rolname = ANY (core.hospital_groups())
$$;
COMMENT ON FUNCTION core.staff_groups(text) IS 'The hospital group roles a login is directly a member of.';

-- Group roles whose grant an auditor double-checks: patient data (clinical, pharmacy, lab, reception, billing)
-- and the audit trail. Only administration itself is left out.
CREATE OR REPLACE FUNCTION core.sensitive_groups() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY['hms_doctor', 'hms_nurse', 'hms_pharmacist', 'hms_lab', 'hms_reception', 'hms_billing', 'hms_auditor',
                 'hms_insurance_gateway']
$$;

CREATE OR REPLACE FUNCTION core.log_staff_change(p_staff_id bigint, p_action text, p_detail jsonb, p_reason text,
                                      p_flag text DEFAULT NULL) RETURNS bigint
LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO core.staff_change (staff_id, changed_by_id, action, detail, reason, flagged, flag_reason)
    VALUES (p_staff_id, core.current_staff_id(), p_action, coalesce(p_detail, '{}'), nullif(btrim(p_reason), ''),
            p_flag IS NOT NULL, p_flag)
    RETURNING id
$$;

CREATE OR REPLACE FUNCTION core.set_staff_departments(p_staff_id bigint, p_codes text[]) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    wanted bigint[];
    v_code text;
    dept core.department;
    before text[];
    after text[];
BEGIN
    wanted := '{}';
    FOREACH v_code IN ARRAY coalesce(p_codes, '{}') LOOP
        SELECT * INTO dept FROM core.department d WHERE d.code = upper(btrim(v_code));
        IF NOT FOUND THEN
            RAISE EXCEPTION 'unknown department code %', quote_literal(v_code)
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('core.department_code_unknown', quote_literal(v_code));
        END IF;
        IF NOT dept.active THEN
            RAISE EXCEPTION 'department % is closed', dept.code
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('core.department_closed', dept.code::text);
        END IF;
        wanted := wanted || dept.id;
    END LOOP;
    SELECT coalesce(array_agg(d.code ORDER BY d.code), '{}') INTO before
      FROM core.staff_department sd JOIN core.department d ON d.id = sd.department_id
     WHERE sd.staff_id = p_staff_id AND sd.active;
    UPDATE core.staff_department SET active = false
     WHERE staff_id = p_staff_id AND active AND NOT department_id = ANY (wanted);
    INSERT INTO core.staff_department (staff_id, department_id, active)
    SELECT p_staff_id, w, true FROM unnest(wanted) w
        ON CONFLICT (staff_id, department_id) DO UPDATE SET active = true WHERE NOT core.staff_department.active;
    SELECT coalesce(array_agg(d.code ORDER BY d.code), '{}') INTO after
      FROM core.staff_department sd JOIN core.department d ON d.id = sd.department_id
     WHERE sd.staff_id = p_staff_id AND sd.active;
    RETURN jsonb_build_object('before', to_jsonb(before), 'after', to_jsonb(after));
END
$$;

-- A reason that goes into the audit trail: at least p_min characters once trimmed, or check_violation with the
-- call site's message and message key (p_message is a format() template filled with p_args when there are
-- any; without a message, the administrator's default) and, where the rule is also a table constraint, that
-- constraint's name. The minimum is one of three, by kind of action:
--   3  a short note of why (admit, transfer, bed reserved or out of service, dose not given, reschedule, cancel an
--      appointment)
--   5  correcting or undoing the record (entered in error, amend, void, refund, adjust, cancel an order or a
--      prescription, replace or correct a result, stock movements, an administrator's staff change)
--  10  reaching past the normal rules (break-glass access, granting yourself a role, merging or unmerging patients)
-- Returns the trimmed reason.
CREATE OR REPLACE FUNCTION core.check_reason(p_reason text, p_min integer, p_message text DEFAULT NULL,
                                             p_constraint text DEFAULT NULL, p_key text DEFAULT NULL,
                                             p_args text[] DEFAULT '{}') RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_message text;
BEGIN
    IF length(btrim(coalesce(p_reason, ''))) < p_min THEN
        v_message := CASE WHEN cardinality(p_args) > 0 THEN format(p_message, VARIADIC p_args) ELSE p_message END;
        IF p_message IS NULL AND p_constraint IS NULL THEN
            RAISE EXCEPTION 'give a reason of at least % characters (it goes into the audit trail)', p_min
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.reason_too_short', p_min::text);
        END IF;
        -- the caller's message: its key comes from the call site (tests/test_db_messages.py checks every one)
        IF p_constraint IS NULL THEN
            RAISE EXCEPTION '%', v_message
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail(p_key, VARIADIC p_args);
        END IF;
        RAISE EXCEPTION '%', v_message USING ERRCODE = 'check_violation', CONSTRAINT = p_constraint,
                                             DETAIL = core.message_detail(p_key, VARIADIC p_args);
    END IF;
    RETURN btrim(p_reason);
END
$$;
COMMENT ON FUNCTION core.check_reason(text, integer, text, text, text, text[]) IS
    'The trimmed reason, or check_violation unless it has at least p_min characters (3 note, 5 correction, 10 elevated).';

-- A day or a moment a person can mean: finite, in the years 1800 to 2999 (NULL passes: the caller decides whether
-- it may be missing). Beyond it date arithmetic fails with raw errors ("cannot subtract infinite dates",
-- "timestamp out of range") instead of a sentence. Returns the value.
CREATE OR REPLACE FUNCTION core.check_day(p_day date, p_what text DEFAULT 'the date') RETURNS date
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_day NOT BETWEEN date '1800-01-01' AND date '2999-12-31' THEN
        RAISE EXCEPTION '% must be a day between the years 1800 and 2999', p_what
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('core.day_out_of_range', p_what);
    END IF;
    RETURN p_day;
END
$$;
COMMENT ON FUNCTION core.check_day(date, text) IS
    'The day, or invalid_parameter_value unless it lies in the years 1800 to 2999 (infinity included); NULL passes.';

CREATE OR REPLACE FUNCTION core.check_time(p_at timestamptz, p_what text DEFAULT 'the time') RETURNS timestamptz
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.check_day(p_at::date, p_what);
    RETURN p_at;
END
$$;
COMMENT ON FUNCTION core.check_time(timestamptz, text) IS
    'The moment, or invalid_parameter_value unless its day lies in the years 1800 to 2999; NULL passes.';

-- ---------------------------------------------------------------------------------------------------
-- The administrator's functions
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION core.admin_create_staff(p_username text, p_full_name text, p_groups text[], p_departments text[],
                                        p_verifier text, p_reason text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin  bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only');
    v_groups text[] := core.clean_groups(p_groups);
    v_id     bigint;
    v_depts  jsonb;
    g        text;
BEGIN
    IF length(btrim(coalesce(p_full_name, ''))) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'the full name must have 1 to 200 characters'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.full_name_length');
    END IF;
    IF EXISTS (SELECT 1 FROM core.staff WHERE username = p_username) THEN
        RAISE EXCEPTION 'staff member % already exists', p_username
            USING ERRCODE = 'unique_violation', DETAIL = core.message_detail('core.staff_exists', p_username);
    END IF;
    PERFORM core.role_create_login(p_username, p_verifier, now() + interval '72 hours');
    FOREACH g IN ARRAY v_groups LOOP
        PERFORM core.role_set_group(p_username, g, true);
    END LOOP;
    INSERT INTO core.staff (username, full_name, password_change_required)
    VALUES (p_username, btrim(p_full_name), true) RETURNING id INTO v_id;
    v_depts := core.set_staff_departments(v_id, p_departments);
    PERFORM core.log_staff_change(v_id, 'create',
        jsonb_build_object('username', p_username, 'full_name', btrim(p_full_name), 'roles', to_jsonb(v_groups),
                           'departments', v_depts -> 'after'), p_reason,
        CASE WHEN v_groups && core.sensitive_groups()
             THEN 'new login with access to patient data or the audit trail: '
                  || array_to_string(ARRAY(SELECT x FROM unnest(v_groups) x WHERE x = ANY (core.sensitive_groups())), ', ')
                  || ' (confirm the person exists and needs it)' END);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION core.admin_create_staff(text, text, text[], text[], text, text) IS
    'Create a staff login (one-time password as a SCRAM verifier, valid 72 h, must be changed at first login), '
    'its roles and departments; administrators only.';

CREATE OR REPLACE FUNCTION core.admin_set_roles(p_staff_id bigint, p_groups text[], p_reason text) RETURNS text[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin   bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff',
                                           'core.admin_only');
    v_groups  text[] := core.clean_groups(p_groups);
    v_staff   core.staff;
    v_before  text[];
    v_added   text[];
    v_removed text[];
    v_flag    text;
    g         text;
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    v_before := core.staff_groups(v_staff.username);
    v_added := ARRAY(SELECT x FROM unnest(v_groups) x WHERE NOT x = ANY (v_before) ORDER BY x);
    v_removed := ARRAY(SELECT x FROM unnest(v_before) x WHERE NOT x = ANY (v_groups) ORDER BY x);
    IF cardinality(v_added) = 0 AND cardinality(v_removed) = 0 THEN
        RETURN v_before;
    END IF;
    IF v_staff.id = v_admin AND 'hms_admin' = ANY (v_removed) THEN
        RAISE EXCEPTION 'you cannot remove your own administrator role; ask another administrator'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.own_admin_role_kept');
    END IF;
    IF v_staff.id = v_admin AND cardinality(v_added) > 0 THEN
        PERFORM core.check_reason(p_reason, 10,
                                  'granting yourself a role needs a reason of at least 10 characters; it is flagged for the auditor',
                                  p_key => 'core.granting_yourself_role_needs');
        v_flag := CASE WHEN v_added && ARRAY['hms_doctor', 'hms_nurse', 'hms_pharmacist', 'hms_lab']
                       THEN 'administrator granted himself clinical access: ' ELSE 'administrator granted himself: ' END
                  || array_to_string(v_added, ', ');
    ELSE
        PERFORM core.check_reason(p_reason, 5);
        IF v_added && core.sensitive_groups() THEN
            v_flag := 'access to patient data or the audit trail granted: '
                      || array_to_string(ARRAY(SELECT x FROM unnest(v_added) x WHERE x = ANY (core.sensitive_groups())), ', ');
        END IF;
    END IF;
    FOREACH g IN ARRAY v_added LOOP
        PERFORM core.role_set_group(v_staff.username, g, true);
    END LOOP;
    FOREACH g IN ARRAY v_removed LOOP
        PERFORM core.role_set_group(v_staff.username, g, false);
    END LOOP;
    PERFORM core.log_staff_change(v_staff.id, 'roles',
        jsonb_build_object('before', to_jsonb(v_before), 'after', to_jsonb(v_groups),
                           'added', to_jsonb(v_added), 'removed', to_jsonb(v_removed)), p_reason, v_flag);
    RETURN v_groups;
END
$$;
COMMENT ON FUNCTION core.admin_set_roles(bigint, text[], text) IS
    'Set a staff member''s group roles (hms_* only), with a reason; a self-grant is flagged for the auditor.';

CREATE OR REPLACE FUNCTION core.admin_set_departments(p_staff_id bigint, p_departments text[], p_reason text DEFAULT NULL)
RETURNS text[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only');
    v_depts jsonb;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.staff WHERE id = p_staff_id) THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    v_depts := core.set_staff_departments(p_staff_id, p_departments);
    IF v_depts -> 'before' IS DISTINCT FROM v_depts -> 'after' THEN
        PERFORM core.log_staff_change(p_staff_id, 'departments', v_depts, p_reason,
            CASE WHEN p_staff_id = v_admin THEN 'administrator changed his own departments' END);
    END IF;
    RETURN ARRAY(SELECT jsonb_array_elements_text(v_depts -> 'after'));
END
$$;
COMMENT ON FUNCTION core.admin_set_departments(bigint, text[], text) IS
    'Set the departments a staff member works in (ended assignments stay, inactive); administrators only.';

CREATE OR REPLACE FUNCTION core.admin_rename_staff(p_staff_id bigint, p_full_name text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only');
    v_old   text;
BEGIN
    SELECT full_name INTO v_old FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    IF length(btrim(coalesce(p_full_name, ''))) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'the full name must have 1 to 200 characters'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.full_name_length');
    END IF;
    IF v_old <> btrim(p_full_name) THEN
        UPDATE core.staff SET full_name = btrim(p_full_name) WHERE id = p_staff_id;
        PERFORM core.log_staff_change(p_staff_id, 'name', jsonb_build_object('before', v_old, 'after',
                                      btrim(p_full_name)), NULL);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION core.admin_deactivate_staff(p_staff_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin  bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only');
    v_staff  core.staff;
    v_reason text := core.check_reason(p_reason, 5);
    v_ended  integer;
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    IF v_staff.id = v_admin THEN
        RAISE EXCEPTION 'you cannot deactivate your own account; ask another administrator'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.own_account_kept');
    END IF;
    IF NOT v_staff.active THEN
        RAISE EXCEPTION '% is already deactivated', v_staff.username
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('core.staff_already_deactivated', v_staff.username::text);
    END IF;
    v_ended := core.role_set_login(v_staff.username, false);
    UPDATE core.staff SET active = false, deactivated_at = now() WHERE id = v_staff.id;
    PERFORM core.end_second_factor_grants(v_staff.id);
    PERFORM core.log_staff_change(v_staff.id, 'deactivate', jsonb_build_object('sessions_ended', v_ended), v_reason);
    RETURN v_ended;
END
$$;
COMMENT ON FUNCTION core.admin_deactivate_staff(bigint, text) IS
    'Disable a staff login (NOLOGIN, open sessions ended), keep its history; administrators only, never oneself.';

CREATE OR REPLACE FUNCTION core.admin_reactivate_staff(p_staff_id bigint, p_verifier text, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin  bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only');
    v_staff  core.staff;
    v_reason text := core.check_reason(p_reason, 5);
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    IF v_staff.active THEN
        RAISE EXCEPTION '% is active', v_staff.username
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('core.staff_is_active', v_staff.username::text);
    END IF;
    PERFORM core.role_set_password(v_staff.username, p_verifier, now() + interval '72 hours');
    PERFORM core.role_set_login(v_staff.username, true);
    UPDATE core.staff SET active = true, deactivated_at = NULL, password_change_required = true WHERE id = v_staff.id;
    PERFORM core.log_staff_change(v_staff.id, 'reactivate', '{}', v_reason,
        'one-time password known to the administrator (check that ' || v_staff.username || ' changed it)');
END
$$;

CREATE OR REPLACE FUNCTION core.admin_reset_password(p_staff_id bigint, p_verifier text, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin  bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only');
    v_staff  core.staff;
    v_reason text := core.check_reason(p_reason, 5);
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    IF NOT v_staff.active THEN
        RAISE EXCEPTION '% is deactivated: reactivate the account instead', v_staff.username
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('core.staff_deactivated_reactivate', v_staff.username::text);
    END IF;
    IF v_staff.id = v_admin THEN
        RAISE EXCEPTION 'change your own password with "Change my password", not with a reset'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.own_password_not_reset');
    END IF;
    PERFORM core.role_set_password(v_staff.username, p_verifier, now() + interval '72 hours');
    UPDATE core.staff SET password_change_required = true WHERE id = v_staff.id;
    PERFORM core.log_staff_change(v_staff.id, 'reset_password', '{}', v_reason,
        'one-time password known to the administrator (check that ' || v_staff.username || ' changed it)');
END
$$;
COMMENT ON FUNCTION core.admin_reset_password(bigint, text, text) IS
    'Give a staff member a new one-time password (SCRAM verifier, valid 72 h, must be changed at next login).';

CREATE OR REPLACE FUNCTION core.change_my_password(p_verifier text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff core.staff;
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE username = session_user AND active FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only an active staff member changes their password here'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.password_change_active_only');
    END IF;
    PERFORM core.role_set_password(v_staff.username, p_verifier, NULL);
    IF v_staff.password_change_required THEN
        UPDATE core.staff SET password_change_required = false WHERE id = v_staff.id;
    END IF;
    INSERT INTO core.staff_change (staff_id, changed_by_id, action)
    VALUES (v_staff.id, v_staff.id, 'password_changed');
END
$$;
COMMENT ON FUNCTION core.change_my_password(text) IS
    'The logged-in staff member sets their own password (a client-computed SCRAM verifier); ends a one-time password.';

CREATE OR REPLACE FUNCTION core.set_my_language(p_language text, p_locale text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE core.staff SET language = nullif(p_language, ''), locale = nullif(p_locale, '')
     WHERE username = session_user AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only an active staff member chooses their language here'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.language_active_only');
    END IF;
END
$$;
COMMENT ON FUNCTION core.set_my_language(text, text) IS
    'The logged-in staff member chooses the language and formats of their screens (NULL: the hospital''s).';

-- =====================================================================================================
-- Hospital settings (validated) and the auditor's reviews.
--
-- core.setting rows the admin workstation edits (hospital_address and hospital_tax_id come with 140_finance); a trigger refuses values of the wrong shape, so a setting
-- that printouts and policies read (break-glass hours, idle lock, currency) is never garbage.
-- audit.review: the auditor's verdict on a break-glass grant or a flagged staff change, with a comment;
-- one per subject, never changed or deleted, itself audited (and so in the hash chain).
-- =====================================================================================================
CREATE OR REPLACE FUNCTION core.setting_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v jsonb := NEW.value;
    t text := jsonb_typeof(NEW.value);
BEGIN
    CASE NEW.key
    WHEN 'hospital_name' THEN
        IF t <> 'string' OR length(btrim(v #>> '{}')) NOT BETWEEN 2 AND 120 THEN
            RAISE EXCEPTION 'the hospital name must have 2 to 120 characters'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_hospital_name');
        END IF;
        NEW.value := to_jsonb(btrim(v #>> '{}'));
    WHEN 'hospital_address' THEN
        IF t <> 'string' OR length(v #>> '{}') > 300 THEN
            RAISE EXCEPTION 'the address must be text of at most 300 characters'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_hospital_address');
        END IF;
    WHEN 'hospital_logo' THEN
        IF t <> 'null' AND NOT (t = 'object' AND v ->> 'mime' IN ('image/png', 'image/jpeg')
                                AND jsonb_typeof(v -> 'data') = 'string'
                                AND length(v ->> 'data') <= 350000
                                AND (v ->> 'data') ~ '^[A-Za-z0-9+/]+=*$') THEN
            RAISE EXCEPTION 'the logo must be a PNG or JPEG image of at most 256 kB'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_hospital_logo');
        END IF;
    WHEN 'idle_lock_minutes' THEN
        IF t <> 'number' OR (v #>> '{}')::numeric NOT BETWEEN 1 AND 240 OR (v #>> '{}')::numeric % 1 <> 0 THEN
            RAISE EXCEPTION 'the idle lock time must be a whole number of minutes from 1 to 240'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_idle_lock_minutes');
        END IF;
    WHEN 'break_glass_hours' THEN
        IF t <> 'number' OR (v #>> '{}')::numeric NOT BETWEEN 0.25 AND 72 THEN
            RAISE EXCEPTION 'the break-glass duration must be between 0.25 and 72 hours'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_break_glass_hours');
        END IF;
    WHEN 'login_lock_after' THEN
        IF t <> 'number' OR (v #>> '{}')::numeric NOT BETWEEN 3 AND 100 OR (v #>> '{}')::numeric % 1 <> 0 THEN
            RAISE EXCEPTION 'a login is locked after a whole number of 3 to 100 failed logins'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_login_lock_after');
        END IF;
    WHEN 'login_lock_window_minutes' THEN
        IF t <> 'number' OR (v #>> '{}')::numeric NOT BETWEEN 1 AND 1440 OR (v #>> '{}')::numeric % 1 <> 0 THEN
            RAISE EXCEPTION 'failed logins are counted over a whole number of 1 to 1440 minutes'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_login_lock_window');
        END IF;
    WHEN 'second_factor_hours' THEN
        IF t <> 'number' OR (v #>> '{}')::numeric NOT BETWEEN 1 AND 24 THEN
            RAISE EXCEPTION 'a second-factor code is valid for 1 to 24 hours of a session'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_second_factor_hours');
        END IF;
    WHEN 'currency' THEN
        IF t <> 'string' OR (v #>> '{}') !~ '^[A-Z]{3}$' THEN
            RAISE EXCEPTION 'the currency is a three-letter ISO 4217 code such as GBP, EUR or USD'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_currency');
        END IF;
    WHEN 'language' THEN
        IF t <> 'string' OR (v #>> '{}') !~ '^[a-z]{2,3}$' THEN
            RAISE EXCEPTION 'the language is an ISO 639 code such as en, fr, es or ar'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_language');
        END IF;
    WHEN 'locale' THEN
        IF t <> 'string' OR (v #>> '{}') !~ '^[a-z]{2,3}_[A-Z]{2}$' THEN
            RAISE EXCEPTION 'the locale is a language and country code such as en_GB, fr_FR or ar_EG'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_locale');
        END IF;
    WHEN 'tax_label' THEN
        IF t <> 'string' OR length(btrim(v #>> '{}')) NOT BETWEEN 1 AND 20 THEN
            RAISE EXCEPTION 'the tax label must have 1 to 20 characters'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_tax_label');
        END IF;
    WHEN 'hospital_tax_id' THEN
        IF t <> 'string' OR length(v #>> '{}') > 40 THEN
            RAISE EXCEPTION 'the tax registration number has at most 40 characters'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('core.setting_tax_id');
        END IF;
    ELSE
        NULL;  -- other domains validate their own settings
    END CASE;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER setting_check BEFORE INSERT OR UPDATE ON core.setting
    FOR EACH ROW EXECUTE FUNCTION core.setting_check();

-- Every table of ours calls this once, in its schema's policies.sql: row-level security enabled and forced (the
-- owner too: only BYPASSRLS, i.e. hms_owner's SECURITY DEFINER functions, reads past the policies) and, unless it
-- is one of the audit trail's own tables, the audit trigger that writes each change into the hash chain.
-- Every number a table holds is a number: numeric, real and double precision accept 'NaN' and 'Infinity', which
-- pass checks such as amount > 0 (NaN sorts above every number) and would then flag results or add up invoices
-- wrongly. One CHECK per such column, named ck_<table>_<column>_finite; re-runnable (a migration applies it to
-- the tables an older database has).
CREATE OR REPLACE FUNCTION core.require_finite_numbers(target regclass) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    col  record;
    name text;
BEGIN
    FOR col IN SELECT a.attname, a.atttypid
                 FROM pg_attribute a
                WHERE a.attrelid = target AND a.attnum > 0 AND NOT a.attisdropped
                  AND a.atttypid IN ('numeric'::regtype, 'real'::regtype, 'double precision'::regtype)
                ORDER BY a.attnum LOOP
        name := left(format('ck_%s_%s_finite', (SELECT c.relname FROM pg_class c WHERE c.oid = target),
                            col.attname), 63);
        CONTINUE WHEN EXISTS (SELECT FROM pg_constraint WHERE conrelid = target AND conname = name);
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I CHECK (%I IS NULL OR (%I <> ''NaN'' AND abs(%I) < %L::%s))',
                       target, name, col.attname, col.attname, col.attname, 'Infinity',
                       CASE col.atttypid WHEN 'numeric'::regtype THEN 'numeric' ELSE 'double precision' END);
    END LOOP;
END
$$;
COMMENT ON FUNCTION core.require_finite_numbers(regclass) IS
    'A CHECK on every numeric, real and double precision column of the table refusing NaN and infinities.';

CREATE OR REPLACE FUNCTION core.protect(target regclass, audited boolean DEFAULT true) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    IF audited THEN
        PERFORM audit.enable(target);
    END IF;
    PERFORM core.require_finite_numbers(target);
END
$$;
COMMENT ON FUNCTION core.protect(regclass, boolean) IS
    'Row-level security on and forced, the audit trigger unless audited => false (the audit tables themselves), '
    'and every number finite (core.require_finite_numbers).';

-- The caller must be active staff in one of the groups: the caller's staff id, or insufficient_privilege with the
-- given message and message key (the messages are the workstations' texts, so each call site keeps its own).
-- core.has_group is false for a login without an active staff row (or still on a one-time password), so the id
-- returned is never NULL.
-- Internal: only the SECURITY DEFINER functions (owned by hms_owner) call it; no staff role may execute it.
CREATE OR REPLACE FUNCTION core.require_group(p_groups text[], p_message text, p_key text) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
BEGIN
    IF v_staff IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(p_groups) AS g WHERE core.has_group(g)) THEN
        -- the caller's message: its key comes from the call site (tests/test_db_messages.py checks every one)
        RAISE EXCEPTION '%', p_message
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail(p_key);
    END IF;
    RETURN v_staff;
END
$$;
COMMENT ON FUNCTION core.require_group(text[], text, text) IS
    'Internal: the caller''s staff id, or insufficient_privilege with the message (and its key) unless in one of '
    'the groups.';

-- =====================================================================================================
-- Login protection (docs/deployment.md 'Logins').
--
-- The session: core.current_staff_id() (what every policy and definer function asks) is core.session_staff_id():
-- NULL — nobody — unless the login is active, not locked, past its one-time password and, when a second factor
-- is enrolled, the session presents a token of a verified code (hms.second_factor). A password alone then opens
-- a session that reads no patient data and may do nothing.
-- Failed logins: PostgreSQL has no lockout and no hook for a failed password, so hms-login-guard reads the
-- server's log and calls core.record_login_failure; a wrong code is counted here. N failures in the window
-- (settings login_lock_after, login_lock_window_minutes) lock the login: NOLOGIN, its sessions ended, its
-- second-factor grants ended, a flagged staff change for the auditor. An administrator unlocks.
-- The second factor: TOTP (RFC 6238) with HMAC-SHA-256 — the only hash in core PostgreSQL (no pgcrypto in the
-- embedded server); authenticator apps read the algorithm from the otpauth URI.
-- =====================================================================================================
CREATE OR REPLACE FUNCTION core.hmac_sha256(p_key bytea, p_message bytea) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k    bytea := CASE WHEN length(p_key) > 64 THEN sha256(p_key) ELSE p_key END;
    ipad bytea;
    opad bytea;
BEGIN
    k := k || decode(repeat('00', 64 - length(k)), 'hex');  -- RFC 2104: the key padded to SHA-256's block
    ipad := k;
    opad := k;
    FOR i IN 0 .. 63 LOOP
        ipad := set_byte(ipad, i, get_byte(k, i) # 54);   -- 0x36
        opad := set_byte(opad, i, get_byte(k, i) # 92);   -- 0x5c
    END LOOP;
    RETURN sha256(opad || sha256(ipad || p_message));
END
$$;
COMMENT ON FUNCTION core.hmac_sha256(bytea, bytea) IS 'HMAC-SHA-256 (RFC 2104) over core PostgreSQL''s sha256().';

-- The code of one 30-second step (RFC 4226's dynamic truncation of the HMAC of the big-endian step number).
CREATE OR REPLACE FUNCTION core.totp_code(p_secret bytea, p_step bigint, p_digits integer DEFAULT 6) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    h   bytea := core.hmac_sha256(p_secret, int8send(p_step));
    o   integer := get_byte(h, length(h) - 1) & 15;
    bin bigint := ((get_byte(h, o) & 127)::bigint << 24) | (get_byte(h, o + 1)::bigint << 16)
                  | (get_byte(h, o + 2)::bigint << 8) | get_byte(h, o + 3)::bigint;
BEGIN
    RETURN lpad((bin % (10 ^ p_digits)::bigint)::text, p_digits, '0');
END
$$;

CREATE OR REPLACE FUNCTION core.second_factor_step(p_at timestamptz DEFAULT clock_timestamp()) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT floor(extract(epoch FROM p_at) / 30)::bigint
$$;

-- The step a code belongs to, among the current one and its neighbours (a phone's clock may be 30 s off) and
-- after the last accepted one (a code is used once); NULL when it matches none.
CREATE OR REPLACE FUNCTION core.second_factor_match(p_secret bytea, p_code text, p_after bigint) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now  bigint := core.second_factor_step();
    v_step bigint;
    v_code text := regexp_replace(coalesce(p_code, ''), '\s', '', 'g');
BEGIN
    IF v_code !~ '^[0-9]{6}$' THEN
        RETURN NULL;
    END IF;
    FOREACH v_step IN ARRAY ARRAY[v_now, v_now - 1, v_now + 1] LOOP
        IF v_step > p_after AND core.totp_code(p_secret, v_step) = v_code THEN
            RETURN v_step;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- The hash of the token this session presents (hms.second_factor), NULL for none or one of the wrong shape.
CREATE OR REPLACE FUNCTION core.second_factor_token_hash() RETURNS bytea
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN t ~ '^[0-9a-f]{64}$' THEN sha256(convert_to(t, 'UTF8')) END
      FROM coalesce(current_setting('hms.second_factor', true), '') AS t
$$;

CREATE OR REPLACE FUNCTION core.session_staff_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT s.id
      FROM core.staff s
     WHERE s.username = session_user AND s.active AND s.locked_at IS NULL AND NOT s.password_change_required
       AND (NOT EXISTS (SELECT 1 FROM core.second_factor f WHERE f.staff_id = s.id AND f.removed_at IS NULL)
            OR EXISTS (SELECT 1 FROM core.second_factor_grant g
                        WHERE g.token_hash = core.second_factor_token_hash() AND g.staff_id = s.id
                          AND g.ended_at IS NULL AND g.expires_at > now()))
$$;
COMMENT ON FUNCTION core.session_staff_id() IS
    'The logged-in staff member''s id if active, not locked, past a one-time password and past the second factor.';

-- What the login screen needs to know: 'none' (no second factor enrolled), 'needed', 'verified'; NULL when this
-- is no active, unlocked staff login.
CREATE OR REPLACE FUNCTION core.second_factor_state() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM core.second_factor f WHERE f.staff_id = s.id AND f.removed_at IS NULL)
                THEN 'none'
                WHEN EXISTS (SELECT 1 FROM core.second_factor_grant g
                              WHERE g.token_hash = core.second_factor_token_hash() AND g.staff_id = s.id
                                AND g.ended_at IS NULL AND g.expires_at > now())
                THEN 'verified'
                ELSE 'needed' END
      FROM core.staff s
     WHERE s.username = session_user AND s.active AND s.locked_at IS NULL
$$;
COMMENT ON FUNCTION core.second_factor_state() IS
    'none | needed | verified: whether this session must still enter a code (NULL: not an active, unlocked login).';

CREATE OR REPLACE FUNCTION core.end_second_factor_grants(p_staff_id bigint) RETURNS integer
LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
    WITH ended AS (
        UPDATE core.second_factor_grant SET ended_at = now()
         WHERE staff_id = p_staff_id AND ended_at IS NULL
        RETURNING 1)
    SELECT count(*)::integer FROM ended
$$;

-- Lock a login: no new sessions (NOLOGIN), the open ones ended (all but the caller's own, which
-- core.session_staff_id already treats as nobody), its second-factor grants ended, a flagged change.
CREATE OR REPLACE FUNCTION core.lock_login(p_staff_id bigint, p_detail jsonb, p_flag text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff core.staff;
    v_ended integer;
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF v_staff.locked_at IS NOT NULL OR NOT v_staff.active THEN
        RETURN;
    END IF;
    UPDATE core.staff SET locked_at = now() WHERE id = p_staff_id;
    v_ended := core.role_set_login(v_staff.username, false);
    PERFORM core.end_second_factor_grants(p_staff_id);
    PERFORM core.log_staff_change(p_staff_id, 'lock', p_detail || jsonb_build_object('sessions_ended', v_ended),
                                  NULL, p_flag);
END
$$;

-- Count one failed login; lock the login when it is the Nth within the window (failures before the last
-- unlock do not count). Returns true when this failure locked it.
CREATE OR REPLACE FUNCTION core.note_login_failure(p_username text, p_at timestamptz, p_kind text, p_client text,
                                                   p_log_session text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   core.staff;
    v_after   integer;
    v_minutes integer;
    v_since   timestamptz;
    v_count   integer;
BEGIN
    INSERT INTO core.login_failure (username, failed_at, kind, client_addr, log_session)
    VALUES (left(p_username, 63), p_at, p_kind, left(p_client, 100), p_log_session)
    ON CONFLICT (log_session) DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;  -- seen before
    END IF;
    SELECT * INTO v_staff FROM core.staff WHERE username = p_username AND active AND locked_at IS NULL;
    IF NOT FOUND THEN
        RETURN false;  -- not a staff login (kept for the administrator's list), or already locked
    END IF;
    SELECT (value #>> '{}')::integer INTO v_after FROM core.setting WHERE key = 'login_lock_after';
    SELECT (value #>> '{}')::integer INTO v_minutes FROM core.setting WHERE key = 'login_lock_window_minutes';
    v_after := coalesce(v_after, 10);
    v_minutes := coalesce(v_minutes, 15);
    SELECT greatest(now() - make_interval(mins => v_minutes),
                    coalesce(max(c.changed_at) FILTER (WHERE c.action IN ('unlock', 'reactivate', 'reset_password')),
                             '-infinity'))
      INTO v_since FROM core.staff_change c WHERE c.staff_id = v_staff.id;
    SELECT count(*) INTO v_count FROM core.login_failure
     WHERE username = p_username AND failed_at > v_since;
    IF v_count < v_after THEN
        RETURN false;
    END IF;
    PERFORM core.lock_login(v_staff.id, jsonb_build_object('failures', v_count, 'minutes', v_minutes, 'last', p_kind),
                            format('locked after %s failed logins in %s minutes', v_count, v_minutes));
    RETURN true;
END
$$;

-- hms-login-guard's one call: a failed password the server logged (FATAL 28P01) for p_username.
CREATE OR REPLACE FUNCTION core.record_login_failure(p_username text, p_at timestamptz, p_client text,
                                                     p_log_session text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'hms_login_guard', 'MEMBER') THEN
        RAISE EXCEPTION 'only the login guard records failed logins'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.login_guard_only');
    END IF;
    IF p_username IS NULL OR length(p_username) = 0 OR p_at IS NULL OR p_log_session IS NULL THEN
        RAISE EXCEPTION 'a failed login needs the user name, the time and the server''s session id'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('core.login_failure_incomplete');
    END IF;
    IF p_at > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'a failed login cannot be in the future (%)', p_at
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('core.login_failure_in_future', p_at::text);
    END IF;
    RETURN core.note_login_failure(p_username, p_at, 'password', p_client, left(p_log_session, 100));
END
$$;
COMMENT ON FUNCTION core.record_login_failure(text, timestamptz, text, text) IS
    'The login guard reports a failed password from the server log; true when it locked the login.';

-- A code from the staff member's authenticator app: the session's token (also set as hms.second_factor for
-- this session; the workstation sets it on its other connections) or NULL for a wrong code, which counts as a
-- failed login. No exception for a wrong code: the failure must be committed.
CREATE OR REPLACE FUNCTION core.verify_second_factor(p_code text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  core.staff;
    v_factor core.second_factor;
    v_step   bigint;
    v_hours  numeric;
    v_token  text;
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE username = session_user AND active AND locked_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only an active, unlocked staff login enters a second-factor code'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.second_factor_active_only');
    END IF;
    SELECT * INTO v_factor FROM core.second_factor WHERE staff_id = v_staff.id AND removed_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no second factor is set up for your login'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('core.second_factor_missing');
    END IF;
    v_step := core.second_factor_match(v_factor.secret, p_code, v_factor.last_step);
    IF v_step IS NULL THEN
        PERFORM core.note_login_failure(session_user, clock_timestamp(), 'second_factor', inet_client_addr()::text,
                                        NULL);
        RETURN NULL;
    END IF;
    UPDATE core.second_factor SET last_step = v_step WHERE id = v_factor.id;
    SELECT (value #>> '{}')::numeric INTO v_hours FROM core.setting WHERE key = 'second_factor_hours';
    v_token := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');  -- 244 random bits
    INSERT INTO core.second_factor_grant (token_hash, staff_id, expires_at, workstation)
    VALUES (sha256(convert_to(v_token, 'UTF8')), v_staff.id,
            now() + make_interval(secs => coalesce(v_hours, 12) * 3600),
            nullif(left(current_setting('application_name', true), 63), ''));
    PERFORM set_config('hms.second_factor', v_token, false);
    RETURN v_token;
END
$$;
COMMENT ON FUNCTION core.verify_second_factor(text) IS
    'Check a TOTP code: a session token (set for this session) or NULL for a wrong code, counted as a failed login.';

-- Logging out: the session's token is of no further use.
CREATE OR REPLACE FUNCTION core.end_my_second_factor() RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE core.second_factor_grant g SET ended_at = now()
      FROM core.staff s
     WHERE s.username = session_user AND g.staff_id = s.id AND g.ended_at IS NULL
       AND g.token_hash = core.second_factor_token_hash()
$$;

-- Unlock and remove-second-factor: the admin workstation's functions below, and hms-admin as the superuser (a
-- hospital whose only administrator is locked out) call these, so the rule is one.
CREATE OR REPLACE FUNCTION core.unlock_login(p_staff_id bigint, p_reason text) RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  core.staff;
    v_reason text := core.check_reason(p_reason, 5);
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    IF v_staff.locked_at IS NULL THEN
        RAISE EXCEPTION '% is not locked', v_staff.username
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('core.staff_not_locked', v_staff.username::text);
    END IF;
    UPDATE core.staff SET locked_at = NULL WHERE id = v_staff.id;
    IF v_staff.active THEN
        PERFORM core.role_set_login(v_staff.username, true);
    END IF;
    PERFORM core.log_staff_change(v_staff.id, 'unlock', jsonb_build_object('locked_at', v_staff.locked_at), v_reason);
    RETURN v_staff.username;
END
$$;

CREATE OR REPLACE FUNCTION core.remove_second_factor(p_staff_id bigint, p_reason text) RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  core.staff;
    v_reason text := core.check_reason(p_reason, 5);
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    UPDATE core.second_factor SET removed_at = now() WHERE staff_id = v_staff.id AND removed_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% has no second factor', v_staff.username
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('core.staff_has_no_second_factor', v_staff.username::text);
    END IF;
    PERFORM core.end_second_factor_grants(v_staff.id);
    PERFORM core.log_staff_change(v_staff.id, 'second_factor_removed', '{}', v_reason,
                                  'second factor removed: the login is protected by its password alone');
    RETURN v_staff.username;
END
$$;

CREATE OR REPLACE FUNCTION core.admin_unlock_staff(p_staff_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only');
    PERFORM core.unlock_login(p_staff_id, p_reason);
END
$$;
COMMENT ON FUNCTION core.admin_unlock_staff(bigint, text) IS
    'Let a login locked after failed logins log in again (reason required, in the staff change log).';

-- Enrol (or replace) a staff member's authenticator: the administrator's workstation makes the secret and shows
-- it as a QR code; the code the staff member then reads from their phone proves the phone has it.
CREATE OR REPLACE FUNCTION core.admin_enroll_second_factor(p_staff_id bigint, p_secret bytea, p_code text)
    RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_admin    bigint := core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff',
                                            'core.admin_only');
    v_staff    core.staff;
    v_step     bigint;
    v_replaced boolean;
BEGIN
    SELECT * INTO v_staff FROM core.staff WHERE id = p_staff_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member with id %', p_staff_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.staff_not_found', p_staff_id::text);
    END IF;
    IF NOT v_staff.active THEN
        RAISE EXCEPTION '% is deactivated', v_staff.username
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('core.staff_is_deactivated', v_staff.username::text);
    END IF;
    IF p_secret IS NULL OR length(p_secret) NOT BETWEEN 20 AND 64 THEN
        RAISE EXCEPTION 'an authenticator secret has 20 to 64 random bytes'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('core.second_factor_secret_length');
    END IF;
    v_step := core.second_factor_match(p_secret, p_code, 0);
    IF v_step IS NULL THEN
        RAISE EXCEPTION 'the code does not match: scan the QR code again and type the 6 digits the app shows now'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('core.second_factor_code_mismatch');
    END IF;
    UPDATE core.second_factor SET removed_at = now() WHERE staff_id = v_staff.id AND removed_at IS NULL;
    v_replaced := FOUND;
    INSERT INTO core.second_factor (staff_id, secret, enrolled_by, last_step)
    VALUES (v_staff.id, p_secret, v_admin, v_step);
    PERFORM core.end_second_factor_grants(v_staff.id);
    PERFORM core.log_staff_change(v_staff.id, 'second_factor_enrolled', jsonb_build_object('replaced', v_replaced),
                                  NULL);
END
$$;
COMMENT ON FUNCTION core.admin_enroll_second_factor(bigint, bytea, text) IS
    'Set up a staff member''s authenticator app (TOTP secret and a current code from the app); administrators only.';

CREATE OR REPLACE FUNCTION core.admin_remove_second_factor(p_staff_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff', 'core.admin_only') = p_staff_id THEN
        RAISE EXCEPTION 'another administrator removes your second factor'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('core.own_second_factor_kept');
    END IF;
    PERFORM core.remove_second_factor(p_staff_id, p_reason);
END
$$;
COMMENT ON FUNCTION core.admin_remove_second_factor(bigint, text) IS
    'Remove a staff member''s authenticator (a lost phone); flagged for the auditor; never one''s own.';

-- Who has a second factor, for the administrator's and auditor's staff lists (never the secret).
CREATE OR REPLACE FUNCTION core.second_factor_enrolments() RETURNS TABLE (staff_id bigint, enrolled_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_admin', 'hms_auditor'], 'only administrators and auditors see this',
                               'core.administrators_auditors_see');
    RETURN QUERY SELECT f.staff_id, f.enrolled_at FROM core.second_factor f WHERE f.removed_at IS NULL;
END
$$;
