-- core: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA core TO hms_staff;

GRANT SELECT ON core.department TO hms_staff;

GRANT INSERT (code, name, kind, active), UPDATE (name, kind, active) ON core.department TO hms_admin;

GRANT SELECT ON core.staff TO hms_staff;

GRANT UPDATE (full_name) ON core.staff TO hms_admin;

GRANT SELECT ON core.staff_department TO hms_staff;

GRANT INSERT (staff_id, department_id, active), UPDATE (active) ON core.staff_department TO hms_admin;

GRANT SELECT ON core.setting TO hms_staff;

GRANT UPDATE (value) ON core.setting TO hms_admin;

GRANT SELECT ON core.break_glass_grant TO hms_doctor, hms_nurse, hms_auditor;

GRANT EXECUTE ON FUNCTION core.current_staff_id() TO hms_staff;

GRANT EXECUTE ON FUNCTION core.has_group(text) TO hms_staff;

GRANT EXECUTE ON FUNCTION core.is_clinician() TO hms_staff;

GRANT EXECUTE ON FUNCTION core.my_department_ids() TO hms_staff;

GRANT EXECUTE ON FUNCTION core.my_groups() TO hms_staff;

GRANT EXECUTE ON FUNCTION core.break_glass(bigint, text) TO hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION core.log_chart_access(bigint, text) TO hms_staff;

-- The low-level role functions belong to hms_staff_admin (the NOLOGIN CREATEROLE role of roles.sql), executable
-- only by hms_owner: handing them over needs the superuser, so this part runs as the migration's superuser.
RESET ROLE;

DO $own$
DECLARE
    fn text;
BEGIN
    FOREACH fn IN ARRAY ARRAY['core.role_check_target(text, boolean)', 'core.role_check_verifier(text)',
                              'core.role_create_login(text, text, timestamptz)',
                              'core.role_set_password(text, text, timestamptz)',
                              'core.role_set_group(text, text, boolean)', 'core.role_set_login(text, boolean)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO hms_staff_admin', fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO hms_owner', fn);
    END LOOP;
END
$own$;

GRANT USAGE ON SCHEMA core TO hms_staff_admin;

GRANT EXECUTE ON FUNCTION core.role_check_target(text, boolean), core.role_check_verifier(text) TO hms_staff_admin;

GRANT EXECUTE ON FUNCTION core.hospital_groups() TO hms_staff_admin, hms_staff;

SET LOCAL ROLE hms_owner;

GRANT SELECT ON core.staff_change TO hms_admin, hms_auditor;

GRANT EXECUTE ON FUNCTION core.staff_groups(text) TO hms_admin, hms_auditor;

REVOKE ALL ON FUNCTION core.clean_groups(text[]), core.sensitive_groups(), core.log_staff_change(bigint, text, jsonb, text, text),
    core.set_staff_departments(bigint, text[]) FROM PUBLIC;

-- The reason check runs in the tables' own triggers too, i.e. as the staff member: it only trims and measures.
GRANT EXECUTE ON FUNCTION core.check_reason(text, integer, text, text, text, text[]) TO hms_staff;

-- A refusal's DETAIL (core/functions.sql, "Messages by key"): the tables' triggers raise as the staff member, and
-- the core.role_* functions as their owner hms_staff_admin.
GRANT EXECUTE ON FUNCTION core.message_detail(text, text[]) TO hms_staff, hms_staff_admin;

GRANT EXECUTE ON FUNCTION core.admin_create_staff(text, text, text[], text[], text, text),
    core.admin_set_roles(bigint, text[], text), core.admin_set_departments(bigint, text[], text),
    core.admin_rename_staff(bigint, text), core.admin_deactivate_staff(bigint, text),
    core.admin_reactivate_staff(bigint, text, text), core.admin_reset_password(bigint, text, text) TO hms_admin;

GRANT EXECUTE ON FUNCTION core.change_my_password(text) TO hms_staff;
GRANT EXECUTE ON FUNCTION core.set_my_language(text, text) TO hms_staff;

-- Login protection
GRANT SELECT ON core.login_failure TO hms_admin, hms_auditor;

GRANT EXECUTE ON FUNCTION core.second_factor_state(), core.verify_second_factor(text), core.end_my_second_factor()
    TO hms_staff;

GRANT EXECUTE ON FUNCTION core.admin_unlock_staff(bigint, text), core.admin_enroll_second_factor(bigint, bytea, text),
    core.admin_remove_second_factor(bigint, text) TO hms_admin;

GRANT EXECUTE ON FUNCTION core.second_factor_enrolments() TO hms_admin, hms_auditor;

GRANT USAGE ON SCHEMA core TO hms_login_guard;

GRANT EXECUTE ON FUNCTION core.record_login_failure(text, timestamptz, text, text) TO hms_login_guard;
