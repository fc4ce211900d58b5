-- Undo 150_staff_admin.sql (migration 0008 downgrade). The cluster-wide role hms_staff_admin stays (logins
-- and other databases of the cluster may use it), like the group roles of 000_roles.sql.
REVOKE EXECUTE ON FUNCTION core.change_my_password(text) FROM hms_staff;
DROP FUNCTION IF EXISTS core.change_my_password(text);
DROP FUNCTION IF EXISTS core.admin_reset_password(bigint, text, text);
DROP FUNCTION IF EXISTS core.admin_reactivate_staff(bigint, text, text);
DROP FUNCTION IF EXISTS core.admin_deactivate_staff(bigint, text);
DROP FUNCTION IF EXISTS core.admin_rename_staff(bigint, text);
DROP FUNCTION IF EXISTS core.admin_set_departments(bigint, text[], text);
DROP FUNCTION IF EXISTS core.admin_set_roles(bigint, text[], text);
DROP FUNCTION IF EXISTS core.admin_create_staff(text, text, text[], text[], text, text);
DROP FUNCTION IF EXISTS core.check_reason(text);
DROP FUNCTION IF EXISTS core.set_staff_departments(bigint, text[]);
DROP FUNCTION IF EXISTS core.log_staff_change(bigint, text, jsonb, text, text);
DROP FUNCTION IF EXISTS core.sensitive_groups();
DROP FUNCTION IF EXISTS core.staff_groups(text);
DROP FUNCTION IF EXISTS core.clean_groups(text[]);
DROP FUNCTION IF EXISTS core.require_admin();
DROP TABLE IF EXISTS core.staff_change;

CREATE OR REPLACE FUNCTION core.current_staff_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT id FROM core.staff WHERE username = session_user AND active
$$;
COMMENT ON FUNCTION core.current_staff_id() IS 'core.staff.id of the logged-in (session_user) active staff member, else NULL.';
ALTER TABLE core.staff DROP COLUMN IF EXISTS password_change_required;

RESET ROLE;
DROP FUNCTION IF EXISTS core.role_set_login(text, boolean);
DROP FUNCTION IF EXISTS core.role_set_group(text, text, boolean);
DROP FUNCTION IF EXISTS core.role_set_password(text, text, timestamptz);
DROP FUNCTION IF EXISTS core.role_create_login(text, text, timestamptz);
DROP FUNCTION IF EXISTS core.role_check_verifier(text);
DROP FUNCTION IF EXISTS core.role_check_target(text, boolean);
REVOKE USAGE ON SCHEMA core FROM hms_staff_admin;
SET LOCAL ROLE hms_owner;
