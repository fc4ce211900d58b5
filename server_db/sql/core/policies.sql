-- core: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('core.department');
CREATE POLICY "Departments are visible to staff" ON core.department FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add departments" ON core.department FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change departments" ON core.department FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('core.staff');
CREATE POLICY "Staff directory is visible to staff" ON core.staff FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins change staff names" ON core.staff FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('core.staff_department');
CREATE POLICY "Assignments are visible to staff" ON core.staff_department FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins assign departments" ON core.staff_department FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins end assignments" ON core.staff_department FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('core.setting');
CREATE POLICY "Settings are visible to staff" ON core.setting FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins change settings" ON core.setting FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('core.break_glass_grant');
CREATE POLICY "Clinicians see their own emergency grants" ON core.break_glass_grant FOR SELECT
    TO hms_doctor, hms_nurse USING (staff_id = (SELECT core.current_staff_id()));
CREATE POLICY "Auditors see every emergency grant" ON core.break_glass_grant FOR SELECT
    TO hms_auditor USING ((SELECT core.has_group('hms_auditor')));

SELECT core.protect('core.staff_change');
CREATE POLICY "Admins and auditors read the staff change log" ON core.staff_change FOR SELECT
    TO hms_admin, hms_auditor USING ((SELECT core.has_group('hms_admin') OR core.has_group('hms_auditor')));

SELECT core.protect('core.login_failure');
CREATE POLICY "Admins and auditors read failed logins" ON core.login_failure FOR SELECT
    TO hms_admin, hms_auditor USING ((SELECT core.has_group('hms_admin') OR core.has_group('hms_auditor')));

-- No policy: no staff role reads or writes it except through the definer functions (the audit trail records the
-- secret's hash only: audit.without_secret).
SELECT core.protect('core.second_factor');

SELECT core.protect('core.second_factor_grant');
