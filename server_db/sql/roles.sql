-- =====================================================================================================
-- Roles (cluster-wide, so every statement is idempotent).
--
--   hms_owner   NOLOGIN, owns every object; BYPASSRLS so its SECURITY DEFINER helpers can read across
--               the forced policies. Nobody logs in as it.
--   hms_staff   NOLOGIN, what every staff member has in common (connect, reference data).
--   hms_<group> NOLOGIN group roles; each staff LOGIN role is a member of one or more of them.
--   hms_login_guard NOLOGIN; the login of hms-login-guard (failed logins from the server log) is its member.
-- =====================================================================================================
DO $roles$
DECLARE
    grp text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_owner') THEN
        CREATE ROLE hms_owner NOLOGIN BYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_staff') THEN
        CREATE ROLE hms_staff NOLOGIN;
    END IF;
    FOREACH grp IN ARRAY ARRAY['hms_reception', 'hms_doctor', 'hms_nurse', 'hms_pharmacist', 'hms_lab',
                               'hms_billing', 'hms_admin', 'hms_auditor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
        END IF;
        EXECUTE format('GRANT hms_staff TO %I', grp);
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_login_guard') THEN
        CREATE ROLE hms_login_guard NOLOGIN;
    END IF;
    -- Not in hms_staff: the gateway reads no table, not even reference data (only its own functions).
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_insurance_gateway') THEN
        CREATE ROLE hms_insurance_gateway NOLOGIN;
    END IF;
END
$roles$;

COMMENT ON ROLE hms_login_guard IS 'hms-login-guard: may only report failed logins (core.record_login_failure).';

COMMENT ON ROLE hms_insurance_gateway IS
    'hms-insurance-gateway: takes the payer outbox and records payers'' answers (insurance.gateway_*), nothing else.';

COMMENT ON ROLE hms_owner IS 'Owns every Hospital Desktop object; NOLOGIN.';

COMMENT ON ROLE hms_staff IS 'Common to all staff group roles: CONNECT and reference data.';

-- The database itself: only staff connect, nobody but the owner creates schemas or temp tables.
DO $db$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO hms_staff, hms_login_guard, hms_insurance_gateway',
                   current_database());
    EXECUTE format('GRANT CREATE, CONNECT ON DATABASE %I TO hms_owner', current_database());
END
$db$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- Extensions live in their own schema that staff may use but not create in.
CREATE SCHEMA IF NOT EXISTS ext;

REVOKE ALL ON SCHEMA ext FROM PUBLIC;

GRANT USAGE ON SCHEMA ext TO hms_staff, hms_owner;

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext;

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA ext;

CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA ext;

-- Functions created from here on are not executable by PUBLIC unless granted.
ALTER DEFAULT PRIVILEGES FOR ROLE hms_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- hms_staff_admin owns only the low-level staff-login functions (core.role_*, core/functions.sql); see the
-- header of core/functions.sql for the two layers of staff administration. On PostgreSQL >= 16 it holds ADMIN
-- OPTION (without INHERIT or SET) on the group roles, which is what CREATEROLE needs there.
DO $staff_admin$
DECLARE
    grp text;
    login text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_staff_admin') THEN
        CREATE ROLE hms_staff_admin NOLOGIN CREATEROLE INHERIT;
    END IF;
    ALTER ROLE hms_staff_admin NOLOGIN NOSUPERUSER CREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS;
    GRANT pg_signal_backend TO hms_staff_admin;
    IF current_setting('server_version_num')::int >= 160000 THEN
        FOREACH grp IN ARRAY ARRAY['hms_reception', 'hms_doctor', 'hms_nurse', 'hms_pharmacist', 'hms_lab',
                                   'hms_billing', 'hms_admin', 'hms_auditor', 'hms_insurance_gateway'] LOOP
            EXECUTE format('GRANT %I TO hms_staff_admin WITH ADMIN TRUE, INHERIT FALSE, SET FALSE', grp);
        END LOOP;
    END IF;
END
$staff_admin$;

COMMENT ON ROLE hms_staff_admin IS
    'Owns the low-level staff-login functions (core.role_*); NOLOGIN, CREATEROLE, executable only through hms_owner.';

-- REFRESH ... CONCURRENTLY of the dashboards builds its diff in a temporary table: the owner needs TEMP.
DO $temp$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO hms_owner', current_database()); END $temp$;
